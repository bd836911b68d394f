//! Login through OpenID Connect against a small issuer these tests start on a loopback port
//! (discovery, keys, an authorize endpoint that approves at once, a token endpoint that checks
//! the PKCE verifier): a good login, and a wrong issuer, an expired token, a bad signature and a
//! replayed state — each refused with the login page's message, nobody logged in.

mod support;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use axum::http::StatusCode;
use axum::{
    Form, Json, Router,
    extract::{Query, State},
    response::{IntoResponse, Redirect},
    routing::{get, post},
};
use openidconnect::core::{
    CoreGenderClaim, CoreJsonWebKeySet, CoreJweContentEncryptionAlgorithm, CoreJwsSigningAlgorithm,
    CoreProviderMetadata, CoreResponseType, CoreRsaPrivateSigningKey, CoreSubjectIdentifierType,
};
use openidconnect::{
    AdditionalClaims, Audience, AuthUrl, EmptyAdditionalProviderMetadata, EndUserFamilyName,
    EndUserGivenName, IdToken, IdTokenClaims, IssuerUrl, JsonWebKeyId, JsonWebKeySetUrl, Nonce,
    PrivateSigningKey, ResponseTypes, StandardClaims, SubjectIdentifier, TokenUrl,
};
use serde::{Deserialize, Serialize};
use sha2::Digest;
use support::browser::{Browser, location};

