//! The Development plan screen (`/plan`, issue 20): choose the period and what goes in, fill in
//! who the plan is about, then read, print or download the plan assembled by
//! [`crate::domain::plan`]. It is reached from the Goals and Competencies screens.
//!
//! The screen keeps nothing of the plan itself. The choices made for it ([`Choices`]) stay on
//! this device, in `localStorage` under [`CHOICES_KEY`]: they are a view setting like a list
//! filter, so they should not travel in backups, and keeping them out of the settings record
//! means ticking a box never bumps that record's rev and never turns into a merge conflict
//! between two devices. The name, position and unit describe the person, not the plan, so they
//! go to the settings record, where the name already is.
//!
//! Printing is the browser's own (`window.print()`, and "Save as PDF" in its dialog);
//! `style/plan.css` lays the page out for A4.

mod document;

use crate::browser;
use crate::domain::assignment::Assignment;
use crate::domain::balance::read_follow_up;
use crate::domain::competency::builtin::Language;
use crate::domain::competency::framework::Framework;
use crate::domain::entry::Entry;
use crate::domain::goal::Goal;
use crate::domain::mentoring::person::Person;
use crate::domain::mentoring::session::Session;
use crate::domain::plan::choices::{check_dates, Choices, PeriodChoice, PeriodError};
use crate::domain::plan::markdown::{file_name, plan_markdown};
use crate::domain::plan::{assemble, Options, Plan, Sources};
use crate::domain::record::kinds;
use crate::i18n::{Lang, PlanKey};
use crate::state::{use_state, AppState};
use crate::transfer::files;
use crate::ui::{icons, Loading};
use document::PlanDocument;
use leptos::prelude::*;

/// Where the plan's choices are kept on this device (see the module comment for why here).
pub const CHOICES_KEY: &str = "jejak:plan-choices";

fn load_choices() -> Choices {
    browser::prefs::get(CHOICES_KEY)
        .map(|s| Choices::parse(&s))
        .unwrap_or_default()
}

fn save_choices(c: &Choices) {
    browser::prefs::set(CHOICES_KEY, &c.to_json());
}

fn language(lang: Lang) -> Language {
    match lang {
        Lang::Id => Language::Indonesian,
        Lang::En => Language::English,
    }
}

/// The plan of everything in the app state, for `options`, in `lang`. Reactive: it re-runs
/// when a record it reads changes.
fn build_plan(state: AppState, options: Options, lang: Lang) -> Plan {
    let settings = state.settings();
    let goals = state.views::<Goal>(kinds::GOAL);
    let assessments = crate::pages::competency::dated_assessments(state);
    let frameworks = state.views::<Framework>(kinds::FRAMEWORK);
    let assignments = state.views::<Assignment>(kinds::ASSIGNMENT);
    let people = state.views::<Person>(kinds::PERSON);
    let sessions = state.views::<Session>(kinds::SESSION);
    let rows = state.sorted_entries();
    let entries: Vec<(&str, &Entry)> = rows.iter().map(|r| (r.id.as_str(), &r.entry)).collect();
    // Only trainings are asked, and a follow-up change also changes the parsed entries' signal.
    let follow_up = |id: &str| {
        state
            .records
            .with_untracked(|m| m.get(id).and_then(read_follow_up))
    };
    assemble(
        &Sources {
            made: browser::today(),
            language: language(lang),
            settings: &settings,
            goals: &goals,
            assessments: &assessments,
            frameworks: &frameworks,
            entries: &entries,
            follow_up: &follow_up,
            assignments: &assignments,
            people: &people,
            sessions: &sessions,
        },
        &options,
    )
}

fn period_error(e: PeriodError) -> PlanKey {
    match e {
        PeriodError::Missing => PlanKey::ErrDatesMissing,
        PeriodError::OutOfRange => PlanKey::ErrDatesRange,
        PeriodError::EndBeforeStart => PlanKey::ErrDatesOrder,
        PeriodError::TooLong { .. } => PlanKey::ErrDatesLong,
    }
}

