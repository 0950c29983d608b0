//! Readable exports of the journal: one Markdown file and a CSV table.

use crate::browser;
use crate::domain::entry::Entry;
use crate::domain::export::{csv_file_name, entries_csv, journal_markdown, markdown_file_name};
use crate::i18n::DataKey;
use crate::i18n::Key;
use crate::state::use_state;
use crate::transfer::files;
use leptos::prelude::*;

#[component]
pub fn ExportsCard() -> impl IntoView {
    let state = use_state();
    let error = RwSignal::new(None::<&'static str>);
    let entries = move || -> Vec<(String, Entry)> {
        state
            .sorted_entries()
            .into_iter()
            .map(|r| (r.id.clone(), r.entry.clone()))
            .collect()
    };
    // Each export waits for the journal to load: before that it would be empty.
    let save = move |name: String, mime: &'static str, write: fn(&[(String, Entry)]) -> String| {
        leptos::task::spawn_local(async move {
            state.until_loaded().await;
            let text = write(&entries());
            error.set(
                files::download(&name, mime, &text)
                    .err()
                    .map(|_| state.t(Key::SaveFailed)),
            );
        });
    };
    view! {
        <div class="card">
            <h2>{move || state.t(DataKey::ExportsTitle)}</h2>
            <p>{move || state.t(DataKey::ExportsExplain)}</p>
            <p class="field-error" role="alert">{move || error.get()}</p>
            <div class="actions">
                <button type="button" class="btn btn-secondary" on:click=move |_| {
                    save(markdown_file_name(browser::today()), "text/markdown;charset=utf-8", journal_markdown)
                }>{move || state.t(DataKey::ExportMarkdown)}</button>
                <button type="button" class="btn btn-secondary" on:click=move |_| {
                    save(csv_file_name(browser::today()), "text/csv;charset=utf-8", entries_csv)
                }>{move || state.t(DataKey::ExportCsv)}</button>
            </div>
        </div>
    }
}
