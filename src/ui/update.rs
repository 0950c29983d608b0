//! Installing and updating the app: the "a new version is ready — reload" banner and, on iOS
//! Safari, the hint to add Jejak to the Home Screen.
//!
//! The service worker itself is wired up in JavaScript (`public/boot.js`, `public/sw.js`). The
//! two sides talk through window events: boot.js sets `<html data-update="ready">` and sends
//! [`READY_EVENT`] when a new version is installed and waiting; the banner answers with
//! [`APPLY_EVENT`] when the user accepts, and boot.js then activates the new version and reloads.

use crate::browser::{document_element, prefs};
use crate::i18n::Key;
use crate::state::use_state;
use leptos::prelude::*;

/// Sent by boot.js when a new version waits.
pub const READY_EVENT: &str = "jejak-update-ready";
/// Sent to boot.js to switch to the waiting version and reload.
pub const APPLY_EVENT: &str = "jejak-apply-update";
/// localStorage key: the iOS install hint was dismissed.
pub const INSTALL_HINT_DISMISSED: &str = "jejak:install-hint-dismissed";

fn update_waiting() -> bool {
    document_element().and_then(|e| e.get_attribute("data-update")) == Some("ready".into())
}

fn apply_update() {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Ok(ev) = web_sys::Event::new(APPLY_EVENT) {
        let _ = window.dispatch_event(&ev);
    }
}

/// Shown while a new version waits. The running version stays until the user chooses to reload
/// (or closes every tab of the app), so nothing changes in the middle of writing an entry.
#[component]
pub fn UpdatePrompt() -> impl IntoView {
    let state = use_state();
    let ready = RwSignal::new(update_waiting());
    let later = RwSignal::new(false);
    let handle = window_event_listener_untyped(READY_EVENT, move |_| {
        ready.set(true);
        later.set(false);
    });
    on_cleanup(move || handle.remove());
    // The live region is always in the page, so screen readers announce the text when it appears.
    view! {
        <div class="notices update-notices" role="status">
            <Show when=move || ready.get() && !later.get()>
                <div class="banner banner-warn">
                    <span>{move || state.t(Key::UpdateReady)}</span>
                    <button type="button" class="btn btn-small btn-primary" on:click=move |_| apply_update()>
                        {move || state.t(Key::UpdateReload)}
                    </button>
                    <button type="button" class="icon-btn" aria-label=move || state.t(Key::UpdateLater)
                        on:click=move |_| later.set(true)>
                        {crate::ui::icons::close()}
                    </button>
                </div>
            </Show>
        </div>
    }
}

/// True for Safari on iPhone, iPod and iPad (an iPad may present itself as a Mac with a touch
/// screen: `touch_mac`). Other iOS browsers (Chrome, Firefox, Edge, …) and in-app web views are
/// left out: their menus differ, and only Safari's "Add to Home Screen" is described.
pub fn is_ios_safari(user_agent: &str, touch_mac: bool) -> bool {
    let ios = ["iPhone", "iPad", "iPod"]
        .iter()
        .any(|d| user_agent.contains(d))
        || (touch_mac && user_agent.contains("Macintosh"));
    const OTHERS: [&str; 9] = [
        "CriOS",
        "FxiOS",
        "EdgiOS",
        "OPiOS",
        "OPT/",
        "GSA/",
        "YaBrowser",
        "DuckDuckGo",
        "Brave",
    ];
    ios && user_agent.contains("Safari/")
        && user_agent.contains("Version/")
        && !OTHERS.iter().any(|o| user_agent.contains(o))
}

/// iOS Safari showing Jejak as a web page (not opened from the Home Screen).
fn ios_safari_tab() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let nav = window.navigator();
    let standalone = js_sys::Reflect::get(&nav, &"standalone".into())
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false);
    let ua = nav.user_agent().unwrap_or_default();
    !standalone && is_ios_safari(&ua, nav.max_touch_points() > 1)
}

/// On iOS Safari, explains "Add to Home Screen": Safari erases what a website stored when it has
/// not been used for 7 days, but not for apps on the Home Screen. Dismissed once, gone for good.
#[component]
pub fn InstallHint() -> impl IntoView {
    let state = use_state();
    let show = RwSignal::new(ios_safari_tab() && prefs::get(INSTALL_HINT_DISMISSED).is_none());
    let dismiss = move |_| {
        prefs::set(INSTALL_HINT_DISMISSED, "1");
        show.set(false);
    };
    view! {
        <Show when=move || show.get()>
            <div class="notices install-notices">
                <aside class="banner banner-warn" aria-labelledby="install-hint-title">
                    <strong id="install-hint-title">{move || state.t(Key::InstallHintTitle)}</strong>
                    <span>{move || state.t(Key::InstallHintBody)}</span>
                    <button type="button" class="btn btn-small btn-primary" on:click=dismiss>
                        {move || state.t(Key::InstallHintDismiss)}
                    </button>
                </aside>
            </div>
        </Show>
    }
}

#[cfg(test)]
mod tests {
    use super::is_ios_safari;

    const IPHONE_SAFARI: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1";
    const IPAD_DESKTOP: &str = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15";
    const IPHONE_CHROME: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/122.0.6261.89 Mobile/15E148 Safari/604.1";
    const IPHONE_WEBVIEW: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148";
    const ANDROID_CHROME: &str = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Mobile Safari/537.36";

    #[test]
    fn only_ios_safari_gets_the_hint() {
        assert!(is_ios_safari(IPHONE_SAFARI, false));
        assert!(is_ios_safari(IPAD_DESKTOP, true));
        assert!(!is_ios_safari(IPAD_DESKTOP, false), "a Mac without touch");
        assert!(!is_ios_safari(IPHONE_CHROME, false));
        assert!(!is_ios_safari(IPHONE_WEBVIEW, false));
        assert!(!is_ios_safari(ANDROID_CHROME, true));
    }
}