#[component]
pub fn PlanPage() -> impl IntoView {
    let state = use_state();
    let choices = RwSignal::new(load_choices());
    Effect::new(move |_| choices.with(save_choices));
    let today = browser::today();
    let plan_lang = Memo::new(move |_| {
        choices
            .with(|c| c.language.as_deref().and_then(Lang::parse))
            .unwrap_or_else(|| state.lang.get())
    });
    let options = Memo::new(move |_| {
        choices.with(|c| Options {
            period: c.period.resolve(today),
            include_drafts: c.include_drafts,
            show_names: c.show_names,
        })
    });
    let plan = Memo::new(move |_| {
        state
            .loaded
            .get()
            .then(|| build_plan(state, options.get(), plan_lang.get()))
    });
    let download_error = RwSignal::new(None::<PlanKey>);
    let download = move |_| {
        let Some(p) = plan.get_untracked() else {
            return;
        };
        let text = plan_markdown(&p, &plan_lang.get_untracked());
        let result = files::download(&file_name(p.period), "text/markdown;charset=utf-8", &text);
        download_error.set(result.err().map(|_| PlanKey::DownloadFailed));
    };
    let print = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };

    view! {
        <section class="page plan-page" aria-labelledby="plan-title">
            <header class="page-header plan-screen-only">
                <div>
                    <h1 id="plan-title">{move || state.t(PlanKey::Title)}</h1>
                    <p class="muted page-intro">{move || state.t(PlanKey::Intro)}</p>
                </div>
            </header>
            <Show when=move || state.loaded.get() fallback=move || view! { <Loading/> }>
                <div class="card plan-options plan-screen-only">
                    <h2>{move || state.t(PlanKey::OptionsTitle)}</h2>
                    <PeriodChoices choices=choices today=today/>
                    <div class="check">
                        <input id="plan-drafts" type="checkbox"
                            prop:checked=move || choices.with(|c| c.include_drafts)
                            on:change=move |ev| choices.update(|c| c.include_drafts = event_target_checked(&ev))/>
                        <label for="plan-drafts">{move || state.t(PlanKey::IncludeDrafts)}</label>
                    </div>
                    <div class="check">
                        <input id="plan-names" type="checkbox" aria-describedby="plan-names-hint"
                            prop:checked=move || choices.with(|c| c.show_names)
                            on:change=move |ev| choices.update(|c| c.show_names = event_target_checked(&ev))/>
                        <label for="plan-names">{move || state.t(PlanKey::ShowNames)}</label>
                    </div>
                    <p id="plan-names-hint" class="field-hint plan-names-hint">{move || state.t(PlanKey::ShowNamesHint)}</p>
                    <div class="field plan-language">
                        <label for="plan-language">{move || state.t(PlanKey::PlanLanguage)}</label>
                        <select id="plan-language" aria-describedby="plan-language-hint" on:change=move |ev| {
                            let l = Lang::parse(&event_target_value(&ev));
                            choices.update(|c| c.language = l.map(|l| l.code().to_string()));
                        }>
                            {[(Lang::Id, crate::i18n::Key::LangIndonesian), (Lang::En, crate::i18n::Key::LangEnglish)].into_iter().map(|(l, k)| view! {
                                <option value=l.code() selected=move || plan_lang.get() == l>{move || state.t(k)}</option>
                            }).collect_view()}
                        </select>
                        <p id="plan-language-hint" class="field-hint">{move || state.t(PlanKey::PlanLanguageHint)}</p>
                    </div>
                    <AboutYou/>
                    <div class="actions">
                        <button type="button" class="btn btn-primary" aria-describedby="plan-print-hint" on:click=print>
                            {icons::print()}<span>{move || state.t(PlanKey::Print)}</span>
                        </button>
                        <button type="button" class="btn btn-secondary" on:click=download>
                            {icons::download()}<span>{move || state.t(PlanKey::DownloadMarkdown)}</span>
                        </button>
                    </div>
                    <p id="plan-print-hint" class="field-hint">{move || state.t(PlanKey::PrintHint)}</p>
                    <p class="field-error" role="alert">{move || download_error.get().map(|k| state.t(k))}</p>
                </div>
                {move || plan.get().map(|p| view! {
                    <PlanDocument plan=p lang=plan_lang.get() app_lang=state.lang.get()/>
                })}
            </Show>
        </section>
    }
}

