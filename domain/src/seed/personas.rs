//! The test identity provider's people (DOMAIN.md §2, §4), written into the demo population
//! register: an adult; a guardian of a 6-year-old, of a 10-year-old with protected personal
//! data and of a 13-year-old whose e-services the guardian set up before her birthday (she is
//! asked to review her settings at her first login); a 15-year-old; an 85-year-old; a person
//! with protected personal data; a person who has never logged in. Ages hold on the day of
//! seeding: birth dates count back from it.

use chrono::{Datelike, Days, Months, NaiveDate};
use samla_model::login::PersonaKind;
use samla_model::personnummer::luhn_check_digit;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
    PaginatorTrait, QueryFilter, TransactionTrait,
};

use super::history::{Profile, profiles, seed_history};
use crate::entities::{account, guardian_notice, guardianship, person, prelude::*, test_persona};

struct Seeded {
    kind: Option<PersonaKind>,
    age: u32,
    serial: &'static str,
    given: &'static str,
    family: &'static str,
    street: &'static str,
    postal_code: &'static str,
    city: &'static str,
    protected: bool,
    /// Mobile and e-mail, for the people who have used the portal before.
    contact: Option<(&'static str, &'static str)>,
    /// Their health record, several years back.
    history: Option<&'static Profile>,
}

const PEOPLE: [Seeded; 9] = [
    Seeded {
        kind: Some(PersonaKind::Adult),
        age: 41,
        serial: "238",
        given: "Anna",
        family: "Lindqvist",
        street: "Storgatan 12",
        postal_code: "111 22",
        city: "Stockholm",
        protected: false,
        contact: Some(("+46701234567", "anna.lindqvist@example.se")),
        history: Some(&profiles::ANNA),
    },
    Seeded {
        kind: Some(PersonaKind::Guardian),
        age: 38,
        serial: "246",
        given: "Karin",
        family: "Andersson",
        street: "Parkvägen 4",
        postal_code: "752 36",
        city: "Uppsala",
        protected: false,
        contact: Some(("+46702345678", "karin.andersson@example.se")),
        history: Some(&profiles::OCCASIONAL),
    },
    Seeded {
        kind: None,
        age: 6,
        serial: "248",
        given: "Elsa",
        family: "Andersson",
        street: "Parkvägen 4",
        postal_code: "752 36",
        city: "Uppsala",
        protected: false,
        contact: None,
        history: Some(&profiles::CHILD),
    },
    Seeded {
        kind: None,
        age: 10,
        serial: "237",
        given: "Leo",
        family: "Andersson",
        street: "Parkvägen 4",
        postal_code: "752 36",
        city: "Uppsala",
        protected: true,
        contact: None,
        history: Some(&profiles::CHILD),
    },
    Seeded {
        kind: None,
        age: 13,
        serial: "255",
        given: "Vera",
        family: "Andersson",
        street: "Parkvägen 4",
        postal_code: "752 36",
        city: "Uppsala",
        protected: false,
        contact: None,
        history: None,
    },
    Seeded {
        kind: Some(PersonaKind::Teen),
        age: 15,
        serial: "244",
        given: "Nora",
        family: "Berg",
        street: "Skolgatan 8",
        postal_code: "903 27",
        city: "Umeå",
        protected: false,
        contact: Some(("+46703456789", "nora.berg@example.se")),
        history: Some(&profiles::NORA),
    },
    Seeded {
        kind: Some(PersonaKind::Elderly),
        age: 85,
        serial: "231",
        given: "Gunnar",
        family: "Holm",
        street: "Kyrkvägen 2",
        postal_code: "831 30",
        city: "Östersund",
        protected: false,
        contact: Some(("+46704567890", "")),
        history: Some(&profiles::GUNNAR),
    },
    Seeded {
        kind: Some(PersonaKind::ProtectedIdentity),
        age: 47,
        serial: "262",
        given: "Sara",
        family: "Ek",
        street: "Box 1001",
        postal_code: "402 21",
        city: "Göteborg",
        protected: true,
        contact: Some(("+46705678901", "sara.ek@example.se")),
        history: Some(&profiles::OCCASIONAL),
    },
    Seeded {
        kind: Some(PersonaKind::NewUser),
        age: 33,
        serial: "219",
        given: "Ali",
        family: "Hassan",
        street: "Järnvägsgatan 21",
        postal_code: "211 20",
        city: "Malmö",
        protected: false,
        contact: None,
        history: None,
    },
];

