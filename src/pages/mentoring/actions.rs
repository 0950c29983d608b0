//! Action items on screen: one row (tick off, due and done dates, owner, the session it came
//! from, remove) and the form that adds one to a session. Ticking sets the done date to today;
//! unticking reopens it.

use super::checks::Checks;
use super::{fill, stored};
use crate::browser;
use crate::domain::date::Date;
use crate::domain::goal::{Goal, GoalStatus};
use crate::domain::mentoring::action::{validate, Action, ActionError, Owner};
use crate::domain::mentoring::session::Session;
use crate::domain::record::kinds;
use crate::domain::sort::OneSort;
use crate::i18n::mentoring_messages as labels;
use crate::i18n::MentoringKey as K;
use crate::state::{use_state, AppState};
use crate::ui::{focus_when_ready, icons};
use leptos::prelude::*;

fn action_error(e: &ActionError) -> K {
    match e {
        ActionError::TextEmpty | ActionError::NoPerson => K::ErrActionEmpty,
        ActionError::TextTooLong { .. } => K::ErrActionTooLong,
        ActionError::DueOutOfRange | ActionError::DoneOutOfRange => K::ErrDateOutOfRange,
    }
}

/// Ticks an action off (today) or reopens it, starting from what is stored.
pub(crate) fn set_done(state: AppState, id: &str, done: bool) {
    if let Some(mut a) = stored::<Action>(state, kinds::ACTION, id) {
        if a.set_done(done, browser::today()) {
            state.save_view(kinds::ACTION, id, &a);
        }
    }
}

/// What a row shows besides the action itself.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum RowContext {
    /// On the session screen: no link to the session, a remove button.
    Session,
    /// On a person or Today: a link to the session it came from.
    Elsewhere,
}

/// One action item. It reads its record live, so ticking it re-renders only this row.
#[component]
pub(crate) fn ActionRow(
    id: String,
    /// The other person's name, for "owner" when it is theirs.
    #[prop(into)]
    person_name: Signal<String>,
    context: RowContext,
    /// Name the person in the session link (Today lists the actions of several people).
    #[prop(optional)]
    with_name: bool,
) -> impl IntoView {
    let state = use_state();
    let id = StoredValue::new(id);
    let action = Memo::new(move |_| {
        state.records.with(|m| {
            m.get(&id.get_value())
                .filter(|r| !r.deleted)
                .and_then(|r| r.view::<Action>().ok())
        })
    });
    let today = browser::today();
    let text = move || action.with(|a| a.as_ref().map(|a| a.text.clone()).unwrap_or_default());
    let done = move || action.with(|a| a.as_ref().is_some_and(|a| a.done.is_some()));
    let overdue = move || action.with(|a| a.as_ref().is_some_and(|a| a.is_overdue(today)));
    let check_id = move || format!("action-{}", id.get_value());
    let session_date = Memo::new(move |_| {
        let sid = action.with(|a| a.as_ref().and_then(|a| a.session.clone()))?;
        let s: Session = state.records.with(|m| {
            m.get(&sid)
                .filter(|r| !r.deleted)
                .and_then(|r| r.view::<Session>().ok())
        })?;
        Some((sid, s.date?))
    });
    let goal_title = Memo::new(move |_| {
        let gid = action.with(|a| a.as_ref().and_then(|a| a.goal.clone()))?;
        state.records.with(|m| {
            m.get(&gid)
                .filter(|r| !r.deleted)
                .and_then(|r| r.view::<Goal>().ok())
                .map(|g| (gid.clone(), g.title))
        })
    });
    let remove = move |_| {
        state.delete_record(&id.get_value());
        focus_when_ready("action-new");
    };
    view! {
        <Show when=move || action.with(|a| a.is_some())>
            <li class="action-item" class:done=done class:overdue=overdue>
                <input type="checkbox" id=check_id class="action-check"
                    prop:checked=done
                    on:change=move |ev| set_done(state, &id.get_value(), event_target_checked(&ev))/>
                <label for=check_id class="action-text">{text}</label>
                <span class="action-meta">
                    <span class="action-owner">{move || {
                        let lang = state.lang.get();
                        action.with(|a| a.as_ref().map(|a| labels::owner(lang, a.owner, &person_name.get())))
                    }}</span>
                    {move || action.with(|a| a.as_ref().and_then(|a| if a.done.is_none() { a.due } else { None })).map(|d| view! {
                        <span>{move || fill(state.t(K::ActionDueOn), &[("date", &state.lang.get().date(d))])}</span>
                    })}
                    {move || action.with(|a| a.as_ref().and_then(|a| a.done)).map(|d| view! {
                        <span>{move || fill(state.t(K::ActionDoneOn), &[("date", &state.lang.get().date(d))])}</span>
                    })}
                    <Show when=overdue>
                        <span class="flag flag-overdue">{move || state.t(K::FlagOverdue)}</span>
                    </Show>
                    {move || (context == RowContext::Elsewhere).then(|| session_date.get()).flatten().map(|(sid, d)| view! {
                        <a href=format!("/sessions/{sid}")>{move || {
                            let lang = state.lang.get();
                            let date = lang.date(d);
                            if with_name {
                                let name = super::display_name(lang, &person_name.get());
                                fill(lang.t(K::ActionFromSessionWith), &[("name", &name), ("date", &date)])
                            } else {
                                fill(lang.t(K::ActionFromSession), &[("date", &date)])
                            }
                        }}</a>
                    })}
                    {move || goal_title.get().map(|(gid, title)| view! {
                        <a href=format!("/goals/{gid}") class="action-goal">{"→ "}{title}</a>
                    })}
                </span>
                {(context == RowContext::Session).then(|| view! {
                    <button type="button" class="icon-btn icon-btn-danger action-remove"
                        aria-label=move || fill(state.t(K::ActionRemove), &[("text", &text())])
                        title=move || fill(state.t(K::ActionRemove), &[("text", &text())])
                        on:click=remove>{icons::trash()}</button>
                })}
            </li>
        </Show>
    }
}

