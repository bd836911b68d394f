//! Notifications by SMS and e-mail (DOMAIN.md §3): each is one of a few fixed texts with the
//! product's name, with no link and nothing about the content, so a notification never leaks
//! care information and a link in an SMS is always a sign of fraud.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Channel {
    Sms,
    Email,
    /// A letter: for what must reach a citizen who has left no mobile or e-mail (DOMAIN.md
    /// §3 *decision*: recorded in the outbox; no postal service is connected yet).
    Postal,
}

impl Channel {
    pub const ALL: [Channel; 3] = [Channel::Sms, Channel::Email, Channel::Postal];

    pub fn code(self) -> &'static str {
        match self {
            Channel::Sms => "sms",
            Channel::Email => "email",
            Channel::Postal => "brev",
        }
    }

    pub fn from_code(code: &str) -> Option<Channel> {
        Channel::ALL.into_iter().find(|c| c.code() == code)
    }
}

/// What a notification says happened.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Notice {
    /// A new message in the inbox: the fixed text of DOMAIN.md §3.
    NewMessage,
    /// A message that asks for an answer has not been opened (§3): one reminder.
    Reminder,
    /// The contact details or notification choices were changed, sent to the address the
    /// citizen had before, so a change they did not make does not go unnoticed.
    DetailsChanged,
    /// The first login activated the e-services; by letter, as no contact details exist yet.
    AccountActivated,
    /// A medicine runs out soon (issue 11): says which one nowhere, like every notification.
    MedicineRunsOut,
}

impl Notice {
    pub fn code(self) -> &'static str {
        match self {
            Notice::NewMessage => "meddelande",
            Notice::Reminder => "paminnelse",
            Notice::DetailsChanged => "uppgifter",
            Notice::AccountActivated => "aktiverat",
            Notice::MedicineRunsOut => "lakemedel",
        }
    }

    /// The text, exactly; the SMS and the e-mail say the same.
    pub fn text(self, channel: Channel) -> &'static str {
        match (self, channel) {
            (Notice::AccountActivated, _) => {
                "Du har aktiverat e-tjänsterna på Samla. Meddelanden från vården finns i inkorgen när du loggat in på Samla. Vill du få sms eller mejl när det kommer ett meddelande kan du lägga in mobilnummer eller e-postadress under Inställningar."
            }
            (Notice::NewMessage, Channel::Sms | Channel::Postal) => {
                "Du har ett meddelande i e-tjänsterna på Samla. Meddelandet finns i inkorgen när du loggat in på Samla. Obs! Du kan inte svara på detta sms."
            }
            (Notice::NewMessage, Channel::Email) => {
                "Du har ett meddelande i e-tjänsterna på Samla. Meddelandet finns i inkorgen när du loggat in på Samla. Obs! Du kan inte svara på detta mejl."
            }
            (Notice::Reminder, Channel::Sms | Channel::Postal) => {
                "Påminnelse: du har ett meddelande i e-tjänsterna på Samla som du inte har läst. Meddelandet finns i inkorgen när du loggat in på Samla. Obs! Du kan inte svara på detta sms."
            }
            (Notice::Reminder, Channel::Email) => {
                "Påminnelse: du har ett meddelande i e-tjänsterna på Samla som du inte har läst. Meddelandet finns i inkorgen när du loggat in på Samla. Obs! Du kan inte svara på detta mejl."
            }
            (Notice::DetailsChanged, Channel::Sms | Channel::Postal) => {
                "Dina kontaktuppgifter i e-tjänsterna på Samla har ändrats. Var det inte du, logga in på Samla och ändra dem. Obs! Du kan inte svara på detta sms."
            }
            (Notice::MedicineRunsOut, Channel::Sms | Channel::Postal) => {
                "Ett av dina läkemedel tar snart slut. Du kan förnya receptet i e-tjänsterna när du loggat in på Samla. Obs! Du kan inte svara på detta sms."
            }
            (Notice::MedicineRunsOut, Channel::Email) => {
                "Ett av dina läkemedel tar snart slut. Du kan förnya receptet i e-tjänsterna när du loggat in på Samla. Obs! Du kan inte svara på detta mejl."
            }
            (Notice::DetailsChanged, Channel::Email) => {
                "Dina kontaktuppgifter i e-tjänsterna på Samla har ändrats. Var det inte du, logga in på Samla och ändra dem. Obs! Du kan inte svara på detta mejl."
            }
        }
    }

    /// The e-mail's subject.
    pub fn subject(self) -> &'static str {
        match self {
            Notice::NewMessage => "Du har ett meddelande på Samla",
            Notice::Reminder => "Påminnelse: du har ett meddelande på Samla",
            Notice::DetailsChanged => "Dina kontaktuppgifter på Samla har ändrats",
            Notice::AccountActivated => "Du har aktiverat e-tjänsterna på Samla",
            Notice::MedicineRunsOut => "Ett av dina läkemedel tar snart slut",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_notification_carries_a_link_or_an_address() {
        for notice in [
            Notice::NewMessage,
            Notice::Reminder,
            Notice::DetailsChanged,
            Notice::AccountActivated,
            Notice::MedicineRunsOut,
        ] {
            for channel in Channel::ALL {
                let text = notice.text(channel);
                for sign in ["http", "www", "://", ".se", ".nu", "@"] {
                    assert!(!text.contains(sign), "{notice:?} {channel:?}: {text}");
                }
                assert!(text.contains("Samla") && !text.contains("1177"));
            }
            assert!(!notice.subject().contains("http"));
        }
    }

    #[test]
    fn the_sms_about_a_message_is_the_fixed_text_of_domain_md() {
        assert_eq!(
            Notice::NewMessage.text(Channel::Sms),
            "Du har ett meddelande i e-tjänsterna på Samla. Meddelandet finns i inkorgen när du loggat in på Samla. Obs! Du kan inte svara på detta sms."
        );
    }
}
