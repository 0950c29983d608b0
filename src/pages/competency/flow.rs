//! The rating flow: a setup card (date, target role, target position), then one card per
//! competency with its level descriptors as large radio options, "not assessed", the target
//! level, evidence text and linked journal entries, and Previous / Next. Every answer is saved
//! at once (text after a short pause), together with the card the person is on, so a reload
//! resumes where they were.
//!
//! Keyboard: the arrow keys move within the level options (native radio group), Enter on an
//! option goes to the next card, and each new card puts the focus on its chosen (or first)
//! level so rating nine competencies needs no mouse.

use super::evidence::EvidenceEntries;
use super::{
    change_assessment, fill, find_framework, framework_name, level_label, stored_assessment,
};
use crate::domain::competency::assessment::{Assessment, Rating, EVIDENCE_MAX, ROLE_MAX};
use crate::domain::competency::builtin::Position;
use crate::domain::competency::framework::{Competency, Framework};
use crate::domain::competency::LEVELS;
use crate::domain::date::Date;
use crate::i18n::competency_strings::{group, position};
use crate::i18n::{CompetencyKey, Key};
use crate::state::use_state;
use crate::ui::form::{Debounce, AUTOSAVE_DELAY};
use crate::ui::icons;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use wasm_bindgen::JsCast;

/// Focuses an element once it exists and brings the top of the page into view, so a new card
/// starts at its heading while the keyboard is already on its options.
fn focus_and_scroll_top(id: String) {
    fn attempt(id: String, tries: u32) {
        let doc = web_sys::window().and_then(|w| w.document());
        let el = doc
            .and_then(|d| d.get_element_by_id(&id))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        match el {
            Some(el) => {
                let _ = el.focus();
                if let Some(w) = web_sys::window() {
                    w.scroll_to_with_x_and_y(0.0, 0.0);
                }
            }
            None if tries > 0 => set_timeout(
                move || attempt(id, tries - 1),
                std::time::Duration::from_millis(30),
            ),
            None => {}
        }
    }
    set_timeout(move || attempt(id, 20), std::time::Duration::ZERO);
}

/// The id of the option to focus on the card of `step`: its chosen level, else level 1.
fn option_to_focus(a: &Assessment, f: &Framework, step: usize) -> String {
    let Some(c) = step.checked_sub(1).and_then(|i| f.competencies.get(i)) else {
        return "flow-heading".to_string();
    };
    match a.rating(&c.id) {
        Some(r) if r.not_assessed => "level-opt-na".to_string(),
        Some(Rating { level: Some(l), .. }) => format!("level-opt-{l}"),
        _ => "level-opt-1".to_string(),
    }
}

