//! The words of the administrator's page (`/personal/behorigheter`), Swedish by default and
//! English when chosen.

use samla_model::Lang;

use super::admin_api::{
    DONE_ACTIVATED, DONE_GRANTED, DONE_REVOKED, DONE_UNCHANGED, PROBLEM_LAST_ADMIN,
    PROBLEM_NO_CLINIC, PROBLEM_NO_MEMBER,
};

pub struct AdminTexts {
    pub title: &'static str,
    pub lead: &'static str,
    pub only_admin: &'static str,
    pub col_member: &'static str,
    pub col_roles: &'static str,
    pub remove: &'static str,
    pub grant_title: &'static str,
    pub member_label: &'static str,
    pub member_hint: &'static str,
    pub role_label: &'static str,
    pub grant: &'static str,
    pub activate_title: &'static str,
    pub activate_lead: &'static str,
    pub clinic_label: &'static str,
    pub activate: &'static str,
    pub granted: &'static str,
    pub revoked: &'static str,
    pub activated: &'static str,
    pub unchanged: &'static str,
    pub no_member: &'static str,
    pub no_clinic: &'static str,
    pub last_admin: &'static str,
}

pub static SV: AdminTexts = AdminTexts {
    title: "Behörigheter",
    lead: "Vilka som har vilken roll på mottagningen. En ändring gäller från medarbetarens nästa klick.",
    only_admin: "Bara mottagningens administratör kan ändra behörigheter.",
    col_member: "Medarbetare",
    col_roles: "Roller",
    remove: "Ta bort",
    grant_title: "Ge en behörighet",
    member_label: "Medarbetarens HSA-id",
    member_hint: "Till exempel SE2321000016-S0J2.",
    role_label: "Roll",
    grant: "Ge behörigheten",
    activate_title: "Aktivera en mottagning",
    activate_lead: "Aktivera en annan mottagning för personalverktyget med dess HSA-id. Du blir dess administratör och kan logga in där.",
    clinic_label: "Mottagningens HSA-id",
    activate: "Aktivera mottagningen",
    granted: "Behörigheten är given.",
    revoked: "Behörigheten är borttagen.",
    activated: "Mottagningen är aktiverad. Välj den när du loggar in.",
    unchanged: "Inget behövde ändras.",
    no_member: "Det finns ingen medarbetare med det HSA-id:t.",
    no_clinic: "Det finns ingen mottagning med det HSA-id:t.",
    last_admin: "Mottagningen måste ha minst en administratör. Ge någon annan rollen först.",
};

pub static EN: AdminTexts = AdminTexts {
    title: "Permissions",
    lead: "Who holds which role at the clinic. A change applies from the member's next click.",
    only_admin: "Only the clinic's administrator can change permissions.",
    col_member: "Member",
    col_roles: "Roles",
    remove: "Remove",
    grant_title: "Grant a permission",
    member_label: "The member's HSA-id",
    member_hint: "For example SE2321000016-S0J2.",
    role_label: "Role",
    grant: "Grant the permission",
    activate_title: "Activate a clinic",
    activate_lead: "Activate another clinic for the staff tool by its HSA-id. You become its administrator and can log in there.",
    clinic_label: "The clinic's HSA-id",
    activate: "Activate the clinic",
    granted: "The permission is granted.",
    revoked: "The permission is removed.",
    activated: "The clinic is activated. Choose it when you log in.",
    unchanged: "Nothing needed changing.",
    no_member: "There is no member with that HSA-id.",
    no_clinic: "There is no clinic with that HSA-id.",
    last_admin: "The clinic must have at least one administrator. Give someone else the role first.",
};

pub fn admin_texts(lang: Lang) -> &'static AdminTexts {
    match lang {
        Lang::Sv => &SV,
        Lang::En => &EN,
    }
}

impl AdminTexts {
    pub fn done(&self, code: &str) -> Option<&'static str> {
        Some(match code {
            DONE_GRANTED => self.granted,
            DONE_REVOKED => self.revoked,
            DONE_ACTIVATED => self.activated,
            DONE_UNCHANGED => self.unchanged,
            _ => return None,
        })
    }

    /// A problem's field id and words.
    pub fn problem(&self, code: &str) -> Option<(&'static str, &'static str)> {
        Some(match code {
            PROBLEM_NO_MEMBER => ("grant-member", self.no_member),
            PROBLEM_NO_CLINIC => ("activate-clinic", self.no_clinic),
            PROBLEM_LAST_ADMIN => ("roles-title", self.last_admin),
            _ => return None,
        })
    }
}
