//! The attachment rows: a file uploaded and checked is kept as pending (no message yet) for
//! its uploader, offered again by id on the next step of the form, and attached to the message
//! when it is sent. Only the person a case is about reads its files; a pending file only its
//! uploader. Pending files never sent are deleted after `PENDING_SECS`.

use samla_model::attachment::FileKind;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect,
};

use crate::entities::{attachment, prelude::*};
use crate::file_store::FileStore;

/// A file uploaded but never sent is deleted after a day.
pub const PENDING_SECS: i64 = 24 * 60 * 60;
/// The most pending files one run of the clean-up deletes.
pub const PURGE_BATCH: u64 = 500;

/// A checked file, stored under `object_key`, to be recorded.
#[derive(Clone, Debug)]
pub struct NewFile<'a> {
    pub owner: &'a str,
    pub name: &'a str,
    pub kind: FileKind,
    pub size: u64,
    pub sha256: &'a str,
    pub object_key: &'a str,
}

/// Records `file` as pending for its owner; the row.
pub async fn add_pending(
    conn: &impl ConnectionTrait,
    file: &NewFile<'_>,
    now: i64,
) -> Result<attachment::Model, DbErr> {
    let inserted = Attachment::insert(attachment::ActiveModel {
        personnummer: Set(file.owner.to_owned()),
        case_id: Set(None),
        message_id: Set(None),
        name: Set(file.name.to_owned()),
        content_type: Set(file.kind.code().to_owned()),
        size: Set(file.size as i64),
        sha256: Set(file.sha256.to_owned()),
        object_key: Set(file.object_key.to_owned()),
        uploaded_at: Set(now),
        ..Default::default()
    })
    .exec(conn)
    .await?;
    Attachment::find_by_id(inserted.last_insert_id)
        .one(conn)
        .await?
        .ok_or_else(|| DbErr::RecordNotFound("attachment".into()))
}

/// Of `ids`, those that are `owner`'s pending files, in upload order; at most `max` ids (the
/// writer's limit per message) are looked at, so a crafted form costs no more than a full one.
pub async fn pending(
    conn: &impl ConnectionTrait,
    owner: &str,
    ids: &[i64],
    max: usize,
) -> Result<Vec<attachment::Model>, DbErr> {
    let ids: Vec<i64> = ids.iter().copied().take(max).collect();
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    Attachment::find()
        .filter(attachment::Column::Id.is_in(ids))
        .filter(attachment::Column::Personnummer.eq(owner))
        .filter(attachment::Column::MessageId.is_null())
        .order_by_asc(attachment::Column::Id)
        .all(conn)
        .await
}

/// Attaches `uploader`'s pending files `ids` to a message of the case about `person`, who
/// then owns them (a citizen's own files stay theirs; a staff member's become the citizen's
/// to read); how many were attached. The caller caps `ids` at its writer's limit.
pub async fn attach(
    conn: &impl ConnectionTrait,
    uploader: &str,
    person: &str,
    ids: &[i64],
    case_id: i64,
    message_id: i64,
) -> Result<u64, DbErr> {
    let ids = ids.to_vec();
    if ids.is_empty() {
        return Ok(0);
    }
    let result = Attachment::update_many()
        .col_expr(attachment::Column::CaseId, case_id.into())
        .col_expr(attachment::Column::MessageId, message_id.into())
        .col_expr(attachment::Column::Personnummer, person.into())
        .filter(attachment::Column::Id.is_in(ids))
        .filter(attachment::Column::Personnummer.eq(uploader))
        .filter(attachment::Column::MessageId.is_null())
        .exec(conn)
        .await?;
    Ok(result.rows_affected)
}

/// The files of `message_ids`, in upload order.
pub async fn of_messages(
    conn: &impl ConnectionTrait,
    message_ids: &[i64],
) -> Result<Vec<attachment::Model>, DbErr> {
    if message_ids.is_empty() {
        return Ok(Vec::new());
    }
    Attachment::find()
        .filter(attachment::Column::MessageId.is_in(message_ids.to_vec()))
        .order_by_asc(attachment::Column::Id)
        .all(conn)
        .await
}

