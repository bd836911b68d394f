//! Login through a real e-ID broker with OpenID Connect (DOMAIN.md §2), behind the same login
//! page as the test identity provider: authorization code with PKCE (S256), state and nonce.
//! `GET /logga-in/oidc?next=` sends the browser to the issuer; the issuer sends it back to
//! `GET /logga-in/oidc/tillbaka`, where the answer is taken once, by the browser that started
//! it, and the ID token is checked (issuer, audience, signature, expiry, nonce) before a
//! session opens. Every refusal goes back to the login page with its message, nobody logged in.
//! The staff's SITHS login (`crate::staff_oidc`) is a second relying party of the same kind:
//! `authorize` and `verified` serve both.

use std::{collections::HashMap, sync::Arc, time::Duration};

use axum::{
    extract::{Query, State},
    http::HeaderMap,
    response::{IntoResponse, Redirect, Response},
};
use openidconnect::{
    AdditionalClaims, AuthorizationCode, Client, ClientId, ClientSecret, CsrfToken,
    EmptyExtraTokenFields, EndpointMaybeSet, EndpointNotSet, EndpointSet, IdTokenFields, IssuerUrl,
    Nonce, PkceCodeChallenge, PkceCodeVerifier, RedirectUrl, Scope, StandardErrorResponse,
    StandardTokenResponse, TokenResponse,
    core::{
        CoreAuthDisplay, CoreAuthPrompt, CoreAuthenticationFlow, CoreErrorResponseType,
        CoreGenderClaim, CoreJsonWebKey, CoreJweContentEncryptionAlgorithm,
        CoreJwsSigningAlgorithm, CoreProviderMetadata, CoreRevocableToken,
        CoreRevocationErrorResponse, CoreTokenIntrospectionResponse, CoreTokenType,
    },
};
use samla_model::{cookies, next_path, personnummer::Personnummer};
use serde::{Deserialize, Serialize};
use tokio::sync::Mutex;

use crate::{AppState, viewer::cookie};

pub const START_PATH: &str = "/logga-in/oidc";
pub const CALLBACK_PATH: &str = "/logga-in/oidc/tillbaka";
/// The issuer's metadata and keys are fetched again after this (keys rotate).
const METADATA_TTL: Duration = Duration::from_secs(300);

/// `SAMLA_OIDC_ISSUER`, `SAMLA_OIDC_CLIENT_ID`, `SAMLA_OIDC_CLIENT_SECRET`,
/// `SAMLA_OIDC_PNR_CLAIM` (citizens); `SAMLA_SITHS_…` likewise for staff.
#[derive(Clone, Debug)]
pub struct OidcConfig {
    pub issuer: String,
    pub client_id: String,
    pub client_secret: Option<String>,
    /// The claim naming who logged in: the personnummer for citizens (the Swedish OIDC
    /// profile's by default), the HSA-id for staff.
    pub claim: String,
}

/// The claims beyond the standard ones; the personnummer is one of them.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct ExtraClaims {
    #[serde(flatten)]
    claims: HashMap<String, serde_json::Value>,
}
impl AdditionalClaims for ExtraClaims {}

type Fields = IdTokenFields<
    ExtraClaims,
    EmptyExtraTokenFields,
    CoreGenderClaim,
    CoreJweContentEncryptionAlgorithm,
    CoreJwsSigningAlgorithm,
>;
type OidcClient = Client<
    ExtraClaims,
    CoreAuthDisplay,
    CoreGenderClaim,
    CoreJweContentEncryptionAlgorithm,
    CoreJsonWebKey,
    CoreAuthPrompt,
    StandardErrorResponse<CoreErrorResponseType>,
    StandardTokenResponse<Fields, CoreTokenType>,
    CoreTokenIntrospectionResponse,
    CoreRevocableToken,
    CoreRevocationErrorResponse,
    EndpointSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointMaybeSet,
    EndpointMaybeSet,
>;

/// The relying party: its settings, an HTTP client that follows no redirects (as the
/// specification asks) and the issuer's metadata, fetched when first needed.
pub struct Oidc {
    config: OidcConfig,
    redirect_url: RedirectUrl,
    http: reqwest::Client,
    metadata: Mutex<Option<(std::time::Instant, CoreProviderMetadata)>>,
}

impl Oidc {
    /// A relying party whose issuer answers at `callback` on this site.
    pub fn new(config: OidcConfig, site_origin: &str, callback: &str) -> Result<Arc<Oidc>, String> {
        let redirect_url = RedirectUrl::new(format!("{site_origin}{callback}"))
            .map_err(|e| format!("OIDC redirect URL: {e}"))?;
        IssuerUrl::new(config.issuer.clone()).map_err(|e| format!("SAMLA_OIDC_ISSUER: {e}"))?;
        let http = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .timeout(Duration::from_secs(10))
            .build()
            .map_err(|e| format!("OIDC client: {e}"))?;
        Ok(Arc::new(Oidc {
            config,
            redirect_url,
            http,
            metadata: Mutex::new(None),
        }))
    }

