//! Local e-services written in the staff tool (DOMAIN.md §7): whether one is published (only
//! then do citizens see it), and who changed it last and when. Rows from before were added by
//! the demo and tests, so they stay published. SQLite alters one column at a time.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let columns = [
            boolean(LocalEService::Published).default(true).to_owned(),
            string(LocalEService::UpdatedBy).default("").to_owned(),
            big_integer(LocalEService::UpdatedAt).default(0).to_owned(),
        ];
        for mut column in columns {
            manager
                .alter_table(
                    Table::alter()
                        .table(LocalEService::Table)
                        .add_column(&mut column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [
            LocalEService::Published,
            LocalEService::UpdatedBy,
            LocalEService::UpdatedAt,
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(LocalEService::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum LocalEService {
    Table,
    Published,
    UpdatedBy,
    UpdatedAt,
}