/// The file `id`, if `reader` may read it: a sent file of a case about them, or their own
/// pending upload. Anyone else's is never told apart from none.
pub async fn readable(
    conn: &impl ConnectionTrait,
    reader: &str,
    id: i64,
) -> Result<Option<attachment::Model>, DbErr> {
    Ok(Attachment::find_by_id(id)
        .one(conn)
        .await?
        .filter(|file| file.personnummer == reader))
}

/// Removes `owner`'s pending file `id` (the citizen took it off before sending), its object
/// first; whether there was one.
pub async fn discard(
    conn: &impl ConnectionTrait,
    store: &FileStore,
    owner: &str,
    id: i64,
) -> Result<bool, crate::attachments::Error> {
    let Some(file) = Attachment::find_by_id(id)
        .one(conn)
        .await?
        .filter(|f| f.personnummer == owner && f.message_id.is_none())
    else {
        return Ok(false);
    };
    store.delete(&file.object_key).await?;
    Attachment::delete_by_id(file.id).exec(conn).await?;
    Ok(true)
}

/// Deletes files uploaded before `now - PENDING_SECS` and never sent, objects first (a row
/// left behind is deleted by the next run; an object never is); how many.
pub async fn purge_pending(
    conn: &impl ConnectionTrait,
    store: &FileStore,
    now: i64,
) -> Result<usize, crate::attachments::Error> {
    let stale: Vec<(i64, String)> = Attachment::find()
        .select_only()
        .column(attachment::Column::Id)
        .column(attachment::Column::ObjectKey)
        .filter(attachment::Column::MessageId.is_null())
        .filter(attachment::Column::UploadedAt.lt(now - PENDING_SECS))
        .limit(PURGE_BATCH)
        .into_tuple()
        .all(conn)
        .await?;
    delete_with_objects(conn, store, stale).await
}

/// Deletes the files of `case_ids`, objects first; how many.
pub async fn purge_cases(
    conn: &impl ConnectionTrait,
    store: &FileStore,
    case_ids: &[i64],
) -> Result<usize, crate::attachments::Error> {
    if case_ids.is_empty() {
        return Ok(0);
    }
    let files: Vec<(i64, String)> = Attachment::find()
        .select_only()
        .column(attachment::Column::Id)
        .column(attachment::Column::ObjectKey)
        .filter(attachment::Column::CaseId.is_in(case_ids.to_vec()))
        .into_tuple()
        .all(conn)
        .await?;
    delete_with_objects(conn, store, files).await
}

async fn delete_with_objects(
    conn: &impl ConnectionTrait,
    store: &FileStore,
    files: Vec<(i64, String)>,
) -> Result<usize, crate::attachments::Error> {
    for (_, key) in &files {
        store.delete(key).await?;
    }
    let ids: Vec<i64> = files.iter().map(|(id, _)| *id).collect();
    if !ids.is_empty() {
        Attachment::delete_many()
            .filter(attachment::Column::Id.is_in(ids))
            .exec(conn)
            .await?;
    }
    Ok(files.len())
}

/// Stores `bytes` (already known good: the clinic's own file) as a pending file of `owner`'s,
/// for a message the clinic is about to write; the row.
pub async fn store_clinic_file(
    conn: &impl ConnectionTrait,
    store: &FileStore,
    owner: &str,
    name: &str,
    kind: FileKind,
    bytes: Vec<u8>,
    now: i64,
) -> Result<attachment::Model, crate::attachments::Error> {
    use sha2::{Digest, Sha256};
    let key = FileStore::new_key();
    let size = bytes.len() as u64;
    let sha256 = hex::encode(Sha256::digest(&bytes));
    store.put_bytes(&key, bytes).await?;
    let file = NewFile {
        owner,
        name,
        kind,
        size,
        sha256: &sha256,
        object_key: &key,
    };
    match add_pending(conn, &file, now).await {
        Ok(row) => Ok(row),
        Err(e) => {
            let _ = store.delete(&key).await;
            Err(e.into())
        }
    }
}
