//! `/test-e-legitimation/identifiera?order=` — the simulated app has the order: identify as a
//! persona (ready-made people for demos and usability tests) or a typed personnummer, or
//! cancel. A mistyped personnummer gets its reason and stays in the field.

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_router::hooks::use_query_map;
use samla_model::personnummer::PersonnummerError;

use crate::api::test_eid::{TestEidApprove, TestEidDecline, test_eid_order};
use crate::components::{error_summary::ErrorSummary, page_meta::PageMeta};
use crate::i18n::{
    labels::{method_name, persona_label, personnummer_error},
    use_texts,
};
use crate::pages::{
    error_page::ErrorPage, not_found_page::NotFoundPage, test_eid_page::app_error_text,
};

#[component]
pub fn TestEidIdentifyPage() -> impl IntoView {
    if !super::login_page::test_idp_on() {
        return view! { <NotFoundPage /> }.into_any();
    }
    let t = use_texts();
    let query = use_query_map().get_untracked();
    let order_ref = query.get("order").unwrap_or_default();
    let typed = query.get("personnummer").unwrap_or_default();
    let error = query
        .get("fel")
        .map(|code| match PersonnummerError::from_code(&code) {
            Some(e) => ("sim-pnr", personnummer_error(t.get(), e)),
            None => ("sim-person-0", app_error_text(t.get(), &code)),
        });
    let order = Resource::new(move || order_ref.clone(), test_eid_order);
    view! {
        <PageMeta title=move || t.get().sim_identify_title description=move || t.get().sim_identify_lead canonical="/test-e-legitimation/identifiera" />
        <Suspense fallback=move || view! { <p>{move || t.get().loading}</p> }>
            {move || {
                let (typed, query) = (typed.clone(), query.clone());
                Suspend::new(async move {
                    let order_ref = query.get("order").unwrap_or_default();
                    match order.await {
                        Err(_) => view! { <ErrorPage /> }.into_any(),
                        Ok(None) => view! {
                            <h1>{move || t.get().sim_title}</h1>
                            <p class="notice notice--error" role="alert">{move || t.get().sim_over}</p>
                        }
                        .into_any(),
                        Ok(Some(app)) => {
                            let other_chosen = !typed.is_empty();
                            let pnr_error = error.filter(|(field, _)| *field == "sim-pnr").map(|(_, m)| m);
                            let personas = app
                                .personas
                                .into_iter()
                                .enumerate()
                                .map(|(i, p)| {
                                    let id = format!("sim-person-{i}");
                                    let label = format!("{}, {} {} – {}", p.name, p.age, t.get().sim_age, persona_label(t.get(), p.kind));
                                    view! {
                                        <div class="choice">
                                            <input type="radio" id=id.clone() name="person" value=p.personnummer checked=!other_chosen && i == 0 />
                                            <label for=id>{label}</label>
                                        </div>
                                    }
                                })
                                .collect_view();
                            let summary: Vec<(&'static str, &'static str)> = error.into_iter().collect();
                            view! {
                                <h1>{format!("{} – {}", method_name(app.method), t.get().sim_identify_title)}</h1>
                                <ErrorSummary problems=summary />
                                <p class="lead">{move || t.get().sim_identify_lead}</p>
                                // "Avbryt" posts the same form elsewhere (`formaction`), so the chosen
                                // person's cancel counts against them; a full load keeps the
                                // islands router, which goes by the form's own action, out.
                                <form class="login-form" method="post" action=TestEidApprove::url() data-full-load="">
                                    <input type="hidden" name="order" value=order_ref />
                                    <fieldset class="choices">
                                        <legend>{move || t.get().sim_persona_legend}</legend>
                                        {personas}
                                        <div class="choice">
                                            <input type="radio" id="sim-person-other" name="person" value="annat" checked=other_chosen />
                                            <label for="sim-person-other">{move || t.get().sim_other_person}</label>
                                        </div>
                                        <div class="field">
                                            <label for="sim-pnr">{move || t.get().sim_pnr_label}</label>
                                            <span class="field__hint" id="sim-pnr-hint">{move || t.get().sim_pnr_hint}</span>
                                            {pnr_error.map(|m| view! { <span class="field__error" id="sim-pnr-error">{m}</span> })}
                                            <input id="sim-pnr" name="personnummer" type="text" inputmode="numeric" autocomplete="off"
                                                value=typed aria-invalid=pnr_error.map(|_| "true")
                                                aria-describedby=if pnr_error.is_some() { "sim-pnr-hint sim-pnr-error" } else { "sim-pnr-hint" } />
                                        </div>
                                    </fieldset>
                                    <div class="button-row">
                                        <button class="button" type="submit" id="sim-identify">{move || t.get().sim_identify}</button>
                                        <button class="button button--secondary" type="submit" formaction=TestEidDecline::url()>{move || t.get().login_cancel}</button>
                                    </div>
                                </form>
                            }
                            .into_any()
                        }
                    }
                })
            }}
        </Suspense>
    }
    .into_any()
}
