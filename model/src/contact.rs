//! The citizen's contact details for notifications (DOMAIN.md §3): a Swedish mobile number,
//! normalised to `+467…`, and an e-mail address. Each mistake has its own reason, so the
//! citizen is told what to correct.

/// The longest text read as a mobile number or an e-mail address (RFC 5321 allows 254).
pub const MOBILE_MAX: usize = 30;
pub const EMAIL_MAX: usize = 254;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MobileError {
    /// Letters or signs besides digits, spaces, hyphens, parentheses and a leading +.
    NotDigits,
    /// A country code other than Sweden's (+46).
    NotSwedish,
    /// A Swedish number that is not a mobile one (mobile numbers begin 070, 072, 073, 076, 079).
    NotMobile,
    /// Too few or too many digits for a Swedish mobile number (07X-XXX XX XX).
    WrongLength,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EmailError {
    TooLong,
    /// No @, or more than one.
    NoAt,
    /// Nothing, spaces or unusual signs before the @.
    BadLocal,
    /// The part after the @ is not a domain such as `exempel.se`.
    BadDomain,
}

/// Reads a Swedish mobile number as people write it (`070-123 45 67`, `+46 70 123 45 67`,
/// `0046701234567`) and gives it as `+46701234567`.
pub fn normalise_mobile(typed: &str) -> Result<String, MobileError> {
    let typed = typed.trim();
    if typed.chars().count() > MOBILE_MAX {
        return Err(MobileError::WrongLength);
    }
    let mut digits = String::new();
    for (i, c) in typed.chars().enumerate() {
        match c {
            '0'..='9' => digits.push(c),
            '+' if i == 0 => digits.push_str("00"),
            ' ' | '-' | '(' | ')' => {}
            _ => return Err(MobileError::NotDigits),
        }
    }
    let national = if let Some(rest) = digits.strip_prefix("0046") {
        // "+46 (0)70…" keeps its zero by habit.
        rest.strip_prefix('0').unwrap_or(rest).to_owned()
    } else if digits.starts_with("00") {
        return Err(MobileError::NotSwedish);
    } else if let Some(rest) = digits.strip_prefix('0') {
        rest.to_owned()
    } else {
        return Err(if digits.len() == 9 && digits.starts_with('7') {
            // "701234567": the leading zero left out.
            return Ok(format!("+46{digits}"));
        } else {
            MobileError::WrongLength
        });
    };
    if !national.starts_with('7') {
        return Err(if national.is_empty() {
            MobileError::WrongLength
        } else {
            MobileError::NotMobile
        });
    }
    if national.len() != 9 {
        return Err(MobileError::WrongLength);
    }
    if !matches!(national.as_bytes()[1], b'0' | b'2' | b'3' | b'6' | b'9') {
        return Err(MobileError::NotMobile);
    }
    Ok(format!("+46{national}"))
}

/// Checks the form of an e-mail address (not whether it exists) and gives it trimmed, the
/// domain in lower case.
pub fn normalise_email(typed: &str) -> Result<String, EmailError> {
    let typed = typed.trim();
    if typed.len() > EMAIL_MAX {
        return Err(EmailError::TooLong);
    }
    let mut parts = typed.split('@');
    let (Some(local), Some(domain), None) = (parts.next(), parts.next(), parts.next()) else {
        return Err(EmailError::NoAt);
    };
    let local_ok = !local.is_empty()
        && local.len() <= 64
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
        && local
            .chars()
            .all(|c| c.is_alphanumeric() || "!#$%&'*+-/=?^_`{|}~.".contains(c));
    if !local_ok {
        return Err(EmailError::BadLocal);
    }
    let domain = domain.to_lowercase();
    let labels: Vec<&str> = domain.split('.').collect();
    let domain_ok = labels.len() >= 2
        && labels.iter().all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_alphanumeric() || c == '-')
        })
        && labels
            .last()
            .is_some_and(|tld| tld.chars().count() >= 2 && tld.chars().all(char::is_alphabetic));
    if !domain_ok {
        return Err(EmailError::BadDomain);
    }
    Ok(format!("{local}@{domain}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn swedish_mobile_numbers_are_normalised_however_they_are_written() {
        for typed in [
            "070-123 45 67",
            "0701234567",
            "+46 70 123 45 67",
            "+46(0)70-1234567",
            "0046701234567",
            " 070 123 45 67 ",
            "701234567",
        ] {
            assert_eq!(
                normalise_mobile(typed),
                Ok("+46701234567".into()),
                "{typed}"
            );
        }
        assert_eq!(normalise_mobile("073-999 00 11"), Ok("+46739990011".into()));
    }

    #[test]
    fn each_mobile_mistake_has_its_reason() {
        assert_eq!(
            normalise_mobile("070-123 45 6x"),
            Err(MobileError::NotDigits)
        );
        assert_eq!(normalise_mobile("07+0123"), Err(MobileError::NotDigits));
        assert_eq!(
            normalise_mobile("+47 912 34 567"),
            Err(MobileError::NotSwedish)
        );
        assert_eq!(
            normalise_mobile("08-123 456 78"),
            Err(MobileError::NotMobile)
        );
        assert_eq!(
            normalise_mobile("077-123 45 67"),
            Err(MobileError::NotMobile)
        );
        assert_eq!(
            normalise_mobile("070-123 45"),
            Err(MobileError::WrongLength)
        );
        assert_eq!(
            normalise_mobile("070-123 45 678"),
            Err(MobileError::WrongLength)
        );
        assert_eq!(
            normalise_mobile(&"0".repeat(40)),
            Err(MobileError::WrongLength)
        );
    }

    #[test]
    fn e_mail_addresses_are_checked_by_their_form() {
        assert_eq!(
            normalise_email(" Anna.Svensson@Exempel.SE "),
            Ok("Anna.Svensson@exempel.se".into())
        );
        assert_eq!(
            normalise_email("a+vard@sjukhus.region.se"),
            Ok("a+vard@sjukhus.region.se".into())
        );
        assert_eq!(normalise_email("åsa@hälsa.se"), Ok("åsa@hälsa.se".into()));
        assert_eq!(normalise_email("anna.exempel.se"), Err(EmailError::NoAt));
        assert_eq!(normalise_email("anna@@exempel.se"), Err(EmailError::NoAt));
        assert_eq!(normalise_email("@exempel.se"), Err(EmailError::BadLocal));
        assert_eq!(
            normalise_email("anna svensson@exempel.se"),
            Err(EmailError::BadLocal)
        );
        assert_eq!(
            normalise_email("anna..s@exempel.se"),
            Err(EmailError::BadLocal)
        );
        assert_eq!(normalise_email("anna@exempel"), Err(EmailError::BadDomain));
        assert_eq!(
            normalise_email("anna@exempel.s"),
            Err(EmailError::BadDomain)
        );
        assert_eq!(
            normalise_email("anna@-exempel.se"),
            Err(EmailError::BadDomain)
        );
        assert_eq!(
            normalise_email("anna@exempel..se"),
            Err(EmailError::BadDomain)
        );
        assert_eq!(
            normalise_email(&format!("{}@exempel.se", "a".repeat(250))),
            Err(EmailError::TooLong)
        );
    }
}
