//! The words of the staff tool's invitations page (`/personal/kallelser`), Swedish by default
//! and English when chosen.

use samla_model::Lang;
use samla_model::invitation::{InvitationProblem, InvitationStatus};

pub struct InvitationTexts {
    pub title: &'static str,
    pub lead: &'static str,
    pub sent: &'static str,
    pub new_title: &'static str,
    pub visit_label: &'static str,
    pub day_label: &'static str,
    pub day_hint: &'static str,
    pub show_times: &'static str,
    pub times_legend: &'static str,
    pub no_times: &'static str,
    pub no_visits: &'static str,
    pub text_label: &'static str,
    pub text_default: &'static str,
    pub send: &'static str,
    pub list_title: &'static str,
    pub none: &'static str,
    pub col_citizen: &'static str,
    pub col_time: &'static str,
    pub col_status: &'static str,
    pub col_sent_by: &'static str,
    pub status_sent: &'static str,
    pub status_booked: &'static str,
    pub status_change: &'static str,
    pub problem_visit: &'static str,
    pub problem_time: &'static str,
    pub problem_taken: &'static str,
    pub problem_text_missing: &'static str,
    pub problem_text_too_long: &'static str,
}

pub static SV: InvitationTexts = InvitationTexts {
    title: "Kallelser",
    lead: "Föreslå en av mottagningens lediga tider för en invånare. Tiden reserveras tills invånaren bokar den eller ber om en annan.",
    sent: "Kallelsen är skickad. Tiden är reserverad för invånaren.",
    new_title: "Ny kallelse",
    visit_label: "Typ av besök",
    day_label: "Visa lediga tider från och med",
    day_hint: "Skriv som ÅÅÅÅ-MM-DD. Tomt: i dag.",
    show_times: "Visa lediga tider",
    times_legend: "Välj en tid",
    no_times: "Inga lediga tider den veckan. Välj en annan dag.",
    no_visits: "Mottagningen har inga tider att boka.",
    text_label: "Meddelande till invånaren",
    text_default: "Hej! Du är välkommen på ett besök hos oss. Passar inte tiden kan du be om en annan.",
    send: "Skicka kallelsen",
    list_title: "Skickade kallelser",
    none: "Mottagningen har inte skickat några kallelser.",
    col_citizen: "Invånare",
    col_time: "Föreslagen tid",
    col_status: "Status",
    col_sent_by: "Skickad av",
    status_sent: "Väntar på svar",
    status_booked: "Bokad",
    status_change: "Vill ha en annan tid",
    problem_visit: "Välj typ av besök.",
    problem_time: "Välj en av de lediga tiderna.",
    problem_taken: "Tiden hann bli bokad. Välj en annan tid.",
    problem_text_missing: "Skriv ett meddelande till invånaren.",
    problem_text_too_long: "Meddelandet får vara högst 2 000 tecken.",
};

pub static EN: InvitationTexts = InvitationTexts {
    title: "Invitations",
    lead: "Propose one of the clinic's free times to a citizen. The time is held until the citizen books it or asks for another.",
    sent: "The invitation is sent. The time is held for the citizen.",
    new_title: "New invitation",
    visit_label: "Kind of visit",
    day_label: "Show free times from",
    day_hint: "Write as YYYY-MM-DD. Empty: today.",
    show_times: "Show free times",
    times_legend: "Choose a time",
    no_times: "No free times that week. Choose another day.",
    no_visits: "The clinic has no times to book.",
    text_label: "Message to the citizen",
    // The words to the citizen stay Swedish, as every message a clinic writes does.
    text_default: "Hej! Du är välkommen på ett besök hos oss. Passar inte tiden kan du be om en annan.",
    send: "Send the invitation",
    list_title: "Invitations sent",
    none: "The clinic has sent no invitations.",
    col_citizen: "Citizen",
    col_time: "Proposed time",
    col_status: "Status",
    col_sent_by: "Sent by",
    status_sent: "Awaiting an answer",
    status_booked: "Booked",
    status_change: "Wants another time",
    problem_visit: "Choose a kind of visit.",
    problem_time: "Choose one of the free times.",
    problem_taken: "The time was just booked. Choose another time.",
    problem_text_missing: "Write a message to the citizen.",
    problem_text_too_long: "The message may be at most 2,000 characters.",
};

pub fn invitation_texts(lang: Lang) -> &'static InvitationTexts {
    match lang {
        Lang::Sv => &SV,
        Lang::En => &EN,
    }
}

impl InvitationTexts {
    pub fn status(&self, status: InvitationStatus) -> &'static str {
        match status {
            InvitationStatus::Sent => self.status_sent,
            InvitationStatus::Accepted => self.status_booked,
            InvitationStatus::ChangeAsked => self.status_change,
        }
    }

    /// A problem's field id and words.
    pub fn problem(&self, problem: InvitationProblem) -> (&'static str, &'static str) {
        match problem {
            InvitationProblem::VisitType => ("inv-visit", self.problem_visit),
            InvitationProblem::NoTime => ("inv-times", self.problem_time),
            InvitationProblem::Taken => ("inv-times", self.problem_taken),
            InvitationProblem::TextMissing => ("inv-text", self.problem_text_missing),
            InvitationProblem::TextTooLong => ("inv-text", self.problem_text_too_long),
        }
    }
}
