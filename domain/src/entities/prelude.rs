pub use super::clinic::Entity as Clinic;
pub use super::region::Entity as Region;
