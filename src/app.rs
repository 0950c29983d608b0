//! The app shell: state and context providers, the router with one route per working module,
//! navigation (side bar on wide screens, bottom tab bar on phones), global keyboard shortcuts,
//! and the banners and toasts every screen shares.

use crate::i18n::Key;
use crate::lazy::lazy_screen;
use crate::pages::{more::MorePage, today::TodayPage};
use crate::state::AppState;
use crate::ui::{icons, notices::Notices};
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes, A};
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::{path, Lazy};

// Every screen but Today (and the tiny More menu, which is navigation) loads with its group's
// chunk; screens reached from each other (a list and its detail) share one.
lazy_screen!(journal_screens =>
    JournalRoute: journal_view => crate::pages::journal::JournalPage,
    EditorRoute: editor_view => crate::pages::editor::EditorPage,
);
lazy_screen!(goal_screens =>
    GoalsRoute: goals_view => crate::pages::goals::GoalsPage,
    GoalRoute: goal_view => crate::pages::goals::GoalDetailPage,
);
lazy_screen!(competency_screens =>
    CompetenciesRoute: competencies_view => crate::pages::competency::CompetenciesPage,
    AssessmentRoute: assessment_view => crate::pages::competency::AssessmentPage,
    FrameworkRoute: framework_view => crate::pages::competency::FrameworkPage,
);
lazy_screen!(plan_screen => PlanRoute: plan_view => crate::pages::plan::PlanPage);
lazy_screen!(mentoring_screens =>
    PeopleRoute: people_view => crate::pages::mentoring::PeoplePage,
    PersonRoute: person_view => crate::pages::mentoring::PersonPage,
    SessionRoute: session_view => crate::pages::mentoring::SessionPage,
);
lazy_screen!(assignment_screens =>
    AssignmentsRoute: assignments_view => crate::pages::assignments::AssignmentsPage,
    AssignmentRoute: assignment_view => crate::pages::assignments::AssignmentPage,
);
lazy_screen!(mentor_screens =>
    ShareRoute: share_view => crate::pages::mentor::SharePage,
    MenteesRoute: mentees_view => crate::pages::mentor::MenteesPage,
    MenteePackageRoute: mentee_package_view => crate::pages::mentor::MenteePackagePage,
);
lazy_screen!(growth_screen => GrowthRoute: growth_view => crate::pages::growth::GrowthPage);
lazy_screen!(data_screen => DataRoute: data_view => crate::pages::data::DataPage);
lazy_screen!(settings_screen => SettingsRoute: settings_view => crate::pages::settings::SettingsPage);
// Sync's screen has its own group: the setup form and the status are only for those who sync.
lazy_screen!(sync_screen => SyncRoute: sync_view => crate::pages::sync::SyncPage);

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
                        <Route path=path!("/growth") view={Lazy::<GrowthRoute>::new()}/>
                        <Route path=path!("/journal") view={Lazy::<JournalRoute>::new()}/>
                        <Route path=path!("/journal/:id") view={Lazy::<EditorRoute>::new()}/>
                        <Route path=path!("/goals") view={Lazy::<GoalsRoute>::new()}/>
                        <Route path=path!("/goals/:id") view={Lazy::<GoalRoute>::new()}/>
                        <Route path=path!("/competencies") view={Lazy::<CompetenciesRoute>::new()}/>
                        <Route path=path!("/competencies/assessment/:id") view={Lazy::<AssessmentRoute>::new()}/>
                        <Route path=path!("/competencies/framework/:id") view={Lazy::<FrameworkRoute>::new()}/>
                        <Route path=path!("/plan") view={Lazy::<PlanRoute>::new()}/>
                        <Route path=path!("/people") view={Lazy::<PeopleRoute>::new()}/>
                        <Route path=path!("/people/:id") view={Lazy::<PersonRoute>::new()}/>
                        <Route path=path!("/sessions/:id") view={Lazy::<SessionRoute>::new()}/>
                        <Route path=path!("/assignments") view={Lazy::<AssignmentsRoute>::new()}/>
                        <Route path=path!("/assignments/:id") view={Lazy::<AssignmentRoute>::new()}/>
                        <Route path=path!("/share") view={Lazy::<ShareRoute>::new()}/>
                        <Route path=path!("/mentees") view={Lazy::<MenteesRoute>::new()}/>
                        <Route path=path!("/mentees/:id") view={Lazy::<MenteePackageRoute>::new()}/>
                        <Route path=path!("/more") view=MorePage/>
                        <Route path=path!("/data") view={Lazy::<DataRoute>::new()}/>
                        <Route path=path!("/settings") view={Lazy::<SettingsRoute>::new()}/>
                        <Route path=path!("/settings/sync") view={Lazy::<SyncRoute>::new()}/>
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

/// Which section an address belongs to (sessions live under People, the share screen under
/// Data, the development plan under Goals, where most of it comes from).
fn section_of(path: &str) -> &'static str {
    if path.starts_with("/sessions/") {
        return "/people";
    }
    if path == "/plan" {
        return "/goals";
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
