//! Development: the 70-20-10 balance over a chosen period, learning hours in JP towards the
//! yearly target, and follow-ups of past trainings (outcome, not attendance).

use crate::browser;
use crate::domain::balance::{
    balance, jp_for_year, read_follow_up, round1, write_follow_up, Balance, FollowUp, Period,
    DEFAULT_JP_TARGET,
};
use crate::domain::entry::Entry;
use crate::i18n::{Key, Lang};
use crate::state::{use_state, AppState, EntryRow};
use crate::ui::charts::{BalanceBar, ProgressBar};
use crate::ui::{Loading, ShowMore};
use leptos::prelude::*;
use std::sync::Arc;

/// How many rows the long lists here show at first and add per "Show more": years of entries
/// make thousands of trainings and counted entries, and building them all froze the screen for
/// seconds on a slow phone.
const LIST_PAGE: usize = 10;

pub fn period_key(p: Period) -> Key {
    match p {
        Period::Days30 => Key::Period30,
        Period::Days90 => Key::Period90,
        Period::Days365 => Key::Period365,
        Period::All => Key::PeriodAll,
    }
}

fn pct(lang: Lang, x: f64) -> String {
    let v = crate::i18n::fixed(x * 100.0, 0);
    match lang {
        Lang::Id => format!("{v}%"),
        Lang::En => format!("{v} %"),
    }
}

