//! People for the benchmarks (`fill_bookers`, `fill_mixed`).

use samla_domain::DatabaseConnection;
use samla_domain::entities::{person, prelude::Person};
use samla_model::personnummer::luhn_check_digit;
use sea_orm::{ActiveValue::Set, EntityTrait};

/// Adds the `i`th benchmark person, named `given family`, with an account and a session; their
/// personnummer and session.
pub async fn add_person(
    db: &DatabaseConnection,
    i: usize,
    given: &str,
    family: &str,
    now: i64,
) -> (String, String) {
    let number = personnummer(i);
    Person::insert(person::ActiveModel {
        personnummer: Set(number.clone()),
        given_name: Set(format!("{given}{i}")),
        family_name: Set(family.to_owned()),
        street: Set("Testgatan 1".to_owned()),
        postal_code: Set("111 11".to_owned()),
        city: Set("Stockholm".to_owned()),
        protected_identity: Set(false),
    })
    .exec_without_returning(db)
    .await
    .expect("a person");
    samla_domain::accounts::activate_on_login(db, &number, now)
        .await
        .expect("an account");
    let session = samla_domain::sessions::open(db, &number, now)
        .await
        .expect("a session");
    (number, session)
}

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
