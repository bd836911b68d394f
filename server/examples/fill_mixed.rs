//! Citizens and staff for the mixed load run (`scripts/bench-mixed`): CITIZENS people added to
//! the register, each with an account, a session and a case at one of the two staffed clinics;
//! STAFF members holding both case roles at one of those clinics, each with a staff session.
//! Prints `CITIZEN <session>` and `STAFF <session>` lines.
//! Usage: fill_mixed DATABASE_URL CITIZENS STAFF

use samla_domain::cases::{self, Writer};
use samla_domain::entities::prelude::StaffMember;
use samla_domain::entities::{staff_member, staff_role};
use samla_model::case::{Answer, Author};
use samla_model::staff::StaffRole;
use sea_orm::{ActiveValue::Set, EntityTrait};

#[path = "common/people.rs"]
mod people;
use people::add_person;

/// The seeded receivers of the two staffed clinics.
const RECEIVERS: [&str; 2] = ["SE2321000016-S0E1", "SE2321000016-S1P4"];

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [url, citizens, staff] = &args[..] else {
        eprintln!("usage: fill_mixed DATABASE_URL CITIZENS STAFF");
        std::process::exit(2);
    };
    let (citizens, staff): (usize, usize) = (
        citizens.parse().expect("CITIZENS"),
        staff.parse().expect("STAFF"),
    );
    let db = samla_domain::db::connect_and_migrate(url)
        .await
        .expect("database");
    let now = samla_server::notifier::unix_now();
    let mut clinics = Vec::new();
    for hsa in RECEIVERS {
        let member = samla_domain::staff::members::find(&db, hsa)
            .await
            .expect("staff")
            .expect("seeded");
        clinics.push(member.clinics[0].id);
    }
    for i in 0..citizens {
        let (number, session) = add_person(&db, i, "Lastperson", "Blandad", now).await;
        let offered = samla_domain::eservices::find_by_id(&db, clinics[i % 2], "kontakta")
            .await
            .expect("e-services")
            .expect("the staffed clinics take contact cases");
        let writer = Writer {
            owner: &number,
            author: Author::Citizen,
            name: "Lastperson",
        };
        let answers = [
            Answer {
                key: "rubrik".into(),
                value: format!("Fråga {i}"),
            },
            Answer {
                key: "meddelande".into(),
                value: "Hur tar jag mitt läkemedel?".into(),
            },
        ];
        cases::start(&db, &writer, &offered, &answers, &[], now)
            .await
            .expect("a case");
        println!("CITIZEN {session}");
    }
    for i in 0..staff {
        let hsa = format!("SE2321000016-L{i:04}");
        let clinic = clinics[i % 2];
        StaffMember::insert(staff_member::ActiveModel {
            hsa_id: Set(hsa.clone()),
            given_name: Set(format!("Last{i}")),
            family_name: Set("Personal".to_owned()),
            title: Set("Sjuksköterska".to_owned()),
            created_at: Set(now),
        })
        .exec_without_returning(&db)
        .await
        .expect("a member");
        for role in [StaffRole::Receiver, StaffRole::Handler] {
            grant(&db, &hsa, clinic, role, now).await;
        }
        let session = samla_domain::staff::sessions::open(&db, &hsa, clinic, now)
            .await
            .expect("a staff session")
            .expect("the member holds roles there");
        println!("STAFF {session}");
    }
}

/// Grants `role` at `clinic` to member `hsa`.
async fn grant(
    db: &samla_domain::DatabaseConnection,
    hsa: &str,
    clinic: i32,
    role: StaffRole,
    now: i64,
) {
    staff_role::Entity::insert(staff_role::ActiveModel {
        hsa_id: Set(hsa.to_owned()),
        clinic_id: Set(clinic),
        role: Set(role.code().to_owned()),
        granted_by: Set(RECEIVERS[0].to_owned()),
        granted_at: Set(now),
    })
    .exec_without_returning(db)
    .await
    .expect("a role");
}
