//! Invitations (kallelser, DOMAIN.md §7): a clinic proposes one of its bookable times to a
//! citizen, holding the time until the citizen books it or asks for another.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Invitation::Table)
                    .if_not_exists()
                    .col(big_pk_auto(Invitation::Id))
                    .col(string(Invitation::Personnummer))
                    .col(integer(Invitation::ClinicId))
                    .col(big_integer(Invitation::SlotId))
                    .col(string(Invitation::VisitType))
                    .col(big_integer(Invitation::StartsAt))
                    .col(big_integer(Invitation::CaseId))
                    .col(string(Invitation::Status))
                    .col(string(Invitation::SentBy))
                    .col(string(Invitation::SentByName))
                    .col(big_integer(Invitation::CreatedAt))
                    .col(big_integer_null(Invitation::AnsweredAt))
                    .col(big_integer_null(Invitation::RemindedAt))
                    .col(big_integer_null(Invitation::BookingId))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_invitation_clinic")
                    .table(Invitation::Table)
                    .col(Invitation::ClinicId)
                    .col(Invitation::Id)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_invitation_person")
                    .table(Invitation::Table)
                    .col(Invitation::Personnummer)
                    .col(Invitation::Id)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_invitation_due")
                    .table(Invitation::Table)
                    .col(Invitation::Status)
                    .col(Invitation::CreatedAt)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Invitation::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum Invitation {
    Table,
    Id,
    Personnummer,
    ClinicId,
    SlotId,
    VisitType,
    StartsAt,
    CaseId,
    Status,
    SentBy,
    SentByName,
    CreatedAt,
    AnsweredAt,
    RemindedAt,
    BookingId,
}
