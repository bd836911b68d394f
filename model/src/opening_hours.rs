//! A clinic's weekly opening hours, stored as seven comma-separated day entries (Monday first),
//! each `HH:MM-HH:MM` or empty when closed; `00:00-24:00` is open all day.

use serde::{Deserialize, Serialize};

/// Minutes after midnight, open and close, per weekday (0 = Monday).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpeningHours(pub [Option<(u16, u16)>; 7]);

impl OpeningHours {
    pub fn parse(text: &str) -> Result<OpeningHours, String> {
        let days: Vec<&str> = text.split(',').collect();
        if days.len() != 7 {
            return Err(format!(
                "opening hours need 7 days, got {}: {text:?}",
                days.len()
            ));
        }
        let mut week = [None; 7];
        for (slot, day) in week.iter_mut().zip(days) {
            let day = day.trim();
            if day.is_empty() {
                continue;
            }
            let (open, close) = day
                .split_once('-')
                .ok_or_else(|| format!("bad day {day:?}"))?;
            let (open, close) = (minutes(open)?, minutes(close)?);
            if open >= close {
                return Err(format!("closes before it opens: {day:?}"));
            }
            *slot = Some((open, close));
        }
        Ok(OpeningHours(week))
    }

    pub fn format(&self) -> String {
        self.0
            .iter()
            .map(|day| {
                day.map(|(o, c)| format!("{}-{}", hhmm(o), hhmm(c)))
                    .unwrap_or_default()
            })
            .collect::<Vec<_>>()
            .join(",")
    }

    /// Whether open at `minute` (after midnight) on `weekday` (0 = Monday).
    pub fn is_open(&self, weekday: usize, minute: u16) -> bool {
        self.0
            .get(weekday)
            .copied()
            .flatten()
            .is_some_and(|(open, close)| open <= minute && minute < close)
    }

    /// The hours of one day as people read them, e.g. "08:00–17:00"; `None` when closed.
    pub fn day_text(&self, weekday: usize) -> Option<String> {
        self.0[weekday].map(|(o, c)| format!("{}–{}", hhmm(o), hhmm(c)))
    }
}

fn minutes(hhmm: &str) -> Result<u16, String> {
    let (h, m) = hhmm
        .trim()
        .split_once(':')
        .ok_or_else(|| format!("bad time {hhmm:?}"))?;
    let (h, m): (u16, u16) = (
        h.parse().map_err(|_| format!("bad hour {h:?}"))?,
        m.parse().map_err(|_| format!("bad minute {m:?}"))?,
    );
    if h > 24 || m > 59 || (h == 24 && m > 0) {
        return Err(format!("no such time {hhmm:?}"));
    }
    Ok(h * 60 + m)
}

pub fn hhmm(minutes: u16) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    const OFFICE: &str = "08:00-17:00,08:00-17:00,08:00-17:00,08:00-17:00,08:00-16:00,,";

    #[test]
    fn round_trips_and_answers_open_now() {
        let hours = OpeningHours::parse(OFFICE).unwrap();
        assert_eq!(hours.format(), OFFICE);
        assert!(hours.is_open(0, 8 * 60));
        assert!(!hours.is_open(0, 17 * 60), "closing time is closed");
        assert!(!hours.is_open(4, 16 * 60 + 30));
        assert!(!hours.is_open(6, 12 * 60), "closed on Sunday");
        assert_eq!(hours.day_text(4).as_deref(), Some("08:00–16:00"));
        assert_eq!(hours.day_text(5), None);
    }

    #[test]
    fn always_open() {
        let hours = OpeningHours::parse(&["00:00-24:00"; 7].join(",")).unwrap();
        assert!(hours.is_open(6, 0) && hours.is_open(2, 23 * 60 + 59));
    }

    #[test]
    fn bad_input_is_refused() {
        for bad in [
            "08:00-17:00",
            "8-17,,,,,,",
            "17:00-08:00,,,,,,",
            "25:00-26:00,,,,,,",
        ] {
            assert!(OpeningHours::parse(bad).is_err(), "{bad}");
        }
    }
}
