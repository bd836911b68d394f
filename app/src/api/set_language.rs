use leptos::prelude::*;
use samla_model::Lang;

/// Remembers the chosen language in a cookie and answers with it.
#[server(prefix = "/api", endpoint = "set_language")]
pub async fn set_language(lang: String) -> Result<Lang, ServerFnError> {
    let Some(chosen) = Lang::from_code(&lang) else {
        expect_context::<leptos_axum::ResponseOptions>().set_status(http::StatusCode::BAD_REQUEST);
        return Err(ServerFnError::new(
            "Språket finns inte på Samla: välj svenska eller English. / No such language: choose svenska or English.",
        ));
    };
    let cookie = http::HeaderValue::from_str(&chosen.set_cookie_value())
        .map_err(|e| ServerFnError::new(e.to_string()))?;
    expect_context::<leptos_axum::ResponseOptions>()
        .insert_header(http::header::SET_COOKIE, cookie);
    Ok(chosen)
}