#[derive(Clone, Copy, PartialEq)]
enum Scenario {
    Good,
    WrongIssuer,
    Expired,
    BadSignature,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
struct PnrClaim {
    #[serde(rename = "https://id.oidc.se/claim/personalIdentityNumber")]
    personnummer: String,
}
impl AdditionalClaims for PnrClaim {}

struct Issuer {
    url: String,
    /// Whom the broker vouches for.
    personnummer: String,
    scenario: Scenario,
    /// Code → (nonce, PKCE challenge).
    codes: HashMap<String, (String, String)>,
    key: CoreRsaPrivateSigningKey,
    other_key: CoreRsaPrivateSigningKey,
}

type Shared = Arc<Mutex<Issuer>>;

fn key(pem: &str) -> CoreRsaPrivateSigningKey {
    CoreRsaPrivateSigningKey::from_pem(pem, Some(JsonWebKeyId::new("k1".into()))).unwrap()
}

async fn discovery(State(issuer): State<Shared>) -> impl IntoResponse {
    let url = issuer.lock().unwrap().url.clone();
    let metadata = CoreProviderMetadata::new(
        IssuerUrl::new(url.clone()).unwrap(),
        AuthUrl::new(format!("{url}/authorize")).unwrap(),
        JsonWebKeySetUrl::new(format!("{url}/jwks")).unwrap(),
        vec![ResponseTypes::new(vec![CoreResponseType::Code])],
        vec![CoreSubjectIdentifierType::Public],
        vec![CoreJwsSigningAlgorithm::RsaSsaPkcs1V15Sha256],
        EmptyAdditionalProviderMetadata {},
    )
    .set_token_endpoint(Some(TokenUrl::new(format!("{url}/token")).unwrap()));
    Json(metadata)
}

async fn jwks(State(issuer): State<Shared>) -> impl IntoResponse {
    let issuer = issuer.lock().unwrap();
    Json(CoreJsonWebKeySet::new(vec![
        issuer.key.as_verification_key(),
    ]))
}

async fn authorize(
    State(issuer): State<Shared>,
    Query(query): Query<HashMap<String, String>>,
) -> impl IntoResponse {
    assert_eq!(query["response_type"], "code");
    assert_eq!(query["code_challenge_method"], "S256", "PKCE with S256");
    assert_eq!(query["client_id"], "samla");
    let code = format!("code-{}", rand_id());
    issuer.lock().unwrap().codes.insert(
        code.clone(),
        (query["nonce"].clone(), query["code_challenge"].clone()),
    );
    Redirect::to(&format!(
        "{}?code={code}&state={}",
        query["redirect_uri"], query["state"]
    ))
}

fn rand_id() -> String {
    samla_domain::secrets::random_token()[..16].to_owned()
}

async fn token(
    State(issuer): State<Shared>,
    Form(form): Form<HashMap<String, String>>,
) -> axum::response::Response {
    let mut issuer = issuer.lock().unwrap();
    let Some((nonce, challenge)) = issuer.codes.remove(&form["code"]) else {
        return (
            StatusCode::BAD_REQUEST,
            Json(serde_json::json!({"error": "invalid_grant"})),
        )
            .into_response();
    };
    use base64_url_safe::encode;
    if encode(&sha2::Sha256::digest(form["code_verifier"].as_bytes())) != challenge {
        return (
            StatusCode::BAD_REQUEST,
            Json(serde_json::json!({"error": "invalid_grant"})),
        )
            .into_response();
    }
    let now = chrono::Utc::now();
    let (iss, exp, iat) = match issuer.scenario {
        Scenario::WrongIssuer => (
            "http://evil.example".to_owned(),
            now + chrono::Duration::minutes(5),
            now,
        ),
        Scenario::Expired => (
            issuer.url.clone(),
            now - chrono::Duration::minutes(10),
            now - chrono::Duration::minutes(15),
        ),
        _ => (issuer.url.clone(), now + chrono::Duration::minutes(5), now),
    };
    let claims = IdTokenClaims::<PnrClaim, CoreGenderClaim>::new(
        IssuerUrl::new(iss).unwrap(),
        vec![Audience::new("samla".into())],
        exp,
        iat,
        StandardClaims::new(SubjectIdentifier::new("anna-at-the-broker".into()))
            .set_given_name(Some(EndUserGivenName::new("Anna".into()).into()))
            .set_family_name(Some(EndUserFamilyName::new("Lindqvist".into()).into())),
        PnrClaim {
            personnummer: issuer.personnummer.clone(),
        },
    )
    .set_nonce(Some(Nonce::new(nonce)));
    let signer = if issuer.scenario == Scenario::BadSignature {
        &issuer.other_key
    } else {
        &issuer.key
    };
    let id_token = IdToken::<
        PnrClaim,
        CoreGenderClaim,
        CoreJweContentEncryptionAlgorithm,
        CoreJwsSigningAlgorithm,
    >::new(
        claims,
        signer,
        CoreJwsSigningAlgorithm::RsaSsaPkcs1V15Sha256,
        None,
        None,
    )
    .unwrap();
    Json(serde_json::json!({
        "access_token": "at",
        "token_type": "Bearer",
        "expires_in": 300,
        "id_token": id_token.to_string(),
    }))
    .into_response()
}

/// base64url without padding, as PKCE's S256 uses.
mod base64_url_safe {
    pub fn encode(bytes: &[u8]) -> String {
        const ALPHABET: &[u8; 64] =
            b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        let mut out = String::new();
        for chunk in bytes.chunks(3) {
            let n =
                chunk.iter().fold(0u32, |n, b| (n << 8) | u32::from(*b)) << (8 * (3 - chunk.len()));
            for i in 0..=chunk.len() {
                out.push(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize] as char);
            }
        }
        out
    }
}

async fn start_issuer() -> Shared {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let shared = Arc::new(Mutex::new(Issuer {
        url,
        personnummer: String::new(),
        scenario: Scenario::Good,
        codes: HashMap::new(),
        key: key(include_str!("fixtures/oidc-issuer-key.pem")),
        other_key: key(include_str!("fixtures/oidc-other-key.pem")),
    }));
    let app = Router::new()
        .route("/.well-known/openid-configuration", get(discovery))
        .route("/jwks", get(jwks))
        .route("/authorize", get(authorize))
        .route("/token", post(token))
        .with_state(shared.clone());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    shared
}

/// Samla with the issuer configured (and the test e-ID off); the broker will vouch for Anna.
async fn samla(issuer: &Shared) -> Router {
    let url = issuer.lock().unwrap().url.clone();
    let state = support::state_with(
        &[
            ("SAMLA_OIDC_ISSUER", &url),
            ("SAMLA_OIDC_CLIENT_ID", "samla"),
            ("SAMLA_OIDC_CLIENT_SECRET", "hemligt"),
            ("SAMLA_TEST_IDP", "0"),
        ],
        false,
    )
    .await;
    let people = samla_domain::seed::personas::personas(&state.db)
        .await
        .unwrap();
    let anna = people
        .into_iter()
        .find(|p| p.name == "Anna Lindqvist")
        .unwrap();
    issuer.lock().unwrap().personnummer = anna.personnummer;
    samla_server::build_router(state)
}

