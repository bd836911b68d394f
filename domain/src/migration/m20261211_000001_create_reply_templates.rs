//! Reply templates per clinic (DOMAIN.md §7): the staff tool's texts to answer with.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ReplyTemplate::Table)
                    .if_not_exists()
                    .col(big_pk_auto(ReplyTemplate::Id))
                    .col(integer(ReplyTemplate::ClinicId))
                    .col(string(ReplyTemplate::Title))
                    .col(text(ReplyTemplate::Body))
                    .col(string(ReplyTemplate::UpdatedBy))
                    .col(big_integer(ReplyTemplate::UpdatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_reply_template_clinic")
                    .table(ReplyTemplate::Table)
                    .col(ReplyTemplate::ClinicId)
                    .col(ReplyTemplate::Title)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(ReplyTemplate::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum ReplyTemplate {
    Table,
    Id,
    ClinicId,
    Title,
    Body,
    UpdatedBy,
    UpdatedAt,
}
