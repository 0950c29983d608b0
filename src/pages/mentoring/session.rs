//! One session: its status (planned → held or cancelled, and back), the autosaving form (date,
//! time, duration, mode, agenda, Markdown notes with a safe preview, outcomes, feedback
//! received), the usefulness rating, the goals it worked on, its action items, and delete with
//! a confirm step. Esc closes it, back to the person.
//!
//! The form and the immediate actions (status, rating, goals) both start from the session as
//! stored at that moment, so an action taken while a form edit waits for its autosave loses
//! neither.

use super::actions::{ActionRow, AddAction, RowContext};
use super::checks::Checks;
use super::{display_name, fill, name_of, session_badge, stored};
use crate::browser;
use crate::domain::date::Date;
use crate::domain::goal::{Goal, GoalStatus};
use crate::domain::markdown::render_markdown;
use crate::domain::mentoring::action::{sort_for_list, Action};
use crate::domain::mentoring::person::Person;
use crate::domain::mentoring::session::{
    validate, Session, SessionError, SessionStatus, Time, DURATION_MAX, RATING_MAX,
};
use crate::domain::mentoring::Mode;
use crate::domain::record::kinds;
use crate::domain::sort::OneSort;
use crate::i18n::mentoring_messages as labels;
use crate::i18n::MentoringScreensKey;
use crate::i18n::{Key, MentoringKey as K};
use crate::state::{use_state, AppState};
use crate::ui::form::{Debounce, SaveIndicator, AUTOSAVE_DELAY};
use crate::ui::{focus_when_ready, icons, Loading};
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_params_map};

/// The fields the form owns (the rest changes through the buttons).
const FORM_FIELDS: [&str; 7] = [
    "date",
    "duration_minutes",
    "agenda",
    "notes",
    "outcomes",
    "feedback",
    "time",
];

fn session_error(e: &SessionError) -> K {
    match e {
        SessionError::NoPerson => K::UnknownPerson,
        SessionError::DateMissing => K::ErrDateRequired,
        SessionError::DateOutOfRange => K::ErrDateOutOfRange,
        SessionError::HeldInFuture => K::ErrHeldInFuture,
        SessionError::DurationZero | SessionError::DurationTooLong { .. } => K::ErrDuration,
        SessionError::RatingOutOfRange => K::ErrRating,
        SessionError::AgendaTooLong { .. }
        | SessionError::OutcomesTooLong { .. }
        | SessionError::FeedbackTooLong { .. } => K::ErrTextTooLong,
        SessionError::NotesTooLong { .. } => K::ErrNotesTooLong,
    }
}

fn stored_session(state: AppState, id: &str) -> Option<Session> {
    stored(state, kinds::SESSION, id)
}

#[component]
pub fn SessionPage() -> impl IntoView {
    let state = use_state();
    let params = use_params_map();
    let id = move || params.with(|p| p.get("id").unwrap_or_default());
    view! {
        <Show when=move || state.loaded.get() fallback=move || view! {
            <Loading page=true/>
        }>
            {move || {
                let id = id();
                match stored_session(state, &id) {
                    Some(s) => view! { <SessionEditor id=id session=s/> }.into_any(),
                    None => view! { <SessionNotFound/> }.into_any(),
                }
            }}
        </Show>
    }
}

#[component]
fn SessionNotFound() -> impl IntoView {
    let state = use_state();
    view! {
        <section class="page">
            <p class="empty-note" role="alert">{move || state.t(MentoringScreensKey::SessionNotFound)}</p>
            <a class="btn btn-secondary" href="/people">{move || state.t(MentoringScreensKey::BackToPeople)}</a>
        </section>
    }
}

/// The typed fields as typed: date, time and duration as text, so half-typed values are kept.
#[derive(Clone, PartialEq)]
struct SessionForm {
    date: String,
    time: String,
    duration: String,
    mode: Mode,
    agenda: String,
    notes: String,
    outcomes: String,
    feedback: String,
}

