//! The access log's entry for a citizen reading their own data through one of the server's
//! own routes (a file, a certificate's PDF); the server functions have `api::request::log_own_read`.

use samla_domain::DbErr;
use samla_domain::access_log::{self, Reader};
use samla_model::access::Resource;
use samla_model::login::Viewer;

use crate::AppState;

pub async fn record(state: &AppState, viewer: &Viewer, resource: Resource) -> Result<(), DbErr> {
    let reader = Reader::of(viewer);
    access_log::record_read(
        &state.db,
        &state.reads,
        &viewer.personnummer,
        &reader,
        resource,
        crate::notifier::unix_now(),
    )
    .await
}
