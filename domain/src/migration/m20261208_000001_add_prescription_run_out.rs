//! When a prescription's medicine runs out, stored so the reminder job finds what runs out
//! soon by an index instead of computing it for every prescription; and when the reminder
//! went, so it goes once. SQLite alters one column at a time.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for col in [Prescription::RunsOutAt, Prescription::RemindedAt] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Prescription::Table)
                        .add_column(big_integer_null(col))
                        .to_owned(),
                )
                .await?;
        }
        manager
            .create_index(
                Index::create()
                    .name("idx_prescription_runs_out")
                    .table(Prescription::Table)
                    .col(Prescription::RunsOutAt)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(Index::drop().name("idx_prescription_runs_out").to_owned())
            .await?;
        for col in [Prescription::RemindedAt, Prescription::RunsOutAt] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Prescription::Table)
                        .drop_column(col)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Prescription {
    Table,
    RunsOutAt,
    RemindedAt,
}