impl SessionForm {
    fn from_session(s: &Session) -> SessionForm {
        SessionForm {
            date: s.date.map(|d| d.to_string()).unwrap_or_default(),
            time: s.time.map(|t| t.to_string()).unwrap_or_default(),
            duration: s
                .duration_minutes
                .map(|m| m.to_string())
                .unwrap_or_default(),
            mode: s.mode,
            agenda: s.agenda.clone(),
            notes: s.notes.clone(),
            outcomes: s.outcomes.clone(),
            feedback: s.feedback.clone(),
        }
    }

    /// `base` with the form's fields, the form's errors and the fields that could not be read.
    fn apply(
        &self,
        base: &Session,
        today: Date,
    ) -> (Session, Vec<SessionError>, Vec<(&'static str, K)>) {
        let mut s = base.clone();
        let mut unreadable = Vec::new();
        s.mode = self.mode;
        s.agenda = self.agenda.clone();
        s.notes = self.notes.clone();
        s.outcomes = self.outcomes.clone();
        s.feedback = self.feedback.clone();
        let date = self.date.trim();
        s.date = if date.is_empty() {
            None
        } else {
            Date::parse(date).or_else(|| {
                unreadable.push(("date", K::ErrDateInvalid));
                base.date
            })
        };
        let time = self.time.trim();
        s.time = if time.is_empty() {
            None
        } else {
            Time::parse(time).or_else(|| {
                unreadable.push(("time", K::ErrTimeInvalid));
                base.time
            })
        };
        let duration = self.duration.trim();
        s.duration_minutes = if duration.is_empty() {
            None
        } else {
            match duration.parse::<u32>() {
                Ok(m) => Some(m),
                Err(_) => {
                    unreadable.push(("duration_minutes", K::ErrDuration));
                    base.duration_minutes
                }
            }
        };
        let errors = validate(&s, today)
            .into_iter()
            .filter(|e| FORM_FIELDS.contains(&e.field()) || *e == SessionError::HeldInFuture)
            .collect();
        (s, errors, unreadable)
    }
}

/// Applies a change to the session as stored now and saves it, unless it brings a validation
/// error the session did not have (returned instead).
fn act(state: AppState, id: &str, f: impl FnOnce(&mut Session)) -> Result<(), Vec<SessionError>> {
    let Some(before) = stored_session(state, id) else {
        return Ok(());
    };
    let today = browser::today();
    let mut after = before.clone();
    f(&mut after);
    let old = validate(&before, today);
    let new: Vec<SessionError> = validate(&after, today)
        .into_iter()
        .filter(|e| !old.contains(e))
        .collect();
    if !new.is_empty() {
        return Err(new);
    }
    state.save_view(kinds::SESSION, id, &after);
    Ok(())
}

#[component]
fn SessionEditor(id: String, session: Session) -> impl IntoView {
    let state = use_state();
    let navigate = use_navigate();
    let id = StoredValue::new(id);
    let live = Memo::new(move |_| {
        state.records.with(|m| {
            m.get(&id.get_value())
                .filter(|r| !r.deleted && r.kind == kinds::SESSION)
                .and_then(|r| r.view::<Session>().ok())
        })
    });
    let person_id = Signal::derive(move || {
        live.with(|s| s.as_ref().map(|s| s.person.clone()).unwrap_or_default())
    });
    let person = Memo::new(move |_| {
        let pid = person_id.get();
        state.records.with(|m| {
            m.get(&pid)
                .filter(|r| !r.deleted && r.kind == kinds::PERSON)
                .and_then(|r| r.view::<Person>().ok())
        })
    });
    let person_name = Signal::derive(move || {
        person.with(|p| p.as_ref().map(|p| p.name.clone()).unwrap_or_default())
    });
    let back = move || format!("/people/{}", person_id.get_untracked());

    let form = RwSignal::new(SessionForm::from_session(&session));
    let checks = Checks::<SessionError>::new(SessionError::field, session_error);
    let debounce = Debounce::new();
    let dirty = StoredValue::new(false);
    let preview = RwSignal::new(false);

    let save_now = move || {
        if dirty.try_get_value() != Some(true) {
            return;
        }
        let Some(base) = stored_session(state, &id.get_value()) else {
            return;
        };
        let (s, errs, unreadable) = form.with_untracked(|f| f.apply(&base, browser::today()));
        let ok = errs.is_empty() && unreadable.is_empty();
        checks.set(errs, unreadable);
        if ok {
            state.save_view(kinds::SESSION, &id.get_value(), &s);
            dirty.set_value(false);
        }
    };
    let changed = move || {
        checks.touched.set(true);
        dirty.set_value(true);
        if let Some(base) = stored_session(state, &id.get_value()) {
            let (_, errs, unreadable) = form.with_untracked(|f| f.apply(&base, browser::today()));
            checks.set(errs, unreadable);
        }
        debounce.schedule(AUTOSAVE_DELAY, save_now);
    };

    Effect::new(move |_| {
        if let Some(stored) = live.get() {
            let stored_form = SessionForm::from_session(&stored);
            if !dirty.get_value() && form.with_untracked(|f| *f != stored_form) {
                form.set(stored_form);
            }
        }
    });

    let confirm_delete = RwSignal::new(false);
    let nav_esc = navigate.clone();
    let esc = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() != "Escape" || ev.default_prevented() {
            return;
        }
        ev.prevent_default();
        if confirm_delete.get_untracked() {
            confirm_delete.set(false);
            return;
        }
        save_now();
        nav_esc(&back(), Default::default());
    });
    // Saves on pagehide, visibilitychange and cleanup, before the cleanup below runs.
    crate::ui::form::save_on_leave(save_now);
    on_cleanup(move || {
        esc.remove();
    });

    let field_error = move |field: &'static str| move || checks.message(state.lang.get(), field);
    let invalid = move |field: &'static str| move || field_error(field)().is_some().to_string();
    let set = move |f: fn(&mut SessionForm, String)| {
        move |ev: leptos::ev::Event| {
            let v = event_target_value(&ev);
            form.update(|form| f(form, v));
            changed();
        }
    };
    let close_nav = navigate.clone();
    let close = move |_| {
        save_now();
        close_nav(&back(), Default::default());
    };
    let heading = move || {
        let lang = state.lang.get();
        let name = person.with(|p| name_of(lang, p.as_ref()));
        fill(lang.t(MentoringScreensKey::SessionWith), &[("name", &name)])
    };
    let when_line = move || {
        let lang = state.lang.get();
        live.with(|s| {
            s.as_ref()
                .and_then(|s| s.date.map(|d| lang.date_time(d, s.time)))
        })
    };

    view! {
        <Show when=move || live.with(|s| s.is_some()) fallback=|| view! { <SessionNotFound/> }>
            <section class="page session-detail" aria-labelledby="session-heading">
                <header class="page-header editor-header">
                    <div class="session-title">
                        <h1 id="session-heading">{heading}</h1>
                        <p class="muted">{when_line}</p>
                    </div>
                    <div class="editor-actions">
                        <SaveIndicator state=state dirty_errors=Signal::derive(move || checks.blocking())/>
                        <button type="button" class="btn btn-secondary" on:click=close.clone() title=move || state.t(Key::CloseEditorHint)>
                            {icons::close()}<span>{move || state.t(Key::Close)}</span>
                        </button>
                    </div>
                </header>
                <p class="back-link">
                    <a href=move || format!("/people/{}", person_id.get())>
                        {move || fill(state.t(MentoringScreensKey::BackTo), &[("name", &display_name(state.lang.get(), &person_name.get()))])}
                    </a>
                </p>

                <StatusCard id=id live=live save_now=save_now/>

                <form class="entry-form session-form" on:submit=|ev| ev.prevent_default() novalidate>
                    <div class="field-row session-when">
                        <div class="field">
                            <label for="session-date">{move || state.t(MentoringScreensKey::FieldDate)}</label>
                            <input id="session-date" type="date" min="1900-01-01" max="2200-12-31"
                                aria-invalid=move || (invalid("date")() == "true" || invalid("status")() == "true").to_string()
                                aria-describedby="session-date-error"
                                prop:value=move || form.with(|f| f.date.clone())
                                on:input=set(|f, v| f.date = v)/>
                            // A held session moved into the future is a problem of its date.
                            <p id="session-date-error" class="field-error" aria-live="polite">{move || {
                                let parts: Vec<String> = [field_error("date")(), field_error("status")()].into_iter().flatten().collect();
                                (!parts.is_empty()).then(|| parts.join(" "))
                            }}</p>
                        </div>
                        <div class="field">
                            <label for="session-time">{move || state.t(MentoringScreensKey::FieldTime)}</label>
                            <input id="session-time" type="time"
                                aria-invalid=invalid("time") aria-describedby="session-time-error"
                                prop:value=move || form.with(|f| f.time.clone())
                                on:input=set(|f, v| f.time = v)/>
                            <p id="session-time-error" class="field-error" aria-live="polite">{field_error("time")}</p>
                        </div>
                        <div class="field">
                            <label for="session-duration">{move || state.t(MentoringScreensKey::FieldDuration)}</label>
                            <input id="session-duration" type="number" inputmode="numeric" min="1" max=DURATION_MAX.to_string() step="5"
                                aria-invalid=invalid("duration_minutes") aria-describedby="session-duration-error"
                                prop:value=move || form.with(|f| f.duration.clone())
                                on:input=set(|f, v| f.duration = v)/>
                            <p id="session-duration-error" class="field-error" aria-live="polite">{field_error("duration_minutes")}</p>
                        </div>
                        <div class="field">
                            <label for="session-mode">{move || state.t(MentoringScreensKey::FieldSessionMode)}</label>
                            <select id="session-mode" on:change=move |ev| {
                                let m = Mode::parse(&event_target_value(&ev)).unwrap_or_default();
                                form.update(|f| f.mode = m);
                                changed();
                            }>
                                {Mode::ALL.into_iter().map(|m| view! {
                                    <option value=m.as_str() selected=move || form.with(|f| f.mode == m)>
                                        {move || state.t(labels::mode(m))}
                                    </option>
                                }).collect_view()}
                            </select>
                        </div>
                    </div>
                    <div class="field field-wide">
                        <label for="session-agenda">{move || state.t(MentoringScreensKey::FieldAgenda)}</label>
                        <textarea id="session-agenda" rows="4" class="short-text"
                            aria-invalid=invalid("agenda") aria-describedby="session-agenda-error"
                            prop:value=move || form.with(|f| f.agenda.clone())
                            on:input=set(|f, v| f.agenda = v)></textarea>
                        <p id="session-agenda-error" class="field-error" aria-live="polite">{field_error("agenda")}</p>
                    </div>
                    <div class="field field-wide">
                        <div class="body-label-row">
                            <label for="session-notes">{move || state.t(MentoringScreensKey::FieldNotes)}</label>
                            <div class="segmented" role="group">
                                <button type="button" aria-pressed=move || (!preview.get()).to_string()
                                    on:click=move |_| preview.set(false)>{move || state.t(Key::TabWrite)}</button>
                                <button type="button" aria-pressed=move || preview.get().to_string()
                                    on:click=move |_| preview.set(true)>{move || state.t(Key::TabPreview)}</button>
                            </div>
                        </div>
                        <textarea id="session-notes" rows="8" class="notes-text" hidden=move || preview.get()
                            aria-invalid=invalid("notes") aria-describedby="session-notes-error"
                            prop:value=move || form.with(|f| f.notes.clone())
                            on:input=set(|f, v| f.notes = v)></textarea>
                        <Show when=move || preview.get()>
                            <div class="markdown preview" aria-live="polite">
                                {move || {
                                    let body = form.with(|f| f.notes.clone());
                                    if body.trim().is_empty() {
                                        view! { <p class="muted">{state.t(Key::PreviewEmpty)}</p> }.into_any()
                                    } else {
                                        view! { <div inner_html=render_markdown(&body)></div> }.into_any()
                                    }
                                }}
                            </div>
                        </Show>
                        <p id="session-notes-error" class="field-error" aria-live="polite">{field_error("notes")}</p>
                    </div>
                    <div class="field-row">
                        <div class="field">
                            <label for="session-outcomes">{move || state.t(MentoringScreensKey::FieldOutcomes)}</label>
                            <textarea id="session-outcomes" rows="3" class="short-text"
                                aria-invalid=invalid("outcomes") aria-describedby="session-outcomes-error"
                                prop:value=move || form.with(|f| f.outcomes.clone())
                                on:input=set(|f, v| f.outcomes = v)></textarea>
                            <p id="session-outcomes-error" class="field-error" aria-live="polite">{field_error("outcomes")}</p>
                        </div>
                        <div class="field">
                            <label for="session-feedback">{move || state.t(MentoringScreensKey::FieldFeedback)}</label>
                            <textarea id="session-feedback" rows="3" class="short-text"
                                aria-invalid=invalid("feedback") aria-describedby="session-feedback-error"
                                prop:value=move || form.with(|f| f.feedback.clone())
                                on:input=set(|f, v| f.feedback = v)></textarea>
                            <p id="session-feedback-error" class="field-error" aria-live="polite">{field_error("feedback")}</p>
                        </div>
                    </div>
                    <Rating id=id live=live/>
                    <LinkedGoals id=id live=live/>
                </form>

                <SessionActions id=id person_id=person_id person_name=person_name/>
                <crate::pages::mentor::comments::ReceivedComments target=Signal::derive(move || id.get_value())/>
                <DeleteSession id=id confirm=confirm_delete dirty=dirty back=Signal::derive(back)/>
            </section>
        </Show>
    }
}