    async fn client(&self) -> Result<OidcClient, String> {
        let mut cached = self.metadata.lock().await;
        let fresh = cached
            .as_ref()
            .is_some_and(|(at, _)| at.elapsed() < METADATA_TTL);
        if !fresh {
            let issuer = IssuerUrl::new(self.config.issuer.clone()).map_err(|e| e.to_string())?;
            let metadata = CoreProviderMetadata::discover_async(issuer, &self.http)
                .await
                .map_err(|e| format!("discovery: {e}"))?;
            *cached = Some((std::time::Instant::now(), metadata));
        }
        let metadata = cached
            .as_ref()
            .map(|(_, m)| m.clone())
            .ok_or("no metadata")?;
        Ok(OidcClient::from_provider_metadata(
            metadata,
            ClientId::new(self.config.client_id.clone()),
            self.config.client_secret.clone().map(ClientSecret::new),
        )
        .set_redirect_uri(self.redirect_url.clone()))
    }
}

/// Why a login through the issuer was refused (the login page's `fel=`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Refusal {
    /// The issuer could not be reached.
    Unreachable,
    /// The answer is unknown, used already, too old, or from another browser.
    Stale,
    /// The citizen stopped at the issuer.
    Cancelled,
    /// The token exchange or the ID token failed its checks.
    Refused,
}

impl Refusal {
    pub fn code(self) -> &'static str {
        match self {
            Refusal::Unreachable => "oidc-nere",
            Refusal::Stale => "oidc-gammal",
            Refusal::Cancelled => "avbruten",
            Refusal::Refused => "oidc",
        }
    }
}

fn refuse(next: &str, why: Refusal, detail: &str) -> Response {
    refuse_to(
        &format!("{}&fel={}", next_path::login_href(next), why.code()),
        why,
        detail,
    )
}

/// Back to `page` (which says why), the login cookie removed.
pub fn refuse_to(page: &str, why: Refusal, detail: &str) -> Response {
    tracing::warn!(reason = why.code(), "OIDC login refused: {detail}");
    let mut response = Redirect::to(page).into_response();
    response.headers_mut().append(
        axum::http::header::SET_COOKIE,
        cookies::remove(cookies::LOGIN)
            .parse()
            .expect("a cookie header"),
    );
    response
}

#[derive(Deserialize)]
pub struct StartQuery {
    next: Option<String>,
}

pub async fn start(State(state): State<AppState>, Query(query): Query<StartQuery>) -> Response {
    let next = query
        .next
        .as_deref()
        .and_then(next_path::safe_next)
        .unwrap_or("/")
        .to_owned();
    let Some(oidc) = state.oidc.clone() else {
        return axum::http::StatusCode::NOT_FOUND.into_response();
    };
    authorize(&state, &oidc, next.clone())
        .await
        .unwrap_or_else(|e| refuse(&next, Refusal::Unreachable, &e))
}

/// Sends the browser to `oidc`'s issuer, with PKCE, state and nonce kept for the answer (and
/// `next`, where the login leads), bound to this browser by the login cookie.
pub async fn authorize(state: &AppState, oidc: &Oidc, next: String) -> Result<Response, String> {
    let client = oidc.client().await?;
    let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
    let (url, csrf, nonce) = client
        .authorize_url(
            CoreAuthenticationFlow::AuthorizationCode,
            CsrfToken::new_random,
            Nonce::new_random,
        )
        .add_scope(Scope::new("profile".into()))
        .set_pkce_challenge(challenge)
        .url();
    let browser = samla_domain::secrets::random_token();
    let pending = samla_domain::oidc_logins::Pending {
        nonce: nonce.secret().clone(),
        pkce_verifier: verifier.secret().clone(),
        next,
    };
    let now = crate::notifier::unix_now();
    samla_domain::oidc_logins::start(&state.db, csrf.secret(), &browser, &pending, now)
        .await
        .map_err(|e| e.to_string())?;
    let mut response = Redirect::to(url.as_str()).into_response();
    let login_cookie = cookies::set_secret(
        cookies::LOGIN,
        &browser,
        Some(samla_domain::oidc_logins::VALID_SECS),
    );
    response.headers_mut().append(
        axum::http::header::SET_COOKIE,
        login_cookie.parse().expect("a cookie header"),
    );
    Ok(response)
}

