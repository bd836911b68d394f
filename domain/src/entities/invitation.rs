//! An invitation (kallelse): the clinic's proposed time (`slot_id`, held for it while it is
//! open) to a citizen, its message in the inbox (`case_id`, the thread), and the answer: a
//! booking (`booking_id`) or a request for another time.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "invitation")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub personnummer: String,
    pub clinic_id: i32,
    pub slot_id: i64,
    /// `samla_model::booking::VisitType` code.
    pub visit_type: String,
    pub starts_at: i64,
    pub case_id: i64,
    /// `samla_model::invitation::InvitationStatus` code.
    pub status: String,
    /// The member's HSA-id and name.
    pub sent_by: String,
    pub sent_by_name: String,
    pub created_at: i64,
    pub answered_at: Option<i64>,
    pub reminded_at: Option<i64>,
    pub booking_id: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
