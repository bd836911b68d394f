//! Keeps this instance's catalogue indexes in step with the database: a task that checks the
//! catalogue's version every poll interval and rebuilds when it changed. A check is one read of
//! one row; a failed one is logged and tried again at the next tick.

use std::{sync::Arc, time::Duration};

use samla_domain::{DatabaseConnection, catalogue::Catalogue};

pub fn spawn(catalogue: Arc<Catalogue>, db: DatabaseConnection, every: Duration) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(every);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tick.tick().await;
            match catalogue.refresh(&db).await {
                Ok(true) => tracing::info!(
                    version = catalogue.current().version,
                    "catalogue changed: indexes rebuilt"
                ),
                Ok(false) => {}
                Err(e) => tracing::warn!("catalogue check failed: {e}"),
            }
        }
    });
}
