//! Acting for a child (ombud, DOMAIN.md §4): the child a session acts for, each guardian's own
//! notification settings for each child, and when a citizen last reviewed their settings (a
//! youth is asked to at the first login after turning 13). SQLite alters one column at a time.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Session::Table)
                    .add_column(string_null(Session::ActingFor))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Account::Table)
                    .add_column(big_integer_null(Account::ReviewedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(GuardianNotice::Table)
                    .if_not_exists()
                    .col(string(GuardianNotice::Child))
                    .col(string(GuardianNotice::Guardian))
                    .col(string_null(GuardianNotice::Mobile))
                    .col(string_null(GuardianNotice::Email))
                    .col(boolean(GuardianNotice::NotifySms))
                    .col(boolean(GuardianNotice::NotifyEmail))
                    .col(big_integer(GuardianNotice::UpdatedAt))
                    .primary_key(
                        Index::create()
                            .col(GuardianNotice::Child)
                            .col(GuardianNotice::Guardian),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(GuardianNotice::Table).to_owned())
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Account::Table)
                    .drop_column(Account::ReviewedAt)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Session::Table)
                    .drop_column(Session::ActingFor)
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden)]
enum Session {
    Table,
    ActingFor,
}

#[derive(DeriveIden)]
enum Account {
    Table,
    ReviewedAt,
}

#[derive(DeriveIden)]
enum GuardianNotice {
    Table,
    Child,
    Guardian,
    Mobile,
    Email,
    NotifySms,
    NotifyEmail,
    UpdatedAt,
}
