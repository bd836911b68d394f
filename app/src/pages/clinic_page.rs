//! `/mottagning/{hsa-id}` — one clinic: where, when, how to reach it, and its e-services.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use samla_model::clinic::ClinicDetail;

use crate::api::find_care::get_clinic;
use crate::components::{loaded_page::LoadedPage, page_meta::PageMeta};
use crate::i18n::{
    TextOf,
    labels::{case_type_label, kind_label, weekday},
    use_lang, use_texts,
};

/// Where the clinic's "Synpunkter och klagomål" leads until that e-service is built.
const COMPLAINTS_HELP: &str = "/regler-och-rattigheter/klagomal-och-patientnamnden";

#[component]
pub fn ClinicPage() -> impl IntoView {
    let params = use_params_map();
    let lang = use_lang();
    let clinic = Resource::new(
        move || (params.read().get("hsa_id").unwrap_or_default(), lang.get()),
        |(hsa_id, lang)| get_clinic(hsa_id, lang),
    );
    view! { <LoadedPage resource=clinic view=|detail| view! { <ClinicView detail /> } /> }
}

#[component]
fn ClinicView(detail: ClinicDetail) -> impl IntoView {
    let t = use_texts();
    let s = detail.summary;
    let kind = s.kind;
    let hsa = s.hsa_id.clone();
    let address = format!("{}, {} {}", s.street, s.postal_code, s.city);
    let description = format!("{}, {address}.", s.name);
    let tel = format!("tel:{}", detail.phone.replace([' ', '-'], ""));
    let link = |label: TextOf, href: String| {
        view! { <li><a href=href>{move || label(t.get())}</a></li> }
    };
    let errand = |label: TextOf, path: &str| {
        link(
            label,
            crate::components::personal::entry(&format!("{path}?mottagning={hsa}")),
        )
    };
    let case = |label: TextOf, slug: &str| {
        link(
            label,
            crate::components::personal::entry(&crate::api::cases::new_case_href(&hsa, slug)),
        )
    };
    let eservices = [
        s.online_booking.then(|| errand(|t| t.booking, "/boka-tid")),
        s.online_booking
            .then(|| case(|t| t.clinic_rebook, "av-eller-omboka")),
        detail
            .renew_prescription
            .then(|| case(|t| t.renewal, "fornya-recept")),
        detail
            .contact_clinic
            .then(|| case(|t| t.clinic_contact, "kontakta")),
        detail
            .contact_clinic
            .then(|| case(|t| t.clinic_ask_nurse, "fraga-sjukskoterska")),
        // Until the complaints e-service is built: the page that says where to turn.
        detail
            .complaints
            .then(|| link(|t| t.complaint, COMPLAINTS_HELP.to_owned())),
    ];
    // The clinic's own published e-services, after the standard ones.
    let local = detail
        .local_eservices
        .iter()
        .map(|(slug, title)| {
            let href = crate::api::cases::new_case_href(&hsa, slug);
            view! { <li><a href=crate::components::personal::entry(&href)>{title.clone()}</a></li> }
        })
        .collect::<Vec<_>>();
    let any_eservice = eservices.iter().any(Option::is_some) || !local.is_empty();
    let hours = detail.hours.clone();
    view! {
        <PageMeta title=s.name.clone() description canonical=format!("/mottagning/{}", s.hsa_id) />
        <p class="breadcrumb"><a href="/hitta-vard">{move || t.get().find_care}</a></p>
        <h1>{s.name.clone()}</h1>
        <p class="lead">{move || kind_label(t.get(), kind)}", "{detail.region.clone()}</p>
        <div class="clinic-columns">
            <section aria-labelledby="contact-heading">
                <h2 id="contact-heading">{move || t.get().clinic_address}</h2>
                <p>{address}</p>
                <p>{move || t.get().clinic_phone}": "<a href=tel>{detail.phone.clone()}</a></p>
                <p class=if s.open_now { "status status--open" } else { "status status--closed" }>
                    {move || if s.open_now { t.get().fc_open_now } else { t.get().fc_closed_now }}
                </p>
                <h2>{move || t.get().clinic_hours}</h2>
                <table class="hours">
                    <tbody>
                        {(0..7)
                            .map(|day| {
                                let text = hours.day_text(day);
                                view! {
                                    <tr>
                                        <th scope="row">{move || weekday(t.get(), day)}</th>
                                        <td>{move || text.clone().unwrap_or_else(|| t.get().clinic_closed.to_owned())}</td>
                                    </tr>
                                }
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </section>
            <section aria-labelledby="eservices-heading">
                <h2 id="eservices-heading">{move || t.get().clinic_eservices}</h2>
                {if any_eservice {
                    view! { <ul class="eservice-list">{eservices.into_iter().flatten().collect_view()}{local}</ul> }.into_any()
                } else {
                    view! { <p>{move || t.get().clinic_no_eservices}</p> }.into_any()
                }}
                {(!detail.attachments.is_empty()).then(|| view! {
                    <h3>{move || t.get().clinic_attachments}</h3>
                    <ul>
                        {detail.attachments.iter().map(|&(case_type, allowed)| view! {
                            <li>
                                {move || case_type_label(t.get(), case_type)}": "
                                {move || if allowed { t.get().attach_yes } else { t.get().attach_no }}
                            </li>
                        }).collect_view()}
                    </ul>
                })}
                <h2>{move || t.get().clinic_conditions}</h2>
                <ul class="condition-list">
                    {detail.conditions.into_iter().map(|name| view! { <li>{name}</li> }).collect_view()}
                </ul>
            </section>
        </div>
    }
}
