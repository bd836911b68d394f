//! A person's bookings: the upcoming ones soonest first (bounded by `UPCOMING_MAX`, which
//! booking enforces), and one booking with what may still be done with it.

use samla_model::booking::{BookingStatus, UPCOMING_MAX};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};

use crate::entities::{booking, prelude::*};

/// `owner`'s booked visits that have not begun at `now`, soonest first.
pub async fn upcoming(
    conn: &impl ConnectionTrait,
    owner: &str,
    now: i64,
) -> Result<Vec<booking::Model>, DbErr> {
    Booking::find()
        .filter(booking::Column::Personnummer.eq(owner))
        .filter(booking::Column::Status.eq(BookingStatus::Booked.code()))
        .filter(booking::Column::StartsAt.gt(now))
        .order_by_asc(booking::Column::StartsAt)
        .limit(UPCOMING_MAX)
        .all(conn)
        .await
}