#[component]
fn StatusCard(
    id: StoredValue<String>,
    live: Memo<Option<Session>>,
    save_now: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let state = use_state();
    let status =
        Memo::new(move |_| live.with(|s| s.as_ref().map(|s| s.status).unwrap_or_default()));
    let error = RwSignal::new(None::<K>);
    let set_status = move |to: SessionStatus| {
        // Date edits waiting for their autosave decide whether "held" is allowed.
        save_now();
        match act(state, &id.get_value(), |s| s.status = to) {
            Ok(()) => {
                error.set(None);
                focus_when_ready("session-status-heading");
            }
            Err(errs) => error.set(errs.first().map(session_error)),
        }
    };
    let line = move || {
        let lang = state.lang.get();
        let today = browser::today();
        live.with(|s| {
            let s = s.as_ref()?;
            Some(match s.status {
                SessionStatus::Planned if s.needs_recording(today) => {
                    lang.t(MentoringScreensKey::NeedsRecording).to_string()
                }
                SessionStatus::Planned => lang.t(MentoringScreensKey::PlannedExplain).to_string(),
                SessionStatus::Held => fill(
                    lang.t(MentoringScreensKey::HeldOn),
                    &[("date", &s.date.map(|d| lang.date(d)).unwrap_or_default())],
                ),
                SessionStatus::Cancelled => {
                    lang.t(MentoringScreensKey::CancelledExplain).to_string()
                }
            })
        })
    };
    view! {
        <section class="card session-status-card" aria-labelledby="session-status-heading">
            <div class="card-title-row">
                <h2 id="session-status-heading" tabindex="-1">{move || state.t(MentoringScreensKey::SessionStatusTitle)}</h2>
                {move || session_badge(state, status.get())}
            </div>
            <p class="muted">{line}</p>
            <p class="field-error" role="alert">{move || error.get().map(|k| state.t(k))}</p>
            <div class="actions">
                {move || match status.get() {
                    SessionStatus::Planned => view! {
                        <button type="button" class="btn btn-primary" on:click=move |_| set_status(SessionStatus::Held)>{move || state.t(MentoringScreensKey::MarkHeld)}</button>
                        <button type="button" class="btn btn-secondary" on:click=move |_| set_status(SessionStatus::Cancelled)>{move || state.t(MentoringScreensKey::CancelSession)}</button>
                    }.into_any(),
                    SessionStatus::Held | SessionStatus::Cancelled => view! {
                        <button type="button" class="btn btn-secondary" on:click=move |_| set_status(SessionStatus::Planned)>{move || state.t(MentoringScreensKey::BackToPlanned)}</button>
                    }.into_any(),
                }}
            </div>
        </section>
    }
}

