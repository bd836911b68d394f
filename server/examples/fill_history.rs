//! Gives the elderly persona (Gunnar Holm, the longest record) YEARS of health record instead
//! of the seeded six, and opens a session for him, for the events benchmark
//! (`scripts/bench-events`). Prints the rows per table and `SESSION <id>`.
//! Usage: fill_history DATABASE_URL YEARS

use samla_domain::entities::{
    care_contact, certificate, lab_result, prelude::*, prescription, vaccination,
};
use samla_domain::seed::{history, personas};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [url, years] = &args[..] else {
        eprintln!("usage: fill_history DATABASE_URL YEARS");
        std::process::exit(2);
    };
    let years: u32 = years.parse().expect("a number of years");
    let db = samla_domain::db::connect_and_migrate(url)
        .await
        .expect("database");
    let people = personas::personas(&db).await.expect("personas");
    let gunnar = people
        .iter()
        .find(|p| p.kind == samla_model::login::PersonaKind::Elderly)
        .expect("the elderly persona");
    let pnr = gunnar.personnummer.as_str();
    macro_rules! clear {
        ($entity:ident, $module:ident) => {
            $entity::delete_many()
                .filter($module::Column::Personnummer.eq(pnr))
                .exec(&db)
                .await
                .expect("cleared")
        };
    }
    clear!(CareContact, care_contact);
    clear!(LabResult, lab_result);
    clear!(Prescription, prescription);
    clear!(Vaccination, vaccination);
    clear!(Certificate, certificate);
    let now = samla_server::notifier::unix_now();
    let born = personas::birth(pnr).expect("a date of birth");
    history::seed_history(&db, pnr, born, &history::profiles::GUNNAR, years, now)
        .await
        .expect("history");
    macro_rules! count {
        ($entity:ident, $module:ident) => {
            $entity::find()
                .filter($module::Column::Personnummer.eq(pnr))
                .count(&db)
                .await
                .expect("counted")
        };
    }
    println!(
        "{years} years for {}: {} care contacts, {} lab results, {} prescriptions, {} vaccinations, {} certificates",
        gunnar.name,
        count!(CareContact, care_contact),
        count!(LabResult, lab_result),
        count!(Prescription, prescription),
        count!(Vaccination, vaccination),
        count!(Certificate, certificate),
    );
    let session = samla_domain::sessions::open(&db, pnr, now)
        .await
        .expect("a session");
    println!("SESSION {session}");
}
