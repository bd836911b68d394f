//! Typed configuration from environment variables (see `.env.sample`).

use std::{net::SocketAddr, path::PathBuf};

#[derive(Clone, Debug)]
pub struct Config {
    /// `SAMLA_ADDR`: where to listen.
    pub addr: SocketAddr,
    /// `SAMLA_DATA_DIR`: where the embedded database lives.
    pub data_dir: PathBuf,
    /// `DATABASE_URL`: defaults to a SQLite file in the data directory.
    pub database_url: String,
    /// `SAMLA_SITE_ROOT`: the built site (wasm, JS, CSS, assets) from cargo-leptos.
    pub site_root: PathBuf,
    /// `SAMLA_DEMO_SCALE`: demo data volume seeded into an empty database; 0 seeds nothing.
    pub demo_scale: u32,
    /// `SAMLA_PUBLIC_ORIGIN`: the origin citizens use, e.g. `https://samla.example`. When set,
    /// it is the only origin allowed to post; when it is https, responses carry HSTS.
    pub public_origin: Option<String>,
    /// `SAMLA_BODY_LIMIT`: the largest request body accepted, in bytes (uploads have their
    /// own limit, `form_upload::UPLOAD_BODY_MAX`).
    pub body_limit: usize,
    /// `SAMLA_FILE_STORE`: where attachments are kept: unset, a directory `files` in the data
    /// directory; `s3://bucket[/prefix]`, an S3-compatible store (endpoint and keys from the
    /// `AWS_*` variables).
    pub file_store: Option<String>,
    /// `SAMLA_CATALOGUE_POLL_MS`: how often this instance checks whether the clinic catalogue
    /// changed (by another instance or the staff tool) and its indexes must follow.
    pub catalogue_poll: std::time::Duration,
    /// `SAMLA_MAX_IN_FLIGHT`: how many requests are worked on at once; more wait their turn.
    pub max_in_flight: usize,
    /// `SAMLA_PRODUCTION`: `1` for a deployment citizens use. It requires an https
    /// `SAMLA_PUBLIC_ORIGIN` and refuses the test identity provider.
    pub production: bool,
    /// `SAMLA_TEST_IDP`: the built-in test e-ID and its personas (default on, except in
    /// production, where turning it on is refused).
    pub test_idp: bool,
    /// `SAMLA_SESSION_IDLE_SECS`, `SAMLA_SESSION_MAX_SECS`, `SAMLA_SESSION_WARN_SECS`: a
    /// session ends after 15 minutes without a request and after 12 hours in all; the
    /// warning shows 2 minutes before (shortened in tests).
    pub session: samla_domain::sessions::Limits,
    /// The notification senders and the outbox worker's timing (`notifier`).
    pub notify: crate::notifier::NotifyConfig,
    /// `SAMLA_OIDC_ISSUER` and the rest: login through a real e-ID broker (`oidc`). When set,
    /// the login page goes there instead of to the test identity provider.
    pub oidc: Option<crate::oidc::OidcConfig>,
    /// `SAMLA_SITHS_ISSUER` and the rest: the staff's login with a SITHS card through an
    /// OpenID Connect issuer (`staff_oidc`), the HSA-id in `SAMLA_SITHS_HSA_CLAIM`.
    pub siths: Option<crate::oidc::OidcConfig>,
    /// `SAMLA_SESSION_CACHE_MS`: how long this instance answers a session from memory
    /// (`session_cache`); 0 asks the database on every request.
    pub session_cache: std::time::Duration,
    /// Reminders and retention (`case_jobs`).
    pub case_jobs: crate::case_jobs::CaseJobsConfig,
    /// Login attempts per IP address (`security::login_limit`).
    pub login_limit: crate::security::login_limit::LoginLimitConfig,
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("{name} has the value {value:?}, which is not {expected}")]
    Invalid {
        name: &'static str,
        value: String,
        expected: &'static str,
    },
    #[error("{0}")]
    Refused(&'static str),
}

impl Config {
    pub fn from_env() -> Result<Config, ConfigError> {
        Self::from_lookup(|name| std::env::var(name).ok().filter(|v| !v.is_empty()))
    }

