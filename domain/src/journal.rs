//! The journal (`/journalen`, issue 11): read-only — care contacts with their notes and
//! diagnoses a page at a time, each analysis's lab results for its chart and table, and the
//! vaccinations. Each read is bounded: a page of contacts, the latest results per analysis,
//! at most `VACCINATIONS_MAX` vaccinations.

use samla_model::records::ANALYSES;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};

use crate::entities::{care_contact, lab_result, prelude::*, vaccination};
pub use crate::paging::Page;

pub const CONTACTS_PER_PAGE: u64 = 20;
/// The latest results of one analysis that its chart and table show.
pub const RESULTS_PER_ANALYSIS: u64 = 40;
pub const VACCINATIONS_MAX: u64 = 100;

/// Page `page` (from 1) of `owner`'s care contacts, newest first.
pub async fn contacts(
    conn: &impl ConnectionTrait,
    owner: &str,
    page: u64,
) -> Result<Page<care_contact::Model>, DbErr> {
    let select = CareContact::find()
        .filter(care_contact::Column::Personnummer.eq(owner))
        .order_by_desc(care_contact::Column::At)
        .order_by_desc(care_contact::Column::Id);
    crate::paging::fetch(conn, select, page, CONTACTS_PER_PAGE).await
}

/// For each analysis `owner` has results of: its code and the latest results, oldest first
/// (the order a chart reads).
pub async fn lab_series(
    conn: &impl ConnectionTrait,
    owner: &str,
) -> Result<Vec<(&'static str, Vec<lab_result::Model>)>, DbErr> {
    let mut series = Vec::new();
    for analysis in ANALYSES {
        let mut rows = LabResult::find()
            .filter(lab_result::Column::Personnummer.eq(owner))
            .filter(lab_result::Column::Analysis.eq(analysis.code))
            .order_by_desc(lab_result::Column::At)
            .order_by_desc(lab_result::Column::Id)
            .limit(RESULTS_PER_ANALYSIS)
            .all(conn)
            .await?;
        if !rows.is_empty() {
            rows.reverse();
            series.push((analysis.code, rows));
        }
    }
    Ok(series)
}

/// `owner`'s vaccinations, newest first.
pub async fn vaccinations(
    conn: &impl ConnectionTrait,
    owner: &str,
) -> Result<Vec<vaccination::Model>, DbErr> {
    Vaccination::find()
        .filter(vaccination::Column::Personnummer.eq(owner))
        .order_by_desc(vaccination::Column::At)
        .limit(VACCINATIONS_MAX)
        .all(conn)
        .await
}