/// The usefulness rating: five radio buttons (arrow keys move between them) and a way back to
/// "not rated".
#[component]
fn Rating(id: StoredValue<String>, live: Memo<Option<Session>>) -> impl IntoView {
    let state = use_state();
    let rating = Memo::new(move |_| live.with(|s| s.as_ref().and_then(|s| s.rating)));
    let set = move |r: Option<u8>| {
        let _ = act(state, &id.get_value(), |s| s.rating = r);
    };
    view! {
        <fieldset class="rating" aria-describedby="rating-hint">
            <legend>{move || state.t(MentoringScreensKey::FieldRating)}</legend>
            <div class="rating-row">
                {(1..=RATING_MAX).map(|n| {
                    let input_id = format!("rating-{n}");
                    view! {
                        <input type="radio" name="session-rating" id=input_id.clone() class="rating-input"
                            value=n.to_string()
                            aria-label=move || fill(state.t(MentoringScreensKey::RatingOf), &[("n", &n.to_string())])
                            prop:checked=move || rating.get() == Some(n)
                            on:change=move |_| set(Some(n))/>
                        <label for=input_id class="rating-option">{n}</label>
                    }
                }).collect_view()}
                <Show when=move || rating.get().is_some()>
                    <button type="button" class="btn btn-link" on:click=move |_| set(None)>{move || state.t(MentoringScreensKey::RatingClear)}</button>
                </Show>
            </div>
            <p id="rating-hint" class="field-hint">{move || state.t(MentoringScreensKey::RatingHint)}</p>
        </fieldset>
    }
}

