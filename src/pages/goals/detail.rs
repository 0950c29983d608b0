//! One goal: the autosaving form (title, why, measure of success, category, target date), its
//! planned development (methods and competencies, in [`super::development`]), the status
//! actions (activate, achieve or drop with a short reflection, reopen), milestones (add, tick
//! off, reorder, remove), progress (from milestones, or by hand when there are none), the
//! journal entries that are its evidence, its history, and delete with a confirm step. Esc
//! closes it.
//!
//! The form and the actions both start from the goal as stored at that moment, so an action
//! taken while a form edit waits for its autosave loses neither.

use super::{fill, flag_badges, title_or_untitled, ProgressBar};
use crate::browser;
use crate::domain::date::Date;
use crate::domain::goal::{
    evidence, flags, overdue_milestones, progress, validate, Goal, GoalCategory, GoalChange,
    GoalError, GoalStatus, HistoryItem,
};
use crate::domain::record::kinds;
use crate::i18n::GoalKey;
use crate::i18n::{labels, Key, Lang};
use crate::state::{use_state, AppState};
use crate::ui::form::{Debounce, FieldErrors, SaveIndicator, AUTOSAVE_DELAY};
use crate::ui::icons;
use crate::ui::{focus_when_ready, Loading};
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_params_map, use_query_map};

/// The fields of the form that the user types (the rest of a goal changes through actions).
const FORM_FIELDS: [&str; 4] = ["title", "why", "measure", "target_date"];

fn stored_goal(state: AppState, id: &str) -> Option<Goal> {
    state
        .records
        .with_untracked(|m| m.get(id).cloned())
        .filter(|r| !r.deleted && r.kind == kinds::GOAL)
        .and_then(|r| r.view::<Goal>().ok())
}

#[component]
pub fn GoalDetailPage() -> impl IntoView {
    let state = use_state();
    let params = use_params_map();
    let query = use_query_map();
    let id = move || params.with(|p| p.get("id").unwrap_or_default());
    view! {
        <Show when=move || state.loaded.get() fallback=move || view! {
            <Loading page=true/>
        }>
            {move || {
                let id = id();
                // Untracked: the screen must not be rebuilt by its own saves.
                let is_new = query.with_untracked(|q| q.get("new").is_some());
                match stored_goal(state, &id) {
                    Some(goal) => view! { <GoalEditor id=id goal=goal is_new=is_new/> }.into_any(),
                    None => view! { <GoalNotFound/> }.into_any(),
                }
            }}
        </Show>
    }
}

#[component]
fn GoalNotFound() -> impl IntoView {
    let state = use_state();
    view! {
        <section class="page">
            <p class="empty-note" role="alert">{move || state.t(GoalKey::GoalNotFound)}</p>
            <a class="btn btn-secondary" href="/goals">{move || state.t(GoalKey::GoalBack)}</a>
        </section>
    }
}

/// The typed fields as typed (the date as text, so an unfinished date is not lost).
#[derive(Clone, PartialEq)]
struct GoalForm {
    title: String,
    why: String,
    measure: String,
    category: GoalCategory,
    target: String,
}

impl GoalForm {
    fn from_goal(g: &Goal) -> GoalForm {
        GoalForm {
            title: g.title.clone(),
            why: g.why.clone(),
            measure: g.measure.clone(),
            category: g.category,
            target: g.target_date.map(|d| d.to_string()).unwrap_or_default(),
        }
    }

    /// `base` with the form's fields, the form errors, and whether the date failed to parse.
    fn apply(&self, base: &Goal) -> (Goal, Vec<GoalError>, bool) {
        let mut g = base.clone();
        g.title = self.title.clone();
        g.why = self.why.clone();
        g.measure = self.measure.clone();
        g.category = self.category;
        let text = self.target.trim();
        let (target, bad_date) = if text.is_empty() {
            (None, false)
        } else {
            match Date::parse(text) {
                Some(d) => (Some(d), false),
                None => (base.target_date, true),
            }
        };
        g.target_date = target;
        let errors = validate(&g)
            .into_iter()
            .filter(|e| FORM_FIELDS.contains(&e.field()))
            .collect();
        (g, errors, bad_date)
    }
}