/// The guardian's children, by their place in `PEOPLE`.
const CHILDREN_OF_GUARDIAN: [usize; 3] = [2, 3, 4];
/// The child who turned 13: the guardian activated her e-services and is notified about her
/// inbox on the mobile she gave under the child's settings, since before the birthday.
const SET_UP_BY_GUARDIAN: usize = 4;
/// How long before seeding the guardian did that (the birthday was at most 319 days ago).
const SET_UP_DAYS_AGO: i64 = 400;

/// A persona as the picker shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Persona {
    pub kind: PersonaKind,
    pub personnummer: String,
    pub name: String,
}

/// The personnummer of someone `age` years old on `today`: born some weeks further back (a
/// number of days taken from the serial, so the people do not share a birthday), so the
/// birthday has passed; the check digit is computed.
fn personnummer(today: NaiveDate, age: u32, serial: &str) -> String {
    let days_back = 20 + serial.parse::<u64>().unwrap_or(0) % 300;
    let born = today
        .checked_sub_months(Months::new(12 * age))
        .and_then(|d| d.checked_sub_days(Days::new(days_back)))
        .expect("a date in range");
    let ten = format!(
        "{:02}{:02}{:02}{serial}",
        born.year() % 100,
        born.month(),
        born.day()
    );
    format!(
        "{:04}{:02}{:02}{serial}{}",
        born.year(),
        born.month(),
        born.day(),
        luhn_check_digit(&ten)
    )
}

/// How far back the personas' health records go.
pub const HISTORY_YEARS: u32 = 6;

/// Midnight of the day `number` was born, as Unix seconds.
pub fn birth(number: &str) -> Option<i64> {
    let day = NaiveDate::parse_from_str(number.get(..8)?, "%Y%m%d").ok()?;
    Some(crate::booking::day_start(day))
}

/// Writes the personas into an empty population register; a register with people is left
/// as it is. `now` is Unix seconds, `today` the Swedish date.
pub async fn seed_personas(
    db: &DatabaseConnection,
    today: NaiveDate,
    now: i64,
) -> Result<(), DbErr> {
    let txn = db.begin().await?;
    if Person::find().count(&txn).await? > 0 {
        // A register seeded before the health record existed gets the personas' histories once.
        if CareContact::find().count(&txn).await? == 0 {
            for found in Person::find().all(&txn).await? {
                let seeded = PEOPLE
                    .iter()
                    .find(|p| p.given == found.given_name && p.family == found.family_name);
                if let (Some(profile), Some(born)) =
                    (seeded.and_then(|p| p.history), birth(&found.personnummer))
                {
                    seed_history(&txn, &found.personnummer, born, profile, HISTORY_YEARS, now)
                        .await?;
                }
            }
        }
        // Prescriptions seeded before their run-out date was stored get it.
        crate::medicines::fill_run_out(&txn).await?;
        return txn.commit().await;
    }
    let numbers: Vec<String> = PEOPLE
        .iter()
        .map(|p| personnummer(today, p.age, p.serial))
        .collect();
    for (p, number) in PEOPLE.iter().zip(&numbers) {
        write_person(&txn, p, number, now).await?;
    }
    for child in CHILDREN_OF_GUARDIAN {
        Guardianship::insert(guardianship::ActiveModel {
            guardian: Set(numbers[1].clone()),
            child: Set(numbers[child].clone()),
        })
        .exec_without_returning(&txn)
        .await?;
    }
    set_up_by_guardian(&txn, &numbers[SET_UP_BY_GUARDIAN], &numbers[1], now).await?;
    for (p, number) in PEOPLE.iter().zip(&numbers) {
        if let (Some(profile), Some(born)) = (p.history, birth(number)) {
            seed_history(&txn, number, born, profile, HISTORY_YEARS, now).await?;
        }
    }
    txn.commit().await?;
    let adult = &PEOPLE[0];
    super::demo_cases::seed(
        db,
        &numbers[0],
        &format!("{} {}", adult.given, adult.family),
        now,
    )
    .await
}

