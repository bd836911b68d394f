//! Demo data: a deterministic generator with a size knob, so the same code makes the
//! demo database and benchmark-sized ones.

mod clinic_names;
mod rng;

use sea_orm::{ActiveValue::Set, DatabaseConnection, DbErr, EntityTrait, PaginatorTrait};

use crate::entities::{clinic, prelude::*, region};
use crate::regions::{ClinicKind, REGIONS};
use rng::SplitMix64;

/// Clinics generated per region at scale 1 (21 × 30 = 630 in all).
pub const CLINICS_PER_REGION: u32 = 30;
const SEED: u64 = 0x005A_311A_2026;
const INSERT_BATCH: usize = 500;

/// What a seeding run did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct SeedReport {
    pub regions: u64,
    pub clinics: u64,
    /// False when the database already held data and nothing was written.
    pub wrote: bool,
}

/// Fills an empty database with demo data; leaves a database that has data untouched.
/// `scale` multiplies the generated volume (1 = demo, 10 = benchmark).
pub async fn seed_demo(db: &DatabaseConnection, scale: u32) -> Result<SeedReport, DbErr> {
    if Region::find().count(db).await? > 0 {
        return Ok(SeedReport {
            regions: Region::find().count(db).await?,
            clinics: Clinic::find().count(db).await?,
            wrote: false,
        });
    }
    let mut rng = SplitMix64::new(SEED);
    let mut clinics = Vec::new();
    for info in &REGIONS {
        let saved = Region::insert(region::ActiveModel {
            code: Set(info.code.to_owned()),
            name: Set(info.name.to_owned()),
            ..Default::default()
        })
        .exec(db)
        .await?;
        for n in 0..CLINICS_PER_REGION * scale.max(1) {
            let kind = pick_kind(&mut rng);
            let municipality =
                info.municipalities[rng.below(info.municipalities.len() as u64) as usize];
            clinics.push(clinic::ActiveModel {
                hsa_id: Set(format!("SE2321000{}-{:05}", info.code, n + 1)),
                name: Set(clinic_names::name(kind, municipality, &mut rng)),
                kind: Set(kind.code().to_owned()),
                region_id: Set(saved.last_insert_id),
                municipality: Set(municipality.to_owned()),
                ..Default::default()
            });
        }
    }
    let total = clinics.len() as u64;
    for batch in clinics.chunks(INSERT_BATCH) {
        Clinic::insert_many(batch.to_vec()).exec(db).await?;
    }
    Ok(SeedReport {
        regions: REGIONS.len() as u64,
        clinics: total,
        wrote: true,
    })
}

fn pick_kind(rng: &mut SplitMix64) -> ClinicKind {
    let mut roll = rng.below(1000) as u32;
    for kind in ClinicKind::ALL {
        if roll < kind.weight() {
            return kind;
        }
        roll -= kind.weight();
    }
    ClinicKind::HealthCentre
}