    /// Reads the configuration through `lookup`, so tests need not touch the process environment.
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Config, ConfigError> {
        let data_dir = PathBuf::from(lookup("SAMLA_DATA_DIR").unwrap_or_else(|| "data".into()));
        let database_url = lookup("DATABASE_URL").unwrap_or_else(|| {
            format!(
                "sqlite://{}?mode=rwc",
                data_dir.join("samla.sqlite").display()
            )
        });
        let public_origin =
            lookup("SAMLA_PUBLIC_ORIGIN").map(|o| o.trim_end_matches('/').to_owned());
        if let Some(origin) = &public_origin
            && !(origin.starts_with("http://") || origin.starts_with("https://"))
        {
            return Err(ConfigError::Invalid {
                name: "SAMLA_PUBLIC_ORIGIN",
                value: origin.clone(),
                expected: "an origin such as https://samla.example",
            });
        }
        let production = flag(&lookup, "SAMLA_PRODUCTION", false)?;
        let test_idp = flag(&lookup, "SAMLA_TEST_IDP", !production)?;
        if production && test_idp {
            return Err(ConfigError::Refused(
                "SAMLA_PRODUCTION refuses the test identity provider: unset SAMLA_TEST_IDP",
            ));
        }
        if production
            && !public_origin
                .as_deref()
                .is_some_and(|o| o.starts_with("https://"))
        {
            return Err(ConfigError::Refused(
                "SAMLA_PRODUCTION requires SAMLA_PUBLIC_ORIGIN, the public https:// origin",
            ));
        }
        let session = samla_domain::sessions::Limits {
            idle_secs: parse(
                &lookup,
                "SAMLA_SESSION_IDLE_SECS",
                "900",
                "a number of seconds",
            )?,
            absolute_secs: parse(
                &lookup,
                "SAMLA_SESSION_MAX_SECS",
                "43200",
                "a number of seconds",
            )?,
            warn_secs: parse(
                &lookup,
                "SAMLA_SESSION_WARN_SECS",
                "120",
                "a number of seconds",
            )?,
        };
        if session.idle_secs < 10 || session.absolute_secs < session.idle_secs {
            return Err(ConfigError::Refused(
                "SAMLA_SESSION_IDLE_SECS must be at least 10 and SAMLA_SESSION_MAX_SECS at least as long",
            ));
        }
        let notify = crate::notifier::NotifyConfig {
            smtp_url: lookup("SAMLA_SMTP_URL"),
            smtp_from: lookup("SAMLA_SMTP_FROM")
                .unwrap_or_else(|| "Samla <ingen-svarsadress@samla.localhost>".into()),
            sms_url: lookup("SAMLA_SMS_URL"),
            sms_token: lookup("SAMLA_SMS_TOKEN"),
            retry_secs: parse(
                &lookup,
                "SAMLA_OUTBOX_RETRY_SECS",
                "10",
                "a number of seconds",
            )?,
            lease_secs: parse(
                &lookup,
                "SAMLA_OUTBOX_LEASE_SECS",
                "60",
                "a number of seconds",
            )?,
            poll: std::time::Duration::from_millis(parse(
                &lookup,
                "SAMLA_OUTBOX_POLL_MS",
                "1000",
                "a number of milliseconds",
            )?),
        };
        let oidc = oidc_config(
            &lookup,
            "SAMLA_OIDC",
            (
                "SAMLA_OIDC_PNR_CLAIM",
                "https://id.oidc.se/claim/personalIdentityNumber",
            ),
            "SAMLA_OIDC_ISSUER needs SAMLA_OIDC_CLIENT_ID, the client id the issuer gave",
        )?;
        let siths = oidc_config(
            &lookup,
            "SAMLA_SITHS",
            ("SAMLA_SITHS_HSA_CLAIM", "employeeHsaId"),
            "SAMLA_SITHS_ISSUER needs SAMLA_SITHS_CLIENT_ID, the client id the issuer gave",
        )?;
        if production && oidc.is_none() {
            return Err(ConfigError::Refused(
                "SAMLA_PRODUCTION needs SAMLA_OIDC_ISSUER: without the test e-ID, citizens log in through it",
            ));
        }
        let case_jobs = crate::case_jobs::CaseJobsConfig {
            reminder_days: parse(
                &lookup,
                "SAMLA_REMINDER_DAYS",
                "7",
                "a whole number of days",
            )?,
            every: std::time::Duration::from_secs(parse(
                &lookup,
                "SAMLA_CASE_JOBS_SECS",
                "3600",
                "a number of seconds",
            )?),
        };
        let login_limit = crate::security::login_limit::LoginLimitConfig {
            burst: parse(
                &lookup,
                "SAMLA_LOGIN_BURST",
                "30",
                "a whole number of attempts (at least 1)",
            )?,
            refill: std::time::Duration::from_secs(
                parse::<u64>(
                    &lookup,
                    "SAMLA_LOGIN_REFILL_SECS",
                    "2",
                    "a number of seconds (at least 1)",
                )?
                .max(1),
            ),
            trust_proxy: flag(&lookup, "SAMLA_TRUST_PROXY", false)?,
        };
        Ok(Config {
            session_cache: std::time::Duration::from_millis(parse(
                &lookup,
                "SAMLA_SESSION_CACHE_MS",
                "1000",
                "a number of milliseconds (0 = off)",
            )?),
            case_jobs,
            login_limit,
            oidc,
            siths,
            notify,
            production,
            test_idp,
            session,
            addr: parse(
                &lookup,
                "SAMLA_ADDR",
                "127.0.0.1:3000",
                "an address such as 127.0.0.1:3000",
            )?,
            data_dir,
            database_url,
            site_root: PathBuf::from(
                lookup("SAMLA_SITE_ROOT").unwrap_or_else(|| "target/site".into()),
            ),
            demo_scale: parse(
                &lookup,
                "SAMLA_DEMO_SCALE",
                "1",
                "a whole number (0 = no demo data)",
            )?,
            public_origin,
            body_limit: parse(&lookup, "SAMLA_BODY_LIMIT", "1048576", "a size in bytes")?,
            file_store: lookup("SAMLA_FILE_STORE").filter(|v| !v.is_empty()),
            catalogue_poll: std::time::Duration::from_millis(parse::<u64>(
                &lookup,
                "SAMLA_CATALOGUE_POLL_MS",
                "2000",
                "a number of milliseconds (at least 100)",
            )?)
            .max(std::time::Duration::from_millis(100)),
            max_in_flight: match lookup("SAMLA_MAX_IN_FLIGHT") {
                Some(_) => parse::<std::num::NonZeroUsize>(
                    &lookup,
                    "SAMLA_MAX_IN_FLIGHT",
                    "",
                    "a whole number of requests, at least 1",
                )?
                .get(),
                None => 4 * std::thread::available_parallelism().map_or(2, usize::from),
            },
        })
    }

