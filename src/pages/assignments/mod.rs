//! Assignment screens: the list, and one assignment with its readiness checklist and risks.

use leptos::prelude::*;

#[component]
pub fn AssignmentsPage() -> impl IntoView {
    view! { <section class="page"></section> }
}

#[component]
pub fn AssignmentPage() -> impl IntoView {
    view! { <section class="page"></section> }
}
