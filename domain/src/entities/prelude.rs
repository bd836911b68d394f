pub use super::catalogue_version::Entity as CatalogueVersion;
pub use super::clinic::Entity as Clinic;
pub use super::clinic_case_type::Entity as ClinicCaseType;
pub use super::clinic_condition::Entity as ClinicCondition;
pub use super::municipality::Entity as Municipality;
pub use super::region::Entity as Region;
