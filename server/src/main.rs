use std::process::ExitCode;

#[tokio::main]
async fn main() -> ExitCode {
    samla_server::startup::run().await
}
