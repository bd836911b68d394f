//! Renders a catalogue text whose paragraphs are separated by blank lines.

use leptos::prelude::*;

#[component]
pub fn Prose(#[prop(into)] text: Signal<&'static str>) -> impl IntoView {
    move || {
        text.get()
            .split("\n\n")
            .map(|paragraph| view! { <p>{paragraph}</p> })
            .collect_view()
    }
}
