//! Cases (ärenden) with their messages, and the clinics' local e-services (DOMAIN.md §5).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(LocalEService::Table)
                    .if_not_exists()
                    .col(pk_auto(LocalEService::Id))
                    .col(integer(LocalEService::ClinicId))
                    .col(string(LocalEService::Slug))
                    .col(text(LocalEService::Form))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_local_eservice_slug")
                    .table(LocalEService::Table)
                    .col(LocalEService::ClinicId)
                    .col(LocalEService::Slug)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(CareCase::Table)
                    .if_not_exists()
                    .col(big_pk_auto(CareCase::Id))
                    .col(string(CareCase::Personnummer))
                    .col(integer(CareCase::ClinicId))
                    .col(string(CareCase::ClinicName))
                    .col(string(CareCase::Eservice))
                    .col(string(CareCase::CaseType))
                    .col(string(CareCase::TitleSv))
                    .col(string(CareCase::TitleEn))
                    .col(string(CareCase::Subject))
                    .col(string(CareCase::Status))
                    .col(boolean(CareCase::CitizenAttachments))
                    .col(string(CareCase::ExpectedReply))
                    .col(string(CareCase::StartedBy))
                    .col(string(CareCase::StartedByName))
                    .col(big_integer(CareCase::CreatedAt))
                    .col(big_integer(CareCase::UpdatedAt))
                    .col(big_integer_null(CareCase::ClosedAt))
                    .to_owned(),
            )
            .await?;
        for (name, cols) in [
            (
                "idx_care_case_owner",
                vec![CareCase::Personnummer, CareCase::UpdatedAt],
            ),
            ("idx_care_case_closed", vec![CareCase::ClosedAt]),
        ] {
            let mut index = Index::create();
            index.name(name).table(CareCase::Table);
            for col in cols {
                index.col(col);
            }
            manager.create_index(index.to_owned()).await?;
        }
        manager
            .create_table(
                Table::create()
                    .table(CaseMessage::Table)
                    .if_not_exists()
                    .col(big_pk_auto(CaseMessage::Id))
                    .col(big_integer(CaseMessage::CaseId))
                    .col(string(CaseMessage::Personnummer))
                    .col(integer(CaseMessage::ClinicId))
                    .col(boolean(CaseMessage::FromClinic))
                    .col(string(CaseMessage::Author))
                    .col(string(CaseMessage::AuthorName))
                    .col(text(CaseMessage::Body))
                    .col(text(CaseMessage::BodyFolded))
                    .col(boolean(CaseMessage::AsksReply))
                    .col(big_integer(CaseMessage::CreatedAt))
                    .col(big_integer_null(CaseMessage::ReadAt))
                    .col(big_integer_null(CaseMessage::RemindedAt))
                    .to_owned(),
            )
            .await?;
        for (name, cols) in [
            (
                "idx_case_message_case",
                vec![CaseMessage::CaseId, CaseMessage::Id],
            ),
            (
                "idx_case_message_inbox",
                vec![
                    CaseMessage::Personnummer,
                    CaseMessage::FromClinic,
                    CaseMessage::Id,
                ],
            ),
            (
                "idx_case_message_unread",
                vec![CaseMessage::Personnummer, CaseMessage::ReadAt],
            ),
        ] {
            let mut index = Index::create();
            index.name(name).table(CaseMessage::Table);
            for col in cols {
                index.col(col);
            }
            manager.create_index(index.to_owned()).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            CaseMessage::Table.into_iden(),
            CareCase::Table.into_iden(),
            LocalEService::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum LocalEService {
    Table,
    Id,
    ClinicId,
    Slug,
    Form,
}

#[derive(DeriveIden)]
enum CareCase {
    Table,
    Id,
    Personnummer,
    ClinicId,
    ClinicName,
    Eservice,
    CaseType,
    TitleSv,
    TitleEn,
    Subject,
    Status,
    CitizenAttachments,
    ExpectedReply,
    StartedBy,
    StartedByName,
    CreatedAt,
    UpdatedAt,
    ClosedAt,
}

#[derive(DeriveIden)]
enum CaseMessage {
    Table,
    Id,
    CaseId,
    Personnummer,
    ClinicId,
    FromClinic,
    Author,
    AuthorName,
    Body,
    BodyFolded,
    AsksReply,
    CreatedAt,
    ReadAt,
    RemindedAt,
}
