//! Live sessions as this instance saw them in the last moment (`SAMLA_SESSION_CACHE_MS`,
//! default 1 s), so a citizen's page and the requests it makes at once cost one session
//! lookup, not one each. Only a hash of the id is the key. Logging out or in on this instance
//! drops the browser's entry at once; another instance's cache forgets it within the TTL.

use std::{
    collections::HashMap,
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};

use samla_model::login::Viewer;

/// More entries than this are not kept (the oldest go first, by clearing the stale).
const CAP: usize = 100_000;

#[derive(Clone)]
pub struct SessionCache {
    ttl: Duration,
    entries: Arc<Mutex<HashMap<String, (Instant, Viewer)>>>,
}

impl SessionCache {
    pub fn new(ttl: Duration) -> SessionCache {
        SessionCache {
            ttl,
            entries: Arc::new(Mutex::new(HashMap::new())),
        }
    }

    fn key(id: &str) -> String {
        samla_domain::secrets::hash(id)
    }

    pub fn get(&self, id: &str) -> Option<Viewer> {
        if self.ttl.is_zero() {
            return None;
        }
        let entries = self.entries.lock().ok()?;
        entries
            .get(&Self::key(id))
            .filter(|(at, _)| at.elapsed() < self.ttl)
            .map(|(_, viewer)| viewer.clone())
    }

    pub fn put(&self, id: &str, viewer: &Viewer) {
        if self.ttl.is_zero() {
            return;
        }
        if let Ok(mut entries) = self.entries.lock() {
            if entries.len() >= CAP {
                let ttl = self.ttl;
                entries.retain(|_, (at, _)| at.elapsed() < ttl);
                if entries.len() >= CAP {
                    entries.clear();
                }
            }
            entries.insert(Self::key(id), (Instant::now(), viewer.clone()));
        }
    }

    pub fn forget(&self, id: &str) {
        if let Ok(mut entries) = self.entries.lock() {
            entries.remove(&Self::key(id));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn viewer() -> Viewer {
        Viewer {
            personnummer: "191212121212".into(),
            given_name: "Tolvan".into(),
            family_name: "Tolvansson".into(),
            expires_at: 0,
            warn_secs: 120,
            guardian: None,
        }
    }

    #[test]
    fn an_entry_lives_for_the_ttl_and_is_forgotten_on_request() {
        let cache = SessionCache::new(Duration::from_millis(50));
        cache.put("id", &viewer());
        assert_eq!(cache.get("id"), Some(viewer()));
        assert_eq!(cache.get("other"), None);
        cache.forget("id");
        assert_eq!(cache.get("id"), None);
        cache.put("id", &viewer());
        std::thread::sleep(Duration::from_millis(60));
        assert_eq!(cache.get("id"), None, "stale after the TTL");
        let off = SessionCache::new(Duration::ZERO);
        off.put("id", &viewer());
        assert_eq!(off.get("id"), None, "a TTL of 0 turns it off");
    }
}