/// Applies an action to the goal as stored now and saves it, unless the action introduces a
/// validation error (those are returned; errors that were there before do not block it).
pub(super) fn act(
    state: AppState,
    id: &str,
    f: impl FnOnce(&mut Goal, Date) -> bool,
) -> Result<bool, Vec<GoalError>> {
    let Some(before) = stored_goal(state, id) else {
        return Ok(false);
    };
    let mut after = before.clone();
    if !f(&mut after, browser::today()) {
        return Ok(false);
    }
    let old = validate(&before);
    let new: Vec<GoalError> = validate(&after)
        .into_iter()
        .filter(|e| !old.contains(e))
        .collect();
    if !new.is_empty() {
        return Err(new);
    }
    state.save_view(kinds::GOAL, id, &after);
    Ok(true)
}

#[component]
fn GoalEditor(id: String, goal: Goal, is_new: bool) -> impl IntoView {
    let state = use_state();
    let navigate = use_navigate();
    let id = StoredValue::new(id);
    let live = Memo::new(move |_| {
        state.records.with(|m| {
            m.get(&id.get_value())
                .filter(|r| !r.deleted && r.kind == kinds::GOAL)
                .and_then(|r| r.view::<Goal>().ok())
        })
    });
    let form = RwSignal::new(GoalForm::from_goal(&goal));
    let checks =
        FieldErrors::<GoalError>::new(false, "target_date", GoalError::field, labels::goal_error);
    let debounce = Debounce::new();
    let dirty = StoredValue::new(false);

    let save_now = move || {
        if dirty.try_get_value() != Some(true) {
            return;
        }
        let Some(base) = stored_goal(state, &id.get_value()) else {
            return;
        };
        let (goal, errs, bad_date) = form.with_untracked(|f| f.apply(&base));
        let ok = errs.is_empty() && !bad_date;
        checks.set(errs, bad_date);
        if ok {
            state.save_view(kinds::GOAL, &id.get_value(), &goal);
            dirty.set_value(false);
        }
    };

    let changed = move || {
        checks.touched.set(true);
        dirty.set_value(true);
        if let Some(base) = stored_goal(state, &id.get_value()) {
            let (_, errs, bad_date) = form.with_untracked(|f| f.apply(&base));
            checks.set(errs, bad_date);
        }
        debounce.schedule(AUTOSAVE_DELAY, save_now);
    };

    // Another tab (or a sync) changed the typed fields: show them, unless mid-edit here.
    Effect::new(move |_| {
        if let Some(stored) = live.get() {
            let stored_form = GoalForm::from_goal(&stored);
            if !dirty.get_value() && form.with_untracked(|f| *f != stored_form) {
                form.set(stored_form);
            }
        }
    });

    // Inline steps that Esc closes before it closes the screen.
    let closing = RwSignal::new(None::<GoalStatus>);
    let confirm_delete = RwSignal::new(false);

    let nav_esc = navigate.clone();
    let esc = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() != "Escape" || ev.default_prevented() {
            return;
        }
        ev.prevent_default();
        if let Some(to) = closing.get_untracked() {
            closing.set(None);
            focus_when_ready(close_button_id(to));
            return;
        }
        if confirm_delete.get_untracked() {
            confirm_delete.set(false);
            focus_when_ready("goal-delete");
            return;
        }
        let closed = id.get_value();
        save_now();
        nav_esc("/goals", Default::default());
        focus_in_list(&closed);
    });
    // Saves on pagehide, visibilitychange and cleanup, before the cleanup below runs.
    crate::ui::form::save_on_leave(save_now);
    on_cleanup(move || {
        esc.remove();
        // A new goal left untouched is discarded rather than kept as "Untitled".
        if is_new {
            if let Some(id) = id.try_get_value() {
                if stored_goal(state, &id).is_some_and(|g| is_pristine(&g)) {
                    state.delete_record(&id);
                }
            }
        }
    });

    if is_new {
        crate::ui::focus_when_ready("goal-title");
    }

    let field_error = move |field: &'static str| move || checks.message(state.lang.get(), field);
    let invalid = move |field: &'static str| move || field_error(field)().is_some().to_string();
    let set = move |f: fn(&mut GoalForm, String)| {
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
        close_nav("/goals", Default::default());
        focus_in_list(&closed);
    };

    let heading = move || title_or_untitled(state.lang.get(), &form.with(|f| f.title.clone()));

    view! {
        <Show when=move || live.with(|g| g.is_some()) fallback=|| view! { <GoalNotFound/> }>
            <section class="page goal-detail" aria-labelledby="goal-heading">
                <header class="page-header editor-header">
                    <h1 id="goal-heading" class="goal-heading">{heading}</h1>
                    <div class="editor-actions">
                        <SaveIndicator state=state dirty_errors=Signal::derive(move || checks.blocking())/>
                        <button type="button" class="btn btn-secondary" on:click=close.clone() title=move || state.t(Key::CloseEditorHint)>
                            {icons::close()}<span>{move || state.t(Key::Close)}</span>
                        </button>
                    </div>
                </header>

                <StatusCard id=id live=live closing=closing/>

                <form class="entry-form goal-form" on:submit=|ev| ev.prevent_default() novalidate>
                    <div class="field field-wide">
                        <label for="goal-title">{move || state.t(Key::FieldTitle)}</label>
                        <input id="goal-title" type="text" autocomplete="off" maxlength="400"
                            aria-invalid=invalid("title") aria-describedby="goal-title-error"
                            prop:value=move || form.with(|f| f.title.clone())
                            on:input=set(|f, v| f.title = v)/>
                        <p id="goal-title-error" class="field-error" aria-live="polite">{field_error("title")}</p>
                    </div>
                    <div class="field field-wide">
                        <label for="goal-why">{move || state.t(GoalKey::GoalFieldWhy)}</label>
                        <textarea id="goal-why" rows="3" class="goal-text"
                            aria-invalid=invalid("why") aria-describedby="goal-why-error"
                            prop:value=move || form.with(|f| f.why.clone())
                            on:input=set(|f, v| f.why = v)></textarea>
                        <p id="goal-why-error" class="field-error" aria-live="polite">{field_error("why")}</p>
                    </div>
                    <div class="field field-wide">
                        <label for="goal-measure">{move || state.t(GoalKey::GoalFieldMeasure)}</label>
                        <textarea id="goal-measure" rows="3" class="goal-text"
                            aria-invalid=invalid("measure") aria-describedby="goal-measure-hint goal-measure-error"
                            prop:value=move || form.with(|f| f.measure.clone())
                            on:input=set(|f, v| f.measure = v)></textarea>
                        <p id="goal-measure-hint" class="field-hint">{move || state.t(GoalKey::GoalFieldMeasureHint)}</p>
                        <p id="goal-measure-error" class="field-error" aria-live="polite">{field_error("measure")}</p>
                    </div>
                    <div class="field-row">
                        <div class="field">
                            <label for="goal-category">{move || state.t(GoalKey::GoalFieldCategory)}</label>
                            <select id="goal-category" on:change=move |ev| {
                                let c = GoalCategory::parse(&event_target_value(&ev)).unwrap_or_default();
                                form.update(|f| f.category = c);
                                changed();
                            }>
                                {GoalCategory::ALL.into_iter().map(|c| view! {
                                    <option value=c.as_str() selected=move || form.with(|f| f.category == c)>
                                        {move || state.t(labels::goal_category(c))}
                                    </option>
                                }).collect_view()}
                            </select>
                        </div>
                        <div class="field">
                            <label for="goal-target">{move || state.t(GoalKey::GoalFieldTarget)}</label>
                            <input id="goal-target" type="date" min="1900-01-01" max="2200-12-31"
                                aria-invalid=invalid("target_date") aria-describedby="goal-target-error"
                                prop:value=move || form.with(|f| f.target.clone())
                                on:input=set(|f, v| f.target = v)/>
                            <p id="goal-target-error" class="field-error" aria-live="polite">{field_error("target_date")}</p>
                        </div>
                    </div>
                    <super::development::Development id=id live=live/>
                </form>

                <crate::pages::mentor::comments::ReceivedComments target=Signal::derive(move || id.get_value())/>
                <Milestones id=id live=live/>
                <Evidence id=id live=live/>
                <History live=live/>
                <DeleteGoal id=id confirm=confirm_delete dirty=dirty/>
            </section>
        </Show>
    }
}

