//! The clinic administrator's work (DOMAIN.md §7): who holds which role at the clinic,
//! granting and taking back roles, and activating another clinic for the staff tool by its
//! HSA-id (the administrator becomes its administrator too). Only a member with the
//! administrator role at the clinic may; the clinic never loses its last administrator.
//! Every change is in the audit log, and takes effect at the member's next request (roles are
//! read again each time).

use samla_model::staff::{StaffRole, StaffViewer};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, TransactionTrait,
};

use super::audit::{self, Action};
use super::members::has_role;
use crate::entities::{clinic, prelude::*, staff_clinic, staff_member, staff_role};

/// At most this many members are listed for one clinic.
pub const MEMBERS_MAX: usize = 500;

/// A member with roles at the clinic.
#[derive(Clone, Debug, PartialEq)]
pub struct Holder {
    pub member: staff_member::Model,
    pub roles: Vec<StaffRole>,
}

/// Everyone with a role at the administrator's clinic, by name; none for others.
pub async fn holders(db: &DatabaseConnection, viewer: &StaffViewer) -> Result<Vec<Holder>, DbErr> {
    if !viewer.has(StaffRole::Admin) {
        return Ok(Vec::new());
    }
    let rows = staff_role::Entity::find()
        .filter(staff_role::Column::ClinicId.eq(viewer.clinic_id))
        .all(db)
        .await?;
    let ids: Vec<String> = rows.iter().map(|r| r.hsa_id.clone()).collect();
    let mut members = StaffMember::find()
        .filter(staff_member::Column::HsaId.is_in(ids))
        .order_by_asc(staff_member::Column::FamilyName)
        .order_by_asc(staff_member::Column::GivenName)
        .all(db)
        .await?;
    members.truncate(MEMBERS_MAX);
    Ok(members
        .into_iter()
        .map(|member| {
            let mut roles: Vec<StaffRole> = rows
                .iter()
                .filter(|r| r.hsa_id == member.hsa_id)
                .filter_map(|r| StaffRole::from_code(&r.role))
                .collect();
            roles.sort();
            Holder { member, roles }
        })
        .collect())
}

/// What came of a change.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Changed {
    Done,
    /// Nothing to do: held already, or not held.
    Unchanged,
    /// No member (or clinic) with that HSA-id.
    NoSuch,
    /// It would leave the clinic without an administrator.
    LastAdmin,
    NotAllowed,
}

/// Grants `role` at the administrator's clinic to the member `hsa_id`.
pub async fn grant(
    db: &DatabaseConnection,
    viewer: &StaffViewer,
    hsa_id: &str,
    role: StaffRole,
    now: i64,
) -> Result<Changed, DbErr> {
    if !viewer.has(StaffRole::Admin) {
        return Ok(Changed::NotAllowed);
    }
    if StaffMember::find_by_id(hsa_id.to_owned())
        .one(db)
        .await?
        .is_none()
    {
        return Ok(Changed::NoSuch);
    }
    let txn = db.begin().await?;
    if has_role(&txn, hsa_id, viewer.clinic_id, role).await? {
        return Ok(Changed::Unchanged);
    }
    insert_role(&txn, hsa_id, viewer.clinic_id, role, &viewer.hsa_id, now).await?;
    audit::record(
        &txn,
        &viewer.hsa_id,
        viewer.clinic_id,
        Action::GrantRole,
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(Changed::Done)
}

/// Takes back `role` at the administrator's clinic from the member `hsa_id`.
pub async fn revoke(
    db: &DatabaseConnection,
    viewer: &StaffViewer,
    hsa_id: &str,
    role: StaffRole,
    now: i64,
) -> Result<Changed, DbErr> {
    if !viewer.has(StaffRole::Admin) {
        return Ok(Changed::NotAllowed);
    }
    let txn = db.begin().await?;
    if !has_role(&txn, hsa_id, viewer.clinic_id, role).await? {
        return Ok(Changed::Unchanged);
    }
    if role == StaffRole::Admin {
        let admins = staff_role::Entity::find()
            .filter(staff_role::Column::ClinicId.eq(viewer.clinic_id))
            .filter(staff_role::Column::Role.eq(StaffRole::Admin.code()))
            .count(&txn)
            .await?;
        if admins <= 1 {
            return Ok(Changed::LastAdmin);
        }
    }
    staff_role::Entity::delete_by_id((hsa_id.to_owned(), viewer.clinic_id, role.code().to_owned()))
        .exec(&txn)
        .await?;
    audit::record(
        &txn,
        &viewer.hsa_id,
        viewer.clinic_id,
        Action::RevokeRole,
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(Changed::Done)
}

/// Activates the clinic `clinic_hsa` for the staff tool, with the administrator as its first
/// administrator; its name.
pub async fn activate(
    db: &DatabaseConnection,
    viewer: &StaffViewer,
    clinic_hsa: &str,
    now: i64,
) -> Result<(Changed, Option<String>), DbErr> {
    if !viewer.has(StaffRole::Admin) {
        return Ok((Changed::NotAllowed, None));
    }
    let Some(found) = Clinic::find()
        .filter(clinic::Column::HsaId.eq(clinic_hsa))
        .one(db)
        .await?
    else {
        return Ok((Changed::NoSuch, None));
    };
    let txn = db.begin().await?;
    if StaffClinic::find_by_id(found.id).one(&txn).await?.is_some() {
        return Ok((Changed::Unchanged, Some(found.name)));
    }
    StaffClinic::insert(staff_clinic::ActiveModel {
        clinic_id: Set(found.id),
        activated_by: Set(viewer.hsa_id.clone()),
        activated_at: Set(now),
    })
    .exec_without_returning(&txn)
    .await?;
    if !has_role(&txn, &viewer.hsa_id, found.id, StaffRole::Admin).await? {
        insert_role(
            &txn,
            &viewer.hsa_id,
            found.id,
            StaffRole::Admin,
            &viewer.hsa_id,
            now,
        )
        .await?;
    }
    audit::record(&txn, &viewer.hsa_id, found.id, Action::ActivateClinic, now).await?;
    txn.commit().await?;
    Ok((Changed::Done, Some(found.name)))
}

async fn insert_role(
    conn: &impl sea_orm::ConnectionTrait,
    hsa_id: &str,
    clinic_id: i32,
    role: StaffRole,
    by: &str,
    now: i64,
) -> Result<(), DbErr> {
    staff_role::Entity::insert(staff_role::ActiveModel {
        hsa_id: Set(hsa_id.to_owned()),
        clinic_id: Set(clinic_id),
        role: Set(role.code().to_owned()),
        granted_by: Set(by.to_owned()),
        granted_at: Set(now),
    })
    .exec_without_returning(conn)
    .await
    .map(drop)
}
