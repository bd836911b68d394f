//! The benchmarks' HTTP client (`load`, `mixed_load`): one GET on a kept-alive connection
//! read whole, the server's own timing from its `Server-Timing` header, percentiles, and the
//! server's memory from /proc.

use tokio::{
    io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader},
    net::TcpStream,
};

/// One GET on a kept-alive connection: the status and the `Server-Timing` durations
/// (`queue`, `app`).
pub async fn get(
    stream: &mut BufReader<TcpStream>,
    host: &str,
    path: &str,
    cookie: Option<&str>,
) -> std::io::Result<(u16, (Option<f64>, Option<f64>))> {
    let cookie = cookie
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

pub fn percentile(samples: &mut [f64], p: f64) -> f64 {
    if samples.is_empty() {
        return f64::NAN;
    }
    samples.sort_by(f64::total_cmp);
    let at = ((samples.len() as f64 * p / 100.0).ceil() as usize).clamp(1, samples.len()) - 1;
    samples[at]
}

/// A line of the server's /proc status (`VmRSS`, `VmHWM`) in megabytes.
pub fn memory_mb(pid: &str, field: &str) -> f64 {
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
