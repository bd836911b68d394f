//! A guardian's notifications about one child's inbox (DOMAIN.md §4): in proxy mode the
//! guardian fills in their own mobile and/or e-mail under the child's settings, separately for
//! each child. The youth (13 and older) sees who is notified and may stop it; nothing is
//! cleared automatically when the child turns 13.

use samla_model::settings::ContactChoices;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    sea_query::OnConflict,
};

use crate::entities::{guardian_notice, person, prelude::*};

/// A guardian notified about the child's inbox, as the youth's settings show it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notified {
    pub guardian: String,
    pub name: String,
    pub mobile: Option<String>,
    pub email: Option<String>,
}

/// `guardian`'s settings for `child`, if they made any.
pub async fn load(
    db: &impl ConnectionTrait,
    child: &str,
    guardian: &str,
) -> Result<Option<guardian_notice::Model>, DbErr> {
    GuardianNotice::find_by_id((child.to_owned(), guardian.to_owned()))
        .one(db)
        .await
}

/// Saves `guardian`'s settings for `child` (whether they may is the caller's check: proxy mode).
pub async fn save(
    db: &impl ConnectionTrait,
    child: &str,
    guardian: &str,
    choices: &ContactChoices,
    now: i64,
) -> Result<(), DbErr> {
    GuardianNotice::insert(guardian_notice::ActiveModel {
        child: Set(child.to_owned()),
        guardian: Set(guardian.to_owned()),
        mobile: Set(choices.mobile.clone()),
        email: Set(choices.email.clone()),
        notify_sms: Set(choices.notify_sms),
        notify_email: Set(choices.notify_email),
        updated_at: Set(now),
    })
    .on_conflict(
        OnConflict::columns([
            guardian_notice::Column::Child,
            guardian_notice::Column::Guardian,
        ])
        .update_columns([
            guardian_notice::Column::Mobile,
            guardian_notice::Column::Email,
            guardian_notice::Column::NotifySms,
            guardian_notice::Column::NotifyEmail,
            guardian_notice::Column::UpdatedAt,
        ])
        .to_owned(),
    )
    .exec_without_returning(db)
    .await
    .map(drop)
}

/// The guardians notified about `child`'s inbox, by name (only those with a channel on).
pub async fn of_child(db: &impl ConnectionTrait, child: &str) -> Result<Vec<Notified>, DbErr> {
    let rows = GuardianNotice::find()
        .filter(guardian_notice::Column::Child.eq(child))
        .order_by_asc(guardian_notice::Column::Guardian)
        .all(db)
        .await?;
    let names = Person::find()
        .filter(person::Column::Personnummer.is_in(rows.iter().map(|r| r.guardian.clone())))
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .filter(|r| r.notify_sms && r.mobile.is_some() || r.notify_email && r.email.is_some())
        .map(|r| Notified {
            name: names
                .iter()
                .find(|p| p.personnummer == r.guardian)
                .map_or_else(String::new, |p| {
                    format!("{} {}", p.given_name, p.family_name)
                }),
            mobile: r.mobile.filter(|_| r.notify_sms),
            email: r.email.filter(|_| r.notify_email),
            guardian: r.guardian,
        })
        .collect())
}

/// The youth stops `guardian`'s notifications about their inbox; returns whether there were any.
pub async fn remove(db: &impl ConnectionTrait, child: &str, guardian: &str) -> Result<bool, DbErr> {
    let done = GuardianNotice::delete_by_id((child.to_owned(), guardian.to_owned()))
        .exec(db)
        .await?;
    Ok(done.rows_affected > 0)
}
