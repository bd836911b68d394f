//! The notification outbox (written in the same transaction as the event it tells of, drained
//! by a worker), the access log of reads of personal data, failed logins per personnummer, and
//! logins under way at an OpenID Connect issuer.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Outbox::Table)
                    .if_not_exists()
                    .col(big_pk_auto(Outbox::Id))
                    .col(string_uniq(Outbox::IdempotencyKey))
                    .col(string(Outbox::Personnummer))
                    .col(string(Outbox::Channel))
                    .col(string(Outbox::Address))
                    .col(string(Outbox::Notice))
                    .col(string(Outbox::Subject))
                    .col(text(Outbox::Body))
                    .col(string(Outbox::Status))
                    .col(integer(Outbox::Attempts))
                    .col(big_integer(Outbox::NextAttemptAt))
                    .col(big_integer_null(Outbox::ClaimedUntil))
                    .col(big_integer_null(Outbox::SentAt))
                    .col(string_null(Outbox::LastError))
                    .col(big_integer(Outbox::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_outbox_due")
                    .table(Outbox::Table)
                    .col(Outbox::Status)
                    .col(Outbox::NextAttemptAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(AccessLog::Table)
                    .if_not_exists()
                    .col(big_pk_auto(AccessLog::Id))
                    .col(string(AccessLog::Subject))
                    .col(string(AccessLog::ActorId))
                    .col(string(AccessLog::ActorName))
                    .col(string(AccessLog::Role))
                    .col(string(AccessLog::Resource))
                    .col(big_integer(AccessLog::At))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_access_log_subject")
                    .table(AccessLog::Table)
                    .col(AccessLog::Subject)
                    .col(AccessLog::Id)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(LoginFailure::Table)
                    .if_not_exists()
                    .col(big_pk_auto(LoginFailure::Id))
                    .col(string(LoginFailure::Personnummer))
                    .col(big_integer(LoginFailure::At))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_login_failure_person")
                    .table(LoginFailure::Table)
                    .col(LoginFailure::Personnummer)
                    .col(LoginFailure::At)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(OidcLogin::Table)
                    .if_not_exists()
                    .col(string(OidcLogin::StateHash).primary_key())
                    .col(string(OidcLogin::BrowserHash))
                    .col(string(OidcLogin::Nonce))
                    .col(string(OidcLogin::PkceVerifier))
                    .col(string(OidcLogin::NextPath))
                    .col(big_integer(OidcLogin::StartedAt))
                    .col(boolean(OidcLogin::Used))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            OidcLogin::Table.into_iden(),
            LoginFailure::Table.into_iden(),
            AccessLog::Table.into_iden(),
            Outbox::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Outbox {
    Table,
    Id,
    IdempotencyKey,
    Personnummer,
    Channel,
    Address,
    Notice,
    Subject,
    Body,
    Status,
    Attempts,
    NextAttemptAt,
    ClaimedUntil,
    SentAt,
    LastError,
    CreatedAt,
}

#[derive(DeriveIden)]
enum AccessLog {
    Table,
    Id,
    Subject,
    ActorId,
    ActorName,
    Role,
    Resource,
    At,
}

#[derive(DeriveIden)]
enum LoginFailure {
    Table,
    Id,
    Personnummer,
    At,
}

#[derive(DeriveIden)]
enum OidcLogin {
    Table,
    StateHash,
    BrowserHash,
    Nonce,
    PkceVerifier,
    NextPath,
    StartedAt,
    Used,
}
