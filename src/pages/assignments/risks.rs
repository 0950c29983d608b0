//! The risk register: the 3 × 3 matrix as an SVG (a labelled image with a summary) and the same
//! risks in a table, then one row per risk with its level, a flag while a high risk has no
//! mitigation, and a details panel (title, likelihood, impact, mitigation with the seed
//! material's suggestion, owner, status, remove). A form adds a risk.

use super::{act, chevron, error_key, messages};
use crate::browser;
use crate::domain::assignment::risk::{
    cell_origin, impact_label_y, likelihood_label_x, markers, matrix, Marker, Risk, RiskLevel,
    RiskStatus, CELL, LIKELIHOOD_LABEL_Y, MARGIN, MARKER_RADIUS, SIZE,
};
use crate::domain::assignment::{Assignment, AssignmentError};
use crate::i18n::assignment_messages::{
    fill, impact_label, level_label, likelihood_label, risk_status_label,
};
use crate::i18n::{AssignmentKey as K, Lang};
use crate::state::use_state;
use crate::ui::form::{Debounce, AUTOSAVE_DELAY};
use crate::ui::{focus_when_ready, icons};
use leptos::prelude::*;

#[component]
pub fn RiskRegister(id: StoredValue<String>, live: Memo<Option<Assignment>>) -> impl IntoView {
    let state = use_state();
    let risks =
        Memo::new(move |_| live.with(|a| a.as_ref().map(|a| a.risks.clone()).unwrap_or_default()));
    let ids =
        Memo::new(move |_| risks.with(|r| r.iter().map(|r| r.id.clone()).collect::<Vec<_>>()));
    view! {
        <section class="card asg-risks" aria-labelledby="asg-risks-heading">
            <h2 id="asg-risks-heading">{move || state.t(K::RisksHeading)}</h2>
            <p class="muted asg-section-intro">{move || state.t(K::RisksIntro)}</p>
            <Show when=move || risks.with(|r| !r.is_empty()) fallback=move || view! {
                <p class="muted">{move || state.t(K::RisksEmpty)}</p>
            }>
                <div class="asg-matrix-wrap">
                    <RiskMatrix risks=risks/>
                    <RiskTable risks=risks/>
                </div>
                <p class="field-hint">{move || state.t(K::ScaleLegend)}</p>
                <Show when=move || risks.with(|r| r.iter().any(|r| r.status == RiskStatus::Closed))>
                    <p class="field-hint">{move || state.t(K::ClosedNotInMatrix)}</p>
                </Show>
                <ol class="asg-risk-list">
                    <For each=move || ids.get() key=|i| i.clone() let:rid>
                        <RiskRow id=id live=live rid=rid/>
                    </For>
                </ol>
            </Show>
            <AddRisk id=id/>
        </section>
    }
}

/// The matrix drawn: cells coloured by level, each open risk a numbered marker. The picture
/// has a name and a one-line summary; the table beside it carries the details, and a line
/// below says what the numbers of the scales mean.
#[component]
fn RiskMatrix(risks: Memo<Vec<Risk>>) -> impl IntoView {
    let state = use_state();
    let summary = move || {
        let lang = state.lang.get();
        risks.with(|rs| {
            let open: Vec<&Risk> = rs
                .iter()
                .filter(|r| r.status != RiskStatus::Closed)
                .collect();
            [RiskLevel::High, RiskLevel::Medium, RiskLevel::Low]
                .into_iter()
                .map(|l| {
                    format!(
                        "{}: {}",
                        lang.t(level_label(l)),
                        open.iter().filter(|r| r.level() == l).count()
                    )
                })
                .collect::<Vec<_>>()
                .join(" · ")
        })
    };
    let view_box = format!("0 0 {SIZE} {SIZE}");
    view! {
        <svg class="asg-matrix" viewBox=view_box role="img" aria-labelledby="asg-matrix-title asg-matrix-desc" focusable="false">
            <title id="asg-matrix-title">{move || state.t(K::MatrixTitle)}</title>
            <desc id="asg-matrix-desc">{summary}</desc>
            {move || matrix(&risks.get()).into_iter().map(|cell| {
                let (x, y) = cell_origin(cell.likelihood, cell.impact);
                let marks = markers(cell.likelihood, cell.impact, &cell.risks);
                view! {
                    <g>
                        <rect x=x y=y width=CELL height=CELL class=format!("asg-cell asg-cell-{}", cell.level.as_str())/>
                        {marks.into_iter().map(|(cx, cy, m)| {
                            let label = match m {
                                Marker::Risk(n) => n.to_string(),
                                Marker::More(n) => format!("+{n}"),
                            };
                            view! {
                                <g class="asg-marker">
                                    <circle cx=cx cy=cy r=MARKER_RADIUS/>
                                    <text x=cx y=cy dy="0.35em" text-anchor="middle">{label}</text>
                                </g>
                            }
                        }).collect_view()}
                    </g>
                }
            }).collect_view()}
            {(1u8..=3).map(|v| view! {
                <text class="asg-axis-value" x=MARGIN - 8.0 y=impact_label_y(v) dy="0.35em" text-anchor="end">{v}</text>
                <text class="asg-axis-value" x=likelihood_label_x(v) y=LIKELIHOOD_LABEL_Y text-anchor="middle">{v}</text>
            }).collect_view()}
            <text class="asg-axis-title" x="12" y=1.5 * CELL text-anchor="middle"
                transform=format!("rotate(-90 12 {})", 1.5 * CELL)>{move || state.t(K::AxisImpact)}</text>
            <text class="asg-axis-title" x=MARGIN + 1.5 * CELL y=SIZE - 4.0 text-anchor="middle">{move || state.t(K::AxisLikelihood)}</text>
        </svg>
    }
}