#[component]
pub(super) fn Flow(id: StoredValue<String>, live: Memo<Option<Assessment>>) -> impl IntoView {
    let state = use_state();
    let framework_id = Memo::new(move |_| {
        live.with(|a| a.as_ref().map(|a| a.framework.clone()).unwrap_or_default())
    });
    let framework = Memo::new(move |_| find_framework(state, &framework_id.get()));
    let total =
        Memo::new(move |_| framework.with(|f| f.as_ref().map_or(0, |f| f.competencies.len())));
    let step = Memo::new(move |_| {
        live.with(|a| a.as_ref().map_or(0, |a| a.step))
            .min(total.get())
    });
    let answered = Memo::new(move |_| {
        live.with(|a| {
            framework.with(|f| match (a, f) {
                (Some(a), Some(f)) => a.answered(f),
                _ => 0,
            })
        })
    });

    // Moves to another card; the target is clamped to the cards that exist.
    let go = move |to: usize| {
        let to = to.min(total.get_untracked());
        change_assessment(state, &id.get_value(), |a| {
            let changed = a.step != to;
            a.step = to;
            changed
        });
        let target = match (
            stored_assessment(state, &id.get_value()),
            framework.get_untracked(),
        ) {
            (Some(a), Some(f)) => option_to_focus(&a, &f, to),
            _ => "flow-heading".to_string(),
        };
        focus_and_scroll_top(target);
    };
    let finish = move || {
        change_assessment(state, &id.get_value(), |a| a.complete());
        focus_and_scroll_top("results-heading".to_string());
    };

    let title = move || {
        let lang = state.lang.get();
        format!(
            "{} · {}",
            lang.t(CompetencyKey::FlowTitle),
            framework.with(|f| framework_name(lang, f.as_ref()))
        )
    };

    view! {
        <section class="page assessment-flow" aria-labelledby="flow-title">
            <header class="page-header">
                <div>
                    <p class="flow-kicker muted" id="flow-title">{title}</p>
                </div>
                <a class="btn btn-secondary" href="/competencies">
                    {icons::close()}<span>{move || state.t(CompetencyKey::BackToList)}</span>
                </a>
            </header>
            <div class="flow-progress">
                <span class="flow-step">{move || {
                    let s = step.get();
                    if s == 0 {
                        state.t(CompetencyKey::SetupStep).to_string()
                    } else {
                        fill(state.t(CompetencyKey::StepOf), &[("n", &s.to_string()), ("total", &total.get().to_string())])
                    }
                }}</span>
                <progress class="flow-progress-bar" max=move || total.get().max(1).to_string()
                    value=move || answered.get().to_string()
                    aria-label=move || state.t(CompetencyKey::ProgressLabel)></progress>
                <span class="flow-answered muted">{move || fill(state.t(CompetencyKey::AnsweredOf), &[("n", &answered.get().to_string()), ("total", &total.get().to_string())])}</span>
            </div>
            <Show when=move || framework.with(Option::is_some) fallback=move || view! {
                <p class="empty-note" role="alert">{move || state.t(CompetencyKey::FrameworkGone)}</p>
            }>
                {move || {
                    // One card at a time, rebuilt when the step changes (not on every save).
                    // Also rebuilt when the framework changes (a language switch renames built-ins).
                    let s = step.get();
                    let Some(f) = framework.get() else { return ().into_any() };
                    if s == 0 {
                        view! { <SetupCard id=id live=live framework=framework framework_id=framework_id on_next=Callback::new(move |_| go(1))/> }.into_any()
                    } else {
                        let c = f.competencies[s - 1].clone();
                        let last = s == f.competencies.len();
                        view! {
                            <CompetencyCard id=id live=live competency=c
                                on_prev=Callback::new(move |_| go(s - 1))
                                on_next=Callback::new(move |_| if last { finish() } else { go(s + 1) })
                                last=last total=total answered=answered/>
                        }.into_any()
                    }
                }}
            </Show>
            <p class="muted flow-saved">{move || state.t(CompetencyKey::SavedAsYouGo)}</p>
            <DeleteAssessment id=id/>
        </section>
    }
}

