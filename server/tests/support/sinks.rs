//! A local SMTP sink and SMS gateway stub on loopback ports, standing in for the real mail
//! relay and SMS gateway: they take what the notifier sends and keep it for the test to read.

use std::sync::{Arc, Mutex};

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

/// The mails (their whole DATA) and SMS (`(idempotency key, JSON body)`) received.
#[derive(Clone, Default)]
pub struct Received {
    pub mails: Arc<Mutex<Vec<String>>>,
    pub sms: Arc<Mutex<Vec<(String, serde_json::Value)>>>,
}

impl Received {
    pub fn mails(&self) -> Vec<String> {
        self.mails.lock().unwrap().clone()
    }
    pub fn sms(&self) -> Vec<(String, serde_json::Value)> {
        self.sms.lock().unwrap().clone()
    }
}

/// Starts an SMTP sink on `port` (0: any free one); its `smtp://` address.
pub async fn smtp_sink(received: Received, port: u16) -> String {
    let listener = TcpListener::bind(("127.0.0.1", port)).await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let received = received.clone();
            tokio::spawn(async move {
                let (read, mut write) = stream.into_split();
                let mut lines = BufReader::new(read).lines();
                write.write_all(b"220 sink ESMTP\r\n").await.ok();
                let mut data: Option<String> = None;
                while let Ok(Some(line)) = lines.next_line().await {
                    if let Some(body) = data.as_mut() {
                        if line == "." {
                            received.mails.lock().unwrap().push(std::mem::take(body));
                            data = None;
                            write.write_all(b"250 queued\r\n").await.ok();
                        } else {
                            body.push_str(&line);
                            body.push('\n');
                        }
                        continue;
                    }
                    let verb = line.split(' ').next().unwrap_or("").to_ascii_uppercase();
                    let answer: &[u8] = match verb.as_str() {
                        "EHLO" | "HELO" => b"250-sink\r\n250 8BITMIME\r\n",
                        "DATA" => {
                            data = Some(String::new());
                            b"354 go on\r\n"
                        }
                        "QUIT" => {
                            write.write_all(b"221 bye\r\n").await.ok();
                            break;
                        }
                        _ => b"250 ok\r\n",
                    };
                    write.write_all(answer).await.ok();
                }
            });
        }
    });
    format!("smtp://{address}")
}

/// Starts an SMS gateway stub; the URL to post to.
pub async fn sms_gateway(received: Received) -> String {
    use axum::{Json, Router, http::HeaderMap, routing::post};
    let app = Router::new().route(
        "/sms",
        post(
            move |headers: HeaderMap, Json(body): Json<serde_json::Value>| {
                let received = received.clone();
                async move {
                    let key = headers
                        .get("idempotency-key")
                        .map(|v| v.to_str().unwrap().to_owned())
                        .unwrap_or_default();
                    received.sms.lock().unwrap().push((key, body));
                    "ok"
                }
            },
        ),
    );
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    format!("http://{address}/sms")
}

/// Waits up to `secs` for `done`.
pub async fn eventually(secs: u64, mut done: impl FnMut() -> bool) -> bool {
    for _ in 0..secs * 20 {
        if done() {
            return true;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    done()
}
