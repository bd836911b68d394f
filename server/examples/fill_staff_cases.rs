//! Gives the first staffed clinic COUNT cases more (from the personas, in turn; sent over the
//! last year, their expected reply dates spread over it; a tenth assigned to the handler Johan
//! Berg, a third closed), and opens a staff session for its receiver Eva Lind, for the case
//! list benchmark (`scripts/bench-staff-cases`). Prints the clinic's cases and `SESSION <id>`.
//! Usage: fill_staff_cases DATABASE_URL COUNT

use samla_domain::entities::{care_case, prelude::*};
use samla_domain::seed::personas;
use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

const EVA: &str = "SE2321000016-S0E1";
const JOHAN: &str = "SE2321000016-S0J2";

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [url, count] = &args[..] else {
        eprintln!("usage: fill_staff_cases DATABASE_URL COUNT");
        std::process::exit(2);
    };
    let count: usize = count.parse().expect("a number of cases");
    let db = samla_domain::db::connect_and_migrate(url)
        .await
        .expect("database");
    let eva = samla_domain::staff::members::find(&db, EVA)
        .await
        .expect("staff")
        .expect("the seeded receiver");
    let clinic = &eva.clinics[0];
    let people = personas::personas(&db).await.expect("personas");
    let now = samla_server::notifier::unix_now();
    const DAY: i64 = 86_400;
    let rows: Vec<care_case::ActiveModel> = (0..count)
        .map(|n| {
            let person = &people[n % people.len()];
            let sent = now - (n as i64 % 365) * DAY - (n as i64 % 86) * 1000;
            let closed = n % 3 == 0;
            let assigned = n % 10 == 1;
            let status = if closed {
                "avslutat"
            } else if assigned {
                "mottaget"
            } else {
                "skickat"
            };
            care_case::ActiveModel {
                personnummer: Set(person.personnummer.clone()),
                clinic_id: Set(clinic.id),
                clinic_name: Set(clinic.name.clone()),
                eservice: Set("kontakta".into()),
                case_type: Set("contact".into()),
                title_sv: Set("Kontakta mottagningen".into()),
                title_en: Set("Contact the clinic".into()),
                subject: Set(format!("Fråga nummer {n}")),
                status: Set(status.into()),
                citizen_attachments: Set(true),
                expected_reply: Set(samla_domain::cases::expected_reply(sent, 3)),
                started_by: Set("invanare".into()),
                started_by_name: Set(person.name.clone()),
                created_at: Set(sent),
                updated_at: Set(sent),
                closed_at: Set(closed.then_some(sent + DAY)),
                assigned_to: Set(assigned.then(|| JOHAN.to_owned())),
                assigned_name: Set(assigned.then(|| "Johan Berg".to_owned())),
                ..Default::default()
            }
        })
        .collect();
    for chunk in rows.chunks(500) {
        CareCase::insert_many(chunk.to_vec())
            .exec_without_returning(&db)
            .await
            .expect("cases");
    }
    let total = CareCase::find()
        .filter(care_case::Column::ClinicId.eq(clinic.id))
        .count(&db)
        .await
        .expect("counted");
    println!("{total} cases at {}", clinic.name);
    let session = samla_domain::staff::sessions::open(&db, EVA, clinic.id, now)
        .await
        .expect("a session")
        .expect("Eva works there");
    println!("SESSION {session}");
}
