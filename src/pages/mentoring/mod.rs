//! Mentoring screens: people, a person's sessions and actions, and one session.

use leptos::prelude::*;

#[component]
pub fn PeoplePage() -> impl IntoView {
    view! { <section class="page"></section> }
}

#[component]
pub fn PersonPage() -> impl IntoView {
    view! { <section class="page"></section> }
}

#[component]
pub fn SessionPage() -> impl IntoView {
    view! { <section class="page"></section> }
}
