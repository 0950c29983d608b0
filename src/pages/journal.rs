//! The Journal list: newest first, search as you type, filters by kind, tag and date range, tag
//! chips, counts, unsaved drafts, and an empty state that says what to do.

use crate::domain::date::Date;
use crate::domain::entry::{tag_counts, EntryFilter, EntryKind};
use crate::i18n::JournalKey;
use crate::i18n::{labels, Key, Lang};
use crate::state::{use_state, EntryRow, ResultPage};
use crate::ui::{icons, Loading, ShowMore};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use std::sync::Arc;

/// Rows rendered at first and added by "show more": the list stays fast with 10,000 entries.
/// 20 is four phone screens; every search keystroke builds and lays out a whole page, and at
/// 50 most of that time went to cards nobody had scrolled to yet (85–119 ms on a 4x slowed
/// CPU; 25 cards: 55–60 ms).
const PAGE: usize = 20;
const SNIPPET_CHARS: usize = 160;
const SNIPPET_CACHE_MAX: usize = 2_000;

/// The list's search and filters, kept at app level so they survive opening an entry.
#[derive(Clone, Copy)]
pub struct JournalFilters {
    pub query: RwSignal<String>,
    pub kind: RwSignal<Option<EntryKind>>,
    pub tag: RwSignal<Option<String>>,
    pub from: RwSignal<String>,
    pub to: RwSignal<String>,
    pub limit: RwSignal<usize>,
}

impl JournalFilters {
    pub fn provide() {
        provide_context(JournalFilters {
            query: RwSignal::new(String::new()),
            kind: RwSignal::new(None),
            tag: RwSignal::new(None),
            from: RwSignal::new(String::new()),
            to: RwSignal::new(String::new()),
            limit: RwSignal::new(PAGE),
        });
    }

    fn filter(&self) -> EntryFilter {
        EntryFilter {
            kind: self.kind.get(),
            tag: self.tag.get(),
            from: Date::parse(&self.from.get()),
            to: Date::parse(&self.to.get()),
        }
    }

    fn clear(&self) {
        self.query.set(String::new());
        self.kind.set(None);
        self.tag.set(None);
        self.from.set(String::new());
        self.to.set(String::new());
    }
}

fn snippet(body: &str) -> String {
    crate::domain::markdown::plain_text(body, SNIPPET_CHARS)
}

thread_local! {
    /// Card previews already computed, by entry id, with the row they were computed from (kept
    /// alive so an edited entry, which gets a new row, never matches a stale preview). Search as
    /// you type shows the same entries again and again; each preview is a Markdown parse.
    static SNIPPETS: std::cell::RefCell<std::collections::HashMap<String, (Arc<EntryRow>, String)>> =
        std::cell::RefCell::new(std::collections::HashMap::new());
}

fn card_snippet(row: &Arc<EntryRow>) -> String {
    if let Some(s) = SNIPPETS.with(|c| {
        c.borrow()
            .get(&row.id)
            .filter(|(r, _)| Arc::ptr_eq(r, row))
            .map(|(_, s)| s.clone())
    }) {
        return s;
    }
    let s = snippet(&row.entry.body);
    SNIPPETS.with(|c| {
        let mut c = c.borrow_mut();
        // A bound, so old rows it keeps alive cannot pile up.
        if c.len() >= SNIPPET_CACHE_MAX {
            c.clear();
        }
        c.insert(row.id.clone(), (row.clone(), s.clone()))
    });
    s
}

