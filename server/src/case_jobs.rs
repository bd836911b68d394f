//! The scheduled case jobs: reminders of unopened questions (`SAMLA_REMINDER_DAYS` after
//! they were sent), of medicines that run out soon and of unanswered invitations; retention, which deletes cases with
//! their files two years after they closed; and the clean-up of files uploaded but never
//! sent. Each run is bounded by the jobs' batch sizes; the next run takes what is left.

use std::time::Duration;

use samla_domain::attachments::records;
use samla_domain::file_store::FileStore;
use samla_domain::{DatabaseConnection, invitations, medicines, reminders, retention};

#[derive(Clone, Copy, Debug)]
pub struct CaseJobsConfig {
    /// `SAMLA_REMINDER_DAYS`: days before an unopened question gets its one reminder.
    pub reminder_days: u32,
    /// `SAMLA_CASE_JOBS_SECS`: how often the jobs run.
    pub every: Duration,
}

/// One run of the jobs at `now`; how many reminders were queued and cases deleted.
pub async fn run_once(
    db: &DatabaseConnection,
    files: &FileStore,
    config: CaseJobsConfig,
    now: i64,
) -> Result<(u64, usize), samla_domain::attachments::Error> {
    let reminded = reminders::queue_due(db, now, config.reminder_days).await?
        + medicines::queue_run_out_reminders(db, now).await?
        + invitations::remind_due(db, now).await?;
    records::purge_pending(db, files, now).await?;
    let mut deleted = 0;
    // At most ten batches a run, so one run never holds the database for long.
    for _ in 0..10 {
        let batch = retention::purge_batch(db, files, now).await?;
        deleted += batch.len();
        if (batch.len() as u64) < retention::BATCH {
            break;
        }
    }
    Ok((reminded, deleted))
}

pub fn spawn(db: DatabaseConnection, files: FileStore, config: CaseJobsConfig) {
    tokio::spawn(async move {
        loop {
            match run_once(&db, &files, config, crate::notifier::unix_now()).await {
                Ok((0, 0)) => {}
                Ok((reminded, deleted)) => tracing::info!(reminded, deleted, "case jobs"),
                Err(e) => tracing::error!("case jobs: {e}"),
            }
            tokio::time::sleep(config.every).await;
        }
    });
}
