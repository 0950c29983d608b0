//! The radar chart of an assessment's results (hand-written SVG; geometry from
//! [`crate::domain::competency::radar`]) with its legend and the table of the same numbers.
//!
//! The three series differ in more than colour: current is a solid filled outline with round
//! markers, target a dashed outline with square markers, previous a dotted outline with diamond
//! markers. Axis labels are numbers that match the table's rows, which keeps the chart legible
//! on a phone however long the competency names are.

use super::{fill, level_cell};
use crate::domain::competency::assessment::Row;
use crate::domain::competency::radar::{num, Radar};
use crate::domain::date::Date;
use crate::i18n::CompetencyKey;
use crate::state::use_state;
use leptos::prelude::*;

const SIZE: f64 = 320.0;
const RADIUS: f64 = 116.0;
const LABEL_GAP: f64 = 20.0;

fn diamond((x, y): (f64, f64), r: f64) -> String {
    format!(
        "M {} {} L {} {} L {} {} L {} {} Z",
        num(x),
        num(y - r),
        num(x + r),
        num(y),
        num(x),
        num(y + r),
        num(x - r),
        num(y)
    )
}

/// The legend swatch of a series: a short line in its style with its marker.
fn swatch(class: &'static str) -> impl IntoView {
    let marker = match class {
        "radar-current" => {
            view! { <circle cx="18" cy="8" r="4.5" class="radar-marker"/> }.into_any()
        }
        "radar-target" => {
            view! { <rect x="14" y="4" width="8" height="8" class="radar-marker"/> }.into_any()
        }
        _ => view! { <path d=diamond((18.0, 8.0), 5.0) class="radar-marker"/> }.into_any(),
    };
    view! {
        <svg class=format!("radar-swatch {class}") viewBox="0 0 36 16" width="36" height="16" aria-hidden="true" focusable="false">
            <line x1="1" y1="8" x2="35" y2="8" class="radar-line"/>
            {marker}
        </svg>
    }
}

