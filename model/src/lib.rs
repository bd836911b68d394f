//! Types and rules shared by the browser (wasm) and the server.
//! Nothing here may depend on the database or on Leptos.

/// `code()` and `from_code()` for an enum whose variants are stored and sent as stable codes.
macro_rules! codes {
    ($type:ty, $($variant:path => $code:literal),+ $(,)?) => {
        impl $type {
            pub fn code(self) -> &'static str {
                match self { $($variant => $code),+ }
            }
            pub fn from_code(code: &str) -> Option<Self> {
                match code { $($code => Some($variant),)+ _ => None }
            }
        }
    };
}

pub mod access;
pub mod attachment;
pub mod booking;
pub mod case;
pub mod clinic;
pub mod contact;
pub mod content;
pub mod cookies;
pub mod fold;
pub mod invitation;
pub mod lang;
pub mod local_eservice;
pub mod login;
pub mod markup;
pub mod medicines;
pub mod next_path;
pub mod notification;
pub mod opening_hours;
pub mod outgoing;
pub mod personnummer;
pub mod proxy;
pub mod records;
pub mod regions;
pub mod search;
pub mod settings;
pub mod staff;
pub mod terms;
pub mod timeline;

pub use lang::Lang;
