//! Clinics as the find-care pages show them.

use serde::{Deserialize, Serialize};

use crate::opening_hours::OpeningHours;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ClinicKind {
    HealthCentre,
    ChildHealth,
    MaternityHealth,
    Specialist,
    Emergency,
    Dental,
}

impl ClinicKind {
    pub const ALL: [ClinicKind; 6] = [
        ClinicKind::HealthCentre,
        ClinicKind::ChildHealth,
        ClinicKind::MaternityHealth,
        ClinicKind::Specialist,
        ClinicKind::Emergency,
        ClinicKind::Dental,
    ];

    /// Stable code stored in the database and used in URLs.
    pub fn code(self) -> &'static str {
        match self {
            ClinicKind::HealthCentre => "health_centre",
            ClinicKind::ChildHealth => "child_health",
            ClinicKind::MaternityHealth => "maternity_health",
            ClinicKind::Specialist => "specialist",
            ClinicKind::Emergency => "emergency",
            ClinicKind::Dental => "dental",
        }
    }

    pub fn from_code(code: &str) -> Option<ClinicKind> {
        Self::ALL.into_iter().find(|kind| kind.code() == code)
    }
}

/// The kinds of case a citizen can start with a clinic; each clinic decides per kind whether
/// citizens may attach files (DOMAIN.md §6).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum CaseType {
    Contact,
    Renewal,
    Booking,
    Complaint,
}

impl CaseType {
    pub const ALL: [CaseType; 4] = [
        CaseType::Contact,
        CaseType::Renewal,
        CaseType::Booking,
        CaseType::Complaint,
    ];

    pub fn code(self) -> &'static str {
        match self {
            CaseType::Contact => "contact",
            CaseType::Renewal => "renewal",
            CaseType::Booking => "booking",
            CaseType::Complaint => "complaint",
        }
    }

    pub fn from_code(code: &str) -> Option<CaseType> {
        Self::ALL.into_iter().find(|c| c.code() == code)
    }
}

/// One clinic in a result list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ClinicSummary {
    pub hsa_id: String,
    pub name: String,
    pub kind: ClinicKind,
    pub street: String,
    pub postal_code: String,
    pub city: String,
    /// Kilometres from the place the list is sorted by, when there is one.
    pub distance_km: Option<f64>,
    /// Computed on the server in Swedish time, so server and browser render the same.
    pub open_now: bool,
    pub online_booking: bool,
    /// Takes cases through "Kontakta mottagningen" (and "Fråga en sjuksköterska").
    pub contact_clinic: bool,
}

/// Everything the clinic page shows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ClinicDetail {
    pub summary: ClinicSummary,
    pub region: String,
    pub phone: String,
    pub hours: OpeningHours,
    pub renew_prescription: bool,
    pub contact_clinic: bool,
    pub complaints: bool,
    /// Condition names in the page's language, A–Ö.
    pub conditions: Vec<String>,
    /// Per case type: may citizens attach files?
    pub attachments: Vec<(CaseType, bool)>,
    /// The clinic's own published e-services: address (slug) and title.
    #[serde(default)]
    pub local_eservices: Vec<(String, String)>,
}

/// The find-care form; every field as typed, so nothing the citizen entered is lost.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct FindCareQuery {
    /// Name, place or complaint.
    pub q: String,
    /// A place to sort by distance from.
    pub place: String,
    /// A condition code (from an article's "Boka tid").
    pub condition: String,
    pub region: String,
    pub kind: String,
    pub open_now: bool,
    pub online_booking: bool,
    /// The browser's position, when the citizen chose to share it.
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    /// 1-based page of results.
    pub page: u32,
}

/// The most characters a free-text find-care field (`q`, `place`) may hold.
pub const FIND_CARE_TEXT_MAX: usize = 200;
/// The most characters a coded field (region, kind, condition) may hold; real codes are short.
pub const FIND_CARE_CODE_MAX: usize = 64;

/// Why a find-care query was refused; each has its own message in the catalogues.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum FindCareInputError {
    /// `q` or `place` is longer than [`FIND_CARE_TEXT_MAX`].
    TextTooLong,
    /// A region, kind or condition code is longer than any real one.
    CodeTooLong,
    /// The position is not a latitude in −90…90 and a longitude in −180…180 (or only one given).
    BadPosition,
}