#[component]
pub(crate) fn RadarChart(rows: Vec<Row>, previous_date: Option<Date>) -> impl IntoView {
    let state = use_state();
    let n = rows.len();
    // Ids unique per chart: the mentor's review shows several on one page.
    static CHARTS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let nth = CHARTS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let (title_id, caption_id) = (
        format!("radar-title-{nth}"),
        format!("levels-caption-{nth}"),
    );
    let radar = Radar::new(n, SIZE, RADIUS, LABEL_GAP);
    let has_previous = previous_date.is_some();
    let current: Vec<Option<u8>> = rows.iter().map(|r| r.current).collect();
    let target: Vec<Option<u8>> = rows.iter().map(|r| r.target).collect();
    let previous: Vec<Option<u8>> = rows.iter().map(|r| r.previous).collect();

    let chart = radar.map(|r| {
        let series = |class: &'static str, levels: &[Option<u8>]| {
            let outline = r.outline(levels);
            let markers = r.markers(levels);
            view! {
                <g class=format!("radar-series {class}")>
                    <path d=outline class="radar-line"/>
                    {markers.into_iter().map(|(_, p)| match class {
                        "radar-current" => view! { <circle cx=num(p.0) cy=num(p.1) r="4.5" class="radar-marker"/> }.into_any(),
                        "radar-target" => view! { <rect x=num(p.0 - 4.0) y=num(p.1 - 4.0) width="8" height="8" class="radar-marker"/> }.into_any(),
                        _ => view! { <path d=diamond(p, 5.0) class="radar-marker"/> }.into_any(),
                    }).collect_view()}
                </g>
            }
        };
        // The scale's numbers sit between the last axis and the first, where no marker is.
        let scale: Vec<(u8, (f64, f64))> = (1..=5u8).map(|l| (l, r.between(n - 1, f64::from(l)))).collect();
        view! {
            <svg class="radar" viewBox=format!("0 0 {SIZE} {SIZE}") role="img" aria-labelledby=title_id.clone() focusable="false">
                <title id=title_id.clone()>{move || fill(state.t(CompetencyKey::ChartLabel), &[("n", &n.to_string())])}</title>
                <g class="radar-grid" aria-hidden="true">
                    {r.rings.iter().map(|points| view! { <polygon points=points.clone() class="radar-ring"/> }).collect_view()}
                    {r.axes.iter().map(|a| view! {
                        <line x1=num(r.center.0) y1=num(r.center.1) x2=num(a.end.0) y2=num(a.end.1) class="radar-axis"/>
                    }).collect_view()}
                    {scale.into_iter().map(|(l, p)| view! {
                        <text x=num(p.0) y=num(p.1) text-anchor="middle" dominant-baseline="central" class="radar-scale">{l.to_string()}</text>
                    }).collect_view()}
                </g>
                {has_previous.then(|| series("radar-previous", &previous))}
                {series("radar-target", &target)}
                {series("radar-current", &current)}
                <g class="radar-labels" aria-hidden="true">
                    {r.axes.iter().enumerate().map(|(i, a)| view! {
                        <text x=num(a.label.0) y=num(a.label.1) text-anchor=a.anchor.as_str()
                            dominant-baseline="central" class="radar-label">{(i + 1).to_string()}</text>
                    }).collect_view()}
                </g>
            </svg>
        }
    });

    let rows_for_table = rows.clone();
    view! {
        <div class="radar-block">
            {match chart {
                Some(svg) => view! {
                    <div class="radar-figure">
                        {svg}
                        <ul class="radar-legend">
                            <li>{swatch("radar-current")}<span>{move || state.t(CompetencyKey::LegendCurrent)}</span></li>
                            <li>{swatch("radar-target")}<span>{move || state.t(CompetencyKey::LegendTarget)}</span></li>
                            {previous_date.map(|d| view! {
                                <li>{swatch("radar-previous")}<span>{move || fill(state.t(CompetencyKey::LegendPrevious), &[("date", &state.lang.get().date(d))])}</span></li>
                            })}
                        </ul>
                    </div>
                }.into_any(),
                None => view! { <p class="muted">{move || state.t(CompetencyKey::ChartOutOfRange)}</p> }.into_any(),
            }}
            <div class="table-scroll" role="region" aria-labelledby=caption_id.clone() tabindex="0">
                <table class="levels-table">
                    <caption id=caption_id.clone()>{move || state.t(CompetencyKey::TableCaption)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{move || state.t(CompetencyKey::ColCompetency)}</th>
                            <th scope="col" class="num">{move || state.t(CompetencyKey::ColCurrent)}</th>
                            <th scope="col" class="num">{move || state.t(CompetencyKey::ColTarget)}</th>
                            {has_previous.then(|| view! { <th scope="col" class="num">{move || state.t(CompetencyKey::ColPrevious)}</th> })}
                        </tr>
                    </thead>
                    <tbody>
                        {rows_for_table.into_iter().enumerate().map(|(i, r)| {
                            let name = r.name.clone();
                            let removed = r.removed;
                            view! {
                                <tr>
                                    <th scope="row">
                                        <span class="row-number">{format!("{}.", i + 1)}</span>" "{name}
                                        {removed.then(|| view! { " "<span class="muted">{move || state.t(CompetencyKey::RemovedCompetency)}</span> })}
                                    </th>
                                    <td class="num" class:not-assessed=r.current.is_none()>{level_cell(r.current, CompetencyKey::NotAssessedShort)}</td>
                                    <td class="num">{level_cell(r.target, CompetencyKey::NoneShort)}</td>
                                    {has_previous.then(|| view! {
                                        <td class="num" class:not-assessed=r.previous.is_none()>{level_cell(r.previous, CompetencyKey::NotAssessedShort)}</td>
                                    })}
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            <p class="table-note" aria-hidden="true">{move || state.t(CompetencyKey::DashNote)}</p>
        </div>
    }
}
