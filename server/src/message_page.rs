//! `GET /inkorg/{id}`: the read receipt is recorded before the page is rendered, so the
//! page's own header already counts the message as read (rendered together, the header's
//! count and the page's opening would race).

use axum::{
    body::Body,
    extract::{Path, State},
    http::Request,
    response::Response,
};
use samla_model::login::Viewer;

use crate::{AppState, notifier::unix_now, rerender::render};

pub const PATH: &str = "/inkorg/{id}";

pub async fn get(
    State(state): State<AppState>,
    Path(id): Path<String>,
    request: Request<Body>,
) -> Response {
    if let (Ok(id), Some(viewer)) = (id.parse::<i64>(), request.extensions().get::<Viewer>()) {
        // Only the owner's message is marked; anyone else's try changes nothing.
        if let Err(e) =
            samla_domain::inbox::open(&state.db, &viewer.personnummer, id, unix_now()).await
        {
            tracing::error!("read receipt: {e}");
        }
    }
    render(state, request).await
}