/// The period: this, last or next year, or two dates (applied once both make a valid period).
#[component]
fn PeriodChoices(choices: RwSignal<Choices>, today: crate::domain::date::Date) -> impl IntoView {
    let state = use_state();
    let custom =
        RwSignal::new(choices.with_untracked(|c| matches!(c.period, PeriodChoice::Dates { .. })));
    let current = choices.with_untracked(|c| c.period.resolve(today));
    let from = RwSignal::new(current.from.to_string());
    let to = RwSignal::new(current.to.to_string());
    let error = RwSignal::new(None::<PlanKey>);
    let apply_dates = move || match check_dates(&from.get_untracked(), &to.get_untracked()) {
        Ok(p) => {
            error.set(None);
            choices.update(|c| {
                c.period = PeriodChoice::Dates {
                    from: p.from,
                    to: p.to,
                }
            });
        }
        Err(e) => error.set(Some(period_error(e))),
    };
    let on_period = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        let chosen = match v.as_str() {
            "last_year" => Some(PeriodChoice::LastYear),
            "next_year" => Some(PeriodChoice::NextYear),
            "this_year" => Some(PeriodChoice::ThisYear),
            _ => None,
        };
        match chosen {
            Some(p) => {
                custom.set(false);
                error.set(None);
                choices.update(|c| c.period = p);
            }
            None => {
                // Start from the period shown so far.
                let shown = choices.with_untracked(|c| c.period.resolve(today));
                from.set(shown.from.to_string());
                to.set(shown.to.to_string());
                custom.set(true);
                apply_dates();
            }
        }
    };
    let year_option = move |p: PeriodChoice, key: PlanKey| {
        let year = p.resolve(today).from.year.to_string();
        view! {
            <option value=p.as_str() selected=move || !custom.get() && choices.with(|c| c.period == p)>
                {move || state.t(key).replace("{year}", &year)}
            </option>
        }
    };
    view! {
        <div class="field plan-period">
            <label for="plan-period">{move || state.t(PlanKey::PeriodLabel)}</label>
            <select id="plan-period" on:change=on_period>
                {year_option(PeriodChoice::ThisYear, PlanKey::ThisYear)}
                {year_option(PeriodChoice::LastYear, PlanKey::LastYear)}
                {year_option(PeriodChoice::NextYear, PlanKey::NextYear)}
                <option value="dates" selected=move || custom.get()>{move || state.t(PlanKey::CustomDates)}</option>
            </select>
        </div>
        <Show when=move || custom.get()>
            <div class="field-row plan-dates">
                <div class="field">
                    <label for="plan-from">{move || state.t(PlanKey::From)}</label>
                    <input id="plan-from" type="date" min="1900-01-01" max="2200-12-31"
                        aria-invalid=move || error.get().is_some().to_string() aria-describedby="plan-dates-error"
                        prop:value=move || from.get()
                        on:change=move |ev| { from.set(event_target_value(&ev)); apply_dates(); }/>
                </div>
                <div class="field">
                    <label for="plan-to">{move || state.t(PlanKey::To)}</label>
                    <input id="plan-to" type="date" min="1900-01-01" max="2200-12-31"
                        aria-invalid=move || error.get().is_some().to_string() aria-describedby="plan-dates-error"
                        prop:value=move || to.get()
                        on:change=move |ev| { to.set(event_target_value(&ev)); apply_dates(); }/>
                </div>
            </div>
            <p id="plan-dates-error" class="field-error" aria-live="polite">{move || error.get().map(|k| state.t(k))}</p>
        </Show>
    }
}

/// Name, position and unit: the person's, kept in the settings record (they travel with a
/// backup and the name is the one a mentor already sees).
#[component]
fn AboutYou() -> impl IntoView {
    let state = use_state();
    let settings = Memo::new(move |_| state.settings());
    let text = move |id: &'static str,
                     label: PlanKey,
                     max: u32,
                     get: fn(&crate::domain::settings::Settings) -> String,
                     set: fn(&mut crate::domain::settings::Settings, String)| {
        view! {
            <div class="field">
                <label for=id>{move || state.t(label)}</label>
                <input id=id type="text" autocomplete="off" maxlength=max.to_string()
                    prop:value=move || settings.with(get)
                    on:change=move |ev| {
                        let v = event_target_value(&ev).trim().to_string();
                        state.update_settings(move |s| set(s, v));
                    }/>
            </div>
        }
    };
    // Open while something is missing; once all is filled in it folds away (it is filled once).
    let open = settings.with_untracked(|s| {
        s.display_name.is_empty() || s.position.is_empty() || s.unit.is_empty()
    });
    view! {
        <details class="plan-about" open=open>
            <summary>{move || state.t(PlanKey::AboutYou)}</summary>
            <p class="field-hint">{move || state.t(PlanKey::AboutYouHint)}</p>
            {text("plan-name", PlanKey::YourName, 80, |s| s.display_name.clone(), |s, v| s.display_name = v)}
            {text("plan-position", PlanKey::YourPosition, 120, |s| s.position.clone(), |s, v| s.position = v)}
            {text("plan-unit", PlanKey::YourUnit, 120, |s| s.unit.clone(), |s, v| s.unit = v)}
        </details>
    }
}