/// Back on the list, the keyboard focus goes to the goal just closed (unless it was discarded).
fn focus_in_list(id: &str) {
    crate::ui::focus_query_when_ready(format!("main a.goal-card-link[href=\"/goals/{id}\"]"));
}

/// The status button that opened the reflection step, which gets the focus back when it closes.
fn close_button_id(to: GoalStatus) -> &'static str {
    if to == GoalStatus::Achieved {
        "goal-achieve"
    } else {
        "goal-drop"
    }
}

/// Nothing typed, added or decided since `Goal::new`.
fn is_pristine(g: &Goal) -> bool {
    g.title.trim().is_empty()
        && g.why.trim().is_empty()
        && g.measure.trim().is_empty()
        && g.target_date.is_none()
        && g.status == GoalStatus::Draft
        && g.milestones.is_empty()
        && g.manual_progress.is_none()
        && g.entries.is_empty()
        && g.methods.is_empty()
        && g.competencies.is_empty()
        && g.category == GoalCategory::default()
}

fn status_line(lang: Lang, g: &Goal) -> String {
    let date = |d: Option<Date>| d.map(|d| lang.date(d)).unwrap_or_default();
    match g.status {
        GoalStatus::Draft => lang.t(GoalKey::GoalDraftExplain).to_string(),
        GoalStatus::Active => fill(
            lang.t(GoalKey::GoalActiveSince),
            &[("date", &date(g.activated))],
        ),
        GoalStatus::Achieved => fill(
            lang.t(GoalKey::GoalAchievedOn),
            &[("date", &date(g.closed))],
        ),
        GoalStatus::Dropped => fill(lang.t(GoalKey::GoalDroppedOn), &[("date", &date(g.closed))]),
    }
}

