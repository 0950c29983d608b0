//! The entry editor: every field autosaves (no save button), a synchronous draft protects the
//! text if the tab closes mid-typing, Markdown preview is rendered safely, delete offers undo,
//! and Esc closes it.

use crate::browser;
use crate::domain::date::Date;
use crate::domain::entry::{
    parse_hours, parse_tags, validate, Entry, EntryError, EntryKind, LearningType,
};
use crate::domain::goal::{sort_for_list, Goal};
use crate::domain::markdown::render_markdown;
use crate::domain::record::kinds;
use crate::i18n::JournalKey;
use crate::i18n::{labels, Key};
use crate::state::use_state;
use crate::store::drafts::{self, Draft};
use crate::ui::form::{Debounce, FieldErrors, SaveIndicator, AUTOSAVE_DELAY};
use crate::ui::{icons, Loading};
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_params_map, use_query_map};
use leptos_router::NavigateOptions;

pub fn open_new_entry(navigate: &impl Fn(&str, NavigateOptions)) {
    navigate(
        &format!("/journal/{}?new=1", browser::new_id()),
        Default::default(),
    );
}

#[component]
pub fn EditorPage() -> impl IntoView {
    let state = use_state();
    let params = use_params_map();
    let query = use_query_map();
    let id = move || params.with(|p| p.get("id").unwrap_or_default());
    let is_new = move || query.with(|q| q.get("new").is_some());
    view! {
        <Show when=move || state.loaded.get() fallback=move || view! {
            <Loading page=true/>
        }>
            {move || {
                let id = id();
                // Untracked: the editor must not be rebuilt by its own autosaves.
                let existing = state.entries.with_untracked(|m| m.get(&id).map(|r| r.entry.clone()));
                let draft = drafts::load(&id).or_else(|| state.drafts.with_untracked(|d| d.iter().find(|x| x.id == id).cloned()));
                let initial = match (draft, existing) {
                    (Some(d), _) => Some((d.entry, true)),
                    (None, Some(e)) => Some((e, false)),
                    (None, None) if is_new() => Some((Entry::new(browser::today()), false)),
                    _ => None,
                };
                match initial {
                    Some((entry, from_draft)) => view! { <Editor id=id entry=entry from_draft=from_draft/> }.into_any(),
                    None => view! { <NotFound/> }.into_any(),
                }
            }}
        </Show>
    }
}

/// Back on the list, the keyboard focus goes to the entry just closed (when it was kept).
fn focus_in_list(id: &str) {
    crate::ui::focus_query_when_ready(format!("main a.entry-link[href=\"/journal/{id}\"]"));
}

#[component]
fn NotFound() -> impl IntoView {
    let state = use_state();
    view! {
        <section class="page">
            <p class="empty-note" role="alert">{move || state.t(JournalKey::NotFound)}</p>
            <a class="btn btn-secondary" href="/journal">{move || state.t(Key::BackToJournal)}</a>
        </section>
    }
}

/// The form's raw field values (strings where the user can type something invalid).
#[derive(Clone, PartialEq)]
struct Form {
    title: String,
    date: String,
    kind: EntryKind,
    learning: LearningType,
    hours: String,
    tags: String,
    body: String,
    /// Ids this entry links to (goals and, later, other records), in the order they were added.
    links: Vec<String>,
}

impl Form {
    fn from_entry(e: &Entry, lang: crate::i18n::Lang) -> Form {
        Form {
            title: e.title.clone(),
            date: e.date.to_string(),
            kind: e.entry_kind,
            learning: e.learning,
            hours: e.hours.map(|h| lang.decimal(h)).unwrap_or_default(),
            tags: e.tags.join(", "),
            body: e.body.clone(),
            links: e.links.clone(),
        }
    }

    /// The entry this form describes, or the errors that stop it from being saved.
    fn to_entry(&self, base: &Entry) -> (Entry, Vec<EntryError>, bool) {
        let date = Date::parse(&self.date);
        let mut errors = Vec::new();
        let hours = parse_hours(&self.hours).unwrap_or_else(|e| {
            errors.push(e);
            None
        });
        let entry = Entry {
            entry_kind: self.kind,
            title: self.title.clone(),
            date: date.unwrap_or(base.date),
            body: self.body.clone(),
            tags: parse_tags(&self.tags),
            learning: self.learning,
            hours,
            links: self.links.clone(),
        };
        errors.extend(validate(&entry));
        (entry, errors, date.is_none())
    }
}