async fn write_person(
    db: &impl ConnectionTrait,
    p: &Seeded,
    number: &str,
    now: i64,
) -> Result<(), DbErr> {
    Person::insert(person::ActiveModel {
        personnummer: Set(number.to_owned()),
        given_name: Set(p.given.to_owned()),
        family_name: Set(p.family.to_owned()),
        street: Set(p.street.to_owned()),
        postal_code: Set(p.postal_code.to_owned()),
        city: Set(p.city.to_owned()),
        protected_identity: Set(p.protected),
    })
    .exec_without_returning(db)
    .await?;
    if let Some(kind) = p.kind {
        TestPersona::insert(test_persona::ActiveModel {
            personnummer: Set(number.to_owned()),
            kind: Set(kind.code().to_owned()),
        })
        .exec_without_returning(db)
        .await?;
    }
    if let Some((mobile, email)) = p.contact {
        let some = |s: &str| (!s.is_empty()).then(|| s.to_owned());
        Account::insert(account::ActiveModel {
            personnummer: Set(number.to_owned()),
            activated_at: Set(now),
            mobile: Set(some(mobile)),
            email: Set(some(email)),
            notify_sms: Set(true),
            notify_email: Set(!email.is_empty()),
            share_contact: Set(false),
            updated_at: Set(now),
            reviewed_at: Set(None),
        })
        .exec_without_returning(db)
        .await?;
    }
    Ok(())
}

/// The account a guardian activated for `child` in proxy mode, and the guardian's own
/// notification settings for that child (§4).
async fn set_up_by_guardian(
    db: &impl ConnectionTrait,
    child: &str,
    guardian: &str,
    now: i64,
) -> Result<(), DbErr> {
    let then = now - SET_UP_DAYS_AGO * 86_400;
    Account::insert(account::ActiveModel {
        personnummer: Set(child.to_owned()),
        activated_at: Set(then),
        mobile: Set(None),
        email: Set(None),
        notify_sms: Set(false),
        notify_email: Set(false),
        share_contact: Set(false),
        updated_at: Set(then),
        reviewed_at: Set(None),
    })
    .exec_without_returning(db)
    .await?;
    let guardian_mobile = PEOPLE[1].contact.map(|(mobile, _)| mobile.to_owned());
    GuardianNotice::insert(guardian_notice::ActiveModel {
        child: Set(child.to_owned()),
        guardian: Set(guardian.to_owned()),
        notify_sms: Set(guardian_mobile.is_some()),
        mobile: Set(guardian_mobile),
        email: Set(None),
        notify_email: Set(false),
        updated_at: Set(then),
    })
    .exec_without_returning(db)
    .await?;
    Ok(())
}

/// The personas the picker offers, in the picker's order.
pub async fn personas(db: &impl ConnectionTrait) -> Result<Vec<Persona>, DbErr> {
    let chosen = TestPersona::find().all(db).await?;
    let people = Person::find()
        .filter(person::Column::Personnummer.is_in(chosen.iter().map(|c| c.personnummer.clone())))
        .all(db)
        .await?;
    let mut found: Vec<Persona> = chosen
        .into_iter()
        .filter_map(|c| {
            let kind = PersonaKind::from_code(&c.kind)?;
            let p = people.iter().find(|p| p.personnummer == c.personnummer)?;
            Some(Persona {
                kind,
                personnummer: p.personnummer.clone(),
                name: format!("{} {}", p.given_name, p.family_name),
            })
        })
        .collect();
    found.sort_by_key(|p| PersonaKind::ALL.iter().position(|k| *k == p.kind));
    Ok(found)
}
