//! The Data screen: backup, import, readable exports, where the data lives (backend,
//! persistence, usage and quota), and deleting everything from this device.

pub(crate) mod backup;
mod exports;
pub(crate) mod import;

use crate::i18n::DataKey;
use crate::i18n::Key;
use crate::state::use_state;
use crate::store::BackendKind;
use leptos::prelude::*;

#[component]
pub fn DataPage() -> impl IntoView {
    let state = use_state();
    state.refresh_usage();
    let backend_text = move || match state.storage.with(|s| s.backend) {
        Some(BackendKind::IndexedDb) => state.t(DataKey::BackendIndexedDb),
        Some(BackendKind::LocalStorage) => state.t(DataKey::BackendLocal),
        Some(BackendKind::Memory) => state.t(DataKey::BackendMemory),
        None => state.t(Key::Loading),
    };
    let persisted = move || state.storage.with(|s| s.persisted);
    let persist_text = move || match persisted() {
        Some(true) => state.t(DataKey::PersistGranted),
        Some(false) => state.t(DataKey::PersistDenied),
        None => state.t(DataKey::PersistUnknown),
    };
    let usage = move || state.storage.with(|s| s.usage);

    view! {
        <section class="page data" aria-labelledby="data-title">
            <header class="page-header"><h1 id="data-title">{move || state.t(DataKey::DataTitle)}</h1></header>
            <backup::BackupCard/>
            <crate::pages::mentor::ShareCard/>
            <import::ImportCard/>
            <exports::ExportsCard/>

            <div class="card">
                <h2>{move || state.t(DataKey::StorageBackend)}</h2>
                <dl class="facts">
                    <div>
                        <dt>{move || state.t(DataKey::StorageBackend)}</dt>
                        <dd data-testid="backend">{backend_text}</dd>
                    </div>
                    <div>
                        <dt>{move || state.t(DataKey::Persistence)}</dt>
                        <dd data-testid="persistence">{persist_text}</dd>
                    </div>
                    <div>
                        <dt>{move || state.t(DataKey::Usage)}</dt>
                        <dd data-testid="usage">{move || match usage() {
                            Some((used, quota)) => {
                                let lang = state.lang.get();
                                format!("{} / {} ({})", lang.bytes(used), lang.bytes(quota), state.t(DataKey::Quota))
                            }
                            None => state.t(DataKey::UsageUnknown).to_string(),
                        }}</dd>
                    </div>
                </dl>
                <Show when=move || usage().is_some_and(|(_, q)| q > 0.0)>
                    <meter class="usage-meter" min="0" max="1"
                        value=move || usage().map(|(u, q)| u / q).unwrap_or(0.0)
                        aria-label=move || state.t(DataKey::Usage)></meter>
                </Show>
                <div class="actions">
                    <Show when=move || persisted() != Some(true)>
                        <button type="button" class="btn btn-secondary" on:click=move |_| state.request_persistence()>
                            {move || state.t(DataKey::PersistRequest)}
                        </button>
                    </Show>
                    <button type="button" class="btn btn-secondary" on:click=move |_| state.refresh_usage()>
                        {move || state.t(DataKey::Refresh)}
                    </button>
                </div>
            </div>

            <div class="card">
                <h2>{move || state.t(DataKey::RecordCounts)}</h2>
                <p data-testid="entry-count">{move || state.lang.get().entries_count(state.entries.with(|e| e.len()))}</p>
            </div>

            <DeleteAll/>
        </section>
    }
}

#[component]
fn DeleteAll() -> impl IntoView {
    let state = use_state();
    let open = RwSignal::new(false);
    let typed = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let confirmed = move || typed.with(|t| t.trim() == state.t(DataKey::DeleteAllWord));
    let run = move |_| {
        if !confirmed() {
            return;
        }
        leptos::task::spawn_local(async move {
            match state.delete_all().await {
                Ok(()) => {
                    open.set(false);
                    typed.set(String::new());
                    error.set(None);
                    state.show_toast(Key::DeleteAllDone, None);
                    crate::ui::focus_when_ready("delete-all-open");
                }
                Err(e) => error.set(Some(
                    state.t(crate::ui::notices::store_error_key(&e)).to_string(),
                )),
            }
        });
    };
    // Closing the question (Cancel or Esc) gives the focus back to the button that opened it.
    let close = move || {
        open.set(false);
        typed.set(String::new());
        crate::ui::focus_when_ready("delete-all-open");
    };
    view! {
        <div class="card card-danger" on:keydown=move |ev| {
            if ev.key() == "Escape" && open.get_untracked() {
                ev.prevent_default();
                close();
            }
        }>
            <h2>{move || state.t(DataKey::DeleteAll)}</h2>
            <p>{move || state.t(DataKey::DeleteAllExplain)}</p>
            <Show when=move || open.get() fallback=move || view! {
                <button type="button" class="btn btn-danger" id="delete-all-open" on:click=move |_| {
                    open.set(true);
                    crate::ui::focus_when_ready("delete-confirm");
                }>
                    {move || state.t(DataKey::DeleteAll)}
                </button>
            }>
                <div class="field">
                    <label for="delete-confirm">{move || state.t(DataKey::DeleteAllConfirm)}</label>
                    <input id="delete-confirm" type="text" autocomplete="off"
                        prop:value=move || typed.get() on:input=move |ev| typed.set(event_target_value(&ev))/>
                </div>
                <p class="field-error" role="alert">{move || error.get()}</p>
                <div class="actions">
                    <button type="button" class="btn btn-danger" disabled=move || !confirmed() on:click=run>
                        {move || state.t(DataKey::DeleteAll)}
                    </button>
                    <button type="button" class="btn btn-secondary" on:click=move |_| close()>
                        {move || state.t(Key::Cancel)}
                    </button>
                </div>
            </Show>
        </div>
    }
}