#[component]
fn SetupCard(
    id: StoredValue<String>,
    live: Memo<Option<Assessment>>,
    framework: Memo<Option<Framework>>,
    framework_id: Memo<String>,
    on_next: Callback<()>,
) -> impl IntoView {
    let state = use_state();
    let stored = stored_assessment(state, &id.get_value());
    let date = RwSignal::new(
        stored
            .as_ref()
            .map(|a| a.date.to_string())
            .unwrap_or_default(),
    );
    let date_error = RwSignal::new(None::<Key>);
    let role = RwSignal::new(
        stored
            .as_ref()
            .map(|a| a.target_role.clone())
            .unwrap_or_default(),
    );
    let role_error = RwSignal::new(false);
    let debounce = Debounce::new();
    let role_dirty = StoredValue::new(false);

    let save_role = move || {
        if role_dirty.try_get_value() != Some(true) {
            return;
        }
        let Some(text) = role.try_get_untracked() else {
            return;
        };
        let too_long = crate::domain::competency::too_long(&text, ROLE_MAX);
        role_error.try_set(too_long);
        if !too_long {
            change_assessment(state, &id.get_value(), |a| {
                let changed = a.target_role != text;
                a.target_role = text.clone();
                changed
            });
            role_dirty.set_value(false);
        }
    };
    crate::ui::form::save_on_leave(save_role);

    let set_date = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        date.set(text.clone());
        match Date::parse(text.trim()) {
            Some(d) if d.in_range() => {
                date_error.set(None);
                change_assessment(state, &id.get_value(), |a| {
                    let changed = a.date != d;
                    a.date = d;
                    changed
                });
            }
            Some(_) => date_error.set(Some(Key::ErrDateOutOfRange)),
            None => date_error.set(Some(Key::ErrDateInvalid)),
        }
    };
    let has_positions = Memo::new(move |_| {
        framework.with(|f| {
            f.as_ref()
                .is_some_and(|f| f.has_position_targets(&framework_id.get()))
        })
    });
    let current_position =
        Memo::new(move |_| live.with(|a| a.as_ref().and_then(|a| a.target_position)));
    let set_position = move |ev: leptos::ev::Event| {
        let p = Position::parse(&event_target_value(&ev));
        let Some(f) = framework.get_untracked() else {
            return;
        };
        change_assessment(state, &id.get_value(), |a| {
            a.set_position(p, &f);
            true
        });
    };
    let empty = Memo::new(move |_| {
        framework.with(|f| f.as_ref().is_none_or(|f| f.competencies.is_empty()))
    });
    let fw_link = move || format!("/competencies/framework/{}", framework_id.get());

    view! {
        <form class="card flow-card" novalidate on:submit=move |ev| {
            ev.prevent_default();
            save_role();
            if !empty.get_untracked() && date_error.get_untracked().is_none() && !role_error.get_untracked() {
                on_next.run(());
            }
        }>
            <h1 id="flow-heading" tabindex="-1">{move || state.t(CompetencyKey::SetupHeading)}</h1>
            <p>
                <span class="muted">{move || state.t(CompetencyKey::FieldFramework)}": "</span>
                <a href=fw_link>{move || framework.with(|f| framework_name(state.lang.get(), f.as_ref()))}</a>
            </p>
            <div class="field">
                <label for="flow-date">{move || state.t(CompetencyKey::FieldDate)}</label>
                <input id="flow-date" type="date" min="1900-01-01" max="2200-12-31"
                    aria-invalid=move || date_error.get().is_some().to_string()
                    aria-describedby="flow-date-error"
                    prop:value=move || date.get() on:input=set_date/>
                <p id="flow-date-error" class="field-error" aria-live="polite">{move || date_error.get().map(|k| state.t(k))}</p>
            </div>
            <div class="field">
                <label for="flow-role">{move || state.t(CompetencyKey::FieldTargetRole)}</label>
                <input id="flow-role" type="text" autocomplete="off" maxlength="400"
                    aria-invalid=move || role_error.get().to_string()
                    aria-describedby="flow-role-hint flow-role-error"
                    prop:value=move || role.get()
                    on:input=move |ev| {
                        role.set(event_target_value(&ev));
                        role_dirty.set_value(true);
                        debounce.schedule(AUTOSAVE_DELAY, save_role);
                    }/>
                <p id="flow-role-hint" class="field-hint">{move || state.t(CompetencyKey::TargetRoleHint)}</p>
                <p id="flow-role-error" class="field-error" aria-live="polite">{move || role_error.get().then(|| state.t(CompetencyKey::ErrRoleTooLong))}</p>
            </div>
            <Show when=move || has_positions.get()>
                <div class="field">
                    <label for="flow-position">{move || state.t(CompetencyKey::FieldPosition)}</label>
                    <select id="flow-position" aria-describedby="flow-position-hint" on:change=set_position>
                        <option value="" selected=move || current_position.get().is_none()>{move || state.t(CompetencyKey::PositionNone)}</option>
                        {Position::ALL.into_iter().map(|p| view! {
                            <option value=p.as_str() selected=move || current_position.get() == Some(p)>
                                {move || fill(state.t(CompetencyKey::PositionWithLevel), &[("position", state.t(position(p))), ("n", &p.level().to_string())])}
                            </option>
                        }).collect_view()}
                    </select>
                    <p id="flow-position-hint" class="field-hint">{move || state.t(CompetencyKey::PositionHint)}</p>
                </div>
            </Show>
            <Show when=move || empty.get()>
                <p class="field-error" role="alert">{move || state.t(CompetencyKey::FrameworkEmpty)}</p>
            </Show>
            <div class="flow-nav">
                <button type="submit" class="btn btn-primary flow-next" disabled=move || empty.get()>
                    <span>{move || state.t(CompetencyKey::Next)}</span>
                </button>
            </div>
        </form>
    }
}

