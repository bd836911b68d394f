//! `/regler-och-rattigheter` and `/regler-och-rattigheter/{slug}` — rights in care.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use samla_model::content::RulePageView;

use crate::api::content::{get_rule, list_rules};
use crate::components::{
    loaded_page::LoadedPage, markup_view::MarkupView, page_meta::PageMeta,
    summary_list::SummaryList,
};
use crate::i18n::{date::long_date, use_lang, use_texts};

const BASE: &str = "/regler-och-rattigheter";

#[component]
pub fn RulesIndexPage() -> impl IntoView {
    let t = use_texts();
    let lang = use_lang();
    let rules = Resource::new(move || lang.get(), list_rules);
    view! {
        <PageMeta
            title=move || t.get().rules_title
            description=move || t.get().rules_lead
            canonical=BASE
        />
        <h1>{move || t.get().rules_title}</h1>
        <p class="lead">{move || t.get().rules_lead}</p>
        <Suspense fallback=move || view! { <p>{move || t.get().loading}</p> }>
            {move || Suspend::new(async move { rules.await.map(|items| view! { <SummaryList items base=BASE /> }) })}
        </Suspense>
    }
}

#[component]
pub fn RulePage() -> impl IntoView {
    let params = use_params_map();
    let lang = use_lang();
    let rule = Resource::new(
        move || (params.read().get("slug").unwrap_or_default(), lang.get()),
        |(slug, lang)| get_rule(slug, lang),
    );
    view! { <LoadedPage resource=rule view=|view| view! { <RuleView view /> } /> }
}

#[component]
fn RuleView(view: RulePageView) -> impl IntoView {
    let t = use_texts();
    let lang = use_lang();
    let page = view.page;
    let reviewed = page.reviewed.clone();
    view! {
        <PageMeta title=page.title.clone() description=page.summary.clone() canonical=format!("{BASE}/{}", page.slug) />
        <article class="text-page" lang=page.lang.code()>
            {(!view.in_chosen_language).then(|| view! {
                <p class="notice" lang=lang.get_untracked().code()>{move || t.get().only_in_swedish}</p>
            })}
            <p class="breadcrumb"><a href=BASE>{move || t.get().rules_title}</a></p>
            <h1>{page.title}</h1>
            <p class="lead">{page.summary}</p>
            <MarkupView text=page.body />
            <p class="article__reviewed">
                {move || t.get().reviewed_label}": "{move || long_date(t.get(), &reviewed)}
            </p>
        </article>
    }
}
