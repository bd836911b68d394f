//! `/installningar` — name and address from the population register (read-only, saying where
//! they come from), and the contact details and choices only the citizen may change. A plain
//! form: the server checks it and either saves and comes back with "saved", or shows it again
//! with an error summary that links to each field and everything typed kept.

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_router::hooks::use_query_map;
use samla_model::settings::{SettingsForm, SettingsProblem};

use crate::api::settings::{
    ACCESS_LOG_PATH, NotifiedGuardian, SETTINGS_PATH, SettingsReviewed, SettingsSubmission,
    StopGuardianNotice, my_settings,
};
use crate::components::{
    error_summary::ErrorSummary, page_meta::PageMeta, personal::viewer_or_login,
};
use crate::i18n::{Texts, labels::settings_problem, use_texts};
use crate::pages::error_page::ErrorPage;

#[component]
pub fn SettingsPage() -> impl IntoView {
    let t = use_texts();
    let viewer = viewer_or_login();
    let submitted = use_context::<SettingsSubmission>();
    let query = use_query_map().get_untracked();
    let saved_notice = query.get("sparat").is_some() && submitted.is_none();
    let stopped_notice = query.get("avslutad").is_some();
    view! {
        <PageMeta title=move || t.get().settings_title description=move || t.get().settings_lead canonical=SETTINGS_PATH />
        // Loaded only for a viewer: nobody's request is on its way to login instead.
        {viewer.map(|_| {
            let settings = Resource::new(|| (), |_| my_settings());
            view! {
            <h1>{move || t.get().settings_title}</h1>
            <Suspense fallback=move || view! { <p>{move || t.get().loading}</p> }>
                {move || {
                    let submitted = submitted.clone();
                    Suspend::new(async move {
                        let Ok(Some(view)) = settings.await else { return view! { <ErrorPage /> }.into_any() };
                        let (form, problems) = match submitted {
                            Some(s) => (s.form, s.problems),
                            None => (view.saved, Vec::new()),
                        };
                        let summary: Vec<(&'static str, &'static str)> =
                            problems.iter().map(|p| (p.field(), settings_problem(t.get(), *p))).collect();
                        let address = match view.address {
                            Some(lines) => lines.into_iter().map(|line| view! { <span class="address-line">{line}</span> }).collect_view().into_any(),
                            None => view! { <span>{move || t.get().settings_address_protected}</span> }.into_any(),
                        };
                        let proxy = view.proxy;
                        view! {
                            <ErrorSummary problems=summary />
                            {saved_notice.then(|| view! { <p class="notice notice--success" role="status">{move || t.get().settings_saved}</p> })}
                            {stopped_notice.then(|| view! { <p class="notice notice--success" role="status">{move || t.get().settings_guardian_stopped}</p> })}
                            {view.review_due.then(|| view! { <ReviewNotice /> })}
                            <p class="lead">{move || if proxy { t.get().settings_proxy_lead } else { t.get().settings_lead }}</p>
                            <section aria-labelledby="settings-register-title">
                                <h2 id="settings-register-title">{move || t.get().settings_register_title}</h2>
                                <dl class="facts">
                                    <dt>{move || t.get().settings_name}</dt>
                                    <dd>{view.name}</dd>
                                    <dt>{move || t.get().settings_address}</dt>
                                    <dd>{address}</dd>
                                </dl>
                                <p class="field__hint">{move || t.get().settings_register_source}</p>
                            </section>
                            <ContactForm form problems proxy />
                            {(!view.guardians.is_empty()).then(|| view! { <NotifiedGuardians guardians=view.guardians /> })}
                            <p><a href=ACCESS_LOG_PATH>{move || t.get().settings_access_link}</a></p>
                        }
                        .into_any()
                    })
                }}
            </Suspense>
        }})}
    }
}

/// The youth's first login after turning 13 (DOMAIN.md §4): go through the settings; nothing
/// was changed. Confirming (or saving the form) is the review.
#[component]
fn ReviewNotice() -> impl IntoView {
    let t = use_texts();
    view! {
        <section class="notice notice--warning" aria-labelledby="settings-review-title">
            <h2 id="settings-review-title">{move || t.get().settings_review_title}</h2>
            <p>{move || t.get().settings_review_text}</p>
            <form method="post" action=SettingsReviewed::url() data-full-load="">
                <button class="button button--secondary" type="submit">{move || t.get().settings_review_done}</button>
            </form>
        </section>
    }
}