#[component]
fn StatusCard(
    id: StoredValue<String>,
    live: Memo<Option<Goal>>,
    closing: RwSignal<Option<GoalStatus>>,
) -> impl IntoView {
    let state = use_state();
    let status =
        Memo::new(move |_| live.with(|g| g.as_ref().map(|g| g.status).unwrap_or_default()));
    let reflection = RwSignal::new(String::new());
    let reflection_error = RwSignal::new(None::<Key>);
    let pct = Signal::derive(move || live.with(|g| g.as_ref().map(progress).unwrap_or(0)));

    let start_close = move |to: GoalStatus| {
        reflection.set(String::new());
        reflection_error.set(None);
        closing.set(Some(to));
        focus_when_ready("goal-reflection");
    };
    let activate = move |_| {
        let _ = act(state, &id.get_value(), |g, today| g.activate(today));
        // The button that was pressed is replaced by the next actions: keep the focus in the card.
        focus_when_ready("goal-status-heading");
    };
    let confirm = move |_| {
        let Some(to) = closing.get_untracked() else {
            return;
        };
        let text = reflection.get_untracked();
        let result = act(state, &id.get_value(), |g, today| match to {
            GoalStatus::Achieved => g.achieve(today, &text),
            _ => g.drop_goal(today, &text),
        });
        match result {
            Ok(_) => {
                closing.set(None);
                focus_when_ready("goal-status-heading");
            }
            Err(errs) => reflection_error.set(errs.first().map(labels::goal_error)),
        }
    };

    view! {
        <section class="card goal-status-card" aria-labelledby="goal-status-heading">
            <div class="goal-status-top">
                <h2 id="goal-status-heading" tabindex="-1">{move || state.t(GoalKey::GoalStatusHeading)}</h2>
                <span class="goal-status" data-status=move || status.get().as_str()>
                    {move || state.t(labels::goal_status(status.get()))}
                </span>
                <span class="badge" data-category=move || live.with(|g| g.as_ref().map(|g| g.category.as_str()).unwrap_or_default())>
                    {move || state.t(labels::goal_category(live.with(|g| g.as_ref().map(|g| g.category).unwrap_or_default())))}
                </span>
            </div>
            <p class="muted goal-status-line">{move || live.with(|g| g.as_ref().map(|g| status_line(state.lang.get(), g)).unwrap_or_default())}</p>
            <ProgressBar value=pct label=Signal::derive(move || state.t(GoalKey::GoalProgress).to_string())/>
            {move || live.with(|g| g.as_ref().map(|g| flag_badges(state, flags(g, browser::today()))))}
            {move || live.with(|g| g.as_ref().filter(|g| g.status.is_closed() && !g.reflection.is_empty()).map(|g| {
                let text = g.reflection.clone();
                view! {
                    <div class="goal-reflection">
                        <h3>{move || state.t(GoalKey::GoalReflection)}</h3>
                        <p>{text}</p>
                    </div>
                }
            }))}
            <Show when=move || closing.get().is_none()>
                <div class="actions">
                    {move || match status.get() {
                        GoalStatus::Draft => view! {
                            <button type="button" class="btn btn-primary" on:click=activate>{move || state.t(GoalKey::GoalActivate)}</button>
                            <button type="button" class="btn btn-secondary" id="goal-drop" on:click=move |_| start_close(GoalStatus::Dropped)>{move || state.t(GoalKey::GoalDrop)}</button>
                        }.into_any(),
                        GoalStatus::Active => view! {
                            <button type="button" class="btn btn-primary" id="goal-achieve" on:click=move |_| start_close(GoalStatus::Achieved)>{move || state.t(GoalKey::GoalAchieve)}</button>
                            <button type="button" class="btn btn-secondary" id="goal-drop" on:click=move |_| start_close(GoalStatus::Dropped)>{move || state.t(GoalKey::GoalDrop)}</button>
                        }.into_any(),
                        GoalStatus::Achieved | GoalStatus::Dropped => view! {
                            <button type="button" class="btn btn-secondary" on:click=activate>{move || state.t(GoalKey::GoalReopen)}</button>
                        }.into_any(),
                    }}
                </div>
            </Show>
            <Show when=move || closing.get().is_some()>
                <form class="goal-close-form" on:submit=move |ev| { ev.prevent_default(); confirm(()); } novalidate>
                    <div class="field">
                        <label for="goal-reflection">{move || state.t(if closing.get() == Some(GoalStatus::Achieved) { GoalKey::GoalReflectAchieve } else { GoalKey::GoalReflectDrop })}</label>
                        <textarea id="goal-reflection" rows="3" class="goal-text"
                            aria-invalid=move || reflection_error.get().is_some().to_string()
                            aria-describedby="goal-reflection-hint goal-reflection-error"
                            prop:value=move || reflection.get()
                            on:input=move |ev| { reflection.set(event_target_value(&ev)); reflection_error.set(None); }></textarea>
                        <p id="goal-reflection-hint" class="field-hint">{move || state.t(GoalKey::GoalReflectHint)}</p>
                        <p id="goal-reflection-error" class="field-error" aria-live="polite">{move || reflection_error.get().map(|k| state.t(k))}</p>
                    </div>
                    <div class="actions">
                        <button type="submit" class="btn btn-primary">
                            {move || state.t(if closing.get() == Some(GoalStatus::Achieved) { GoalKey::GoalConfirmAchieve } else { GoalKey::GoalConfirmDrop })}
                        </button>
                        <button type="button" class="btn btn-secondary" on:click=move |_| {
                            if let Some(to) = closing.get_untracked() {
                                focus_when_ready(close_button_id(to));
                            }
                            closing.set(None);
                        }>{move || state.t(Key::Cancel)}</button>
                    </div>
                </form>
            </Show>
        </section>
    }
}

