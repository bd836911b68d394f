//! Booking (issue 11): each clinic's published week (`clinic_schedule`, per kind of visit),
//! the times made from it day by day as citizens look (`visit_slot`, `slot_day`), and the
//! bookings. A time is held by at most one booking: taking it is one conditional update.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ClinicSchedule::Table)
                    .if_not_exists()
                    .col(pk_auto(ClinicSchedule::Id))
                    .col(integer(ClinicSchedule::ClinicId))
                    .col(string(ClinicSchedule::VisitType))
                    .col(string(ClinicSchedule::Weekdays))
                    .col(integer(ClinicSchedule::FirstMinute))
                    .col(integer(ClinicSchedule::LastMinute))
                    .col(integer(ClinicSchedule::SlotMinutes))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_clinic_schedule_kind")
                    .table(ClinicSchedule::Table)
                    .col(ClinicSchedule::ClinicId)
                    .col(ClinicSchedule::VisitType)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(VisitSlot::Table)
                    .if_not_exists()
                    .col(big_pk_auto(VisitSlot::Id))
                    .col(integer(VisitSlot::ClinicId))
                    .col(string(VisitSlot::VisitType))
                    .col(big_integer(VisitSlot::StartsAt))
                    .col(integer(VisitSlot::Minutes))
                    .col(boolean(VisitSlot::Taken))
                    .col(big_integer_null(VisitSlot::BookingId))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_visit_slot_time")
                    .table(VisitSlot::Table)
                    .col(VisitSlot::ClinicId)
                    .col(VisitSlot::VisitType)
                    .col(VisitSlot::StartsAt)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(SlotDay::Table)
                    .if_not_exists()
                    .col(integer(SlotDay::ClinicId))
                    .col(string(SlotDay::Day))
                    .primary_key(Index::create().col(SlotDay::ClinicId).col(SlotDay::Day))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Booking::Table)
                    .if_not_exists()
                    .col(big_pk_auto(Booking::Id))
                    .col(string(Booking::Personnummer))
                    .col(integer(Booking::ClinicId))
                    .col(string(Booking::ClinicName))
                    .col(string(Booking::VisitType))
                    .col(big_integer(Booking::SlotId))
                    .col(big_integer(Booking::StartsAt))
                    .col(integer(Booking::Minutes))
                    .col(string(Booking::Status))
                    .col(text(Booking::Note))
                    .col(big_integer(Booking::CaseId))
                    .col(string(Booking::StartedBy))
                    .col(string(Booking::StartedByName))
                    .col(big_integer(Booking::CreatedAt))
                    .col(big_integer(Booking::UpdatedAt))
                    .col(big_integer_null(Booking::CancelledAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_booking_person")
                    .table(Booking::Table)
                    .col(Booking::Personnummer)
                    .col(Booking::StartsAt)
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            Booking::Table.into_iden(),
            SlotDay::Table.into_iden(),
            VisitSlot::Table.into_iden(),
            ClinicSchedule::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum ClinicSchedule {
    Table,
    Id,
    ClinicId,
    VisitType,
    Weekdays,
    FirstMinute,
    LastMinute,
    SlotMinutes,
}

#[derive(DeriveIden)]
enum VisitSlot {
    Table,
    Id,
    ClinicId,
    VisitType,
    StartsAt,
    Minutes,
    Taken,
    BookingId,
}

#[derive(DeriveIden)]
enum SlotDay {
    Table,
    ClinicId,
    Day,
}

#[derive(DeriveIden)]
enum Booking {
    Table,
    Id,
    Personnummer,
    ClinicId,
    ClinicName,
    VisitType,
    SlotId,
    StartsAt,
    Minutes,
    Status,
    Note,
    CaseId,
    StartedBy,
    StartedByName,
    CreatedAt,
    UpdatedAt,
    CancelledAt,
}
