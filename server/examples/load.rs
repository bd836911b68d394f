//! A small HTTP load generator for the benchmarks (`scripts/bench-find-care`): keeps
//! CONNECTIONS keep-alive connections busy on each path for SECONDS, then prints throughput,
//! the server's own time per request (its `Server-Timing` header), the latency the client saw,
//! and the server's memory. It prints figures; it asserts nothing.
//!
//! Usage: load BASE_URL CONNECTIONS SECONDS SERVER_PID PATH...
//! Requests ask for brotli, as browsers do, and read the whole body. With LOAD_COOKIE set,
//! every request sends it (a logged-in citizen's session).

use std::time::{Duration, Instant};

use tokio::{
    io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader},
    net::TcpStream,
};

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
        match get(stream, host, path).await {
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

/// One GET on a kept-alive connection: the status and the `Server-Timing` durations
/// (`queue`, `app`).
async fn get(
    stream: &mut BufReader<TcpStream>,
    host: &str,
    path: &str,
) -> std::io::Result<(u16, (Option<f64>, Option<f64>))> {
    let cookie = std::env::var("LOAD_COOKIE")
        .map(|c| format!("Cookie: {c}\r\n"))
        .unwrap_or_default();
    let request = format!(
        "GET {path} HTTP/1.1\r\nHost: {host}\r\nAccept: text/html\r\nAccept-Encoding: br\r\n{cookie}\r\n"
    );
    stream.get_mut().write_all(request.as_bytes()).await?;
    let mut line = String::new();
    stream.read_line(&mut line).await?;
    let status: u16 = line
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let (mut length, mut chunked, mut timing) = (None, false, (None, None));
    loop {
        line.clear();
        stream.read_line(&mut line).await?;
        let header = line.trim_end();
        if header.is_empty() {
            break;
        }
        let (name, value) = header.split_once(':').unwrap_or((header, ""));
        let value = value.trim();
        match name.to_ascii_lowercase().as_str() {
            "content-length" => length = value.parse::<usize>().ok(),
            "transfer-encoding" => chunked = value.contains("chunked"),
            "server-timing" => timing = (metric(value, "queue"), metric(value, "app")),
            _ => {}
        }
    }
    if chunked {
        loop {
            line.clear();
            stream.read_line(&mut line).await?;
            let size = usize::from_str_radix(line.trim(), 16).unwrap_or(0);
            let mut chunk = vec![0; size + 2];
            stream.read_exact(&mut chunk).await?;
            if size == 0 {
                break;
            }
        }
    } else if let Some(length) = length {
        let mut body = vec![0; length];
        stream.read_exact(&mut body).await?;
    }
    Ok((status, timing))
}

/// `name`'s duration in a `Server-Timing` value such as `queue;dur=0.1, app;dur=2.5`.
fn metric(value: &str, name: &str) -> Option<f64> {
    value
        .split(',')
        .find_map(|m| m.trim().strip_prefix(name)?.strip_prefix(";dur="))
        .and_then(|v| v.parse().ok())
}

fn percentile(samples: &mut [f64], p: f64) -> f64 {
    if samples.is_empty() {
        return f64::NAN;
    }
    samples.sort_by(f64::total_cmp);
    let at = ((samples.len() as f64 * p / 100.0).ceil() as usize).clamp(1, samples.len()) - 1;
    samples[at]
}

/// A line of the server's /proc status (`VmRSS`, `VmHWM`) in megabytes.
fn memory_mb(pid: &str, field: &str) -> f64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find(|l| l.starts_with(field))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
        })
        .map_or(f64::NAN, |kb| kb / 1024.0)
}
