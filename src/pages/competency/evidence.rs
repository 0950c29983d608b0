//! Journal entries as evidence for one competency of an assessment: the linked entries (each
//! opens in the journal, each can be removed) and a search by title to link more.

use super::{change_assessment, fill};
use crate::domain::competency::assessment::ENTRIES_MAX;
use crate::domain::competency::framework::Competency;
use crate::i18n::CompetencyKey;
use crate::state::use_state;
use crate::ui::icons;
use leptos::prelude::*;

/// How many matches to offer at once: enough to pick from, short enough for a phone.
const MATCHES_MAX: usize = 6;

#[component]
pub(super) fn EvidenceEntries(
    id: StoredValue<String>,
    competency: StoredValue<Competency>,
    linked: Signal<Vec<String>>,
) -> impl IntoView {
    let state = use_state();
    let query = RwSignal::new(String::new());
    let error = RwSignal::new(false);
    let cid = move || competency.with_value(|c| c.id.clone());
    let cname = move || competency.with_value(|c| c.name.clone());

    let linked_rows = Memo::new(move |_| {
        linked
            .get()
            .into_iter()
            .map(|eid| {
                let row = state.entry(&eid);
                (eid, row.map(|r| (r.entry.title.clone(), r.entry.date)))
            })
            .collect::<Vec<_>>()
    });
    let matches = Memo::new(move |_| {
        let q = query.get().trim().to_lowercase();
        if q.is_empty() {
            return Vec::new();
        }
        let taken = linked.get();
        state
            .sorted_entries()
            .into_iter()
            .filter(|r| !taken.contains(&r.id) && r.entry.title.to_lowercase().contains(&q))
            .take(MATCHES_MAX)
            .map(|r| (r.id.clone(), r.entry.title.clone(), r.entry.date))
            .collect::<Vec<_>>()
    });
    let journal_empty = move || state.entries.with(|m| m.is_empty());

    let link = move |eid: String| {
        if linked.get_untracked().len() >= ENTRIES_MAX {
            error.set(true);
            return;
        }
        error.set(false);
        change_assessment(state, &id.get_value(), |a| {
            a.link_entry(&cid(), &cname(), &eid)
        });
    };
    let unlink = move |eid: String| {
        error.set(false);
        change_assessment(state, &id.get_value(), |a| a.unlink_entry(&cid(), &eid));
        crate::ui::focus_when_ready("evidence-search");
    };
    let title_of = move |t: &str| {
        if t.trim().is_empty() {
            state.t(crate::i18n::Key::Untitled).to_string()
        } else {
            t.trim().to_string()
        }
    };

    view! {
        <div class="evidence-entries" role="group" aria-labelledby="evidence-entries-label">
            <p id="evidence-entries-label" class="evidence-entries-label">{move || state.t(CompetencyKey::EvidenceEntries)}</p>
            <Show when=move || linked_rows.with(|r| !r.is_empty()) fallback=move || view! {
                <p class="muted evidence-none">{move || state.t(CompetencyKey::EntriesNone)}</p>
            }>
                <ul class="evidence-linked">
                    {move || linked_rows.get().into_iter().map(|(eid, row)| {
                        let (title, date) = match &row {
                            Some((t, d)) => (title_of(t), Some(*d)),
                            None => (state.t(CompetencyKey::EntryMissing).to_string(), None),
                        };
                        let label = fill(state.t(CompetencyKey::EntryUnlink), &[("title", &title)]);
                        let href = format!("/journal/{eid}");
                        let eid_remove = eid.clone();
                        view! {
                            <li>
                                {match date {
                                    Some(d) => view! {
                                        <a href=href>{title.clone()}</a>
                                        <time class="muted" datetime=d.to_string()>{move || state.lang.get().date(d)}</time>
                                    }.into_any(),
                                    None => view! { <span class="muted">{title.clone()}</span> }.into_any(),
                                }}
                                <button type="button" class="icon-btn icon-btn-danger" aria-label=label.clone() title=label
                                    on:click=move |_| unlink(eid_remove.clone())>{icons::close()}</button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </Show>
            <div class="field evidence-search">
                <label for="evidence-search">{move || state.t(CompetencyKey::EntrySearch)}</label>
                <input id="evidence-search" type="search" autocomplete="off"
                    placeholder=move || state.t(CompetencyKey::EntrySearchPlaceholder)
                    aria-describedby="evidence-search-status"
                    prop:value=move || query.get()
                    on:input=move |ev| query.set(event_target_value(&ev))
                    // Enter here searches; it must not submit the card and move on.
                    on:keydown=move |ev| if ev.key() == "Enter" { ev.prevent_default(); }/>
            </div>
            <p id="evidence-search-status" class="field-hint" aria-live="polite">{move || {
                if journal_empty() {
                    Some(state.t(CompetencyKey::JournalEmpty))
                } else if !query.get().trim().is_empty() && matches.with(|m| m.is_empty()) {
                    Some(state.t(CompetencyKey::EntryNoMatch))
                } else {
                    None
                }
            }}</p>
            <ul class="evidence-matches">
                {move || matches.get().into_iter().map(|(eid, title, date)| {
                    let title = title_of(&title);
                    let label = fill(state.t(CompetencyKey::EntryLink), &[("title", &title)]);
                    view! {
                        <li>
                            <span class="evidence-match-title">{title}</span>
                            <time class="muted" datetime=date.to_string()>{move || state.lang.get().date(date)}</time>
                            <button type="button" class="btn btn-secondary btn-small" aria-label=label
                                on:click=move |_| link(eid.clone())>
                                {icons::plus()}<span>{move || state.t(CompetencyKey::EntryAdd)}</span>
                            </button>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <p class="field-error" aria-live="polite">{move || error.get().then(|| state.t(CompetencyKey::ErrTooManyEntries))}</p>
        </div>
    }
}
