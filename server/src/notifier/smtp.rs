//! E-mail through an SMTP relay (`lettre`). The Message-ID is made from the outbox row's
//! idempotency key, so a repeat after a crash is the same message to mail systems.

use lettre::{
    AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor,
    message::{Mailbox, header::ContentType},
};
use samla_domain::outbox::Job;

pub struct SmtpSender {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
}

impl SmtpSender {
    pub fn new(url: &str, from: &str) -> Result<SmtpSender, String> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(|e| format!("SAMLA_SMTP_URL {url:?}: {e}"))?
            .timeout(Some(std::time::Duration::from_secs(20)))
            .build();
        let from = from
            .parse()
            .map_err(|e| format!("SAMLA_SMTP_FROM {from:?}: {e}"))?;
        Ok(SmtpSender { transport, from })
    }

    pub async fn send(&self, job: &Job) -> Result<(), String> {
        let to: Mailbox = job.address.parse().map_err(|e| format!("address: {e}"))?;
        let message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(job.subject.clone())
            .message_id(Some(format!("<{}@samla>", job.key)))
            .header(ContentType::TEXT_PLAIN)
            .body(job.body.clone())
            .map_err(|e| format!("message: {e}"))?;
        self.transport
            .send(message)
            .await
            .map(|_| ())
            .map_err(|e| format!("smtp: {e}"))
    }
}
