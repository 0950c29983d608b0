//! One framework. A built-in one is shown read-only (competencies, level descriptors, the
//! expected level by position) with "Copy and adapt"; the person's own is an autosaving editor:
//! name, description, and per competency its name, type, definition and five level
//! descriptors, with add, reorder and remove. A form with errors is kept on screen and saved
//! once fixed, never half-saved.

use super::{
    dated_assessments, fill, find_framework, framework_name, language, level_label,
    start_assessment,
};
use crate::browser;
use crate::domain::competency::builtin::{self, Position, ASN_ID};
use crate::domain::competency::framework::{
    validate, Competency, Framework, FrameworkError, Group,
};
use crate::domain::competency::LEVELS;
use crate::domain::record::kinds;
use crate::i18n::competency_strings::{group, level_name, position};
use crate::i18n::{CompetencyKey, Key};
use crate::state::{use_state, AppState};
use crate::ui::form::{Debounce, SaveIndicator, AUTOSAVE_DELAY};
use crate::ui::icons;
use crate::ui::{focus_when_ready, Loading};
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_params_map};

fn stored_framework(state: AppState, id: &str) -> Option<Framework> {
    state
        .records
        .with_untracked(|m| m.get(id).cloned())
        .filter(|r| !r.deleted && r.kind == kinds::FRAMEWORK)
        .and_then(|r| r.view::<Framework>().ok())
}

#[component]
pub fn FrameworkPage() -> impl IntoView {
    let state = use_state();
    let params = use_params_map();
    let id = move || params.with(|p| p.get("id").unwrap_or_default());
    view! {
        <Show when=move || state.loaded.get() fallback=move || view! {
            <Loading page=true/>
        }>
            {move || {
                let id = id();
                if builtin::is_builtin(&id) {
                    view! { <BuiltinFramework id=id/> }.into_any()
                } else if let Some(f) = stored_framework(state, &id) {
                    view! { <FrameworkEditor id=id framework=f/> }.into_any()
                } else {
                    view! { <FrameworkNotFound/> }.into_any()
                }
            }}
        </Show>
    }
}

#[component]
fn FrameworkNotFound() -> impl IntoView {
    let state = use_state();
    view! {
        <section class="page">
            <p class="empty-note" role="alert">{move || state.t(CompetencyKey::FrameworkNotFound)}</p>
            <a class="btn btn-secondary" href="/competencies">{move || state.t(CompetencyKey::BackToList)}</a>
        </section>
    }
}

/// "Copy and adapt" and "Start an assessment" for any framework.
#[component]
fn FrameworkActions(id: StoredValue<String>) -> impl IntoView {
    let state = use_state();
    let navigate = use_navigate();
    let nav_copy = navigate.clone();
    let copy = move |_| {
        let source_id = id.get_value();
        let Some(source) = find_framework(state, &source_id) else {
            return;
        };
        let name = fill(
            state.lang.get_untracked().t(CompetencyKey::CopyName),
            &[("name", source.name.trim())],
        );
        let name: String = name
            .chars()
            .take(crate::domain::competency::framework::NAME_MAX)
            .collect();
        let copy = Framework::copy_of(&source, &source_id, &name);
        let new_id = browser::new_id();
        state.save_view(kinds::FRAMEWORK, &new_id, &copy);
        nav_copy(
            &format!("/competencies/framework/{new_id}"),
            Default::default(),
        );
        focus_when_ready("fw-name");
    };
    let start = move |_| start_assessment(state, &id.get_value(), &navigate);
    view! {
        <div class="actions framework-actions">
            <button type="button" class="btn btn-primary" on:click=start>{move || state.t(CompetencyKey::StartWithThis)}</button>
            <button type="button" class="btn btn-secondary" on:click=copy>{move || state.t(CompetencyKey::CopyFramework)}</button>
        </div>
    }
}