#[component]
pub fn JournalPage() -> impl IntoView {
    let state = use_state();
    let f = expect_context::<JournalFilters>();
    let navigate = use_navigate();
    let all = Memo::new(move |_| state.sorted_entries());
    let total = move || all.with(|a| a.len());
    // Only the page shown is collected (and, for a search, ranked): a broad query or the whole
    // journal is thousands of rows, and "Show more" asks again with a larger limit.
    let results = Memo::new(move |_| {
        let filter = f.filter();
        let query = f.query.get();
        let limit = f.limit.get();
        if query.trim().is_empty() {
            all.with(|rows| {
                let mut page = ResultPage::default();
                for r in rows.iter().filter(|r| filter.matches(&r.entry)) {
                    if page.rows.len() < limit {
                        page.rows.push(r.clone());
                    }
                    page.count += 1;
                }
                page
            })
        } else {
            state.search_page(&query, &filter, limit)
        }
    });
    let tags = Memo::new(move |_| all.with(|rows| tag_counts(rows.iter().map(|r| &r.entry))));
    let filtering = move || !f.query.get().trim().is_empty() || !f.filter().is_empty();
    let shown = move || results.with(|r| r.rows.len());
    let partial = move || results.with(|r| r.partial);
    let new_entry = move |_| crate::pages::editor::open_new_entry(&navigate);

    view! {
        <section class="page journal" aria-labelledby="journal-title">
            <header class="page-header">
                <div>
                    <h1 id="journal-title">{move || state.t(Key::JournalTitle)}</h1>
                    <p class="muted hint-keys">{move || state.t(JournalKey::NewEntryHint)}</p>
                </div>
                <button type="button" class="btn btn-primary" on:click=new_entry>
                    {icons::plus()}
                    <span>{move || state.t(JournalKey::NewEntry)}</span>
                </button>
            </header>

            <Show when=move || state.loaded.get() fallback=move || view! {
                <Loading/>
            }>
                <Drafts/>
                <Show when=move || { total() > 0 } fallback=move || view! { <EmptyJournal/> }>
                    <div class="toolbar">
                        <div class="field search-field">
                            <label for="journal-search">{move || state.t(JournalKey::Search)}</label>
                            <input id="journal-search" type="search" autocomplete="off"
                                placeholder=move || state.t(JournalKey::SearchPlaceholder)
                                prop:value=move || f.query.get()
                                on:input=move |ev| { f.query.set(event_target_value(&ev)); f.limit.set(PAGE); }/>
                        </div>
                        <div class="filters" role="group" aria-label=move || state.t(Key::Filters)>
                            <div class="field">
                                <label for="filter-kind">{move || state.t(JournalKey::FilterKind)}</label>
                                <select id="filter-kind" on:change=move |ev| {
                                    f.kind.set(EntryKind::parse(&event_target_value(&ev)));
                                    f.limit.set(PAGE);
                                }>
                                    <option value="" selected=move || f.kind.get().is_none()>
                                        {move || state.t(JournalKey::FilterAllKinds)}
                                    </option>
                                    {EntryKind::ALL.into_iter().map(|k| view! {
                                        <option value=k.as_str() selected=move || f.kind.get() == Some(k)>
                                            {move || state.t(labels::entry_kind(k))}
                                        </option>
                                    }).collect_view()}
                                </select>
                            </div>
                            <div class="field">
                                <label for="filter-from">{move || state.t(Key::FilterFrom)}</label>
                                <input id="filter-from" type="date" prop:value=move || f.from.get()
                                    on:change=move |ev| f.from.set(event_target_value(&ev))/>
                            </div>
                            <div class="field">
                                <label for="filter-to">{move || state.t(Key::FilterTo)}</label>
                                <input id="filter-to" type="date" prop:value=move || f.to.get()
                                    on:change=move |ev| f.to.set(event_target_value(&ev))/>
                            </div>
                        </div>
                        <Show when=move || tags.with(|t| !t.is_empty())>
                            <div class="chips" role="group" aria-label=move || state.t(JournalKey::FilterTags)>
                                <For each=move || tags.get().into_iter().take(20) key=|(t, n)| (t.clone(), *n) let:((tag, n))>
                                    {
                                        let tag_for_check = tag.clone();
                                        let pressed = move || f.tag.with(|t| t.as_deref() == Some(tag_for_check.as_str()));
                                        let tag_click = tag.clone();
                                        view! {
                                            <button type="button" class="chip" aria-pressed=move || pressed().to_string()
                                                on:click=move |_| {
                                                    let t = tag_click.clone();
                                                    f.tag.update(|cur| *cur = if cur.as_deref() == Some(t.as_str()) { None } else { Some(t) });
                                                    f.limit.set(PAGE);
                                                }>
                                                {format!("#{tag}")}<span class="chip-count">{n}</span>
                                            </button>
                                        }
                                    }
                                </For>
                            </div>
                        </Show>
                    </div>

                    <div class="list-meta" aria-live="polite">
                        <span>{move || {
                            let lang = state.lang.get();
                            // A count from part of the journal would read as final.
                            if partial() {
                                lang.t(JournalKey::StillSearching).to_string()
                            } else if filtering() {
                                lang.shown_of(results.with(|r| r.count), total())
                            } else {
                                lang.entries_count(total())
                            }
                        }}</span>
                        <Show when=filtering>
                            <button type="button" class="btn btn-link" on:click=move |_| f.clear()>
                                {move || state.t(Key::ClearFilters)}
                            </button>
                        </Show>
                    </div>

                    <Show when=move || results.with(|r| r.count > 0 || r.partial) fallback=move || view! {
                        <p class="empty-note">{state.t(JournalKey::NoMatches)}</p>
                    }>
                        <ul class="entry-list">
                            // Cards are static text in one language: a language switch
                            // (rare) re-keys and rebuilds them, so a search, which replaces
                            // most cards, builds no reactive parts for them.
                            <For each=move || {
                                    let lang = state.lang.get();
                                    results.with(|r| r.rows.iter().map(|row| (lang, row.clone())).collect::<Vec<_>>())
                                }
                                key=|(lang, row)| (*lang, row.id.clone(), Arc::as_ptr(row) as usize)
                                let:((lang, row))>
                                <EntryCard row=row lang=lang/>
                            </For>
                        </ul>
                    </Show>
                    <ShowMore limit=f.limit step=PAGE more=Signal::derive(move || results.with(|r| r.count) > shown())/>
                </Show>
            </Show>
        </section>
    }
}

