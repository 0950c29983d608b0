//! One assignment: the header with its save state, the readiness card, the autosaving details
//! and objectives form (type, status, role, host and home organisation and unit, dates,
//! supervisors, what to learn, competencies), the linked goals, the checklist, the risk
//! register, and delete with a confirm step. Esc closes it.
//!
//! The form and the checklist and risk edits all start from the assignment as stored at that
//! moment, so an edit made while a form change waits for its autosave loses neither.

use super::checklist::Checklist;
use super::readiness::ReadinessCard;
use super::risks::RiskRegister;
use super::{act, error_key, live, messages, parse_date, stored, AppState};
use crate::domain::assignment::{
    validate, Assignment, AssignmentError, AssignmentStatus, AssignmentType,
};
use crate::domain::goal::{Goal, GoalStatus};
use crate::domain::record::kinds;
use crate::i18n::assignment_messages::{status_label, type_label};
use crate::i18n::{labels, AssignmentKey as K, Key, Lang};
use crate::state::{use_state, SaveStatus};
use crate::ui::{focus_when_ready, form::Debounce, form::AUTOSAVE_DELAY, icons, Loading};
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_params_map, use_query_map};

/// The fields the form edits (the rest changes through the checklist, risks and goal links).
const FORM_FIELDS: [&str; 11] = [
    "role",
    "host_org",
    "host_unit",
    "home_org",
    "home_unit",
    "start",
    "end",
    "home_supervisor",
    "host_supervisor",
    "objectives",
    "competencies",
];

#[component]
pub fn AssignmentPage() -> impl IntoView {
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
                match stored(state, &id) {
                    Some(a) => view! { <Editor id=id a=a is_new=is_new/> }.into_any(),
                    None => view! { <NotFound/> }.into_any(),
                }
            }}
        </Show>
    }
}

#[component]
fn NotFound() -> impl IntoView {
    let state = use_state();
    view! {
        <section class="page">
            <p class="empty-note" role="alert">{move || state.t(K::NotFound)}</p>
            <a class="btn btn-secondary" href="/assignments">{move || state.t(K::Back)}</a>
        </section>
    }
}

/// The typed fields as typed (dates and competencies as text, so nothing half-typed is lost).
#[derive(Clone, PartialEq)]
struct DetailsForm {
    assignment_type: AssignmentType,
    status: AssignmentStatus,
    role: String,
    host_org: String,
    host_unit: String,
    home_org: String,
    home_unit: String,
    start: String,
    end: String,
    home_supervisor: String,
    host_supervisor: String,
    objectives: String,
    competencies: String,
}

/// What applying the form gives: the assignment, the form's errors, and which dates are unreadable.
struct Applied {
    assignment: Assignment,
    errors: Vec<AssignmentError>,
    bad_start: bool,
    bad_end: bool,
}

impl DetailsForm {
    fn from(a: &Assignment) -> DetailsForm {
        let date =
            |d: Option<crate::domain::date::Date>| d.map(|d| d.to_string()).unwrap_or_default();
        DetailsForm {
            assignment_type: a.assignment_type,
            status: a.status,
            role: a.role.clone(),
            host_org: a.host_org.clone(),
            host_unit: a.host_unit.clone(),
            home_org: a.home_org.clone(),
            home_unit: a.home_unit.clone(),
            start: date(a.start),
            end: date(a.end),
            home_supervisor: a.home_supervisor.clone(),
            host_supervisor: a.host_supervisor.clone(),
            objectives: a.objectives.clone(),
            competencies: a.competencies.join(", "),
        }
    }

