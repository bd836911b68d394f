//! Demo data: a deterministic generator with a size knob, so the same code makes the demo
//! database and benchmark-sized ones. Places are real (content/municipalities.csv); clinics,
//! addresses and phone numbers are made up.

mod clinic_profile;
pub mod demo_cases;
pub mod history;
pub mod personas;
mod rng;
pub mod staff;

use std::collections::HashMap;

use samla_model::clinic::{CaseType, ClinicKind};
use sea_orm::{
    ActiveValue::Set, ConnectionTrait, DatabaseConnection, DatabaseTransaction, DbBackend, DbErr,
    EntityTrait, PaginatorTrait, QuerySelect, TransactionTrait,
};

use crate::content::{Content, Municipality as Place};
use crate::entities::{
    clinic, clinic_case_type, clinic_condition, municipality, prelude::*, region,
};
use crate::regions::{REGIONS, RegionInfo};
use rng::SplitMix64;

const SEED: u64 = 0x005A_311A_2026;
/// The advisory-lock key PostgreSQL instances agree on while one of them seeds.
const SEED_LOCK: i64 = 0x005A_311A_5EED;
const INSERT_BATCH: usize = 400;
const STREETS: [&str; 10] = [
    "Storgatan",
    "Kungsgatan",
    "Drottninggatan",
    "Vårdvägen",
    "Sjukhusvägen",
    "Parkvägen",
    "Skolgatan",
    "Järnvägsgatan",
    "Torggatan",
    "Centralvägen",
];

/// What a seeding run did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct SeedReport {
    pub regions: u64,
    pub municipalities: u64,
    pub clinics: u64,
    /// False when the database already held data and nothing was written.
    pub wrote: bool,
}

/// Fills an empty database with demo data; leaves a database that has data untouched.
/// `scale` multiplies the number of clinics (1 = demo, about 1,300; 10 = benchmark).
///
/// All or nothing: one transaction, so a seed that is interrupted leaves an empty database
/// that the next start seeds again; and one at a time, so instances that start together
/// against one database seed it once.
pub async fn seed_demo(db: &DatabaseConnection, scale: u32) -> Result<SeedReport, DbErr> {
    let txn = db.begin().await?;
    lock_for_seeding(&txn).await?;
    if Region::find().count(&txn).await? > 0 {
        // A database seeded before booking existed gets the clinics' weeks once.
        if ClinicSchedule::find().count(&txn).await? == 0 {
            crate::booking::schedule::seed_schedules(&txn).await?;
        }
        let report = SeedReport {
            regions: Region::find().count(&txn).await?,
            municipalities: Municipality::find().count(&txn).await?,
            clinics: Clinic::find().count(&txn).await?,
            wrote: false,
        };
        txn.commit().await?;
        return Ok(report);
    }
    let report = write_demo(&txn, scale).await?;
    crate::booking::schedule::seed_schedules(&txn).await?;
    crate::catalogue::raise_version(&txn).await?;
    txn.commit().await?;
    Ok(report)
}

/// Holds off any other seeding until `txn` ends: PostgreSQL by an advisory lock of the
/// transaction, SQLite by taking its write lock with a write that changes nothing.
async fn lock_for_seeding(txn: &DatabaseTransaction) -> Result<(), DbErr> {
    match txn.get_database_backend() {
        DbBackend::Postgres => crate::db::hold_advisory_lock(txn, SEED_LOCK).await,
        _ => txn
            .execute_unprepared("DELETE FROM region WHERE 1 = 0")
            .await
            .map(drop),
    }
}

