//! The personas' case history, so the inbox and the case list have something to show in a
//! demo or a usability test: an answered and closed case, an answered one not yet read, a
//! counter question waiting for the citizen, and one just sent. Written as already delivered:
//! seeding queues no notifications.

use samla_model::case::{Answer, Author, CaseStatus};
use samla_model::clinic::CaseType;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder,
};

use crate::cases::{self, Writer};
use crate::entities::{care_case, clinic_case_type, prelude::*};
use crate::eservices;

const DAY: i64 = 86_400;

struct Demo {
    slug: &'static str,
    answers: [(&'static str, &'static str); 2],
    days_ago: i64,
    /// The clinic's message: days after sending, text, whether it asks for an answer.
    answer: Option<(i64, &'static str, bool)>,
    read: bool,
    closed: bool,
}

const ANNA: [Demo; 4] = [
    Demo {
        slug: "kontakta",
        answers: [
            ("rubrik", "Provsvar efter blodprov"),
            (
                "meddelande",
                "Hej! Jag lämnade blodprov för två veckor sedan. Har svaret kommit?",
            ),
        ],
        days_ago: 20,
        answer: Some((
            1,
            "Hej Anna! Ditt blodvärde är normalt och du behöver inte göra något mer. Vänliga hälsningar, mottagningen",
            false,
        )),
        read: true,
        closed: true,
    },
    Demo {
        slug: "fraga-sjukskoterska",
        answers: [
            (
                "besvar",
                "Jag har haft ont i ländryggen i tre veckor. Det blir inte bättre.",
            ),
            (
                "fraga",
                "Ska jag boka en tid hos läkare eller fortsätta med egenvård?",
            ),
        ],
        days_ago: 4,
        answer: Some((
            1,
            "Hej! Har du domningar i benen eller svårt att kissa? Svara i ärendet så hjälper vi dig vidare.",
            true,
        )),
        read: false,
        closed: false,
    },
    Demo {
        slug: "kontakta",
        answers: [
            ("rubrik", "Intyg för resa"),
            (
                "meddelande",
                "Jag behöver ett intyg om mina läkemedel inför en resa i januari.",
            ),
        ],
        days_ago: 6,
        answer: Some((
            2,
            "Hej! Intyget är klart och skickas till dig med post i veckan.",
            false,
        )),
        read: false,
        closed: false,
    },
    Demo {
        slug: "fornya-recept",
        answers: [("lakemedel", "Levaxin 50 mikrogram"), ("ovrigt", "")],
        days_ago: 0,
        answer: None,
        read: false,
        closed: false,
    },
];

/// Writes the demo cases for `owner` (named `name`) at the first clinic that offers both the
/// contact and the renewal e-services; nothing when there is no such clinic.
pub async fn seed(db: &DatabaseConnection, owner: &str, name: &str, now: i64) -> Result<(), DbErr> {
    let contact = ClinicCaseType::find()
        .filter(clinic_case_type::Column::CaseType.eq(CaseType::Contact.code()))
        .order_by_asc(clinic_case_type::Column::ClinicId)
        .all(db)
        .await?;
    let mut offered = Vec::new();
    for row in contact {
        let here = match Clinic::find_by_id(row.clinic_id).one(db).await? {
            Some(clinic) => eservices::offered(db, &clinic.hsa_id).await?,
            None => continue,
        };
        if ANNA
            .iter()
            .all(|d| here.iter().any(|o| o.form.slug == d.slug))
        {
            offered = here;
            break;
        }
    }
    if offered.is_empty() {
        return Ok(());
    }
    let writer = Writer {
        owner,
        author: Author::Citizen,
        name,
    };
    for demo in &ANNA {
        let service = offered
            .iter()
            .find(|o| o.form.slug == demo.slug)
            .expect("checked above");
        let sent = now - demo.days_ago * DAY;
        let answers: Vec<Answer> = demo
            .answers
            .iter()
            .map(|(key, value)| Answer {
                key: (*key).into(),
                value: (*value).into(),
            })
            .collect();
        let case_id = cases::start(db, &writer, service, &answers, &[], sent).await?;
        let mut status = CaseStatus::Sent;
        if let Some((after, text, asks)) = demo.answer {
            let at = sent + after * DAY;
            let id = cases::add_message(
                db,
                case_id,
                owner,
                service.clinic_id,
                Author::Handler,
                "Maria Sjöberg, sjuksköterska",
                text,
                asks,
                at,
            )
            .await?;
            if demo.read {
                CaseMessage::update(crate::entities::case_message::ActiveModel {
                    id: Set(id),
                    read_at: Set(Some(at + 3_600)),
                    ..Default::default()
                })
                .exec(db)
                .await?;
            }
            status = if asks {
                CaseStatus::InProgress
            } else {
                CaseStatus::Answered
            };
        }
        let closed_at = demo.closed.then_some(now - 10 * DAY);
        if demo.closed {
            status = CaseStatus::Closed;
        }
        CareCase::update(care_case::ActiveModel {
            id: Set(case_id),
            status: Set(status.code().to_owned()),
            closed_at: Set(closed_at),
            ..Default::default()
        })
        .exec(db)
        .await?;
    }
    Ok(())
}

/// Fills `owner`'s inbox with `messages` clinic messages, ten to a case, spread over up to
/// five clinics — for the benchmarks' citizen with a long history. Written in batches, as
/// already delivered and read.
pub async fn fill_inbox(
    db: &DatabaseConnection,
    owner: &str,
    messages: u64,
    now: i64,
) -> Result<(), DbErr> {
    use crate::entities::case_message;
    use sea_orm::QuerySelect;
    let clinics: Vec<i32> = ClinicCaseType::find()
        .select_only()
        .column(clinic_case_type::Column::ClinicId)
        .filter(clinic_case_type::Column::CaseType.eq(CaseType::Contact.code()))
        .order_by_asc(clinic_case_type::Column::ClinicId)
        .limit(5)
        .into_tuple()
        .all(db)
        .await?;
    let mut offered = Vec::new();
    for id in clinics {
        if let Some(o) = eservices::find_by_id(db, id, "kontakta").await? {
            offered.push(o);
        }
    }
    let writer = Writer {
        owner,
        author: Author::Citizen,
        name: "Anna Lindqvist",
    };
    let cases_needed = messages.div_ceil(10);
    let mut batch = Vec::new();
    for n in 0..cases_needed {
        let service = &offered[n as usize % offered.len()];
        let at = now - (cases_needed - n) as i64 * 3_600;
        let answers = [
            Answer {
                key: "rubrik".into(),
                value: format!("Fråga nummer {n}"),
            },
            Answer {
                key: "meddelande".into(),
                value: "Hej! Jag har en fråga om mina provsvar.".into(),
            },
        ];
        let case_id = cases::start(db, &writer, service, &answers, &[], at).await?;
        for m in 0..10.min(messages - n * 10) {
            let body = format!("Svar {m} i ärende {n}: dina provsvar är klara och ser bra ut.");
            batch.push(case_message::ActiveModel {
                case_id: Set(case_id),
                personnummer: Set(owner.to_owned()),
                clinic_id: Set(service.clinic_id),
                from_clinic: Set(true),
                author: Set(Author::Handler.code().to_owned()),
                author_name: Set("Maria Sjöberg, sjuksköterska".to_owned()),
                body_folded: Set(samla_model::fold::fold(&body)),
                body: Set(body),
                asks_reply: Set(false),
                created_at: Set(at + m as i64),
                read_at: Set(Some(at + 60)),
                reminded_at: Set(None),
                ..Default::default()
            });
        }
        if batch.len() >= 500 {
            CaseMessage::insert_many(std::mem::take(&mut batch))
                .exec_without_returning(db)
                .await?;
        }
    }
    if !batch.is_empty() {
        CaseMessage::insert_many(batch)
            .exec_without_returning(db)
            .await?;
    }
    Ok(())
}
