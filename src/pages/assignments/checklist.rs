//! The readiness checklist: items grouped by phase, each with a tick box, its due date and
//! evidence, and a details panel (text, status, phase, due date, note, evidence link, move up
//! or down within its phase, remove) that saves as the person types. Below, a form adds an
//! item to any phase.

use super::{act, chevron, error_key, messages, parse_date};
use crate::browser;
use crate::domain::assignment::{Assignment, AssignmentError, ChecklistItem, ItemStatus, Phase};
use crate::i18n::assignment_messages::{fill, item_status_label, phase_label};
use crate::i18n::{AssignmentKey as K, Lang};
use crate::state::use_state;
use crate::ui::form::{Debounce, AUTOSAVE_DELAY};
use crate::ui::{focus_when_ready, icons};
use leptos::prelude::*;

#[component]
pub fn Checklist(id: StoredValue<String>, live: Memo<Option<Assignment>>) -> impl IntoView {
    let state = use_state();
    view! {
        <section class="card asg-checklist" aria-labelledby="asg-checklist-heading">
            <h2 id="asg-checklist-heading">{move || state.t(K::ChecklistHeading)}</h2>
            <p class="muted asg-section-intro">{move || state.t(K::ChecklistIntro)}</p>
            {Phase::ALL.into_iter().map(|phase| view! { <PhaseGroup id=id live=live phase=phase/> }).collect_view()}
            <AddItem id=id/>
        </section>
    }
}

