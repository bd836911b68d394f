//! Reply templates per clinic (DOMAIN.md §7): the clinic's staff write them once and use them
//! when answering, with placeholders for the citizen's first name and their own name. Any
//! member with a role at the clinic may create and edit them; nobody sees another clinic's.

use samla_model::staff::{StaffViewer, TEMPLATES_MAX, TemplateProblem, check_template};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect,
};

use crate::entities::{prelude::*, reply_template};

/// The clinic's templates, by title.
pub async fn list(
    db: &DatabaseConnection,
    viewer: &StaffViewer,
) -> Result<Vec<reply_template::Model>, DbErr> {
    ReplyTemplate::find()
        .filter(reply_template::Column::ClinicId.eq(viewer.clinic_id))
        .order_by_asc(reply_template::Column::Title)
        .order_by_asc(reply_template::Column::Id)
        .limit(TEMPLATES_MAX)
        .all(db)
        .await
}

/// The clinic's template `id`, and no other clinic's.
pub async fn find(
    db: &DatabaseConnection,
    viewer: &StaffViewer,
    id: i64,
) -> Result<Option<reply_template::Model>, DbErr> {
    Ok(ReplyTemplate::find_by_id(id)
        .one(db)
        .await?
        .filter(|t| t.clinic_id == viewer.clinic_id))
}

/// What came of saving.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Saved {
    /// The template's id.
    Done(i64),
    Refused(Vec<TemplateProblem>),
    /// No such template of this clinic's (to edit), or the clinic has `TEMPLATES_MAX`.
    NotFound,
}

/// Creates a template (`id` none) or changes the clinic's template `id`.
pub async fn save(
    db: &DatabaseConnection,
    viewer: &StaffViewer,
    id: Option<i64>,
    title: &str,
    body: &str,
    now: i64,
) -> Result<Saved, DbErr> {
    let (title, body) = match check_template(title, body) {
        Ok(checked) => checked,
        Err(problems) => return Ok(Saved::Refused(problems)),
    };
    let row = reply_template::ActiveModel {
        clinic_id: Set(viewer.clinic_id),
        title: Set(title),
        body: Set(body),
        updated_by: Set(viewer.name()),
        updated_at: Set(now),
        ..Default::default()
    };
    match id {
        Some(id) => {
            if find(db, viewer, id).await?.is_none() {
                return Ok(Saved::NotFound);
            }
            ReplyTemplate::update(reply_template::ActiveModel { id: Set(id), ..row })
                .exec(db)
                .await?;
            Ok(Saved::Done(id))
        }
        None => {
            let count = ReplyTemplate::find()
                .filter(reply_template::Column::ClinicId.eq(viewer.clinic_id))
                .count(db)
                .await?;
            if count >= TEMPLATES_MAX {
                return Ok(Saved::NotFound);
            }
            let inserted = ReplyTemplate::insert(row).exec(db).await?;
            Ok(Saved::Done(inserted.last_insert_id))
        }
    }
}
