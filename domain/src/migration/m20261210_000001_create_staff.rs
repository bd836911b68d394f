//! The staff tool (DOMAIN.md §7): staff members by HSA-id, the clinics activated for the tool,
//! roles per clinic, staff sessions (apart from citizens'), the audit log of every staff
//! action, and to whom a case is assigned. SQLite alters one column at a time.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(StaffMember::Table)
                    .if_not_exists()
                    .col(string(StaffMember::HsaId).primary_key())
                    .col(string(StaffMember::GivenName))
                    .col(string(StaffMember::FamilyName))
                    .col(string(StaffMember::Title))
                    .col(big_integer(StaffMember::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(StaffClinic::Table)
                    .if_not_exists()
                    .col(integer(StaffClinic::ClinicId).primary_key())
                    .col(string(StaffClinic::ActivatedBy))
                    .col(big_integer(StaffClinic::ActivatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(StaffRole::Table)
                    .if_not_exists()
                    .col(string(StaffRole::HsaId))
                    .col(integer(StaffRole::ClinicId))
                    .col(string(StaffRole::Role))
                    .col(string(StaffRole::GrantedBy))
                    .col(big_integer(StaffRole::GrantedAt))
                    .primary_key(
                        Index::create()
                            .col(StaffRole::HsaId)
                            .col(StaffRole::ClinicId)
                            .col(StaffRole::Role),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_staff_role_clinic")
                    .table(StaffRole::Table)
                    .col(StaffRole::ClinicId)
                    .col(StaffRole::Role)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(StaffSession::Table)
                    .if_not_exists()
                    .col(string(StaffSession::IdHash).primary_key())
                    .col(string(StaffSession::HsaId))
                    .col(integer(StaffSession::ClinicId))
                    .col(big_integer(StaffSession::CreatedAt))
                    .col(big_integer(StaffSession::LastSeenAt))
                    .col(big_integer_null(StaffSession::EndedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(StaffAudit::Table)
                    .if_not_exists()
                    .col(big_pk_auto(StaffAudit::Id))
                    .col(string(StaffAudit::HsaId))
                    .col(integer(StaffAudit::ClinicId))
                    .col(string(StaffAudit::Action))
                    .col(big_integer_null(StaffAudit::CaseId))
                    .col(string_null(StaffAudit::Subject))
                    .col(big_integer(StaffAudit::At))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_staff_audit_clinic_at")
                    .table(StaffAudit::Table)
                    .col(StaffAudit::ClinicId)
                    .col(StaffAudit::At)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(CareCase::Table)
                    .add_column(string_null(CareCase::AssignedTo))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(CareCase::Table)
                    .add_column(string_null(CareCase::AssignedName))
                    .to_owned(),
            )
            .await?;
        // The clinic's lists: its cases by expected reply date; a handler's by theirs.
        manager
            .create_index(
                Index::create()
                    .name("idx_care_case_clinic_reply")
                    .table(CareCase::Table)
                    .col(CareCase::ClinicId)
                    .col(CareCase::ExpectedReply)
                    .col(CareCase::Id)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_care_case_assigned")
                    .table(CareCase::Table)
                    .col(CareCase::AssignedTo)
                    .col(CareCase::ExpectedReply)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for index in ["idx_care_case_assigned", "idx_care_case_clinic_reply"] {
            manager
                .drop_index(Index::drop().name(index).table(CareCase::Table).to_owned())
                .await?;
        }
        for column in [CareCase::AssignedName, CareCase::AssignedTo] {
            manager
                .alter_table(
                    Table::alter()
                        .table(CareCase::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .drop_table(Table::drop().table(StaffAudit::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(StaffSession::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(StaffRole::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(StaffClinic::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(StaffMember::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum StaffMember {
    Table,
    HsaId,
    GivenName,
    FamilyName,
    Title,
    CreatedAt,
}

#[derive(DeriveIden)]
enum StaffClinic {
    Table,
    ClinicId,
    ActivatedBy,
    ActivatedAt,
}

#[derive(DeriveIden)]
enum StaffRole {
    Table,
    HsaId,
    ClinicId,
    Role,
    GrantedBy,
    GrantedAt,
}

#[derive(DeriveIden)]
enum StaffSession {
    Table,
    IdHash,
    HsaId,
    ClinicId,
    CreatedAt,
    LastSeenAt,
    EndedAt,
}

#[derive(DeriveIden)]
enum StaffAudit {
    Table,
    Id,
    HsaId,
    ClinicId,
    Action,
    CaseId,
    Subject,
    At,
}

#[derive(DeriveIden)]
enum CareCase {
    Table,
    AssignedTo,
    AssignedName,
    ClinicId,
    ExpectedReply,
    Id,
}