#[component]
fn PhaseGroup(
    id: StoredValue<String>,
    live: Memo<Option<Assignment>>,
    phase: Phase,
) -> impl IntoView {
    let state = use_state();
    let ids = Memo::new(move |_| {
        live.with(|a| {
            a.as_ref()
                .map(|a| {
                    a.phase_items(phase)
                        .map(|i| i.id.clone())
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let counts = Memo::new(move |_| {
        live.with(|a| {
            a.as_ref().map_or((0, 0), |a| {
                let counted: Vec<&ChecklistItem> = a
                    .phase_items(phase)
                    .filter(|i| i.status != ItemStatus::NotApplicable)
                    .collect();
                (
                    counted
                        .iter()
                        .filter(|i| i.status == ItemStatus::Done)
                        .count(),
                    counted.len(),
                )
            })
        })
    });
    let heading_id = format!("asg-phase-{}", phase.as_str());
    let labelled_by = heading_id.clone();
    view! {
        <section class="asg-phase" aria-labelledby=labelled_by data-phase=phase.as_str()>
            <div class="asg-phase-head">
                <h3 id=heading_id>{move || state.t(phase_label(phase))}</h3>
                <Show when=move || { counts.get().1 > 0 }>
                    <span class="muted asg-phase-count">{move || {
                        let (done, total) = counts.get();
                        state.lang.get().phase_done(done, total)
                    }}</span>
                </Show>
            </div>
            <Show when=move || ids.with(|i| !i.is_empty()) fallback=move || view! {
                <p class="muted asg-phase-empty">{move || state.t(K::PhaseEmpty)}</p>
            }>
                <ul class="asg-items">
                    <For each=move || ids.get() key=|i| i.clone() let:iid>
                        <ItemRow id=id live=live iid=iid/>
                    </For>
                </ul>
            </Show>
        </section>
    }
}

/// The row's own typed values, kept apart from the stored item so half-typed text survives.
#[derive(Clone, Copy)]
struct Draft {
    text: RwSignal<String>,
    note: RwSignal<String>,
    evidence: RwSignal<String>,
    due: RwSignal<String>,
    due_invalid: RwSignal<bool>,
    errors: RwSignal<Vec<AssignmentError>>,
    dirty: StoredValue<bool>,
}

impl Draft {
    fn message(
        &self,
        lang: Lang,
        pick: fn(&AssignmentError) -> bool,
        date: bool,
    ) -> Option<String> {
        let mut keys: Vec<K> = self
            .errors
            .with(|es| es.iter().filter(|e| pick(e)).map(error_key).collect());
        if date && self.due_invalid.get() {
            keys.push(K::ErrDateInvalid);
        }
        messages(lang, &keys)
    }
}

#[component]
fn ItemRow(id: StoredValue<String>, live: Memo<Option<Assignment>>, iid: String) -> impl IntoView {
    let state = use_state();
    let iid = StoredValue::new(iid);
    let item = Memo::new(move |_| {
        live.with(|a| {
            a.as_ref()
                .and_then(|a| a.item(&iid.get_value()).cloned())
                .unwrap_or_default()
        })
    });
    let position = Memo::new(move |_| {
        live.with(|a| {
            a.as_ref().map_or((0, 0), |a| {
                let phase = item.with(|i| i.phase);
                let list: Vec<&ChecklistItem> = a.phase_items(phase).collect();
                let i = list
                    .iter()
                    .position(|x| x.id == iid.get_value())
                    .unwrap_or(0);
                (i, list.len())
            })
        })
    });
    let indonesian = move || state.lang.get() == Lang::Id;
    let text = move || item.with(|i| i.display_text(indonesian()).to_string());
    let status = move || item.with(|i| i.status);
    let today = browser::today();
    let overdue = move || item.with(|i| i.status.is_open() && i.due.is_some_and(|d| d < today));
    let open = RwSignal::new(false);
    let key = iid.get_value();
    let check_id = format!("asg-item-{key}");
    let up_id = format!("asg-item-up-{key}");
    let down_id = format!("asg-item-down-{key}");
    let toggle_id = format!("asg-item-more-{key}");
    let panel_id = format!("asg-item-panel-{key}");
    let named = move |k: K| fill(state.t(k), &[("title", &text())]);

    let draft = Draft {
        text: RwSignal::new(String::new()),
        note: RwSignal::new(String::new()),
        evidence: RwSignal::new(String::new()),
        due: RwSignal::new(String::new()),
        due_invalid: RwSignal::new(false),
        errors: RwSignal::new(Vec::new()),
        dirty: StoredValue::new(false),
    };
    // Follows the stored item (and the language, for template text) unless mid-edit; compares
    // trimmed, since saving trims.
    Effect::new(move |_| {
        let (t, note, evidence, due) = item.with(|i| {
            (
                i.display_text(indonesian()).to_string(),
                i.note.clone(),
                i.evidence.clone(),
                i.due.map(|d| d.to_string()).unwrap_or_default(),
            )
        });
        if draft.dirty.get_value() {
            return;
        }
        for (signal, stored) in [
            (draft.text, t),
            (draft.note, note),
            (draft.evidence, evidence),
            (draft.due, due),
        ] {
            if signal.with_untracked(|s| s.trim() != stored.trim()) {
                signal.set(stored);
            }
        }
    });

    let debounce = Debounce::new();
    let save_draft = move || {
        if draft.dirty.try_get_value() != Some(true) {
            return;
        }
        let due = match parse_date(&draft.due.get_untracked()) {
            Ok(d) => {
                draft.due_invalid.set(false);
                d
            }
            Err(()) => {
                draft.due_invalid.set(true);
                return;
            }
        };
        let (text, note, evidence) = (
            draft.text.get_untracked(),
            draft.note.get_untracked(),
            draft.evidence.get_untracked(),
        );
        let shown = item.with_untracked(|i| i.display_text(indonesian()).to_string());
        let me = iid.get_value();
        let result = act(state, &id.get_value(), |a| {
            let Some(i) = a.item_mut(&me) else {
                return false;
            };
            // Untouched template text stays as stored, so it keeps following the language.
            if text.trim() != shown.trim() {
                i.text = text.trim().to_string();
            }
            i.note = note.trim().to_string();
            i.evidence = evidence.trim().to_string();
            i.due = due;
            true
        });
        match result {
            Ok(_) => {
                draft.errors.set(Vec::new());
                draft.dirty.set_value(false);
            }
            Err(errs) => draft.errors.set(
                errs.into_iter()
                    .filter(|e| e.row_id() == Some(me.as_str()))
                    .collect(),
            ),
        }
    };
    let edited = move || {
        draft.dirty.set_value(true);
        debounce.schedule(AUTOSAVE_DELAY, save_draft);
    };
    crate::ui::form::save_on_leave(save_draft);

    let set_status = move |s: ItemStatus| {
        save_draft();
        let me = iid.get_value();
        let _ = act(state, &id.get_value(), |a| a.set_item_status(&me, s));
    };
    let move_by = move |up: bool| {
        let me = iid.get_value();
        let _ = act(state, &id.get_value(), |a| a.move_item(&me, up));
        let (i, n) = position.get_untracked();
        let at_end = if up { i == 0 } else { i + 1 >= n };
        let key = iid.get_value();
        focus_when_ready(if at_end == up {
            format!("asg-item-down-{key}")
        } else {
            format!("asg-item-up-{key}")
        });
    };
    let set_phase = move |p: Phase| {
        save_draft();
        let me = iid.get_value();
        let _ = act(state, &id.get_value(), |a| a.set_item_phase(&me, p));
        // The row moves to another group and is rebuilt there; keep the person on it.
        focus_when_ready(format!("asg-item-{me}"));
    };
    let remove = move |_| {
        draft.dirty.set_value(false);
        let me = iid.get_value();
        let _ = act(state, &id.get_value(), |a| a.remove_item(&me));
        focus_when_ready("asg-new-item");
    };
    let close_panel = {
        let toggle_id = toggle_id.clone();
        move |ev: leptos::ev::KeyboardEvent| {
            if ev.key() == "Escape" {
                ev.prevent_default();
                save_draft();
                open.set(false);
                focus_when_ready(toggle_id.clone());
            }
        }
    };

    let msg = move |pick: fn(&AssignmentError) -> bool, date: bool| {
        move || draft.message(state.lang.get(), pick, date)
    };
    let text_error = msg(
        |e| {
            matches!(
                e,
                AssignmentError::ItemTextEmpty { .. } | AssignmentError::ItemTextTooLong { .. }
            )
        },
        false,
    );
    let note_error = msg(
        |e| matches!(e, AssignmentError::ItemNoteTooLong { .. }),
        false,
    );
    let due_error = msg(
        |e| matches!(e, AssignmentError::ItemDueOutOfRange { .. }),
        true,
    );
    let evidence_error = msg(
        |e| matches!(e, AssignmentError::ItemEvidenceNotLink { .. }),
        false,
    );
    let evidence_link = move || {
        item.with(|i| {
            crate::domain::assignment::is_web_link(&i.evidence)
                .then(|| i.evidence.trim().to_string())
        })
    };

    let f = |suffix: &str| format!("asg-item-{suffix}-{key}");
    let (text_id, status_id, phase_id, due_id, note_id, ev_id) = (
        f("text"),
        f("status"),
        f("phase"),
        f("due"),
        f("note"),
        f("evidence"),
    );

    view! {
        <li class="asg-item" data-status=move || status().as_str() class:overdue=overdue>
            <input type="checkbox" id=check_id.clone() class="milestone-check asg-item-check"
                prop:checked=move || status() == ItemStatus::Done
                on:change=move |ev| set_status(if event_target_checked(&ev) { ItemStatus::Done } else { ItemStatus::Todo })/>
            <label for=check_id class="asg-item-text">{text}</label>
            <span class="asg-item-meta">
                {move || matches!(status(), ItemStatus::InProgress | ItemStatus::NotApplicable).then(|| view! {
                    <span class="asg-item-status" data-status=status().as_str()>{state.t(item_status_label(status()))}</span>
                })}
                {move || item.with(|i| if i.status.is_open() { i.due } else { None }).map(|d| view! {
                    <span>{fill(state.t(K::ItemDueOn), &[("date", &state.lang.get().date(d))])}</span>
                })}
                <Show when=overdue>
                    <span class="flag flag-overdue">{move || state.t(K::ItemOverdue)}</span>
                </Show>
                {move || evidence_link().map(|href| view! {
                    <a class="asg-evidence" href=href target="_blank" rel="noopener noreferrer">{state.t(K::EvidenceOpen)}</a>
                })}
            </span>
            <button type="button" class="icon-btn asg-more" id=toggle_id
                aria-label=move || named(K::ItemDetails) title=move || named(K::ItemDetails)
                aria-expanded=move || open.get().to_string() aria-controls=panel_id.clone()
                on:click=move |_| {
                    if open.get_untracked() {
                        save_draft();
                    }
                    open.update(|o| *o = !*o);
                }>{chevron()}</button>
            <div class="asg-item-panel" id=panel_id.clone() hidden=move || !open.get() on:keydown=close_panel>
                <div class="field">
                    <label for=text_id.clone()>{move || state.t(K::FieldItemText)}</label>
                    <input id=text_id.clone() type="text" autocomplete="off" maxlength="600"
                        aria-invalid=move || text_error().is_some().to_string()
                        aria-describedby=format!("{text_id}-error")
                        prop:value=move || draft.text.get()
                        on:input=move |ev| { draft.text.set(event_target_value(&ev)); edited(); }/>
                    <p id=format!("{text_id}-error") class="field-error" aria-live="polite">{text_error}</p>
                </div>
                <div class="field-row">
                    <div class="field">
                        <label for=status_id.clone()>{move || state.t(K::FieldItemStatus)}</label>
                        <select id=status_id on:change=move |ev| {
                            if let Some(s) = ItemStatus::parse(&event_target_value(&ev)) { set_status(s); }
                        }>
                            {ItemStatus::ALL.into_iter().map(|s| view! {
                                <option value=s.as_str() selected=move || status() == s>{move || state.t(item_status_label(s))}</option>
                            }).collect_view()}
                        </select>
                    </div>
                    <div class="field">
                        <label for=phase_id.clone()>{move || state.t(K::FieldItemPhase)}</label>
                        <select id=phase_id on:change=move |ev| {
                            if let Some(p) = Phase::parse(&event_target_value(&ev)) { set_phase(p); }
                        }>
                            {Phase::ALL.into_iter().map(|p| view! {
                                <option value=p.as_str() selected=move || item.with(|i| i.phase == p)>{move || state.t(phase_label(p))}</option>
                            }).collect_view()}
                        </select>
                    </div>
                </div>
                <div class="field">
                    <label for=due_id.clone()>{move || state.t(K::FieldItemDue)}</label>
                    <input id=due_id.clone() type="date" min="1900-01-01" max="2200-12-31" class="asg-due"
                        aria-invalid=move || due_error().is_some().to_string()
                        aria-describedby=format!("{due_id}-error")
                        prop:value=move || draft.due.get()
                        on:input=move |ev| { draft.due.set(event_target_value(&ev)); edited(); }/>
                    <p id=format!("{due_id}-error") class="field-error" aria-live="polite">{due_error}</p>
                </div>
                <div class="field">
                    <label for=note_id.clone()>{move || state.t(K::FieldItemNote)}</label>
                    <textarea id=note_id.clone() rows="2" class="asg-note"
                        aria-invalid=move || note_error().is_some().to_string()
                        aria-describedby=format!("{note_id}-error")
                        prop:value=move || draft.note.get()
                        on:input=move |ev| { draft.note.set(event_target_value(&ev)); edited(); }></textarea>
                    <p id=format!("{note_id}-error") class="field-error" aria-live="polite">{note_error}</p>
                </div>
                <div class="field">
                    <label for=ev_id.clone()>{move || state.t(K::FieldItemEvidence)}</label>
                    <input id=ev_id.clone() type="url" inputmode="url" autocomplete="off" placeholder="https://"
                        aria-invalid=move || evidence_error().is_some().to_string()
                        aria-describedby=format!("{ev_id}-hint {ev_id}-error")
                        prop:value=move || draft.evidence.get()
                        on:input=move |ev| { draft.evidence.set(event_target_value(&ev)); edited(); }/>
                    <p id=format!("{ev_id}-hint") class="field-hint">{move || state.t(K::FieldItemEvidenceHint)}</p>
                    <p id=format!("{ev_id}-error") class="field-error" aria-live="polite">{evidence_error}</p>
                </div>
                <div class="asg-panel-actions">
                    <button type="button" class="btn btn-secondary btn-small" id=up_id
                        aria-label=move || named(K::ItemMoveUp)
                        disabled=move || position.get().0 == 0
                        on:click=move |_| move_by(true)>{icons::arrow_up()}<span>{move || state.t(K::MoveUp)}</span></button>
                    <button type="button" class="btn btn-secondary btn-small" id=down_id
                        aria-label=move || named(K::ItemMoveDown)
                        disabled=move || { let (i, n) = position.get(); i + 1 >= n }
                        on:click=move |_| move_by(false)>{icons::arrow_down()}<span>{move || state.t(K::MoveDown)}</span></button>
                    <button type="button" class="btn btn-danger-quiet btn-small asg-remove" on:click=remove>
                        {icons::trash()}<span>{move || state.t(K::ItemRemove)}</span>
                    </button>
                </div>
            </div>
        </li>
    }
}

#[component]
fn AddItem(id: StoredValue<String>) -> impl IntoView {
    let state = use_state();
    let text = RwSignal::new(String::new());
    let phase = RwSignal::new(Phase::Prepare);
    let due = RwSignal::new(String::new());
    let error = RwSignal::new(None::<K>);
    let add = move || {
        let t = text.get_untracked();
        if t.trim().is_empty() {
            error.set(Some(K::ErrItemEmpty));
            focus_when_ready("asg-new-item");
            return;
        }
        let Ok(d) = parse_date(&due.get_untracked()) else {
            error.set(Some(K::ErrDateInvalid));
            return;
        };
        let new_id = browser::new_id();
        match act(state, &id.get_value(), |a| {
            a.add_item(new_id, &t, phase.get_untracked(), d)
        }) {
            Ok(_) => {
                text.set(String::new());
                due.set(String::new());
                error.set(None);
                focus_when_ready("asg-new-item");
            }
            Err(errs) => error.set(errs.first().map(error_key)),
        }
    };
    let enter = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Enter" {
            ev.prevent_default();
            add();
        }
    };
    view! {
        <div class="asg-add" role="group" aria-labelledby="asg-add-item-heading">
            <h3 id="asg-add-item-heading">{move || state.t(K::AddItemHeading)}</h3>
            <div class="asg-add-row">
                <div class="field asg-add-text">
                    <label for="asg-new-item">{move || state.t(K::FieldNewItem)}</label>
                    <input id="asg-new-item" type="text" autocomplete="off" maxlength="600"
                        aria-invalid=move || error.get().is_some().to_string()
                        aria-describedby="asg-new-item-error"
                        prop:value=move || text.get()
                        on:input=move |ev| { text.set(event_target_value(&ev)); error.set(None); }
                        on:keydown=enter/>
                </div>
                <div class="field">
                    <label for="asg-new-phase">{move || state.t(K::FieldItemPhase)}</label>
                    <select id="asg-new-phase" on:change=move |ev| {
                        if let Some(p) = Phase::parse(&event_target_value(&ev)) { phase.set(p); }
                    }>
                        {Phase::ALL.into_iter().map(|p| view! {
                            <option value=p.as_str() selected=move || phase.get() == p>{move || state.t(phase_label(p))}</option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="asg-new-due">{move || state.t(K::FieldItemDue)}</label>
                    <input id="asg-new-due" type="date" min="1900-01-01" max="2200-12-31"
                        prop:value=move || due.get()
                        on:input=move |ev| due.set(event_target_value(&ev))
                        on:keydown=enter/>
                </div>
                <button type="button" class="btn btn-secondary asg-add-btn" on:click=move |_| add()>
                    {icons::plus()}<span>{move || state.t(K::AddItem)}</span>
                </button>
            </div>
            <p id="asg-new-item-error" class="field-error" aria-live="polite">{move || error.get().map(|k| state.t(k))}</p>
        </div>
    }
}
