//! One assessment: the rating flow while it is in progress, the results once it is completed.
//! The screen follows the stored status, so finishing (or reopening) switches view in place.

use super::flow::Flow;
use super::results::Results;
use super::stored_assessment;
use crate::domain::competency::assessment::Assessment;
use crate::domain::record::kinds;
use crate::i18n::CompetencyKey;
use crate::state::use_state;
use crate::ui::Loading;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

#[component]
pub fn AssessmentPage() -> impl IntoView {
    let state = use_state();
    let params = use_params_map();
    let id = move || params.with(|p| p.get("id").unwrap_or_default());
    view! {
        <Show when=move || state.loaded.get() fallback=move || view! {
            <Loading page=true/>
        }>
            {move || {
                let id = id();
                // Untracked: the screen must not be rebuilt by its own saves.
                match stored_assessment(state, &id) {
                    Some(_) => view! { <AssessmentView id=id/> }.into_any(),
                    None => view! { <AssessmentNotFound/> }.into_any(),
                }
            }}
        </Show>
    }
}

#[component]
pub(super) fn AssessmentNotFound() -> impl IntoView {
    let state = use_state();
    view! {
        <section class="page">
            <p class="empty-note" role="alert">{move || state.t(CompetencyKey::NotFound)}</p>
            <a class="btn btn-secondary" href="/competencies">{move || state.t(CompetencyKey::BackToList)}</a>
        </section>
    }
}

#[component]
fn AssessmentView(id: String) -> impl IntoView {
    let state = use_state();
    let id = StoredValue::new(id);
    let live = Memo::new(move |_| {
        state.records.with(|m| {
            m.get(&id.get_value())
                .filter(|r| !r.deleted && r.kind == kinds::ASSESSMENT)
                .and_then(|r| r.view::<Assessment>().ok())
        })
    });
    let exists = Memo::new(move |_| live.with(Option::is_some));
    let completed = Memo::new(move |_| live.with(|a| a.as_ref().is_some_and(|a| a.is_completed())));
    view! {
        <Show when=move || exists.get() fallback=|| view! { <AssessmentNotFound/> }>
            <Show when=move || completed.get() fallback=move || view! { <Flow id=id live=live/> }>
                <Results id=id live=live/>
            </Show>
        </Show>
    }
}