#[component]
fn LinkedGoals(id: StoredValue<String>, live: Memo<Option<Session>>) -> impl IntoView {
    let state = use_state();
    let linked =
        Memo::new(move |_| live.with(|s| s.as_ref().map(|s| s.goals.clone()).unwrap_or_default()));
    // Active and draft goals, plus any closed goal already linked (so it can be unlinked).
    let options = Memo::new(move |_| {
        let linked = linked.get();
        let mut g: Vec<(String, String, GoalStatus)> = state
            .views::<Goal>(kinds::GOAL)
            .into_iter()
            .filter(|(gid, g)| {
                matches!(g.status, GoalStatus::Active | GoalStatus::Draft) || linked.contains(gid)
            })
            .map(|(gid, g)| (gid, g.title, g.status))
            .collect();
        g.one_sort_by(|a, b| a.1.cmp(&b.1).then_with(|| a.0.cmp(&b.0)));
        g
    });
    view! {
        <fieldset class="linked-goals" aria-describedby="session-goals-hint">
            <legend>{move || state.t(MentoringScreensKey::SessionGoals)}</legend>
            <Show when=move || options.with(|o| !o.is_empty()) fallback=move || view! {
                <p id="session-goals-hint" class="field-hint">
                    {move || state.t(MentoringScreensKey::SessionGoalsNone)}" "
                    <a href="/goals">{move || state.t(Key::NavGoals)}</a>
                </p>
            }>
                <p id="session-goals-hint" class="field-hint">{move || state.t(MentoringScreensKey::SessionGoalsHint)}</p>
                <ul class="linked-goal-list">
                    {move || options.get().into_iter().map(|(gid, title, status)| {
                        let gid_checked = gid.clone();
                        view! {
                            <li>
                                <label class="check">
                                    <input type="checkbox"
                                        prop:checked=move || linked.with(|l| l.contains(&gid_checked))
                                        on:change=move |ev| {
                                            let on = event_target_checked(&ev);
                                            let g = gid.clone();
                                            let _ = act(state, &id.get_value(), move |s| s.link_goal(&g, on));
                                        }/>
                                    <span>{move || crate::pages::goals::title_or_untitled(state.lang.get(), &title)}</span>
                                    <span class="goal-status" data-status=status.as_str()>{move || state.t(crate::i18n::labels::goal_status(status))}</span>
                                </label>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </Show>
        </fieldset>
    }
}

#[component]
fn SessionActions(
    id: StoredValue<String>,
    person_id: Signal<String>,
    person_name: Signal<String>,
) -> impl IntoView {
    let state = use_state();
    let today = browser::today();
    // Open ones first, overdue on top; ticking one moves it down among the done ones.
    let ids = Memo::new(move |_| {
        let sid = id.get_value();
        let mut mine: Vec<(String, Action)> = state
            .views::<Action>(kinds::ACTION)
            .into_iter()
            .filter(|(_, a)| a.session.as_deref() == Some(sid.as_str()))
            .collect();
        sort_for_list(&mut mine, today);
        mine.into_iter().map(|(i, _)| i).collect::<Vec<_>>()
    });
    view! {
        <section class="card session-actions" aria-labelledby="session-actions-heading">
            <h2 id="session-actions-heading">{move || state.t(MentoringScreensKey::ActionsTitle)}</h2>
            <Show when=move || ids.with(|i| !i.is_empty()) fallback=move || view! {
                <p class="muted">{move || state.t(MentoringScreensKey::ActionsEmpty)}</p>
            }>
                <ul class="action-list">
                    <For each=move || ids.get() key=|i| i.clone() let:aid>
                        <ActionRow id=aid person_name=person_name context=RowContext::Session/>
                    </For>
                </ul>
            </Show>
            <AddAction session_id=id person_id=person_id person_name=person_name/>
        </section>
    }
}

#[component]
fn DeleteSession(
    id: StoredValue<String>,
    confirm: RwSignal<bool>,
    dirty: StoredValue<bool>,
    back: Signal<String>,
) -> impl IntoView {
    let state = use_state();
    let navigate = use_navigate();
    let delete = move |_| {
        dirty.set_value(false);
        let sid = id.get_value();
        let target = back.get_untracked();
        let actions: Vec<String> = state.records.with_untracked(|m| {
            m.values()
                .filter(|r| {
                    !r.deleted
                        && r.kind == kinds::ACTION
                        && r.fields.get("session").and_then(|v| v.as_str()) == Some(sid.as_str())
                })
                .map(|r| r.id.clone())
                .collect()
        });
        for aid in actions {
            state.delete_record(&aid);
        }
        state.delete_record(&sid);
        navigate(&target, Default::default());
    };
    view! {
        <section class="danger-zone">
            <Show when=move || confirm.get() fallback=move || view! {
                <button type="button" class="btn btn-danger-quiet" on:click=move |_| {
                    confirm.set(true);
                    focus_when_ready("session-delete-cancel");
                }>
                    {icons::trash()}<span>{move || state.t(MentoringScreensKey::DeleteSession)}</span>
                </button>
            }>
                <div class="card card-danger" role="group" aria-labelledby="session-delete-question">
                    <p id="session-delete-question">{move || state.t(MentoringScreensKey::DeleteSessionConfirm)}</p>
                    <div class="actions">
                        <button type="button" class="btn btn-danger" on:click=delete.clone()>{move || state.t(MentoringScreensKey::DeleteSessionYes)}</button>
                        <button type="button" class="btn btn-secondary" id="session-delete-cancel" on:click=move |_| confirm.set(false)>
                            {move || state.t(Key::Cancel)}
                        </button>
                    </div>
                </div>
            </Show>
        </section>
    }
}
