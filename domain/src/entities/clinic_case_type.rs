//! A kind of case a clinic accepts from citizens, and whether they may attach files to it.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "clinic_case_type")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub clinic_id: i32,
    /// Code of a [`samla_model::clinic::CaseType`].
    #[sea_orm(primary_key, auto_increment = false)]
    pub case_type: String,
    pub citizen_attachments: bool,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::clinic::Entity",
        from = "Column::ClinicId",
        to = "super::clinic::Column::Id"
    )]
    Clinic,
}

impl Related<super::clinic::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Clinic.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
