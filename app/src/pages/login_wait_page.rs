//! `/logga-in/vantar` — the login under way: the QR code to scan (another device) or the
//! button that opens the app (this device), what to do now, and the outcome. Without
//! JavaScript "Check and continue" asks the server; with it the island does so by itself.

mod login_progress;

use leptos::{prelude::*, server_fn::ServerFn};
use samla_model::login::LoginState;
use samla_model::next_path::login_href;

use crate::api::login::{CancelLogin, CheckLogin, login_status};
use crate::api::test_eid::TestEidOpen;
use crate::components::page_meta::PageMeta;
use crate::i18n::{labels::method_name, use_lang, use_texts};
use crate::pages::error_page::ErrorPage;
use login_progress::LoginProgress;

#[component]
pub fn LoginWaitPage() -> impl IntoView {
    let t = use_texts();
    let lang = use_lang();
    let status = Resource::new(|| (), |_| login_status());
    view! {
        <PageMeta title=move || t.get().log_in description=move || t.get().login_lead canonical="/logga-in/vantar" />
        <Suspense fallback=move || view! { <p>{move || t.get().loading}</p> }>
            {move || Suspend::new(async move {
                let Ok(status) = status.await else { return view! { <ErrorPage /> }.into_any() };
                let going = matches!(status.state, LoginState::Waiting | LoginState::InApp | LoginState::Approved);
                let open_app = status.auto_start_token.clone().map(|token| {
                    let label = match status.method {
                        samla_model::login::LoginMethod::BankId => t.get().login_open_bankid,
                        samla_model::login::LoginMethod::Freja => t.get().login_open_freja,
                    };
                    view! {
                        <form method="post" action=TestEidOpen::url()>
                            <input type="hidden" name="token" value=token />
                            <button class="button" type="submit">{label}</button>
                        </form>
                    }
                });
                let next = status.next.clone();
                view! {
                    <h1>{format!("{} {}", t.get().login_with, method_name(status.method))}</h1>
                    <LoginProgress lang=lang.get_untracked() status=status.clone() />
                    {open_app}
                    {if going {
                        view! {
                            <div class="button-row">
                                <form method="post" action=CheckLogin::url()>
                                    <button class="button" type="submit">{move || t.get().login_check}</button>
                                </form>
                                <form method="post" action=CancelLogin::url()>
                                    <button class="button button--secondary" type="submit">{move || t.get().login_cancel}</button>
                                </form>
                            </div>
                        }
                        .into_any()
                    } else {
                        view! { <p><a class="button" href=login_href(&next)>{move || t.get().login_try_again}</a></p> }.into_any()
                    }}
                }
                .into_any()
            })}
        </Suspense>
    }
}
