//! Search latency on demo data and on 10× demo data, printed as p50/p99, and how long a
//! catalogue rebuild takes (scripts/bench-search).
//! A benchmark prints figures; it asserts nothing.

use std::time::{Duration, Instant};

use samla_domain::{
    catalogue::Catalogue, db::connect_and_migrate, search::SearchIndex, seed::seed_demo,
};
use samla_model::Lang;

/// A fixed mix of what citizens type: complaints, typos, places, clinics, e-services, rights.
const QUERIES: [&str; 20] = [
    "ont i ryggen",
    "förkylnig",
    "feber hos barn",
    "vårdcentralen lund",
    "tandläkare umea",
    "recept",
    "klaga på vården",
    "ryggskott",
    "huvudvärk",
    "urinvagsinfektion",
    "astma",
    "vaccination",
    "ögoninflammation",
    "akutmottagning stockholm",
    "barnmorska",
    "migrän",
    "inkorg",
    "sömnbesvär",
    "bvc malmö",
    "vårdgarantin",
];
const ROUNDS: usize = 25;

#[tokio::main]
async fn main() {
    for scale in [1, 10] {
        let db = connect_and_migrate("sqlite::memory:")
            .await
            .expect("database");
        let seeded = seed_demo(&db, scale).await.expect("seed");
        let started = Instant::now();
        let index = SearchIndex::build(&db).await.expect("index");
        let built = started.elapsed();
        for text in QUERIES {
            index.search(text, Lang::Sv).expect("search");
        }
        let mut samples: Vec<Duration> = Vec::with_capacity(ROUNDS * QUERIES.len());
        for _ in 0..ROUNDS {
            for text in QUERIES {
                let t = Instant::now();
                let results = index.search(text, Lang::Sv).expect("search");
                samples.push(t.elapsed());
                std::hint::black_box(results);
            }
        }
        samples.sort();
        let at = |p: usize| samples[(samples.len() * p / 100).min(samples.len() - 1)];
        println!(
            "scale {scale:>2}: {:>6} clinics, index built in {:>5} ms | search p50 {:>6.2} ms, p99 {:>6.2} ms, max {:>6.2} ms ({} searches)",
            seeded.clinics,
            built.as_millis(),
            ms(at(50)),
            ms(at(99)),
            ms(*samples.last().expect("samples")),
            samples.len(),
        );
        // What an instance does when the catalogue changed: build both indexes anew.
        let started = Instant::now();
        let catalogue = Catalogue::load(&db).await.expect("catalogue");
        println!(
            "          catalogue rebuilt (find-care index and search index) in {:>5} ms",
            started.elapsed().as_millis()
        );
        std::hint::black_box(catalogue);
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
