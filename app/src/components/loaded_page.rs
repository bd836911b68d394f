//! What a page that loads one thing shows: the thing, the site's 404 when there is no such
//! thing, or the error page when loading failed.

use leptos::prelude::*;
use serde::{Serialize, de::DeserializeOwned};

use crate::i18n::use_texts;
use crate::pages::{error_page::ErrorPage, not_found_page::NotFoundPage};

#[component]
pub fn LoadedPage<T, V, F>(
    resource: Resource<Result<Option<T>, ServerFnError>>,
    view: F,
) -> impl IntoView
where
    T: Clone + Send + Sync + Serialize + DeserializeOwned + 'static,
    F: Fn(T) -> V + Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let t = use_texts();
    view! {
        <Suspense fallback=move || view! { <p>{move || t.get().loading}</p> }>
            {move || {
                let view = view.clone();
                Suspend::new(async move {
                    match resource.await {
                        Ok(Some(loaded)) => view(loaded).into_any(),
                        Ok(None) => view! { <NotFoundPage /> }.into_any(),
                        Err(_) => view! { <ErrorPage /> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
}
