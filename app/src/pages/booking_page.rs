//! `/boka-tid` — booking, one step per address so every step works without JavaScript and
//! can be linked to: the citizen's booked times and where to find a clinic; with
//! `?mottagning=` the clinic's kinds of visit; with `&besok=` a week of its free times
//! (`&vecka=` pages through weeks). `&omboka=` moves an existing booking instead.

mod start;
mod visits;
mod week;

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use samla_model::booking::VisitType;

use crate::api::booking::BOOKING_PATH;
use crate::components::{page_meta::PageMeta, personal::viewer_or_login};
use crate::i18n::use_texts;

/// What the address asks for.
#[derive(Clone, Debug, PartialEq)]
pub struct Asked {
    pub hsa_id: Option<String>,
    pub visit: Option<VisitType>,
    pub week: String,
    pub rebook: Option<i64>,
}

#[component]
pub fn BookingPage() -> impl IntoView {
    let t = use_texts();
    let viewer = viewer_or_login();
    let query = use_query_map().get_untracked();
    let asked = Asked {
        hsa_id: query
            .get("mottagning")
            .filter(|h| !h.is_empty() && h.len() <= 64),
        visit: query.get("besok").and_then(|v| VisitType::from_code(&v)),
        week: query.get("vecka").unwrap_or_default(),
        rebook: query.get("omboka").and_then(|id| id.parse().ok()),
    };
    view! {
        <PageMeta title=move || t.get().booking_title description=move || t.get().booking_lead canonical=BOOKING_PATH />
        {viewer.map(|_| match (&asked.hsa_id, asked.visit, asked.rebook) {
            (_, _, Some(_)) | (Some(_), Some(_), _) => view! { <week::Week asked=asked.clone() /> }.into_any(),
            (Some(hsa_id), None, None) => view! { <visits::Visits hsa_id=hsa_id.clone() /> }.into_any(),
            _ => view! { <start::Start /> }.into_any(),
        })}
    }
}
