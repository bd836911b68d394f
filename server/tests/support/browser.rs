//! A browser without JavaScript, in process: keeps cookies as `Set-Cookie` says, sends forms
//! as a browser does (same origin, `Accept: text/html`), follows nothing by itself.

use std::collections::HashMap;

use axum::{
    Router,
    body::Body,
    http::{Request, Response, StatusCode, header},
};

use super::{send, text};

pub const ORIGIN: &str = "http://127.0.0.1:3000";

pub struct Browser {
    pub cookies: HashMap<String, String>,
    /// The site's origin, as the browser sends it with a form.
    pub origin: &'static str,
}

impl Default for Browser {
    fn default() -> Browser {
        Browser {
            cookies: HashMap::new(),
            origin: ORIGIN,
        }
    }
}

impl Browser {
    fn cookie_header(&self) -> String {
        self.cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    fn keep_cookies(&mut self, response: &Response<Body>) {
        for set in response.headers().get_all(header::SET_COOKIE) {
            let set = set.to_str().unwrap();
            let (pair, attributes) = set.split_once(';').unwrap_or((set, ""));
            let (name, value) = pair.split_once('=').unwrap();
            if value.is_empty() || attributes.contains("Max-Age=0") {
                self.cookies.remove(name);
            } else {
                self.cookies.insert(name.to_owned(), value.to_owned());
            }
        }
    }

    pub async fn get(&mut self, app: &Router, path: &str) -> Response<Body> {
        let request = Request::get(path)
            .header(header::HOST, "127.0.0.1:3000")
            .header(header::ACCEPT, "text/html")
            .header(header::COOKIE, self.cookie_header())
            .body(Body::empty())
            .unwrap();
        let response = send(app, request).await;
        self.keep_cookies(&response);
        response
    }

    /// GET, expecting a page; its HTML.
    pub async fn page(&mut self, app: &Router, path: &str) -> String {
        let response = self.get(app, path).await;
        assert_eq!(response.status(), StatusCode::OK, "{path}");
        text(response).await
    }

    /// Sends a form; the answer (a redirect, for the login's forms).
    pub async fn post(
        &mut self,
        app: &Router,
        path: &str,
        form: &[(&str, &str)],
    ) -> Response<Body> {
        let body = form
            .iter()
            .map(|(k, v)| format!("{k}={}", encode(v)))
            .collect::<Vec<_>>()
            .join("&");
        let request = Request::post(path)
            .header(header::HOST, "127.0.0.1:3000")
            .header(header::ORIGIN, self.origin)
            .header(header::ACCEPT, "text/html")
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(header::COOKIE, self.cookie_header())
            .body(Body::from(body))
            .unwrap();
        let response = send(app, request).await;
        self.keep_cookies(&response);
        response
    }

    /// Sends a `multipart/form-data` form, as a browser does with a file input: `files` are
    /// (field, file name, bytes), after the text fields.
    pub async fn post_multipart(
        &mut self,
        app: &Router,
        path: &str,
        form: &[(&str, &str)],
        files: &[(&str, &str, &[u8])],
    ) -> Response<Body> {
        let boundary = "----samla-test-boundary-7MA4YWxkTrZu0gW";
        let mut body = Vec::new();
        for (name, value) in form {
            body.extend_from_slice(
                format!(
                    "--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
                )
                .as_bytes(),
            );
        }
        for (name, file_name, bytes) in files {
            body.extend_from_slice(
                format!(
                    "--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"{file_name}\"\r\nContent-Type: application/octet-stream\r\n\r\n"
                )
                .as_bytes(),
            );
            body.extend_from_slice(bytes);
            body.extend_from_slice(b"\r\n");
        }
        body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
        let request = Request::post(path)
            .header(header::HOST, "127.0.0.1:3000")
            .header(header::ORIGIN, self.origin)
            .header(header::ACCEPT, "text/html")
            .header(
                header::CONTENT_TYPE,
                format!("multipart/form-data; boundary={boundary}"),
            )
            .header(header::COOKIE, self.cookie_header())
            .body(Body::from(body))
            .unwrap();
        let response = send(app, request).await;
        self.keep_cookies(&response);
        response
    }

    /// The cookie header this browser sends.
    pub fn cookies_header(&self) -> String {
        self.cookie_header()
    }

    /// Sends a form that answers with a redirect; where to.
    pub async fn submit(&mut self, app: &Router, path: &str, form: &[(&str, &str)]) -> String {
        let response = self.post(app, path, form).await;
        assert_eq!(
            response.status(),
            StatusCode::FOUND,
            "{path} should redirect"
        );
        location(&response)
    }
}

pub fn location(response: &Response<Body>) -> String {
    response
        .headers()
        .get(header::LOCATION)
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default()
}

fn encode(text: &str) -> String {
    samla_model::next_path::percent_encode(text, b"")
}