/// From the login page's form to the issuer and back: the callback's path.
async fn to_the_issuer_and_back(app: &Router, browser: &mut Browser) -> String {
    let start = browser
        .submit(
            app,
            "/api/start_login",
            &[("eid", "bankid"), ("device", "denna"), ("next", "/inkorg")],
        )
        .await;
    assert_eq!(start, "/logga-in/oidc?next=/inkorg");
    let to_issuer = browser.get(app, &start).await;
    assert_eq!(to_issuer.status(), StatusCode::SEE_OTHER);
    let authorize = location(&to_issuer);
    assert!(
        authorize.contains("code_challenge=")
            && authorize.contains("nonce=")
            && authorize.contains("state=")
    );
    let back = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
        .get(&authorize)
        .send()
        .await
        .unwrap();
    let callback = back.headers()["location"].to_str().unwrap().to_owned();
    callback
        .strip_prefix("http://127.0.0.1:3000")
        .expect("back to Samla")
        .to_owned()
}

fn logged_in(browser: &Browser) -> bool {
    browser.cookies.contains_key(samla_model::cookies::SESSION)
}

#[tokio::test]
async fn a_good_login_opens_a_session_and_lands_on_the_errand() {
    let issuer = start_issuer().await;
    let app = samla(&issuer).await;
    let mut browser = Browser::default();
    let callback = to_the_issuer_and_back(&app, &mut browser).await;
    let landed = browser.get(&app, &callback).await;
    assert_eq!(location(&landed), "/inkorg");
    assert!(logged_in(&browser));
    let inbox = browser.page(&app, "/inkorg").await;
    assert!(inbox.contains("Anna Lindqvist"), "the name in the header");

    // The same answer again — by the same browser or by someone who copied it — opens nothing.
    for mut replaying in [
        Browser {
            cookies: browser.cookies.clone(),
            ..Browser::default()
        },
        Browser::default(),
    ] {
        replaying.cookies.remove(samla_model::cookies::SESSION);
        let again = replaying.get(&app, &callback).await;
        assert_eq!(
            location(&again),
            "/logga-in?next=/&fel=oidc-gammal",
            "a replayed state is refused"
        );
        assert!(!logged_in(&replaying));
    }
    let login = Browser::default()
        .page(&app, "/logga-in?next=/&fel=oidc-gammal")
        .await;
    assert!(
        login.contains("Inloggningen är för gammal eller redan använd"),
        "a clear page"
    );
}

async fn refused(scenario: Scenario) {
    let issuer = start_issuer().await;
    issuer.lock().unwrap().scenario = scenario;
    let app = samla(&issuer).await;
    let mut browser = Browser::default();
    let callback = to_the_issuer_and_back(&app, &mut browser).await;
    let answer = browser.get(&app, &callback).await;
    assert_eq!(location(&answer), "/logga-in?next=/inkorg&fel=oidc");
    assert!(!logged_in(&browser), "nobody logged in");
    let page = browser.page(&app, "/logga-in?next=/inkorg&fel=oidc").await;
    assert!(
        page.contains("Inloggningen gick inte att godkänna"),
        "a clear page"
    );
    let inbox = browser.get(&app, "/inkorg").await;
    assert_eq!(
        location(&inbox),
        "/logga-in?next=/inkorg",
        "still not logged in"
    );
}

#[tokio::test]
async fn a_token_from_another_issuer_is_refused() {
    refused(Scenario::WrongIssuer).await;
}

#[tokio::test]
async fn an_expired_token_is_refused() {
    refused(Scenario::Expired).await;
}

#[tokio::test]
async fn a_token_with_a_bad_signature_is_refused() {
    refused(Scenario::BadSignature).await;
}
