//! The few browser facts the rest of the app needs as plain values: the time, randomness, the
//! local time-zone offset and the browser's languages. Kept in one place so the domain can take
//! them as arguments.

use crate::domain::date::Date;

pub fn now_millis() -> i64 {
    js_sys::Date::now() as i64
}

/// Minutes east of UTC (+420 in Jakarta). JavaScript reports the opposite sign.
pub fn tz_offset_minutes() -> i32 {
    -(js_sys::Date::new_0().get_timezone_offset() as i32)
}

pub fn today() -> Date {
    Date::from_millis(now_millis(), tz_offset_minutes())
}

/// 16 bytes from the browser's CSPRNG; falls back to Math.random only where crypto is missing
/// (ids need uniqueness, not secrecy).
pub fn random_bytes() -> [u8; 16] {
    let mut bytes = [0u8; 16];
    let ok = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .is_some_and(|c| c.get_random_values_with_u8_array(&mut bytes).is_ok());
    if !ok {
        for b in bytes.iter_mut() {
            *b = (js_sys::Math::random() * 256.0) as u8;
        }
    }
    bytes
}

pub fn new_id() -> String {
    crate::domain::id::uuid_v4(random_bytes())
}

/// Resolves just after the page has painted its next frame: the callback of a zero-delay timer
/// set from `requestAnimationFrame` runs once that frame is on screen. A hidden page paints
/// no frames, so a plain 100 ms timer resolves it there.
pub async fn after_next_paint() {
    use wasm_bindgen::{JsCast, JsValue};
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let Some(window) = web_sys::window() else {
            let _ = resolve.call0(&JsValue::UNDEFINED);
            return;
        };
        let after_frame = {
            let (window, resolve) = (window.clone(), resolve.clone());
            wasm_bindgen::closure::Closure::once_into_js(move || {
                let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
            })
        };
        let _ = window.request_animation_frame(after_frame.unchecked_ref());
        // Resolving twice is harmless; whichever comes first wins.
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 100);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

thread_local! {
    /// The channel `soon` posts to, made on first use, and the callbacks waiting for it.
    static SOON: std::cell::RefCell<Option<web_sys::MessagePort>> = const { std::cell::RefCell::new(None) };
    static SOON_QUEUE: std::cell::RefCell<std::collections::VecDeque<Box<dyn FnOnce()>>> =
        const { std::cell::RefCell::new(std::collections::VecDeque::new()) };
}

/// Runs `f` in a task of its own, queued behind what is already waiting; the browser can paint
/// and handle input before it. Unlike a zero-delay timer, which browsers hold back at least
/// 4 ms once timers nest, a message to a `MessageChannel` is delivered without delay, so work
/// cut into slices finishes sooner without making any slice longer.
pub fn soon(f: impl FnOnce() + 'static) {
    use wasm_bindgen::{JsCast, JsValue};
    SOON_QUEUE.with(|q| q.borrow_mut().push_back(Box::new(f)));
    let posted = SOON.with(|port| {
        let mut port = port.borrow_mut();
        if port.is_none() {
            let channel = web_sys::MessageChannel::new().ok()?;
            let on_message = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(|| {
                if let Some(f) = SOON_QUEUE.with(|q| q.borrow_mut().pop_front()) {
                    f();
                }
            });
            channel
                .port1()
                .set_onmessage(Some(on_message.as_ref().unchecked_ref()));
            // Lives as long as the page: the channel is made once.
            on_message.forget();
            *port = Some(channel.port2());
        }
        port.as_ref()?.post_message(&JsValue::UNDEFINED).ok()
    });
    if posted.is_none() {
        // No channel in this context: a timer does the same, only later.
        if let Some(f) = SOON_QUEUE.with(|q| q.borrow_mut().pop_back()) {
            leptos::prelude::set_timeout(f, std::time::Duration::ZERO);
        }
    }
}

/// Resolves in a task of its own, queued behind what is already waiting (see [`soon`]): work
/// cut into slices awaits it between slices so the page can paint and answer input.
pub async fn next_task() {
    let (tx, rx) = futures_channel::oneshot::channel::<()>();
    soon(move || {
        let _ = tx.send(());
    });
    let _ = rx.await;
}

/// Today has its content: remembers what it showed (`welcome` or `journal`) for
/// public/first-paint.js, which decides before the next start's first paint whether index.html's
/// first-visit Today may be shown, and tells boot.js (once) to take that page away now. Both in
/// the same frame as the app's Today appears, so the swap is never seen.
pub fn first_screen_shown(home: &str) {
    const HOME: &str = "jejak:home";
    if prefs::get(HOME).as_deref() != Some(home) {
        prefs::set(HOME, home);
    }
    thread_local!(static TOLD: std::cell::Cell<bool> = const { std::cell::Cell::new(false) });
    if !TOLD.with(|t| t.replace(true)) {
        if let (Some(w), Ok(ev)) = (web_sys::window(), web_sys::Event::new("jejak-first-screen")) {
            let _ = w.dispatch_event(&ev);
        }
    }
}

pub fn languages() -> Vec<String> {
    let Some(nav) = web_sys::window().map(|w| w.navigator()) else {
        return Vec::new();
    };
    let mut out: Vec<String> = nav
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if out.is_empty() {
        if let Some(l) = nav.language() {
            out.push(l);
        }
    }
    out
}

pub fn document_element() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.document_element()
}

/// Small synchronous preferences kept outside the database so the first paint already has the
/// right language and theme.
pub mod prefs {
    fn storage() -> Option<web_sys::Storage> {
        web_sys::window()?.local_storage().ok().flatten()
    }

    pub fn get(key: &str) -> Option<String> {
        storage()?.get_item(key).ok().flatten()
    }

    pub fn set(key: &str, value: &str) {
        if let Some(s) = storage() {
            // Losing a preference mirror is harmless: the setting record is the source of truth.
            let _ = s.set_item(key, value);
        }
    }

    pub fn remove(key: &str) {
        if let Some(s) = storage() {
            let _ = s.remove_item(key);
        }
    }

    /// Keys with a prefix (used for editor drafts).
    pub fn keys_with_prefix(prefix: &str) -> Vec<String> {
        let Some(s) = storage() else {
            return Vec::new();
        };
        let n = s.length().unwrap_or(0);
        (0..n)
            .filter_map(|i| s.key(i).ok().flatten())
            .filter(|k| k.starts_with(prefix))
            .collect()
    }
}