    fn apply(&self, base: &Assignment) -> Applied {
        let mut a = base.clone();
        a.assignment_type = self.assignment_type;
        a.status = self.status;
        a.role = self.role.clone();
        a.host_org = self.host_org.clone();
        a.host_unit = self.host_unit.clone();
        a.home_org = self.home_org.clone();
        a.home_unit = self.home_unit.clone();
        a.home_supervisor = self.home_supervisor.clone();
        a.host_supervisor = self.host_supervisor.clone();
        a.objectives = self.objectives.clone();
        a.set_competencies_text(&self.competencies);
        let (start, bad_start) = match parse_date(&self.start) {
            Ok(d) => (d, false),
            Err(()) => (base.start, true),
        };
        let (end, bad_end) = match parse_date(&self.end) {
            Ok(d) => (d, false),
            Err(()) => (base.end, true),
        };
        a.start = start;
        a.end = end;
        let errors = validate(&a)
            .into_iter()
            .filter(|e| FORM_FIELDS.contains(&e.field()))
            .collect();
        Applied {
            assignment: a,
            errors,
            bad_start,
            bad_end,
        }
    }
}

/// The form's validation state, shown once the user has typed.
#[derive(Clone, Copy)]
struct Checks {
    errors: RwSignal<Vec<AssignmentError>>,
    bad_start: RwSignal<bool>,
    bad_end: RwSignal<bool>,
    touched: RwSignal<bool>,
}

impl Checks {
    fn set(&self, applied: &Applied) {
        self.errors.set(applied.errors.clone());
        self.bad_start.set(applied.bad_start);
        self.bad_end.set(applied.bad_end);
    }

    fn message(&self, lang: Lang, field: &'static str) -> Option<String> {
        if !self.touched.get() {
            return None;
        }
        let mut keys: Vec<K> = self.errors.with(|es| {
            es.iter()
                .filter(|e| e.field() == field)
                .map(error_key)
                .collect()
        });
        if (field == "start" && self.bad_start.get()) || (field == "end" && self.bad_end.get()) {
            keys.push(K::ErrDateInvalid);
        }
        messages(lang, &keys)
    }

    fn blocking(&self) -> bool {
        self.touched.get()
            && (!self.errors.with(|e| e.is_empty()) || self.bad_start.get() || self.bad_end.get())
    }
}

