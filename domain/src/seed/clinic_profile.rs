//! What a generated clinic of each kind looks like: its name, the conditions it treats, its
//! opening hours and which e-services it offers — realistic shares, not uniform noise.

use samla_model::clinic::ClinicKind;

use super::rng::SplitMix64;

const AREAS: [&str; 8] = [
    "centrum", "Norra", "Södra", "Östra", "Västra", "Hamnen", "Torget", "Parken",
];

/// Conditions a health centre (vårdcentral) sees: nearly everything but dental care.
const HEALTH_CENTRE: &[&str] = &[
    "back_pain",
    "common_cold",
    "sore_throat",
    "uti",
    "stomach_flu",
    "headache",
    "hypertension",
    "type2_diabetes",
    "asthma",
    "allergy",
    "eczema",
    "anxiety",
    "depression",
    "sleep_problems",
    "cough",
    "ear_ache",
    "rash",
    "influenza",
    "sinusitis",
    "conjunctivitis",
    "knee_pain",
    "neck_pain",
    "stress",
    "migraine",
    "constipation",
    "heartburn",
    "acne",
    "chlamydia",
    "dizziness",
    "burn",
    "sprain",
    "nosebleed",
    "tinnitus",
    "diarrhea",
    "fever_children",
    "croup",
    "head_lice",
    "pinworm",
    "chest_pain",
];
const CHILD_HEALTH: &[&str] = &[
    "vaccination",
    "fever_children",
    "rash",
    "croup",
    "ear_ache",
    "head_lice",
    "pinworm",
    "common_cold",
    "cough",
    "stomach_flu",
    "eczema",
    "constipation",
    "diarrhea",
];
const MATERNITY: &[&str] = &["pregnancy", "chlamydia"];
const EMERGENCY: &[&str] = &[
    "chest_pain",
    "burn",
    "sprain",
    "dizziness",
    "croup",
    "fever_children",
    "stomach_flu",
];
const DENTAL: &[&str] = &["toothache"];

/// Specialist clinics: the name and what each speciality treats.
const SPECIALITIES: [(&str, &[&str]); 7] = [
    (
        "Ortopedmottagningen",
        &["back_pain", "knee_pain", "neck_pain", "sprain"],
    ),
    ("Hudmottagningen", &["eczema", "acne", "rash"]),
    (
        "Öron-näsa-halsmottagningen",
        &[
            "ear_ache",
            "sinusitis",
            "tinnitus",
            "sore_throat",
            "nosebleed",
            "dizziness",
        ],
    ),
    ("Ögonmottagningen", &["conjunctivitis"]),
    (
        "Psykiatriska mottagningen",
        &["anxiety", "depression", "sleep_problems", "stress"],
    ),
    (
        "Hjärtmottagningen",
        &["chest_pain", "hypertension", "dizziness"],
    ),
    (
        "Barn- och ungdomsmottagningen",
        &["fever_children", "asthma", "allergy", "eczema", "croup"],
    ),
];

pub struct Profile {
    pub name: String,
    pub conditions: &'static [&'static str],
    pub opening_hours: &'static str,
    pub online_booking: bool,
    pub renew_prescription: bool,
    pub contact_clinic: bool,
    pub complaints: bool,
}

pub fn profile(kind: ClinicKind, municipality: &str, rng: &mut SplitMix64) -> Profile {
    let area = rng.pick(&AREAS);
    let mut chance = |percent: u64| rng.below(100) < percent;
    let (name, conditions, opening_hours, booking, renewal, contact) = match kind {
        ClinicKind::HealthCentre => {
            let weekend = chance(30);
            (
                format!("Vårdcentralen {municipality} {area}"),
                HEALTH_CENTRE,
                if weekend {
                    WEEKDAYS_AND_SATURDAY
                } else {
                    WEEKDAYS
                },
                chance(75),
                chance(95),
                chance(97),
            )
        }
        ClinicKind::ChildHealth => (
            format!("Barnavårdscentralen {municipality} {area}"),
            CHILD_HEALTH,
            SHORT_WEEKDAYS,
            chance(50),
            false,
            chance(95),
        ),
        ClinicKind::MaternityHealth => (
            format!("Barnmorskemottagningen {municipality} {area}"),
            MATERNITY,
            SHORT_WEEKDAYS,
            chance(60),
            chance(50),
            chance(95),
        ),
        ClinicKind::Specialist => {
            let (speciality, treats) = SPECIALITIES[rng.below(SPECIALITIES.len() as u64) as usize];
            (
                format!("{speciality} {municipality}"),
                treats,
                EARLY_WEEKDAYS,
                rng.below(100) < 25,
                rng.below(100) < 70,
                rng.below(100) < 90,
            )
        }
        ClinicKind::Emergency => (
            format!("Akutmottagningen {municipality}"),
            EMERGENCY,
            ALWAYS,
            false,
            false,
            false,
        ),
        ClinicKind::Dental => (
            format!("Folktandvården {municipality} {area}"),
            DENTAL,
            DENTAL_HOURS,
            chance(60),
            false,
            chance(90),
        ),
    };
    Profile {
        name,
        conditions,
        opening_hours,
        online_booking: booking,
        renew_prescription: renewal,
        contact_clinic: contact,
        complaints: rng.below(100) < 90,
    }
}

const WEEKDAYS: &str = "08:00-17:00,08:00-17:00,08:00-17:00,08:00-17:00,08:00-16:00,,";
const WEEKDAYS_AND_SATURDAY: &str =
    "08:00-17:00,08:00-17:00,08:00-17:00,08:00-17:00,08:00-16:00,10:00-14:00,";
const SHORT_WEEKDAYS: &str = "08:00-16:30,08:00-16:30,08:00-16:30,08:00-16:30,08:00-15:00,,";
const EARLY_WEEKDAYS: &str = "07:30-16:00,07:30-16:00,07:30-16:00,07:30-16:00,07:30-15:00,,";
const DENTAL_HOURS: &str = "07:30-17:00,07:30-17:00,07:30-17:00,07:30-17:00,07:30-15:00,,";
const ALWAYS: &str =
    "00:00-24:00,00:00-24:00,00:00-24:00,00:00-24:00,00:00-24:00,00:00-24:00,00:00-24:00";

#[cfg(test)]
mod tests {
    use super::*;
    use samla_model::opening_hours::OpeningHours;

    #[test]
    fn every_profile_has_valid_hours_and_known_conditions() {
        let content = crate::content::Content::get();
        let mut rng = SplitMix64::new(1);
        for kind in ClinicKind::ALL {
            for _ in 0..20 {
                let p = profile(kind, "Umeå", &mut rng);
                OpeningHours::parse(p.opening_hours).unwrap();
                for code in p.conditions {
                    assert!(content.condition(code).is_some(), "{code}");
                }
            }
        }
    }

    #[test]
    fn dental_care_treats_only_teeth_and_emergency_is_always_open() {
        let mut rng = SplitMix64::new(2);
        assert_eq!(
            profile(ClinicKind::Dental, "Lund", &mut rng).conditions,
            ["toothache"]
        );
        let akut = profile(ClinicKind::Emergency, "Lund", &mut rng);
        assert!(
            OpeningHours::parse(akut.opening_hours)
                .unwrap()
                .is_open(6, 3 * 60)
        );
        assert!(!akut.online_booking);
    }
}
