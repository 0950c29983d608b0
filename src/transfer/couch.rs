//! HTTP to the sync server with `fetch`: the database's address, HTTP Basic login, JSON
//! bodies, and telling the kinds of "network error" apart.
//!
//! A browser reports a server that is down, a wrong host, and a server that answered without
//! the CORS headers the page needs all as the same `TypeError`. So after a failure this asks
//! once more in `no-cors` mode (an opaque request the page cannot read, which CORS does not
//! block): if that gets any answer the server is up and CORS is what is missing; if not, the
//! server is unreachable. `navigator.onLine == false` means offline before either.

use crate::domain::sealed::base64_encode;
use crate::domain::sync::engine::{NetError, Transport};
use crate::domain::sync::wire::{Request, Response};
use js_sys::{Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, Headers, RequestInit, RequestMode};

/// One sync database and the login for it.
pub struct Server {
    /// The database's address with a trailing slash.
    pub db_url: String,
    /// The server's origin, asked in `no-cors` mode to tell CORS from unreachable.
    pub origin: String,
    authorization: String,
}

impl Server {
    pub fn new(db_url: &str, origin: &str, user: &str, password: &str) -> Server {
        // RFC 7617: user-id ":" password, UTF-8, base64.
        let token = base64_encode(format!("{user}:{password}").as_bytes());
        Server {
            db_url: db_url.to_string(),
            origin: origin.to_string(),
            authorization: format!("Basic {token}"),
        }
    }

    /// Sends a request; `abort` cancels it (a long-poll given up for other work).
    pub async fn send_with(
        &self,
        request: &Request,
        abort: Option<&AbortController>,
    ) -> Result<Response, NetError> {
        let window = web_sys::window().ok_or(NetError::Unreachable)?;
        let init = RequestInit::new();
        init.set_method(request.method.as_str());
        let headers = Headers::new().map_err(|_| NetError::Unreachable)?;
        let _ = headers.set("Accept", "application/json");
        let _ = headers.set("Authorization", &self.authorization);
        if let Some(body) = &request.body {
            let _ = headers.set("Content-Type", "application/json");
            init.set_body(&JsValue::from_str(body));
        }
        init.set_headers(&headers);
        init.set_mode(RequestMode::Cors);
        // The login travels in the header we set; no cookies, no browser-kept credentials.
        init.set_credentials(web_sys::RequestCredentials::Omit);
        init.set_cache(web_sys::RequestCache::NoStore);
        if let Some(a) = abort {
            init.set_signal(Some(&a.signal()));
        }
        let url = format!("{}{}", self.db_url, request.path);
        let answer = JsFuture::from(window.fetch_with_str_and_init(&url, &init)).await;
        let response: web_sys::Response = match answer {
            Ok(r) => r.unchecked_into(),
            Err(e) => return Err(self.why_failed(&e, abort).await),
        };
        let status = response.status();
        let text = match response.text() {
            Ok(p) => JsFuture::from(p).await,
            Err(e) => Err(e),
        };
        match text {
            Ok(t) => Ok(Response {
                status,
                body: t.as_string().unwrap_or_default(),
            }),
            Err(e) => Err(self.why_failed(&e, abort).await),
        }
    }

    async fn why_failed(&self, e: &JsValue, abort: Option<&AbortController>) -> NetError {
        let name = Reflect::get(e, &JsValue::from_str("name"))
            .ok()
            .and_then(|v| v.as_string());
        if name.as_deref() == Some("AbortError") || abort.is_some_and(|a| a.signal().aborted()) {
            return NetError::Aborted;
        }
        if !online() {
            return NetError::Offline;
        }
        if self.answers_without_cors().await {
            NetError::Cors
        } else {
            NetError::Unreachable
        }
    }

    /// Whether the server answers at all, asked in a way CORS does not block.
    async fn answers_without_cors(&self) -> bool {
        let Some(window) = web_sys::window() else {
            return false;
        };
        let init = RequestInit::new();
        init.set_method("GET");
        init.set_mode(RequestMode::NoCors);
        init.set_credentials(web_sys::RequestCredentials::Omit);
        init.set_cache(web_sys::RequestCache::NoStore);
        let probe = format!("{}/", self.origin);
        JsFuture::from(window.fetch_with_str_and_init(&probe, &init))
            .await
            .is_ok()
    }
}

impl Transport for Server {
    async fn send(&self, request: Request) -> Result<Response, NetError> {
        self.send_with(&request, None).await
    }
}

/// What the browser says about the network (true where it cannot tell).
pub fn online() -> bool {
    web_sys::window().is_none_or(|w| w.navigator().on_line())
}

/// Resolves after `ms` milliseconds.
pub async fn sleep(ms: i32) {
    let promise = Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        } else {
            let _ = resolve.call0(&JsValue::UNDEFINED);
        }
    });
    let _ = JsFuture::from(promise).await;
}
