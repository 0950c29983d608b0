//! The Goals screens: the list (`/goals`) with filters, progress bars and flags, and the goal
//! detail (`/goals/:id`) with its autosaving form, status actions, milestones, evidence from the
//! journal and history. Every change goes through the transition methods of
//! [`crate::domain::goal::Goal`], which keep the history; these screens never write it.

pub mod detail;
mod development;
pub mod list;

pub use detail::GoalDetailPage;
pub use list::{GoalFilters, GoalsPage};

use crate::browser;
use crate::domain::goal::{Goal, GoalFlags};
use crate::domain::record::kinds;
use crate::i18n::GoalKey;
use crate::i18n::{Key, Lang};
use crate::state::AppState;
use leptos::prelude::*;
use leptos_router::NavigateOptions;

/// Creates a draft goal, saves it and opens it (`?new=1`: left untouched, it is discarded on
/// close, so a mis-tap leaves no "Untitled" goal behind).
pub fn open_new_goal(state: AppState, navigate: &impl Fn(&str, NavigateOptions)) {
    let id = browser::new_id();
    state.save_view(kinds::GOAL, &id, &Goal::new("", browser::today()));
    navigate(&format!("/goals/{id}?new=1"), Default::default());
}

/// Fills `{name}` placeholders of a translated template.
pub(crate) fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut s = template.to_string();
    for (name, value) in values {
        s = s.replace(&format!("{{{name}}}"), value);
    }
    s
}

pub(crate) fn percent(p: u8) -> String {
    format!("{p} %")
}

/// The goal's title, or "Untitled" for a draft that has none yet.
pub(crate) fn title_or_untitled(lang: Lang, title: &str) -> String {
    if title.trim().is_empty() {
        lang.t(Key::Untitled).to_string()
    } else {
        title.trim().to_string()
    }
}

/// A progress bar with the number in text beside it. The native `<progress>` carries the value
/// for assistive technology; its name says whose progress it is.
#[component]
pub(crate) fn ProgressBar(
    #[prop(into)] value: Signal<u8>,
    #[prop(into)] label: Signal<String>,
) -> impl IntoView {
    view! {
        <div class="goal-progress">
            <progress class="goal-progress-bar" max="100"
                value=move || value.get().to_string()
                aria-label=move || label.get()
                data-full=move || (value.get() >= 100).then_some("true")></progress>
            <span class="goal-progress-value">{move || percent(value.get())}</span>
        </div>
    }
}

/// The flags of a goal as badges (nothing when it is on track).
pub(crate) fn flag_badges(state: AppState, f: GoalFlags) -> impl IntoView {
    let lang = move || state.lang.get();
    let ms = f.overdue_milestones;
    view! {
        <span class="goal-flags">
            {f.overdue.then(|| view! { <span class="flag flag-overdue">{move || lang().t(GoalKey::GoalFlagOverdue)}</span> })}
            {f.due_soon.then(|| view! { <span class="flag flag-due-soon">{move || lang().t(GoalKey::GoalFlagDueSoon)}</span> })}
            {f.at_risk.then(|| view! { <span class="flag flag-at-risk">{move || lang().t(GoalKey::GoalFlagAtRisk)}</span> })}
            {(ms > 0).then(|| view! {
                <span class="flag flag-milestones">{move || {
                    let l = lang();
                    if ms == 1 {
                        l.t(GoalKey::GoalFlagOverdueMilestone).to_string()
                    } else {
                        fill(l.t(GoalKey::GoalFlagOverdueMilestones), &[("n", &ms.to_string())])
                    }
                }}</span>
            })}
        </span>
    }
}
