//! One person: their cadence figures (next due date, held vs expected over 90 days, on-time
//! streak, overdue with the grace rule in words), planning or starting a session, the
//! calendar export, the relationship status (pause, resume, end, reopen), the autosaving
//! details form, their sessions and open action items, and delete with a confirm step. Esc
//! closes it.

use super::actions::{ActionRow, RowContext};
use super::checks::Checks;
use super::export::ExportButton;
use super::{display_name, figures_for, fill, new_session, session_badge, stored};
use crate::browser;
use crate::domain::date::Date;
use crate::domain::mentoring::action::{open_first, Action};
use crate::domain::mentoring::cadence::{Cadence, Figures};
use crate::domain::mentoring::person::{validate, Person, PersonError, PersonStatus, Role};
use crate::domain::mentoring::session::{newest_first, next_planned, Session};
use crate::domain::mentoring::Mode;
use crate::domain::record::kinds;
use crate::i18n::mentoring_messages as labels;
use crate::i18n::MentoringScreensKey;
use crate::i18n::{Key, Lang, MentoringKey as K};
use crate::state::{use_state, AppState};
use crate::ui::form::{Debounce, SaveIndicator, AUTOSAVE_DELAY};
use crate::ui::{focus_when_ready, icons, Loading};
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_params_map, use_query_map};

fn person_error(e: &PersonError) -> K {
    match e {
        PersonError::NameEmpty => K::ErrNameEmpty,
        PersonError::NameTooLong { .. } => K::ErrNameTooLong,
        PersonError::NoRole => K::ErrNoRole,
        PersonError::OrganisationTooLong { .. } | PersonError::UnitTooLong { .. } => {
            K::ErrShortTooLong
        }
        PersonError::MetTooLong { .. } | PersonError::NotesTooLong { .. } => K::ErrTextTooLong,
        PersonError::SinceOutOfRange => K::ErrDateOutOfRange,
    }
}

fn stored_person(state: AppState, id: &str) -> Option<Person> {
    stored(state, kinds::PERSON, id)
}

#[component]
pub fn PersonPage() -> impl IntoView {
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
                let is_new = query.with_untracked(|q| q.get("new").is_some());
                match stored_person(state, &id) {
                    Some(p) => view! { <PersonEditor id=id person=p is_new=is_new/> }.into_any(),
                    None => view! { <PersonNotFound/> }.into_any(),
                }
            }}
        </Show>
    }
}

#[component]
fn PersonNotFound() -> impl IntoView {
    let state = use_state();
    view! {
        <section class="page">
            <p class="empty-note" role="alert">{move || state.t(MentoringScreensKey::PersonNotFound)}</p>
            <a class="btn btn-secondary" href="/people">{move || state.t(MentoringScreensKey::BackToPeople)}</a>
        </section>
    }
}

/// The typed fields as typed (the date as text, so an unfinished date is not lost).
#[derive(Clone, PartialEq)]
struct PersonForm {
    name: String,
    roles: Vec<Role>,
    organisation: String,
    unit: String,
    met: String,
    since: String,
    cadence: Cadence,
    mode: Mode,
    contact_notes: String,
}

impl PersonForm {
    fn from_person(p: &Person) -> PersonForm {
        PersonForm {
            name: p.name.clone(),
            roles: p.roles.clone(),
            organisation: p.organisation.clone(),
            unit: p.unit.clone(),
            met: p.met.clone(),
            since: p.since.map(|d| d.to_string()).unwrap_or_default(),
            cadence: p.cadence,
            mode: p.mode,
            contact_notes: p.contact_notes.clone(),
        }
    }

