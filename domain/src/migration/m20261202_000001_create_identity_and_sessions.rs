//! The logged-in half's first tables: the population register's people (a demo copy of
//! folkbokföringen) and which of them are the test identity provider's personas, guardianships, accounts with their settings, consents, login orders of the
//! test identity provider, and server-side sessions (only a hash of each session id).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Person::Table)
                    .if_not_exists()
                    .col(string(Person::Personnummer).primary_key())
                    .col(string(Person::GivenName))
                    .col(string(Person::FamilyName))
                    .col(string(Person::Street))
                    .col(string(Person::PostalCode))
                    .col(string(Person::City))
                    .col(boolean(Person::ProtectedIdentity))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(TestPersona::Table)
                    .if_not_exists()
                    .col(string(TestPersona::Personnummer).primary_key())
                    .col(string(TestPersona::Kind))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Guardianship::Table)
                    .if_not_exists()
                    .col(string(Guardianship::Guardian))
                    .col(string(Guardianship::Child))
                    .primary_key(
                        Index::create()
                            .col(Guardianship::Guardian)
                            .col(Guardianship::Child),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Account::Table)
                    .if_not_exists()
                    .col(string(Account::Personnummer).primary_key())
                    .col(big_integer(Account::ActivatedAt))
                    .col(string_null(Account::Mobile))
                    .col(string_null(Account::Email))
                    .col(boolean(Account::NotifySms))
                    .col(boolean(Account::NotifyEmail))
                    .col(boolean(Account::ShareContact))
                    .col(big_integer(Account::UpdatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Consent::Table)
                    .if_not_exists()
                    .col(pk_auto(Consent::Id))
                    .col(string(Consent::Personnummer))
                    .col(string(Consent::TextVersion))
                    .col(big_integer(Consent::GivenAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(LoginOrder::Table)
                    .if_not_exists()
                    .col(string(LoginOrder::OrderRef).primary_key())
                    .col(string(LoginOrder::Method))
                    .col(string(LoginOrder::Device))
                    .col(string_uniq(LoginOrder::AutoStartToken))
                    .col(string_uniq(LoginOrder::QrStartToken))
                    .col(string(LoginOrder::QrStartSecret))
                    .col(string(LoginOrder::BrowserHash))
                    .col(string(LoginOrder::NextPath))
                    .col(big_integer(LoginOrder::StartedAt))
                    .col(big_integer_null(LoginOrder::ScannedAt))
                    .col(string(LoginOrder::Status))
                    .col(string_null(LoginOrder::Personnummer))
                    .col(boolean(LoginOrder::Collected))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Session::Table)
                    .if_not_exists()
                    .col(string(Session::IdHash).primary_key())
                    .col(string(Session::Personnummer))
                    .col(big_integer(Session::CreatedAt))
                    .col(big_integer(Session::LastSeenAt))
                    .col(big_integer_null(Session::EndedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_login_order_started")
                    .table(LoginOrder::Table)
                    .col(LoginOrder::StartedAt)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            Session::Table.into_iden(),
            LoginOrder::Table.into_iden(),
            Consent::Table.into_iden(),
            Account::Table.into_iden(),
            Guardianship::Table.into_iden(),
            TestPersona::Table.into_iden(),
            Person::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Person {
    Table,
    Personnummer,
    GivenName,
    FamilyName,
    Street,
    PostalCode,
    City,
    ProtectedIdentity,
}

#[derive(DeriveIden)]
enum TestPersona {
    Table,
    Personnummer,
    Kind,
}

#[derive(DeriveIden)]
enum Guardianship {
    Table,
    Guardian,
    Child,
}

#[derive(DeriveIden)]
enum Account {
    Table,
    Personnummer,
    ActivatedAt,
    Mobile,
    Email,
    NotifySms,
    NotifyEmail,
    ShareContact,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Consent {
    Table,
    Id,
    Personnummer,
    TextVersion,
    GivenAt,
}

#[derive(DeriveIden)]
enum LoginOrder {
    Table,
    OrderRef,
    Method,
    Device,
    AutoStartToken,
    QrStartToken,
    QrStartSecret,
    BrowserHash,
    NextPath,
    StartedAt,
    ScannedAt,
    Status,
    Personnummer,
    Collected,
}

#[derive(DeriveIden)]
enum Session {
    Table,
    IdHash,
    Personnummer,
    CreatedAt,
    LastSeenAt,
    EndedAt,
}
