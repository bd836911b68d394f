//! Find care the straightforward way, as it was before the index: load every clinic that the
//! SQL filters let through, summarise each, filter, sort, then cut out the page. Slow at
//! national size, obviously right; the index must answer exactly the same. Ties are broken the
//! way the index breaks them (A–Ö, then HSA-id).

use samla_domain::content::Content;
use samla_domain::entities::{clinic, clinic_condition, prelude::*, region};
use samla_domain::find_care::{Interpretation, PAGE_SIZE, SwedishNow, distance_km, interpret};
use samla_domain::regions::REGIONS;
use samla_model::{
    Lang,
    clinic::{ClinicKind, ClinicSummary, FindCareQuery, FindCareResult},
    content::swedish_sort_key,
    fold::fold,
    opening_hours::OpeningHours,
};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, sea_query::Query};

pub async fn find_clinics(
    db: &DatabaseConnection,
    query: &FindCareQuery,
    lang: Lang,
    now: SwedishNow,
) -> FindCareResult {
    let query = &query.clone().normalised().expect("valid query");
    let content = Content::get();
    // What the query means is decided once, for both (`find_care::interpret`); what is compared
    // is how the clinics are found, filtered, ordered and cut into pages.
    let Interpretation {
        condition,
        typed_place,
        words,
        origin,
        sorted_from,
        unknown_place,
    } = interpret(content, query);

    let mut select = Clinic::find();
    if let Some(r) = REGIONS.iter().find(|r| r.code == query.region) {
        let id = Region::find()
            .filter(region::Column::Code.eq(r.code))
            .one(db)
            .await
            .unwrap()
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
    let matches = |c: &clinic::Model, w: &str| {
        fold(&c.name).contains(w) || fold(&c.city).contains(w) || fold(&c.street).contains(w)
    };
    let mut hits: Vec<(String, ClinicSummary)> = select
        .all(db)
        .await
        .unwrap()
        .into_iter()
        .filter(|c| words.split_whitespace().all(|w| matches(c, w)))
        .map(|c| {
            let open = OpeningHours::parse(&c.opening_hours)
                .ok()
                .is_some_and(|h| h.is_open(now.weekday, now.minute));
            (
                swedish_sort_key(&c.name),
                ClinicSummary {
                    hsa_id: c.hsa_id.clone(),
                    name: c.name.clone(),
                    kind: ClinicKind::from_code(&c.kind).unwrap_or(ClinicKind::HealthCentre),
                    street: c.street.clone(),
                    postal_code: c.postal_code.clone(),
                    city: c.city.clone(),
                    distance_km: origin.map(|o| distance_km(o, (c.lat, c.lon))),
                    open_now: open,
                    online_booking: c.online_booking,
                    contact_clinic: c.contact_clinic,
                },
            )
        })
        .filter(|(_, c)| !query.open_now || c.open_now)
        .collect();
    hits.sort_by(|(a_key, a), (b_key, b)| {
        let km = |c: &ClinicSummary| c.distance_km.unwrap_or(0.0);
        km(a)
            .total_cmp(&km(b))
            .then_with(|| (a_key, &a.hsa_id).cmp(&(b_key, &b.hsa_id)))
    });
    let total = hits.len();
    let pages = total.div_ceil(PAGE_SIZE).max(1) as u32;
    let page = query.page.clamp(1, pages);
    FindCareResult {
        total,
        hits: hits
            .into_iter()
            .map(|(_, c)| c)
            .skip((page as usize - 1) * PAGE_SIZE)
            .take(PAGE_SIZE)
            .collect(),
        page,
        pages,
        sorted_from,
        unknown_place,
        condition_name: condition
            .and_then(|code| content.condition(&code))
            .map(|c| c.name(lang).to_owned()),
    }
}