#[component]
fn CompetencyCard(
    id: StoredValue<String>,
    live: Memo<Option<Assessment>>,
    competency: Competency,
    on_prev: Callback<()>,
    on_next: Callback<()>,
    last: bool,
    total: Memo<usize>,
    answered: Memo<usize>,
) -> impl IntoView {
    let state = use_state();
    let c = StoredValue::new(competency);
    let cid = move || c.with_value(|c| c.id.clone());
    let cname = move || c.with_value(|c| c.name.clone());
    let rating =
        Memo::new(move |_| live.with(|a| a.as_ref().and_then(|a| a.rating(&cid()).cloned())));
    let role = Memo::new(move |_| {
        live.with(|a| {
            a.as_ref()
                .map(|a| a.target_role.trim().to_string())
                .unwrap_or_default()
        })
    });

    let rate = move |level: Option<u8>| {
        change_assessment(state, &id.get_value(), |a| a.rate(&cid(), &cname(), level));
    };
    let set_target = move |ev: leptos::ev::Event| {
        let t = event_target_value(&ev).parse::<u8>().ok();
        change_assessment(state, &id.get_value(), |a| {
            a.set_target(&cid(), &cname(), t)
        });
    };

    // Evidence text: typed here, saved after a pause, on leaving the card, or on closing.
    let evidence = RwSignal::new(
        stored_assessment(state, &id.get_value())
            .and_then(|a| a.rating(&cid()).map(|r| r.evidence.clone()))
            .unwrap_or_default(),
    );
    let evidence_error = RwSignal::new(false);
    let dirty = StoredValue::new(false);
    let debounce = Debounce::new();
    let save_evidence = move || {
        if dirty.try_get_value() != Some(true) {
            return;
        }
        let (Some(text), Some((competency, name))) = (
            evidence.try_get_untracked(),
            c.try_with_value(|c| (c.id.clone(), c.name.clone())),
        ) else {
            return;
        };
        let too_long = crate::domain::competency::too_long(&text, EVIDENCE_MAX);
        evidence_error.try_set(too_long);
        if !too_long {
            change_assessment(state, &id.get_value(), |a| {
                a.set_evidence(&competency, &name, &text)
            });
            dirty.set_value(false);
        }
    };
    let hide = window_event_listener(leptos::ev::pagehide, move |_| save_evidence());
    on_cleanup(move || {
        hide.remove();
        save_evidence();
    });

    let next = move || {
        save_evidence();
        on_next.run(());
    };
    let prev = move |_| {
        save_evidence();
        on_prev.run(());
    };
    // Enter on a level option goes on, as the hint says (browsers differ on whether Enter in a
    // radio group submits the form).
    let on_option_key = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Enter" {
            ev.prevent_default();
            next();
        }
    };

    let unanswered = move || total.get().saturating_sub(answered.get());
    let checked = move |level: Option<u8>| {
        rating.with(|r| match (r, level) {
            (Some(r), None) => r.not_assessed,
            (Some(r), Some(l)) => !r.not_assessed && r.level == Some(l),
            (None, _) => false,
        })
    };
    let target = move || rating.with(|r| r.as_ref().and_then(|r| r.target));
    let linked = Signal::derive(move || {
        rating.with(|r| r.as_ref().map(|r| r.entries.clone()).unwrap_or_default())
    });
    let description = c.with_value(|c| c.description.clone());
    let grp = c.with_value(|c| c.group);

    view! {
        <form class="card flow-card" novalidate on:submit=move |ev| { ev.prevent_default(); next(); }>
            <div class="flow-card-head">
                <h1 id="flow-heading" tabindex="-1">{cname}</h1>
                <span class="badge" data-group=grp.as_str()>{move || state.t(group(grp))}</span>
            </div>
            {(!description.trim().is_empty()).then(|| view! { <p class="competency-definition">{description}</p> })}

            <fieldset class="level-options" aria-describedby="level-keys-hint">
                <legend>{move || state.t(CompetencyKey::YourLevel)}</legend>
                {LEVELS.into_iter().map(|l| {
                    let text = c.with_value(|c| c.level_text(l).to_string());
                    let opt_id = format!("level-opt-{l}");
                    view! {
                        <label class="level-option" for=opt_id.clone()>
                            <input type="radio" name="level" id=opt_id.clone() value=l.to_string()
                                prop:checked=move || checked(Some(l))
                                on:change=move |_| rate(Some(l))
                                on:keydown=on_option_key/>
                            <span class="level-option-body">
                                <span class="level-option-title">{move || level_label(state.lang.get(), l)}</span>
                                {(!text.trim().is_empty()).then(|| view! { <span class="level-option-text">{text}</span> })}
                            </span>
                        </label>
                    }
                }).collect_view()}
                <label class="level-option level-option-na" for="level-opt-na">
                    <input type="radio" name="level" id="level-opt-na" value=""
                        prop:checked=move || checked(None)
                        on:change=move |_| rate(None)
                        on:keydown=on_option_key/>
                    <span class="level-option-body">
                        <span class="level-option-title">{move || state.t(CompetencyKey::NotAssessed)}</span>
                        <span class="level-option-text">{move || state.t(CompetencyKey::NotAssessedHint)}</span>
                    </span>
                </label>
                <p id="level-keys-hint" class="field-hint">{move || state.t(CompetencyKey::KeyboardHint)}</p>
            </fieldset>

            <div class="field flow-target">
                <label for="flow-target">{move || {
                    let r = role.get();
                    if r.is_empty() {
                        state.t(CompetencyKey::TargetLevel).to_string()
                    } else {
                        fill(state.t(CompetencyKey::TargetFor), &[("role", &r)])
                    }
                }}</label>
                <select id="flow-target" on:change=set_target>
                    <option value="" selected=move || target().is_none()>{move || state.t(CompetencyKey::NoTarget)}</option>
                    {LEVELS.into_iter().map(|l| view! {
                        <option value=l.to_string() selected=move || target() == Some(l)>{move || level_label(state.lang.get(), l)}</option>
                    }).collect_view()}
                </select>
            </div>

            <div class="field">
                <label for="flow-evidence">{move || state.t(CompetencyKey::Evidence)}</label>
                <textarea id="flow-evidence" rows="3" class="evidence-text"
                    aria-invalid=move || evidence_error.get().to_string()
                    aria-describedby="flow-evidence-hint flow-evidence-error"
                    prop:value=move || evidence.get()
                    on:input=move |ev| {
                        evidence.set(event_target_value(&ev));
                        dirty.set_value(true);
                        debounce.schedule(AUTOSAVE_DELAY, save_evidence);
                    }></textarea>
                <p id="flow-evidence-hint" class="field-hint">{move || state.t(CompetencyKey::EvidenceHint)}</p>
                <p id="flow-evidence-error" class="field-error" aria-live="polite">{move || evidence_error.get().then(|| state.t(CompetencyKey::ErrEvidenceTooLong))}</p>
            </div>

            <EvidenceEntries id=id competency=c linked=linked/>

            {last.then(|| view! {
                <Show when=move || { unanswered() > 0 }>
                    <p class="flow-unanswered" role="status">{move || {
                        let n = unanswered();
                        if n == 1 {
                            state.t(CompetencyKey::UnansweredOne).to_string()
                        } else {
                            fill(state.t(CompetencyKey::Unanswered), &[("n", &n.to_string())])
                        }
                    }}</p>
                </Show>
            })}
            <div class="flow-nav">
                <button type="button" class="btn btn-secondary" on:click=prev>
                    <span aria-hidden="true">"←"</span><span>{move || state.t(CompetencyKey::Previous)}</span>
                </button>
                <button type="submit" class="btn btn-primary flow-next">
                    <span>{move || state.t(if last { CompetencyKey::Finish } else { CompetencyKey::Next })}</span>
                    {(!last).then(|| view! { <span aria-hidden="true">"→"</span> })}
                </button>
            </div>
        </form>
    }
}

