//! Find care: clinics by name, place or complaint, with filters, nearest first.
//! Structured filters run in SQL (same on SQLite and PostgreSQL); text matching that must
//! understand å/ä/ö typed as a/o, opening hours and distance run here.

mod geo;
mod now;

use samla_model::{
    Lang,
    clinic::{
        CaseType, ClinicDetail, ClinicKind, ClinicSummary, FindCareInputError, FindCareQuery,
        FindCareResult,
    },
    content::swedish_sort_key,
    fold::fold,
    opening_hours::OpeningHours,
};
use sea_orm::{
    ColumnTrait, DatabaseConnection, DbErr, EntityTrait, ModelTrait, QueryFilter, QueryOrder,
    QuerySelect, sea_query::Query,
};

pub use geo::distance_km;
pub use now::SwedishNow;

use crate::content::{Content, Municipality as Place};
use crate::entities::{clinic, clinic_condition, prelude::*, region};
use crate::regions::REGIONS;

pub const PAGE_SIZE: usize = 20;

/// Why a find-care search gave no result list.
#[derive(Debug, thiserror::Error)]
pub enum FindCareError {
    /// The query was refused before any work (see [`FindCareQuery::normalised`]).
    #[error("find-care query refused: {0:?}")]
    Input(FindCareInputError),
    #[error(transparent)]
    Db(#[from] DbErr),
}

pub async fn find_clinics(
    db: &DatabaseConnection,
    query: &FindCareQuery,
    lang: Lang,
    now: SwedishNow,
) -> Result<FindCareResult, FindCareError> {
    let query = &query.clone().normalised().map_err(FindCareError::Input)?;
    let content = Content::get();
    let typed = query.q.trim();
    // What the free text means: a complaint, a municipality, or words in a clinic's name.
    let condition = content
        .condition(query.condition.trim())
        .map(|c| c.code.clone())
        .or_else(|| condition_named(content, typed));
    let typed_place = if condition.is_none() {
        place_named(content, typed)
    } else {
        None
    };
    let words = if condition.is_none() && typed_place.is_none() {
        fold(typed)
    } else {
        String::new()
    };

    let (origin, sorted_from, unknown_place) = match (query.place.trim(), query.lat.zip(query.lon))
    {
        ("", Some(position)) => (Some(position), Some(String::new()), false),
        ("", None) => (
            typed_place.map(|p| (p.lat, p.lon)),
            typed_place.map(|p| p.name.clone()),
            false,
        ),
        (name, _) => match place_named(content, name) {
            Some(p) => (Some((p.lat, p.lon)), Some(p.name.clone()), false),
            None => (None, None, true),
        },
    };

    let mut select = Clinic::find();
    if let Some(region) = REGIONS.iter().find(|r| r.code == query.region) {
        let id = Region::find()
            .filter(region::Column::Code.eq(region.code))
            .one(db)
            .await?
            .map(|r| r.id);
        select = select.filter(clinic::Column::RegionId.eq(id.unwrap_or(-1)));
    }
    if let Some(kind) = ClinicKind::from_code(&query.kind) {
        select = select.filter(clinic::Column::Kind.eq(kind.code()));
    }
    if query.online_booking {
        select = select.filter(clinic::Column::OnlineBooking.eq(true));
    }
    if let Some(code) = &condition {
        select = select.filter(
            clinic::Column::Id.in_subquery(
                Query::select()
                    .column(clinic_condition::Column::ClinicId)
                    .from(ClinicCondition)
                    .and_where(clinic_condition::Column::ConditionCode.eq(code.as_str()))
                    .to_owned(),
            ),
        );
    }
    if let Some(place) = typed_place {
        select = select.filter(clinic::Column::MunicipalityCode.eq(place.code.as_str()));
    }

    let mut hits: Vec<ClinicSummary> = select
        .all(db)
        .await?
        .into_iter()
        .filter(|c| words.is_empty() || words.split_whitespace().all(|w| matches_word(c, w)))
        .map(|c| summary(&c, origin, now))
        .filter(|c| !query.open_now || c.open_now)
        .collect();
    if origin.is_some() {
        hits.sort_by(|a, b| {
            let km = |c: &ClinicSummary| c.distance_km.unwrap_or(f64::INFINITY);
            km(a).total_cmp(&km(b))
        });
    } else {
        hits.sort_by_cached_key(|c| swedish_sort_key(&c.name));
    }

    let total = hits.len();
    let pages = total.div_ceil(PAGE_SIZE).max(1) as u32;
    let page = query.page.clamp(1, pages);
    let hits = hits
        .into_iter()
        .skip((page as usize - 1) * PAGE_SIZE)
        .take(PAGE_SIZE)
        .collect();
    Ok(FindCareResult {
        total,
        hits,
        page,
        pages,
        sorted_from,
        unknown_place,
        condition_name: condition
            .and_then(|code| content.condition(&code))
            .map(|c| c.name(lang).to_owned()),
    })
}

/// The clinic page's data; `None` for an unknown HSA-id.
pub async fn clinic_detail(
    db: &DatabaseConnection,
    hsa_id: &str,
    lang: Lang,
    now: SwedishNow,
) -> Result<Option<ClinicDetail>, DbErr> {
    let Some(c) = Clinic::find()
        .filter(clinic::Column::HsaId.eq(hsa_id))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let content = Content::get();
    let region = c
        .find_related(Region)
        .one(db)
        .await?
        .map(|r| r.name)
        .unwrap_or_default();
    let mut conditions: Vec<String> = c
        .find_related(ClinicCondition)
        .all(db)
        .await?
        .iter()
        .filter_map(|row| content.condition(&row.condition_code))
        .map(|condition| condition.name(lang).to_owned())
        .collect();
    conditions.sort_by_cached_key(|name| swedish_sort_key(name));
    let attachments = c
        .find_related(ClinicCaseType)
        .all(db)
        .await?
        .into_iter()
        .filter_map(|row| CaseType::from_code(&row.case_type).map(|t| (t, row.citizen_attachments)))
        .collect();
    Ok(Some(ClinicDetail {
        summary: summary(&c, None, now),
        region,
        phone: c.phone.clone(),
        hours: OpeningHours::parse(&c.opening_hours).unwrap_or(OpeningHours([None; 7])),
        renew_prescription: c.renew_prescription,
        contact_clinic: c.contact_clinic,
        complaints: c.complaints,
        conditions,
        attachments,
    }))
}

/// Every clinic's HSA-id, for the sitemap.
pub async fn all_hsa_ids(db: &DatabaseConnection) -> Result<Vec<String>, DbErr> {
    Clinic::find()
        .select_only()
        .column(clinic::Column::HsaId)
        .order_by_asc(clinic::Column::HsaId)
        .into_tuple()
        .all(db)
        .await
}

fn summary(c: &clinic::Model, origin: Option<(f64, f64)>, now: SwedishNow) -> ClinicSummary {
    let hours = OpeningHours::parse(&c.opening_hours).ok();
    ClinicSummary {
        hsa_id: c.hsa_id.clone(),
        name: c.name.clone(),
        kind: ClinicKind::from_code(&c.kind).unwrap_or(ClinicKind::HealthCentre),
        street: c.street.clone(),
        postal_code: c.postal_code.clone(),
        city: c.city.clone(),
        distance_km: origin.map(|o| distance_km(o, (c.lat, c.lon))),
        open_now: hours.is_some_and(|h| h.is_open(now.weekday, now.minute)),
        online_booking: c.online_booking,
    }
}

fn matches_word(c: &clinic::Model, word: &str) -> bool {
    fold(&c.name).contains(word) || fold(&c.city).contains(word) || fold(&c.street).contains(word)
}

/// A condition whose name (either language) or an article keyword is what was typed.
pub fn condition_named(content: &Content, typed: &str) -> Option<String> {
    let typed = fold(typed);
    if typed.is_empty() {
        return None;
    }
    content
        .conditions
        .iter()
        .find(|c| fold(&c.sv) == typed || fold(&c.en) == typed)
        .map(|c| c.code.clone())
        .or_else(|| {
            content
                .articles
                .iter()
                .find(|a| a.keywords.iter().any(|k| fold(k) == typed))
                .map(|a| a.main_condition().to_owned())
        })
}

/// The municipality a typed place names: exactly, else the only one it begins.
pub fn place_named<'a>(content: &'a Content, typed: &str) -> Option<&'a Place> {
    let typed = fold(typed);
    if typed.is_empty() {
        return None;
    }
    let places = &content.municipalities;
    places.iter().find(|m| fold(&m.name) == typed).or_else(|| {
        let mut starting = places.iter().filter(|m| fold(&m.name).starts_with(&typed));
        match (starting.next(), starting.next()) {
            (Some(only), None) => Some(only),
            _ => None,
        }
    })
}
