//! The built-in test identity provider, behaving as the BankID relying-party API v6 (and,
//! with other words on the page, Freja eID+): `auth` gives an order reference, an auto-start
//! token, a QR start token and a QR start secret that never leaves the server; the QR code
//! changes every second as `bankid.{qrStartToken}.{t}.{hex(HMAC-SHA256(qrStartSecret, t))}`;
//! `collect` tells where the order stands. The simulated e-ID app (`scan`, `open_autostart`,
//! `approve`, `decline`) stands in for the citizen's phone. DOMAIN.md §2.
//!
//! An order belongs to the browser that started it: the browser holds a random secret in a
//! cookie and the order keeps only its hash, so an order reference seen on a screen or in a
//! log logs nobody in. Time is passed in (Unix milliseconds).

use hmac::{Hmac, KeyInit, Mac};
use samla_model::login::{
    LoginDevice, LoginFailure, LoginMethod, LoginState, ORDER_SECS, QR_WINDOW_SECS,
};
use samla_model::personnummer::Personnummer;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter,
    sea_query::Expr,
};
use sha2::Sha256;

use crate::entities::{login_order, prelude::*};
use crate::secrets::{hash, random_token, same};

/// How long an approved order may still be collected (a citizen without JavaScript presses
/// "check" by hand), and how long orders are kept at all.
const COLLECT_SECS: i64 = 600;
const KEEP_SECS: i64 = 3600;
/// How old a scanned QR code may be: the code on the screen, not a photo of an old one.
const QR_MAX_AGE_SECS: i64 = 5;

/// What `start` gives the page; the QR start secret is not among it.
#[derive(Clone, Debug)]
pub struct Started {
    pub order_ref: String,
    pub auto_start_token: String,
}

/// Starts an order for the browser holding `browser_secret`, to land on `next` afterwards.
pub async fn start(
    db: &impl ConnectionTrait,
    method: LoginMethod,
    device: LoginDevice,
    browser_secret: &str,
    next: &str,
    now_ms: i64,
) -> Result<Started, DbErr> {
    LoginOrder::delete_many()
        .filter(login_order::Column::StartedAt.lt(now_ms - KEEP_SECS * 1000))
        .exec(db)
        .await?;
    let order = login_order::ActiveModel {
        order_ref: Set(random_token()),
        method: Set(method.code().to_owned()),
        device: Set(device.code().to_owned()),
        auto_start_token: Set(random_token()),
        qr_start_token: Set(random_token()),
        qr_start_secret: Set(random_token()),
        browser_hash: Set(hash(browser_secret)),
        next_path: Set(next.to_owned()),
        started_at: Set(now_ms),
        scanned_at: Set(None),
        status: Set(PENDING.to_owned()),
        personnummer: Set(None),
        collected: Set(false),
    };
    let order = LoginOrder::insert(order).exec_with_returning(db).await?;
    Ok(Started {
        order_ref: order.order_ref,
        auto_start_token: order.auto_start_token,
    })
}

const PENDING: &str = "pending";
const APPROVED: &str = "complete";
const CANCELLED: &str = "cancelled";

/// The order the browser started (each start gives the browser a new secret), not yet collected.
pub async fn order_of_browser(
    db: &impl ConnectionTrait,
    browser_secret: &str,
) -> Result<Option<login_order::Model>, DbErr> {
    LoginOrder::find()
        .filter(login_order::Column::BrowserHash.eq(hash(browser_secret)))
        .filter(login_order::Column::Collected.eq(false))
        .one(db)
        .await
}

/// An order by its reference (the simulated app's view of it).
pub async fn order_by_ref(
    db: &impl ConnectionTrait,
    order_ref: &str,
) -> Result<Option<login_order::Model>, DbErr> {
    LoginOrder::find_by_id(order_ref).one(db).await
}

/// Where `order` stands at `now_ms`; time-outs follow from the clock, not from a stored state.
pub fn state(order: &login_order::Model, now_ms: i64) -> LoginState {
    let age = (now_ms - order.started_at) / 1000;
    match order.status.as_str() {
        CANCELLED => LoginState::Failed(LoginFailure::Cancelled),
        APPROVED if age <= COLLECT_SECS => LoginState::Approved,
        APPROVED => LoginState::Failed(LoginFailure::TimedOut),
        _ if age >= ORDER_SECS => LoginState::Failed(LoginFailure::TimedOut),
        _ if order.scanned_at.is_some() => LoginState::InApp,
        _ if order.device == LoginDevice::OtherDevice.code() && age >= QR_WINDOW_SECS => {
            LoginState::Failed(LoginFailure::QrTimedOut)
        }
        _ => LoginState::Waiting,
    }
}

