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
