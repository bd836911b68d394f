//! Acting for a child (ombud, DOMAIN.md §4). A guardian chooses one of their children under 13;
//! the session then acts for that child until the guardian goes back to their own pages. The
//! rule is asked again on every lookup of the session, so a child who turns 13, or a guardian
//! or child who gets protected personal data, ends proxy mode at once. Time is passed in.

use chrono::{Datelike, NaiveDate};
use samla_model::personnummer::Personnummer;
use samla_model::proxy::{PROXY_UNTIL_AGE, Refusal, refusal, review_due};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, sea_query::Expr,
};

use crate::entities::{guardian_notice, guardianship, person, prelude::*, session};
use crate::secrets::hash;
use crate::swedish_date::local_date;

/// A child as the guardian's choice shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Child {
    pub personnummer: String,
    pub given_name: String,
    pub family_name: String,
    pub age: u32,
}

/// The guardian's children: those they may act for now, youngest first, and whether the
/// register has others they may not act for (the page then explains the rule in general).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Children {
    pub offered: Vec<Child>,
    pub others: bool,
}

/// A guardian has at most this many children read (the register's families are far smaller).
const CHILDREN_MAX: u64 = 30;

fn age_on(personnummer: &str, today: NaiveDate) -> u32 {
    Personnummer::parse(personnummer)
        .map_or(0, |n| n.age_on(today.year(), today.month(), today.day()))
}

/// The children `guardian` may act for at `now`. Someone who is nobody's guardian costs one
/// query (the personal start page asks this of everyone).
pub async fn children(
    db: &impl ConnectionTrait,
    guardian: &str,
    now: i64,
) -> Result<Children, DbErr> {
    let numbers: Vec<String> = Guardianship::find()
        .filter(guardianship::Column::Guardian.eq(guardian))
        .paginate(db, CHILDREN_MAX)
        .fetch_page(0)
        .await?
        .into_iter()
        .map(|g| g.child)
        .collect();
    if numbers.is_empty() {
        return Ok(Children::default());
    }
    let Some(me) = Person::find_by_id(guardian).one(db).await? else {
        return Ok(Children::default());
    };
    let today = local_date(now);
    let mut found = Children::default();
    for child in Person::find()
        .filter(person::Column::Personnummer.is_in(numbers.clone()))
        .all(db)
        .await?
    {
        let age = age_on(&child.personnummer, today);
        if refusal(me.protected_identity, child.protected_identity, age).is_some() {
            continue;
        }
        found.offered.push(Child {
            personnummer: child.personnummer,
            given_name: child.given_name,
            family_name: child.family_name,
            age,
        });
    }
    // Refused, or not in the register copy: not offered.
    found.others = found.offered.len() < numbers.len();
    found.offered.sort_by_key(|c| (c.age, c.given_name.clone()));
    Ok(found)
}

/// Whether `guardian` may act for `child` at `now`, and the child if so.
pub async fn may_act(
    db: &impl ConnectionTrait,
    guardian: &str,
    child: &str,
    now: i64,
) -> Result<Result<Child, Refusal>, DbErr> {
    let related = Guardianship::find_by_id((guardian.to_owned(), child.to_owned()))
        .one(db)
        .await?
        .is_some();
    let (Some(me), Some(them), true) = (
        Person::find_by_id(guardian).one(db).await?,
        Person::find_by_id(child).one(db).await?,
        related,
    ) else {
        return Ok(Err(Refusal::NotGuardian));
    };
    let age = age_on(child, local_date(now));
    Ok(
        match refusal(me.protected_identity, them.protected_identity, age) {
            Some(why) => Err(why),
            None => Ok(Child {
                personnummer: them.personnummer,
                given_name: them.given_name,
                family_name: them.family_name,
                age,
            }),
        },
    )
}

/// Starts acting for `child` in the live session `session_id` of `guardian`. The first time
/// activates the child's e-services (the guardian does it for them, §4 source 004).
pub async fn start(
    db: &DatabaseConnection,
    session_id: &str,
    guardian: &str,
    child: &str,
    now: i64,
) -> Result<Result<Child, Refusal>, DbErr> {
    let child = match may_act(db, guardian, child, now).await? {
        Ok(child) => child,
        Err(why) => return Ok(Err(why)),
    };
    crate::accounts::activate_on_login(db, &child.personnummer, now).await?;
    set_acting_for(db, session_id, guardian, Some(&child.personnummer)).await?;
    Ok(Ok(child))
}

/// Goes back to the guardian's own pages.
pub async fn stop(
    db: &impl ConnectionTrait,
    session_id: &str,
    guardian: &str,
) -> Result<(), DbErr> {
    set_acting_for(db, session_id, guardian, None).await
}

async fn set_acting_for(
    db: &impl ConnectionTrait,
    session_id: &str,
    guardian: &str,
    child: Option<&str>,
) -> Result<(), DbErr> {
    Session::update_many()
        .col_expr(
            session::Column::ActingFor,
            Expr::value(child.map(str::to_owned)),
        )
        .filter(session::Column::IdHash.eq(hash(session_id)))
        .filter(session::Column::Personnummer.eq(guardian))
        .filter(session::Column::EndedAt.is_null())
        .exec(db)
        .await
        .map(drop)
}

/// Whether `personnummer` is to be asked to review their settings at this login (§4: the
/// first login after turning 13, when a guardian set up their e-services or is notified).
pub async fn review_due_at_login(
    db: &impl ConnectionTrait,
    personnummer: &str,
    now: i64,
) -> Result<bool, DbErr> {
    let Ok(number) = Personnummer::parse(personnummer) else {
        return Ok(false);
    };
    let today = local_date(now);
    let age = number.age_on(today.year(), today.month(), today.day());
    if age < PROXY_UNTIL_AGE {
        return Ok(false);
    }
    let Some(account) = Account::find_by_id(personnummer).one(db).await? else {
        return Ok(false);
    };
    let (year, month, day) = number.birth_date();
    let thirteenth = NaiveDate::from_ymd_opt(year + PROXY_UNTIL_AGE as i32, month, day)
        .or_else(|| NaiveDate::from_ymd_opt(year + PROXY_UNTIL_AGE as i32, 3, 1))
        .map_or(0, crate::booking::day_start);
    let notified = GuardianNotice::find()
        .filter(guardian_notice::Column::Child.eq(personnummer))
        .count(db)
        .await?
        > 0;
    Ok(review_due(
        age,
        thirteenth,
        account.activated_at,
        notified,
        account.reviewed_at,
    ))
}
