//! Realistic Swedish clinic names for generated clinics.

use super::rng::SplitMix64;
use crate::regions::ClinicKind;

const AREAS: [&str; 8] = [
    "centrum", "Norra", "Södra", "Östra", "Västra", "Hamnen", "Torget", "Parken",
];
const SPECIALITIES: [&str; 7] = [
    "Ortopedmottagningen",
    "Hudmottagningen",
    "Öron-näsa-halsmottagningen",
    "Ögonmottagningen",
    "Psykiatriska mottagningen",
    "Hjärtmottagningen",
    "Barn- och ungdomsmottagningen",
];

pub fn name(kind: ClinicKind, municipality: &str, rng: &mut SplitMix64) -> String {
    let area = rng.pick(&AREAS);
    match kind {
        ClinicKind::HealthCentre => format!("Vårdcentralen {municipality} {area}"),
        ClinicKind::ChildHealth => format!("Barnavårdscentralen {municipality} {area}"),
        ClinicKind::MaternityHealth => format!("Barnmorskemottagningen {municipality} {area}"),
        ClinicKind::Specialist => format!("{} {municipality}", rng.pick(&SPECIALITIES)),
        ClinicKind::Emergency => format!("Akutmottagningen {municipality}"),
        ClinicKind::Dental => format!("Folktandvården {municipality} {area}"),
    }
}
