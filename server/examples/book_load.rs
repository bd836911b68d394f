//! The booking benchmark's load (`scripts/bench-booking`): every citizen posts the booking
//! form (`/api/book_time`, as the summary page does) at the same moment, each on their own
//! time; then, in a race round, all of them on one time. Prints, per round, how many got a
//! time, the answers per second over the round (all requests sent at once, so the round's wall
//! time is the server's), and the latency each citizen saw; it asserts nothing.
//! Usage: book_load BASE_URL ROUNDS < lines of `BOOKER <session> <slot>`

use std::io::BufRead;
use std::time::{Duration, Instant};

struct Outcome {
    booked: bool,
    ms: f64,
}

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [base, rounds] = &args[..] else {
        eprintln!("usage: book_load BASE_URL ROUNDS < bookers");
        std::process::exit(2);
    };
    let rounds: usize = rounds.parse().expect("ROUNDS");
    let bookers: Vec<(String, i64)> = std::io::stdin()
        .lock()
        .lines()
        .map_while(Result::ok)
        .filter_map(|line| {
            let mut parts = line.strip_prefix("BOOKER ")?.split(' ');
            Some((parts.next()?.to_owned(), parts.next()?.parse().ok()?))
        })
        .collect();
    let per_round = bookers.len() / (2 * rounds);
    assert!(per_round > 0, "too few bookers for {rounds} rounds");
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(Duration::from_secs(30))
        .build()
        .expect("a client");
    println!(
        "{:<34} {:>6} {:>7} {:>9} {:>8} {:>8} {:>8} {:>7}",
        "round", "people", "booked", "answers/s", "p50 ms", "p99 ms", "max ms", "wall ms"
    );
    for round in 0..rounds {
        let start = 2 * round * per_round;
        let distinct = &bookers[start..start + per_round];
        report(
            &format!("{} at once, each their own time", per_round),
            &client,
            base,
            distinct.to_vec(),
        )
        .await;
        // The race: the next group all on the first one's time (a fresh one, not yet booked).
        let group = &bookers[start + per_round..start + 2 * per_round];
        let slot = group[0].1;
        let racing = group.iter().map(|(s, _)| (s.clone(), slot)).collect();
        report(
            &format!("{} at once on one time", per_round),
            &client,
            base,
            racing,
        )
        .await;
    }
}

async fn report(label: &str, client: &reqwest::Client, base: &str, bookers: Vec<(String, i64)>) {
    let people = bookers.len();
    let started = Instant::now();
    let tasks: Vec<_> = bookers
        .into_iter()
        .map(|(session, slot)| {
            let client = client.clone();
            let base = base.to_owned();
            tokio::spawn(async move { book(&client, &base, &session, slot).await })
        })
        .collect();
    let mut outcomes = Vec::with_capacity(people);
    for task in tasks {
        outcomes.push(task.await.expect("a task"));
    }
    let wall = started.elapsed().as_secs_f64();
    let booked = outcomes.iter().filter(|o| o.booked).count();
    let mut ms: Vec<f64> = outcomes.iter().map(|o| o.ms).collect();
    ms.sort_by(f64::total_cmp);
    let at = |q: f64| ms[((ms.len() as f64 * q).ceil() as usize).clamp(1, ms.len()) - 1];
    println!(
        "{label:<34} {people:>6} {booked:>7} {:>9.0} {:>8.1} {:>8.1} {:>8.1} {:>7.0}",
        people as f64 / wall,
        at(0.5),
        at(0.99),
        ms[ms.len() - 1],
        wall * 1000.0
    );
}

/// Posts the booking form as `session`; booked when the answer leads to the booking's page.
async fn book(client: &reqwest::Client, base: &str, session: &str, slot: i64) -> Outcome {
    let started = Instant::now();
    let answer = client
        .post(format!("{base}/api/book_time"))
        .header("Origin", base)
        .header("Accept", "text/html")
        .header("Cookie", format!("__Host-samla-session={session}"))
        .form(&[("slot", slot.to_string()), ("note", String::new())])
        .send()
        .await;
    let ms = started.elapsed().as_secs_f64() * 1000.0;
    let booked = answer.ok().is_some_and(|a| {
        a.headers()
            .get("location")
            .and_then(|l| l.to_str().ok())
            .is_some_and(|l| l.contains("bokad=1"))
    });
    Outcome { booked, ms }
}
