//! The app shell: state and context providers, the router with one route per working module,
//! navigation (side bar on wide screens, bottom tab bar on phones), global keyboard shortcuts,
//! and the banners and toasts every screen shares.

use crate::i18n::Key;
use crate::pages::goals::{GoalDetailPage, GoalsPage};
use crate::pages::{
    data::DataPage, editor::EditorPage, growth::GrowthPage, journal::JournalPage,
    settings::SettingsPage, today::TodayPage,
};
use crate::state::AppState;
use crate::ui::{icons, notices::Notices};
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes, A};
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::path;

#[component]
pub fn App() -> impl IntoView {
    let state = AppState::provide();
    crate::pages::journal::JournalFilters::provide();
    crate::pages::goals::GoalFilters::provide();
    view! {
        <Router>
            <a class="skip-link" href="#main">{move || state.t(Key::SkipToContent)}</a>
            <div class="shell">
                <Nav/>
                <main id="main" class="main" tabindex="-1">
                    <Routes fallback=NotFoundPage>
                        <Route path=path!("/") view=TodayPage/>
                        <Route path=path!("/growth") view=GrowthPage/>
                        <Route path=path!("/journal") view=JournalPage/>
                        <Route path=path!("/journal/:id") view=EditorPage/>
                        <Route path=path!("/goals") view=GoalsPage/>
                        <Route path=path!("/goals/:id") view=GoalDetailPage/>
                        <Route path=path!("/data") view=DataPage/>
                        <Route path=path!("/settings") view=SettingsPage/>
                    </Routes>
                </main>
            </div>
            <Notices/>
            <crate::ui::update::UpdatePrompt/>
            <crate::ui::update::InstallHint/>
            <Shortcuts/>
        </Router>
    }
}

/// Unknown addresses (an old bookmark, a typo) get a page that says so and leads home.
#[component]
fn NotFoundPage() -> impl IntoView {
    let state = crate::state::use_state();
    view! {
        <section class="page" aria-labelledby="notfound-title">
            <h1 id="notfound-title">{move || state.t(Key::PageNotFound)}</h1>
            <p>{move || state.t(Key::PageNotFoundBody)}</p>
            <A href="/journal" attr:class="btn btn-primary">{move || state.t(Key::BackToJournal)}</A>
        </section>
    }
}

#[component]
fn Nav() -> impl IntoView {
    let state = crate::state::use_state();
    let location = use_location();
    let item = move |href: &'static str, key: Key, icon: fn() -> AnyView| {
        let current = move || {
            let p = location.pathname.get();
            p == href || (href != "/" && p.starts_with(&format!("{href}/")))
        };
        view! {
            <li>
                <A href=href attr:class="nav-link" attr:aria-current=move || current().then_some("page")>
                    {icon()}
                    <span class="nav-label">{move || state.t(key)}</span>
                </A>
            </li>
        }
    };
    view! {
        <nav class="nav" aria-label=move || state.t(Key::MainNav)>
            <div class="brand" aria-hidden="true">
                <span class="brand-mark">"J"</span>
                <span class="brand-name">"Jejak"</span>
            </div>
            <ul class="nav-list">
                {item("/", Key::NavToday, icons::today)}
                {item("/journal", Key::NavJournal, icons::journal)}
                {item("/goals", Key::NavGoals, icons::goal)}
                {item("/growth", Key::NavGrowth, icons::growth)}
                {item("/data", Key::NavData, icons::data)}
                {item("/settings", Key::NavSettings, icons::settings)}
            </ul>
        </nav>
    }
}

/// N opens a new entry and / goes to the search box, unless the user is typing somewhere.
#[component]
fn Shortcuts() -> impl IntoView {
    let navigate = use_navigate();
    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() || ev.default_prevented() {
            return;
        }
        if crate::ui::is_typing_target(ev.target()) {
            return;
        }
        match ev.key().as_str() {
            "n" | "N" => {
                ev.prevent_default();
                crate::pages::editor::open_new_entry(&navigate);
            }
            "/" => {
                ev.prevent_default();
                navigate("/journal", Default::default());
                crate::ui::focus_when_ready("journal-search");
            }
            _ => {}
        }
    });
    on_cleanup(move || handle.remove());
}