#[component]
fn Editor(id: String, a: Assignment, is_new: bool) -> impl IntoView {
    let state = use_state();
    let navigate = use_navigate();
    let id = StoredValue::new(id);
    let live = live(state, id);
    let form = RwSignal::new(DetailsForm::from(&a));
    let checks = Checks {
        errors: RwSignal::new(Vec::new()),
        bad_start: RwSignal::new(false),
        bad_end: RwSignal::new(false),
        touched: RwSignal::new(false),
    };
    let debounce = Debounce::new();
    let dirty = StoredValue::new(false);

    let save_now = move || {
        if dirty.try_get_value() != Some(true) {
            return;
        }
        let Some(base) = stored(state, &id.get_value()) else {
            return;
        };
        let applied = form.with_untracked(|f| f.apply(&base));
        let ok = applied.errors.is_empty() && !applied.bad_start && !applied.bad_end;
        checks.set(&applied);
        if ok {
            state.save_view(kinds::ASSIGNMENT, &id.get_value(), &applied.assignment);
            dirty.set_value(false);
        }
    };

    let changed = move || {
        checks.touched.set(true);
        dirty.set_value(true);
        if let Some(base) = stored(state, &id.get_value()) {
            checks.set(&form.with_untracked(|f| f.apply(&base)));
        }
        debounce.schedule(AUTOSAVE_DELAY, save_now);
    };

    // Another tab (or an import) changed the details: show them, unless mid-edit here. The
    // comparison is on the applied result, so "a, b," typed is not replaced by "a, b" saved.
    Effect::new(move |_| {
        if let Some(stored) = live.get() {
            let same = form.with_untracked(|f| f.apply(&stored).assignment == stored);
            if !dirty.get_value() && !same {
                form.set(DetailsForm::from(&stored));
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
        nav_esc("/assignments", Default::default());
    });
    // Saves on pagehide, visibilitychange and cleanup, before the cleanup below runs.
    crate::ui::form::save_on_leave(save_now);
    on_cleanup(move || {
        esc.remove();
        if is_new {
            if let Some(id) = id.try_get_value() {
                if stored(state, &id).is_some_and(|a| a.is_untouched()) {
                    state.delete_record(&id);
                }
            }
        }
    });
    if is_new {
        focus_when_ready("asg-role");
    }

    let close_nav = navigate.clone();
    let close = move |_| {
        save_now();
        close_nav("/assignments", Default::default());
    };
    let heading = move || {
        let lang = state.lang.get();
        form.with(|f| lang.assignment_name(&f.apply(&Assignment::default()).assignment))
    };

    view! {
        <Show when=move || live.with(|a| a.is_some()) fallback=|| view! { <NotFound/> }>
            <section class="page asg-detail" aria-labelledby="asg-heading">
                <header class="page-header editor-header">
                    <h1 id="asg-heading" class="goal-heading">{heading}</h1>
                    <div class="editor-actions">
                        <SaveState state=state blocking=Signal::derive(move || checks.blocking())/>
                        <button type="button" class="btn btn-secondary" on:click=close.clone() title=move || state.t(Key::CloseEditorHint)>
                            {icons::close()}<span>{move || state.t(Key::Close)}</span>
                        </button>
                    </div>
                </header>

                <ReadinessCard live=live/>
                <DetailsFields form=form checks=checks changed=changed/>
                <Objectives id=id live=live form=form checks=checks changed=changed/>
                <Checklist id=id live=live/>
                <RiskRegister id=id live=live/>
                <crate::pages::mentor::comments::ReceivedComments target=Signal::derive(move || id.get_value())/>
                <DeleteAssignment id=id confirm=confirm_delete dirty=dirty/>
            </section>
        </Show>
    }
}

/// "Saving…" / "Saved", or that an edit is not saved until a marked field is fixed.
#[component]
fn SaveState(state: AppState, blocking: Signal<bool>) -> impl IntoView {
    let text = move || {
        if blocking.get() {
            return Some(state.t(K::NotSavedYet));
        }
        match state.save.get() {
            SaveStatus::Saving => Some(state.t(Key::Saving)),
            SaveStatus::Saved => Some(state.t(Key::Saved)),
            _ => None,
        }
    };
    view! { <span class="save-indicator" role="status" aria-live="polite">{text}</span> }
}

/// One text field of the form: label, input, error line.
#[component]
fn TextField(
    form: RwSignal<DetailsForm>,
    checks: Checks,
    changed: impl Fn() + Copy + Send + Sync + 'static,
    field: &'static str,
    label: K,
    get: fn(&DetailsForm) -> String,
    set: fn(&mut DetailsForm, String),
    #[prop(optional)] date: bool,
) -> impl IntoView {
    let state = use_state();
    let input_id = format!("asg-{}", field.replace('_', "-"));
    let error_id = format!("{input_id}-error");
    let message = move || checks.message(state.lang.get(), field);
    let invalid = move || message().is_some().to_string();
    let input = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        form.update(|f| set(f, v));
        changed();
    };
    let control = if date {
        view! {
            <input id=input_id.clone() type="date" min="1900-01-01" max="2200-12-31"
                aria-invalid=invalid aria-describedby=error_id.clone()
                prop:value=move || form.with(get) on:input=input/>
        }
        .into_any()
    } else {
        view! {
            <input id=input_id.clone() type="text" autocomplete="off" maxlength="400"
                aria-invalid=invalid aria-describedby=error_id.clone()
                prop:value=move || form.with(get) on:input=input/>
        }
        .into_any()
    };
    view! {
        <div class="field">
            <label for=input_id>{move || state.t(label)}</label>
            {control}
            <p id=error_id class="field-error" aria-live="polite">{message}</p>
        </div>
    }
}

#[component]
fn DetailsFields(
    form: RwSignal<DetailsForm>,
    checks: Checks,
    changed: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let state = use_state();
    view! {
        <form class="entry-form asg-form" aria-labelledby="asg-details-heading"
            on:submit=|ev| ev.prevent_default() novalidate>
            <h2 id="asg-details-heading">{move || state.t(K::DetailsHeading)}</h2>
            <div class="field-row">
                <div class="field">
                    <label for="asg-type">{move || state.t(K::FieldType)}</label>
                    <select id="asg-type" aria-describedby="asg-type-hint" on:change=move |ev| {
                        if let Some(t) = AssignmentType::parse(&event_target_value(&ev)) {
                            form.update(|f| f.assignment_type = t);
                            changed();
                        }
                    }>
                        {AssignmentType::ALL.into_iter().map(|t| view! {
                            <option value=t.as_str() selected=move || form.with(|f| f.assignment_type == t)>
                                {move || state.t(type_label(t))}
                            </option>
                        }).collect_view()}
                    </select>
                    <p id="asg-type-hint" class="field-hint">{move || state.t(K::TypeChangeNote)}</p>
                </div>
                <div class="field">
                    <label for="asg-status">{move || state.t(K::FieldStatus)}</label>
                    <select id="asg-status" on:change=move |ev| {
                        if let Some(s) = AssignmentStatus::parse(&event_target_value(&ev)) {
                            form.update(|f| f.status = s);
                            changed();
                        }
                    }>
                        {AssignmentStatus::ALL.into_iter().map(|s| view! {
                            <option value=s.as_str() selected=move || form.with(|f| f.status == s)>
                                {move || state.t(status_label(s))}
                            </option>
                        }).collect_view()}
                    </select>
                </div>
            </div>
            <TextField form=form checks=checks changed=changed field="role" label=K::FieldRole
                get=|f| f.role.clone() set=|f, v| f.role = v/>
            <div class="field-row">
                <TextField form=form checks=checks changed=changed field="host_org" label=K::FieldHostOrg
                    get=|f| f.host_org.clone() set=|f, v| f.host_org = v/>
                <TextField form=form checks=checks changed=changed field="host_unit" label=K::FieldHostUnit
                    get=|f| f.host_unit.clone() set=|f, v| f.host_unit = v/>
            </div>
            <div class="field-row">
                <TextField form=form checks=checks changed=changed field="home_org" label=K::FieldHomeOrg
                    get=|f| f.home_org.clone() set=|f, v| f.home_org = v/>
                <TextField form=form checks=checks changed=changed field="home_unit" label=K::FieldHomeUnit
                    get=|f| f.home_unit.clone() set=|f, v| f.home_unit = v/>
            </div>
            <div class="field-row">
                <TextField form=form checks=checks changed=changed field="start" label=K::FieldStart date=true
                    get=|f| f.start.clone() set=|f, v| f.start = v/>
                <TextField form=form checks=checks changed=changed field="end" label=K::FieldEnd date=true
                    get=|f| f.end.clone() set=|f, v| f.end = v/>
            </div>
            <div class="field-row">
                <TextField form=form checks=checks changed=changed field="home_supervisor" label=K::FieldHomeSupervisor
                    get=|f| f.home_supervisor.clone() set=|f, v| f.home_supervisor = v/>
                <TextField form=form checks=checks changed=changed field="host_supervisor" label=K::FieldHostSupervisor
                    get=|f| f.host_supervisor.clone() set=|f, v| f.host_supervisor = v/>
            </div>
        </form>
    }
}

#[component]
fn Objectives(
    id: StoredValue<String>,
    live: Memo<Option<Assignment>>,
    form: RwSignal<DetailsForm>,
    checks: Checks,
    changed: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let state = use_state();
    let message = move |field: &'static str| move || checks.message(state.lang.get(), field);
    // Active and draft goals can be linked; a goal linked earlier stays listed whatever its
    // status, so it can be unlinked.
    let goal_options = Memo::new(move |_| {
        let linked: Vec<String> =
            live.with(|a| a.as_ref().map(|a| a.goals.clone()).unwrap_or_default());
        let mut goals: Vec<(String, Goal)> = state
            .views::<Goal>(kinds::GOAL)
            .into_iter()
            .filter(|(gid, g)| {
                matches!(g.status, GoalStatus::Active | GoalStatus::Draft) || linked.contains(gid)
            })
            .collect();
        crate::domain::goal::sort_for_list(&mut goals, crate::browser::today(), |(_, g)| g);
        goals
            .into_iter()
            .map(|(gid, g)| (gid, g.title, g.status))
            .collect::<Vec<_>>()
    });
    let linked = move |gid: &str| {
        live.with(|a| a.as_ref().is_some_and(|a| a.goals.iter().any(|g| g == gid)))
    };
    view! {
        <section class="card asg-objectives" aria-labelledby="asg-objectives-heading">
            <h2 id="asg-objectives-heading">{move || state.t(K::ObjectivesHeading)}</h2>
            <div class="field">
                <label for="asg-objectives">{move || state.t(K::FieldObjectives)}</label>
                <textarea id="asg-objectives" rows="3" class="goal-text"
                    aria-invalid=move || message("objectives")().is_some().to_string()
                    aria-describedby="asg-objectives-hint asg-objectives-error"
                    prop:value=move || form.with(|f| f.objectives.clone())
                    on:input=move |ev| { let v = event_target_value(&ev); form.update(|f| f.objectives = v); changed(); }></textarea>
                <p id="asg-objectives-hint" class="field-hint">{move || state.t(K::FieldObjectivesHint)}</p>
                <p id="asg-objectives-error" class="field-error" aria-live="polite">{message("objectives")}</p>
            </div>
            <div class="field">
                <label for="asg-competencies">{move || state.t(K::FieldCompetencies)}</label>
                <input id="asg-competencies" type="text" autocomplete="off"
                    aria-invalid=move || message("competencies")().is_some().to_string()
                    aria-describedby="asg-competencies-hint asg-competencies-error"
                    prop:value=move || form.with(|f| f.competencies.clone())
                    on:input=move |ev| { let v = event_target_value(&ev); form.update(|f| f.competencies = v); changed(); }/>
                <p id="asg-competencies-hint" class="field-hint">{move || state.t(K::FieldCompetenciesHint)}</p>
                <p id="asg-competencies-error" class="field-error" aria-live="polite">{message("competencies")}</p>
            </div>
            <fieldset class="linked-goals" aria-describedby="asg-goals-hint">
                <legend>{move || state.t(K::LinkedGoals)}</legend>
                <Show when=move || goal_options.with(|o| !o.is_empty()) fallback=move || view! {
                    <p id="asg-goals-hint" class="field-hint">
                        {move || state.t(K::LinkedGoalsNone)}" "
                        <a href="/goals">{move || state.t(Key::NavGoals)}</a>
                    </p>
                }>
                    <p id="asg-goals-hint" class="field-hint">{move || state.t(K::LinkedGoalsHint)}</p>
                    <ul class="linked-goal-list">
                        {move || goal_options.get().into_iter().map(|(gid, title, status)| {
                            let gid_checked = gid.clone();
                            view! {
                                <li>
                                    <label class="check">
                                        <input type="checkbox"
                                            prop:checked=move || linked(&gid_checked)
                                            on:change=move |ev| {
                                                let on = event_target_checked(&ev);
                                                let g = gid.clone();
                                                let _ = act(state, &id.get_value(), |a| if on { a.link_goal(&g) } else { a.unlink_goal(&g) });
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
        </section>
    }
}

#[component]
fn DeleteAssignment(
    id: StoredValue<String>,
    confirm: RwSignal<bool>,
    dirty: StoredValue<bool>,
) -> impl IntoView {
    let state = use_state();
    let navigate = use_navigate();
    let delete = move |_| {
        dirty.set_value(false);
        state.delete_record(&id.get_value());
        navigate("/assignments", Default::default());
    };
    view! {
        <section class="goal-delete">
            <Show when=move || confirm.get() fallback=move || view! {
                <button type="button" class="btn btn-danger-quiet" on:click=move |_| {
                    confirm.set(true);
                    focus_when_ready("asg-delete-cancel");
                }>
                    {icons::trash()}<span>{move || state.t(K::Delete)}</span>
                </button>
            }>
                <div class="card card-danger" role="group" aria-labelledby="asg-delete-question">
                    <p id="asg-delete-question">{move || state.t(K::DeleteConfirm)}</p>
                    <div class="actions">
                        <button type="button" class="btn btn-danger" on:click=delete.clone()>{move || state.t(K::DeleteYes)}</button>
                        <button type="button" class="btn btn-secondary" id="asg-delete-cancel" on:click=move |_| confirm.set(false)>
                            {move || state.t(Key::Cancel)}
                        </button>
                    </div>
                </div>
            </Show>
        </section>
    }
}
