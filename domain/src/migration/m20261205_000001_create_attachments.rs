//! Attachments (DOMAIN.md §6): a file's name, type, size and SHA-256; the bytes are in the
//! object store under `object_key`. A file uploaded but not yet sent has no message.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Attachment::Table)
                    .if_not_exists()
                    .col(big_pk_auto(Attachment::Id))
                    .col(string(Attachment::Personnummer))
                    .col(big_integer_null(Attachment::CaseId))
                    .col(big_integer_null(Attachment::MessageId))
                    .col(string(Attachment::Name))
                    .col(string(Attachment::ContentType))
                    .col(big_integer(Attachment::Size))
                    .col(string(Attachment::Sha256))
                    .col(string_uniq(Attachment::ObjectKey))
                    .col(big_integer(Attachment::UploadedAt))
                    .to_owned(),
            )
            .await?;
        for (name, cols) in [
            (
                "idx_attachment_message",
                vec![Attachment::MessageId, Attachment::Id],
            ),
            ("idx_attachment_case", vec![Attachment::CaseId]),
            (
                "idx_attachment_pending",
                vec![Attachment::Personnummer, Attachment::MessageId],
            ),
            ("idx_attachment_uploaded", vec![Attachment::UploadedAt]),
        ] {
            let mut index = Index::create();
            index.name(name).table(Attachment::Table);
            for col in cols {
                index.col(col);
            }
            manager.create_index(index.to_owned()).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Attachment::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum Attachment {
    Table,
    Id,
    Personnummer,
    CaseId,
    MessageId,
    Name,
    ContentType,
    Size,
    Sha256,
    ObjectKey,
    UploadedAt,
}