/// The form under a session's action items: text, owner, due date, goal, and "Add".
#[component]
pub(crate) fn AddAction(
    session_id: StoredValue<String>,
    person_id: Signal<String>,
    #[prop(into)] person_name: Signal<String>,
) -> impl IntoView {
    let state = use_state();
    let text = RwSignal::new(String::new());
    let owner = RwSignal::new(Owner::Me);
    let due = RwSignal::new(String::new());
    let goal = RwSignal::new(String::new());
    let checks = Checks::<ActionError>::new(ActionError::field, action_error);
    let goals = Memo::new(move |_| {
        let mut g: Vec<(String, String)> = state
            .views::<Goal>(kinds::GOAL)
            .into_iter()
            .filter(|(_, g)| matches!(g.status, GoalStatus::Active | GoalStatus::Draft))
            .map(|(id, g)| (id, g.title))
            .collect();
        g.one_sort_by(|a, b| a.1.cmp(&b.1));
        g
    });

    let add = move || {
        checks.touched.set(true);
        let due_text = due.get_untracked();
        let due_date = Date::parse(due_text.trim());
        let unreadable = if !due_text.trim().is_empty() && due_date.is_none() {
            vec![("due", K::ErrDateInvalid)]
        } else {
            Vec::new()
        };
        let a = Action {
            text: text.get_untracked().trim().to_string(),
            owner: owner.get_untracked(),
            person: person_id.get_untracked(),
            session: Some(session_id.get_value()),
            goal: Some(goal.get_untracked()).filter(|g| !g.is_empty()),
            due: due_date,
            done: None,
        };
        let errors = validate(&a);
        let ok = errors.is_empty() && unreadable.is_empty();
        checks.set(errors, unreadable);
        if ok {
            state.save_view(kinds::ACTION, &browser::new_id(), &a);
            text.set(String::new());
            due.set(String::new());
            checks.touched.set(false);
            focus_when_ready("action-new");
        } else {
            focus_when_ready(
                if checks.message(state.lang.get_untracked(), "text").is_some() {
                    "action-new"
                } else {
                    "action-due"
                },
            );
        }
    };
    let on_enter = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Enter" {
            ev.prevent_default();
            add();
        }
    };
    let error = move |field: &'static str| move || checks.message(state.lang.get(), field);

    view! {
        <div class="action-add">
            <div class="field action-add-text">
                <label for="action-new">{move || state.t(K::ActionNew)}</label>
                <input id="action-new" type="text" autocomplete="off" maxlength="400"
                    aria-invalid=move || error("text")().is_some().to_string()
                    aria-describedby="action-new-error"
                    prop:value=move || text.get()
                    on:input=move |ev| { text.set(event_target_value(&ev)); checks.touched.set(false); }
                    on:keydown=on_enter/>
                <p id="action-new-error" class="field-error" aria-live="polite">{error("text")}</p>
            </div>
            <div class="field">
                <label for="action-owner">{move || state.t(K::ActionOwner)}</label>
                <select id="action-owner" on:change=move |ev| {
                    owner.set(Owner::parse(&event_target_value(&ev)).unwrap_or_default());
                }>
                    {Owner::ALL.into_iter().map(|o| view! {
                        <option value=o.as_str() selected=move || owner.get() == o>
                            {move || labels::owner(state.lang.get(), o, &person_name.get())}
                        </option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="action-due">{move || state.t(K::ActionDue)}</label>
                <input id="action-due" type="date" min="1900-01-01" max="2200-12-31"
                    aria-invalid=move || error("due")().is_some().to_string()
                    aria-describedby="action-due-error"
                    prop:value=move || due.get()
                    on:input=move |ev| due.set(event_target_value(&ev))
                    on:keydown=on_enter/>
                <p id="action-due-error" class="field-error" aria-live="polite">{error("due")}</p>
            </div>
            <Show when=move || goals.with(|g| !g.is_empty())>
                <div class="field">
                    <label for="action-goal">{move || state.t(K::ActionGoal)}</label>
                    <select id="action-goal" on:change=move |ev| goal.set(event_target_value(&ev))>
                        <option value="" selected=move || goal.get().is_empty()>{move || state.t(K::ActionNoGoal)}</option>
                        {move || goals.get().into_iter().map(|(gid, title)| {
                            let g2 = gid.clone();
                            view! {
                                <option value=gid selected=move || goal.get() == g2>
                                    {crate::pages::goals::title_or_untitled(state.lang.get(), &title)}
                                </option>
                            }
                        }).collect_view()}
                    </select>
                </div>
            </Show>
            <button type="button" class="btn btn-secondary action-add-btn" on:click=move |_| add()>
                {icons::plus()}<span>{move || state.t(K::ActionAdd)}</span>
            </button>
        </div>
    }
}
