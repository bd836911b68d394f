//! "When and where to seek care": one card per level of care, most urgent first.

use leptos::prelude::*;
use samla_model::content::SeekCare;

use crate::i18n::{TextOf, use_texts};

#[component]
pub fn CareLevelBox(seek_care: SeekCare) -> impl IntoView {
    let t = use_texts();
    let levels: [(&str, TextOf, Vec<String>); 4] = [
        ("emergency", |t| t.care_emergency, seek_care.emergency),
        ("advice-line", |t| t.care_advice_line, seek_care.advice_line),
        (
            "health-centre",
            |t| t.care_health_centre,
            seek_care.health_centre,
        ),
        ("self-care", |t| t.care_self_care, seek_care.self_care),
    ];
    levels
        .into_iter()
        .filter(|(_, _, situations)| !situations.is_empty())
        .map(|(level, heading, situations)| {
            view! {
                <div class=format!("care-card care-card--{level}")>
                    <h3 class="care-card__heading">{move || heading(t.get())}</h3>
                    <ul class="care-card__list">
                        {situations.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}
                    </ul>
                </div>
            }
        })
        .collect_view()
}