/// The QR code's content at `now_ms`: it changes every second and only the server can make it.
pub fn qr_data(order: &login_order::Model, now_ms: i64) -> String {
    let t = ((now_ms - order.started_at) / 1000).max(0);
    format!(
        "bankid.{}.{t}.{}",
        order.qr_start_token,
        qr_auth_code(&order.qr_start_secret, t)
    )
}

fn qr_auth_code(secret: &str, t: i64) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("any key length");
    mac.update(t.to_string().as_bytes());
    hex::encode(mac.finalize().into_bytes())
}

/// What collecting gave.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Collected {
    /// Not yet, or not at all: tell the citizen.
    Not(LoginState),
    /// Logged in as `personnummer`; go on to `next`. An order is collected once.
    LoggedIn { personnummer: String, next: String },
}

/// The browser asks how its order stands; an approved order logs it in, once.
pub async fn collect(
    db: &impl ConnectionTrait,
    browser_secret: &str,
    now_ms: i64,
) -> Result<Collected, DbErr> {
    let Some(order) = order_of_browser(db, browser_secret).await? else {
        return Ok(Collected::Not(LoginState::Failed(LoginFailure::NoOrder)));
    };
    let state = state(&order, now_ms);
    if state != LoginState::Approved {
        return Ok(Collected::Not(state));
    }
    // Two collects at once (a double click, two tabs): only one of them wins the order.
    let claimed = LoginOrder::update_many()
        .col_expr(login_order::Column::Collected, Expr::value(true))
        .filter(login_order::Column::OrderRef.eq(&order.order_ref))
        .filter(login_order::Column::Collected.eq(false))
        .exec(db)
        .await?;
    match (claimed.rows_affected, order.personnummer) {
        (1, Some(personnummer)) => Ok(Collected::LoggedIn {
            personnummer,
            next: order.next_path,
        }),
        _ => Ok(Collected::Not(LoginState::Failed(LoginFailure::NoOrder))),
    }
}

/// The citizen cancels on the page.
pub async fn cancel(db: &impl ConnectionTrait, browser_secret: &str) -> Result<(), DbErr> {
    if let Some(order) = order_of_browser(db, browser_secret).await? {
        set_status(db, &order.order_ref, CANCELLED, None).await?;
    }
    Ok(())
}

/// Why the simulated app cannot go on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AppError {
    /// No order has this code (mistyped, or from somewhere else).
    UnknownCode,
    /// The code is older than the one on the screen now (a photo, a screenshot).
    OldCode,
    /// The order is over: timed out, cancelled or already approved.
    Over(LoginState),
    /// The person is not in the (test) population register.
    UnknownPerson,
    /// Too many failed logins with this personnummer lately (`login_limits`).
    TooManyFailures,
}

/// The app scans a QR code: the code must be one the server made for this order, and fresh.
pub async fn scan(
    db: &impl ConnectionTrait,
    code: &str,
    now_ms: i64,
) -> Result<login_order::Model, AppError> {
    let mut parts = code.trim().split('.');
    let (Some("bankid"), Some(token), Some(t), Some(auth), None) = (
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
    ) else {
        return Err(AppError::UnknownCode);
    };
    let t: i64 = t.parse().map_err(|_| AppError::UnknownCode)?;
    let order = LoginOrder::find()
        .filter(login_order::Column::QrStartToken.eq(token))
        .one(db)
        .await
        .map_err(|_| AppError::UnknownCode)?
        .ok_or(AppError::UnknownCode)?;
    if !same(&qr_auth_code(&order.qr_start_secret, t), auth) {
        return Err(AppError::UnknownCode);
    }
    let age = (now_ms - order.started_at) / 1000;
    if t > age || age - t > QR_MAX_AGE_SECS {
        return Err(AppError::OldCode);
    }
    open(db, order, now_ms).await
}

