//! Medicines (DOMAIN.md §4, issue 11): how far back the list of earlier prescriptions goes,
//! who may see it, and when a medicine is due for renewal.

/// The standard e-service a renewal is sent with.
pub const RENEWAL_ESERVICE: &str = "fornya-recept";
/// The list of earlier prescriptions goes at most this many years back (§4).
pub const LIST_YEARS: i64 = 5;
/// The most prescriptions the list shows (a person with many medicines over five years).
pub const LIST_MAX: u64 = 100;
/// From this age the youth sees their own list when logged in as themself (§4).
pub const LIST_FROM_AGE: u32 = 16;
/// A medicine that runs out within this many days is due for renewal (the start page).
pub const RENEW_AHEAD_DAYS: i64 = 30;
/// The reminder notification goes this many days before a medicine runs out.
pub const REMIND_AHEAD_DAYS: i64 = 14;

/// Why the list of medicines is not shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum ListHidden {
    /// A guardian acting for a child never sees the child's medicines (§4).
    Proxy,
    /// Under 16 the list is not shown in forms that contain it (§4).
    UnderAge,
}

/// Whether a person of `age` sees the list of their medicines, and if not why. `proxy` is
/// whether a guardian is acting for them.
pub fn list_hidden(age: u32, proxy: bool) -> Option<ListHidden> {
    if proxy {
        Some(ListHidden::Proxy)
    } else if age < LIST_FROM_AGE {
        Some(ListHidden::UnderAge)
    } else {
        None
    }
}

/// When a prescription's medicine runs out (Unix seconds), if it is taken as prescribed and
/// each withdrawal left is made when the last one is used up, as long as the prescription is
/// valid. `None` before the first withdrawal or without a daily dose.
pub fn runs_out_at(
    last_withdrawal_at: Option<i64>,
    units_per_withdrawal: i32,
    doses_per_day: f64,
    withdrawals_left: i32,
    valid_until: i64,
) -> Option<i64> {
    let last = last_withdrawal_at?;
    if doses_per_day <= 0.0 || units_per_withdrawal <= 0 {
        return None;
    }
    let supply = (f64::from(units_per_withdrawal) / doses_per_day * 86_400.0) as i64;
    // Withdrawal k is needed when k supplies are used up; only those before the end of the
    // prescription's validity can be made.
    if supply <= 0 {
        return None;
    }
    let before_end = (valid_until - last).max(0) / supply;
    let usable = i64::from(withdrawals_left.max(0)).min(before_end);
    Some(last + (1 + usable) * supply)
}

#[cfg(test)]
mod tests {
    use super::*;

    const DAY: i64 = 86_400;

    #[test]
    fn a_guardian_never_sees_the_list_and_a_child_sees_it_from_16() {
        assert_eq!(list_hidden(40, true), Some(ListHidden::Proxy));
        assert_eq!(list_hidden(6, true), Some(ListHidden::Proxy));
        assert_eq!(list_hidden(15, false), Some(ListHidden::UnderAge));
        assert_eq!(list_hidden(16, false), None);
        assert_eq!(list_hidden(85, false), None);
    }

    #[test]
    fn the_medicine_lasts_for_what_is_at_home_and_the_withdrawals_left() {
        // 100 tablets, one a day, two withdrawals left: 300 days from the last withdrawal.
        assert_eq!(
            runs_out_at(Some(0), 100, 1.0, 2, 365 * DAY),
            Some(300 * DAY)
        );
        // Two a day: half as long.
        assert_eq!(
            runs_out_at(Some(0), 100, 2.0, 2, 365 * DAY),
            Some(150 * DAY)
        );
        // Nothing left: what was withdrawn last.
        assert_eq!(
            runs_out_at(Some(10 * DAY), 30, 1.0, 0, 365 * DAY),
            Some(40 * DAY)
        );
    }

    #[test]
    fn withdrawals_after_the_prescription_expires_do_not_count() {
        // The second withdrawal would be needed on day 200, after the end on day 150.
        assert_eq!(
            runs_out_at(Some(0), 100, 1.0, 3, 150 * DAY),
            Some(200 * DAY)
        );
    }

    #[test]
    fn nothing_withdrawn_yet_or_no_daily_dose_gives_no_date() {
        assert_eq!(runs_out_at(None, 100, 1.0, 3, 365 * DAY), None);
        assert_eq!(runs_out_at(Some(0), 100, 0.0, 3, 365 * DAY), None);
    }
}
