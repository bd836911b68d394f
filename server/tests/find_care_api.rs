//! `/api/find_care` as any client may call it: bounded work, and a specific 400 for bad input.

mod support;

use std::time::Instant;

use axum::{
    body::Body,
    http::{Request, StatusCode, header},
};
use support::{app, send, text};

/// A find-care call as the browser encodes it; `fields` are the query's own.
fn find_care(fields: &[(&str, &str)]) -> Request<Body> {
    let mut body = String::new();
    for (key, value) in fields {
        body.push_str(&format!("query[{key}]={value}&"));
    }
    body.push_str("query[page]=1&lang=Sv");
    Request::post("/api/find_care")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::ACCEPT, "application/json")
        .body(Body::from(body))
        .unwrap()
}

const EMPTY: [(&str, &str); 7] = [
    ("q", ""),
    ("place", ""),
    ("condition", ""),
    ("region", ""),
    ("kind", ""),
    ("open_now", "false"),
    ("online_booking", "false"),
];

fn with(overrides: &[(&'static str, &str)]) -> Vec<(&'static str, String)> {
    let mut fields: Vec<(&'static str, String)> =
        EMPTY.iter().map(|(k, v)| (*k, v.to_string())).collect();
    for (key, value) in overrides {
        match fields.iter_mut().find(|(k, _)| k == key) {
            Some(field) => field.1 = value.to_string(),
            None => fields.push((key, value.to_string())),
        }
    }
    fields
}

async fn call(overrides: &[(&'static str, &str)]) -> (StatusCode, String) {
    let fields = with(overrides);
    let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let response = send(&app().await, find_care(&pairs)).await;
    (response.status(), text(response).await)
}

#[tokio::test]
async fn a_plain_search_answers() {
    let (status, body) = call(&[("q", "Lund")]).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert!(body.contains("\"hits\""), "{body}");
}

#[tokio::test]
async fn an_800_kb_query_is_refused_at_once_with_its_reason() {
    let huge = "ab+".repeat(800_000 / 3);
    let started = Instant::now();
    let (status, body) = call(&[("q", &huge)]).await;
    let took = started.elapsed();
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(
        body.contains("Sökningen är för lång. Skriv högst 200 tecken i varje fält."),
        "{body}"
    );
    // Not a timing target, a sanity bound: the old code needed 86 s for this request.
    assert!(took.as_secs() < 20, "took {took:?}");
}

#[tokio::test]
async fn impossible_positions_are_refused_not_a_panic() {
    for (lat, lon) in [
        ("NaN", "18.0"),
        ("1e308", "18.0"),
        ("59.3", "inf"),
        ("91", "18"),
    ] {
        let (status, body) = call(&[("lat", lat), ("lon", lon)]).await;
        assert_eq!(
            status,
            StatusCode::BAD_REQUEST,
            "lat={lat} lon={lon}: {body}"
        );
        assert!(
            body.contains("Positionen går inte att använda."),
            "lat={lat}: {body}"
        );
    }
    let (status, _) = call(&[("lat", "59.3"), ("lon", "18.0")]).await;
    assert_eq!(status, StatusCode::OK);
}

#[tokio::test]
async fn arguments_that_do_not_parse_answer_400() {
    let (status, body) = call(&[("open_now", "perhaps")]).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
    let request = Request::post("/api/find_care")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from("lang=Klingon"))
        .unwrap();
    assert_eq!(
        send(&app().await, request).await.status(),
        StatusCode::BAD_REQUEST
    );
}

#[tokio::test]
async fn the_message_follows_the_chosen_language() {
    let fields = with(&[("lat", "NaN"), ("lon", "1")]);
    let mut body: String = fields
        .iter()
        .map(|(k, v)| format!("query[{k}]={v}&"))
        .collect();
    body.push_str("query[page]=1&lang=En");
    let request = Request::post("/api/find_care")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(body))
        .unwrap();
    let response = send(&app().await, request).await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    assert!(
        text(response)
            .await
            .contains("That position cannot be used.")
    );
}
