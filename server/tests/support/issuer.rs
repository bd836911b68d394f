//! A small OpenID Connect issuer the tests start on a loopback port (discovery, keys, an
//! authorize endpoint that approves at once, a token endpoint that checks the PKCE verifier and
//! signs an ID token with the claims set on it), and the way from Samla to it and back.

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

#[derive(Clone, Copy, PartialEq)]
pub enum Scenario {
    Good,
    WrongIssuer,
    Expired,
    BadSignature,
}

/// The claims beyond the standard ones the issuer puts in its ID tokens.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct Extra {
    #[serde(flatten)]
    claims: HashMap<String, String>,
}
impl AdditionalClaims for Extra {}

pub struct Issuer {
    pub url: String,
    /// Whom the broker vouches for: claim → value (a personnummer, an HSA-id).
    pub claims: HashMap<String, String>,
    pub scenario: Scenario,
    /// Code → (nonce, PKCE challenge).
    codes: HashMap<String, (String, String)>,
    key: CoreRsaPrivateSigningKey,
    other_key: CoreRsaPrivateSigningKey,
}

pub type Shared = Arc<Mutex<Issuer>>;

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
    let claims = IdTokenClaims::<Extra, CoreGenderClaim>::new(
        IssuerUrl::new(iss).unwrap(),
        vec![Audience::new("samla".into())],
        exp,
        iat,
        StandardClaims::new(SubjectIdentifier::new("anna-at-the-broker".into()))
            .set_given_name(Some(EndUserGivenName::new("Anna".into()).into()))
            .set_family_name(Some(EndUserFamilyName::new("Lindqvist".into()).into())),
        Extra {
            claims: issuer.claims.clone(),
        },
    )
    .set_nonce(Some(Nonce::new(nonce)));
    let signer = if issuer.scenario == Scenario::BadSignature {
        &issuer.other_key
    } else {
        &issuer.key
    };
    let id_token = IdToken::<
        Extra,
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

/// An issuer on a free loopback port, approving whoever comes.
pub async fn start_issuer() -> Shared {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let shared = Arc::new(Mutex::new(Issuer {
        url,
        claims: HashMap::new(),
        scenario: Scenario::Good,
        codes: HashMap::new(),
        key: key(include_str!("../fixtures/oidc-issuer-key.pem")),
        other_key: key(include_str!("../fixtures/oidc-other-key.pem")),
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

/// From Samla's start of a login (`start`, answered with a redirect to the issuer) to the
/// issuer and back: the path of Samla's callback.
pub async fn to_the_issuer_and_back(
    app: &Router,
    browser: &mut super::browser::Browser,
    start: &str,
) -> String {
    let to_issuer = browser.get(app, start).await;
    assert_eq!(to_issuer.status(), StatusCode::SEE_OTHER);
    let authorize = super::browser::location(&to_issuer);
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
