//! The health record (issue 11): care contacts with their notes and diagnoses, vaccinations,
//! lab results with the range the lab gave, prescriptions and certificates. Each table is
//! read by person and time, newest first, so each has that index; cases and clinic messages
//! get one too, for the events flow.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(CareContact::Table)
                    .if_not_exists()
                    .col(big_pk_auto(CareContact::Id))
                    .col(string(CareContact::Personnummer))
                    .col(big_integer(CareContact::At))
                    .col(string(CareContact::ContactKind))
                    .col(string(CareContact::ClinicName))
                    .col(string(CareContact::Caregiver))
                    .col(string(CareContact::Reason))
                    .col(text(CareContact::Note))
                    .col(string(CareContact::DiagnosisCode))
                    .col(string(CareContact::DiagnosisText))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Vaccination::Table)
                    .if_not_exists()
                    .col(big_pk_auto(Vaccination::Id))
                    .col(string(Vaccination::Personnummer))
                    .col(big_integer(Vaccination::At))
                    .col(string(Vaccination::Vaccine))
                    .col(string(Vaccination::Against))
                    .col(string(Vaccination::Dose))
                    .col(string(Vaccination::ClinicName))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(LabResult::Table)
                    .if_not_exists()
                    .col(big_pk_auto(LabResult::Id))
                    .col(string(LabResult::Personnummer))
                    .col(big_integer(LabResult::At))
                    .col(string(LabResult::Analysis))
                    .col(double(LabResult::Value))
                    .col(string(LabResult::Unit))
                    .col(double(LabResult::RefLow))
                    .col(double(LabResult::RefHigh))
                    .col(string(LabResult::ClinicName))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Prescription::Table)
                    .if_not_exists()
                    .col(big_pk_auto(Prescription::Id))
                    .col(string(Prescription::Personnummer))
                    .col(big_integer(Prescription::At))
                    .col(string(Prescription::Medicine))
                    .col(string(Prescription::Strength))
                    .col(string(Prescription::Dosage))
                    .col(double(Prescription::DosesPerDay))
                    .col(integer(Prescription::UnitsPerWithdrawal))
                    .col(integer(Prescription::Withdrawals))
                    .col(integer(Prescription::WithdrawalsLeft))
                    .col(big_integer_null(Prescription::LastWithdrawalAt))
                    .col(big_integer(Prescription::ValidUntil))
                    .col(string(Prescription::Prescriber))
                    .col(integer(Prescription::ClinicId))
                    .col(string(Prescription::ClinicName))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Certificate::Table)
                    .if_not_exists()
                    .col(big_pk_auto(Certificate::Id))
                    .col(string(Certificate::Personnummer))
                    .col(big_integer(Certificate::At))
                    .col(string(Certificate::Kind))
                    .col(string(Certificate::Title))
                    .col(text(Certificate::Body))
                    .col(string(Certificate::Issuer))
                    .col(string(Certificate::ClinicName))
                    .col(big_integer_null(Certificate::ValidUntil))
                    .to_owned(),
            )
            .await?;
        let by_person_and_time: [(&str, DynIden, Vec<DynIden>); 7] = [
            (
                "idx_care_contact_person",
                CareContact::Table.into_iden(),
                vec![
                    CareContact::Personnummer.into_iden(),
                    CareContact::At.into_iden(),
                ],
            ),
            (
                "idx_vaccination_person",
                Vaccination::Table.into_iden(),
                vec![
                    Vaccination::Personnummer.into_iden(),
                    Vaccination::At.into_iden(),
                ],
            ),
            (
                "idx_lab_result_person",
                LabResult::Table.into_iden(),
                vec![
                    LabResult::Personnummer.into_iden(),
                    LabResult::At.into_iden(),
                ],
            ),
            (
                "idx_prescription_person",
                Prescription::Table.into_iden(),
                vec![
                    Prescription::Personnummer.into_iden(),
                    Prescription::At.into_iden(),
                ],
            ),
            (
                "idx_certificate_person",
                Certificate::Table.into_iden(),
                vec![
                    Certificate::Personnummer.into_iden(),
                    Certificate::At.into_iden(),
                ],
            ),
            (
                "idx_care_case_created",
                CareCase::Table.into_iden(),
                vec![
                    CareCase::Personnummer.into_iden(),
                    CareCase::CreatedAt.into_iden(),
                ],
            ),
            (
                "idx_case_message_sent",
                CaseMessage::Table.into_iden(),
                vec![
                    CaseMessage::Personnummer.into_iden(),
                    CaseMessage::FromClinic.into_iden(),
                    CaseMessage::CreatedAt.into_iden(),
                ],
            ),
        ];
        for (name, table, cols) in by_person_and_time {
            let mut index = Index::create();
            index.name(name).table(table);
            for col in cols {
                index.col(col);
            }
            manager.create_index(index.to_owned()).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for index in ["idx_care_case_created", "idx_case_message_sent"] {
            manager
                .drop_index(Index::drop().name(index).to_owned())
                .await?;
        }
        for table in [
            Certificate::Table.into_iden(),
            Prescription::Table.into_iden(),
            LabResult::Table.into_iden(),
            Vaccination::Table.into_iden(),
            CareContact::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum CareContact {
    Table,
    Id,
    Personnummer,
    At,
    ContactKind,
    ClinicName,
    Caregiver,
    Reason,
    Note,
    DiagnosisCode,
    DiagnosisText,
}

#[derive(DeriveIden)]
enum Vaccination {
    Table,
    Id,
    Personnummer,
    At,
    Vaccine,
    Against,
    Dose,
    ClinicName,
}

#[derive(DeriveIden)]
enum LabResult {
    Table,
    Id,
    Personnummer,
    At,
    Analysis,
    Value,
    Unit,
    RefLow,
    RefHigh,
    ClinicName,
}

#[derive(DeriveIden)]
enum Prescription {
    Table,
    Id,
    Personnummer,
    At,
    Medicine,
    Strength,
    Dosage,
    DosesPerDay,
    UnitsPerWithdrawal,
    Withdrawals,
    WithdrawalsLeft,
    LastWithdrawalAt,
    ValidUntil,
    Prescriber,
    ClinicId,
    ClinicName,
}

#[derive(DeriveIden)]
enum Certificate {
    Table,
    Id,
    Personnummer,
    At,
    Kind,
    Title,
    Body,
    Issuer,
    ClinicName,
    ValidUntil,
}

#[derive(DeriveIden)]
enum CareCase {
    Table,
    Personnummer,
    CreatedAt,
}

#[derive(DeriveIden)]
enum CaseMessage {
    Table,
    Personnummer,
    FromClinic,
    CreatedAt,
}