#[component]
fn Editor(id: String, entry: Entry, from_draft: bool) -> impl IntoView {
    let state = use_state();
    let navigate = use_navigate();
    let base = StoredValue::new(entry.clone());
    let form = RwSignal::new(Form::from_entry(&entry, state.lang.get_untracked()));
    let checks =
        FieldErrors::<EntryError>::new(from_draft, "date", EntryError::field, labels::entry_error);
    let preview = RwSignal::new(false);
    let debounce = Debounce::new();
    let dirty = StoredValue::new(from_draft);
    let learning_chosen = StoredValue::new(!entry.title.is_empty());
    let id = StoredValue::new(id);
    // Goals this entry can be linked to: drafts and active goals, plus any already linked.
    let all_goals = Memo::new(move |_| {
        let mut goals = state.views::<Goal>(kinds::GOAL);
        sort_for_list(&mut goals, browser::today(), |(_, g)| g);
        goals
    });
    let linked = Memo::new(move |_| form.with(|f| f.links.clone()));
    let goal_options = Memo::new(move |_| {
        linked.with(|linked| {
            all_goals.with(|goals| {
                goals
                    .iter()
                    .filter(|(gid, g)| !g.status.is_closed() || linked.contains(gid))
                    .map(|(gid, g)| (gid.clone(), g.title.clone(), g.status))
                    .collect::<Vec<_>>()
            })
        })
    });

    let save_now = move || {
        if !dirty.get_value() {
            return;
        }
        let (entry, errs, bad_date) = form.with_untracked(|f| f.to_entry(&base.get_value()));
        checks.set(errs.clone(), bad_date);
        if errs.is_empty() && !bad_date && state.save_entry(&id.get_value(), entry.clone()).is_ok()
        {
            base.set_value(entry);
            dirty.set_value(false);
        }
    };

    let changed = move || {
        checks.touched.set(true);
        dirty.set_value(true);
        let (entry, errs, bad_date) = form.with_untracked(|f| f.to_entry(&base.get_value()));
        checks.set(errs, bad_date);
        let is_new = state.entry(&id.get_value()).is_none();
        drafts::save(&Draft {
            id: id.get_value(),
            updated: browser::now_millis(),
            is_new,
            entry,
        });
        debounce.schedule(AUTOSAVE_DELAY, save_now);
    };

    // A draft recovered from a closed tab is saved as soon as it is valid.
    if from_draft {
        save_now();
    }
    // A new entry starts in its title, so typing can begin at once (after N, or "New entry").
    if state
        .entries
        .with_untracked(|m| !m.contains_key(&id.get_value()))
    {
        crate::ui::focus_when_ready("entry-title");
    }

    // Another tab (or a sync) changed this entry: show it, unless the user is mid-edit here.
    Effect::new(move |_| {
        let stored = state.entry(&id.get_value()).map(|r| r.entry.clone());
        if let Some(stored) = stored {
            if !dirty.get_value() && stored != base.get_value() {
                base.set_value(stored.clone());
                form.set(Form::from_entry(&stored, state.lang.get_untracked()));
            }
        }
    });

    let hide = window_event_listener(leptos::ev::pagehide, move |_| save_now());
    let vis = window_event_listener(leptos::ev::visibilitychange, move |_| save_now());
    let nav_esc = navigate.clone();
    let esc = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() == "Escape" && !ev.default_prevented() {
            ev.prevent_default();
            let closed = id.get_value();
            save_now();
            nav_esc("/journal", Default::default());
            focus_in_list(&closed);
        }
    });
    on_cleanup(move || {
        hide.remove();
        vis.remove();
        esc.remove();
        if dirty.try_get_value() == Some(true) {
            save_now();
        }
    });

    let field_error = move |field: &'static str| move || checks.message(state.lang.get(), field);
    let invalid = move |field: &'static str| move || field_error(field)().is_some().to_string();
    let set = move |f: fn(&mut Form, String)| {
        move |ev: leptos::ev::Event| {
            let v = event_target_value(&ev);
            form.update(|form| f(form, v));
            changed();
        }
    };

    let close_nav = navigate.clone();
    let close = move |_| {
        let closed = id.get_value();
        save_now();
        close_nav("/journal", Default::default());
        focus_in_list(&closed);
    };
    let delete_nav = navigate.clone();
    let delete = move |_| {
        dirty.set_value(false);
        state.delete_entry(&id.get_value());
        delete_nav("/journal", Default::default());
    };

    view! {
        <section class="page editor" aria-labelledby="editor-title">
            <header class="page-header editor-header">
                <h1 id="editor-title">{move || state.t(JournalKey::EditEntry)}</h1>
                <div class="editor-actions">
                    <SaveIndicator state=state dirty_errors=Signal::derive(move || checks.blocking())/>
                    <button type="button" class="btn btn-danger-quiet" on:click=delete>
                        {icons::trash()}<span>{move || state.t(JournalKey::Delete)}</span>
                    </button>
                    <button type="button" class="btn btn-secondary" on:click=close title=move || state.t(Key::CloseEditorHint)>
                        {icons::close()}<span>{move || state.t(Key::Close)}</span>
                    </button>
                </div>
            </header>
            <form class="entry-form" on:submit=|ev| ev.prevent_default() novalidate>
                <div class="field field-wide">
                    <label for="entry-title">{move || state.t(Key::FieldTitle)}</label>
                    <input id="entry-title" type="text" autocomplete="off" maxlength="400"
                        aria-invalid=invalid("title") aria-describedby="entry-title-error"
                        prop:value=move || form.with(|f| f.title.clone())
                        on:input=set(|f, v| f.title = v)/>
                    <p id="entry-title-error" class="field-error" aria-live="polite">{field_error("title")}</p>
                </div>
                <div class="field-row">
                    <div class="field">
                        <label for="entry-date">{move || state.t(JournalKey::FieldDate)}</label>
                        <input id="entry-date" type="date" min="1900-01-01" max="2200-12-31"
                            aria-invalid=invalid("date") aria-describedby="entry-date-error"
                            prop:value=move || form.with(|f| f.date.clone())
                            on:input=set(|f, v| f.date = v)/>
                        <p id="entry-date-error" class="field-error" aria-live="polite">{field_error("date")}</p>
                    </div>
                    <div class="field">
                        <label for="entry-kind">{move || state.t(JournalKey::FieldKind)}</label>
                        <select id="entry-kind" on:change=move |ev| {
                            let kind = EntryKind::parse(&event_target_value(&ev)).unwrap_or_default();
                            form.update(|f| {
                                f.kind = kind;
                                if !learning_chosen.get_value() { f.learning = kind.default_learning(); }
                            });
                            changed();
                        }>
                            {EntryKind::ALL.into_iter().map(|k| view! {
                                <option value=k.as_str() selected=move || form.with(|f| f.kind == k)>
                                    {move || state.t(labels::entry_kind(k))}
                                </option>
                            }).collect_view()}
                        </select>
                    </div>
                </div>
                <div class="field-row">
                    <div class="field">
                        <label for="entry-learning">{move || state.t(Key::FieldLearning)}</label>
                        <select id="entry-learning" on:change=move |ev| {
                            learning_chosen.set_value(true);
                            let l = LearningType::parse(&event_target_value(&ev)).unwrap_or_default();
                            form.update(|f| f.learning = l);
                            changed();
                        }>
                            {LearningType::ALL.into_iter().map(|l| view! {
                                <option value=l.as_str() selected=move || form.with(|f| f.learning == l)>
                                    {move || state.t(labels::learning(l))}
                                </option>
                            }).collect_view()}
                        </select>
                    </div>
                    <div class="field">
                        <label for="entry-hours">{move || state.t(Key::FieldHours)}</label>
                        <input id="entry-hours" type="text" inputmode="decimal" autocomplete="off"
                            aria-invalid=invalid("hours") aria-describedby="entry-hours-hint entry-hours-error"
                            prop:value=move || form.with(|f| f.hours.clone())
                            on:input=set(|f, v| f.hours = v)/>
                        <p id="entry-hours-hint" class="field-hint">{move || state.t(JournalKey::FieldHoursHint)}</p>
                        <p id="entry-hours-error" class="field-error" aria-live="polite">{field_error("hours")}</p>
                    </div>
                </div>
                <div class="field field-wide">
                    <label for="entry-tags">{move || state.t(JournalKey::FieldTags)}</label>
                    <input id="entry-tags" type="text" autocomplete="off" autocapitalize="none"
                        aria-invalid=invalid("tags") aria-describedby="entry-tags-hint entry-tags-error"
                        prop:value=move || form.with(|f| f.tags.clone())
                        on:input=set(|f, v| f.tags = v)/>
                    <p id="entry-tags-hint" class="field-hint">{move || state.t(JournalKey::FieldTagsHint)}</p>
                    <p id="entry-tags-error" class="field-error" aria-live="polite">{field_error("tags")}</p>
                </div>
                <div class="field field-wide">
                    <div class="body-label-row">
                        <label for="entry-body">{move || state.t(JournalKey::FieldBody)}</label>
                        <div class="segmented" role="group">
                            <button type="button" aria-pressed=move || (!preview.get()).to_string()
                                on:click=move |_| preview.set(false)>{move || state.t(Key::TabWrite)}</button>
                            <button type="button" aria-pressed=move || preview.get().to_string()
                                on:click=move |_| preview.set(true)>{move || state.t(Key::TabPreview)}</button>
                        </div>
                    </div>
                    <textarea id="entry-body" rows="12" hidden=move || preview.get()
                        aria-invalid=invalid("body") aria-describedby="entry-body-error"
                        prop:value=move || form.with(|f| f.body.clone())
                        on:input=set(|f, v| f.body = v)></textarea>
                    <Show when=move || preview.get()>
                        <div class="markdown preview" aria-live="polite">
                            {move || {
                                let body = form.with(|f| f.body.clone());
                                if body.trim().is_empty() {
                                    view! { <p class="muted">{state.t(Key::PreviewEmpty)}</p> }.into_any()
                                } else {
                                    view! { <div inner_html=render_markdown(&body)></div> }.into_any()
                                }
                            }}
                        </div>
                    </Show>
                    <p id="entry-body-error" class="field-error" aria-live="polite">{field_error("body")}</p>
                </div>
                <fieldset class="linked-goals" aria-describedby="linked-goals-hint">
                    <legend>{move || state.t(JournalKey::LinkedGoals)}</legend>
                    <Show when=move || goal_options.with(|o| !o.is_empty()) fallback=move || view! {
                        <p id="linked-goals-hint" class="field-hint">
                            {move || state.t(JournalKey::LinkedGoalsNone)}" "
                            <a href="/goals">{move || state.t(Key::NavGoals)}</a>
                        </p>
                    }>
                        <p id="linked-goals-hint" class="field-hint">{move || state.t(JournalKey::LinkedGoalsHint)}</p>
                        <ul class="linked-goal-list">
                            {move || goal_options.get().into_iter().map(|(gid, title, status)| {
                                let gid_checked = gid.clone();
                                view! {
                                    <li>
                                        <label class="check">
                                            <input type="checkbox"
                                                prop:checked=move || linked.with(|l| l.contains(&gid_checked))
                                                on:change=move |ev| {
                                                    let on = event_target_checked(&ev);
                                                    form.update(|f| {
                                                        f.links.retain(|x| *x != gid);
                                                        if on { f.links.push(gid.clone()); }
                                                    });
                                                    changed();
                                                }/>
                                            <span>{move || crate::pages::goals::title_or_untitled(state.lang.get(), &title)}</span>
                                            <span class="goal-status" data-status=status.as_str()>{move || state.t(labels::goal_status(status))}</span>
                                        </label>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    </Show>
                </fieldset>
            </form>
            <crate::pages::mentor::comments::ReceivedComments target=Signal::derive(move || id.get_value())/>
        </section>
    }
}