#[component]
fn Milestones(id: StoredValue<String>, live: Memo<Option<Goal>>) -> impl IntoView {
    let state = use_state();
    let ids = Memo::new(move |_| {
        live.with(|g| {
            g.as_ref()
                .map(|g| {
                    g.milestones
                        .iter()
                        .map(|m| m.id.clone())
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let count = move || ids.with(|i| i.len());
    let done = move || {
        live.with(|g| {
            g.as_ref().map_or(0, |g| {
                g.milestones.iter().filter(|m| m.done.is_some()).count()
            })
        })
    };
    let new_title = RwSignal::new(String::new());
    let new_due = RwSignal::new(String::new());
    let add_error = RwSignal::new(None::<Key>);
    let list_error = RwSignal::new(None::<Key>);

    let add = move || {
        let title = new_title.get_untracked();
        if title.trim().is_empty() {
            add_error.set(Some(Key::GoalErrMilestoneTitleEmpty));
            focus_when_ready("milestone-new");
            return;
        }
        let due_text = new_due.get_untracked();
        let due = if due_text.trim().is_empty() {
            None
        } else {
            match Date::parse(due_text.trim()) {
                Some(d) => Some(d),
                None => {
                    add_error.set(Some(Key::ErrDateInvalid));
                    return;
                }
            }
        };
        let mid = browser::new_id();
        match act(state, &id.get_value(), |g, today| {
            g.add_milestone(mid, &title, due, today)
        }) {
            Ok(_) => {
                new_title.set(String::new());
                new_due.set(String::new());
                add_error.set(None);
                focus_when_ready("milestone-new");
            }
            Err(errs) => add_error.set(errs.first().map(labels::goal_error)),
        }
    };

    // Manual progress, only while there are no milestones.
    let manual = RwSignal::new(String::new());
    let manual_error = RwSignal::new(false);
    // Follows the stored value only when that changes (not on every save of the goal, which
    // would wipe a number being typed).
    let stored_manual =
        Memo::new(move |_| live.with(|g| g.as_ref().and_then(|g| g.manual_progress)));
    Effect::new(move |_| {
        let v = stored_manual.get();
        manual.set(v.map(|v| v.to_string()).unwrap_or_default());
    });
    let set_manual = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        manual.set(text.clone());
        match text.trim().parse::<u8>() {
            Ok(v) if v <= 100 => {
                manual_error.set(false);
                let _ = act(state, &id.get_value(), |g, today| g.set_progress(v, today));
            }
            _ if text.trim().is_empty() => manual_error.set(false),
            _ => manual_error.set(true),
        }
    };

    view! {
        <section class="card goal-milestones" aria-labelledby="milestones-heading">
            <h2 id="milestones-heading">{move || state.t(GoalKey::GoalMilestones)}</h2>
            <Show when=move || { count() > 0 } fallback=move || view! {
                <p class="muted">{move || state.t(GoalKey::GoalMilestonesEmpty)}</p>
            }>
                <p class="muted milestone-summary">{move || fill(state.t(GoalKey::GoalMilestonesDone), &[("done", &done().to_string()), ("total", &count().to_string())])}</p>
                <ol class="milestone-list">
                    <For each=move || ids.get() key=|m| m.clone() let:mid>
                        <MilestoneRow goal_id=id live=live mid=mid error=list_error/>
                    </For>
                </ol>
            </Show>
            <p class="field-error" aria-live="polite">{move || list_error.get().map(|k| state.t(k))}</p>

            <div class="milestone-add">
                <div class="field milestone-add-title">
                    <label for="milestone-new">{move || state.t(GoalKey::GoalMilestoneNew)}</label>
                    <input id="milestone-new" type="text" autocomplete="off" maxlength="400"
                        aria-invalid=move || add_error.get().is_some().to_string()
                        aria-describedby="milestone-new-hint milestone-new-error"
                        prop:value=move || new_title.get()
                        on:input=move |ev| { new_title.set(event_target_value(&ev)); add_error.set(None); }
                        on:keydown=move |ev| {
                            if ev.key() == "Enter" {
                                ev.prevent_default();
                                add();
                            }
                        }/>
                </div>
                <div class="field milestone-add-due">
                    <label for="milestone-due">{move || state.t(GoalKey::GoalMilestoneDue)}</label>
                    <input id="milestone-due" type="date" min="1900-01-01" max="2200-12-31"
                        prop:value=move || new_due.get()
                        on:input=move |ev| new_due.set(event_target_value(&ev))
                        on:keydown=move |ev| {
                            if ev.key() == "Enter" {
                                ev.prevent_default();
                                add();
                            }
                        }/>
                </div>
                <button type="button" class="btn btn-secondary milestone-add-btn" on:click=move |_| add()>
                    {icons::plus()}<span>{move || state.t(GoalKey::GoalMilestoneAdd)}</span>
                </button>
                <p id="milestone-new-hint" class="field-hint milestone-add-note">{move || state.t(GoalKey::GoalMilestoneAddHint)}</p>
                <p id="milestone-new-error" class="field-error milestone-add-note" aria-live="polite">{move || add_error.get().map(|k| state.t(k))}</p>
            </div>

            <Show when=move || { count() == 0 }>
                <div class="field manual-progress">
                    <label for="goal-progress">{move || state.t(GoalKey::GoalManualProgress)}</label>
                    <input id="goal-progress" type="number" inputmode="numeric" min="0" max="100" step="1"
                        aria-invalid=move || manual_error.get().to_string()
                        aria-describedby="goal-progress-hint goal-progress-error"
                        prop:value=move || manual.get()
                        on:input=move |ev| manual.set(event_target_value(&ev))
                        on:change=set_manual/>
                    <p id="goal-progress-hint" class="field-hint">{move || state.t(GoalKey::GoalManualProgressHint)}</p>
                    <p id="goal-progress-error" class="field-error" aria-live="polite">
                        {move || manual_error.get().then(|| state.t(Key::GoalErrProgress))}
                    </p>
                </div>
            </Show>
        </section>
    }
}

#[component]
fn MilestoneRow(
    goal_id: StoredValue<String>,
    live: Memo<Option<Goal>>,
    mid: String,
    error: RwSignal<Option<Key>>,
) -> impl IntoView {
    let state = use_state();
    let mid = StoredValue::new(mid);
    let milestone = Memo::new(move |_| {
        live.with(|g| {
            g.as_ref()
                .and_then(|g| g.milestone(&mid.get_value()).cloned())
                .unwrap_or_default()
        })
    });
    let position = Memo::new(move |_| {
        live.with(|g| {
            g.as_ref().map_or((0, 0), |g| {
                let i = g
                    .milestones
                    .iter()
                    .position(|m| m.id == mid.get_value())
                    .unwrap_or(0);
                (i, g.milestones.len())
            })
        })
    });
    let is_overdue = Memo::new(move |_| {
        live.with(|g| {
            g.as_ref()
                .is_some_and(|g| overdue_milestones(g, browser::today()).contains(&mid.get_value()))
        })
    });
    let done = move || milestone.with(|m| m.done.is_some());
    let title = move || milestone.with(|m| m.title.clone());
    let check_id = move || format!("ms-{}", mid.get_value());
    let up_id = move || format!("ms-up-{}", mid.get_value());
    let down_id = move || format!("ms-down-{}", mid.get_value());
    let named = move |key: Key| fill(state.t(key), &[("title", &title())]);

    let report = move |r: Result<bool, Vec<GoalError>>| {
        error.set(r.err().and_then(|e| e.first().map(labels::goal_error)));
    };
    let toggle = move |ev: leptos::ev::Event| {
        let checked = event_target_checked(&ev);
        let m = mid.get_value();
        report(act(state, &goal_id.get_value(), |g, today| {
            if checked {
                g.tick_milestone(&m, today)
            } else {
                g.untick_milestone(&m)
            }
        }));
    };
    let move_by = move |up: bool| {
        let m = mid.get_value();
        report(act(state, &goal_id.get_value(), |g, _| {
            g.move_milestone(&m, up)
        }));
        // Keep the focus on the moved row; at an end, on its other move button.
        let (i, n) = position.get_untracked();
        let at_end = if up { i == 0 } else { i + 1 >= n };
        focus_when_ready(if at_end == up { down_id() } else { up_id() });
    };
    let remove = move |_| {
        let m = mid.get_value();
        report(act(state, &goal_id.get_value(), |g, _| {
            g.remove_milestone(&m)
        }));
        focus_when_ready("milestone-new");
    };

    view! {
        <li class="milestone" class:done=done class:overdue=move || is_overdue.get()>
            <div class="milestone-main">
                <input type="checkbox" id=check_id class="milestone-check"
                    prop:checked=done on:change=toggle/>
                <label for=check_id class="milestone-title">{title}</label>
                <span class="milestone-meta">
                    {move || milestone.with(|m| m.done).map(|d| view! {
                        <span>{move || fill(state.t(GoalKey::GoalMilestoneDoneOn), &[("date", &state.lang.get().date(d))])}</span>
                    })}
                    {move || milestone.with(|m| if m.done.is_none() { m.due } else { None }).map(|d| view! {
                        <span>{move || fill(state.t(GoalKey::GoalMilestoneDueOn), &[("date", &state.lang.get().date(d))])}</span>
                    })}
                    <Show when=move || is_overdue.get()>
                        <span class="flag flag-overdue">{move || state.t(GoalKey::GoalMilestoneOverdue)}</span>
                    </Show>
                </span>
            </div>
            <div class="milestone-actions">
                <button type="button" class="icon-btn" id=up_id
                    aria-label=move || named(Key::GoalMilestoneMoveUp) title=move || named(Key::GoalMilestoneMoveUp)
                    disabled=move || position.get().0 == 0
                    on:click=move |_| move_by(true)>{icons::arrow_up()}</button>
                <button type="button" class="icon-btn" id=down_id
                    aria-label=move || named(Key::GoalMilestoneMoveDown) title=move || named(Key::GoalMilestoneMoveDown)
                    disabled=move || { let (i, n) = position.get(); i + 1 >= n }
                    on:click=move |_| move_by(false)>{icons::arrow_down()}</button>
                <button type="button" class="icon-btn icon-btn-danger"
                    aria-label=move || named(Key::GoalMilestoneRemove) title=move || named(Key::GoalMilestoneRemove)
                    on:click=remove>{icons::trash()}</button>
            </div>
        </li>
    }
}

#[component]
fn Evidence(id: StoredValue<String>, live: Memo<Option<Goal>>) -> impl IntoView {
    let state = use_state();
    let rows = Memo::new(move |_| {
        let entries = state.sorted_entries();
        live.with(|g| {
            let Some(g) = g else { return Vec::new() };
            let gid = id.get_value();
            evidence(&gid, g, entries.iter().map(|r| (r.id.as_str(), &r.entry)))
                .into_iter()
                .map(|(eid, e)| (eid.to_string(), e.title.clone(), e.date, e.entry_kind))
                .collect::<Vec<_>>()
        })
    });
    view! {
        <section class="card goal-evidence" aria-labelledby="evidence-heading">
            <h2 id="evidence-heading">{move || state.t(GoalKey::GoalEvidence)}</h2>
            <Show when=move || rows.with(|r| !r.is_empty()) fallback=move || view! {
                <p class="muted">{move || state.t(GoalKey::GoalEvidenceEmpty)}</p>
            }>
                <ul class="evidence-list">
                    {move || rows.get().into_iter().map(|(eid, title, date, kind)| view! {
                        <li>
                            <a href=format!("/journal/{eid}")>{move || title_or_untitled(state.lang.get(), &title)}</a>
                            <span class="entry-meta">
                                <time datetime=date.to_string()>{move || state.lang.get().date(date)}</time>
                                <span class="badge" data-kind=kind.as_str()>{move || state.t(labels::entry_kind(kind))}</span>
                            </span>
                        </li>
                    }).collect_view()}
                </ul>
            </Show>
        </section>
    }
}

fn history_text(lang: Lang, item: &HistoryItem) -> String {
    match &item.change {
        GoalChange::Created => lang.t(GoalKey::GoalHistCreated).to_string(),
        GoalChange::Activated => lang.t(GoalKey::GoalHistActivated).to_string(),
        GoalChange::StatusChanged { to } => fill(
            lang.t(GoalKey::GoalHistStatus),
            &[("status", lang.t(labels::goal_status(*to)))],
        ),
        GoalChange::MilestoneDone { title } => {
            fill(lang.t(GoalKey::GoalHistMilestoneDone), &[("title", title)])
        }
        GoalChange::MilestoneAdded { title } => {
            fill(lang.t(GoalKey::GoalHistMilestoneAdded), &[("title", title)])
        }
        GoalChange::ProgressSet { value } => fill(
            lang.t(GoalKey::GoalHistProgress),
            &[("n", &value.to_string())],
        ),
        GoalChange::Other => lang.t(GoalKey::GoalHistOther).to_string(),
    }
}

#[component]
fn History(live: Memo<Option<Goal>>) -> impl IntoView {
    let state = use_state();
    view! {
        <section class="card goal-history" aria-labelledby="history-heading">
            <h2 id="history-heading">{move || state.t(GoalKey::GoalHistory)}</h2>
            <ul class="history-list">
                {move || {
                    let lang = state.lang.get();
                    live.with(|g| g.as_ref().map(|g| g.history.iter().rev().map(|h| {
                        let text = history_text(lang, h);
                        view! {
                            <li>
                                <time datetime=h.date.to_string()>{lang.date(h.date)}</time>
                                <span>{text}</span>
                            </li>
                        }
                    }).collect_view()))
                }}
            </ul>
        </section>
    }
}

#[component]
fn DeleteGoal(
    id: StoredValue<String>,
    confirm: RwSignal<bool>,
    dirty: StoredValue<bool>,
) -> impl IntoView {
    let state = use_state();
    let navigate = use_navigate();
    let delete = move |_| {
        dirty.set_value(false);
        state.delete_record(&id.get_value());
        state.show_toast(Key::GoalDeleted, None);
        navigate("/goals", Default::default());
    };
    view! {
        <section class="goal-delete">
            <Show when=move || confirm.get() fallback=move || view! {
                <button type="button" class="btn btn-danger-quiet" id="goal-delete" on:click=move |_| {
                    confirm.set(true);
                    focus_when_ready("goal-delete-cancel");
                }>
                    {icons::trash()}<span>{move || state.t(GoalKey::GoalDelete)}</span>
                </button>
            }>
                <div class="card card-danger" role="group" aria-labelledby="goal-delete-question">
                    <p id="goal-delete-question">{move || state.t(GoalKey::GoalDeleteConfirm)}</p>
                    <div class="actions">
                        <button type="button" class="btn btn-danger" on:click=delete.clone()>{move || state.t(GoalKey::GoalDeleteYes)}</button>
                        <button type="button" class="btn btn-secondary" id="goal-delete-cancel" on:click=move |_| {
                            confirm.set(false);
                            focus_when_ready("goal-delete");
                        }>
                            {move || state.t(Key::Cancel)}
                        </button>
                    </div>
                </div>
            </Show>
        </section>
    }
}
