//! Settings: language, theme, this device's name, and the way into sync (its own screen).

use crate::domain::settings::Theme;
use crate::i18n::SettingsKey;
use crate::i18n::{Key, Lang};
use crate::state::use_state;
use leptos::prelude::*;

#[component]
pub fn SettingsPage() -> impl IntoView {
    let state = use_state();
    let set_lang = move |ev: leptos::ev::Event| {
        let Some(lang) = Lang::parse(&event_target_value(&ev)) else {
            return;
        };
        state.lang.set(lang);
        state.update_settings(move |s| s.language = Some(lang.code().to_string()));
    };
    let set_theme = move |ev: leptos::ev::Event| {
        let Some(theme) = Theme::parse(&event_target_value(&ev)) else {
            return;
        };
        state.theme.set(theme);
        state.update_settings(move |s| s.theme = theme);
    };
    let langs = [
        (Lang::Id, Key::LangIndonesian),
        (Lang::En, Key::LangEnglish),
    ];
    let themes = [
        (Theme::System, SettingsKey::ThemeSystem),
        (Theme::Light, SettingsKey::ThemeLight),
        (Theme::Dark, SettingsKey::ThemeDark),
    ];
    view! {
        <section class="page settings" aria-labelledby="settings-title">
            <header class="page-header"><h1 id="settings-title">{move || state.t(SettingsKey::SettingsTitle)}</h1></header>
            <div class="card">
                <div class="field">
                    <label for="setting-language">{move || state.t(SettingsKey::Language)}</label>
                    <select id="setting-language" on:change=set_lang>
                        {langs.into_iter().map(|(l, k)| view! {
                            <option value=l.code() selected=move || state.lang.get() == l>{move || state.t(k)}</option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="setting-theme">{move || state.t(SettingsKey::Theme)}</label>
                    <select id="setting-theme" on:change=set_theme>
                        {themes.into_iter().map(|(t, k)| view! {
                            <option value=t.as_str() selected=move || state.theme.get() == t>{move || state.t(k)}</option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="setting-device">{move || state.t(SettingsKey::DeviceName)}</label>
                    <input id="setting-device" type="text" maxlength="60" autocomplete="off"
                        aria-describedby="setting-device-hint"
                        prop:value=move || state.device_name.get()
                        on:change=move |ev| state.set_device_name(event_target_value(&ev).trim().to_string())/>
                    <p id="setting-device-hint" class="field-hint">{move || state.t(SettingsKey::DeviceNameHint)}</p>
                </div>
            </div>
            <SyncCard/>
            <div class="card">
                <h2>{move || state.t(SettingsKey::About)}</h2>
                <p>{move || state.t(SettingsKey::AboutText)}</p>
            </div>
        </section>
    }
}

/// Sync's line on Settings: its state in words and the way to its screen.
#[component]
fn SyncCard() -> impl IntoView {
    use crate::i18n::SyncKey;
    use crate::state::sync::{use_sync, Phase};
    let state = use_state();
    let sync = use_sync();
    // Ticks, so "synced 2 minutes ago" stays true while Settings stays open (and a sync that
    // ends after the screen opened is never dated in its future).
    let now = crate::pages::sync::ticking_now();
    view! {
        <div class="card" aria-labelledby="settings-sync-title">
            <h2 id="settings-sync-title">{move || state.t(SyncKey::SyncTitle)}</h2>
            <p>{move || state.t(SyncKey::SyncCardBody)}</p>
            <p data-testid="settings-sync-status"><strong>{move || crate::pages::sync::status_words(state, sync, now.get())}</strong></p>
            <div class="actions">
                <a class="btn btn-secondary" href="/settings/sync">
                    {move || if sync.phase.get() == Phase::Off { state.t(SyncKey::SyncOpen) } else { state.t(SyncKey::SyncManage) }}
                </a>
            </div>
        </div>
    }
}