#[component]
fn BuiltinFramework(id: String) -> impl IntoView {
    let state = use_state();
    let is_asn = id == ASN_ID;
    let id = StoredValue::new(id);
    let framework =
        Memo::new(move |_| builtin::framework(&id.get_value(), language(state.lang.get())));
    let used = Memo::new(move |_| {
        dated_assessments(state)
            .iter()
            .filter(|d| d.assessment.framework == id.get_value())
            .count()
    });
    view! {
        <section class="page framework-page" aria-labelledby="fw-heading">
            <header class="page-header">
                <div>
                    <h1 id="fw-heading">{move || framework.with(|f| framework_name(state.lang.get(), f.as_ref()))}</h1>
                    <span class="badge" data-builtin="true">{move || state.t(CompetencyKey::BuiltIn)}</span>
                </div>
                <a class="btn btn-secondary" href="/competencies">{icons::close()}<span>{move || state.t(CompetencyKey::BackToList)}</span></a>
            </header>
            <p>{move || framework.with(|f| f.as_ref().map(|f| f.description.clone()))}</p>
            <p class="muted">{move || state.t(CompetencyKey::ReadOnly)}</p>
            <Show when=move || { used.get() > 0 }>
                <p class="muted">{move || if used.get() == 1 {
                    state.t(CompetencyKey::UsedByOne).to_string()
                } else {
                    fill(state.t(CompetencyKey::UsedBy), &[("n", &used.get().to_string())])
                }}</p>
            </Show>
            <FrameworkActions id=id/>
            {is_asn.then(|| view! { <PositionTargets/> })}
            <ol class="framework-competencies">
                {move || framework.get().map(|f| f.competencies.into_iter().map(|c| view! { <CompetencyView competency=c/> }).collect_view())}
            </ol>
            {is_asn.then(|| view! { <p class="muted source-note">{move || state.t(CompetencyKey::AboutAsn)}</p> })}
        </section>
    }
}

