//! The notification worker: drains the outbox (`samla_domain::outbox`) through the sender of
//! each channel — SMTP for e-mail and an HTTP gateway for SMS when configured, else the log
//! sender, which only writes a line (addresses masked). Each send has a time limit; a failure
//! is retried with back-off; a worker that dies leaves its rows to be claimed again when the
//! lease runs out, and the idempotency key lets the receiver drop a repeat.

mod sms;
mod smtp;

use std::time::Duration;

use samla_domain::{DatabaseConnection, outbox};
use samla_model::notification::Channel;

/// `SAMLA_SMTP_URL`, `SAMLA_SMTP_FROM`, `SAMLA_SMS_URL`, `SAMLA_SMS_TOKEN`,
/// `SAMLA_OUTBOX_RETRY_SECS`, `SAMLA_OUTBOX_LEASE_SECS`, `SAMLA_OUTBOX_POLL_MS`.
#[derive(Clone, Debug)]
pub struct NotifyConfig {
    /// `smtp://host:port` (plain, for a local relay), `smtp://host?tls=required` or
    /// `smtps://user:password@host`.
    pub smtp_url: Option<String>,
    pub smtp_from: String,
    /// The SMS gateway: a POST of `{"to","text"}` as JSON with an `Idempotency-Key` header.
    pub sms_url: Option<String>,
    /// Sent as `Authorization: Bearer …` when set.
    pub sms_token: Option<String>,
    /// The wait after the first failed attempt; it doubles, up to an hour.
    pub retry_secs: i64,
    /// How long a claimed notification is a worker's before another may take it.
    pub lease_secs: i64,
    pub poll: Duration,
}

/// The longest one send may take before it counts as failed.
const SEND_LIMIT: Duration = Duration::from_secs(30);
/// How many notifications one claim takes.
const BATCH: u64 = 20;

struct Senders {
    smtp: Option<smtp::SmtpSender>,
    sms: Option<sms::SmsSender>,
}

/// Starts the worker; it runs until the process ends.
pub fn spawn(db: DatabaseConnection, config: NotifyConfig) -> Result<(), String> {
    let senders = Senders {
        smtp: config
            .smtp_url
            .as_deref()
            .map(|url| smtp::SmtpSender::new(url, &config.smtp_from))
            .transpose()?,
        sms: config
            .sms_url
            .as_deref()
            .map(|url| sms::SmsSender::new(url, config.sms_token.clone()))
            .transpose()?,
    };
    tokio::spawn(async move {
        loop {
            let now = unix_now();
            match outbox::claim(&db, now, config.lease_secs, BATCH).await {
                Ok(jobs) if !jobs.is_empty() => {
                    for job in jobs {
                        deliver(&db, &senders, &job, config.retry_secs).await;
                    }
                }
                Ok(_) => tokio::time::sleep(config.poll).await,
                Err(e) => {
                    tracing::error!("outbox: cannot claim: {e}");
                    tokio::time::sleep(config.poll).await;
                }
            }
        }
    });
    Ok(())
}

async fn deliver(db: &DatabaseConnection, senders: &Senders, job: &outbox::Job, retry_secs: i64) {
    let sent = tokio::time::timeout(SEND_LIMIT, send(senders, job))
        .await
        .unwrap_or_else(|_| Err("timed out".into()));
    let marked = match &sent {
        Ok(()) => outbox::mark_sent(db, job.id, unix_now()).await,
        Err(e) => {
            tracing::warn!(
                id = job.id,
                attempt = job.attempts,
                "notification not sent: {e}"
            );
            outbox::mark_failed(db, job, e, retry_secs, unix_now()).await
        }
    };
    if let Err(e) = marked {
        // The lease runs out and the row is claimed again; the key keeps it from doubling.
        tracing::error!(id = job.id, "outbox: cannot mark: {e}");
    }
}

async fn send(senders: &Senders, job: &outbox::Job) -> Result<(), String> {
    match (job.channel, &senders.smtp, &senders.sms) {
        (Channel::Email, Some(smtp), _) => smtp.send(job).await,
        (Channel::Sms, _, Some(sms)) => sms.send(job).await,
        (channel, _, _) => {
            tracing::info!(
                id = job.id,
                channel = channel.code(),
                to = %masked(&job.address),
                key = %job.key,
                "notification (log sender)"
            );
            Ok(())
        }
    }
}

/// The address with most of it hidden, for the log.
fn masked(address: &str) -> String {
    let chars: Vec<char> = address.chars().collect();
    let keep = chars.len().min(3);
    format!(
        "…{}",
        chars[chars.len() - keep..].iter().collect::<String>()
    )
}

pub fn unix_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_log_shows_only_the_end_of_an_address() {
        assert_eq!(super::masked("+46701234567"), "…567");
        assert_eq!(super::masked("a@b"), "…a@b");
        assert_eq!(super::masked(""), "…");
    }
}
