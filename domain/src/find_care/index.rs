//! The clinic catalogue as find care asks it: one compact entry per clinic, in A–Ö order, with
//! what the filters and the orderings need already worked out (folded text, region code,
//! condition numbers, parsed opening hours, position). A search scans these entries without
//! touching the database, keeps only the 20 of its page, and summarises only those.

use std::collections::HashMap;

use samla_model::case::EServiceForm;
use samla_model::{
    clinic::{ClinicKind, ClinicSummary},
    content::swedish_sort_key,
    fold::fold,
    opening_hours::OpeningHours,
};
use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter};

use super::{SwedishNow, distance_km, open_now::OpenNow};
use crate::entities::{local_eservice, prelude::*};

pub struct ClinicIndex {
    /// In A–Ö order of name (then HSA-id), so a position in this list is the A–Ö rank.
    entries: Vec<Entry>,
    /// Condition codes, numbered; an entry lists the numbers of the conditions it treats.
    conditions: Vec<String>,
    open_now: OpenNow,
}

struct Entry {
    hsa_id: String,
    name: String,
    kind_code: String,
    street: String,
    postal_code: String,
    city: String,
    /// Folded name, city, street and the titles of its own e-services, one per line: a typed
    /// word (no whitespace) matches when it is in any of them.
    words: String,
    region_code: String,
    municipality_code: String,
    position: (f64, f64),
    online_booking: bool,
    contact_clinic: bool,
    conditions: Vec<u16>,
}

/// What a search keeps, decided before the scan.
pub(super) struct Filter<'a> {
    pub words: Vec<&'a str>,
    pub region: Option<&'a str>,
    pub kind: Option<&'a str>,
    pub online_booking: bool,
    pub condition: Option<&'a str>,
    pub municipality: Option<&'a str>,
    pub open_now: bool,
}

/// One page of a search, and how many clinics matched in all.
pub(super) struct Page {
    pub total: usize,
    pub hits: Vec<ClinicSummary>,
}

impl ClinicIndex {
    /// Reads the whole catalogue: clinics, their regions and their conditions.
    pub async fn build(db: &DatabaseConnection) -> Result<ClinicIndex, DbErr> {
        let regions: HashMap<i32, String> = Region::find()
            .all(db)
            .await?
            .into_iter()
            .map(|r| (r.id, r.code))
            .collect();
        let mut conditions: Vec<String> = Vec::new();
        let mut numbers: HashMap<String, u16> = HashMap::new();
        let mut treats: HashMap<i32, Vec<u16>> = HashMap::new();
        for row in ClinicCondition::find().all(db).await? {
            let next = numbers.len() as u16;
            let number = *numbers
                .entry(row.condition_code.clone())
                .or_insert_with(|| {
                    conditions.push(row.condition_code.clone());
                    next
                });
            treats.entry(row.clinic_id).or_default().push(number);
        }
        // A clinic's own published e-services are found by their titles.
        let mut eservices: HashMap<i32, String> = HashMap::new();
        for row in LocalEService::find()
            .filter(local_eservice::Column::Published.eq(true))
            .all(db)
            .await?
        {
            if let Ok(form) = serde_json::from_str::<EServiceForm>(&row.form) {
                let words = eservices.entry(row.clinic_id).or_default();
                words.push('\n');
                words.push_str(&fold(&form.title_sv));
            }
        }
        let mut entries: Vec<(String, Entry, Option<OpeningHours>)> = Clinic::find()
            .all(db)
            .await?
            .into_iter()
            .map(|c| {
                let words = format!(
                    "{}\n{}\n{}{}",
                    fold(&c.name),
                    fold(&c.city),
                    fold(&c.street),
                    eservices.remove(&c.id).unwrap_or_default()
                );
                let hours = OpeningHours::parse(&c.opening_hours).ok();
                let entry = Entry {
                    region_code: regions.get(&c.region_id).cloned().unwrap_or_default(),
                    conditions: treats.remove(&c.id).unwrap_or_default(),
                    words,
                    position: (c.lat, c.lon),
                    online_booking: c.online_booking,
                    contact_clinic: c.contact_clinic,
                    hsa_id: c.hsa_id,
                    kind_code: c.kind,
                    street: c.street,
                    postal_code: c.postal_code,
                    city: c.city,
                    municipality_code: c.municipality_code,
                    name: c.name,
                };
                (swedish_sort_key(&entry.name), entry, hours)
            })
            .collect();
        entries.sort_by(|a, b| (&a.0, &a.1.hsa_id).cmp(&(&b.0, &b.1.hsa_id)));
        let hours = entries.iter().map(|(_, _, hours)| hours.clone()).collect();
        Ok(ClinicIndex {
            entries: entries.into_iter().map(|(_, entry, _)| entry).collect(),
            conditions,
            open_now: OpenNow::new(hours),
        })
    }

