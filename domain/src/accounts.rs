//! Accounts: the first login activates the citizen's e-services and counts as consent to
//! digital communication with care, recorded with the time and the version of the text shown
//! (DOMAIN.md §2). The activation is told by letter, queued in the same transaction: there is
//! no mobile or e-mail yet to notify.

use sea_orm::{
    ActiveValue::Set, DatabaseConnection, DbErr, EntityTrait, TransactionTrait,
    sea_query::OnConflict,
};

use samla_model::notification::{Channel, Notice};

use crate::{
    entities::{account, consent, prelude::*},
    outbox,
};

/// The version of the consent text the login page shows (`login_consent` in the catalogues).
pub const CONSENT_TEXT_VERSION: &str = "2026-12-01";

/// Activates the account at the first login; returns whether this was the first. Two first
/// logins at once (two tabs) activate it once, with one consent.
pub async fn activate_on_login(
    db: &DatabaseConnection,
    personnummer: &str,
    now: i64,
) -> Result<bool, DbErr> {
    let txn = db.begin().await?;
    let created = Account::insert(account::ActiveModel {
        personnummer: Set(personnummer.to_owned()),
        activated_at: Set(now),
        mobile: Set(None),
        email: Set(None),
        notify_sms: Set(false),
        notify_email: Set(false),
        share_contact: Set(false),
        updated_at: Set(now),
        reviewed_at: Set(None),
    })
    .on_conflict(
        OnConflict::column(account::Column::Personnummer)
            .do_nothing()
            .to_owned(),
    )
    .exec_without_returning(&txn)
    .await?;
    if created == 0 {
        txn.commit().await?;
        return Ok(false);
    }
    Consent::insert(consent::ActiveModel {
        personnummer: Set(personnummer.to_owned()),
        text_version: Set(CONSENT_TEXT_VERSION.to_owned()),
        given_at: Set(now),
        ..Default::default()
    })
    .exec_without_returning(&txn)
    .await?;
    let address = outbox::postal_address(&txn, personnummer).await?;
    outbox::enqueue(
        &txn,
        outbox::Draft {
            personnummer,
            channel: Channel::Postal,
            address: &address,
            notice: Notice::AccountActivated,
        },
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(true)
}

/// What a login made: the new session's id (for the cookie only), and whether the citizen is
/// to review their settings first (a youth's first login after turning 13, DOMAIN.md §4).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoggedIn {
    pub session: String,
    pub review_settings: bool,
}

/// A completed login, however the citizen identified: the browser's old session (if any) ends,
/// the first login activates the account, and a new session opens — a new id at every login,
/// so an id planted before login is worth nothing after it.
pub async fn log_in(
    db: &DatabaseConnection,
    personnummer: &str,
    old_session: Option<&str>,
    now: i64,
) -> Result<LoggedIn, DbErr> {
    if let Some(old) = old_session {
        crate::sessions::end(db, old, now).await?;
    }
    activate_on_login(db, personnummer, now).await?;
    Ok(LoggedIn {
        session: crate::sessions::open(db, personnummer, now).await?,
        review_settings: crate::proxy::review_due_at_login(db, personnummer, now).await?,
    })
}

/// The citizen confirms they have reviewed their settings (asked at the first login after
/// turning 13, DOMAIN.md §4); saving the settings counts too.
pub async fn mark_reviewed(
    db: &impl sea_orm::ConnectionTrait,
    personnummer: &str,
    now: i64,
) -> Result<(), DbErr> {
    use sea_orm::{ColumnTrait, QueryFilter, sea_query::Expr};
    Account::update_many()
        .col_expr(account::Column::ReviewedAt, Expr::value(now))
        .filter(account::Column::Personnummer.eq(personnummer))
        .exec(db)
        .await
        .map(drop)
}

/// A person the e-ID vouched for who is not in the register copy (a real broker knows more
/// people than the demo register): added with the names the e-ID gave and no address.
pub async fn ensure_person(
    db: &DatabaseConnection,
    personnummer: &str,
    given_name: &str,
    family_name: &str,
) -> Result<(), DbErr> {
    Person::insert(crate::entities::person::ActiveModel {
        personnummer: Set(personnummer.to_owned()),
        given_name: Set(given_name.to_owned()),
        family_name: Set(family_name.to_owned()),
        street: Set(String::new()),
        postal_code: Set(String::new()),
        city: Set(String::new()),
        protected_identity: Set(false),
    })
    .on_conflict(
        OnConflict::column(crate::entities::person::Column::Personnummer)
            .do_nothing()
            .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    Ok(())
}