    /// The origin in canonical links, the sitemap and robots.txt: the configured public origin,
    /// else the listen address. Never a request header, which any client may set (a poisoned
    /// Host would otherwise end up in cached pages).
    pub fn site_origin(&self) -> String {
        self.public_origin
            .clone()
            .unwrap_or_else(|| format!("http://{}", self.addr))
    }

    /// Whether citizens reach the site over TLS (then HSTS is sent).
    pub fn served_over_tls(&self) -> bool {
        self.public_origin
            .as_deref()
            .is_some_and(|o| o.starts_with("https://"))
    }
}

/// `1`/`true`/`on` or `0`/`false`/`off`.
fn flag(
    lookup: &impl Fn(&str) -> Option<String>,
    name: &'static str,
    default: bool,
) -> Result<bool, ConfigError> {
    match lookup(name).as_deref().map(str::trim) {
        None => Ok(default),
        Some("1" | "true" | "on") => Ok(true),
        Some("0" | "false" | "off") => Ok(false),
        Some(other) => Err(ConfigError::Invalid {
            name,
            value: other.to_owned(),
            expected: "1 or 0",
        }),
    }
}

fn parse<T: std::str::FromStr>(
    lookup: &impl Fn(&str) -> Option<String>,
    name: &'static str,
    default: &str,
    expected: &'static str,
) -> Result<T, ConfigError> {
    let value = lookup(name).unwrap_or_else(|| default.to_owned());
    value.trim().parse().map_err(|_| ConfigError::Invalid {
        name,
        value,
        expected,
    })
}

