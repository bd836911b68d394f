//! The notification outbox (DOMAIN.md §3). A notification is queued in the same transaction as
//! the event it tells of, so neither exists without the other; a worker claims due rows, sends
//! each with its idempotency key and marks it sent, or due again after a back-off. Claiming
//! takes a lease: rows of a worker that died are claimed again once the lease has run out.
//! On PostgreSQL several workers claim with `FOR UPDATE SKIP LOCKED`; on SQLite one runs.

use samla_model::notification::{Channel, Notice};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, DbBackend, DbErr,
    EntityTrait, QueryFilter, QueryOrder, QuerySelect, Statement, sea_query::Expr,
};

use crate::entities::{guardian_notice, outbox, prelude::*};

/// Sending is given up after this many attempts (about a day of back-off).
pub const MAX_ATTEMPTS: i32 = 12;
/// The longest wait between two attempts.
const MAX_BACKOFF_SECS: i64 = 3600;
/// The longest error text kept.
const ERROR_MAX: usize = 500;

/// A notification to queue.
pub struct Draft<'a> {
    pub personnummer: &'a str,
    pub channel: Channel,
    pub address: &'a str,
    pub notice: Notice,
}

/// A claimed notification, to send.
#[derive(Clone, Debug, PartialEq)]
pub struct Job {
    pub id: i64,
    pub key: String,
    pub channel: Channel,
    pub address: String,
    pub subject: String,
    pub body: String,
    /// Counting this one.
    pub attempts: i32,
}

/// Queues `draft` on `conn` — the transaction of the event it tells of.
pub async fn enqueue(conn: &impl ConnectionTrait, draft: Draft<'_>, now: i64) -> Result<(), DbErr> {
    let key = format!(
        "{}-{}-{}",
        draft.notice.code(),
        draft.channel.code(),
        crate::secrets::random_token()
    );
    Outbox::insert(outbox::ActiveModel {
        idempotency_key: Set(key),
        personnummer: Set(draft.personnummer.to_owned()),
        channel: Set(draft.channel.code().to_owned()),
        address: Set(draft.address.to_owned()),
        notice: Set(draft.notice.code().to_owned()),
        subject: Set(draft.notice.subject().to_owned()),
        body: Set(draft.notice.text(draft.channel).to_owned()),
        status: Set("queued".to_owned()),
        attempts: Set(0),
        next_attempt_at: Set(now),
        claimed_until: Set(None),
        sent_at: Set(None),
        last_error: Set(None),
        created_at: Set(now),
        ..Default::default()
    })
    .exec_without_returning(conn)
    .await?;
    Ok(())
}

/// Where a letter to `personnummer` goes: the registered address, or through Skatteverket,
/// which forwards letters to people with protected personal data.
pub async fn postal_address(
    conn: &impl ConnectionTrait,
    personnummer: &str,
) -> Result<String, DbErr> {
    Ok(match Person::find_by_id(personnummer).one(conn).await? {
        Some(person) if person.protected_identity => "via Skatteverket".to_owned(),
        Some(person) => format!("{}, {} {}", person.street, person.postal_code, person.city),
        None => "okänd adress".to_owned(),
    })
}

/// Tells `personnummer` of `notice` on `conn` (the event's transaction): once on each channel
/// they opted into (§3); by letter when they have no active account and nobody else is told.
/// A new message or its reminder is told also to each guardian who filled in their own
/// contact details under this child's settings (§4), on the guardian's channels. Returns how
/// many were queued — none for a citizen with an account who chose no notifications.
pub async fn notify_person(
    conn: &impl ConnectionTrait,
    personnummer: &str,
    notice: Notice,
    now: i64,
) -> Result<u32, DbErr> {
    let account = Account::find_by_id(personnummer).one(conn).await?;
    let guardians = if matches!(notice, Notice::NewMessage | Notice::Reminder) {
        GuardianNotice::find()
            .filter(guardian_notice::Column::Child.eq(personnummer))
            .all(conn)
            .await?
    } else {
        Vec::new()
    };
    let mut channels: Vec<(&str, Channel, &Option<String>)> = Vec::new();
    if let Some(account) = &account {
        channels.extend(
            [
                (Channel::Sms, account.notify_sms, &account.mobile),
                (Channel::Email, account.notify_email, &account.email),
            ]
            .into_iter()
            .filter(|(_, on, _)| *on)
            .map(|(channel, _, address)| (personnummer, channel, address)),
        );
    }
    for g in &guardians {
        channels.extend(
            [
                (Channel::Sms, g.notify_sms, &g.mobile),
                (Channel::Email, g.notify_email, &g.email),
            ]
            .into_iter()
            .filter(|(_, on, _)| *on)
            .map(|(channel, _, address)| (g.guardian.as_str(), channel, address)),
        );
    }
    let mut queued = 0;
    for (to, channel, address) in channels {
        if let Some(address) = address {
            let draft = Draft {
                personnummer: to,
                channel,
                address,
                notice,
            };
            enqueue(conn, draft, now).await?;
            queued += 1;
        }
    }
    if account.is_none() && queued == 0 {
        let address = postal_address(conn, personnummer).await?;
        let draft = Draft {
            personnummer,
            channel: Channel::Postal,
            address: &address,
            notice,
        };
        enqueue(conn, draft, now).await?;
        queued = 1;
    }
    Ok(queued)
}

