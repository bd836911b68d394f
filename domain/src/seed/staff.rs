//! The staff tool's test personas (DOMAIN.md §7): two clinics activated for the tool — the
//! first two (by id) that take contact cases with files — and their staff. At the first: a case
//! receiver, a case handler, and an administrator who holds both case roles too; at the
//! second: one member with both case roles. HSA-ids follow the catalogue's form. Each clinic
//! has two reply templates to begin with.

use samla_model::clinic::CaseType;
use samla_model::staff::StaffRole;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, TransactionTrait,
};

use crate::entities::{
    clinic_case_type, prelude::*, reply_template, staff_clinic, staff_member, staff_role,
};

/// (HSA-id, given name, family name, title), which clinic (0 or 1), and the roles there.
type Seeded = (
    (&'static str, &'static str, &'static str, &'static str),
    usize,
    &'static [StaffRole],
);

const STAFF: [Seeded; 4] = [
    (
        ("SE2321000016-S0E1", "Eva", "Lind", "Sjuksköterska"),
        0,
        &[StaffRole::Receiver],
    ),
    (
        ("SE2321000016-S0J2", "Johan", "Berg", "Distriktsläkare"),
        0,
        &[StaffRole::Handler],
    ),
    (
        ("SE2321000016-S0M3", "Maria", "Nilsson", "Verksamhetschef"),
        0,
        &[StaffRole::Admin, StaffRole::Receiver, StaffRole::Handler],
    ),
    (
        ("SE2321000016-S1P4", "Per", "Ström", "Sjuksköterska"),
        1,
        &[StaffRole::Receiver, StaffRole::Handler],
    ),
];

/// Each staffed clinic's reply templates (title, text).
const TEMPLATES: [(&str, &str); 2] = [
    (
        "Tack för ditt meddelande",
        "Hej {förnamn}!\n\nTack för ditt meddelande. Vi har läst det och återkommer.\n\nMed vänliga hälsningar\n{mitt namn}, {mottagning}",
    ),
    (
        "Provsvar utan anmärkning",
        "Hej {förnamn}!\n\nDina provsvar är bra och ligger inom referensvärdena. Du behöver inte göra något mer.\n\nMed vänliga hälsningar\n{mitt namn}, {mottagning}",
    ),
];

/// The HSA-id of the seeded administrator, who activated the clinics.
pub const ADMIN: &str = "SE2321000016-S0M3";

/// Seeds the staff once, into a catalogue that has clinics; anything already there stays.
pub async fn seed_staff(db: &DatabaseConnection, now: i64) -> Result<(), DbErr> {
    let txn = db.begin().await?;
    if StaffMember::find().count(&txn).await? > 0 {
        return txn.commit().await;
    }
    let clinics: Vec<i32> = ClinicCaseType::find()
        .filter(clinic_case_type::Column::CaseType.eq(CaseType::Contact.code()))
        .filter(clinic_case_type::Column::CitizenAttachments.eq(true))
        .order_by_asc(clinic_case_type::Column::ClinicId)
        .limit(2)
        .all(&txn)
        .await?
        .into_iter()
        .map(|c| c.clinic_id)
        .collect();
    if clinics.len() < 2 {
        return txn.commit().await;
    }
    for clinic_id in &clinics {
        StaffClinic::insert(staff_clinic::ActiveModel {
            clinic_id: Set(*clinic_id),
            activated_by: Set(ADMIN.to_owned()),
            activated_at: Set(now),
        })
        .exec_without_returning(&txn)
        .await?;
        for (title, body) in TEMPLATES {
            ReplyTemplate::insert(reply_template::ActiveModel {
                clinic_id: Set(*clinic_id),
                title: Set(title.to_owned()),
                body: Set(body.to_owned()),
                updated_by: Set("Maria Nilsson".to_owned()),
                updated_at: Set(now),
                ..Default::default()
            })
            .exec_without_returning(&txn)
            .await?;
        }
    }
    for ((hsa_id, given, family, title), clinic, roles) in STAFF {
        StaffMember::insert(staff_member::ActiveModel {
            hsa_id: Set(hsa_id.to_owned()),
            given_name: Set(given.to_owned()),
            family_name: Set(family.to_owned()),
            title: Set(title.to_owned()),
            created_at: Set(now),
        })
        .exec_without_returning(&txn)
        .await?;
        for role in roles {
            staff_role::Entity::insert(staff_role::ActiveModel {
                hsa_id: Set(hsa_id.to_owned()),
                clinic_id: Set(clinics[clinic]),
                role: Set(role.code().to_owned()),
                granted_by: Set(ADMIN.to_owned()),
                granted_at: Set(now),
            })
            .exec_without_returning(&txn)
            .await?;
        }
    }
    txn.commit().await
}
