//! Lab results by analysis: what the analysis measures in plain words, the reference range, a
//! chart of the latest results (an image with a text alternative), and the values as a table.

use leptos::prelude::*;
use samla_model::Lang;
use samla_model::records::{Range, analysis};

use crate::api::journal::LabSeries;
use crate::components::lab_chart::chart_svg;
use crate::i18n::event_labels::{decimal, range_label};
use crate::i18n::{date::long_date, use_lang, use_texts};

#[component]
pub fn Labs(series: Vec<LabSeries>) -> impl IntoView {
    let t = use_texts();
    view! {
        <section aria-labelledby="journal-labs">
            <h2 id="journal-labs">{move || t.get().events_show_lab}</h2>
            {series.is_empty().then(|| view! { <p>{move || t.get().events_none}</p> })}
            {series.into_iter().map(|s| view! { <Series s /> }.into_any()).collect_view()}
        </section>
    }
}

#[component]
fn Series(s: LabSeries) -> impl IntoView {
    let t = use_texts();
    let lang = use_lang().get_untracked();
    let known = analysis(&s.analysis);
    let english = lang == Lang::En;
    let name = known.map_or(s.analysis.clone(), |a| {
        if english { a.name_en } else { a.name_sv }.to_owned()
    });
    let explain = known
        .map(|a| if english { a.explain_en } else { a.explain_sv }.to_owned())
        .unwrap_or_default();
    let id = format!("lab-{}", s.analysis);
    let last = s.points.last().cloned();
    let summary = last.as_ref().map(|p| {
        format!(
            "{name}: {} {}, {} {} {} {}, {}",
            s.points.len(),
            t.get().journal_values,
            t.get().journal_latest,
            decimal(lang, p.value),
            s.unit,
            long_date(t.get(), &p.date),
            range_label(t.get(), p.range).to_lowercase()
        )
    });
    let svg = chart_svg(
        &s.points
            .iter()
            .map(|p| (p.date.clone(), p.value))
            .collect::<Vec<_>>(),
        s.low,
        s.high,
        &s.unit,
        &summary.clone().unwrap_or_default(),
    );
    let range = format!(
        "{} {}–{} {}",
        t.get().journal_range,
        decimal(lang, s.low),
        decimal(lang, s.high),
        s.unit
    );
    let unit = s.unit.clone();
    view! {
        <article class="lab-series" aria-labelledby=id.clone()>
            <h3 id=id.clone()>{name}</h3>
            <p>{explain}</p>
            <p class="muted">{range}</p>
            <div class="lab-series__parts">
                <figure class="lab-series__chart">
                    <div inner_html=svg></div>
                    <figcaption>{summary}</figcaption>
                </figure>
                <div class="table-scroll" tabindex="0" role="region" aria-labelledby=id.clone()>
                    <table class="data-table data-table--compact">
                        <thead><tr>
                            <th scope="col">{move || t.get().journal_date}</th>
                            <th scope="col">{move || t.get().journal_value}" ("{unit.clone()}")"</th>
                            <th scope="col">{move || t.get().journal_against_range}</th>
                        </tr></thead>
                        <tbody>
                            {s.points.into_iter().rev().map(|p| {
                                let date = p.date.clone();
                                let range = p.range;
                                view! {
                                    <tr class=(range != Range::Within).then_some("lab-series__outside")>
                                        <td>{move || long_date(t.get(), &date)}</td>
                                        <td>{decimal(lang, p.value)}</td>
                                        <td>{move || range_label(t.get(), range)}</td>
                                    </tr>
                                }.into_any()
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            </div>
        </article>
    }
}