/// The app is started from the page on the same device, with the order's auto-start token.
pub async fn open_autostart(
    db: &impl ConnectionTrait,
    token: &str,
    now_ms: i64,
) -> Result<login_order::Model, AppError> {
    let order = LoginOrder::find()
        .filter(login_order::Column::AutoStartToken.eq(token))
        .one(db)
        .await
        .map_err(|_| AppError::UnknownCode)?
        .ok_or(AppError::UnknownCode)?;
    open(db, order, now_ms).await
}

async fn open(
    db: &impl ConnectionTrait,
    mut order: login_order::Model,
    now_ms: i64,
) -> Result<login_order::Model, AppError> {
    match state(&order, now_ms) {
        LoginState::Waiting | LoginState::InApp => {}
        over => return Err(AppError::Over(over)),
    }
    if order.scanned_at.is_none() {
        LoginOrder::update_many()
            .col_expr(login_order::Column::ScannedAt, Expr::value(now_ms))
            .filter(login_order::Column::OrderRef.eq(&order.order_ref))
            .exec(db)
            .await
            .map_err(|_| AppError::UnknownCode)?;
        order.scanned_at = Some(now_ms);
    }
    Ok(order)
}

/// The person approves in the app (the security code is the app's business).
pub async fn approve(
    db: &impl ConnectionTrait,
    order_ref: &str,
    who: &Personnummer,
    now_ms: i64,
) -> Result<(), AppError> {
    let order = opened(db, order_ref, now_ms).await?;
    let now = now_ms / 1000;
    let failed = |_| AppError::UnknownCode;
    if crate::login_limits::blocked(db, who.digits(), now)
        .await
        .map_err(failed)?
    {
        return Err(AppError::TooManyFailures);
    }
    let known = Person::find_by_id(who.digits())
        .one(db)
        .await
        .map_err(failed)?;
    if known.is_none() {
        crate::login_limits::record_failure(db, who.digits(), now)
            .await
            .map_err(failed)?;
        return Err(AppError::UnknownPerson);
    }
    set_status(db, &order.order_ref, APPROVED, Some(who.digits()))
        .await
        .map_err(|_| AppError::UnknownCode)
}

/// The person cancels in the app; when the app knows who they are (`who`), it counts as a
/// failed login for them.
pub async fn decline(
    db: &impl ConnectionTrait,
    order_ref: &str,
    who: Option<&Personnummer>,
    now_ms: i64,
) -> Result<(), AppError> {
    let order = opened(db, order_ref, now_ms).await?;
    if let Some(who) = who {
        crate::login_limits::record_failure(db, who.digits(), now_ms / 1000)
            .await
            .map_err(|_| AppError::UnknownCode)?;
    }
    set_status(db, &order.order_ref, CANCELLED, None)
        .await
        .map_err(|_| AppError::UnknownCode)
}

/// An order the app has opened and that is still going.
async fn opened(
    db: &impl ConnectionTrait,
    order_ref: &str,
    now_ms: i64,
) -> Result<login_order::Model, AppError> {
    let order = LoginOrder::find_by_id(order_ref)
        .one(db)
        .await
        .map_err(|_| AppError::UnknownCode)?
        .ok_or(AppError::UnknownCode)?;
    match state(&order, now_ms) {
        LoginState::InApp => Ok(order),
        LoginState::Waiting => Err(AppError::UnknownCode),
        over => Err(AppError::Over(over)),
    }
}

async fn set_status(
    db: &impl ConnectionTrait,
    order_ref: &str,
    status: &str,
    personnummer: Option<&str>,
) -> Result<(), DbErr> {
    LoginOrder::update_many()
        .col_expr(login_order::Column::Status, Expr::value(status))
        .col_expr(
            login_order::Column::Personnummer,
            Expr::value(personnummer.map(str::to_owned)),
        )
        .filter(login_order::Column::OrderRef.eq(order_ref))
        .filter(login_order::Column::Status.eq(PENDING))
        .exec(db)
        .await
        .map(drop)
}

/// The method an order was started with (the page's words differ).
pub fn method(order: &login_order::Model) -> LoginMethod {
    LoginMethod::from_code(&order.method).unwrap_or(LoginMethod::BankId)
}

/// Whether the test identity provider is on: by configuration, and never in production.
#[derive(Clone, Copy, Debug)]
pub struct Enabled(pub bool);
