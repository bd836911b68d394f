//! "Mina läkemedel" (DOMAIN.md §4, issue 11): the prescriptions of the last five years,
//! renewing one as a case to the clinic that prescribed it, and the reminder before a
//! medicine runs out. Who may see the list is `samla_model::medicines::list_hidden`.

use std::collections::HashMap;

use chrono::Datelike;
use samla_model::case::Answer;
use samla_model::medicines::{
    LIST_MAX, LIST_YEARS, REMIND_AHEAD_DAYS, RENEW_AHEAD_DAYS, runs_out_at,
};
use samla_model::notification::Notice;
use samla_model::personnummer::Personnummer;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, TransactionTrait, sea_query::Expr,
};

use crate::cases::{self, Writer};
use crate::entities::{prelude::*, prescription};
use crate::{eservices, outbox, swedish_date::local_date};

pub use samla_model::medicines::RENEWAL_ESERVICE;
/// The most reminders one run of the job sends; the next run takes the rest.
pub const REMIND_BATCH: u64 = 500;
const DAY: i64 = 86_400;

/// One prescription as the list shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct Medicine {
    pub id: i64,
    pub at: i64,
    pub medicine: String,
    pub strength: String,
    pub dosage: String,
    pub prescriber: String,
    pub clinic_name: String,
    pub clinic_hsa: String,
    pub withdrawals_left: i32,
    pub valid_until: i64,
    pub runs_out_at: Option<i64>,
    /// Still valid and the newest of this medicine: the one taken now.
    pub current: bool,
    /// Current and runs out within `RENEW_AHEAD_DAYS`.
    pub due: bool,
    /// The prescribing clinic takes renewals through the e-services.
    pub renewable: bool,
    /// Within how many working days that clinic answers a renewal.
    pub reply_days: u32,
}

/// The age of the person with `personnummer` at `now`, if the number is one.
pub fn age_at(personnummer: &str, now: i64) -> Option<u32> {
    let today = local_date(now);
    let number = Personnummer::parse(personnummer).ok()?;
    Some(number.age_on(today.year(), today.month(), today.day()))
}

/// `owner`'s prescriptions of the last five years, newest first (at most `LIST_MAX`).
pub async fn mine(
    conn: &impl ConnectionTrait,
    owner: &str,
    now: i64,
) -> Result<Vec<Medicine>, DbErr> {
    let rows = Prescription::find()
        .filter(prescription::Column::Personnummer.eq(owner))
        .filter(prescription::Column::At.gte(now - LIST_YEARS * 365 * DAY))
        .filter(prescription::Column::At.lte(now))
        .order_by_desc(prescription::Column::At)
        .order_by_desc(prescription::Column::Id)
        .limit(LIST_MAX)
        .all(conn)
        .await?;
    // The few prescribing clinics: their HSA-id and whether (and how fast) they renew.
    let mut clinics: HashMap<i32, (String, Option<u32>)> = HashMap::new();
    for row in &rows {
        if clinics.contains_key(&row.clinic_id) {
            continue;
        }
        // A clinic that takes no renewals is never linked to, so its HSA-id is not needed.
        let offered = eservices::find_by_id(conn, row.clinic_id, RENEWAL_ESERVICE).await?;
        clinics.insert(
            row.clinic_id,
            offered.map_or((String::new(), None), |o| {
                (o.hsa_id, Some(o.form.reply_days))
            }),
        );
    }
    let mut seen = Vec::new();
    Ok(rows
        .into_iter()
        .map(|row| {
            let key = (row.medicine.clone(), row.strength.clone());
            let newest = !seen.contains(&key);
            seen.push(key);
            let current = newest && row.valid_until > now;
            let due = current
                && row
                    .runs_out_at
                    .is_some_and(|end| end <= now + RENEW_AHEAD_DAYS * DAY);
            let (clinic_hsa, reply_days) = clinics.get(&row.clinic_id).cloned().unwrap_or_default();
            Medicine {
                renewable: reply_days.is_some(),
                reply_days: reply_days.unwrap_or_default(),
                clinic_hsa,
                id: row.id,
                at: row.at,
                medicine: row.medicine,
                strength: row.strength,
                dosage: row.dosage,
                prescriber: row.prescriber,
                clinic_name: row.clinic_name,
                withdrawals_left: row.withdrawals_left,
                valid_until: row.valid_until,
                runs_out_at: row.runs_out_at,
                current,
                due,
            }
        })
        .collect())
}

/// The medicines `owner` should renew soon (for the start page).
pub async fn due(
    conn: &impl ConnectionTrait,
    owner: &str,
    now: i64,
) -> Result<Vec<Medicine>, DbErr> {
    Ok(mine(conn, owner, now)
        .await?
        .into_iter()
        .filter(|m| m.due)
        .collect())
}