    /// `base` with the form's fields, the errors, and the fields that could not be read.
    fn apply(&self, base: &Person) -> (Person, Vec<PersonError>, Vec<(&'static str, K)>) {
        let mut p = base.clone();
        p.name = self.name.clone();
        p.roles = self.roles.clone();
        p.organisation = self.organisation.clone();
        p.unit = self.unit.clone();
        p.met = self.met.clone();
        p.cadence = self.cadence;
        p.mode = self.mode;
        p.contact_notes = self.contact_notes.clone();
        let mut unreadable = Vec::new();
        let text = self.since.trim();
        p.since = if text.is_empty() {
            None
        } else {
            match Date::parse(text) {
                Some(d) => Some(d),
                None => {
                    unreadable.push(("since", K::ErrDateInvalid));
                    base.since
                }
            }
        };
        let errors = validate(&p);
        (p, errors, unreadable)
    }
}

/// Nothing typed since `Person::new` (a role or cadence picked without a name is not worth
/// keeping as an "Unnamed" person).
fn is_pristine(p: &Person) -> bool {
    [&p.name, &p.organisation, &p.unit, &p.met, &p.contact_notes]
        .iter()
        .all(|s| s.trim().is_empty())
        && p.pauses.is_empty()
}

#[component]
fn PersonEditor(id: String, person: Person, is_new: bool) -> impl IntoView {
    let state = use_state();
    let navigate = use_navigate();
    let id = StoredValue::new(id);
    let live = Memo::new(move |_| {
        state.records.with(|m| {
            m.get(&id.get_value())
                .filter(|r| !r.deleted && r.kind == kinds::PERSON)
                .and_then(|r| r.view::<Person>().ok())
        })
    });
    let form = RwSignal::new(PersonForm::from_person(&person));
    let checks = Checks::<PersonError>::new(PersonError::field, person_error);
    let debounce = Debounce::new();
    let dirty = StoredValue::new(false);

    let save_now = move || {
        if dirty.try_get_value() != Some(true) {
            return;
        }
        let Some(base) = stored_person(state, &id.get_value()) else {
            return;
        };
        let (p, errs, unreadable) = form.with_untracked(|f| f.apply(&base));
        let ok = errs.is_empty() && unreadable.is_empty();
        checks.set(errs, unreadable);
        if ok {
            state.save_view(kinds::PERSON, &id.get_value(), &p);
            dirty.set_value(false);
        }
    };
    let changed = move || {
        checks.touched.set(true);
        dirty.set_value(true);
        if let Some(base) = stored_person(state, &id.get_value()) {
            let (_, errs, unreadable) = form.with_untracked(|f| f.apply(&base));
            checks.set(errs, unreadable);
        }
        debounce.schedule(AUTOSAVE_DELAY, save_now);
    };

    // Another tab (or an import) changed the details: show them, unless mid-edit here.
    Effect::new(move |_| {
        if let Some(stored) = live.get() {
            let stored_form = PersonForm::from_person(&stored);
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
        nav_esc("/people", Default::default());
    });
    // Saves on pagehide, visibilitychange and cleanup, before the cleanup below runs.
    crate::ui::form::save_on_leave(save_now);
    on_cleanup(move || {
        esc.remove();
        if is_new {
            if let Some(id) = id.try_get_value() {
                let no_sessions = !state.records.with_untracked(|m| {
                    m.values().any(|r| {
                        !r.deleted
                            && r.kind == kinds::SESSION
                            && r.fields.get("person").and_then(|v| v.as_str()) == Some(id.as_str())
                    })
                });
                if no_sessions && stored_person(state, &id).is_some_and(|p| is_pristine(&p)) {
                    state.delete_record(&id);
                }
            }
        }
    });
    if is_new {
        focus_when_ready("person-name");
    }

    let field_error = move |field: &'static str| move || checks.message(state.lang.get(), field);
    let invalid = move |field: &'static str| move || field_error(field)().is_some().to_string();
    let set = move |f: fn(&mut PersonForm, String)| {
        move |ev: leptos::ev::Event| {
            let v = event_target_value(&ev);
            form.update(|form| f(form, v));
            changed();
        }
    };
    let close_nav = navigate.clone();
    let close = move |_| {
        save_now();
        close_nav("/people", Default::default());
    };
    let heading = move || display_name(state.lang.get(), &form.with(|f| f.name.clone()));
    let name = Signal::derive(move || {
        live.with(|p| p.as_ref().map(|p| p.name.clone()).unwrap_or_default())
    });

    // A new person starts with their details on top (the name is what they came to type);
    // later the cadence, actions and sessions matter more and the details move down.
    let details = move || {
        view! {
        <form class="entry-form person-form" on:submit=|ev| ev.prevent_default() novalidate aria-labelledby="person-details-heading">
            <h2 id="person-details-heading">{move || state.t(MentoringScreensKey::DetailsTitle)}</h2>
            <div class="field field-wide">
                <label for="person-name">{move || state.t(MentoringScreensKey::FieldName)}</label>
                <input id="person-name" type="text" autocomplete="off" maxlength="400"
                    aria-invalid=invalid("name") aria-describedby="person-name-error"
                    prop:value=move || form.with(|f| f.name.clone())
                    on:input=set(|f, v| f.name = v)/>
                <p id="person-name-error" class="field-error" aria-live="polite">{field_error("name")}</p>
            </div>
            <fieldset class="role-choices" aria-describedby="person-roles-error">
                <legend>{move || state.t(MentoringScreensKey::FieldRoles)}</legend>
                <div class="role-grid">
                    {Role::ALL.into_iter().map(|r| view! {
                        <label class="check">
                            <input type="checkbox" value=r.as_str()
                                prop:checked=move || form.with(|f| f.roles.contains(&r))
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    form.update(|f| {
                                        let mut p = Person { roles: f.roles.clone(), ..Person::default() };
                                        p.set_role(r, on);
                                        f.roles = p.roles;
                                    });
                                    changed();
                                }/>
                            <span>{move || state.t(labels::role(r))}</span>
                        </label>
                    }).collect_view()}
                </div>
                <p id="person-roles-error" class="field-error" aria-live="polite">{field_error("roles")}</p>
            </fieldset>
            <div class="field-row">
                <div class="field">
                    <label for="person-org">{move || state.t(MentoringScreensKey::FieldOrganisation)}</label>
                    <input id="person-org" type="text" autocomplete="off" maxlength="400"
                        aria-invalid=invalid("organisation") aria-describedby="person-org-error"
                        prop:value=move || form.with(|f| f.organisation.clone())
                        on:input=set(|f, v| f.organisation = v)/>
                    <p id="person-org-error" class="field-error" aria-live="polite">{field_error("organisation")}</p>
                </div>
                <div class="field">
                    <label for="person-unit">{move || state.t(MentoringScreensKey::FieldUnit)}</label>
                    <input id="person-unit" type="text" autocomplete="off" maxlength="400"
                        aria-invalid=invalid("unit") aria-describedby="person-unit-error"
                        prop:value=move || form.with(|f| f.unit.clone())
                        on:input=set(|f, v| f.unit = v)/>
                    <p id="person-unit-error" class="field-error" aria-live="polite">{field_error("unit")}</p>
                </div>
            </div>
            <div class="field-row">
                <div class="field">
                    <label for="person-cadence">{move || state.t(MentoringScreensKey::FieldCadence)}</label>
                    <select id="person-cadence" aria-describedby="person-cadence-hint" on:change=move |ev| {
                        let c = Cadence::parse(&event_target_value(&ev)).unwrap_or_default();
                        form.update(|f| f.cadence = c);
                        changed();
                    }>
                        {Cadence::ALL.into_iter().map(|c| view! {
                            <option value=c.as_str() selected=move || form.with(|f| f.cadence == c)>
                                {move || state.t(labels::cadence(c))}
                            </option>
                        }).collect_view()}
                    </select>
                    <p id="person-cadence-hint" class="field-hint">{move || state.t(labels::grace(form.with(|f| f.cadence)))}</p>
                </div>
                <div class="field">
                    <label for="person-mode">{move || state.t(MentoringScreensKey::FieldMode)}</label>
                    <select id="person-mode" on:change=move |ev| {
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
            <div class="field-row">
                <div class="field">
                    <label for="person-since">{move || state.t(MentoringScreensKey::FieldSince)}</label>
                    <input id="person-since" type="date" min="1900-01-01" max="2200-12-31"
                        aria-invalid=invalid("since") aria-describedby="person-since-error"
                        prop:value=move || form.with(|f| f.since.clone())
                        on:input=set(|f, v| f.since = v)/>
                    <p id="person-since-error" class="field-error" aria-live="polite">{field_error("since")}</p>
                </div>
            </div>
            <div class="field field-wide">
                <label for="person-met">{move || state.t(MentoringScreensKey::FieldMet)}</label>
                <textarea id="person-met" rows="2" class="short-text"
                    aria-invalid=invalid("met") aria-describedby="person-met-error"
                    prop:value=move || form.with(|f| f.met.clone())
                    on:input=set(|f, v| f.met = v)></textarea>
                <p id="person-met-error" class="field-error" aria-live="polite">{field_error("met")}</p>
            </div>
            <div class="field field-wide">
                <label for="person-notes">{move || state.t(MentoringScreensKey::FieldContactNotes)}</label>
                <textarea id="person-notes" rows="3" class="short-text"
                    aria-invalid=invalid("contact_notes") aria-describedby="person-notes-hint person-notes-error"
                    prop:value=move || form.with(|f| f.contact_notes.clone())
                    on:input=set(|f, v| f.contact_notes = v)></textarea>
                <p id="person-notes-hint" class="field-hint">{move || state.t(MentoringScreensKey::FieldContactNotesHint)}</p>
                <p id="person-notes-error" class="field-error" aria-live="polite">{field_error("contact_notes")}</p>
            </div>
        </form>
        }
    };
    view! {
        <Show when=move || live.with(|p| p.is_some()) fallback=|| view! { <PersonNotFound/> }>
            <section class="page person-detail" aria-labelledby="person-heading">
                <header class="page-header editor-header">
                    <h1 id="person-heading" class="person-heading">{heading}</h1>
                    <div class="editor-actions">
                        <SaveIndicator state=state dirty_errors=Signal::derive(move || checks.blocking())/>
                        <button type="button" class="btn btn-secondary" on:click=close.clone() title=move || state.t(Key::CloseEditorHint)>
                            {icons::close()}<span>{move || state.t(Key::Close)}</span>
                        </button>
                    </div>
                </header>

                {is_new.then(details)}
                <CadenceCard id=id live=live save_now=save_now/>
                <OpenActions id=id name=name/>
                <SessionList id=id/>
                <RelationCard id=id live=live/>
                {(!is_new).then(details)}
                <DeletePerson id=id confirm=confirm_delete dirty=dirty/>
            </section>
        </Show>
    }
}

/// A line of the figures list.
fn fact(label: impl IntoView, value: impl IntoView) -> impl IntoView {
    view! {
        <div class="fact">
            <dt>{label}</dt>
            <dd>{value}</dd>
        </div>
    }
}

fn next_due_text(lang: Lang, f: &Figures) -> String {
    if f.cadence == Cadence::None {
        return lang.t(MentoringScreensKey::FigNoCadence).to_string();
    }
    if f.inactive {
        return lang.t(MentoringScreensKey::FigPausedNoDue).to_string();
    }
    match f.next_due {
        Some(d) => lang.date(d),
        None => lang.t(MentoringScreensKey::FigFirstSession).to_string(),
    }
}

#[component]
fn CadenceCard(
    id: StoredValue<String>,
    live: Memo<Option<Person>>,
    save_now: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let state = use_state();
    let navigate = use_navigate();
    let today = browser::today();
    let sessions = Memo::new(move |_| state.views::<Session>(kinds::SESSION));
    let figures = Memo::new(move |_| {
        let pid = id.get_value();
        live.with(|p| {
            p.as_ref()
                .map(|p| sessions.with(|s| figures_for(&pid, p, s, today)))
        })
    });
    let planned = Memo::new(move |_| {
        let pid = id.get_value();
        sessions.with(|s| {
            next_planned(s.iter().map(|(i, s)| (i.as_str(), s)), Some(&pid), today)
                .map(|(i, s)| (i.to_string(), s.date, s.time))
        })
    });
    let open = move |now: bool| {
        save_now();
        if let Some(sid) = new_session(state, &id.get_value(), now) {
            navigate(&format!("/sessions/{sid}"), Default::default());
        }
    };
    let open2 = open.clone();
    let f = move || figures.get();

    view! {
        <section class="card cadence-card" aria-labelledby="cadence-heading">
            <div class="card-title-row">
                <h2 id="cadence-heading">{move || state.t(MentoringScreensKey::CadenceTitle)}</h2>
                {move || f().filter(|f| f.overdue).map(|f| view! {
                    <span class="flag flag-overdue">{move || state.lang.get().overdue_by(f.overdue_days)}</span>
                })}
            </div>
            {move || f().map(|fig| view! {
                <dl class="facts cadence-facts">
                    {fact(
                        move || state.t(MentoringScreensKey::FigAgreed),
                        move || state.t(labels::cadence(fig.cadence)),
                    )}
                    {fact(
                        move || state.t(MentoringScreensKey::FigNextDue),
                        view! { <span data-testid="next-due">{move || next_due_text(state.lang.get(), &fig)}</span> },
                    )}
                    {fact(
                        move || state.t(MentoringScreensKey::FigNextPlanned),
                        move || {
                            let lang = state.lang.get();
                            match planned.get() {
                                Some((sid, Some(d), t)) => view! {
                                    <a href=format!("/sessions/{sid}")>{lang.date_time(d, t)}</a>
                                }.into_any(),
                                _ => view! { <span>{lang.t(MentoringScreensKey::FigNothingPlanned)}</span> }.into_any(),
                            }
                        },
                    )}
                    {fact(
                        move || state.t(MentoringScreensKey::FigLastMet),
                        move || {
                            let lang = state.lang.get();
                            fig.last_held.map_or_else(|| lang.t(MentoringScreensKey::FigNotYet).to_string(), |d| lang.date(d))
                        },
                    )}
                    {fact(
                        move || state.t(MentoringScreensKey::FigHeld90),
                        view! { <span data-testid="held-90">{move || state.lang.get().held_of_expected(fig.held_90, fig.expected_90)}</span> },
                    )}
                    {fact(
                        move || state.t(MentoringScreensKey::FigStreak),
                        view! { <span data-testid="streak">{move || {
                            let lang = state.lang.get();
                            fig.streak.map_or_else(|| lang.t(MentoringScreensKey::FigNoCadence).to_string(), |n| lang.sessions_count(n))
                        }}</span> },
                    )}
                </dl>
                <p class="field-hint grace-rule">{move || state.t(labels::grace(fig.cadence))}</p>
            })}
            <div class="actions">
                <button type="button" class="btn btn-primary" on:click=move |_| open(false)>
                    {icons::plus()}<span>{move || state.t(MentoringScreensKey::PlanSession)}</span>
                </button>
                <button type="button" class="btn btn-secondary" on:click=move |_| open2(true)>
                    {move || state.t(MentoringScreensKey::StartSession)}
                </button>
            </div>
            <ExportButton person=id.get_value() label=K::ExportIcs/>
        </section>
    }
}

#[component]
fn RelationCard(id: StoredValue<String>, live: Memo<Option<Person>>) -> impl IntoView {
    let state = use_state();
    let status =
        Memo::new(move |_| live.with(|p| p.as_ref().map(|p| p.status).unwrap_or_default()));
    let act = move |f: fn(&mut Person, Date) -> bool| {
        if let Some(mut p) = stored_person(state, &id.get_value()) {
            if f(&mut p, browser::today()) {
                state.save_view(kinds::PERSON, &id.get_value(), &p);
                focus_when_ready("relation-heading");
            }
        }
    };
    let line = move || {
        let lang = state.lang.get();
        live.with(|p| {
            let p = p.as_ref()?;
            Some(match p.status {
                PersonStatus::Active => lang.t(MentoringScreensKey::RelationActive).to_string(),
                PersonStatus::Paused => {
                    let since = p
                        .pauses
                        .last()
                        .map(|x| lang.date(x.from))
                        .unwrap_or_default();
                    fill(
                        lang.t(MentoringScreensKey::RelationPausedSince),
                        &[("date", &since)],
                    )
                }
                PersonStatus::Ended => {
                    let on = p.ended.map(|d| lang.date(d)).unwrap_or_default();
                    fill(
                        lang.t(MentoringScreensKey::RelationEndedOn),
                        &[("date", &on)],
                    )
                }
            })
        })
    };
    view! {
        <section class="card relation-card" aria-labelledby="relation-heading">
            <div class="card-title-row">
                <h2 id="relation-heading" tabindex="-1">{move || state.t(MentoringScreensKey::RelationTitle)}</h2>
                <span class="person-status" data-status=move || status.get().as_str()>
                    {move || state.t(labels::person_status(status.get()))}
                </span>
            </div>
            <p class="muted">{line}</p>
            <div class="actions">
                {move || match status.get() {
                    PersonStatus::Active => view! {
                        <button type="button" class="btn btn-secondary" on:click=move |_| act(Person::pause)>{move || state.t(MentoringScreensKey::Pause)}</button>
                        <button type="button" class="btn btn-secondary" on:click=move |_| act(Person::end)>{move || state.t(MentoringScreensKey::End)}</button>
                    }.into_any(),
                    PersonStatus::Paused => view! {
                        <button type="button" class="btn btn-primary" on:click=move |_| act(Person::resume)>{move || state.t(MentoringScreensKey::Resume)}</button>
                        <button type="button" class="btn btn-secondary" on:click=move |_| act(Person::end)>{move || state.t(MentoringScreensKey::End)}</button>
                    }.into_any(),
                    PersonStatus::Ended => view! {
                        <button type="button" class="btn btn-secondary" on:click=move |_| act(Person::resume)>{move || state.t(MentoringScreensKey::Reopen)}</button>
                    }.into_any(),
                }}
            </div>
        </section>
    }
}

#[component]
fn OpenActions(id: StoredValue<String>, name: Signal<String>) -> impl IntoView {
    let state = use_state();
    let today = browser::today();
    let ids = Memo::new(move |_| {
        let pid = id.get_value();
        let mine: Vec<(String, Action)> = state
            .views::<Action>(kinds::ACTION)
            .into_iter()
            .filter(|(_, a)| a.person == pid)
            .collect();
        open_first(mine, today)
            .into_iter()
            .map(|(i, _)| i)
            .collect::<Vec<_>>()
    });
    view! {
        <section class="card" aria-labelledby="person-actions-heading">
            <h2 id="person-actions-heading">{move || state.t(MentoringScreensKey::OpenActionsTitle)}</h2>
            <Show when=move || ids.with(|i| !i.is_empty()) fallback=move || view! {
                <p class="muted">{move || state.t(K::OpenActionsEmpty)}</p>
            }>
                <ul class="action-list">
                    <For each=move || ids.get() key=|i| i.clone() let:aid>
                        <ActionRow id=aid person_name=name context=RowContext::Elsewhere/>
                    </For>
                </ul>
            </Show>
        </section>
    }
}

#[component]
fn SessionList(id: StoredValue<String>) -> impl IntoView {
    let state = use_state();
    let today = browser::today();
    let rows = Memo::new(move |_| {
        let pid = id.get_value();
        let mut mine: Vec<(String, Session)> = state
            .views::<Session>(kinds::SESSION)
            .into_iter()
            .filter(|(_, s)| s.person == pid)
            .collect();
        newest_first(&mut mine, |s| s);
        mine
    });
    view! {
        <section class="card" aria-labelledby="person-sessions-heading">
            <h2 id="person-sessions-heading">{move || state.t(MentoringScreensKey::SessionsTitle)}</h2>
            <Show when=move || rows.with(|r| !r.is_empty()) fallback=move || view! {
                <p class="muted">{move || state.t(MentoringScreensKey::SessionsEmpty)}</p>
            }>
                <ul class="session-list">
                    {move || rows.get().into_iter().map(|(sid, s)| {
                        let status = s.status;
                        let late = s.needs_recording(today);
                        view! {
                            <li class="session-row" class:needs-recording=late>
                                <a href=format!("/sessions/{sid}")>
                                    {move || {
                                        let lang = state.lang.get();
                                        s.date.map(|d| lang.date_time(d, s.time)).unwrap_or_default()
                                    }}
                                </a>
                                <span class="session-meta">
                                    {session_badge(state, status)}
                                    <span>{move || state.t(labels::mode(s.mode))}</span>
                                    {s.rating.map(|r| view! {
                                        <span class="rating-mini">{move || fill(state.t(MentoringScreensKey::RatingOf), &[("n", &r.to_string())])}</span>
                                    })}
                                    {late.then(|| view! { <span class="flag flag-due-soon">{move || state.t(MentoringScreensKey::NeedsRecording)}</span> })}
                                </span>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </Show>
        </section>
    }
}

#[component]
fn DeletePerson(
    id: StoredValue<String>,
    confirm: RwSignal<bool>,
    dirty: StoredValue<bool>,
) -> impl IntoView {
    let state = use_state();
    let navigate = use_navigate();
    let delete = move |_| {
        dirty.set_value(false);
        let pid = id.get_value();
        // Their sessions and actions go with them: without the person they mean nothing.
        let related: Vec<String> = state.records.with_untracked(|m| {
            m.values()
                .filter(|r| {
                    !r.deleted
                        && (r.kind == kinds::SESSION || r.kind == kinds::ACTION)
                        && r.fields.get("person").and_then(|v| v.as_str()) == Some(pid.as_str())
                })
                .map(|r| r.id.clone())
                .collect()
        });
        for rid in related {
            state.delete_record(&rid);
        }
        state.delete_record(&pid);
        navigate("/people", Default::default());
    };
    view! {
        <section class="danger-zone">
            <Show when=move || confirm.get() fallback=move || view! {
                <button type="button" class="btn btn-danger-quiet" on:click=move |_| {
                    confirm.set(true);
                    focus_when_ready("person-delete-cancel");
                }>
                    {icons::trash()}<span>{move || state.t(MentoringScreensKey::DeletePerson)}</span>
                </button>
            }>
                <div class="card card-danger" role="group" aria-labelledby="person-delete-question">
                    <p id="person-delete-question">{move || state.t(MentoringScreensKey::DeletePersonConfirm)}</p>
                    <div class="actions">
                        <button type="button" class="btn btn-danger" on:click=delete.clone()>{move || state.t(MentoringScreensKey::DeletePersonYes)}</button>
                        <button type="button" class="btn btn-secondary" id="person-delete-cancel" on:click=move |_| confirm.set(false)>
                            {move || state.t(Key::Cancel)}
                        </button>
                    </div>
                </div>
            </Show>
        </section>
    }
}
