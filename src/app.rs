//! The app shell: state and context providers, the router with one route per working module,
//! navigation (side bar on wide screens, bottom tab bar on phones), global keyboard shortcuts,
//! and the banners and toasts every screen shares.

use crate::i18n::Key;
use crate::pages::assignments::{AssignmentPage, AssignmentsPage};
use crate::pages::competency::{AssessmentPage, CompetenciesPage, FrameworkPage};
use crate::pages::goals::{GoalDetailPage, GoalsPage};
use crate::pages::mentor::{MenteePackagePage, MenteesPage, SharePage};
use crate::pages::mentoring::{PeoplePage, PersonPage, SessionPage};
use crate::pages::{
    data::DataPage, editor::EditorPage, growth::GrowthPage, journal::JournalPage, more::MorePage,
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
    crate::state::inbox::Inbox::provide();
    view! {
        <Router>
            // The router takes over same-page links, so the skip link moves the focus itself:
            // the next Tab then starts inside the page, past the navigation.
            <a class="skip-link" href="#main" on:click=|ev| {
                ev.prevent_default();
                crate::ui::focus_when_ready("main");
            }>{move || state.t(Key::SkipToContent)}</a>
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
                        <Route path=path!("/competencies") view=CompetenciesPage/>
                        <Route path=path!("/competencies/assessment/:id") view=AssessmentPage/>
                        <Route path=path!("/competencies/framework/:id") view=FrameworkPage/>
                        <Route path=path!("/people") view=PeoplePage/>
                        <Route path=path!("/people/:id") view=PersonPage/>
                        <Route path=path!("/sessions/:id") view=SessionPage/>
                        <Route path=path!("/assignments") view=AssignmentsPage/>
                        <Route path=path!("/assignments/:id") view=AssignmentPage/>
                        <Route path=path!("/share") view=SharePage/>
                        <Route path=path!("/mentees") view=MenteesPage/>
                        <Route path=path!("/mentees/:id") view=MenteePackagePage/>
                        <Route path=path!("/more") view=MorePage/>
                        <Route path=path!("/data") view=DataPage/>
                        <Route path=path!("/settings") view=SettingsPage/>
                        <Route path=path!("/settings/sync") view=crate::pages::sync::SyncPage/>
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

/// Every section, in the order the side bar shows them. `phone` marks the four that get a
/// place of their own in the bottom tab bar; the rest are one tap away under "More".
pub struct Section {
    pub href: &'static str,
    pub key: Key,
    pub icon: fn() -> AnyView,
    pub phone: bool,
}

pub const SECTIONS: &[Section] = &[
    Section {
        href: "/",
        key: Key::NavToday,
        icon: icons::today,
        phone: true,
    },
    Section {
        href: "/journal",
        key: Key::NavJournal,
        icon: icons::journal,
        phone: true,
    },
    Section {
        href: "/goals",
        key: Key::NavGoals,
        icon: icons::goal,
        phone: true,
    },
    Section {
        href: "/people",
        key: Key::NavPeople,
        icon: icons::people,
        phone: true,
    },
    Section {
        href: "/competencies",
        key: Key::NavCompetencies,
        icon: icons::competency,
        phone: false,
    },
    Section {
        href: "/assignments",
        key: Key::NavAssignments,
        icon: icons::briefcase,
        phone: false,
    },
    Section {
        href: "/growth",
        key: Key::NavGrowth,
        icon: icons::growth,
        phone: false,
    },
    Section {
        href: "/mentees",
        key: Key::NavMentees,
        icon: icons::inbox,
        phone: false,
    },
    Section {
        href: "/data",
        key: Key::NavData,
        icon: icons::data,
        phone: false,
    },
    Section {
        href: "/settings",
        key: Key::NavSettings,
        icon: icons::settings,
        phone: false,
    },
];

/// Which section an address belongs to (sessions live under People, the share screen under Data).
fn section_of(path: &str) -> &'static str {
    if path.starts_with("/sessions/") {
        return "/people";
    }
    if path == "/share" {
        return "/data";
    }
    SECTIONS
        .iter()
        .filter(|s| s.href != "/")
        .find(|s| path == s.href || path.starts_with(&format!("{}/", s.href)))
        .map(|s| s.href)
        .unwrap_or(if path == "/" { "/" } else { "" })
}

#[component]
fn Nav() -> impl IntoView {
    let state = crate::state::use_state();
    let location = use_location();
    let current_section = Memo::new(move |_| section_of(&location.pathname.get()));
    let items = SECTIONS
        .iter()
        .map(|s| {
            let href = s.href;
            let key = s.key;
            let class = if s.phone {
                "nav-link"
            } else {
                "nav-link nav-wide-only"
            };
            view! {
                <li class=if s.phone { "" } else { "nav-wide-only" }>
                    <a href=href class=class
                        aria-current=move || (current_section.get() == href).then_some("page")>
                        {(s.icon)()}
                        <span class="nav-label">{move || state.t(key)}</span>
                    </a>
                </li>
            }
        })
        .collect_view();
    // Plain anchors (the router still handles their clicks): `<A>` sets its own aria-current
    // by matching the address, which raced with ours on "More".
    // On phones the sections without a tab of their own are reached through "More"; it shows
    // as current whenever one of them is open.
    let more_current = move || {
        let p = location.pathname.get();
        let sec = current_section.get();
        p == "/more" || SECTIONS.iter().any(|s| !s.phone && s.href == sec)
    };
    view! {
        <nav class="nav" aria-label=move || state.t(Key::MainNav)>
            <div class="brand" aria-hidden="true">
                <span class="brand-mark">"J"</span>
                <span class="brand-name">"Jejak"</span>
            </div>
            <ul class="nav-list">
                {items}
                <li class="nav-phone-only">
                    <a href="/more" class="nav-link"
                        aria-current=move || more_current().then_some("page")>
                        {icons::more()}
                        <span class="nav-label">{move || state.t(Key::NavMore)}</span>
                    </a>
                </li>
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
