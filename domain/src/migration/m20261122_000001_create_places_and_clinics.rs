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
                    .table(Municipality::Table)
                    .if_not_exists()
                    .col(string(Municipality::Code).primary_key())
                    .col(string(Municipality::Name))
                    .col(integer(Municipality::RegionId))
                    .col(double(Municipality::Lat))
                    .col(double(Municipality::Lon))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Municipality::Table, Municipality::RegionId)
                            .to(Region::Table, Region::Id),
                    )
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
                    .col(string(Clinic::MunicipalityCode))
                    .col(string(Clinic::Street))
                    .col(string(Clinic::PostalCode))
                    .col(string(Clinic::City))
                    .col(double(Clinic::Lat))
                    .col(double(Clinic::Lon))
                    .col(string(Clinic::Phone))
                    .col(string(Clinic::OpeningHours))
                    .col(boolean(Clinic::OnlineBooking))
                    .col(boolean(Clinic::RenewPrescription))
                    .col(boolean(Clinic::ContactClinic))
                    .col(boolean(Clinic::Complaints))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Clinic::Table, Clinic::RegionId)
                            .to(Region::Table, Region::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Clinic::Table, Clinic::MunicipalityCode)
                            .to(Municipality::Table, Municipality::Code),
                    )
                    .to_owned(),
            )
            .await?;
        for (name, column) in [
            ("idx_clinic_region", Clinic::RegionId),
            ("idx_clinic_kind", Clinic::Kind),
        ] {
            manager
                .create_index(
                    Index::create()
                        .name(name)
                        .table(Clinic::Table)
                        .col(column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .create_table(
                Table::create()
                    .table(ClinicCondition::Table)
                    .if_not_exists()
                    .col(integer(ClinicCondition::ClinicId))
                    .col(string(ClinicCondition::ConditionCode))
                    .primary_key(
                        Index::create()
                            .col(ClinicCondition::ClinicId)
                            .col(ClinicCondition::ConditionCode),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ClinicCondition::Table, ClinicCondition::ClinicId)
                            .to(Clinic::Table, Clinic::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_clinic_condition_code")
                    .table(ClinicCondition::Table)
                    .col(ClinicCondition::ConditionCode)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ClinicCaseType::Table)
                    .if_not_exists()
                    .col(integer(ClinicCaseType::ClinicId))
                    .col(string(ClinicCaseType::CaseType))
                    .col(boolean(ClinicCaseType::CitizenAttachments))
                    .primary_key(
                        Index::create()
                            .col(ClinicCaseType::ClinicId)
                            .col(ClinicCaseType::CaseType),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ClinicCaseType::Table, ClinicCaseType::ClinicId)
                            .to(Clinic::Table, Clinic::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            ClinicCaseType::Table.into_iden(),
            ClinicCondition::Table.into_iden(),
            Clinic::Table.into_iden(),
            Municipality::Table.into_iden(),
            Region::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
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
enum Municipality {
    Table,
    Code,
    Name,
    RegionId,
    Lat,
    Lon,
}

#[derive(DeriveIden)]
#[expect(
    clippy::enum_variant_names,
    reason = "variants are the table's column names"
)]
enum Clinic {
    Table,
    Id,
    HsaId,
    Name,
    Kind,
    RegionId,
    MunicipalityCode,
    Street,
    PostalCode,
    City,
    Lat,
    Lon,
    Phone,
    OpeningHours,
    OnlineBooking,
    RenewPrescription,
    ContactClinic,
    Complaints,
}

#[derive(DeriveIden)]
enum ClinicCondition {
    Table,
    ClinicId,
    ConditionCode,
}

#[derive(DeriveIden)]
enum ClinicCaseType {
    Table,
    ClinicId,
    CaseType,
    CitizenAttachments,
}