#[component]
fn EntryCard(row: Arc<EntryRow>, lang: Lang) -> impl IntoView {
    let e = &row.entry;
    let href = format!("/journal/{}", row.id);
    let title = if e.title.trim().is_empty() {
        lang.t(Key::Untitled).to_string()
    } else {
        e.title.clone()
    };
    let kind = e.entry_kind;
    let snip = card_snippet(&row);
    view! {
        // No `content-visibility: auto` here: it made every scrolled-to card a fresh layout,
        // and on a 4x slowed CPU scrolling 1,000 shown entries had 137 frames over 50 ms.
        <li class="entry-card">
            <a href=href class="entry-link">
                <span class="entry-title">{title}</span>
                <span class="entry-meta">
                    <time datetime=e.date.to_string()>{lang.date(e.date)}</time>
                    <span class="badge" data-kind=kind.as_str()>{lang.t(labels::entry_kind(kind))}</span>
                    {e.hours.map(|h| view! { <span class="muted">{lang.hours(h)}</span> })}
                </span>
                {(!snip.is_empty()).then(|| view! { <span class="entry-snippet">{snip}</span> })}
                {(!e.tags.is_empty()).then(|| view! {
                    <span class="entry-tags">{e.tags.iter().map(|t| format!("#{t}")).collect::<Vec<_>>().join(" ")}</span>
                })}
            </a>
        </li>
    }
}

#[component]
fn Drafts() -> impl IntoView {
    let state = use_state();
    view! {
        <Show when=move || state.drafts.with(|d| !d.is_empty())>
            <section class="drafts" aria-labelledby="drafts-title">
                <h2 id="drafts-title">{move || state.t(JournalKey::Drafts)}</h2>
                <ul class="entry-list">
                    {move || state.drafts.get().into_iter().map(|d| {
                        let title = d.entry.title.clone();
                        view! {
                            <li class="entry-card draft">
                                <a class="entry-link" href=format!("/journal/{}?new=1", d.id)>
                                    <span class="entry-title">
                                        {if title.trim().is_empty() { state.t(Key::Untitled).to_string() } else { title }}
                                    </span>
                                    <span class="entry-meta"><span class="badge badge-draft">{state.t(JournalKey::DraftBadge)}</span></span>
                                    <span class="entry-snippet">{snippet(&d.entry.body)}</span>
                                </a>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </section>
        </Show>
    }
}

#[component]
fn EmptyJournal() -> impl IntoView {
    let state = use_state();
    let navigate = use_navigate();
    view! {
        <div class="empty-state">
            <svg class="empty-illustration" viewBox="0 0 120 90" aria-hidden="true" focusable="false">
                <rect x="20" y="10" width="70" height="70" rx="8" fill="var(--surface-2)" stroke="var(--border)"/>
                <path d="M34 32h42M34 46h42M34 60h26" stroke="var(--accent)" stroke-width="4" stroke-linecap="round"/>
                <circle cx="92" cy="66" r="14" fill="var(--accent)"/>
                <path d="M92 59v14M85 66h14" stroke="var(--on-accent)" stroke-width="3" stroke-linecap="round"/>
            </svg>
            <h2>{move || state.t(JournalKey::EmptyJournalTitle)}</h2>
            <p>{move || state.t(JournalKey::EmptyJournalBody)}</p>
            <button type="button" class="btn btn-primary" on:click=move |_| crate::pages::editor::open_new_entry(&navigate)>
                {move || state.t(JournalKey::EmptyJournalCta)}
            </button>
        </div>
    }
}