/// Claims up to `limit` due notifications for `lease_secs`, counting an attempt for each.
pub async fn claim(
    db: &DatabaseConnection,
    now: i64,
    lease_secs: i64,
    limit: u64,
) -> Result<Vec<Job>, DbErr> {
    let backend = db.get_database_backend();
    let sql = match backend {
        DbBackend::Postgres => {
            "UPDATE outbox SET claimed_until = $1, attempts = attempts + 1 WHERE id IN \
             (SELECT id FROM outbox WHERE status = 'queued' AND next_attempt_at <= $2 \
              AND (claimed_until IS NULL OR claimed_until <= $2) ORDER BY id LIMIT $3 \
              FOR UPDATE SKIP LOCKED) \
             RETURNING id, idempotency_key, channel, address, subject, body, attempts"
        }
        _ => {
            "UPDATE outbox SET claimed_until = ?, attempts = attempts + 1 WHERE id IN \
             (SELECT id FROM outbox WHERE status = 'queued' AND next_attempt_at <= ? \
              AND (claimed_until IS NULL OR claimed_until <= ?) ORDER BY id LIMIT ?) \
             RETURNING id, idempotency_key, channel, address, subject, body, attempts"
        }
    };
    let limit = limit.min(100) as i64;
    let values: Vec<sea_orm::Value> = match backend {
        DbBackend::Postgres => vec![(now + lease_secs).into(), now.into(), limit.into()],
        _ => vec![
            (now + lease_secs).into(),
            now.into(),
            now.into(),
            limit.into(),
        ],
    };
    let rows = db
        .query_all_raw(Statement::from_sql_and_values(backend, sql, values))
        .await?;
    let mut jobs = rows
        .into_iter()
        .map(|row| {
            let channel: String = row.try_get("", "channel")?;
            Ok(Job {
                id: row.try_get("", "id")?,
                key: row.try_get("", "idempotency_key")?,
                channel: Channel::from_code(&channel).unwrap_or(Channel::Postal),
                address: row.try_get("", "address")?,
                subject: row.try_get("", "subject")?,
                body: row.try_get("", "body")?,
                attempts: row.try_get("", "attempts")?,
            })
        })
        .collect::<Result<Vec<_>, DbErr>>()?;
    jobs.sort_by_key(|job| job.id);
    Ok(jobs)
}

pub async fn mark_sent(db: &impl ConnectionTrait, id: i64, now: i64) -> Result<(), DbErr> {
    Outbox::update_many()
        .col_expr(outbox::Column::Status, Expr::value("sent"))
        .col_expr(outbox::Column::SentAt, Expr::value(now))
        .col_expr(
            outbox::Column::ClaimedUntil,
            Expr::value(Option::<i64>::None),
        )
        .filter(outbox::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// Marks a failed attempt: due again after a back-off that doubles from `base_secs`, or given
/// up after `MAX_ATTEMPTS`.
pub async fn mark_failed(
    db: &impl ConnectionTrait,
    job: &Job,
    error: &str,
    base_secs: i64,
    now: i64,
) -> Result<(), DbErr> {
    let given_up = job.attempts >= MAX_ATTEMPTS;
    let error: String = error.chars().take(ERROR_MAX).collect();
    Outbox::update_many()
        .col_expr(
            outbox::Column::Status,
            Expr::value(if given_up { "failed" } else { "queued" }),
        )
        .col_expr(
            outbox::Column::NextAttemptAt,
            Expr::value(now + backoff_secs(base_secs, job.attempts)),
        )
        .col_expr(
            outbox::Column::ClaimedUntil,
            Expr::value(Option::<i64>::None),
        )
        .col_expr(outbox::Column::LastError, Expr::value(error))
        .filter(outbox::Column::Id.eq(job.id))
        .exec(db)
        .await?;
    Ok(())
}

/// `base_secs` after the first attempt, doubling, at most an hour.
pub fn backoff_secs(base_secs: i64, attempts: i32) -> i64 {
    let doublings = attempts.clamp(1, 20) as u32 - 1;
    base_secs
        .max(1)
        .saturating_mul(1_i64 << doublings)
        .min(MAX_BACKOFF_SECS)
}

/// The latest `limit` notifications to `personnummer`, oldest first (what was sent to whom).
pub async fn latest_of(
    conn: &impl ConnectionTrait,
    personnummer: &str,
    limit: u64,
) -> Result<Vec<outbox::Model>, DbErr> {
    let mut rows = Outbox::find()
        .filter(outbox::Column::Personnummer.eq(personnummer))
        .order_by_desc(outbox::Column::Id)
        .limit(limit.min(100))
        .all(conn)
        .await?;
    rows.reverse();
    Ok(rows)
}
