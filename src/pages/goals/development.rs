//! The goal's planned development, on its detail screen: the 70-20-10 methods the person plans
//! to develop through it, and the competencies (from their latest completed self-assessment)
//! it develops. Both feed the development plan (`/plan`): its planned split and which gaps have
//! a goal. A tick is saved at once, through the goal's own methods.

use super::detail::act;
use crate::domain::competency::assessment::{self, latest_completed};
use crate::domain::entry::LearningType;
use crate::domain::goal::Goal;
use crate::domain::plan::words::method;
use crate::i18n::PlanKey;
use crate::pages::competency::{all_frameworks, dated_assessments, find_framework};
use crate::state::use_state;
use leptos::prelude::*;

/// A competency the goal may link: id, name, and its gap (current, target) when it has one.
#[derive(Debug, Clone, PartialEq)]
struct Choice {
    id: String,
    name: String,
    gap: Option<(u8, u8)>,
}

#[component]
pub(super) fn Development(id: StoredValue<String>, live: Memo<Option<Goal>>) -> impl IntoView {
    let state = use_state();
    let has = move |f: &dyn Fn(&Goal) -> bool| live.with(|g| g.as_ref().is_some_and(f));

    // The latest completed assessment's competencies, gaps marked.
    let offered = Memo::new(move |_| {
        let list = dated_assessments(state);
        let Some(latest) = latest_completed(&list) else {
            return Vec::new();
        };
        let a = &latest.assessment;
        let rows = match find_framework(state, &a.framework) {
            Some(f) => assessment::rows(&f, a, None),
            None => assessment::rows_as_rated(a, None),
        };
        rows.into_iter()
            .map(|r| Choice {
                gap: r
                    .gap()
                    .map(|_| (r.current.unwrap_or(0), r.target.unwrap_or(0))),
                id: r.competency,
                name: r.name,
            })
            .collect::<Vec<_>>()
    });
    // Linked competencies the list above does not hold (another framework's, or removed):
    // shown so they can be unlinked, under the name a framework gives them.
    let others = Memo::new(move |_| {
        let linked = live.with(|g| {
            g.as_ref()
                .map(|g| g.competencies.clone())
                .unwrap_or_default()
        });
        let known = offered.get();
        let rest: Vec<String> = linked
            .into_iter()
            .filter(|c| !known.iter().any(|k| k.id == *c))
            .collect();
        if rest.is_empty() {
            return Vec::new();
        }
        let frameworks = all_frameworks(state);
        rest.into_iter()
            .map(|c| Choice {
                name: frameworks
                    .iter()
                    .find_map(|(_, f)| f.competency(&c).map(|x| x.name.clone()))
                    .unwrap_or_else(|| c.clone()),
                id: c,
                gap: None,
            })
            .collect::<Vec<_>>()
    });

    let competency_check = move |c: Choice| {
        let cid = c.id.clone();
        let input_id = format!("goal-competency-{}", c.id);
        let gap = c.gap.map(|(current, target)| {
            move || {
                state
                    .t(PlanKey::GoalCompetencyGap)
                    .replace("{current}", &current.to_string())
                    .replace("{target}", &target.to_string())
            }
        });
        let checked_id = cid.clone();
        view! {
            <li class="check">
                <input type="checkbox" id=input_id.clone()
                    prop:checked=move || has(&|g| g.competencies.contains(&checked_id))
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        let cid = cid.clone();
                        let _ = act(state, &id.get_value(), move |g, _| g.set_competency(&cid, on));
                    }/>
                <label for=input_id>
                    <span class="goal-competency-name">{c.name}</span>
                    {gap.map(|text| view! { <span class="badge goal-competency-gap">{text}</span> })}
                </label>
            </li>
        }
    };

    view! {
        <fieldset class="goal-development" aria-describedby="goal-methods-hint">
            <legend>{move || state.t(PlanKey::GoalFieldMethods)}</legend>
            <p id="goal-methods-hint" class="field-hint">{move || state.t(PlanKey::GoalFieldMethodsHint)}</p>
            <div class="goal-method-list">
                {LearningType::ALL.into_iter().map(|m| {
                    let input_id = format!("goal-method-{}", m.as_str());
                    view! {
                        <div class="check">
                            <input type="checkbox" id=input_id.clone()
                                prop:checked=move || has(&|g| g.methods.contains(&m))
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    let _ = act(state, &id.get_value(), move |g, _| g.set_method(m, on));
                                }/>
                            <label for=input_id>{move || state.t(method(m))}</label>
                        </div>
                    }
                }).collect_view()}
            </div>
        </fieldset>
        <fieldset class="goal-development" aria-describedby="goal-competencies-hint">
            <legend>{move || state.t(PlanKey::GoalFieldCompetencies)}</legend>
            <Show when=move || offered.with(|o| !o.is_empty()) fallback=move || view! {
                <p id="goal-competencies-hint" class="field-hint">
                    {move || state.t(PlanKey::GoalCompetenciesNone)}" "
                    <a href="/competencies">{move || state.t(crate::i18n::Key::NavCompetencies)}</a>
                </p>
            }>
                <p id="goal-competencies-hint" class="field-hint">{move || state.t(PlanKey::GoalFieldCompetenciesHint)}</p>
                <ul class="goal-competency-list">
                    {move || offered.get().into_iter().map(competency_check).collect_view()}
                </ul>
            </Show>
            <Show when=move || others.with(|o| !o.is_empty())>
                <p class="field-hint">{move || state.t(PlanKey::GoalCompetencyOther)}</p>
                <ul class="goal-competency-list">
                    {move || others.get().into_iter().map(competency_check).collect_view()}
                </ul>
            </Show>
        </fieldset>
    }
}
