//! At most `SAMLA_MAX_IN_FLIGHT` requests are worked on at once (default: four per core); the
//! rest wait their turn in arrival order (tokio's semaphore is fair). Under a burst this keeps
//! each request's work short and its memory bounded, instead of every request in flight
//! sharing the cores and all finishing late. A request that has waited `MAX_WAIT` gets 503
//! with `Retry-After` instead of waiting on: an overloaded server says so. Health checks and
//! the static bundle skip the queue, and so do uploads, which have their own. Every response says how long it waited and how long it was worked on until its head
//! was sent (`Server-Timing: queue;dur=…, app;dur=…`, milliseconds); a page renders completely
//! before its head (`SsrMode::Async`), so `app` is its whole server time. Browsers show it in
//! their network panel; the find-care benchmark reads it.

use std::{
    sync::Arc,
    time::{Duration, Instant},
};

use axum::{
    extract::{Request, State},
    http::{HeaderValue, StatusCode, header},
    middleware::Next,
    response::{IntoResponse, Response},
};
use tokio::sync::Semaphore;

/// The longest a request waits for its turn.
pub const MAX_WAIT: Duration = Duration::from_secs(10);

#[derive(Clone)]
pub struct WorkQueue {
    turns: Arc<Semaphore>,
    max_wait: Duration,
}

impl WorkQueue {
    pub fn new(in_flight: usize) -> WorkQueue {
        WorkQueue {
            turns: Arc::new(Semaphore::new(in_flight.max(1))),
            max_wait: MAX_WAIT,
        }
    }

    /// The same queue with another longest wait (tests).
    pub fn with_max_wait(self, max_wait: Duration) -> WorkQueue {
        WorkQueue { max_wait, ..self }
    }
}

pub async fn take_turns(State(queue): State<WorkQueue>, request: Request, next: Next) -> Response {
    let arrived = Instant::now();
    let path = request.uri().path();
    // Uploads have a queue of their own (`form_upload`): a slow sender must not hold a turn.
    let _turn = if path == "/healthz"
        || path.starts_with("/pkg/")
        || crate::security::body_limit::takes_files(request.method(), path)
    {
        None
    } else {
        match tokio::time::timeout(queue.max_wait, queue.turns.clone().acquire_owned()).await {
            Ok(turn) => turn.ok(),
            Err(_) => return too_busy(),
        }
    };
    let started = Instant::now();
    let mut response = next.run(request).await;
    let ms = |from: Instant, to: Instant| (to - from).as_secs_f64() * 1000.0;
    let timing = format!(
        "queue;dur={:.3}, app;dur={:.3}",
        ms(arrived, started),
        ms(started, Instant::now())
    );
    if let Ok(value) = HeaderValue::from_str(&timing) {
        response.headers_mut().insert("server-timing", value);
    }
    response
}

/// Plain text in both languages: the language is not known before the request is read.
fn too_busy() -> Response {
    let text = |lang| samla_app::i18n::texts(lang).too_busy;
    let body = format!(
        "{}\n{}\n",
        text(samla_model::Lang::Sv),
        text(samla_model::Lang::En)
    );
    (
        StatusCode::SERVICE_UNAVAILABLE,
        [(header::RETRY_AFTER, "5")],
        body,
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use axum::{Router, body::Body, http::Request, middleware::from_fn_with_state, routing::get};
    use tower::ServiceExt;

    use super::{WorkQueue, take_turns};

    fn timing(response: &axum::response::Response, metric: &str) -> f64 {
        let value = response.headers()["server-timing"].to_str().unwrap();
        value
            .split(", ")
            .find_map(|m| m.strip_prefix(&format!("{metric};dur=")))
            .unwrap()
            .parse()
            .unwrap()
    }

    #[tokio::test]
    async fn one_at_a_time_the_second_waits_and_both_say_for_how_long() {
        let app = Router::new()
            .route(
                "/",
                get(|| async {
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    "ok"
                }),
            )
            .layer(from_fn_with_state(WorkQueue::new(1), take_turns));
        let call = || {
            app.clone()
                .oneshot(Request::get("/").body(Body::empty()).unwrap())
        };
        let (first, second) = tokio::join!(call(), call());
        let (first, second) = (first.unwrap(), second.unwrap());
        let waited = timing(&first, "queue").max(timing(&second, "queue"));
        assert!(waited >= 40.0, "one waited for the other: {waited} ms");
        assert!(timing(&first, "app") >= 45.0 && timing(&second, "app") >= 45.0);
    }

    #[tokio::test]
    async fn a_request_that_waits_too_long_is_told_the_server_is_busy() {
        let queue = WorkQueue::new(1).with_max_wait(Duration::from_millis(20));
        let app = Router::new()
            .route(
                "/",
                get(|| async {
                    tokio::time::sleep(Duration::from_millis(200)).await;
                    "ok"
                }),
            )
            .route("/healthz", get(|| async { "ok" }))
            .layer(from_fn_with_state(queue, take_turns));
        let call = |path: &str| {
            app.clone()
                .oneshot(Request::get(path).body(Body::empty()).unwrap())
        };
        let (first, second, health) = tokio::join!(call("/"), call("/"), async {
            tokio::time::sleep(Duration::from_millis(50)).await;
            call("/healthz").await
        });
        let mut statuses = [first.unwrap(), second.unwrap()];
        statuses.sort_by_key(|r| r.status());
        let [served, refused] = statuses;
        assert_eq!(served.status(), 200);
        assert_eq!(refused.status(), 503);
        assert_eq!(refused.headers()["retry-after"], "5");
        let body = axum::body::to_bytes(refused.into_body(), 1000)
            .await
            .unwrap();
        let body = String::from_utf8(body.to_vec()).unwrap();
        assert!(
            body.contains("Försök igen") && body.contains("try again"),
            "{body}"
        );
        // Health checks never wait in the queue.
        assert_eq!(health.unwrap().status(), 200);
    }
}
