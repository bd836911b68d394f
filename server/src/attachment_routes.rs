//! The attachment routes. `POST /bilagor` takes one file from the upload island (which shows
//! the upload's progress) and answers in plain text: the kept file's id, name and size on
//! three lines, or why it was refused. `POST /bilagor/{id}/ta-bort` takes a pending file off
//! again. `GET /bilagor/{id}/fil` serves a file to the person its case is about and to nobody
//! else, inline for the preview page or, with `?ladda-ner=1`, as a download; each read is in
//! the access log.

use axum::{
    body::Body,
    extract::{Path, Query, Request, State},
    http::{HeaderMap, HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
};
use samla_app::i18n::{labels::refusal_text, texts};
use samla_domain::attachments::records;
use samla_model::access::Resource;
use samla_model::attachment::{FileKind, size_text};
use samla_model::{Lang, login::Viewer};
use serde::Deserialize;

use crate::{
    AppState,
    form_upload::{self, Target},
};

pub const UPLOAD_PATH: &str = "/bilagor";

fn lang_of(headers: &HeaderMap) -> Lang {
    Lang::from_cookie_headers(
        headers
            .get_all(header::COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok()),
    )
}

fn text(status: StatusCode, body: String) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        body,
    )
        .into_response()
}

fn failed(e: impl std::fmt::Display, lang: Lang) -> Response {
    tracing::error!("attachments: {e}");
    text(
        StatusCode::SERVICE_UNAVAILABLE,
        texts(lang).attachment_failed.to_owned(),
    )
}

pub async fn upload(
    State(state): State<AppState>,
    viewer: Option<axum::Extension<Viewer>>,
    headers: HeaderMap,
    request: Request,
) -> Response {
    let lang = lang_of(&headers);
    let Some(axum::Extension(viewer)) = viewer else {
        return text(
            StatusCode::UNAUTHORIZED,
            texts(lang).attachment_log_in.to_owned(),
        );
    };
    let Some(multipart) = form_upload::multipart_of(request) else {
        return text(
            StatusCode::BAD_REQUEST,
            texts(lang).attachment_none.to_owned(),
        );
    };
    let form = match form_upload::read(
        &state,
        &viewer.personnummer,
        Target::Posted,
        multipart,
        true,
    )
    .await
    {
        Ok(form) => form,
        Err(e) => return failed(e, lang),
    };
    if let Some(refused) = form.refused.first() {
        let why = refused.result.as_ref().err().copied();
        let status = match why {
            Some(samla_model::attachment::Refusal::TooLarge) => StatusCode::PAYLOAD_TOO_LARGE,
            _ => StatusCode::UNPROCESSABLE_ENTITY,
        };
        let message = why.map_or("", |why| refusal_text(texts(lang), why));
        return text(status, format!("{}: {message}", refused.name));
    }
    // The new file is the last kept one; the ones carried on were only counted.
    match form.kept.last() {
        Some(file) if !form.cut_short => text(
            StatusCode::CREATED,
            format!(
                "{}\n{}\n{}",
                file.id,
                file.name,
                size_text(file.size as u64, lang == Lang::Sv)
            ),
        ),
        _ => text(
            StatusCode::BAD_REQUEST,
            texts(lang).attachment_none.to_owned(),
        ),
    }
}

pub async fn discard(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    viewer: Option<axum::Extension<Viewer>>,
) -> Response {
    let Some(axum::Extension(viewer)) = viewer else {
        return StatusCode::UNAUTHORIZED.into_response();
    };
    match records::discard(&state.db, &state.files, &viewer.personnummer, id).await {
        Ok(true) => StatusCode::NO_CONTENT.into_response(),
        Ok(false) => StatusCode::NOT_FOUND.into_response(),
        Err(e) => failed(e, Lang::Sv),
    }
}

#[derive(Deserialize)]
pub struct FileQuery {
    #[serde(default, rename = "ladda-ner")]
    pub download: Option<String>,
}

pub async fn file(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Query(query): Query<FileQuery>,
    viewer: Option<axum::Extension<Viewer>>,
) -> Response {
    let Some(axum::Extension(viewer)) = viewer else {
        return StatusCode::UNAUTHORIZED.into_response();
    };
    let file = match records::readable(&state.db, &viewer.personnummer, id).await {
        Ok(Some(file)) => file,
        // Someone else's file or none: the same answer, so ids tell nothing.
        Ok(None) => return StatusCode::NOT_FOUND.into_response(),
        Err(e) => return failed(e, Lang::Sv),
    };
    let Some(kind) = FileKind::from_code(&file.content_type) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    if let Err(e) = crate::own_read::record(&state, &viewer, Resource::Attachments).await {
        return failed(e, Lang::Sv);
    }
    serve(&state, &file, kind, query.download.is_some()).await
}

/// The file's bytes as stored, inline (for the preview page) or as a download, never cached
/// and never run: for the citizen here and for staff (`staff_forms`).
pub async fn serve(
    state: &AppState,
    file: &samla_domain::entities::attachment::Model,
    kind: FileKind,
    download: bool,
) -> Response {
    let (size, stream) = match state.files.get(&file.object_key).await {
        Ok(found) => found,
        Err(e) => return failed(e, Lang::Sv),
    };
    let mut response = Response::new(Body::from_stream(stream));
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(kind.code()));
    headers.insert(header::CONTENT_LENGTH, HeaderValue::from(size));
    if let Ok(value) = HeaderValue::from_str(&content_disposition(download, &file.name)) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    // Shown only inside its own preview page; nothing in it runs.
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'none'; img-src 'self'; object-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'",
        ),
    );
    headers.insert(
        header::X_FRAME_OPTIONS,
        HeaderValue::from_static("SAMEORIGIN"),
    );
    response
}

/// `Content-Disposition` per RFC 6266: a plain-ASCII `filename` for old clients, and the
/// real name as `filename*` in UTF-8, percent-encoded, so no name can break the header.
pub fn content_disposition(download: bool, name: &str) -> String {
    let ascii: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_graphic() && c != '"' && c != '\\' || c == ' ' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let mut encoded = String::new();
    for byte in name.bytes() {
        if byte.is_ascii_alphanumeric() || b"!#$&+-.^_`|~".contains(&byte) {
            encoded.push(byte as char);
        } else {
            encoded.push_str(&format!("%{byte:02X}"));
        }
    }
    let kind = if download { "attachment" } else { "inline" };
    format!("{kind}; filename=\"{ascii}\"; filename*=UTF-8''{encoded}")
}

#[cfg(test)]
mod tests {
    use super::content_disposition;

    #[test]
    fn names_cannot_break_the_header() {
        assert_eq!(
            content_disposition(true, "Provsvar åäö.pdf"),
            "attachment; filename=\"Provsvar ___.pdf\"; filename*=UTF-8''Provsvar%20%C3%A5%C3%A4%C3%B6.pdf"
        );
        let evil = content_disposition(false, "a\";\r\nSet-Cookie: x=1.png");
        assert!(!evil.contains('\r') && !evil.contains('\n'));
        assert!(evil.starts_with("inline; filename=\"a_;__Set-Cookie: x=1.png\";"));
    }
}
