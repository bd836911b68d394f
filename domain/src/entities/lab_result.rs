//! One lab result: the analysis (`samla_model::records::Analysis` code), the value and the
//! reference range the lab gave with it. `at` is when the sample was taken.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "lab_result")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub personnummer: String,
    pub at: i64,
    pub analysis: String,
    pub value: f64,
    pub unit: String,
    pub ref_low: f64,
    pub ref_high: f64,
    pub clinic_name: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
