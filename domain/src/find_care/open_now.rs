//! Which clinics are open at a moment, as one bit per clinic. The set changes at most once a
//! minute, so it is worked out from the clinics' weekly hours once per minute of the week and
//! shared by every search in that minute, instead of per clinic per search.

use std::sync::{Arc, Mutex};

use samla_model::opening_hours::OpeningHours;

use super::SwedishNow;

pub(super) struct OpenNow {
    /// Each clinic's weekly hours, in the index's order; `None` when they could not be read
    /// (then never open).
    hours: Vec<Option<OpeningHours>>,
    latest: Mutex<Option<(SwedishNow, Arc<OpenSet>)>>,
}

/// Clinics by their place in the index: a bit each.
pub(super) struct OpenSet(Vec<u64>);

impl OpenSet {
    pub fn contains(&self, rank: usize) -> bool {
        self.0
            .get(rank / 64)
            .is_some_and(|word| word & (1 << (rank % 64)) != 0)
    }
}

impl OpenNow {
    pub fn new(hours: Vec<Option<OpeningHours>>) -> OpenNow {
        OpenNow {
            hours,
            latest: Mutex::new(None),
        }
    }

    pub fn at(&self, now: SwedishNow) -> Arc<OpenSet> {
        let mut latest = self.latest.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((when, set)) = latest.as_ref()
            && *when == now
        {
            return set.clone();
        }
        let mut bits = vec![0u64; self.hours.len().div_ceil(64)];
        for (rank, hours) in self.hours.iter().enumerate() {
            if hours
                .as_ref()
                .is_some_and(|h| h.is_open(now.weekday, now.minute))
            {
                bits[rank / 64] |= 1 << (rank % 64);
            }
        }
        let set = Arc::new(OpenSet(bits));
        *latest = Some((now, set.clone()));
        set
    }
}

#[cfg(test)]
mod tests {
    use samla_model::opening_hours::OpeningHours;

    use super::{OpenNow, SwedishNow};

    #[test]
    fn the_set_follows_each_clinics_hours_and_changes_with_the_minute() {
        let weekdays =
            OpeningHours::parse("08:00-17:00,08:00-17:00,08:00-17:00,08:00-17:00,08:00-17:00,,")
                .ok();
        let hours = (0..130)
            .map(|i| if i % 2 == 0 { weekdays.clone() } else { None })
            .collect();
        let open = OpenNow::new(hours);
        let noon = open.at(SwedishNow {
            weekday: 2,
            minute: 12 * 60,
        });
        assert!((0..130).all(|rank| noon.contains(rank) == (rank % 2 == 0)));
        assert!(!noon.contains(130), "past the end");
        let evening = open.at(SwedishNow {
            weekday: 2,
            minute: 17 * 60,
        });
        assert!((0..130).all(|rank| !evening.contains(rank)));
    }
}
