//! Login attempts limited per IP address (DOMAIN.md §2): every start of a login and every
//! step of the test e-ID app draws from the address's bucket (`tower_governor`'s limiter);
//! an empty bucket is answered with the login page's message, or 429 to a script. The
//! address is the connection's, or with `SAMLA_TRUST_PROXY=1` the one the proxy in front
//! added last to `X-Forwarded-For`. Per personnummer, failures are counted in the database
//! instead (`samla_domain::login_limits`), so that limit holds across instances.

use std::{
    net::{IpAddr, Ipv4Addr, SocketAddr},
    num::NonZeroU32,
    sync::Arc,
    time::Duration,
};

use axum::{
    extract::{ConnectInfo, Request, State},
    http::{Method, StatusCode, header},
    middleware::Next,
    response::{IntoResponse, Redirect, Response},
};
use tower_governor::{GovernorError, governor::GovernorConfigBuilder, key_extractor::KeyExtractor};

/// `SAMLA_LOGIN_BURST`, `SAMLA_LOGIN_REFILL_SECS`, `SAMLA_TRUST_PROXY`.
#[derive(Clone, Copy, Debug)]
pub struct LoginLimitConfig {
    /// Attempts an address may make at once.
    pub burst: u32,
    /// One more attempt after this long.
    pub refill: Duration,
    pub trust_proxy: bool,
}

/// The paths that start or drive a login.
const LIMITED: [(Method, &str); 5] = [
    (Method::POST, "/api/start_login"),
    (Method::GET, crate::oidc::START_PATH),
    (Method::POST, "/api/test_eid_scan"),
    (Method::POST, "/api/test_eid_approve"),
    (Method::POST, "/api/test_eid_decline"),
];

/// The client's address, as the limiter's key.
#[derive(Clone, Copy, Debug)]
struct ClientIp {
    trust_proxy: bool,
}

impl KeyExtractor for ClientIp {
    type Key = IpAddr;

    fn extract<T>(&self, request: &axum::http::Request<T>) -> Result<IpAddr, GovernorError> {
        let forwarded = self
            .trust_proxy
            .then(|| request.headers().get("x-forwarded-for"))
            .flatten()
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.rsplit(',').next())
            .and_then(|ip| ip.trim().parse().ok());
        let peer = request
            .extensions()
            .get::<ConnectInfo<SocketAddr>>()
            .map(|c| c.0.ip());
        // In process (tests) there is no connection: one bucket for all.
        Ok(forwarded
            .or(peer)
            .unwrap_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED)))
    }
}

/// Whether an address may make one more attempt now (it takes one from its bucket).
type Check = Arc<dyn Fn(&IpAddr) -> bool + Send + Sync>;

#[derive(Clone)]
pub struct LoginLimit {
    check: Check,
    key: ClientIp,
    refill: Duration,
}

impl LoginLimit {
    pub fn new(settings: LoginLimitConfig) -> LoginLimit {
        let key = ClientIp {
            trust_proxy: settings.trust_proxy,
        };
        let config = GovernorConfigBuilder::default()
            .period(settings.refill)
            .burst_size(NonZeroU32::new(settings.burst).map_or(1, NonZeroU32::get))
            .key_extractor(key)
            .finish()
            .expect("a period and a burst above zero");
        LoginLimit {
            check: Arc::new(move |ip| config.limiter().check_key(ip).is_ok()),
            key,
            refill: settings.refill,
        }
    }
}

pub async fn limit_login_attempts(
    State(limit): State<LoginLimit>,
    request: Request,
    next: Next,
) -> Response {
    let limited = LIMITED
        .iter()
        .any(|(method, path)| request.method() == method && request.uri().path() == *path);
    if !limited {
        return next.run(request).await;
    }
    let ip = limit
        .key
        .extract(&request)
        .unwrap_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED));
    if (limit.check)(&ip) {
        return next.run(request).await;
    }
    let wait = limit.refill.as_secs().max(1);
    tracing::warn!(%ip, path = %request.uri().path(), "login attempts limited");
    let wants_page = request
        .headers()
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|a| a.contains("text/html"));
    let mut response = if wants_page {
        Redirect::to("/logga-in?fel=for-manga").into_response()
    } else {
        (
            StatusCode::TOO_MANY_REQUESTS,
            "För många inloggningsförsök. Vänta en stund. / Too many login attempts. Please wait.",
        )
            .into_response()
    };
    if let Ok(value) = wait.to_string().parse() {
        response.headers_mut().insert(header::RETRY_AFTER, value);
    }
    response
}
