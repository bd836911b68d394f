//! A prescription: the medicine and dosage, how much each withdrawal at the pharmacy gives
//! and how many are left, who prescribed it and where. `at` is when it was written; it may
//! be withdrawn until `valid_until`. `doses_per_day` and `units_per_withdrawal` tell when
//! the medicine runs out.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "prescription")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub personnummer: String,
    pub at: i64,
    pub medicine: String,
    pub strength: String,
    pub dosage: String,
    pub doses_per_day: f64,
    pub units_per_withdrawal: i32,
    pub withdrawals: i32,
    pub withdrawals_left: i32,
    pub last_withdrawal_at: Option<i64>,
    pub valid_until: i64,
    pub prescriber: String,
    pub clinic_id: i32,
    pub clinic_name: String,
    /// `samla_model::medicines::runs_out_at` of the fields above, kept for the reminder job.
    pub runs_out_at: Option<i64>,
    /// When the reminder that it runs out went.
    pub reminded_at: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
