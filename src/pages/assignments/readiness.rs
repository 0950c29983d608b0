//! The readiness card: the score with a bar, where the person stands relative to the dates,
//! the explanation in words (what is left, by when, which risks lower the score), warnings
//! (an internship past one year, an exchange without both institutions), and how the score
//! is worked out.

use crate::browser;
use crate::domain::assignment::readiness::{readiness, Readiness, Stage};
use crate::domain::assignment::{Assignment, AssignmentWarning};
use crate::i18n::assignment_messages::fill;
use crate::i18n::{AssignmentKey as K, Lang};
use crate::pages::goals::ProgressBar;
use crate::state::use_state;
use leptos::prelude::*;

fn stage_line(lang: Lang, r: &Readiness, a: &Assignment) -> String {
    let with_date = |key: K, d: Option<crate::domain::date::Date>, undated: K| match d {
        Some(d) => fill(lang.t(key), &[("date", &lang.date(d))]),
        None => lang.t(undated).to_string(),
    };
    match r.stage {
        Stage::Before => with_date(K::StageBefore, a.start, K::StageBeforeUndated),
        Stage::During => with_date(K::StageDuring, a.end, K::StageDuringUndated),
        Stage::After => with_date(K::StageAfter, a.end, K::StageAfterUndated),
    }
}

fn warning_text(lang: Lang, w: &AssignmentWarning) -> String {
    match w {
        AssignmentWarning::InternshipOverOneYear { limit } => {
            fill(lang.t(K::WarnInternship), &[("date", &lang.date(*limit))])
        }
        AssignmentWarning::ExchangeNeedsBothInstitutions => lang.t(K::WarnExchange).to_string(),
    }
}

#[component]
pub fn ReadinessCard(live: Memo<Option<Assignment>>) -> impl IntoView {
    let state = use_state();
    let r = Memo::new(move |_| live.with(|a| a.as_ref().map(|a| readiness(a, browser::today()))));
    let score = move || r.with(|r| r.as_ref().and_then(|r| r.score));
    let lines = move || {
        let lang = state.lang.get();
        r.with(|r| {
            let Some(r) = r else { return Vec::new() };
            let mut out: Vec<(bool, String)> = r
                .outstanding
                .iter()
                .map(|o| (o.late, lang.readiness_line(o)))
                .collect();
            if r.unmitigated_high > 0 {
                out.push((true, lang.readiness_penalty(r.unmitigated_high, r.penalty)));
            }
            out
        })
    };
    let warnings = move || {
        let lang = state.lang.get();
        live.with(|a| {
            a.as_ref()
                .map(|a| {
                    a.warnings()
                        .iter()
                        .map(|w| warning_text(lang, w))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };

    view! {
        <section class="card asg-readiness" aria-labelledby="asg-readiness-heading">
            <div class="asg-readiness-top">
                <h2 id="asg-readiness-heading">{move || state.t(K::ReadinessHeading)}</h2>
                <p class="muted asg-stage">{move || {
                    let lang = state.lang.get();
                    r.with(|r| live.with(|a| match (r, a) {
                        (Some(r), Some(a)) => stage_line(lang, r, a),
                        _ => String::new(),
                    }))
                }}</p>
            </div>
            {move || match score() {
                Some(s) => view! {
                    <div class="asg-score" data-testid="readiness-score">
                        <p class="asg-score-number">
                            <span class="asg-score-value">{s}</span>
                            <span class="asg-score-of">" / 100"</span>
                        </p>
                        <ProgressBar value=Signal::derive(move || s)
                            label=Signal::derive(move || state.t(K::ScoreLabel).to_string())/>
                    </div>
                }.into_any(),
                None => view! { <p class="asg-no-score-note">{move || state.t(K::NoScore)}</p> }.into_any(),
            }}
            <div class="asg-explain" aria-live="polite">
                <Show when=move || !lines().is_empty() fallback=move || view! {
                    <Show when=move || score().is_some()>
                        <p class="asg-all-done">{move || state.t(K::AllDone)}</p>
                    </Show>
                }>
                    <h3 class="asg-explain-heading">{move || state.t(K::ExplainHeading)}</h3>
                    <ul class="asg-explain-list">
                        {move || lines().into_iter().map(|(late, text)| view! {
                            <li class:late=late>{text}</li>
                        }).collect_view()}
                    </ul>
                </Show>
                {move || {
                    let later = r.with(|r| r.as_ref().map_or(0, |r| r.later));
                    (later > 0).then(|| view! { <p class="muted asg-later">{state.lang.get().readiness_later(later)}</p> })
                }}
            </div>
            {move || warnings().into_iter().map(|w| view! {
                <p class="banner banner-warn asg-warning" role="note">{w}</p>
            }).collect_view()}
            <details class="asg-how">
                <summary>{move || state.t(K::HowScored)}</summary>
                <p>{move || state.t(K::HowScoredBody)}</p>
            </details>
        </section>
    }
}
