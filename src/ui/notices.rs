//! Messages every screen shares: the storage warning banner, the save-failure alert with a retry
//! button, the saving indicator and the toast with undo.

use crate::i18n::Key;
use crate::state::{use_state, SaveStatus};
use crate::store::{BackendKind, StoreError};
use leptos::prelude::*;

pub fn store_error_key(e: &StoreError) -> Key {
    match e {
        StoreError::QuotaExceeded => Key::ErrQuota,
        StoreError::Blocked => Key::ErrBlocked,
        StoreError::Unavailable(_) => Key::ErrUnavailable,
        StoreError::Corrupt(_) => Key::ErrCorrupt,
        StoreError::Other(_) => Key::ErrOther,
    }
}

#[component]
pub fn Notices() -> impl IntoView {
    let state = use_state();
    let backend = move || state.storage.with(|s| s.backend);
    let failure = move || match state.save.get() {
        SaveStatus::Failed(e) => Some(e),
        _ => None,
    };
    view! {
        <div class="notices">
            <Show when=move || backend() == Some(BackendKind::Memory)>
                <div class="banner banner-danger" role="alert">
                    {move || state.t(Key::StorageMemoryWarning)}
                </div>
            </Show>
            <Show when=move || backend() == Some(BackendKind::LocalStorage)>
                <div class="banner banner-warn" role="status">
                    {move || state.t(Key::StorageLocalWarning)}
                </div>
            </Show>
            {move || failure().map(|e| view! {
                <div class="banner banner-danger" role="alert">
                    <span>{state.t(store_error_key(&e))}</span>
                    <span class="pending">
                        {format!(" ({} {})", crate::state::writes_pending(), state.t(Key::PendingWrites))}
                    </span>
                    <button type="button" class="btn btn-small" on:click=move |_| state.retry_now()>
                        {state.t(Key::RetryNow)}
                    </button>
                </div>
            })}
        </div>
        <div class="toast-region" role="status" aria-live="polite">
            {move || state.toast.get().map(|toast| {
                let undo = toast.undo_entry.clone();
                view! {
                    <div class="toast">
                        <span>{state.t(toast.text)}</span>
                        {undo.map(|id| view! {
                            <button type="button" class="btn btn-small btn-inverse" on:click=move |_| {
                                state.toast.set(None);
                                state.restore_entry(&id);
                            }>{state.t(Key::Undo)}</button>
                        })}
                        <button type="button" class="icon-btn" aria-label=state.t(Key::Dismiss)
                            on:click=move |_| state.toast.set(None)>
                            {crate::ui::icons::close()}
                        </button>
                    </div>
                }
            })}
        </div>
    }
}
