//! The words of the staff tool's bookable times (`/personal/tider`), Swedish by default and
//! English when chosen.

use samla_model::Lang;

use super::times_api::{
    PROBLEM_DAY, PROBLEM_HELD, PROBLEM_HOURS, PROBLEM_MESSAGE, PROBLEM_TOO_LONG, PROBLEM_TOO_MANY,
    TimeStateView,
};

pub struct TimesTexts {
    pub title: &'static str,
    pub lead: &'static str,
    pub no_role: &'static str,
    pub no_visits: &'static str,
    pub visit_label: &'static str,
    pub day_label: &'static str,
    pub day_hint: &'static str,
    pub show: &'static str,
    pub day_title: &'static str,
    pub none: &'static str,
    pub col_time: &'static str,
    pub col_state: &'static str,
    pub free: &'static str,
    pub booked: &'static str,
    pub held: &'static str,
    pub invited: &'static str,
    pub withdraw: &'static str,
    pub withdraw_booked: &'static str,
    pub publish_title: &'static str,
    pub publish_hint: &'static str,
    pub from_label: &'static str,
    pub to_label: &'static str,
    pub publish: &'static str,
    pub published: &'static str,
    pub withdrawn: &'static str,
    pub booked_title: &'static str,
    pub booked_lead: &'static str,
    pub citizen: &'static str,
    pub when: &'static str,
    pub message_label: &'static str,
    pub message_hint: &'static str,
    pub withdraw_and_cancel: &'static str,
    pub not_found: &'static str,
    pub problem_day: &'static str,
    pub problem_hours: &'static str,
    pub problem_too_many: &'static str,
    pub problem_message: &'static str,
    pub problem_too_long: &'static str,
    pub problem_held: &'static str,
}

pub static SV: TimesTexts = TimesTexts {
    title: "Bokningsbara tider",
    lead: "Mottagningens tider som invånare kan boka. Publicera fler tider eller dra tillbaka tider.",
    no_role: "Bara ärendemottagare och administratörer kan ändra mottagningens tider.",
    no_visits: "Mottagningen har inga tider att boka.",
    visit_label: "Typ av besök",
    day_label: "Dag",
    day_hint: "Skriv som ÅÅÅÅ-MM-DD.",
    show: "Visa dagen",
    day_title: "Tider",
    none: "Inga tider den dagen.",
    col_time: "Tid",
    col_state: "Status",
    free: "Ledig",
    booked: "Bokad",
    held: "Bokad på annat sätt",
    invited: "Reserverad för en kallelse",
    withdraw: "Dra tillbaka",
    withdraw_booked: "Dra tillbaka och avboka",
    publish_title: "Publicera fler tider",
    publish_hint: "Tiderna läggs ut med ett besöks längd emellan, den här dagen och besökstypen.",
    from_label: "Första tid",
    to_label: "Sista besöket slutar senast",
    publish: "Publicera tiderna",
    published: "Nya tider publicerade:",
    withdrawn: "Tiden är tillbakadragen.",
    booked_title: "Dra tillbaka en bokad tid",
    booked_lead: "Tiden är bokad. Invånaren får ditt meddelande i inkorgen och bokningen avbokas.",
    citizen: "Bokad av",
    when: "Tid",
    message_label: "Meddelande till invånaren",
    message_hint: "Säg varför och hur hen får en ny tid.",
    withdraw_and_cancel: "Dra tillbaka tiden och avboka",
    not_found: "Tiden finns inte eller är inte bokad.",
    problem_day: "Välj en dag från i dag och åtta veckor framåt, skriven som ÅÅÅÅ-MM-DD.",
    problem_hours: "Skriv första tid och sluttid som TT:MM, första tiden före sluttiden, med plats för minst ett besök.",
    problem_too_many: "Högst 60 tider åt gången.",
    problem_message: "Skriv ett meddelande till invånaren.",
    problem_too_long: "Meddelandet är för långt.",
    problem_held: "Tiden är reserverad för en kallelse eller bokad på annat sätt och kan inte dras tillbaka här.",
};

pub static EN: TimesTexts = TimesTexts {
    title: "Bookable times",
    lead: "The clinic's times that citizens can book. Publish more times or withdraw times.",
    no_role: "Only case receivers and administrators can change the clinic's times.",
    no_visits: "The clinic has no times to book.",
    visit_label: "Kind of visit",
    day_label: "Day",
    day_hint: "Write as YYYY-MM-DD.",
    show: "Show the day",
    day_title: "Times",
    none: "No times that day.",
    col_time: "Time",
    col_state: "Status",
    free: "Free",
    booked: "Booked",
    held: "Booked another way",
    invited: "Held for an invitation",
    withdraw: "Withdraw",
    withdraw_booked: "Withdraw and cancel",
    publish_title: "Publish more times",
    publish_hint: "The times are laid out a visit's length apart, on this day and for this kind of visit.",
    from_label: "First time",
    to_label: "The last visit ends by",
    publish: "Publish the times",
    published: "New times published:",
    withdrawn: "The time is withdrawn.",
    booked_title: "Withdraw a booked time",
    booked_lead: "The time is booked. The citizen gets your message in the inbox and the booking is cancelled.",
    citizen: "Booked by",
    when: "Time",
    message_label: "Message to the citizen",
    message_hint: "Say why and how they get a new time.",
    withdraw_and_cancel: "Withdraw the time and cancel",
    not_found: "No such time, or it is not booked.",
    problem_day: "Choose a day from today to eight weeks ahead, written as YYYY-MM-DD.",
    problem_hours: "Write the first time and the end as HH:MM, the first before the end, with room for at least one visit.",
    problem_too_many: "At most 60 times at once.",
    problem_message: "Write a message to the citizen.",
    problem_too_long: "The message is too long.",
    problem_held: "The time is held for an invitation or booked another way and cannot be withdrawn here.",
};

pub fn times_texts(lang: Lang) -> &'static TimesTexts {
    match lang {
        Lang::Sv => &SV,
        Lang::En => &EN,
    }
}

impl TimesTexts {
    pub fn state(&self, state: TimeStateView) -> &'static str {
        match state {
            TimeStateView::Free => self.free,
            TimeStateView::Booked => self.booked,
            TimeStateView::Invited => self.invited,
            TimeStateView::Held => self.held,
        }
    }

    /// A problem's field id and words, from the address's `fel=`.
    pub fn problem(&self, code: &str) -> Option<(&'static str, &'static str)> {
        Some(match code {
            PROBLEM_DAY => ("publish-day", self.problem_day),
            PROBLEM_HOURS => ("publish-from", self.problem_hours),
            PROBLEM_TOO_MANY => ("publish-from", self.problem_too_many),
            PROBLEM_MESSAGE => ("withdraw-text", self.problem_message),
            PROBLEM_TOO_LONG => ("withdraw-text", self.problem_too_long),
            PROBLEM_HELD => ("times-title", self.problem_held),
            _ => return None,
        })
    }
}