/// What came of asking to renew.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Renewed {
    /// The renewal case, sent to the prescribing clinic.
    Case(i64),
    /// No such prescription of this person's in the list: never told apart from another's.
    NotFound,
    /// The prescribing clinic does not take renewals through the e-services.
    NotOffered,
}

/// Sends a renewal of `owner`'s prescription `id` to the clinic that wrote it, as a case of
/// its renewal e-service (which sets the date an answer can be expected), with `note`.
pub async fn renew(
    db: &DatabaseConnection,
    writer: &Writer<'_>,
    id: i64,
    note: &str,
    now: i64,
) -> Result<Renewed, DbErr> {
    let Some(row) = Prescription::find_by_id(id)
        .filter(prescription::Column::Personnummer.eq(writer.owner))
        .filter(prescription::Column::At.gte(now - LIST_YEARS * 365 * DAY))
        .one(db)
        .await?
    else {
        return Ok(Renewed::NotFound);
    };
    let Some(offered) = eservices::find_by_id(db, row.clinic_id, RENEWAL_ESERVICE).await? else {
        return Ok(Renewed::NotOffered);
    };
    let answers = [
        Answer {
            key: "lakemedel".into(),
            value: format!("{} {}", row.medicine, row.strength),
        },
        Answer {
            key: "ovrigt".into(),
            value: note.trim().to_owned(),
        },
    ];
    let case = cases::start(db, writer, &offered, &answers, &[], now).await?;
    Ok(Renewed::Case(case))
}

/// The stored run-out date of a prescription row.
pub fn run_out_of(row: &prescription::Model) -> Option<i64> {
    runs_out_at(
        row.last_withdrawal_at,
        row.units_per_withdrawal,
        row.doses_per_day,
        row.withdrawals_left,
        row.valid_until,
    )
}

/// Fills in the run-out date of prescriptions written before it was stored (a database
/// seeded before issue 11's medicines), a thousand at a time.
pub async fn fill_run_out(conn: &impl ConnectionTrait) -> Result<u64, DbErr> {
    let mut filled = 0;
    loop {
        let rows = Prescription::find()
            .filter(prescription::Column::RunsOutAt.is_null())
            .filter(prescription::Column::LastWithdrawalAt.is_not_null())
            .order_by_asc(prescription::Column::Id)
            .limit(1_000)
            .all(conn)
            .await?;
        if rows.is_empty() {
            return Ok(filled);
        }
        for row in rows {
            // A row without a daily dose gets 0: known, never due.
            let end = run_out_of(&row).unwrap_or(0);
            Prescription::update_many()
                .col_expr(prescription::Column::RunsOutAt, Expr::value(end))
                .filter(prescription::Column::Id.eq(row.id))
                .exec(conn)
                .await?;
            filled += 1;
        }
    }
}

/// Queues a reminder for each medicine that runs out within `REMIND_AHEAD_DAYS` of `now`
/// (not reminded of before) to people with an account and notifications on:
/// the fixed text, nothing about which medicine. How many medicines were reminded of.
pub async fn queue_run_out_reminders(db: &DatabaseConnection, now: i64) -> Result<u64, DbErr> {
    let due = Prescription::find()
        .filter(prescription::Column::RunsOutAt.gt(now))
        .filter(prescription::Column::RunsOutAt.lte(now + REMIND_AHEAD_DAYS * DAY))
        .filter(prescription::Column::RemindedAt.is_null())
        .order_by_asc(prescription::Column::RunsOutAt)
        .limit(REMIND_BATCH)
        .all(db)
        .await?;
    let mut reminded = 0;
    for row in due {
        let txn = db.begin().await?;
        // Marked first, with a guard: two runs at once remind of a medicine once.
        let marked = Prescription::update_many()
            .col_expr(prescription::Column::RemindedAt, Expr::value(now))
            .filter(prescription::Column::Id.eq(row.id))
            .filter(prescription::Column::RemindedAt.is_null())
            .exec(&txn)
            .await?;
        let has_account = Account::find_by_id(row.personnummer.clone())
            .one(&txn)
            .await?
            .is_some();
        // A medicine prescribed again since is not running out.
        let renewed = Prescription::find()
            .filter(prescription::Column::Personnummer.eq(&row.personnummer))
            .filter(prescription::Column::Medicine.eq(&row.medicine))
            .filter(prescription::Column::Strength.eq(&row.strength))
            .filter(prescription::Column::At.gt(row.at))
            .one(&txn)
            .await?
            .is_some();
        if marked.rows_affected == 1 && has_account && !renewed {
            outbox::notify_person(&txn, &row.personnummer, Notice::MedicineRunsOut, now).await?;
            reminded += 1;
        }
        txn.commit().await?;
    }
    Ok(reminded)
}