#[derive(Deserialize)]
pub struct CallbackQuery {
    code: Option<String>,
    state: Option<String>,
    error: Option<String>,
}

/// Who the issuer vouched for: its claim (`OidcConfig::claim`), names, and where the login
/// was to lead.
pub struct Verified {
    pub next: String,
    pub claim: Option<String>,
    pub given: String,
    pub family: String,
}

/// The issuer's answer taken once, by the browser that started it, its code exchanged and its
/// ID token checked (issuer, audience, signature, expiry, nonce); else why not, and where the
/// login was to lead ("/" when not even that is known).
pub async fn verified(
    state: &AppState,
    oidc: &Oidc,
    headers: &HeaderMap,
    query: CallbackQuery,
) -> Result<Verified, (String, Refusal, String)> {
    let now = crate::notifier::unix_now();
    let browser = cookie(headers, cookies::LOGIN).unwrap_or_default();
    let answer_state: String = query.state.unwrap_or_default().chars().take(200).collect();
    let stale = || "unknown, used, old or another browser's state".to_owned();
    let pending = samla_domain::oidc_logins::take(&state.db, &answer_state, &browser, now)
        .await
        .map_err(|e| ("/".to_owned(), Refusal::Unreachable, e.to_string()))?
        .ok_or_else(|| ("/".to_owned(), Refusal::Stale, stale()))?;
    let next = pending.next.clone();
    let fail = |why: Refusal, detail: String| (next.clone(), why, detail);
    if let Some(error) = query.error {
        return Err(fail(Refusal::Cancelled, error));
    }
    let code: String = query.code.unwrap_or_default().chars().take(2000).collect();
    let client = oidc
        .client()
        .await
        .map_err(|e| fail(Refusal::Unreachable, e))?;
    let request = client
        .exchange_code(AuthorizationCode::new(code))
        .map_err(|e| fail(Refusal::Refused, e.to_string()))?;
    let tokens = request
        .set_pkce_verifier(PkceCodeVerifier::new(pending.pkce_verifier.clone()))
        .request_async(&oidc.http)
        .await
        .map_err(|e| fail(Refusal::Refused, format!("token exchange: {e}")))?;
    let id_token = tokens
        .id_token()
        .ok_or_else(|| fail(Refusal::Refused, "no ID token".into()))?;
    let claims = id_token
        .claims(&client.id_token_verifier(), &Nonce::new(pending.nonce))
        .map_err(|e| fail(Refusal::Refused, format!("ID token: {e}")))?;
    let name = |n: Option<&str>| n.map(str::to_owned).unwrap_or_default();
    Ok(Verified {
        next,
        claim: claims
            .additional_claims()
            .claims
            .get(&oidc.config.claim)
            .and_then(|v| v.as_str())
            .map(str::to_owned),
        given: name(
            claims
                .given_name()
                .and_then(|c| c.get(None))
                .map(|n| n.as_str()),
        ),
        family: name(
            claims
                .family_name()
                .and_then(|c| c.get(None))
                .map(|n| n.as_str()),
        ),
    })
}

pub async fn callback(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(query): Query<CallbackQuery>,
) -> Response {
    let Some(oidc) = state.oidc.clone() else {
        return axum::http::StatusCode::NOT_FOUND.into_response();
    };
    let found = match verified(&state, &oidc, &headers, query).await {
        Ok(found) => found,
        Err((next, why, detail)) => return refuse(&next, why, &detail),
    };
    let next = found.next;
    let personnummer = found
        .claim
        .as_deref()
        .and_then(|typed| Personnummer::parse(typed).ok());
    let Some(personnummer) = personnummer else {
        return refuse(&next, Refusal::Refused, "no valid personnummer claim");
    };
    let now = crate::notifier::unix_now();
    let db = &state.db;
    let pnr = personnummer.digits();
    if let Err(e) =
        samla_domain::accounts::ensure_person(db, pnr, &found.given, &found.family).await
    {
        return refuse(&next, Refusal::Unreachable, &e.to_string());
    }
    let old = cookie(&headers, cookies::SESSION);
    let (next, session) = match samla_domain::accounts::log_in(db, pnr, old.as_deref(), now).await {
        Ok(done) => (samla_app::api::login::landing(&done, next), done.session),
        Err(e) => return refuse(&next, Refusal::Unreachable, &e.to_string()),
    };
    let mut response = Redirect::to(&next).into_response();
    for set in [
        cookies::set_secret(cookies::SESSION, &session, None),
        cookies::remove(cookies::LOGIN),
    ] {
        response.headers_mut().append(
            axum::http::header::SET_COOKIE,
            set.parse().expect("a cookie header"),
        );
    }
    response
}
