//! Staff members and their roles per clinic (DOMAIN.md §7). Roles count only at a clinic that
//! is activated for the staff tool.

use samla_model::staff::StaffRole;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};

use crate::entities::{prelude::*, staff_member, staff_role};

/// A member of staff and the clinics where they hold a role.
#[derive(Clone, Debug, PartialEq)]
pub struct Member {
    pub hsa_id: String,
    pub given_name: String,
    pub family_name: String,
    pub title: String,
    /// Activated clinics only, by clinic id.
    pub clinics: Vec<MemberClinic>,
}

/// A clinic where a member holds roles, and the roles (sorted).
#[derive(Clone, Debug, PartialEq)]
pub struct MemberClinic {
    pub id: i32,
    pub hsa_id: String,
    pub name: String,
    pub roles: Vec<StaffRole>,
}

/// The member with this HSA-id, if there is one.
pub async fn find(db: &impl ConnectionTrait, hsa_id: &str) -> Result<Option<Member>, DbErr> {
    let Some(found) = StaffMember::find_by_id(hsa_id.to_owned()).one(db).await? else {
        return Ok(None);
    };
    let roles = staff_role::Entity::find()
        .filter(staff_role::Column::HsaId.eq(hsa_id))
        .order_by_asc(staff_role::Column::ClinicId)
        .all(db)
        .await?;
    let mut clinics: Vec<MemberClinic> = Vec::new();
    for row in roles {
        let Some(role) = StaffRole::from_code(&row.role) else {
            continue;
        };
        match clinics.last_mut() {
            Some(clinic) if clinic.id == row.clinic_id => clinic.roles.push(role),
            _ => {
                if let Some(found) = activated_clinic(db, row.clinic_id).await? {
                    clinics.push(MemberClinic {
                        id: found.id,
                        hsa_id: found.hsa_id,
                        name: found.name,
                        roles: vec![role],
                    });
                }
            }
        }
    }
    for clinic in &mut clinics {
        clinic.roles.sort();
    }
    Ok(Some(Member {
        hsa_id: found.hsa_id,
        given_name: found.given_name,
        family_name: found.family_name,
        title: found.title,
        clinics,
    }))
}

/// The clinic, if it is activated for the staff tool.
pub async fn activated_clinic(
    db: &impl ConnectionTrait,
    clinic_id: i32,
) -> Result<Option<crate::entities::clinic::Model>, DbErr> {
    if StaffClinic::find_by_id(clinic_id).one(db).await?.is_none() {
        return Ok(None);
    }
    Clinic::find_by_id(clinic_id).one(db).await
}

/// Every member with a role at the clinic, by name: the test login's personas.
pub async fn all(db: &impl ConnectionTrait) -> Result<Vec<Member>, DbErr> {
    let ids: Vec<String> = StaffMember::find()
        .order_by_asc(staff_member::Column::FamilyName)
        .order_by_asc(staff_member::Column::GivenName)
        .all(db)
        .await?
        .into_iter()
        .map(|m| m.hsa_id)
        .collect();
    let mut members = Vec::new();
    for id in ids.iter().take(50) {
        members.extend(find(db, id).await?);
    }
    Ok(members)
}

/// The handlers of a clinic (HSA-id, name), by name: whom a receiver may assign a case to.
pub async fn handlers(
    db: &impl ConnectionTrait,
    clinic_id: i32,
) -> Result<Vec<(String, String)>, DbErr> {
    let ids: Vec<String> = staff_role::Entity::find()
        .filter(staff_role::Column::ClinicId.eq(clinic_id))
        .filter(staff_role::Column::Role.eq(StaffRole::Handler.code()))
        .all(db)
        .await?
        .into_iter()
        .map(|r| r.hsa_id)
        .collect();
    let mut found: Vec<(String, String)> = StaffMember::find()
        .filter(staff_member::Column::HsaId.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|m| (m.hsa_id, format!("{} {}", m.given_name, m.family_name)))
        .collect();
    found.sort_by(|a, b| a.1.cmp(&b.1));
    Ok(found)
}

/// Whether `hsa_id` holds `role` at the (activated) clinic.
pub async fn holds(
    db: &impl ConnectionTrait,
    hsa_id: &str,
    clinic_id: i32,
    role: StaffRole,
) -> Result<bool, DbErr> {
    Ok(has_role(db, hsa_id, clinic_id, role).await?
        && StaffClinic::find_by_id(clinic_id).one(db).await?.is_some())
}

/// Whether a row grants `hsa_id` `role` at `clinic_id`, activated or not.
pub async fn has_role(
    db: &impl ConnectionTrait,
    hsa_id: &str,
    clinic_id: i32,
    role: StaffRole,
) -> Result<bool, DbErr> {
    Ok(
        staff_role::Entity::find_by_id((hsa_id.to_owned(), clinic_id, role.code().to_owned()))
            .one(db)
            .await?
            .is_some(),
    )
}
