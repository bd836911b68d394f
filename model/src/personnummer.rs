//! Personnummer and samordningsnummer: 12 digits, YYYYMMDD-NNNN, the last one a Luhn check
//! digit over the last ten; a samordningsnummer has 60 added to the day (DOMAIN.md §2). Each
//! mistake has its own reason, so the citizen is told what to correct.

use serde::{Deserialize, Serialize};

/// A checked personnummer or samordningsnummer, kept as its 12 digits.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Personnummer(String);

/// Why typed text is not a personnummer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PersonnummerError {
    Empty,
    /// Letters or other signs besides digits, one hyphen and spaces.
    NotDigits,
    /// Ten digits: the century is missing.
    CenturyMissing,
    /// Neither ten nor twelve digits.
    WrongLength,
    /// The first eight digits are no date (nor a date with 60 added to the day).
    NoSuchDate,
    /// The last digit does not match the others: most often a mistyped digit.
    CheckDigit,
}

impl PersonnummerError {
    pub const ALL: [PersonnummerError; 6] = [
        PersonnummerError::Empty,
        PersonnummerError::NotDigits,
        PersonnummerError::CenturyMissing,
        PersonnummerError::WrongLength,
        PersonnummerError::NoSuchDate,
        PersonnummerError::CheckDigit,
    ];

    /// A short name for a link back to the form (`?fel=`).
    pub fn code(self) -> &'static str {
        match self {
            PersonnummerError::Empty => "tomt",
            PersonnummerError::NotDigits => "tecken",
            PersonnummerError::CenturyMissing => "sekel",
            PersonnummerError::WrongLength => "langd",
            PersonnummerError::NoSuchDate => "datum",
            PersonnummerError::CheckDigit => "kontrollsiffra",
        }
    }

    pub fn from_code(code: &str) -> Option<PersonnummerError> {
        PersonnummerError::ALL
            .into_iter()
            .find(|e| e.code() == code)
    }
}

impl Personnummer {
    /// Reads `YYYYMMDD-NNNN` or `YYYYMMDDNNNN` (spaces around are ignored).
    pub fn parse(typed: &str) -> Result<Personnummer, PersonnummerError> {
        let typed = typed.trim();
        if typed.is_empty() {
            return Err(PersonnummerError::Empty);
        }
        let mut digits = String::with_capacity(12);
        let mut separators = 0;
        for c in typed.chars() {
            match c {
                '0'..='9' => digits.push(c),
                // One hyphen (or a plus, as for people over 100) before the last four digits.
                '-' | '+' if separators == 0 && !digits.is_empty() => separators += 1,
                ' ' => {}
                _ => return Err(PersonnummerError::NotDigits),
            }
            if digits.len() > 12 {
                return Err(PersonnummerError::WrongLength);
            }
        }
        match digits.len() {
            12 => {}
            10 => return Err(PersonnummerError::CenturyMissing),
            _ => return Err(PersonnummerError::WrongLength),
        }
        let number = |range: std::ops::Range<usize>| digits[range].parse::<u32>().unwrap_or(0);
        let (year, month, mut day) = (number(0..4), number(4..6), number(6..8));
        if day > 60 {
            day -= 60;
        }
        if !(1800..=2199).contains(&year) || !is_date(year, month, day) {
            return Err(PersonnummerError::NoSuchDate);
        }
        if luhn_check_digit(&digits[2..11]) != digits.as_bytes()[11] - b'0' {
            return Err(PersonnummerError::CheckDigit);
        }
        Ok(Personnummer(digits))
    }

    /// The 12 digits, as stored.
    pub fn digits(&self) -> &str {
        &self.0
    }

    /// As people write it: `YYYYMMDD-NNNN`.
    pub fn display(&self) -> String {
        format!("{}-{}", &self.0[..8], &self.0[8..])
    }

    /// A samordningsnummer (given to people who are not, or not yet, registered in Sweden).
    pub fn is_samordningsnummer(&self) -> bool {
        self.0[6..8] > *"60"
    }

    /// The date of birth as (year, month, day).
    pub fn birth_date(&self) -> (i32, u32, u32) {
        let number = |range: std::ops::Range<usize>| self.0[range].parse::<u32>().unwrap_or(0);
        let day = number(6..8);
        (
            number(0..4) as i32,
            number(4..6),
            if day > 60 { day - 60 } else { day },
        )
    }

    /// Age in whole years on the given date.
    pub fn age_on(&self, year: i32, month: u32, day: u32) -> u32 {
        let (by, bm, bd) = self.birth_date();
        let had_birthday = (month, day) >= (bm, bd);
        (year - by - i32::from(!had_birthday)).max(0) as u32
    }
}

/// The Luhn check digit of nine digits (weights 2, 1, 2, …, digits of products summed).
pub fn luhn_check_digit(nine: &str) -> u8 {
    let sum: u32 = nine
        .bytes()
        .enumerate()
        .map(|(i, b)| {
            let product = u32::from(b - b'0') * if i % 2 == 0 { 2 } else { 1 };
            product / 10 + product % 10
        })
        .sum();
    ((10 - sum % 10) % 10) as u8
}

fn is_date(year: u32, month: u32, day: u32) -> bool {
    let leap = (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day)
}

#[cfg(test)]
mod tests {
    use super::{Personnummer as P, PersonnummerError as E};

    #[test]
    fn a_valid_number_is_read_with_or_without_the_hyphen() {
        let p = P::parse("19121212-1212").unwrap();
        assert_eq!(p.digits(), "191212121212");
        assert_eq!(p.display(), "19121212-1212");
        assert_eq!(P::parse(" 191212121212 ").unwrap(), p);
        assert!(!p.is_samordningsnummer());
    }

    #[test]
    fn each_mistake_has_its_reason() {
        assert_eq!(P::parse("  "), Err(E::Empty));
        assert_eq!(P::parse("19121212-121X"), Err(E::NotDigits));
        assert_eq!(P::parse("19121212--1212"), Err(E::NotDigits));
        assert_eq!(P::parse("-191212121212"), Err(E::NotDigits));
        assert_eq!(P::parse("121212-1212"), Err(E::CenturyMissing));
        assert_eq!(P::parse("1912121212"), Err(E::CenturyMissing));
        assert_eq!(P::parse("19121212-121"), Err(E::WrongLength));
        assert_eq!(P::parse("19121212-12123"), Err(E::WrongLength));
        assert_eq!(P::parse("19121312-1212"), Err(E::NoSuchDate));
        assert_eq!(P::parse("19230229-1234"), Err(E::NoSuchDate));
        assert_eq!(P::parse("19121212-1213"), Err(E::CheckDigit));
    }

    #[test]
    fn leap_days_and_samordningsnummer_are_dates() {
        // 2000 was a leap year (divisible by 400); day 72 is the 12th plus 60.
        let nine = |s: &str| format!("{s}{}", super::luhn_check_digit(&s[2..]));
        assert!(P::parse(&nine("20000229123")).is_ok());
        let samordning = P::parse(&nine("19121272121")).unwrap();
        assert!(samordning.is_samordningsnummer());
        assert_eq!(samordning.birth_date(), (1912, 12, 12));
        assert_eq!(P::parse(&nine("19000229123")), Err(E::NoSuchDate));
    }

    #[test]
    fn age_counts_whole_years() {
        let p = P::parse("20121212-1212").unwrap();
        assert_eq!(p.age_on(2025, 12, 11), 12);
        assert_eq!(p.age_on(2025, 12, 12), 13);
    }
}
