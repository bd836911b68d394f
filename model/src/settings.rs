//! The settings form (DOMAIN.md §3): mobile and e-mail for notifications, the opt-in per
//! channel, and whether care-givers may see the contact details. Checked here, the same way
//! in the browser and on the server; every mistake is named with the field it belongs to.

use serde::{Deserialize, Serialize};

use crate::contact::{EmailError, MobileError, normalise_email, normalise_mobile};

/// The form as typed: kept as it is when it has mistakes, so nothing typed is lost.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SettingsForm {
    pub mobile: String,
    pub email: String,
    pub notify_sms: bool,
    pub notify_email: bool,
    pub share_contact: bool,
}

/// The checked choices: addresses normalised, `None` for a field left empty.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContactChoices {
    pub mobile: Option<String>,
    pub email: Option<String>,
    pub notify_sms: bool,
    pub notify_email: bool,
    pub share_contact: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SettingsProblem {
    Mobile(#[serde(with = "mobile_code")] MobileError),
    Email(#[serde(with = "email_code")] EmailError),
    /// SMS chosen without a mobile number to send it to.
    SmsNeedsMobile,
    /// E-mail chosen without an address.
    EmailNeedsAddress,
}

impl SettingsProblem {
    /// The id of the field to correct (the error summary links to it).
    pub fn field(self) -> &'static str {
        match self {
            SettingsProblem::Mobile(_) | SettingsProblem::SmsNeedsMobile => "settings-mobile",
            SettingsProblem::Email(_) | SettingsProblem::EmailNeedsAddress => "settings-email",
        }
    }
}

impl SettingsForm {
    pub fn check(&self) -> Result<ContactChoices, Vec<SettingsProblem>> {
        let mut problems = Vec::new();
        let mobile = optional(&self.mobile, normalise_mobile)
            .map_err(|e| problems.push(SettingsProblem::Mobile(e)))
            .ok()
            .flatten();
        let email = optional(&self.email, normalise_email)
            .map_err(|e| problems.push(SettingsProblem::Email(e)))
            .ok()
            .flatten();
        if self.notify_sms && self.mobile.trim().is_empty() {
            problems.push(SettingsProblem::SmsNeedsMobile);
        }
        if self.notify_email && self.email.trim().is_empty() {
            problems.push(SettingsProblem::EmailNeedsAddress);
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        Ok(ContactChoices {
            mobile,
            email,
            notify_sms: self.notify_sms,
            notify_email: self.notify_email,
            share_contact: self.share_contact,
        })
    }
}

fn optional<E>(typed: &str, check: fn(&str) -> Result<String, E>) -> Result<Option<String>, E> {
    if typed.trim().is_empty() {
        Ok(None)
    } else {
        check(typed).map(Some)
    }
}

/// The errors travel between server and page as short names.
macro_rules! code_serde {
    ($module:ident, $type:ty, $($variant:path => $code:literal),+ $(,)?) => {
        mod $module {
            use super::*;
            pub fn serialize<S: serde::Serializer>(e: &$type, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(match e { $($variant => $code),+ })
            }
            pub fn deserialize<'de, D: serde::Deserializer<'de>>(d: D) -> Result<$type, D::Error> {
                let code = String::deserialize(d)?;
                match code.as_str() {
                    $($code => Ok($variant),)+
                    other => Err(serde::de::Error::custom(format!("unknown code {other}"))),
                }
            }
        }
    };
}

code_serde!(mobile_code, MobileError,
    MobileError::NotDigits => "tecken",
    MobileError::NotSwedish => "utland",
    MobileError::NotMobile => "inte-mobil",
    MobileError::WrongLength => "langd",
);
code_serde!(email_code, EmailError,
    EmailError::TooLong => "lang",
    EmailError::NoAt => "snabel-a",
    EmailError::BadLocal => "fore",
    EmailError::BadDomain => "doman",
);

#[cfg(test)]
mod tests {
    use super::*;

    fn form(mobile: &str, email: &str, sms: bool, mail: bool) -> SettingsForm {
        SettingsForm {
            mobile: mobile.into(),
            email: email.into(),
            notify_sms: sms,
            notify_email: mail,
            share_contact: false,
        }
    }

    #[test]
    fn good_choices_come_out_normalised_and_empty_fields_as_none() {
        let checked = form("070-123 45 67", "", true, false).check().unwrap();
        assert_eq!(checked.mobile.as_deref(), Some("+46701234567"));
        assert_eq!(checked.email, None);
        assert!(checked.notify_sms && !checked.notify_email);
    }

    #[test]
    fn every_mistake_is_named_with_its_field() {
        let problems = form("08-123", "anna@", true, true).check().unwrap_err();
        assert_eq!(
            problems,
            vec![
                SettingsProblem::Mobile(MobileError::NotMobile),
                SettingsProblem::Email(EmailError::BadDomain)
            ]
        );
        let problems = form(" ", "", true, true).check().unwrap_err();
        assert_eq!(
            problems,
            vec![
                SettingsProblem::SmsNeedsMobile,
                SettingsProblem::EmailNeedsAddress
            ]
        );
        assert_eq!(problems[0].field(), "settings-mobile");
        assert_eq!(problems[1].field(), "settings-email");
    }

    #[test]
    fn problems_survive_the_trip_as_json() {
        let problems = vec![
            SettingsProblem::Mobile(MobileError::NotSwedish),
            SettingsProblem::Email(EmailError::NoAt),
            SettingsProblem::SmsNeedsMobile,
        ];
        let json = serde_json::to_string(&problems).unwrap();
        assert!(json.contains("utland") && json.contains("snabel-a"));
        assert_eq!(
            serde_json::from_str::<Vec<SettingsProblem>>(&json).unwrap(),
            problems
        );
    }
}
