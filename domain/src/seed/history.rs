//! The personas' health records, several years back, so the events flow, the journal, the
//! medicines and the certificates have a life to show: yearly check-ups with their notes and
//! lab results, medicines renewed every year, vaccinations, certificates. Deterministic: the
//! same persona and day give the same history. `years` is the knob the benchmark turns up.

use samla_model::clinic::ClinicKind;
use samla_model::records::{ContactKind, analysis};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
};

use super::rng::SplitMix64;
use super::{insert_batched, jitter};
use crate::entities::{
    care_contact, certificate, clinic, lab_result, prelude::*, prescription, vaccination,
};

pub mod profiles;

const DAY: i64 = 86_400;
const YEAR: i64 = 365 * DAY;

/// A reason for a visit, with the note and diagnosis it ends with.
pub struct VisitPlan {
    pub kind: ContactKind,
    pub caregiver: &'static str,
    pub reason: &'static str,
    pub note: &'static str,
    pub diagnosis: (&'static str, &'static str),
}

/// A medicine taken for years, renewed once a year.
pub struct MedicinePlan {
    pub name: &'static str,
    pub strength: &'static str,
    pub dosage: &'static str,
    pub doses_per_day: f64,
    pub units: i32,
    pub withdrawals: i32,
    /// How long ago the newest prescription was written: near a year for one that runs out
    /// soon (due for renewal).
    pub newest_days_ago: i64,
}

/// A vaccination `days` after birth (a child's programme) or, with `yearly`, every autumn.
pub struct VaccinePlan {
    pub days: i64,
    pub yearly: bool,
    pub vaccine: &'static str,
    pub against: &'static str,
    pub dose: &'static str,
}

pub struct CertificatePlan {
    pub days_ago: i64,
    pub kind: &'static str,
    pub title: &'static str,
    pub body: &'static str,
    pub valid_days: Option<i64>,
}

/// One person's history: visits a year (picked from `visits`), lab analyses a year with the
/// value they lie around, medicines, vaccinations and certificates.
pub struct Profile {
    pub clinic_kind: ClinicKind,
    pub visits_per_year: u32,
    pub visits: &'static [VisitPlan],
    pub labs: &'static [(&'static str, f64, f64)],
    pub medicines: &'static [MedicinePlan],
    pub vaccines: &'static [VaccinePlan],
    pub certificates: &'static [CertificatePlan],
}

/// Writes `years` of `profile` for `owner`, born at `born` (Unix seconds), up to `now`.
/// Nothing when no clinic of the profile's kind exists.
pub async fn seed_history(
    conn: &impl ConnectionTrait,
    owner: &str,
    born: i64,
    profile: &Profile,
    years: u32,
    now: i64,
) -> Result<(), DbErr> {
    let Some(clinic) = Clinic::find()
        .filter(clinic::Column::Kind.eq(profile.clinic_kind.code()))
        .order_by_asc(clinic::Column::Id)
        .one(conn)
        .await?
    else {
        return Ok(());
    };
    let mut rng = SplitMix64::new(owner.bytes().fold(0x0005_A11A, |h: u64, b| {
        h.wrapping_mul(31).wrapping_add(u64::from(b))
    }));
    let start = (now - i64::from(years) * YEAR).max(born);
    let mut contacts = Vec::new();
    let mut labs = Vec::new();
    for year in 0..i64::from(years) {
        let year_start = now - (year + 1) * YEAR;
        for n in 0..profile.visits_per_year {
            let at = year_start
                + (i64::from(n) * YEAR / i64::from(profile.visits_per_year.max(1)))
                + rng.below(20) as i64 * DAY
                + 8 * 3_600
                + rng.below(16) as i64 * 1_800;
            if at < start || at > now - DAY || profile.visits.is_empty() {
                continue;
            }
            let visit = rng.pick(profile.visits);
            contacts.push(care_contact::ActiveModel {
                personnummer: Set(owner.to_owned()),
                at: Set(at),
                contact_kind: Set(visit.kind.code().to_owned()),
                clinic_name: Set(clinic.name.clone()),
                caregiver: Set(visit.caregiver.to_owned()),
                reason: Set(visit.reason.to_owned()),
                note: Set(visit.note.to_owned()),
                diagnosis_code: Set(visit.diagnosis.0.to_owned()),
                diagnosis_text: Set(visit.diagnosis.1.to_owned()),
                ..Default::default()
            });
            for (code, centre, spread) in profile.labs {
                let Some(known) = analysis(code) else {
                    continue;
                };
                let wobble = jitter(&mut rng, *spread);
                labs.push(lab_result::ActiveModel {
                    personnummer: Set(owner.to_owned()),
                    at: Set(at - 3 * DAY),
                    analysis: Set((*code).to_owned()),
                    value: Set(((centre + wobble) * 10.0).round() / 10.0),
                    unit: Set(known.unit.to_owned()),
                    ref_low: Set(known.low),
                    ref_high: Set(known.high),
                    clinic_name: Set(clinic.name.clone()),
                    ..Default::default()
                });
            }
        }
    }
    insert_batched(conn, contacts).await?;
    insert_batched(conn, labs).await?;
    insert_batched(
        conn,
        prescriptions(owner, profile, years, start, now, &clinic),
    )
    .await?;
    insert_batched(
        conn,
        vaccinations(owner, profile, years, born, now, &clinic),
    )
    .await?;
    let certificates = profile
        .certificates
        .iter()
        .filter(|c| now - c.days_ago * DAY >= born)
        .map(|c| certificate::ActiveModel {
            personnummer: Set(owner.to_owned()),
            at: Set(now - c.days_ago * DAY),
            kind: Set(c.kind.to_owned()),
            title: Set(c.title.to_owned()),
            body: Set(c.body.to_owned()),
            issuer: Set("Eva Nord, leg. läkare".to_owned()),
            clinic_name: Set(clinic.name.clone()),
            valid_until: Set(c.valid_days.map(|d| now - c.days_ago * DAY + d * DAY)),
            ..Default::default()
        });
    insert_batched(conn, certificates).await
}

