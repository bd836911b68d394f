//! The catalogue's version: one row, raised in the same transaction as every change to a
//! clinic, so each instance can tell cheaply that its in-memory indexes are out of date.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(CatalogueVersion::Table)
                    .if_not_exists()
                    .col(integer(CatalogueVersion::Id).primary_key())
                    .col(big_integer(CatalogueVersion::Version))
                    .to_owned(),
            )
            .await?;
        manager
            .exec_stmt(
                Query::insert()
                    .into_table(CatalogueVersion::Table)
                    .columns([CatalogueVersion::Id, CatalogueVersion::Version])
                    .values_panic([1.into(), 0.into()])
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(CatalogueVersion::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum CatalogueVersion {
    Table,
    Id,
    Version,
}
