//! Competency self-assessment screens: frameworks, the rating flow, results and history.

use leptos::prelude::*;

#[component]
pub fn CompetenciesPage() -> impl IntoView {
    view! { <section class="page"></section> }
}

#[component]
pub fn AssessmentPage() -> impl IntoView {
    view! { <section class="page"></section> }
}

#[component]
pub fn FrameworkPage() -> impl IntoView {
    view! { <section class="page"></section> }
}