#[component]
fn RiskTable(risks: Memo<Vec<Risk>>) -> impl IntoView {
    let state = use_state();
    let rows = move || {
        let lang = state.lang.get();
        let indonesian = lang == Lang::Id;
        risks.with(|rs| {
            rs.iter()
                .enumerate()
                .filter(|(_, r)| r.status != RiskStatus::Closed)
                .map(|(i, r)| {
                    let (l, im) = (r.likelihood.clamp(1, 3), r.impact.clamp(1, 3));
                    (
                        i + 1,
                        r.display_title(indonesian).to_string(),
                        l,
                        im,
                        r.level(),
                    )
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <div class="asg-table-wrap" role="region" aria-labelledby="asg-risk-table-caption" tabindex="0">
            <table class="asg-risk-table">
                <caption id="asg-risk-table-caption">{move || state.t(K::MatrixTable)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{move || state.t(K::ColNumber)}</th>
                        <th scope="col">{move || state.t(K::ColRisk)}</th>
                        // One column for both numbers: two long column names did not fit a phone.
                        <th scope="col">{move || format!("{} × {}", state.t(K::AxisLikelihood), state.t(K::AxisImpact))}</th>
                        <th scope="col">{move || state.t(K::ColLevel)}</th>
                    </tr>
                </thead>
                <tbody>
                    {move || rows().into_iter().map(|(n, title, l, i, level)| view! {
                        <tr>
                            <td class="asg-num">{n}</td>
                            <th scope="row">{title}</th>
                            <td class="asg-li">{format!("{l} × {i}")}</td>
                            <td><span class="asg-level" data-level=level.as_str()>{state.t(level_label(level))}</span></td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

#[derive(Clone, Copy)]
struct RiskDraft {
    title: RwSignal<String>,
    mitigation: RwSignal<String>,
    owner: RwSignal<String>,
    errors: RwSignal<Vec<AssignmentError>>,
    dirty: StoredValue<bool>,
}

#[component]
fn RiskRow(id: StoredValue<String>, live: Memo<Option<Assignment>>, rid: String) -> impl IntoView {
    let state = use_state();
    let rid = StoredValue::new(rid);
    let risk = Memo::new(move |_| {
        live.with(|a| a.as_ref().and_then(|a| a.risk(&rid.get_value()).cloned()))
            .unwrap_or_else(|| Risk::new(String::new(), ""))
    });
    let number = Memo::new(move |_| {
        live.with(|a| {
            a.as_ref()
                .and_then(|a| a.risks.iter().position(|r| r.id == rid.get_value()))
                .map_or(0, |i| i + 1)
        })
    });
    let indonesian = move || state.lang.get() == Lang::Id;
    let title = move || risk.with(|r| r.display_title(indonesian()).to_string());
    let open = RwSignal::new(false);
    let key = rid.get_value();
    let toggle_id = format!("asg-risk-more-{key}");
    let panel_id = format!("asg-risk-panel-{key}");
    let f = |suffix: &str| format!("asg-risk-{suffix}-{key}");
    let (title_id, l_id, i_id, mit_id, owner_id, status_id) = (
        f("title"),
        f("likelihood"),
        f("impact"),
        f("mitigation"),
        f("owner"),
        f("status"),
    );

    let draft = RiskDraft {
        title: RwSignal::new(String::new()),
        mitigation: RwSignal::new(String::new()),
        owner: RwSignal::new(String::new()),
        errors: RwSignal::new(Vec::new()),
        dirty: StoredValue::new(false),
    };
    Effect::new(move |_| {
        let (t, m, o) = risk.with(|r| {
            (
                r.display_title(indonesian()).to_string(),
                r.mitigation.clone(),
                r.owner.clone(),
            )
        });
        if draft.dirty.get_value() {
            return;
        }
        for (signal, stored) in [(draft.title, t), (draft.mitigation, m), (draft.owner, o)] {
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
        let (t, m, o) = (
            draft.title.get_untracked(),
            draft.mitigation.get_untracked(),
            draft.owner.get_untracked(),
        );
        let shown = risk.with_untracked(|r| r.display_title(indonesian()).to_string());
        let me = rid.get_value();
        let result = act(state, &id.get_value(), |a| {
            let Some(r) = a.risk_mut(&me) else {
                return false;
            };
            if t.trim() != shown.trim() {
                r.title = t.trim().to_string();
            }
            r.mitigation = m.trim().to_string();
            r.owner = o.trim().to_string();
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

    let update = move |f: Box<dyn FnOnce(&mut Risk) -> bool>| {
        // Text typed just before (within the autosave delay) goes in with the change.
        save_draft();
        let me = rid.get_value();
        let _ = act(state, &id.get_value(), |a| a.risk_mut(&me).is_some_and(f));
    };
    let remove = move |_| {
        draft.dirty.set_value(false);
        let me = rid.get_value();
        let _ = act(state, &id.get_value(), |a| a.remove_risk(&me));
        focus_when_ready("asg-new-risk");
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
    let error = move || {
        let keys: Vec<K> = draft.errors.with(|es| es.iter().map(error_key).collect());
        messages(state.lang.get(), &keys)
    };
    let suggestion =
        move || risk.with(|r| r.seed().map(|s| s.suggestion.get(indonesian()).to_string()));
    let level = move || risk.with(|r| r.level());
    let scale = |v: u8, is_likelihood: bool, lang: Lang| {
        let k = if is_likelihood {
            likelihood_label(v)
        } else {
            impact_label(v)
        };
        format!("{v} · {}", lang.t(k))
    };

    view! {
        <li class="asg-risk" data-level=move || level().as_str() data-status=move || risk.with(|r| r.status.as_str())>
            <div class="asg-risk-head">
                <span class="asg-num asg-risk-num" aria-hidden="true">{number}</span>
                <span class="asg-risk-title">
                    <span class="visually-hidden">{move || fill(state.t(K::RiskNumber), &[("n", &number.get().to_string())])}": "</span>
                    {title}
                </span>
                <button type="button" class="icon-btn asg-more" id=toggle_id
                    aria-label=move || fill(state.t(K::ItemDetails), &[("title", &title())])
                    title=move || fill(state.t(K::ItemDetails), &[("title", &title())])
                    aria-expanded=move || open.get().to_string() aria-controls=panel_id.clone()
                    on:click=move |_| {
                        if open.get_untracked() {
                            save_draft();
                        }
                        open.update(|o| *o = !*o);
                    }>{chevron()}</button>
                <span class="asg-risk-meta">
                    <span class="asg-level" data-level=move || level().as_str()>{move || state.t(level_label(level()))}</span>
                    <span class="muted">{move || {
                        let lang = state.lang.get();
                        risk.with(|r| format!("{} {} × {} {}", lang.t(K::FieldLikelihood), r.likelihood, lang.t(K::FieldImpact), r.impact))
                    }}</span>
                    {move || (risk.with(|r| r.status) != RiskStatus::Open).then(|| view! {
                        <span class="asg-item-status" data-status=move || risk.with(|r| r.status.as_str())>{move || state.t(risk_status_label(risk.with(|r| r.status)))}</span>
                    })}
                    <Show when=move || risk.with(|r| r.is_unmitigated_high())>
                        <span class="flag flag-at-risk">{move || state.t(K::RiskUnmitigated)}</span>
                    </Show>
                </span>
                {move || risk.with(|r| (!r.mitigation.trim().is_empty()).then(|| r.mitigation.clone())).map(|m| view! {
                    <p class="asg-risk-mitigation"><span class="muted">{state.t(K::FieldMitigation)}": "</span>{m}</p>
                })}
            </div>
            <div class="asg-item-panel" id=panel_id.clone() hidden=move || !open.get() on:keydown=close_panel>
                <div class="field">
                    <label for=title_id.clone()>{move || state.t(K::FieldRiskTitle)}</label>
                    <input id=title_id.clone() type="text" autocomplete="off" maxlength="600"
                        aria-invalid=move || draft.errors.with(|e| e.iter().any(|e| matches!(e, AssignmentError::RiskTitleEmpty { .. }))).to_string()
                        aria-describedby=format!("{title_id}-error")
                        prop:value=move || draft.title.get()
                        on:input=move |ev| { draft.title.set(event_target_value(&ev)); edited(); }/>
                    <p id=format!("{title_id}-error") class="field-error" aria-live="polite">{error}</p>
                </div>
                <div class="field-row asg-risk-scales">
                    <div class="field">
                        <label for=l_id.clone()>{move || state.t(K::FieldLikelihood)}</label>
                        <select id=l_id on:change=move |ev| {
                            if let Ok(v) = event_target_value(&ev).parse::<u8>() {
                                update(Box::new(move |r| { let changed = r.likelihood != v; r.likelihood = v; changed }));
                            }
                        }>
                            {(1u8..=3).map(|v| view! {
                                <option value=v.to_string() selected=move || risk.with(|r| r.likelihood == v)>{move || scale(v, true, state.lang.get())}</option>
                            }).collect_view()}
                        </select>
                    </div>
                    <div class="field">
                        <label for=i_id.clone()>{move || state.t(K::FieldImpact)}</label>
                        <select id=i_id on:change=move |ev| {
                            if let Ok(v) = event_target_value(&ev).parse::<u8>() {
                                update(Box::new(move |r| { let changed = r.impact != v; r.impact = v; changed }));
                            }
                        }>
                            {(1u8..=3).map(|v| view! {
                                <option value=v.to_string() selected=move || risk.with(|r| r.impact == v)>{move || scale(v, false, state.lang.get())}</option>
                            }).collect_view()}
                        </select>
                    </div>
                </div>
                <div class="field">
                    <label for=mit_id.clone()>{move || state.t(K::FieldMitigation)}</label>
                    <textarea id=mit_id.clone() rows="3" class="asg-note"
                        aria-describedby=format!("{mit_id}-hint")
                        prop:value=move || draft.mitigation.get()
                        on:input=move |ev| { draft.mitigation.set(event_target_value(&ev)); edited(); }></textarea>
                    <p id=format!("{mit_id}-hint") class="field-hint">{move || suggestion().map(|s| fill(state.t(K::MitigationSuggestion), &[("text", &s)]))}</p>
                </div>
                <div class="field-row">
                    <div class="field">
                        <label for=owner_id.clone()>{move || state.t(K::FieldOwner)}</label>
                        <input id=owner_id type="text" autocomplete="off" maxlength="400"
                            prop:value=move || draft.owner.get()
                            on:input=move |ev| { draft.owner.set(event_target_value(&ev)); edited(); }/>
                    </div>
                    <div class="field">
                        <label for=status_id.clone()>{move || state.t(K::FieldRiskStatus)}</label>
                        <select id=status_id on:change=move |ev| {
                            if let Some(s) = RiskStatus::parse(&event_target_value(&ev)) {
                                update(Box::new(move |r| { let changed = r.status != s; r.status = s; changed }));
                            }
                        }>
                            {RiskStatus::ALL.into_iter().map(|s| view! {
                                <option value=s.as_str() selected=move || risk.with(|r| r.status == s)>{move || state.t(risk_status_label(s))}</option>
                            }).collect_view()}
                        </select>
                    </div>
                </div>
                <button type="button" class="btn btn-danger-quiet btn-small" on:click=remove>
                    {icons::trash()}<span>{move || state.t(K::RiskRemove)}</span>
                </button>
            </div>
        </li>
    }
}

#[component]
fn AddRisk(id: StoredValue<String>) -> impl IntoView {
    let state = use_state();
    let text = RwSignal::new(String::new());
    let error = RwSignal::new(None::<K>);
    let add = move || {
        let t = text.get_untracked();
        if t.trim().is_empty() {
            error.set(Some(K::ErrRiskTitleEmpty));
            focus_when_ready("asg-new-risk");
            return;
        }
        let new_id = browser::new_id();
        match act(state, &id.get_value(), |a| a.add_risk(new_id, &t)) {
            Ok(_) => {
                text.set(String::new());
                error.set(None);
                focus_when_ready("asg-new-risk");
            }
            Err(errs) => error.set(errs.first().map(error_key)),
        }
    };
    view! {
        <div class="asg-add">
            <div class="asg-add-row asg-add-risk-row">
                <div class="field asg-add-text">
                    <label for="asg-new-risk">{move || state.t(K::FieldNewRisk)}</label>
                    <input id="asg-new-risk" type="text" autocomplete="off" maxlength="600"
                        aria-invalid=move || error.get().is_some().to_string()
                        aria-describedby="asg-new-risk-error"
                        prop:value=move || text.get()
                        on:input=move |ev| { text.set(event_target_value(&ev)); error.set(None); }
                        on:keydown=move |ev| if ev.key() == "Enter" { ev.prevent_default(); add(); }/>
                </div>
                <button type="button" class="btn btn-secondary asg-add-btn" on:click=move |_| add()>
                    {icons::plus()}<span>{move || state.t(K::AddRisk)}</span>
                </button>
            </div>
            <p id="asg-new-risk-error" class="field-error" aria-live="polite">{move || error.get().map(|k| state.t(k))}</p>
        </div>
    }
}