/// The guardians told of new messages in this person's inbox, each with a way to stop it.
#[component]
fn NotifiedGuardians(guardians: Vec<NotifiedGuardian>) -> impl IntoView {
    let t = use_texts();
    view! {
        <section aria-labelledby="settings-guardians-title">
            <h2 id="settings-guardians-title">{move || t.get().settings_guardians_title}</h2>
            <p class="field__hint">{move || t.get().settings_guardians_hint}</p>
            <ul class="child-list">
                {guardians.into_iter().map(|g| {
                    let name = g.name.clone();
                    let channels: Vec<String> = [g.mobile, g.email].into_iter().flatten().collect();
                    view! {
                        <li class="child-list__item">
                            <p class="child-list__name"><strong>{g.name.clone()}</strong>": "{channels.join(", ")}</p>
                            <form method="post" action=StopGuardianNotice::url() data-full-load="">
                                <input type="hidden" name="guardian" value=g.personnummer.clone() />
                                <button class="button button--secondary" type="submit">
                                    {move || t.get().settings_guardian_stop}<span class="visually-hidden">" "{name.clone()}</span>
                                </button>
                            </form>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
    }
}

/// The form; `novalidate`, so every mistake gets the server's message, not the browser's. In
/// proxy mode it holds the guardian's own details for this child, and nothing about sharing.
#[component]
fn ContactForm(form: SettingsForm, problems: Vec<SettingsProblem>, proxy: bool) -> impl IntoView {
    let t = use_texts();
    let problem_of = |field: &str| {
        problems
            .iter()
            .find(|p| p.field() == field)
            .map(|p| settings_problem(t.get(), *p))
    };
    let mobile_error = problem_of("settings-mobile");
    let email_error = problem_of("settings-email");
    view! {
        // `data-full-load`: the page comes back with the saved values, which the islands
        // router's patching would not put into fields the citizen has typed in.
        <form class="settings-form" method="post" action=SETTINGS_PATH novalidate data-full-load="">
            <fieldset>
                <legend><h2>{move || if proxy { t.get().settings_proxy_legend } else { t.get().settings_contact_legend }}</h2></legend>
                {text_field("settings-mobile", "mobile", "tel", "tel", form.mobile, mobile_error, t.get(), |t| (t.settings_mobile, t.settings_mobile_hint))}
                {text_field("settings-email", "email", "email", "email", form.email, email_error, t.get(), |t| (t.settings_email, t.settings_email_hint))}
            </fieldset>
            <fieldset class="choices">
                <legend>{move || if proxy { t.get().settings_proxy_notify_legend } else { t.get().settings_notify_legend }}</legend>
                <p class="field__hint">{move || t.get().settings_notify_hint}</p>
                <div class="choice">
                    <input type="checkbox" id="settings-notify-sms" name="notify_sms" value="ja" checked=form.notify_sms />
                    <label for="settings-notify-sms">{move || t.get().settings_notify_sms}</label>
                </div>
                <div class="choice">
                    <input type="checkbox" id="settings-notify-email" name="notify_email" value="ja" checked=form.notify_email />
                    <label for="settings-notify-email">{move || t.get().settings_notify_email}</label>
                </div>
            </fieldset>
            {(!proxy).then(|| view! {
            <fieldset class="choices" aria-describedby="settings-share-hint">
                <legend>{move || t.get().settings_share_legend}</legend>
                <p class="field__hint" id="settings-share-hint">{move || t.get().settings_share_hint}</p>
                <div class="choice">
                    <input type="radio" id="settings-share-yes" name="share_contact" value="ja" checked=form.share_contact />
                    <label for="settings-share-yes">{move || t.get().settings_share_yes}</label>
                </div>
                <div class="choice">
                    <input type="radio" id="settings-share-no" name="share_contact" value="nej" checked=!form.share_contact />
                    <label for="settings-share-no">{move || t.get().settings_share_no}</label>
                </div>
            </fieldset>
            })}
            <button class="button" type="submit">{move || t.get().settings_save}</button>
        </form>
    }
}

#[allow(clippy::too_many_arguments)]
fn text_field(
    id: &'static str,
    name: &'static str,
    kind: &'static str,
    autocomplete: &'static str,
    value: String,
    error: Option<&'static str>,
    t: &'static Texts,
    words: fn(&'static Texts) -> (&'static str, &'static str),
) -> impl IntoView {
    let (label, hint) = words(t);
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described = if error.is_some() {
        format!("{hint_id} {error_id}")
    } else {
        hint_id.clone()
    };
    view! {
        <div class=if error.is_some() { "field field--error" } else { "field" }>
            <label for=id>{label}</label>
            <span class="field__hint" id=hint_id>{hint}</span>
            {error.map(|m| view! { <span class="field__error" id=error_id>{m}</span> })}
            <input id=id name=name type=kind autocomplete=autocomplete value=value
                maxlength=if name == "mobile" { "30" } else { "254" }
                aria-invalid=error.map(|_| "true") aria-describedby=described />
        </div>
    }
}
