//! Citizens and free times for the booking benchmark (`scripts/bench-booking`): adds COUNT
//! people to the register, each with a session, and finds COUNT distinct free times a week or
//! more ahead at the clinics that book online (a few at each, as people spread over clinics).
//! Prints `BOOKER <session> <slot>` per citizen; the race rounds take the first line's slot.
//! Usage: fill_bookers DATABASE_URL COUNT

use samla_domain::booking::times;
use samla_domain::entities::{clinic, prelude::*};
use samla_model::booking::VisitType;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

#[path = "common/people.rs"]
mod people;
use people::add_person;

/// At most this many of the benchmark's times at one clinic.
const PER_CLINIC: usize = 4;

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [url, count] = &args[..] else {
        eprintln!("usage: fill_bookers DATABASE_URL COUNT");
        std::process::exit(2);
    };
    let count: usize = count.parse().expect("a count");
    let db = samla_domain::db::connect_and_migrate(url)
        .await
        .expect("database");
    let now = samla_server::notifier::unix_now();
    let clinics = Clinic::find()
        .filter(clinic::Column::OnlineBooking.eq(true))
        .order_by_asc(clinic::Column::Id)
        .all(&db)
        .await
        .expect("clinics");
    let mut slots = Vec::with_capacity(count);
    for c in &clinics {
        if slots.len() >= count {
            break;
        }
        let week = times::free_week(&db, c.id, VisitType::Nurse, None, now + 8 * 86_400)
            .await
            .expect("a week of times");
        let free = week.days.iter().flat_map(|(_, t)| t).take(PER_CLINIC);
        slots.extend(free.map(|t| t.slot_id).take(count - slots.len()));
    }
    assert_eq!(slots.len(), count, "not enough free times");
    for (i, slot) in slots.into_iter().enumerate() {
        let (_, session) = add_person(&db, i, "Testperson", "Bokare", now).await;
        println!("BOOKER {session} {slot}");
    }
}
