//! Settings: language, theme and this device's name.

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
            <div class="card">
                <h2>{move || state.t(SettingsKey::About)}</h2>
                <p>{move || state.t(SettingsKey::AboutText)}</p>
            </div>
        </section>
    }
}
