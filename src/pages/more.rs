//! "More" (phones): every section that has no tab of its own in the bottom bar, as large
//! tiles. Wide screens show the same sections in the side bar and never need this page.

use crate::app::SECTIONS;
use crate::i18n::Key;
use crate::state::use_state;
use leptos::prelude::*;
use leptos_router::components::A;

fn hint(href: &str) -> Option<Key> {
    Some(match href {
        "/competencies" => Key::MoreCompetenciesHint,
        "/assignments" => Key::MoreAssignmentsHint,
        "/growth" => Key::MoreGrowthHint,
        "/mentees" => Key::MoreMenteesHint,
        "/data" => Key::MoreDataHint,
        "/settings" => Key::MoreSettingsHint,
        _ => return None,
    })
}

#[component]
pub fn MorePage() -> impl IntoView {
    let state = use_state();
    let tiles = SECTIONS
        .iter()
        .filter(|s| !s.phone)
        .map(|s| {
            let key = s.key;
            let hint = hint(s.href);
            view! {
                <li>
                    <A href=s.href attr:class="more-tile">
                        {(s.icon)()}
                        <span class="more-text">
                            <span class="more-label">{move || state.t(key)}</span>
                            {hint.map(|h| view! { <span class="more-hint">{move || state.t(h)}</span> })}
                        </span>
                    </A>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="page" aria-labelledby="more-title">
            <h1 id="more-title">{move || state.t(Key::MoreTitle)}</h1>
            <p class="muted">{move || state.t(Key::MoreIntro)}</p>
            <ul class="more-list">{tiles}</ul>
        </section>
    }
}