impl FindCareQuery {
    /// The one gate every find-care search passes, in the page and in the server function
    /// alike: fields trimmed, lengths capped, the position finite and on the earth, page ≥ 1.
    /// What is refused costs nothing more than this check.
    pub fn normalised(mut self) -> Result<FindCareQuery, FindCareInputError> {
        for text in [&mut self.q, &mut self.place] {
            trim_in_place(text);
            if text.chars().count() > FIND_CARE_TEXT_MAX {
                return Err(FindCareInputError::TextTooLong);
            }
        }
        for code in [&mut self.condition, &mut self.region, &mut self.kind] {
            trim_in_place(code);
            if code.len() > FIND_CARE_CODE_MAX {
                return Err(FindCareInputError::CodeTooLong);
            }
        }
        match (self.lat, self.lon) {
            (None, None) => {}
            (Some(lat), Some(lon))
                if lat.is_finite()
                    && lon.is_finite()
                    && (-90.0..=90.0).contains(&lat)
                    && (-180.0..=180.0).contains(&lon) => {}
            _ => return Err(FindCareInputError::BadPosition),
        }
        self.page = self.page.max(1);
        Ok(self)
    }
}

fn trim_in_place(text: &mut String) {
    let trimmed = text.trim();
    if trimmed.len() != text.len() {
        *text = trimmed.to_owned();
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FindCareResult {
    pub total: usize,
    pub hits: Vec<ClinicSummary>,
    pub page: u32,
    pub pages: u32,
    /// The place the list is sorted from, as the portal understood it.
    pub sorted_from: Option<String>,
    /// The typed place matched no municipality.
    pub unknown_place: bool,
    /// The condition the list is limited to, in the page's language.
    pub condition_name: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn query(edit: impl FnOnce(&mut FindCareQuery)) -> FindCareQuery {
        let mut q = FindCareQuery {
            page: 1,
            ..Default::default()
        };
        edit(&mut q);
        q
    }

    #[test]
    fn a_plain_query_passes_trimmed() {
        let q = query(|q| {
            q.q = "  ont i ryggen ".into();
            q.page = 0;
            q.lat = Some(59.3);
            q.lon = Some(18.1);
        })
        .normalised()
        .unwrap();
        assert_eq!((q.q.as_str(), q.page), ("ont i ryggen", 1));
    }

    #[test]
    fn overlong_text_is_refused_by_characters_not_bytes() {
        let at_limit = "ö".repeat(FIND_CARE_TEXT_MAX);
        assert!(query(|q| q.q = at_limit.clone()).normalised().is_ok());
        for edit in [
            (|q: &mut FindCareQuery| q.q = "x".repeat(FIND_CARE_TEXT_MAX + 1)) as fn(&mut _),
            |q| q.place = "å".repeat(FIND_CARE_TEXT_MAX + 1),
            |q| q.q = "x".repeat(800_000),
        ] {
            assert_eq!(
                query(edit).normalised(),
                Err(FindCareInputError::TextTooLong)
            );
        }
        assert_eq!(
            query(|q| q.region = "9".repeat(65)).normalised(),
            Err(FindCareInputError::CodeTooLong)
        );
    }

    #[test]
    fn a_position_must_be_two_finite_numbers_on_the_earth() {
        for (lat, lon) in [
            (Some(f64::NAN), Some(18.0)),
            (Some(59.0), Some(f64::INFINITY)),
            (Some(1e308), Some(18.0)),
            (Some(91.0), Some(18.0)),
            (Some(59.0), Some(-180.5)),
            (Some(59.0), None),
            (None, Some(18.0)),
        ] {
            assert_eq!(
                query(|q| (q.lat, q.lon) = (lat, lon)).normalised(),
                Err(FindCareInputError::BadPosition),
                "{lat:?} {lon:?}"
            );
        }
        assert!(
            query(|q| (q.lat, q.lon) = (Some(-90.0), Some(180.0)))
                .normalised()
                .is_ok()
        );
    }
}
