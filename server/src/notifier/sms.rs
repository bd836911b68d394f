//! SMS through an HTTP gateway: a POST of `{"to","text"}` as JSON, with the outbox row's
//! idempotency key in `Idempotency-Key` so the gateway sends a repeat only once.

use samla_domain::outbox::Job;

pub struct SmsSender {
    client: reqwest::Client,
    url: String,
    token: Option<String>,
}

impl SmsSender {
    pub fn new(url: &str, token: Option<String>) -> Result<SmsSender, String> {
        if !(url.starts_with("http://") || url.starts_with("https://")) {
            return Err(format!("SAMLA_SMS_URL {url:?} is not an http(s) address"));
        }
        let client = reqwest::Client::builder()
            .timeout(std::time::Duration::from_secs(20))
            .build()
            .map_err(|e| format!("SMS client: {e}"))?;
        Ok(SmsSender {
            client,
            url: url.to_owned(),
            token,
        })
    }

    pub async fn send(&self, job: &Job) -> Result<(), String> {
        let mut request = self
            .client
            .post(&self.url)
            .header("Idempotency-Key", &job.key)
            .json(&serde_json::json!({ "to": job.address, "text": job.body }));
        if let Some(token) = &self.token {
            request = request.bearer_auth(token);
        }
        let response = request.send().await.map_err(|e| format!("sms: {e}"))?;
        let status = response.status();
        if status.is_success() {
            Ok(())
        } else {
            Err(format!("sms gateway answered {status}"))
        }
    }
}
