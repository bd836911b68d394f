//! `/artikel/{slug}` — health information with the same structure for every complaint.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use samla_model::content::ArticlePage as ArticleData;

use crate::api::content::get_article;
use crate::components::{
    care_level_box::CareLevelBox, loaded_page::LoadedPage, markup_view::MarkupView,
    page_meta::PageMeta,
};
use crate::i18n::{TextOf, date::long_date, use_lang, use_texts};

#[component]
pub fn ArticlePage() -> impl IntoView {
    let params = use_params_map();
    let lang = use_lang();
    let article = Resource::new(
        move || (params.read().get("slug").unwrap_or_default(), lang.get()),
        |(slug, lang)| get_article(slug, lang),
    );
    view! { <LoadedPage resource=article view=|page| view! { <ArticleView page /> } /> }
}

#[component]
fn ArticleView(page: ArticleData) -> impl IntoView {
    let t = use_texts();
    let a = page.article;
    let path = format!("/artikel/{}", a.slug);
    let book_href = format!("/hitta-vard?besvar={}", a.main_condition());
    let condition = page.condition_names.first().cloned().unwrap_or_default();
    let reviewed = a.reviewed.clone();
    let section = |heading: TextOf, text: String| {
        view! {
            <section class="article__section">
                <h2>{move || heading(t.get())}</h2>
                <MarkupView text />
            </section>
        }
    };
    view! {
        <PageMeta title=a.title.clone() description=a.summary.clone() canonical=path />
        <article class="article" lang=a.lang.code()>
            {(!page.in_chosen_language).then(|| view! {
                <p class="notice" lang=use_lang().get_untracked().code()>{move || t.get().only_in_swedish}</p>
            })}
            <h1>{a.title.clone()}</h1>
            <p class="lead">{a.summary.clone()}</p>
            {section(|t| t.section_what_it_is, a.what_it_is)}
            {section(|t| t.section_symptoms, a.symptoms)}
            {section(|t| t.section_self_care, a.self_care)}
            <section class="article__section" aria-labelledby="seek-care">
                <h2 id="seek-care">{move || t.get().section_seek_care}</h2>
                <CareLevelBox seek_care=a.seek_care />
                <div class="book-box">
                    <a class="button" href=book_href>{move || t.get().book_for_condition}</a>
                    <span>{move || t.get().book_for_condition_hint}" "{condition.to_lowercase()}</span>
                </div>
            </section>
            {section(|t| t.section_at_the_clinic, a.at_the_clinic)}
            <p class="article__reviewed">
                {move || t.get().reviewed_label}": "{move || long_date(t.get(), &reviewed)}
            </p>
        </article>
    }
}