/// The balance figure with its numbers as a table (what screen readers read).
#[component]
pub fn BalanceFigure(#[prop(into)] data: Signal<Balance>) -> impl IntoView {
    let state = use_state();
    let rows = [Key::LearnExperience, Key::LearnSocial, Key::LearnFormal];
    let targets = [0.70, 0.20, 0.10];
    view! {
        {move || {
            let b = data.get();
            if b.is_empty() {
                return view! { <p class="muted">{state.t(Key::BalanceEmpty)}</p> }.into_any();
            }
            let percents = b.percents();
            let lang = state.lang.get();
            view! {
                <figure class="balance">
                    <BalanceBar shares=b.shares()/>
                    // With large text on a phone the four columns are wider than the screen:
                    // the table scrolls inside its own box (focusable, so it scrolls by keyboard)
                    // instead of the page.
                    <div class="table-scroll" role="region" tabindex="0" aria-label=state.t(Key::BalanceTitle)>
                        <table class="balance-table">
                            <thead><tr>
                                <th scope="col"><span class="visually-hidden">{state.t(Key::FieldLearning)}</span></th>
                                <th scope="col">{state.t(Key::Actual)}</th>
                                <th scope="col">{state.t(Key::Target)}</th>
                                <th scope="col">{state.t(Key::FieldHours)}</th>
                            </tr></thead>
                            <tbody>
                                {rows.into_iter().enumerate().map(|(i, k)| view! {
                                    <tr>
                                        <th scope="row"><span class=format!("swatch swatch-{i}") aria-hidden="true"></span>{state.t(k)}</th>
                                        <td>{format!("{}{}", percents[i], if lang == Lang::Id { "%" } else { " %" })}</td>
                                        <td>{pct(lang, targets[i])}</td>
                                        <td>{lang.decimal(round1(b.hours[i]))}</td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                    <figcaption class="field-hint">
                        {if b.used_hours { state.t(Key::BalanceByHours) } else { state.t(Key::BalanceByCount) }}
                    </figcaption>
                </figure>
            }.into_any()
        }}
    }
}

fn live_entries(state: AppState) -> Vec<Arc<EntryRow>> {
    state.sorted_entries()
}

#[component]
pub fn GrowthPage() -> impl IntoView {
    let state = use_state();
    let period = RwSignal::new(Period::Days90);
    let today = browser::today();
    let rows = Memo::new(move |_| live_entries(state));
    let data = Signal::derive(move || {
        rows.with(|r| {
            let entries: Vec<&Entry> = r.iter().map(|row| &row.entry).collect();
            balance(&entries, today, period.get())
        })
    });
    view! {
        <section class="page growth" aria-labelledby="growth-title">
            <header class="page-header"><h1 id="growth-title">{move || state.t(Key::GrowthTitle)}</h1></header>
            <Show when=move || state.loaded.get() fallback=move || view! { <Loading/> }>
                <div class="card">
                    <div class="card-header">
                        <h2>{move || state.t(Key::BalanceTitle)}</h2>
                        <div class="field field-inline">
                            <label for="balance-period">{move || state.t(Key::Period)}</label>
                            <select id="balance-period" on:change=move |ev| {
                                if let Some(p) = Period::parse(&event_target_value(&ev)) { period.set(p); }
                            }>
                                {Period::ALL.into_iter().map(|p| view! {
                                    <option value=p.as_str() selected=move || period.get() == p>{move || state.t(period_key(p))}</option>
                                }).collect_view()}
                            </select>
                        </div>
                    </div>
                    <BalanceFigure data=data/>
                </div>
                <JpCard rows=rows/>
                <FollowUps/>
            </Show>
        </section>
    }
}

#[component]
fn JpCard(rows: Memo<Vec<Arc<EntryRow>>>) -> impl IntoView {
    let state = use_state();
    let this_year = browser::today().year;
    let year = RwSignal::new(this_year);
    let target = move || state.settings().jp_target.unwrap_or(DEFAULT_JP_TARGET);
    let summary = Memo::new(move |_| {
        rows.with(|r| {
            let entries: Vec<&Entry> = r.iter().map(|row| &row.entry).collect();
            let s = jp_for_year(&entries, year.get(), target());
            let counted: Vec<(String, String, f64)> = s
                .entries
                .iter()
                .map(|(i, jp)| (r[*i].id.clone(), r[*i].entry.title.clone(), *jp))
                .collect();
            (s.jp, s.target, s.share(), counted)
        })
    });
    let shown = RwSignal::new(LIST_PAGE);
    let counted_total = Signal::derive(move || summary.with(|(_, _, _, c)| c.len()));
    let set_target = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev).replace(',', ".");
        if let Ok(t) = v.trim().parse::<f64>() {
            if t > 0.0 && t <= 1000.0 {
                state.update_settings(move |s| s.jp_target = Some(t));
            }
        }
    };
    view! {
        <div class="card" aria-labelledby="jp-title">
            <div class="card-header">
                <h2 id="jp-title">{move || state.t(Key::JpTitle)}</h2>
                <div class="field field-inline">
                    <label for="jp-year">{move || state.t(Key::Year)}</label>
                    <select id="jp-year" on:change=move |ev| {
                        if let Ok(y) = event_target_value(&ev).parse() { year.set(y); }
                    }>
                        {(0..4).map(|d| this_year - d).map(|y| view! {
                            <option value=y.to_string() selected=move || year.get() == y>{y}</option>
                        }).collect_view()}
                    </select>
                </div>
            </div>
            <p class="field-hint">{move || state.t(Key::JpExplain)}</p>
            {move || {
                let (jp, target, share, _) = summary.get();
                let lang = state.lang.get();
                let text = format!("{} / {} JP", lang.decimal(round1(jp)), lang.decimal(round1(target)));
                view! {
                    <p class="big-number" data-testid="jp-total">{text.clone()}</p>
                    <ProgressBar value=share label=format!("{} {}", state.t(Key::JpTitle), text)/>
                }
            }}
            <div class="field jp-target">
                <label for="jp-target">{move || state.t(Key::JpTarget)}</label>
                <input id="jp-target" type="text" inputmode="decimal" aria-describedby="jp-target-hint"
                    prop:value=move || state.lang.get().decimal(target()) on:change=set_target/>
                <p id="jp-target-hint" class="field-hint">{move || state.t(Key::JpTargetHint)}</p>
            </div>
            <h3>{move || state.t(Key::JpCounting)}</h3>
            {move || {
                let lang = state.lang.get();
                let n = shown.get();
                summary.with(|(_, _, _, counted)| {
                    if counted.is_empty() {
                        return view! { <p class="muted">{state.t(Key::JpNone)}</p> }.into_any();
                    }
                    view! {
                        <p class="muted" data-testid="jp-shown">{lang.shown_of(n.min(counted.len()), counted.len())}</p>
                        <ul class="plain-list">
                            {counted.iter().take(n).map(|(id, title, jp)| view! {
                                <li><a href=format!("/journal/{id}")>{title.clone()}</a>
                                    <span class="muted">{format!(" · {} JP", lang.decimal(round1(*jp)))}</span></li>
                            }).collect_view()}
                        </ul>
                    }.into_any()
                })
            }}
            <ShowMore limit=shown step=LIST_PAGE more=Signal::derive(move || counted_total.get() > shown.get())/>
        </div>
    }
}

/// Training entries waiting for a follow-up, each with a small form.
#[component]
pub fn FollowUps() -> impl IntoView {
    let state = use_state();
    let today = browser::today();
    let due = Memo::new(move |_| state.follow_ups_due(today));
    let shown = RwSignal::new(LIST_PAGE);
    let total = Signal::derive(move || due.with(Vec::len));
    view! {
        <div class="card" aria-labelledby="followup-title">
            <h2 id="followup-title">{move || state.t(Key::FollowUpTitle)}</h2>
            <p class="field-hint">{move || state.t(Key::FollowUpExplain)}</p>
            <Show when=move || due.with(|d| !d.is_empty()) fallback=move || view! {
                <p class="muted">{state.t(Key::FollowUpNone)}</p>
            }>
                <p data-testid="follow-ups-due">{move || state.lang.get().follow_ups_due(total.get())}</p>
                <ul class="plain-list follow-ups">
                    <For each=move || due.with(|d| d.iter().take(shown.get()).cloned().collect::<Vec<_>>())
                        key=|row| row.id.clone() let:row>
                        <FollowUpForm id=row.id.clone() entry=row.entry.clone()/>
                    </For>
                </ul>
                <ShowMore limit=shown step=LIST_PAGE more=Signal::derive(move || total.get() > shown.get())/>
            </Show>
        </div>
    }
}

#[component]
fn FollowUpForm(id: String, entry: Entry) -> impl IntoView {
    let state = use_state();
    let applied = RwSignal::new(false);
    let outcome = RwSignal::new(String::new());
    let check_id = format!("fu-applied-{id}");
    let text_id = format!("fu-outcome-{id}");
    let save = {
        let id = id.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let Some(mut rec) = state.record(&id) else {
                return;
            };
            let existing = read_follow_up(&rec);
            let f = FollowUp {
                applied: applied.get_untracked(),
                outcome: outcome.get_untracked().trim().to_string(),
                date: browser::today(),
            };
            if existing.as_ref() == Some(&f) {
                return;
            }
            write_follow_up(&mut rec, &f);
            state.save_record(rec);
            state.show_toast(Key::FollowUpSaved, None);
        }
    };
    view! {
        <li>
            <form class="follow-up" on:submit=save>
                <p><a href=format!("/journal/{id}")>{entry.title.clone()}</a>
                    <span class="muted">{move || format!(" · {}", state.lang.get().date(entry.date))}</span></p>
                <div class="check">
                    <input id=check_id.clone() type="checkbox" prop:checked=move || applied.get()
                        on:change=move |ev| applied.set(event_target_checked(&ev))/>
                    <label for=check_id>{move || state.t(Key::FollowUpApplied)}</label>
                </div>
                <div class="field">
                    <label for=text_id.clone()>{move || state.t(Key::FollowUpOutcome)}</label>
                    <textarea id=text_id rows="2" prop:value=move || outcome.get()
                        on:input=move |ev| outcome.set(event_target_value(&ev))></textarea>
                </div>
                <button type="submit" class="btn btn-secondary">{move || state.t(Key::FollowUpSave)}</button>
            </form>
        </li>
    }
}
