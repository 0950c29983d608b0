//! Making a backup: download (or the share sheet on phones), optionally encrypted with a
//! passphrase asked twice, and the "days since the last backup" line.

use crate::browser;
use crate::domain::files::{backup_file_name, FORMAT_BACKUP};
use crate::domain::sealed::{passphrase_strength, sealed_file_name, Strength};
use crate::i18n::DataKey;
use crate::i18n::Key;
use crate::state::files::APP_VERSION;
use crate::state::{use_state, AppState};
use crate::transfer::crypto::{available as crypto_available, seal, CryptoError, SealMeta};
use crate::transfer::files;
use leptos::prelude::*;

const MIN_PASSPHRASE: usize = 8;

/// The file a backup produces: name and text (encrypted or not).
pub(crate) async fn prepare(
    state: AppState,
    json: String,
    inner_format: &str,
    file_name: String,
    passphrase: Option<String>,
) -> Result<(String, String), String> {
    match passphrase {
        None => Ok((file_name, json)),
        Some(p) => {
            let meta = SealMeta {
                app_version: APP_VERSION.to_string(),
                exported_at: crate::domain::date::rfc3339(browser::now_millis()),
                device: state.device_label(),
                inner_format: inner_format.to_string(),
            };
            let sealed = seal(json.as_bytes(), &p, meta).await.map_err(|e| match e {
                CryptoError::Unavailable => state.t(DataKey::ErrCryptoUnavailable).to_string(),
                _ => state.t(DataKey::ErrEncryptFailed).to_string(),
            })?;
            Ok((sealed_file_name(&file_name), sealed))
        }
    }
}

/// The passphrase fields with mismatch and strength feedback. `value` is Some only when both
/// match and are long enough.
#[component]
pub(crate) fn PassphraseFields(
    id_prefix: &'static str,
    value: RwSignal<Option<String>>,
) -> impl IntoView {
    let state = use_state();
    let first = RwSignal::new(String::new());
    let second = RwSignal::new(String::new());
    let update = move || {
        let (a, b) = (first.get_untracked(), second.get_untracked());
        value.set((a == b && a.chars().count() >= MIN_PASSPHRASE).then_some(a));
    };
    let error = move || {
        let (a, b) = (first.get(), second.get());
        if a.is_empty() {
            None
        } else if a.chars().count() < MIN_PASSPHRASE {
            Some(state.t(DataKey::PassphraseTooShort))
        } else if !b.is_empty() && a != b {
            Some(state.t(DataKey::PassphraseMismatch))
        } else {
            None
        }
    };
    let strength = move || {
        let a = first.get();
        (!a.is_empty()).then(|| match passphrase_strength(&a) {
            Strength::Weak => state.t(DataKey::StrengthWeak),
            Strength::Fair => state.t(DataKey::StrengthFair),
            Strength::Strong => state.t(DataKey::StrengthStrong),
        })
    };
    let id1 = format!("{id_prefix}-pass");
    let id2 = format!("{id_prefix}-pass2");
    let hint = format!("{id_prefix}-pass-hint");
    let err = format!("{id_prefix}-pass-error");
    view! {
        <div class="field">
            <label for=id1.clone()>{move || state.t(DataKey::Passphrase)}</label>
            <input id=id1 type="password" autocomplete="new-password"
                aria-describedby=format!("{hint} {err}")
                aria-invalid=move || error().is_some().to_string()
                prop:value=move || first.get()
                on:input=move |ev| { first.set(event_target_value(&ev)); update(); }/>
            <p id=hint class="field-hint" aria-live="polite">{strength}</p>
        </div>
        <div class="field">
            <label for=id2.clone()>{move || state.t(DataKey::PassphraseAgain)}</label>
            <input id=id2 type="password" autocomplete="new-password"
                aria-describedby=err.clone()
                prop:value=move || second.get()
                on:input=move |ev| { second.set(event_target_value(&ev)); update(); }/>
            <p id=err class="field-error" aria-live="polite">{error}</p>
        </div>
    }
}

#[component]
pub fn BackupCard() -> impl IntoView {
    let state = use_state();
    let encrypt = RwSignal::new(false);
    let passphrase = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let can_share = files::can_share_files();

    let since = move || match state.last_backup.get() {
        None => state.t(Key::BackupNever).to_string(),
        Some(ms) => {
            let days = browser::today().to_days()
                - crate::domain::date::Date::from_millis(ms, browser::tz_offset_minutes())
                    .to_days();
            state.lang.get().days_since_backup(days)
        }
    };
    let ready = move || !busy.get() && (!encrypt.get() || passphrase.with(|p| p.is_some()));

    let run = move |share: bool| {
        if !ready() {
            return;
        }
        busy.set(true);
        error.set(None);
        let pass = if encrypt.get_untracked() {
            passphrase.get_untracked()
        } else {
            None
        };
        leptos::task::spawn_local(async move {
            // A backup made before the journal has loaded would be empty, and would still
            // count as the latest backup.
            state.until_loaded().await;
            let name = backup_file_name(browser::today());
            let result = match prepare(state, state.backup_json(), FORMAT_BACKUP, name, pass).await
            {
                Ok((name, text)) => {
                    let saved = if share {
                        files::share(&name, "application/json", &text).await
                    } else {
                        files::download(&name, "application/json", &text).map(|_| true)
                    };
                    match saved {
                        Ok(true) => state.mark_backup_done().await.map_err(|e| {
                            state.t(crate::ui::notices::store_error_key(&e)).to_string()
                        }),
                        Ok(false) => Ok(()),
                        Err(_) => Err(state.t(Key::SaveFailed).to_string()),
                    }
                }
                Err(msg) => Err(msg),
            };
            busy.set(false);
            match result {
                Ok(()) => state.show_toast(Key::BackupDone, None),
                Err(msg) => error.set(Some(msg)),
            }
        });
    };

    view! {
        <div class="card" aria-labelledby="backup-title">
            <h2 id="backup-title">{move || state.t(DataKey::BackupTitle)}</h2>
            <p>{move || state.t(DataKey::BackupExplain)}</p>
            <p class="backup-since" data-testid="backup-since"><strong>{since}</strong></p>
            <div class="check" hidden=!crypto_available()>
                <input id="backup-encrypt" type="checkbox" prop:checked=move || encrypt.get()
                    on:change=move |ev| encrypt.set(event_target_checked(&ev))/>
                <label for="backup-encrypt">{move || state.t(Key::Encrypt)}</label>
            </div>
            <Show when=move || encrypt.get()>
                <p class="field-hint">{move || state.t(DataKey::EncryptExplain)}</p>
                <PassphraseFields id_prefix="backup" value=passphrase/>
            </Show>
            <p class="field-error" role="alert">{move || error.get()}</p>
            <div class="actions">
                <button type="button" class="btn btn-primary" disabled=move || !ready()
                    on:click=move |_| run(false)>
                    {move || if busy.get() && encrypt.get() { state.t(Key::Encrypting) } else { state.t(DataKey::BackupDownload) }}
                </button>
                {can_share.then(|| view! {
                    <button type="button" class="btn btn-secondary" disabled=move || !ready()
                        on:click=move |_| run(true)>
                        {move || state.t(DataKey::BackupShare)}
                    </button>
                })}
            </div>
        </div>
    }
}