#[component]
fn PositionTargets() -> impl IntoView {
    let state = use_state();
    view! {
        <section class="card" aria-labelledby="positions-heading">
            <h2 id="positions-heading">{move || state.t(CompetencyKey::PositionTargetsTitle)}</h2>
            <table class="positions-table">
                <thead>
                    <tr>
                        <th scope="col">{move || state.t(CompetencyKey::ColPosition)}</th>
                        <th scope="col" class="num">{move || state.t(CompetencyKey::ColLevel)}</th>
                    </tr>
                </thead>
                <tbody>
                    {Position::ALL.into_iter().map(|p| view! {
                        <tr>
                            <th scope="row">{move || state.t(position(p))}</th>
                            <td class="num">{move || format!("{} · {}", p.level(), state.t(level_name(p.level())))}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </section>
    }
}

/// A competency of a built-in framework: name and type, then its definition and levels.
#[component]
fn CompetencyView(competency: Competency) -> impl IntoView {
    let state = use_state();
    let grp = competency.group;
    view! {
        <li class="card competency-view">
            <div class="competency-view-head">
                <h2>{competency.name.clone()}</h2>
                <span class="badge" data-group=grp.as_str()>{move || state.t(group(grp))}</span>
            </div>
            <p class="competency-definition">{competency.description.clone()}</p>
            <h3 class="levels-heading">{move || state.t(CompetencyKey::LevelsHeading)}</h3>
            <ol class="level-list">
                {LEVELS.into_iter().map(|l| {
                    let text = competency.level_text(l).to_string();
                    view! {
                        <li>
                            <span class="level-list-name">{move || level_label(state.lang.get(), l)}</span>
                            <span>{text}</span>
                        </li>
                    }
                }).collect_view()}
            </ol>
        </li>
    }
}

fn error_key(e: &FrameworkError) -> CompetencyKey {
    match e {
        FrameworkError::NameEmpty | FrameworkError::CompetencyNameEmpty { .. } => {
            CompetencyKey::ErrNameEmpty
        }
        FrameworkError::DuplicateCompetencyName { .. }
        | FrameworkError::DuplicateCompetencyId { .. } => CompetencyKey::ErrDuplicateName,
        FrameworkError::TooManyCompetencies { .. } => CompetencyKey::ErrTooManyCompetencies,
        _ => CompetencyKey::ErrTooLong,
    }
}

/// Which message goes beside which field: the framework's own fields by name, a
/// competency's by "<id>:<field>".
fn error_field(e: &FrameworkError) -> String {
    match e {
        FrameworkError::NameEmpty | FrameworkError::NameTooLong { .. } => "name".into(),
        FrameworkError::DescriptionTooLong { .. } => "description".into(),
        FrameworkError::TooManyCompetencies { .. } | FrameworkError::CompetencyIdMissing => {
            "competencies".into()
        }
        FrameworkError::CompetencyNameEmpty { id }
        | FrameworkError::CompetencyNameTooLong { id, .. }
        | FrameworkError::DuplicateCompetencyName { id }
        | FrameworkError::DuplicateCompetencyId { id } => format!("{id}:name"),
        FrameworkError::CompetencyDescriptionTooLong { id, .. } => format!("{id}:description"),
        FrameworkError::LevelCount { id } => format!("{id}:levels"),
        FrameworkError::LevelTextTooLong { id, level, .. } => format!("{id}:level{level}"),
    }
}

/// The editor's state: the framework as typed, whether it differs from the stored one, and
/// its validation errors (shown once the person has typed).
#[derive(Clone, Copy)]
struct EditorState {
    id: StoredValue<String>,
    form: RwSignal<Framework>,
    errors: RwSignal<Vec<FrameworkError>>,
    dirty: StoredValue<bool>,
    debounce: Debounce,
}

impl EditorState {
    /// Saves the form if it is valid; otherwise shows why and keeps it on screen.
    fn save_now(&self, state: AppState) {
        if self.dirty.try_get_value() != Some(true) {
            return;
        }
        let Some(f) = self.form.try_get_untracked() else {
            return;
        };
        let errors = validate(&f);
        self.errors.try_set(errors.clone());
        if errors.is_empty() {
            state.save_view(kinds::FRAMEWORK, &self.id.get_value(), &f);
            self.dirty.set_value(false);
        }
    }

    /// Applies an edit to the form and schedules the save (`now` for structural edits).
    fn edit(&self, state: AppState, now: bool, f: impl FnOnce(&mut Framework)) {
        self.form.update(f);
        self.dirty.set_value(true);
        self.errors.set(validate(&self.form.get_untracked()));
        let me = *self;
        if now {
            me.save_now(state);
        } else {
            self.debounce
                .schedule(AUTOSAVE_DELAY, move || me.save_now(state));
        }
    }

    fn message(&self, state: AppState, field: &str) -> Option<String> {
        let keys: Vec<CompetencyKey> = self.errors.with(|es| {
            es.iter()
                .filter(|e| error_field(e) == field)
                .map(error_key)
                .collect()
        });
        (!keys.is_empty()).then(|| {
            let mut texts: Vec<&str> = keys.iter().map(|k| state.t(*k)).collect();
            texts.dedup();
            texts.join(" ")
        })
    }
}

#[component]
fn FrameworkEditor(id: String, framework: Framework) -> impl IntoView {
    let state = use_state();
    let id = StoredValue::new(id);
    let ed = EditorState {
        id,
        form: RwSignal::new(framework),
        errors: RwSignal::new(Vec::new()),
        dirty: StoredValue::new(false),
        debounce: Debounce::new(),
    };
    let live = Memo::new(move |_| {
        state.records.with(|m| {
            m.get(&id.get_value())
                .filter(|r| !r.deleted && r.kind == kinds::FRAMEWORK)
                .and_then(|r| r.view::<Framework>().ok())
        })
    });
    // Another tab changed it: show that, unless mid-edit here.
    Effect::new(move |_| {
        if let Some(stored) = live.get() {
            if !ed.dirty.get_value() && ed.form.with_untracked(|f| *f != stored) {
                ed.form.set(stored);
            }
        }
    });
    let hide = window_event_listener(leptos::ev::pagehide, move |_| ed.save_now(state));
    on_cleanup(move || {
        hide.remove();
        ed.save_now(state);
    });

    let ids = Memo::new(move |_| {
        ed.form.with(|f| {
            f.competencies
                .iter()
                .map(|c| c.id.clone())
                .collect::<Vec<_>>()
        })
    });
    let new_name = RwSignal::new(String::new());
    let add_error = RwSignal::new(None::<CompetencyKey>);
    let add = move || {
        let name = new_name.get_untracked();
        if name.trim().is_empty() {
            add_error.set(Some(CompetencyKey::ErrNameEmpty));
            focus_when_ready("new-competency");
            return;
        }
        if ed.form.with_untracked(|f| f.competencies.len())
            >= crate::domain::competency::framework::COMPETENCIES_MAX
        {
            add_error.set(Some(CompetencyKey::ErrTooManyCompetencies));
            return;
        }
        add_error.set(None);
        let cid = browser::new_id();
        ed.edit(state, true, |f| {
            f.add_competency(Competency::new(cid, &name, Group::Technical));
        });
        new_name.set(String::new());
        focus_when_ready("new-competency");
    };
    let heading = move || ed.form.with(|f| framework_name(state.lang.get(), Some(f)));
    let blocking = Signal::derive(move || ed.errors.with(|e| !e.is_empty()));

    view! {
        <section class="page framework-page framework-editor" aria-labelledby="fw-heading">
            <header class="page-header editor-header">
                <h1 id="fw-heading" class="goal-heading">{heading}</h1>
                <div class="editor-actions">
                    <SaveIndicator state=state dirty_errors=blocking/>
                    <a class="btn btn-secondary" href="/competencies">{icons::close()}<span>{move || state.t(CompetencyKey::BackToList)}</span></a>
                </div>
            </header>
            <span class="badge" data-builtin="false">{move || state.t(CompetencyKey::Custom)}</span>
            <form class="entry-form framework-form" novalidate on:submit=|ev| ev.prevent_default()>
                <div class="field">
                    <label for="fw-name">{move || state.t(CompetencyKey::FieldName)}</label>
                    <input id="fw-name" type="text" autocomplete="off" maxlength="400"
                        aria-invalid=move || ed.message(state, "name").is_some().to_string()
                        aria-describedby="fw-name-error"
                        prop:value=move || ed.form.with(|f| f.name.clone())
                        on:input=move |ev| { let v = event_target_value(&ev); ed.edit(state, false, |f| f.name = v); }/>
                    <p id="fw-name-error" class="field-error" aria-live="polite">{move || ed.message(state, "name")}</p>
                </div>
                <div class="field">
                    <label for="fw-description">{move || state.t(CompetencyKey::FieldDescription)}</label>
                    <textarea id="fw-description" rows="3" class="goal-text"
                        aria-invalid=move || ed.message(state, "description").is_some().to_string()
                        aria-describedby="fw-description-error"
                        prop:value=move || ed.form.with(|f| f.description.clone())
                        on:input=move |ev| { let v = event_target_value(&ev); ed.edit(state, false, |f| f.description = v); }></textarea>
                    <p id="fw-description-error" class="field-error" aria-live="polite">{move || ed.message(state, "description")}</p>
                </div>
            </form>
            <FrameworkActions id=id/>

            <h2 class="competencies-heading">{move || state.t(CompetencyKey::Title)}</h2>
            <Show when=move || ids.with(|i| !i.is_empty()) fallback=move || view! {
                <p class="muted">{move || state.t(CompetencyKey::NoCompetencies)}</p>
            }>
                <ol class="framework-competencies">
                    <For each=move || ids.get() key=|c| c.clone() let:cid>
                        <CompetencyEditor ed=ed cid=cid ids=ids/>
                    </For>
                </ol>
            </Show>
            <p class="field-error" aria-live="polite">{move || ed.message(state, "competencies")}</p>

            <form class="card add-competency" novalidate on:submit=move |ev| { ev.prevent_default(); add(); }>
                <div class="field">
                    <label for="new-competency">{move || state.t(CompetencyKey::NewCompetencyName)}</label>
                    <input id="new-competency" type="text" autocomplete="off" maxlength="400"
                        aria-invalid=move || add_error.get().is_some().to_string()
                        aria-describedby="new-competency-error"
                        prop:value=move || new_name.get()
                        on:input=move |ev| { new_name.set(event_target_value(&ev)); add_error.set(None); }/>
                    <p id="new-competency-error" class="field-error" aria-live="polite">{move || add_error.get().map(|k| state.t(k))}</p>
                </div>
                <button type="submit" class="btn btn-secondary">{icons::plus()}<span>{move || state.t(CompetencyKey::AddCompetency)}</span></button>
            </form>
            <DeleteFramework ed=ed/>
        </section>
    }
}

#[component]
fn CompetencyEditor(ed: EditorState, cid: String, ids: Memo<Vec<String>>) -> impl IntoView {
    let state = use_state();
    let cid = StoredValue::new(cid);
    let field = move |f: fn(&Competency) -> String| {
        move || {
            ed.form
                .with(|fw| fw.competency(&cid.get_value()).map(f).unwrap_or_default())
        }
    };
    let name = field(|c| c.name.clone());
    let position = Memo::new(move |_| {
        ids.with(|ids| {
            (
                ids.iter().position(|i| *i == cid.get_value()).unwrap_or(0),
                ids.len(),
            )
        })
    });
    let set = move |f: fn(&mut Competency, String)| {
        move |ev: leptos::ev::Event| {
            let v = event_target_value(&ev);
            let c = cid.get_value();
            ed.edit(state, false, |fw| {
                if let Some(comp) = fw.competency_mut(&c) {
                    f(comp, v);
                }
            });
        }
    };
    let html_id = move |part: &str| format!("c-{}-{part}", cid.get_value());
    let msg =
        move |part: &'static str| move || ed.message(state, &format!("{}:{part}", cid.get_value()));
    let named = move |key: CompetencyKey| {
        let n = name();
        let n = if n.trim().is_empty() {
            state.t(CompetencyKey::Untitled).to_string()
        } else {
            n
        };
        fill(state.t(key), &[("name", &n)])
    };
    let move_by = move |up: bool| {
        let c = cid.get_value();
        ed.edit(state, true, |fw| {
            fw.move_competency(&c, up);
        });
        let (i, n) = position.get_untracked();
        let at_end = if up { i == 0 } else { i + 1 >= n };
        focus_when_ready(html_id(if at_end == up { "down" } else { "up" }));
    };
    let confirm_remove = RwSignal::new(false);
    let remove = move |_| {
        let c = cid.get_value();
        ed.edit(state, true, |fw| {
            fw.remove_competency(&c);
        });
        focus_when_ready("new-competency");
    };
    let current_group = Memo::new(move |_| {
        ed.form.with(|fw| {
            fw.competency(&cid.get_value())
                .map(|c| c.group)
                .unwrap_or_default()
        })
    });

    view! {
        <li class="card competency-editor">
            <div class="competency-editor-head">
                <h3>{move || format!("{}. {}", position.get().0 + 1, { let n = name(); if n.trim().is_empty() { state.t(CompetencyKey::Untitled).to_string() } else { n } })}</h3>
                <div class="milestone-actions">
                    <button type="button" class="icon-btn" id=move || html_id("up")
                        aria-label=move || named(CompetencyKey::MoveUp) title=move || named(CompetencyKey::MoveUp)
                        disabled=move || position.get().0 == 0
                        on:click=move |_| move_by(true)>{icons::arrow_up()}</button>
                    <button type="button" class="icon-btn" id=move || html_id("down")
                        aria-label=move || named(CompetencyKey::MoveDown) title=move || named(CompetencyKey::MoveDown)
                        disabled=move || { let (i, n) = position.get(); i + 1 >= n }
                        on:click=move |_| move_by(false)>{icons::arrow_down()}</button>
                    <button type="button" class="icon-btn icon-btn-danger"
                        aria-label=move || named(CompetencyKey::RemoveCompetency) title=move || named(CompetencyKey::RemoveCompetency)
                        on:click=move |_| confirm_remove.set(true)>{icons::trash()}</button>
                </div>
            </div>
            <Show when=move || confirm_remove.get()>
                <div class="card card-danger remove-confirm" role="group">
                    <p>{move || named(CompetencyKey::RemoveCompetency)}"?"</p>
                    <div class="actions">
                        <button type="button" class="btn btn-danger" on:click=remove>{move || state.t(CompetencyKey::DeleteYes)}</button>
                        <button type="button" class="btn btn-secondary" on:click=move |_| confirm_remove.set(false)>{move || state.t(Key::Cancel)}</button>
                    </div>
                </div>
            </Show>
            <div class="field-row">
                <div class="field">
                    <label for=move || html_id("name")>{move || state.t(CompetencyKey::CompetencyName)}</label>
                    <input id=move || html_id("name") type="text" autocomplete="off" maxlength="400"
                        aria-invalid=move || msg("name")().is_some().to_string()
                        aria-describedby=move || html_id("name-error")
                        prop:value=name on:input=set(|c, v| c.name = v)/>
                    <p id=move || html_id("name-error") class="field-error" aria-live="polite">{msg("name")}</p>
                </div>
                <div class="field">
                    <label for=move || html_id("group")>{move || state.t(CompetencyKey::CompetencyGroup)}</label>
                    <select id=move || html_id("group") on:change=set(|c, v| c.group = Group::parse(&v).unwrap_or_default())>
                        {Group::ALL.into_iter().map(|g| view! {
                            <option value=g.as_str() selected=move || current_group.get() == g>{move || state.t(group(g))}</option>
                        }).collect_view()}
                    </select>
                </div>
            </div>
            <div class="field">
                <label for=move || html_id("description")>{move || state.t(CompetencyKey::CompetencyDefinition)}</label>
                <textarea id=move || html_id("description") rows="2" class="level-text"
                    aria-invalid=move || msg("description")().is_some().to_string()
                    aria-describedby=move || html_id("description-error")
                    prop:value=field(|c| c.description.clone()) on:input=set(|c, v| c.description = v)></textarea>
                <p id=move || html_id("description-error") class="field-error" aria-live="polite">{msg("description")}</p>
            </div>
            <fieldset class="level-fields">
                <legend>{move || state.t(CompetencyKey::LevelsHeading)}</legend>
                {LEVELS.into_iter().map(|l| {
                    let part: &'static str = ["level1", "level2", "level3", "level4", "level5"][(l - 1) as usize];
                    let value = move || ed.form.with(|fw| fw.competency(&cid.get_value()).map(|c| c.level_text(l).to_string()).unwrap_or_default());
                    let on_input = move |ev: leptos::ev::Event| {
                        let v = event_target_value(&ev);
                        let c = cid.get_value();
                        ed.edit(state, false, |fw| {
                            if let Some(comp) = fw.competency_mut(&c) {
                                comp.set_level_text(l, &v);
                            }
                        });
                    };
                    view! {
                        <div class="field">
                            <label for=move || html_id(part)>{move || level_label(state.lang.get(), l)}</label>
                            <textarea id=move || html_id(part) rows="2" class="level-text"
                                aria-invalid=move || msg(part)().is_some().to_string()
                                aria-describedby=move || html_id(&format!("{part}-error"))
                                prop:value=value on:input=on_input></textarea>
                            <p id=move || html_id(&format!("{part}-error")) class="field-error" aria-live="polite">{msg(part)}</p>
                        </div>
                    }
                }).collect_view()}
            </fieldset>
        </li>
    }
}

#[component]
fn DeleteFramework(ed: EditorState) -> impl IntoView {
    let state = use_state();
    let navigate = use_navigate();
    let confirm = RwSignal::new(false);
    let delete = move |_| {
        ed.dirty.set_value(false);
        state.delete_record(&ed.id.get_value());
        navigate("/competencies", Default::default());
    };
    view! {
        <section class="assessment-delete">
            <Show when=move || confirm.get() fallback=move || view! {
                <button type="button" class="btn btn-danger-quiet" on:click=move |_| {
                    confirm.set(true);
                    focus_when_ready("framework-delete-cancel");
                }>
                    {icons::trash()}<span>{move || state.t(CompetencyKey::DeleteFramework)}</span>
                </button>
            }>
                <div class="card card-danger" role="group" aria-labelledby="framework-delete-question">
                    <p id="framework-delete-question">{move || state.t(CompetencyKey::DeleteFrameworkConfirm)}</p>
                    <div class="actions">
                        <button type="button" class="btn btn-danger" on:click=delete.clone()>{move || state.t(CompetencyKey::DeleteYes)}</button>
                        <button type="button" class="btn btn-secondary" id="framework-delete-cancel" on:click=move |_| confirm.set(false)>
                            {move || state.t(Key::Cancel)}
                        </button>
                    </div>
                </div>
            </Show>
        </section>
    }
}
