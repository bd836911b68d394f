//! Fills the adult persona's inbox (Anna Lindqvist) with N read clinic messages, for the inbox
//! benchmark (`scripts/bench-inbox`). Usage: fill_inbox DATABASE_URL N

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [url, count] = &args[..] else {
        eprintln!("usage: fill_inbox DATABASE_URL N");
        std::process::exit(2);
    };
    let db = samla_domain::db::connect_and_migrate(url)
        .await
        .expect("database");
    let people = samla_domain::seed::personas::personas(&db)
        .await
        .expect("personas");
    let anna = people
        .iter()
        .find(|p| p.kind == samla_model::login::PersonaKind::Adult)
        .expect("the adult persona");
    let n: u64 = count.parse().expect("a number of messages");
    let now = samla_server::notifier::unix_now();
    samla_domain::seed::demo_cases::fill_inbox(&db, &anna.personnummer, n, now)
        .await
        .expect("filled");
    println!("{n} messages in {}'s inbox", anna.name);
}
