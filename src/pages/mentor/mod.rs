//! The mentor loop: sharing with a mentor, the Mentees inbox and read-only review.

use leptos::prelude::*;

#[component]
pub fn SharePage() -> impl IntoView {
    view! { <section class="page"></section> }
}

#[component]
pub fn MenteesPage() -> impl IntoView {
    view! { <section class="page"></section> }
}

#[component]
pub fn MenteePackagePage() -> impl IntoView {
    view! { <section class="page"></section> }
}
