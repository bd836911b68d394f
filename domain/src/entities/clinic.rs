//! A clinic (mottagning), identified nationally by its HSA-id.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "clinic")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub hsa_id: String,
    pub name: String,
    /// Code of a [`samla_model::clinic::ClinicKind`].
    pub kind: String,
    pub region_id: i32,
    pub municipality_code: String,
    pub street: String,
    pub postal_code: String,
    pub city: String,
    pub lat: f64,
    pub lon: f64,
    pub phone: String,
    /// See [`samla_model::opening_hours::OpeningHours`].
    pub opening_hours: String,
    pub online_booking: bool,
    pub renew_prescription: bool,
    pub contact_clinic: bool,
    pub complaints: bool,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::region::Entity",
        from = "Column::RegionId",
        to = "super::region::Column::Id"
    )]
    Region,
    #[sea_orm(has_many = "super::clinic_condition::Entity")]
    Condition,
    #[sea_orm(has_many = "super::clinic_case_type::Entity")]
    CaseType,
}

impl Related<super::region::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Region.def()
    }
}

impl Related<super::clinic_condition::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Condition.def()
    }
}

impl Related<super::clinic_case_type::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::CaseType.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