/// Each medicine prescribed once a year. The newest has had one withdrawal for each supply
/// needed so far and may have some left; older ones are used up and no longer valid.
fn prescriptions(
    owner: &str,
    profile: &Profile,
    years: u32,
    start: i64,
    now: i64,
    clinic: &clinic::Model,
) -> Vec<prescription::ActiveModel> {
    let mut rows = Vec::new();
    for medicine in profile.medicines {
        let supply = (f64::from(medicine.units) / medicine.doses_per_day) as i64 * DAY;
        for year in 0..i64::from(years) {
            let at = now - year * YEAR - medicine.newest_days_ago * DAY;
            if at < start {
                continue;
            }
            let taken = (((now - at) / supply.max(1)) as i32 + 1).min(medicine.withdrawals);
            let last = at + supply * i64::from(taken - 1);
            let left = medicine.withdrawals - taken;
            let valid_until = at + YEAR;
            rows.push(prescription::ActiveModel {
                personnummer: Set(owner.to_owned()),
                at: Set(at),
                medicine: Set(medicine.name.to_owned()),
                strength: Set(medicine.strength.to_owned()),
                dosage: Set(medicine.dosage.to_owned()),
                doses_per_day: Set(medicine.doses_per_day),
                units_per_withdrawal: Set(medicine.units),
                withdrawals: Set(medicine.withdrawals),
                withdrawals_left: Set(left),
                last_withdrawal_at: Set(Some(last)),
                valid_until: Set(valid_until),
                prescriber: Set("Eva Nord, leg. läkare".to_owned()),
                clinic_id: Set(clinic.id),
                clinic_name: Set(clinic.name.clone()),
                runs_out_at: Set(samla_model::medicines::runs_out_at(
                    Some(last),
                    medicine.units,
                    medicine.doses_per_day,
                    left,
                    valid_until,
                )),
                reminded_at: Set(None),
                ..Default::default()
            });
        }
    }
    rows
}

fn vaccinations(
    owner: &str,
    profile: &Profile,
    years: u32,
    born: i64,
    now: i64,
    clinic: &clinic::Model,
) -> Vec<vaccination::ActiveModel> {
    let mut rows = Vec::new();
    let row = |at: i64, v: &VaccinePlan| vaccination::ActiveModel {
        personnummer: Set(owner.to_owned()),
        at: Set(at),
        vaccine: Set(v.vaccine.to_owned()),
        against: Set(v.against.to_owned()),
        dose: Set(v.dose.to_owned()),
        clinic_name: Set(clinic.name.clone()),
        ..Default::default()
    };
    for v in profile.vaccines {
        if v.yearly {
            for year in 0..i64::from(years) {
                let at = now - year * YEAR - v.days * DAY;
                if at > born && at < now {
                    rows.push(row(at, v));
                }
            }
        } else if born + v.days * DAY < now {
            rows.push(row(born + v.days * DAY + 10 * 3_600, v));
        }
    }
    rows
}
