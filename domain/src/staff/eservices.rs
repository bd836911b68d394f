//! A clinic's local e-services (DOMAIN.md §7) as its administrator writes, publishes and
//! withdraws them. Only a member with the administrator role at the clinic may; others get
//! nothing, as if there were none. Publishing and withdrawing change what find care finds
//! (the e-service's title), so they raise the catalogue's version in the same transaction.

use samla_model::case::{EServiceForm, standard_eservices};
use samla_model::clinic::CaseType;
use samla_model::local_eservice::{
    DraftProblem, EServiceDraft, LOCAL_ESERVICES_MAX, check_draft, slug_of,
};
use samla_model::staff::{StaffRole, StaffViewer};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, TransactionTrait,
};

use super::audit::{self, Action};
use crate::entities::{local_eservice, prelude::*};

/// One of the clinic's local e-services, its form read back.
#[derive(Clone, Debug, PartialEq)]
pub struct Local {
    pub id: i32,
    pub form: EServiceForm,
    pub published: bool,
    pub updated_by: String,
    pub updated_at: i64,
}

fn local(row: local_eservice::Model) -> Option<Local> {
    let form = serde_json::from_str(&row.form).ok()?;
    Some(Local {
        id: row.id,
        form,
        published: row.published,
        updated_by: row.updated_by,
        updated_at: row.updated_at,
    })
}

/// The clinic's local e-services, newest first; none for a member who is no administrator.
pub async fn list(db: &DatabaseConnection, viewer: &StaffViewer) -> Result<Vec<Local>, DbErr> {
    if !viewer.has(StaffRole::Admin) {
        return Ok(Vec::new());
    }
    Ok(LocalEService::find()
        .filter(local_eservice::Column::ClinicId.eq(viewer.clinic_id))
        .order_by_desc(local_eservice::Column::Id)
        .limit(LOCAL_ESERVICES_MAX)
        .all(db)
        .await?
        .into_iter()
        .filter_map(local)
        .collect())
}

/// The clinic's local e-service `id`, for its administrator.
pub async fn find(
    db: &DatabaseConnection,
    viewer: &StaffViewer,
    id: i32,
) -> Result<Option<Local>, DbErr> {
    if !viewer.has(StaffRole::Admin) {
        return Ok(None);
    }
    Ok(LocalEService::find_by_id(id)
        .one(db)
        .await?
        .filter(|row| row.clinic_id == viewer.clinic_id)
        .and_then(local))
}

/// What came of saving or publishing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Saved {
    /// The e-service's id.
    Done(i32),
    Refused(Vec<DraftProblem>),
    /// Not the clinic's, not an administrator, or (new) the clinic has `LOCAL_ESERVICES_MAX`.
    NotFound,
}

/// An address at the clinic no other e-service has: the title's, then `-2`, `-3`, ….
async fn free_slug(db: &DatabaseConnection, clinic_id: i32, title: &str) -> Result<String, DbErr> {
    let taken: Vec<String> = LocalEService::find()
        .filter(local_eservice::Column::ClinicId.eq(clinic_id))
        .all(db)
        .await?
        .into_iter()
        .map(|row| row.slug)
        .chain(
            CaseType::ALL
                .into_iter()
                .flat_map(standard_eservices)
                .map(|form| form.slug),
        )
        .collect();
    let base = slug_of(title);
    let mut slug = base.clone();
    let mut n = 2;
    while taken.contains(&slug) {
        slug = format!("{base}-{n}");
        n += 1;
    }
    Ok(slug)
}

/// Creates a local e-service (`id` none; not published) or changes the clinic's `id` (its
/// address stays, so links to it keep working; published stays as it was).
pub async fn save(
    db: &DatabaseConnection,
    viewer: &StaffViewer,
    id: Option<i32>,
    draft: &EServiceDraft,
    now: i64,
) -> Result<Saved, DbErr> {
    if !viewer.has(StaffRole::Admin) {
        return Ok(Saved::NotFound);
    }
    let existing = match id {
        Some(id) => match find(db, viewer, id).await? {
            Some(found) => Some(found),
            None => return Ok(Saved::NotFound),
        },
        None => None,
    };
    let slug = match &existing {
        Some(found) => found.form.slug.clone(),
        None => free_slug(db, viewer.clinic_id, &draft.title).await?,
    };
    let form = match check_draft(draft, &slug) {
        Ok(form) => form,
        Err(problems) => return Ok(Saved::Refused(problems)),
    };
    let row = local_eservice::ActiveModel {
        clinic_id: Set(viewer.clinic_id),
        slug: Set(slug),
        form: Set(serde_json::to_string(&form).expect("a form serialises")),
        updated_by: Set(viewer.name()),
        updated_at: Set(now),
        ..Default::default()
    };
    let txn = db.begin().await?;
    let saved = match existing {
        Some(found) => {
            LocalEService::update(local_eservice::ActiveModel {
                id: Set(found.id),
                ..row
            })
            .exec(&txn)
            .await?;
            // A published one's new title is what find care finds now.
            if found.published {
                crate::catalogue::raise_version(&txn).await?;
            }
            found.id
        }
        None => {
            let count = LocalEService::find()
                .filter(local_eservice::Column::ClinicId.eq(viewer.clinic_id))
                .count(&txn)
                .await?;
            if count >= LOCAL_ESERVICES_MAX {
                return Ok(Saved::NotFound);
            }
            let row = local_eservice::ActiveModel {
                published: Set(false),
                ..row
            };
            LocalEService::insert(row).exec(&txn).await?.last_insert_id
        }
    };
    audit::record(
        &txn,
        &viewer.hsa_id,
        viewer.clinic_id,
        Action::SaveEService,
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(Saved::Done(saved))
}

/// Publishes (`published`) or withdraws the clinic's local e-service `id`.
pub async fn publish(
    db: &DatabaseConnection,
    viewer: &StaffViewer,
    id: i32,
    published: bool,
    now: i64,
) -> Result<Saved, DbErr> {
    let Some(found) = find(db, viewer, id).await? else {
        return Ok(Saved::NotFound);
    };
    if found.published == published {
        return Ok(Saved::Done(id));
    }
    let txn = db.begin().await?;
    LocalEService::update(local_eservice::ActiveModel {
        id: Set(found.id),
        published: Set(published),
        updated_by: Set(viewer.name()),
        updated_at: Set(now),
        ..Default::default()
    })
    .exec(&txn)
    .await?;
    crate::catalogue::raise_version(&txn).await?;
    let action = if published {
        Action::PublishEService
    } else {
        Action::WithdrawEService
    };
    audit::record(&txn, &viewer.hsa_id, viewer.clinic_id, action, now).await?;
    txn.commit().await?;
    Ok(Saved::Done(id))
}
