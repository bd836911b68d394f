//! Find care: clinics by name, place or complaint, with filters, nearest first. What the
//! citizen typed is interpreted here (a complaint, a municipality, or words of a name); the
//! search itself runs on the in-memory [`ClinicIndex`], so its cost is a scan of compact
//! entries plus the 20 clinics of the page, never a load of the catalogue. The clinic page
//! reads its one clinic from the database.

mod geo;
mod index;
mod now;
mod open_now;

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
    QuerySelect,
};

pub use geo::distance_km;
pub use index::ClinicIndex;
pub use now::SwedishNow;

use crate::content::{Content, Municipality as Place};
use crate::entities::{clinic, prelude::*};
use crate::regions::REGIONS;

pub const PAGE_SIZE: usize = 20;

/// Why a find-care search gave no result list.
#[derive(Debug, thiserror::Error)]
pub enum FindCareError {
    /// The query was refused before any work (see [`FindCareQuery::normalised`]).
    #[error("find-care query refused: {0:?}")]
    Input(FindCareInputError),
}

pub fn find_clinics(
    index: &ClinicIndex,
    query: &FindCareQuery,
    lang: Lang,
    now: SwedishNow,
) -> Result<FindCareResult, FindCareError> {
    let query = &query.clone().normalised().map_err(FindCareError::Input)?;
    let content = Content::get();
    let meant = interpret(content, query);
    let filter = index::Filter {
        words: meant.words.split_whitespace().collect(),
        region: REGIONS
            .iter()
            .find(|r| r.code == query.region)
            .map(|r| r.code),
        kind: ClinicKind::from_code(&query.kind).map(|k| k.code()),
        online_booking: query.online_booking,
        condition: meant.condition.as_deref(),
        municipality: meant.typed_place.map(|p| p.code.as_str()),
        open_now: query.open_now,
    };
    let (found, page) = index.search(&filter, meant.origin, query.page, PAGE_SIZE, now);
    let total = found.total;
    let pages = total.div_ceil(PAGE_SIZE).max(1) as u32;
    let hits = found.hits;
    Ok(FindCareResult {
        total,
        hits,
        page,
        pages,
        sorted_from: meant.sorted_from,
        unknown_place: meant.unknown_place,
        condition_name: meant
            .condition
            .as_deref()
            .and_then(|code| content.condition(code))
            .map(|c| c.name(lang).to_owned()),
    })
}

/// What a (normalised) find-care query asks for, before any clinic is looked at.
pub struct Interpretation<'a> {
    /// The condition code, chosen or typed as a complaint.
    pub condition: Option<String>,
    /// The municipality the search field names, when it names one.
    pub typed_place: Option<&'a Place>,
    /// Folded words to find in a clinic's name, city or street; empty when the text was a
    /// complaint or a place.
    pub words: String,
    /// Where "nearest first" is measured from.
    pub origin: Option<(f64, f64)>,
    pub sorted_from: Option<String>,
    pub unknown_place: bool,
}

/// The free text is a complaint, a municipality, or words of a name; the place field (or the
/// browser's position) gives the origin.
pub fn interpret<'a>(content: &'a Content, query: &FindCareQuery) -> Interpretation<'a> {
    let typed = query.q.trim();
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
    Interpretation {
        condition,
        typed_place,
        words,
        origin,
        sorted_from,
        unknown_place,
    }
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
    let local_eservices = crate::eservices::published_local(db, c.id)
        .await?
        .into_iter()
        .map(|form| (form.slug.clone(), form.title(lang).to_owned()))
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
        local_eservices,
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
        contact_clinic: c.contact_clinic,
    }
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
