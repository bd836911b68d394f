//! People for the benchmarks (`fill_bookers`, `fill_mixed`).

use samla_model::personnummer::luhn_check_digit;

/// A valid personnummer of someone born in the 1980s, distinct for each `i` (< 9000).
pub fn personnummer(i: usize) -> String {
    let day = 1 + i % 28;
    let month = 1 + (i / 28) % 12;
    let year = 1980 + (i / (28 * 12)) % 10;
    let serial = 100 + i / (28 * 12 * 10);
    let nine = format!("{:02}{month:02}{day:02}{serial:03}", year % 100);
    format!(
        "{year}{month:02}{day:02}{serial:03}{}",
        luhn_check_digit(&nine)
    )
}