/// An OpenID Connect issuer's settings under `prefix` (`{prefix}_ISSUER`, `_CLIENT_ID`,
/// `_CLIENT_SECRET`) and the claim naming who logged in; none without an issuer.
fn oidc_config(
    lookup: &impl Fn(&str) -> Option<String>,
    prefix: &str,
    (claim_var, default_claim): (&str, &str),
    needs_client: &'static str,
) -> Result<Option<crate::oidc::OidcConfig>, ConfigError> {
    let Some(issuer) = lookup(&format!("{prefix}_ISSUER")) else {
        return Ok(None);
    };
    Ok(Some(crate::oidc::OidcConfig {
        issuer,
        client_id: lookup(&format!("{prefix}_CLIENT_ID"))
            .ok_or(ConfigError::Refused(needs_client))?,
        client_secret: lookup(&format!("{prefix}_CLIENT_SECRET")),
        claim: lookup(claim_var).unwrap_or_else(|| default_claim.to_owned()),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(pairs: &[(&str, &str)]) -> Result<Config, ConfigError> {
        Config::from_lookup(|name| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.to_string())
        })
    }

    #[test]
    fn defaults_give_a_local_sqlite_portal() {
        let c = config(&[]).unwrap();
        assert_eq!(c.addr.to_string(), "127.0.0.1:3000");
        assert_eq!(c.database_url, "sqlite://data/samla.sqlite?mode=rwc");
        assert_eq!(c.demo_scale, 1);
        assert!(!c.served_over_tls());
    }

    #[test]
    fn database_file_follows_the_data_directory() {
        let c = config(&[("SAMLA_DATA_DIR", "/var/lib/samla")]).unwrap();
        assert_eq!(
            c.database_url,
            "sqlite:///var/lib/samla/samla.sqlite?mode=rwc"
        );
    }

    #[test]
    fn bad_values_name_the_variable() {
        let err = config(&[("SAMLA_ADDR", "port 80")])
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("SAMLA_ADDR") && err.contains("port 80"),
            "{err}"
        );
        assert!(config(&[("SAMLA_PUBLIC_ORIGIN", "samla.example")]).is_err());
        let err = config(&[("SAMLA_MAX_IN_FLIGHT", "0")])
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("SAMLA_MAX_IN_FLIGHT") && err.contains("at least 1"),
            "{err}"
        );
        assert!(config(&[("SAMLA_CATALOGUE_POLL_MS", "soon")]).is_err());
    }

    #[test]
    fn the_work_queue_and_the_catalogue_check_have_bounds() {
        let c = config(&[
            ("SAMLA_MAX_IN_FLIGHT", "3"),
            ("SAMLA_CATALOGUE_POLL_MS", "5"),
        ])
        .unwrap();
        assert_eq!(c.max_in_flight, 3);
        assert_eq!(
            c.catalogue_poll,
            std::time::Duration::from_millis(100),
            "at least 100 ms"
        );
        assert!(config(&[]).unwrap().max_in_flight >= 4);
    }

    #[test]
    fn production_refuses_the_test_identity_provider_and_plain_http() {
        let https = ("SAMLA_PUBLIC_ORIGIN", "https://samla.example");
        let issuer = ("SAMLA_OIDC_ISSUER", "https://broker.example");
        let client = ("SAMLA_OIDC_CLIENT_ID", "samla");
        assert!(config(&[]).unwrap().test_idp, "on for local use");
        let prod = config(&[("SAMLA_PRODUCTION", "1"), https, issuer, client]).unwrap();
        assert!(prod.production && !prod.test_idp && prod.oidc.is_some());
        assert!(
            config(&[("SAMLA_PRODUCTION", "1"), https]).is_err(),
            "no way to log in"
        );
        assert!(
            config(&[("SAMLA_PRODUCTION", "1"), https, issuer]).is_err(),
            "no client id"
        );
        assert!(
            config(&[
                ("SAMLA_PRODUCTION", "1"),
                https,
                issuer,
                client,
                ("SAMLA_TEST_IDP", "1")
            ])
            .is_err()
        );
        assert!(config(&[("SAMLA_PRODUCTION", "1"), issuer, client]).is_err());
        assert!(
            config(&[
                ("SAMLA_PRODUCTION", "1"),
                ("SAMLA_PUBLIC_ORIGIN", "http://samla.example")
            ])
            .is_err()
        );
        assert!(config(&[("SAMLA_PRODUCTION", "yes please")]).is_err());
    }

    #[test]
    fn sessions_last_15_minutes_idle_and_12_hours_in_all_unless_configured() {
        let limits = config(&[]).unwrap().session;
        assert_eq!(
            (limits.idle_secs, limits.absolute_secs, limits.warn_secs),
            (900, 43200, 120)
        );
        let short = config(&[
            ("SAMLA_SESSION_IDLE_SECS", "20"),
            ("SAMLA_SESSION_WARN_SECS", "10"),
        ]);
        assert_eq!(short.unwrap().session.idle_secs, 20);
        assert!(config(&[("SAMLA_SESSION_IDLE_SECS", "1")]).is_err());
    }

    #[test]
    fn the_site_origin_is_configured_or_the_listen_address() {
        let c = config(&[("SAMLA_ADDR", "127.0.0.1:8080")]).unwrap();
        assert_eq!(c.site_origin(), "http://127.0.0.1:8080");
        let c = config(&[("SAMLA_PUBLIC_ORIGIN", "https://samla.example/")]).unwrap();
        assert_eq!(c.site_origin(), "https://samla.example");
    }

    #[test]
    fn https_origin_means_tls() {
        let c = config(&[("SAMLA_PUBLIC_ORIGIN", "https://samla.example/")]).unwrap();
        assert_eq!(c.public_origin.as_deref(), Some("https://samla.example"));
        assert!(c.served_over_tls());
    }
}
