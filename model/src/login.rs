//! Logging in with e-identification (DOMAIN.md §2): the methods, the devices, where an order
//! of the e-ID stands, and who is logged in.

use serde::{Deserialize, Serialize};

/// How long the QR code may be scanned, and how long an order lives in all (as BankID).
pub const QR_WINDOW_SECS: i64 = 30;
pub const ORDER_SECS: i64 = 180;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum LoginMethod {
    BankId,
    Freja,
}

impl LoginMethod {
    pub fn code(self) -> &'static str {
        match self {
            LoginMethod::BankId => "bankid",
            LoginMethod::Freja => "freja",
        }
    }

    pub fn from_code(code: &str) -> Option<LoginMethod> {
        [LoginMethod::BankId, LoginMethod::Freja]
            .into_iter()
            .find(|m| m.code() == code)
    }
}

/// Where the e-ID app is: on the device the citizen logs in on, or on another (by QR code).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum LoginDevice {
    ThisDevice,
    OtherDevice,
}

impl LoginDevice {
    pub fn code(self) -> &'static str {
        match self {
            LoginDevice::ThisDevice => "denna",
            LoginDevice::OtherDevice => "annan",
        }
    }

    pub fn from_code(code: &str) -> Option<LoginDevice> {
        [LoginDevice::ThisDevice, LoginDevice::OtherDevice]
            .into_iter()
            .find(|d| d.code() == code)
    }
}

/// Where an order stands, as the page tells the citizen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum LoginState {
    /// The app has not opened the order yet (start the app, scan the code).
    Waiting,
    /// The app has the order: the citizen enters the security code there.
    InApp,
    /// Approved: the next collect logs the browser in.
    Approved,
    Failed(LoginFailure),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum LoginFailure {
    /// Cancelled in the app or on the page.
    Cancelled,
    /// The QR code was not scanned within `QR_WINDOW_SECS`.
    QrTimedOut,
    /// Not approved within `ORDER_SECS`.
    TimedOut,
    /// No order for this browser (never started, or already used for a login).
    NoOrder,
}

/// Who is logged in, for the header and the personal pages. The personnummer and name are
/// whose data the pages show: the citizen's own, or in proxy mode (ombud, DOMAIN.md §4) the
/// child's, with the guardian who acts in `guardian`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Viewer {
    pub personnummer: String,
    pub given_name: String,
    pub family_name: String,
    /// When the session ends unless the citizen does something (Unix seconds).
    pub expires_at: i64,
    /// When the idle warning shows, this many seconds before `expires_at`.
    pub warn_secs: i64,
    /// The logged-in guardian, while they act for the child above.
    pub guardian: Option<crate::proxy::ActingGuardian>,
}

impl Viewer {
    /// The name of whose data the pages show.
    pub fn name(&self) -> String {
        format!("{} {}", self.given_name, self.family_name)
    }

    /// The name of the person who is logged in (the guardian in proxy mode).
    pub fn logged_in_name(&self) -> String {
        self.guardian
            .as_ref()
            .map_or_else(|| self.name(), |g| g.name())
    }

    /// The personnummer of the person who is logged in.
    pub fn logged_in_personnummer(&self) -> &str {
        self.guardian
            .as_ref()
            .map_or(&self.personnummer, |g| &g.personnummer)
    }

    /// Whether a guardian acts for a child (proxy mode).
    pub fn is_proxy(&self) -> bool {
        self.guardian.is_some()
    }

    /// Who writes what this viewer sends: the citizen, or the guardian in the child's name.
    pub fn author(&self) -> (crate::case::Author, String) {
        match &self.guardian {
            Some(g) => (crate::case::Author::Guardian, g.name()),
            None => (crate::case::Author::Citizen, self.name()),
        }
    }

    /// Who reads, for the access log: the citizen, or the guardian in that role.
    pub fn reader(&self) -> (String, String, crate::access::Role) {
        match &self.guardian {
            Some(g) => (
                g.personnummer.clone(),
                g.name(),
                crate::access::Role::Guardian,
            ),
            None => (
                self.personnummer.clone(),
                self.name(),
                crate::access::Role::Citizen,
            ),
        }
    }
}

/// The ready-made people of the test identity provider, for demos and usability tests.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PersonaKind {
    Adult,
    /// Guardian of a 6-year-old and of a 10-year-old with protected personal data.
    Guardian,
    Teen,
    Elderly,
    ProtectedIdentity,
    /// Has never logged in: the first login activates the account.
    NewUser,
}

impl PersonaKind {
    pub const ALL: [PersonaKind; 6] = [
        PersonaKind::Adult,
        PersonaKind::Guardian,
        PersonaKind::Teen,
        PersonaKind::Elderly,
        PersonaKind::ProtectedIdentity,
        PersonaKind::NewUser,
    ];

    pub fn code(self) -> &'static str {
        match self {
            PersonaKind::Adult => "adult",
            PersonaKind::Guardian => "guardian",
            PersonaKind::Teen => "teen",
            PersonaKind::Elderly => "elderly",
            PersonaKind::ProtectedIdentity => "protected",
            PersonaKind::NewUser => "new",
        }
    }

    pub fn from_code(code: &str) -> Option<PersonaKind> {
        PersonaKind::ALL.into_iter().find(|k| k.code() == code)
    }
}
