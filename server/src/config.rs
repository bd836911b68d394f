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
    /// `SAMLA_BODY_LIMIT`: the largest request body accepted, in bytes.
    pub body_limit: usize,
    /// `SAMLA_CATALOGUE_POLL_MS`: how often this instance checks whether the clinic catalogue
    /// changed (by another instance or the staff tool) and its indexes must follow.
    pub catalogue_poll: std::time::Duration,
    /// `SAMLA_MAX_IN_FLIGHT`: how many requests are worked on at once; more wait their turn.
    pub max_in_flight: usize,
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("{name} has the value {value:?}, which is not {expected}")]
    Invalid {
        name: &'static str,
        value: String,
        expected: &'static str,
    },
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
        Ok(Config {
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
