use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Region::Table)
                    .if_not_exists()
                    .col(pk_auto(Region::Id))
                    .col(string_uniq(Region::Code))
                    .col(string(Region::Name))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Clinic::Table)
                    .if_not_exists()
                    .col(pk_auto(Clinic::Id))
                    .col(string_uniq(Clinic::HsaId))
                    .col(string(Clinic::Name))
                    .col(string(Clinic::Kind))
                    .col(integer(Clinic::RegionId))
                    .col(string(Clinic::Municipality))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Clinic::Table, Clinic::RegionId)
                            .to(Region::Table, Region::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_clinic_region")
                    .table(Clinic::Table)
                    .col(Clinic::RegionId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Clinic::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(Region::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum Region {
    Table,
    Id,
    Code,
    Name,
}

#[derive(DeriveIden)]
enum Clinic {
    Table,
    Id,
    HsaId,
    Name,
    Kind,
    RegionId,
    Municipality,
}