async fn write_demo(db: &DatabaseTransaction, scale: u32) -> Result<SeedReport, DbErr> {
    let places = &Content::get().municipalities;
    let region_ids = insert_regions(db).await?;
    insert_batched(
        db,
        places.iter().map(|m| municipality::ActiveModel {
            code: Set(m.code.clone()),
            name: Set(m.name.clone()),
            region_id: Set(region_ids[m.region_code.as_str()]),
            lat: Set(m.lat),
            lon: Set(m.lon),
        }),
    )
    .await?;

    let mut rng = SplitMix64::new(SEED);
    let mut clinics = Vec::new();
    let mut treats: Vec<(String, &'static [&'static str])> = Vec::new();
    let mut counters: HashMap<&str, u32> = HashMap::new();
    for place in places {
        let info = REGIONS
            .iter()
            .find(|r| r.code == place.region_code)
            .expect("validated region");
        for kind in kinds_for(place, info, scale, &mut rng) {
            let n = counters.entry(info.code).or_default();
            *n += 1;
            let hsa_id = format!("SE2321000{}-{:05}", info.code, n);
            let profile = clinic_profile::profile(kind, &place.name, &mut rng);
            treats.push((hsa_id.clone(), profile.conditions));
            clinics.push(clinic::ActiveModel {
                hsa_id: Set(hsa_id),
                name: Set(profile.name),
                kind: Set(kind.code().to_owned()),
                region_id: Set(region_ids[info.code]),
                municipality_code: Set(place.code.clone()),
                street: Set(format!("{} {}", rng.pick(&STREETS), 1 + rng.below(60))),
                postal_code: Set(format!("{:03} {:02}", 100 + rng.below(880), rng.below(100))),
                city: Set(place.name.clone()),
                // Within a few kilometres of the main town.
                lat: Set(place.lat + jitter(&mut rng, 0.03)),
                lon: Set(place.lon + jitter(&mut rng, 0.05)),
                phone: Set(format!(
                    "010-{:03} {:02} {:02}",
                    rng.below(1000),
                    rng.below(100),
                    rng.below(100)
                )),
                opening_hours: Set(profile.opening_hours.to_owned()),
                online_booking: Set(profile.online_booking),
                renew_prescription: Set(profile.renew_prescription),
                contact_clinic: Set(profile.contact_clinic),
                complaints: Set(profile.complaints),
                ..Default::default()
            });
        }
    }
    let offered: Vec<_> = clinics
        .iter()
        .map(|c| offered_case_types(c, &mut rng))
        .collect();
    let total = clinics.len() as u64;
    insert_batched(db, clinics).await?;

    let ids: HashMap<String, i32> = Clinic::find()
        .select_only()
        .column(clinic::Column::HsaId)
        .column(clinic::Column::Id)
        .into_tuple::<(String, i32)>()
        .all(db)
        .await?
        .into_iter()
        .collect();
    let conditions = treats.iter().flat_map(|(hsa_id, codes)| {
        codes.iter().map(|code| clinic_condition::ActiveModel {
            clinic_id: Set(ids[hsa_id]),
            condition_code: Set((*code).to_owned()),
        })
    });
    insert_batched(db, conditions).await?;
    let case_types = treats
        .iter()
        .zip(offered)
        .flat_map(|((hsa_id, _), offered)| {
            offered
                .into_iter()
                .map(|(case_type, attachments)| clinic_case_type::ActiveModel {
                    clinic_id: Set(ids[hsa_id]),
                    case_type: Set(case_type.code().to_owned()),
                    citizen_attachments: Set(attachments),
                })
        });
    insert_batched(db, case_types).await?;
    Ok(SeedReport {
        regions: REGIONS.len() as u64,
        municipalities: places.len() as u64,
        clinics: total,
        wrote: true,
    })
}

async fn insert_regions(db: &impl ConnectionTrait) -> Result<HashMap<&'static str, i32>, DbErr> {
    let mut ids = HashMap::new();
    for info in &REGIONS {
        let saved = Region::insert(region::ActiveModel {
            code: Set(info.code.to_owned()),
            name: Set(info.name.to_owned()),
            ..Default::default()
        })
        .exec(db)
        .await?;
        ids.insert(info.code, saved.last_insert_id);
    }
    Ok(ids)
}

/// Clinics in a municipality: every one has a health centre and dental care; larger towns
/// more of everything; the region's seat an emergency department and more specialists.
fn kinds_for(
    place: &Place,
    region: &RegionInfo,
    scale: u32,
    rng: &mut SplitMix64,
) -> Vec<ClinicKind> {
    use ClinicKind::*;
    let is_town = region.larger_towns.contains(&place.name.as_str());
    let is_seat = region.larger_towns.first() == Some(&place.name.as_str());
    let mut kinds = Vec::new();
    for _ in 0..scale.max(1) {
        kinds.extend([HealthCentre, Dental]);
        if is_town {
            kinds.extend([
                HealthCentre,
                ChildHealth,
                MaternityHealth,
                Specialist,
                Specialist,
            ]);
        } else {
            if rng.below(100) < 50 {
                kinds.push(ChildHealth);
            }
            if rng.below(100) < 35 {
                kinds.push(MaternityHealth);
            }
        }
        if is_seat {
            kinds.extend([Emergency, HealthCentre, Specialist, Specialist, Specialist]);
        }
    }
    kinds
}

/// The case types a clinic accepts, each with whether citizens may attach files.
fn offered_case_types(clinic: &clinic::ActiveModel, rng: &mut SplitMix64) -> Vec<(CaseType, bool)> {
    let flag = |value: &sea_orm::ActiveValue<bool>| matches!(value, Set(true));
    [
        (CaseType::Contact, flag(&clinic.contact_clinic), 50),
        (CaseType::Renewal, flag(&clinic.renew_prescription), 30),
        (CaseType::Booking, flag(&clinic.online_booking), 20),
        (CaseType::Complaint, flag(&clinic.complaints), 70),
    ]
    .into_iter()
    .filter(|(_, offered, _)| *offered)
    .map(|(case_type, _, percent)| (case_type, rng.below(100) < percent))
    .collect()
}

fn jitter(rng: &mut SplitMix64, span: f64) -> f64 {
    (rng.below(2001) as f64 / 1000.0 - 1.0) * span
}

async fn insert_batched<A, I>(db: &impl ConnectionTrait, rows: I) -> Result<(), DbErr>
where
    A: sea_orm::ActiveModelTrait,
    I: IntoIterator<Item = A>,
{
    let rows: Vec<A> = rows.into_iter().collect();
    for batch in rows.chunks(INSERT_BATCH) {
        <A::Entity as EntityTrait>::insert_many(batch.to_vec())
            .exec(db)
            .await?;
    }
    Ok(())
}
