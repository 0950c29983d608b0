//! Small hand-written SVG charts. Each chart is decorative for screen readers (`aria-hidden`)
//! and is always accompanied by the same numbers in text or a table, which is what assistive
//! technology reads.

use crate::domain::chart::bar_segments;
use crate::i18n::fixed;
use leptos::prelude::*;

/// The 70-20-10 balance as one stacked bar, with target ticks at 70 % and 90 %.
#[component]
pub fn BalanceBar(shares: [f64; 3]) -> impl IntoView {
    const W: f64 = 300.0;
    let segs = bar_segments(shares, W);
    let classes = ["seg-experience", "seg-social", "seg-formal"];
    view! {
        <svg class="balance-bar" viewBox="0 0 300 36" preserveAspectRatio="none" aria-hidden="true" focusable="false">
            <rect x="0" y="6" width="300" height="24" rx="4" class="seg-empty"/>
            {segs.into_iter().zip(classes).filter(|((_, w), _)| *w > 0.0).map(|((x, w), class)| view! {
                <rect x=fixed(x, 2) y="6" width=fixed(w, 2) height="24" class=class/>
            }).collect_view()}
            <line x1="210" x2="210" y1="0" y2="36" class="target-tick"/>
            <line x1="270" x2="270" y1="0" y2="36" class="target-tick"/>
        </svg>
    }
}

/// Entries per week as columns, oldest first.
#[component]
pub fn WeekColumns(counts: Vec<usize>) -> impl IntoView {
    let max = counts.iter().copied().max().unwrap_or(0).max(1) as f64;
    let n = counts.len().max(1) as f64;
    let slot = 300.0 / n;
    view! {
        <svg class="week-columns" viewBox="0 0 300 80" aria-hidden="true" focusable="false">
            <line x1="0" x2="300" y1="79" y2="79" class="axis"/>
            {counts.iter().enumerate().map(|(i, c)| {
                let h = (*c as f64 / max) * 70.0;
                view! {
                    <rect x=fixed(i as f64 * slot + slot * 0.2, 2) y=fixed(79.0 - h, 2) width=fixed(slot * 0.6, 2)
                        height=fixed(h, 2) rx="2" class="week-col"/>
                }
            }).collect_view()}
        </svg>
    }
}

/// A plain progress bar with its percentage for screen readers.
#[component]
pub fn ProgressBar(value: f64, #[prop(into)] label: String) -> impl IntoView {
    // Whole percents as integers: no float formatting in the page (see `fixed`).
    let pct = (value.clamp(0.0, 1.0) * 100.0).round() as u32;
    let full = pct >= 100;
    view! {
        <div class="progress" role="progressbar" aria-label=label aria-valuemin="0" aria-valuemax="100" aria-valuenow=pct>
            <div class="progress-fill" class:full=full style:width=format!("{pct}%")></div>
        </div>
    }
}
