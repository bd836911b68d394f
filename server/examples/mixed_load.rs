//! The mixed load run (`scripts/bench-mixed`): every session read from standard input
//! (`CITIZEN <id>` and `STAFF <id>` lines, from `fill_mixed`) is a user of its own on a
//! keep-alive connection for SECONDS, going through its side's pages in turn with THINK_MS
//! between clicks (spread at random so users do not click in step). Citizens: the personal
//! start page, the inbox, their cases, events, booking and settings; staff: the clinic's
//! cases, their own, templates and invitations. Prints, per side, the requests answered,
//! errors (any answer but 200, or a broken connection), the server's time and the latency
//! users saw, and the server's memory. It asserts nothing.
//! Usage: mixed_load BASE_URL SECONDS THINK_MS SERVER_PID < sessions

use std::io::BufRead;
use std::time::{Duration, Instant};

use tokio::{io::BufReader, net::TcpStream};

#[path = "common/http.rs"]
mod http;
use http::{get, memory_mb, percentile};

const CITIZEN_PAGES: &[&str] = &[
    "/",
    "/inkorg",
    "/arenden",
    "/handelser",
    "/boka-tid",
    "/installningar",
];
const STAFF_PAGES: &[&str] = &[
    "/personal/arenden",
    "/personal/mina-arenden",
    "/personal/mallar",
    "/personal/kallelser",
];
use samla_model::cookies::{SESSION as CITIZEN_COOKIE, STAFF_SESSION as STAFF_COOKIE};

#[derive(Default)]
struct Samples {
    server_ms: Vec<f64>,
    client_ms: Vec<f64>,
    errors: usize,
}

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [base, seconds, think, pid] = args.as_slice() else {
        eprintln!("usage: mixed_load BASE_URL SECONDS THINK_MS SERVER_PID < sessions");
        std::process::exit(2);
    };
    let host = base
        .trim_start_matches("http://")
        .trim_end_matches('/')
        .to_owned();
    let until = Instant::now() + Duration::from_secs_f64(seconds.parse().expect("SECONDS"));
    let think: u64 = think.parse().expect("THINK_MS");
    let mut users = Vec::new();
    for line in std::io::stdin().lock().lines() {
        let line = line.expect("a line");
        let (side, pages, cookie) = match line.split_once(' ') {
            Some(("CITIZEN", id)) => ("citizens", CITIZEN_PAGES, format!("{CITIZEN_COOKIE}={id}")),
            Some(("STAFF", id)) => ("staff", STAFF_PAGES, format!("{STAFF_COOKIE}={id}")),
            _ => continue,
        };
        let host = host.clone();
        let first = users.len();
        users.push((
            side,
            tokio::spawn(async move { user(&host, pages, &cookie, first, think, until).await }),
        ));
    }
    println!(
        "{:<10} {:>6} {:>9} {:>7} {:>8} {:>8} {:>8} {:>8} {:>6}",
        "side", "users", "requests", "req/s", "srv p50", "srv p99", "cli p50", "cli p99", "errors"
    );
    let mut by_side: Vec<(&str, usize, Samples)> = Vec::new();
    for (side, handle) in users {
        let s = handle.await.expect("a user");
        let at = match by_side.iter().position(|(name, _, _)| *name == side) {
            Some(at) => at,
            None => {
                by_side.push((side, 0, Samples::default()));
                by_side.len() - 1
            }
        };
        let entry = &mut by_side[at];
        entry.1 += 1;
        entry.2.server_ms.extend(s.server_ms);
        entry.2.client_ms.extend(s.client_ms);
        entry.2.errors += s.errors;
    }
    let seconds: f64 = seconds.parse().expect("SECONDS");
    for (side, users, mut s) in by_side {
        println!(
            "{:<10} {:>6} {:>9} {:>7.0} {:>8.2} {:>8.2} {:>8.2} {:>8.2} {:>6}",
            side,
            users,
            s.client_ms.len(),
            s.client_ms.len() as f64 / seconds,
            percentile(&mut s.server_ms, 50.0),
            percentile(&mut s.server_ms, 99.0),
            percentile(&mut s.client_ms, 50.0),
            percentile(&mut s.client_ms, 99.0),
            s.errors,
        );
    }
    println!(
        "server RSS now {:.0} MB, peak {:.0} MB",
        memory_mb(pid, "VmRSS"),
        memory_mb(pid, "VmHWM")
    );
}

/// One user: their pages in turn, from page `first` on, a pause of about `think` ms between.
async fn user(
    host: &str,
    pages: &[&str],
    cookie: &str,
    first: usize,
    think: u64,
    until: Instant,
) -> Samples {
    let mut s = Samples::default();
    let mut connection: Option<BufReader<TcpStream>> = None;
    // A cheap spread (no rand crate): each user's pauses differ by its place in the list.
    let mut jitter = (first as u64).wrapping_mul(2_654_435_761) % think.max(1);
    tokio::time::sleep(Duration::from_millis(jitter)).await;
    let mut turn = first;
    while Instant::now() < until {
        if connection.is_none() {
            match TcpStream::connect(host).await {
                Ok(stream) => connection = Some(BufReader::new(stream)),
                Err(_) => {
                    s.errors += 1;
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            }
        }
        let stream = connection.as_mut().expect("connected");
        let path = pages[turn % pages.len()];
        turn += 1;
        let started = Instant::now();
        match get(stream, host, path, Some(cookie)).await {
            Ok((200, (_, server_ms))) => {
                s.client_ms.push(started.elapsed().as_secs_f64() * 1000.0);
                s.server_ms.push(server_ms.unwrap_or(f64::NAN));
            }
            _ => {
                s.errors += 1;
                connection = None;
            }
        }
        jitter = jitter
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1)
            % think.max(1);
        tokio::time::sleep(Duration::from_millis(think / 2 + jitter / 2 + 1)).await;
    }
    s
}
