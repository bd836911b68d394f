//! A citizen's settings (DOMAIN.md §3): name and address from the population register, which
//! the citizen cannot change here, and the contact details and choices only they may change.
//! A change of contact details queues one notification per channel in the same transaction:
//! to the address the citizen had before (so a change they did not make does not go
//! unnoticed), or to the new one when there was none — and only on a channel they opted into.

use samla_model::{
    notification::{Channel, Notice},
    settings::ContactChoices,
};
use sea_orm::{
    ActiveValue::Set, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, TransactionTrait,
};

use crate::{
    entities::{account, prelude::*},
    outbox::{self, Draft},
};

/// What the settings page shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Settings {
    pub given_name: String,
    pub family_name: String,
    /// `None` for a person with protected personal data: the address is never shown.
    pub address: Option<(String, String, String)>,
    pub mobile: Option<String>,
    pub email: Option<String>,
    pub notify_sms: bool,
    pub notify_email: bool,
    pub share_contact: bool,
}

pub async fn load(
    conn: &impl ConnectionTrait,
    personnummer: &str,
) -> Result<Option<Settings>, DbErr> {
    let (Some(person), Some(account)) = (
        Person::find_by_id(personnummer).one(conn).await?,
        Account::find_by_id(personnummer).one(conn).await?,
    ) else {
        return Ok(None);
    };
    Ok(Some(Settings {
        address: (!person.protected_identity).then_some((
            person.street,
            person.postal_code,
            person.city,
        )),
        given_name: person.given_name,
        family_name: person.family_name,
        mobile: account.mobile,
        email: account.email,
        notify_sms: account.notify_sms,
        notify_email: account.notify_email,
        share_contact: account.share_contact,
    }))
}

/// What saving did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Saved {
    Changed {
        notifications: usize,
    },
    Unchanged,
    /// No account (never logged in): nothing to change.
    NoAccount,
}

pub async fn save(
    db: &DatabaseConnection,
    personnummer: &str,
    choices: &ContactChoices,
    now: i64,
) -> Result<Saved, DbErr> {
    let txn = db.begin().await?;
    let Some(before) = Account::find_by_id(personnummer).one(&txn).await? else {
        return Ok(Saved::NoAccount);
    };
    let unchanged = before.mobile == choices.mobile
        && before.email == choices.email
        && before.notify_sms == choices.notify_sms
        && before.notify_email == choices.notify_email
        && before.share_contact == choices.share_contact;
    if unchanged {
        return Ok(Saved::Unchanged);
    }
    let mut notifications = 0;
    for (channel, old, new, was_on, is_on) in [
        (
            Channel::Sms,
            &before.mobile,
            &choices.mobile,
            before.notify_sms,
            choices.notify_sms,
        ),
        (
            Channel::Email,
            &before.email,
            &choices.email,
            before.notify_email,
            choices.notify_email,
        ),
    ] {
        if old == new {
            continue;
        }
        let to = old
            .as_ref()
            .filter(|_| was_on)
            .or(new.as_ref().filter(|_| is_on));
        if let Some(address) = to {
            outbox::enqueue(
                &txn,
                Draft {
                    personnummer,
                    channel,
                    address,
                    notice: Notice::DetailsChanged,
                },
                now,
            )
            .await?;
            notifications += 1;
        }
    }
    Account::update(account::ActiveModel {
        personnummer: Set(personnummer.to_owned()),
        mobile: Set(choices.mobile.clone()),
        email: Set(choices.email.clone()),
        notify_sms: Set(choices.notify_sms),
        notify_email: Set(choices.notify_email),
        share_contact: Set(choices.share_contact),
        updated_at: Set(now),
        activated_at: Set(before.activated_at),
        reviewed_at: Set(before.reviewed_at),
    })
    .exec(&txn)
    .await?;
    txn.commit().await?;
    Ok(Saved::Changed { notifications })
}