    /// Page `page` (1-based, clamped to the last) of `PAGE_SIZE` clinics that pass `filter`,
    /// nearest `origin` first or else A–Ö; the page number used comes back in `Page`.
    pub(super) fn search(
        &self,
        filter: &Filter,
        origin: Option<(f64, f64)>,
        page: u32,
        page_size: usize,
        now: SwedishNow,
    ) -> (Page, u32) {
        let open = filter.open_now.then(|| self.open_now.at(now));
        let condition = match filter.condition {
            Some(code) => match self.conditions.iter().position(|c| c == code) {
                Some(number) => Some(number as u16),
                // No clinic treats it.
                None => return (self.page_of(Vec::new(), 0, None, now), 1),
            },
            None => None,
        };
        let passes = |(rank, e): &(usize, &Entry)| {
            filter.region.is_none_or(|r| e.region_code == r)
                && filter.kind.is_none_or(|k| e.kind_code == k)
                && (!filter.online_booking || e.online_booking)
                && condition.is_none_or(|n| e.conditions.contains(&n))
                && filter.municipality.is_none_or(|m| e.municipality_code == m)
                && open.as_ref().is_none_or(|open| open.contains(*rank))
                && filter.words.iter().all(|w| e.words.contains(w))
        };
        let matching = self.entries.iter().enumerate().filter(passes);
        let pages_of = |total: usize| total.div_ceil(page_size).max(1) as u32;
        match origin {
            None => {
                // Already in A–Ö order: the page is a slice of the matches.
                let ranks: Vec<usize> = matching.map(|(rank, _)| rank).collect();
                let total = ranks.len();
                let page = page.clamp(1, pages_of(total));
                let start = (page as usize - 1) * page_size;
                let ranks = ranks.into_iter().skip(start).take(page_size).collect();
                (self.page_of(ranks, total, None, now), page)
            }
            Some(origin) => {
                // Distance, then A–Ö rank: a total order, so pages never overlap.
                let mut near: Vec<(f64, usize)> = matching
                    .map(|(rank, e)| (distance_km(origin, e.position), rank))
                    .collect();
                let total = near.len();
                let pages = pages_of(total);
                let page = page.clamp(1, pages);
                let start = (page as usize - 1) * page_size;
                let end = (start + page_size).min(total);
                let order =
                    |a: &(f64, usize), b: &(f64, usize)| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1));
                if end < total {
                    near.select_nth_unstable_by(end, order);
                    near.truncate(end);
                }
                if start > 0 && start < near.len() {
                    near.select_nth_unstable_by(start, order);
                }
                let mut window = near.split_off(start.min(near.len()));
                window.sort_unstable_by(order);
                let ranks = window.into_iter().map(|(_, rank)| rank).collect();
                (self.page_of(ranks, total, Some(origin), now), page)
            }
        }
    }

    fn page_of(
        &self,
        ranks: Vec<usize>,
        total: usize,
        origin: Option<(f64, f64)>,
        now: SwedishNow,
    ) -> Page {
        let open = self.open_now.at(now);
        let hits = ranks
            .into_iter()
            .map(|rank| {
                let e = &self.entries[rank];
                ClinicSummary {
                    hsa_id: e.hsa_id.clone(),
                    name: e.name.clone(),
                    kind: ClinicKind::from_code(&e.kind_code).unwrap_or(ClinicKind::HealthCentre),
                    street: e.street.clone(),
                    postal_code: e.postal_code.clone(),
                    city: e.city.clone(),
                    distance_km: origin.map(|o| distance_km(o, e.position)),
                    open_now: open.contains(rank),
                    online_booking: e.online_booking,
                    contact_clinic: e.contact_clinic,
                }
            })
            .collect();
        Page { total, hits }
    }
}
