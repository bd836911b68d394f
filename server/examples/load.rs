//! A small HTTP load generator for the benchmarks (`scripts/bench-find-care`): keeps
//! CONNECTIONS keep-alive connections busy on each path for SECONDS, then prints throughput,
//! the server's own time per request (its `Server-Timing` header), the latency the client saw,
//! and the server's memory. It prints figures; it asserts nothing.
//!
//! Usage: load BASE_URL CONNECTIONS SECONDS SERVER_PID PATH...
//! Requests ask for brotli, as browsers do, and read the whole body. With LOAD_COOKIE set,
//! every request sends it (a logged-in citizen's session).

use std::time::{Duration, Instant};

use tokio::{io::BufReader, net::TcpStream};

#[path = "common/http.rs"]
mod http;
use http::{get, memory_mb, percentile};

#[derive(Default)]
struct Samples {
    /// The server's work on a request (`app` in `Server-Timing`).
    server_ms: Vec<f64>,
    /// Its wait for a turn (`queue`).
    queue_ms: Vec<f64>,
    /// From writing the request to reading the whole answer.
    client_ms: Vec<f64>,
    errors: usize,
}

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [base, connections, seconds, pid, paths @ ..] = args.as_slice() else {
        eprintln!("usage: load BASE_URL CONNECTIONS SECONDS SERVER_PID PATH...");
        std::process::exit(2);
    };
    let host = base
        .trim_start_matches("http://")
        .trim_end_matches('/')
        .to_owned();
    let connections: usize = connections.parse().expect("CONNECTIONS");
    let seconds: f64 = seconds.parse().expect("SECONDS");
    println!(
        "{:<58} {:>7} {:>8} {:>8} {:>8} {:>9} {:>9} {:>9} {:>6} {:>6}",
        "request",
        "req/s",
        "srv p50",
        "srv p99",
        "srv max",
        "queue p99",
        "cli p50",
        "cli p99",
        "errors",
        "RSS MB"
    );
    for path in paths {
        // A short warm-up, then the measured run.
        run(&host, path, connections, Duration::from_millis(500)).await;
        let took = Duration::from_secs_f64(seconds);
        let mut s = run(&host, path, connections, took).await;
        let rate = s.client_ms.len() as f64 / took.as_secs_f64();
        println!(
            "{:<58} {:>7.0} {:>8.2} {:>8.2} {:>8.2} {:>9.2} {:>9.2} {:>9.2} {:>6} {:>6.0}",
            path,
            rate,
            percentile(&mut s.server_ms, 50.0),
            percentile(&mut s.server_ms, 99.0),
            percentile(&mut s.server_ms, 100.0),
            percentile(&mut s.queue_ms, 99.0),
            percentile(&mut s.client_ms, 50.0),
            percentile(&mut s.client_ms, 99.0),
            s.errors,
            memory_mb(pid, "VmRSS"),
        );
    }
    println!("server peak RSS: {:.0} MB", memory_mb(pid, "VmHWM"));
}

async fn run(host: &str, path: &str, connections: usize, took: Duration) -> Samples {
    let until = Instant::now() + took;
    let workers: Vec<_> = (0..connections)
        .map(|_| {
            let (host, path) = (host.to_owned(), path.to_owned());
            tokio::spawn(async move { worker(&host, &path, until).await })
        })
        .collect();
    let mut all = Samples::default();
    for worker in workers {
        let s = worker.await.expect("worker");
        all.server_ms.extend(s.server_ms);
        all.queue_ms.extend(s.queue_ms);
        all.client_ms.extend(s.client_ms);
        all.errors += s.errors;
    }
    all
}

async fn worker(host: &str, path: &str, until: Instant) -> Samples {
    let mut s = Samples::default();
    let mut connection: Option<BufReader<TcpStream>> = None;
    let cookie = std::env::var("LOAD_COOKIE").ok();
    while Instant::now() < until {
        if connection.is_none() {
            match TcpStream::connect(host).await {
                Ok(stream) => connection = Some(BufReader::new(stream)),
                Err(_) => {
                    s.errors += 1;
                    tokio::time::sleep(Duration::from_millis(10)).await;
                    continue;
                }
            }
        }
        let stream = connection.as_mut().expect("connected");
        let started = Instant::now();
        match get(stream, host, path, cookie.as_deref()).await {
            Ok((200, (queue_ms, server_ms))) => {
                s.client_ms.push(started.elapsed().as_secs_f64() * 1000.0);
                s.server_ms.push(server_ms.unwrap_or(f64::NAN));
                s.queue_ms.push(queue_ms.unwrap_or(0.0));
            }
            _ => {
                s.errors += 1;
                connection = None;
            }
        }
    }
    s
}