/// Delete with a confirm step.
#[component]
pub(super) fn DeleteAssessment(id: StoredValue<String>) -> impl IntoView {
    let state = use_state();
    let navigate = use_navigate();
    let confirm = RwSignal::new(false);
    let delete = move |_| {
        state.delete_record(&id.get_value());
        navigate("/competencies", Default::default());
    };
    view! {
        <section class="assessment-delete">
            <Show when=move || confirm.get() fallback=move || view! {
                <button type="button" class="btn btn-danger-quiet" on:click=move |_| {
                    confirm.set(true);
                    crate::ui::focus_when_ready("assessment-delete-cancel");
                }>
                    {icons::trash()}<span>{move || state.t(CompetencyKey::DeleteAssessment)}</span>
                </button>
            }>
                <div class="card card-danger" role="group" aria-labelledby="assessment-delete-question">
                    <p id="assessment-delete-question">{move || state.t(CompetencyKey::DeleteAssessmentConfirm)}</p>
                    <div class="actions">
                        <button type="button" class="btn btn-danger" on:click=delete.clone()>{move || state.t(CompetencyKey::DeleteYes)}</button>
                        <button type="button" class="btn btn-secondary" id="assessment-delete-cancel" on:click=move |_| confirm.set(false)>
                            {move || state.t(Key::Cancel)}
                        </button>
                    </div>
                </div>
            </Show>
        </section>
    }
}
