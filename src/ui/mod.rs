//! Reusable pieces of the interface: icons, notices, and small DOM helpers shared by screens.

pub mod charts;
pub mod form;
pub mod icons;
pub mod notices;
pub mod update;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// "Show more" under a list cut short: while `more` holds, a press raises `limit` by `step`.
#[component]
pub fn ShowMore(
    limit: RwSignal<usize>,
    step: usize,
    #[prop(into)] more: Signal<bool>,
) -> impl IntoView {
    let state = crate::state::use_state();
    view! {
        <Show when=move || more.get()>
            <button type="button" class="btn btn-secondary show-more"
                on:click=move |_| limit.update(|n| *n += step)>
                {move || state.t(crate::i18n::Key::ShowMore)}
            </button>
        </Show>
    }
}

/// The line a screen shows until the journal (or the inbox) it needs has been read; `page` when
/// it stands in for a whole page rather than a part of one.
#[component]
pub fn Loading(#[prop(optional)] page: bool) -> impl IntoView {
    let state = crate::state::use_state();
    view! {
        <p class="muted" class:page=page role="status">{move || state.t(crate::i18n::Key::Loading)}</p>
    }
}

/// A field's error messages as one sentence string, or None when there are none (so the error
/// element stays empty and the field is not marked invalid).
pub fn messages(lang: crate::i18n::Lang, keys: &[crate::i18n::Key]) -> Option<String> {
    (!keys.is_empty()).then(|| {
        keys.iter()
            .map(|k| lang.t(*k))
            .collect::<Vec<_>>()
            .join(" ")
    })
}

/// True when a key press belongs to a text field, so global shortcuts must not steal it.
pub fn is_typing_target(target: Option<web_sys::EventTarget>) -> bool {
    let Some(el) = target.and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else {
        return false;
    };
    let tag = el.tag_name().to_ascii_lowercase();
    matches!(tag.as_str(), "input" | "textarea" | "select")
        || el
            .get_attribute("contenteditable")
            .is_some_and(|v| v != "false")
}

/// Focuses an element by id once the pending render has run (and again shortly while the
/// element does not exist yet, e.g. after a route change).
pub fn focus_when_ready(id: impl Into<String>) {
    let id = id.into();
    focus_found_when_ready(move |d| d.get_element_by_id(&id));
}

/// Like [`focus_when_ready`], for the first element matching a CSS selector: closing an editor
/// gives the focus back to its item in the list (`a[href="/goals/…"]`), so a keyboard user goes
/// on from where they were instead of from the top of the page.
pub fn focus_query_when_ready(selector: impl Into<String>) {
    let selector = selector.into();
    focus_found_when_ready(move |d| d.query_selector(&selector).ok().flatten());
}

/// How long a focus request keeps trying: a screen can take this long to appear on a throttled
/// phone-class CPU, well past the first render.
const FOCUS_WINDOW_MS: i64 = 2_000;
const FOCUS_RETRY: std::time::Duration = std::time::Duration::from_millis(30);

thread_local! {
    /// The newest focus request: an older one still retrying gives way to it rather than taking
    /// the focus back from the screen that asked last.
    static FOCUS_REQUEST: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// Finds the element to focus in the document.
type Finder = std::rc::Rc<dyn Fn(&web_sys::Document) -> Option<web_sys::Element>>;

fn focus_found_when_ready(find: impl Fn(&web_sys::Document) -> Option<web_sys::Element> + 'static) {
    fn attempt(find: Finder, request: u64, until: i64) {
        if FOCUS_REQUEST.with(|r| r.get()) != request {
            return;
        }
        let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        if let Some(el) = find(&doc).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = el.focus();
            // focus() does nothing to an element that cannot take the focus yet (still being
            // laid out or shown): then it is tried again, like an element not there yet.
            if doc.active_element().as_ref() == Some(el.as_ref()) {
                return;
            }
        }
        if crate::browser::now_millis() < until {
            leptos::prelude::set_timeout(move || attempt(find, request, until), FOCUS_RETRY);
        }
    }
    let request = FOCUS_REQUEST.with(|r| {
        r.set(r.get() + 1);
        r.get()
    });
    let until = crate::browser::now_millis() + FOCUS_WINDOW_MS;
    let find: Finder = std::rc::Rc::new(find);
    leptos::prelude::set_timeout(
        move || attempt(find, request, until),
        std::time::Duration::ZERO,
    );
}
