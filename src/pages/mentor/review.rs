//! Reviewing one mentee package, read-only: goals with progress and flags, assessments with
//! their gaps, sessions and action items, assignments with readiness, journal entries — each
//! with the mentor's comment box — plus a remark on the package as a whole, the package's
//! history, and exporting the `jejak-feedback` file.

use crate::browser;
use crate::domain::assignment::readiness::readiness;
use crate::domain::assignment::Assignment;
use crate::domain::competency::assessment::{self, Assessment, Dated};
use crate::domain::entry::Entry;
use crate::domain::feedback::{feedback_file_name, write_feedback, Comment, FeedbackHeader};
use crate::domain::goal::{flags, progress, Goal};
use crate::domain::markdown::render_markdown;
use crate::domain::mentoring::action::Action;
use crate::domain::mentoring::session::Session;
use crate::domain::record::kinds;
use crate::domain::share::Package;
use crate::domain::sort::OneSort;
use crate::i18n::MentorScreensKey;
use crate::i18n::{labels, Key, MentorKey};
use crate::pages::competency::find_framework;
use crate::pages::competency::radar::RadarChart;
use crate::pages::mentor::comments::CommentBox;
use crate::state::files::APP_VERSION;
use crate::state::inbox::use_inbox;
use crate::state::use_state;
use crate::transfer::files;
use crate::ui::charts::ProgressBar;
use crate::ui::form::{Debounce, AUTOSAVE_DELAY};
use crate::ui::Loading;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

#[component]
pub fn MenteePackagePage() -> impl IntoView {
    let state = use_state();
    let inbox = use_inbox();
    inbox.load();
    let params = use_params_map();
    let package = Memo::new(move |_| {
        let id = params.with(|p| p.get("id").unwrap_or_default());
        inbox.package(&id)
    });
    view! {
        <section class="page review" aria-labelledby="review-title">
            // The comment boxes read the mentor's saved comments once: wait for their records too.
            <Show when=move || inbox.loaded.get() && state.loaded.get() fallback=move || view! { <Loading/> }>
                {move || match package.get() {
                    Some(p) => view! { <Review package=p/> }.into_any(),
                    None => view! {
                        <h1 id="review-title">{move || state.t(MentorScreensKey::PackageNotFound)}</h1>
                        <p>{move || state.t(MentorScreensKey::PackageNotFoundBody)}</p>
                        <A href="/mentees" attr:class="btn btn-primary">{move || state.t(MentorScreensKey::BackToMentees)}</A>
                    }.into_any(),
                }}
            </Show>
        </section>
    }
}

#[component]
fn Review(package: Package) -> impl IntoView {
    let state = use_state();
    let inbox = use_inbox();
    let p = StoredValue::new(package.clone());
    let history: Vec<Package> = inbox
        .mentees()
        .into_iter()
        .find(|m| m.mentee_id == package.mentee_id)
        .map(|m| m.packages)
        .unwrap_or_default();
    let is_latest = history
        .first()
        .is_some_and(|l| l.package_id == package.package_id);

    let goals = package.views::<Goal>(kinds::GOAL);
    let assessments = package.views::<Assessment>(kinds::ASSESSMENT);
    let mut sessions = package.views::<Session>(kinds::SESSION);
    sessions.one_sort_by_key(|s| std::cmp::Reverse(s.1.date));
    let actions = package.views::<Action>(kinds::ACTION);
    let assignments = package.views::<Assignment>(kinds::ASSIGNMENT);
    let mut entries = package.views::<Entry>(kinds::ENTRY);
    entries.one_sort_by_key(|e| std::cmp::Reverse(e.1.date));

    let section = |key: MentorKey, n: usize, id: &'static str, body: AnyView| {
        (n > 0).then(|| {
            view! {
                <section class="review-section" aria-labelledby=id>
                    <h2 id=id>{move || format!("{} ({n})", state.t(key))}</h2>
                    {body}
                </section>
            }
        })
    };
    let comment = move |target: &str, about: String| {
        let p = p.get_value();
        view! { <CommentBox package_id=p.package_id.clone() mentee_id=p.mentee_id.clone() target=target.to_string() about=about/> }
    };
    let today = browser::today();

    let goals_view = goals
        .iter()
        .map(|(id, g)| {
            let f = flags(g, today);
            let pct = progress(g);
            let status = g.status;
            view! {
                <article class="card review-item" data-testid="review-goal">
                    <h3>{g.title.clone()}</h3>
                    <p class="review-meta">
                        <span class="badge">{move || state.t(labels::goal_status(status))}</span>
                        {f.overdue.then(|| view! { <span class="badge badge-danger">{move || state.t(Key::FlagOverdue)}</span> })}
                        {f.at_risk.then(|| view! { <span class="badge badge-warn">{move || state.t(Key::FlagAtRisk)}</span> })}
                        {f.due_soon.then(|| view! { <span class="badge">{move || state.t(Key::FlagDueSoon)}</span> })}
                        {g.target_date.map(|d| view! { <span>{move || state.lang.get().date(d)}</span> })}
                    </p>
                    <div class="review-progress">
                        <ProgressBar value=f64::from(pct) / 100.0 label=format!("{} {pct}%", state.t(MentorScreensKey::Progress))/>
                        <span>{format!("{pct}%")}</span>
                    </div>
                    {(!g.why.is_empty()).then(|| view! { <p>{g.why.clone()}</p> })}
                    {(!g.methods.is_empty()).then(|| {
                        let methods = g.methods.clone();
                        view! {
                            <p class="review-methods">
                                <strong>{move || state.t(crate::i18n::PlanKey::GoalFieldMethods)}": "</strong>
                                {move || crate::domain::plan::words::methods_text(&state.lang.get(), &methods)}
                            </p>
                        }
                    })}
                    {(!g.milestones.is_empty()).then(|| view! {
                        <ul class="review-milestones">
                            {g.milestones.iter().map(|m| {
                                let done = m.done.is_some();
                                view! { <li class:done=done>{if done { "✓ " } else { "○ " }}{m.title.clone()}</li> }
                            }).collect_view()}
                        </ul>
                    })}
                    {comment(id, g.title.clone())}
                </article>
            }
        })
        .collect_view()
        .into_any();

    // The mentee's own radar and table: the built-in frameworks are on this device too; a custom
    // one is not in the package, so its assessments show as rated.
    let dated: Vec<Dated> = assessments
        .iter()
        .map(|(id, a)| Dated {
            id: id.clone(),
            created: String::new(),
            assessment: a.clone(),
        })
        .collect();
    let assessments_view = assessments
        .iter()
        .map(|(id, a)| {
            let date = a.date;
            let previous = assessment::previous(&dated, id);
            let prev = previous.map(|p| &p.assessment);
            let rows = match find_framework(state, &a.framework) {
                Some(f) => assessment::rows(&f, a, prev),
                None => assessment::rows_as_rated(a, prev),
            };
            let gaps: Vec<(String, u8)> = assessment::gaps(&rows)
                .into_iter()
                .map(|r| (r.name.clone(), r.gap().unwrap_or(0)))
                .collect();
            let previous_date = previous.map(|p| p.assessment.date);
            let about = format!("{} {}", state.t(MentorKey::ScopeAssessments), date);
            view! {
                <article class="card review-item" data-testid="review-assessment">
                    <h3>{move || state.lang.get().date(date)}</h3>
                    {(!a.target_role.is_empty()).then(|| view! { <p class="review-meta">{move || state.t(MentorScreensKey::TargetRole)}": "{a.target_role.clone()}</p> })}
                    <RadarChart rows=rows previous_date=previous_date/>
                    {(!gaps.is_empty()).then(|| view! {
                        <h4>{move || state.t(MentorScreensKey::GapsLargestFirst)}</h4>
                        <ul class="review-gaps">
                            {gaps.into_iter().map(|(name, gap)| view! {
                                <li>{name}" · "<span class="review-gap">{format!("+{gap}")}</span></li>
                            }).collect_view()}
                        </ul>
                    })}
                    {comment(id, about)}
                </article>
            }
        })
        .collect_view()
        .into_any();

    let sessions_view = sessions
        .iter()
        .map(|(id, s)| {
            let own: Vec<Action> = actions
                .iter()
                .filter(|(_, a)| a.session.as_deref() == Some(id.as_str()))
                .map(|(_, a)| a.clone())
                .collect();
            let date = s.date;
            let notes = render_markdown(&s.notes);
            let about = date.map(|d| d.to_string()).unwrap_or_default();
            view! {
                <article class="card review-item" data-testid="review-session">
                    <h3>{move || date.map(|d| state.lang.get().date(d)).unwrap_or_default()}</h3>
                    {(!s.agenda.is_empty()).then(|| view! { <p class="pre-line">{s.agenda.clone()}</p> })}
                    {(!s.notes.is_empty()).then(|| view! { <div class="markdown" inner_html=notes></div> })}
                    {(!s.outcomes.is_empty()).then(|| view! { <p class="pre-line"><strong>{move || state.t(MentorScreensKey::Outcomes)}": "</strong>{s.outcomes.clone()}</p> })}
                    {(!own.is_empty()).then(|| view! {
                        <ul class="review-actions">
                            {own.into_iter().map(|a| {
                                let done = a.done.is_some();
                                view! { <li class:done=done>{if done { "✓ " } else { "○ " }}{a.text}</li> }
                            }).collect_view()}
                        </ul>
                    })}
                    {comment(id, about)}
                </article>
            }
        })
        .collect_view()
        .into_any();

    let assignments_view = assignments
        .iter()
        .map(|(id, a)| {
            let r = readiness(a, today);
            let title = if a.role.is_empty() {
                a.host_org.clone()
            } else {
                format!("{} · {}", a.role, a.host_org)
            };
            view! {
                <article class="card review-item" data-testid="review-assignment">
                    <h3>{title.clone()}</h3>
                    <p class="review-meta">
                        {a.start.map(|d| view! { <span>{move || state.lang.get().date(d)}</span> })}
                        {a.end.map(|d| view! { <span>" – "{move || state.lang.get().date(d)}</span> })}
                    </p>
                    {r.score.map(|s| view! {
                        <div class="review-progress">
                            <ProgressBar value=f64::from(s) / 100.0 label=format!("{} {s}%", state.t(MentorScreensKey::Readiness))/>
                            <span>{format!("{}: {s}%", state.t(MentorScreensKey::Readiness))}</span>
                        </div>
                    })}
                    {(!a.objectives.is_empty()).then(|| view! { <p class="pre-line">{a.objectives.clone()}</p> })}
                    {comment(id, title)}
                </article>
            }
        })
        .collect_view()
        .into_any();

    let entries_view = entries
        .iter()
        .map(|(id, e)| {
            let date = e.date;
            let kind = e.entry_kind;
            let body = render_markdown(&e.body);
            let title = if e.title.is_empty() {
                state.t(Key::Untitled).to_string()
            } else {
                e.title.clone()
            };
            view! {
                <article class="card review-item" data-testid="review-entry">
                    <h3>{title.clone()}</h3>
                    <p class="review-meta">
                        <span class="badge">{move || state.t(labels::entry_kind(kind))}</span>
                        <span>{move || state.lang.get().date(date)}</span>
                    </p>
                    <div class="markdown" inner_html=body></div>
                    {comment(id, title)}
                </article>
            }
        })
        .collect_view()
        .into_any();

    let author = RwSignal::new(state.settings().display_name);
    let save_name = move |name: &str| {
        let name = name.to_string();
        state.update_settings(move |s| s.display_name = name);
    };
    let name_debounce = Debounce::new();
    let error = RwSignal::new(None::<String>);
    let export = move |_| {
        let p = p.get_value();
        let name = author.get_untracked().trim().to_string();
        save_name(&name);
        // Comments carry the name the mentor has when sending, also those typed before it
        // was filled in.
        let stale: Vec<(String, Comment)> = state
            .comments()
            .into_iter()
            .filter(|(_, c, _)| c.package == p.package_id && c.author != name)
            .map(|(id, c, _)| (id, c))
            .collect();
        for (id, mut c) in stale {
            c.author = name.clone();
            state.save_view(kinds::COMMENT, &id, &c);
        }
        // The records include tombstones, so a comment deleted after an earlier export is
        // deleted on the mentee's side too.
        let comments: Vec<_> = state.records.with_untracked(|m| {
            m.values()
                .filter(|r| r.kind == kinds::COMMENT)
                .filter(|r| {
                    r.view::<Comment>().is_ok_and(|c| c.package == p.package_id)
                        || (r.deleted
                            && r.fields.get("package").and_then(|v| v.as_str())
                                == Some(&p.package_id))
                })
                .cloned()
                .collect()
        });
        let header = FeedbackHeader {
            package_id: p.package_id.clone(),
            mentee_id: p.mentee_id.clone(),
            author: name,
        };
        let text = write_feedback(
            &header,
            &comments,
            APP_VERSION,
            browser::now_millis(),
            &state.device_label(),
        );
        match files::download(
            &feedback_file_name(browser::today()),
            "application/json",
            &text,
        ) {
            Ok(_) => {
                error.set(None);
                state.show_toast(Key::FeedbackFileSaved, None);
            }
            Err(_) => error.set(Some(state.t(Key::SaveFailed).to_string())),
        }
    };
    let my_count = {
        let id = package.package_id.clone();
        move || {
            state
                .comments()
                .iter()
                .filter(|(_, c, _)| c.package == id)
                .count()
        }
    };

    let older: Vec<Package> = history
        .iter()
        .filter(|h| h.package_id != package.package_id)
        .cloned()
        .collect();
    let general_about = state.t(MentorScreensKey::WholeShare).to_string();
    view! {
        <p class="back-link"><A href="/mentees">{move || state.t(MentorScreensKey::BackToMentees)}</A></p>
        <header class="review-header">
            <h1 id="review-title">{package.display_name.clone()}</h1>
            <p class="muted">{move || state.lang.get().shared_on(&p.get_value().exported_at)}</p>
            {(!is_latest).then(|| view! { <p class="review-readonly" role="note">{move || state.t(MentorScreensKey::OlderPackageNote)}</p> })}
            <p class="review-readonly">{move || state.t(MentorScreensKey::ReadOnlyNote)}</p>
        </header>

        <div class="card review-general">
            <h2>{move || state.t(MentorScreensKey::WholeShare)}</h2>
            {comment(&package.package_id, general_about)}
        </div>

        {section(MentorKey::ReviewGoals, goals.len(), "review-goals", goals_view)}
        {section(MentorKey::ScopeAssessments, assessments.len(), "review-assessments", assessments_view)}
        {section(MentorKey::ScopeSessions, sessions.len(), "review-sessions", sessions_view)}
        {section(MentorKey::ScopeAssignments, assignments.len(), "review-assignments", assignments_view)}
        {section(MentorKey::ReviewEntries, entries.len(), "review-entries", entries_view)}
        {package.records.is_empty().then(|| view! { <p class="muted">{move || state.t(MentorScreensKey::EmptyPackage)}</p> })}

        <div class="card review-export" aria-labelledby="feedback-export-title">
            <h2 id="feedback-export-title">{move || state.t(MentorScreensKey::SendFeedbackTitle)}</h2>
            <p>{move || state.t(MentorScreensKey::SendFeedbackBody)}</p>
            <p class="muted" data-testid="my-comment-count">{move || state.lang.get().comments_count(my_count())}</p>
            <div class="field">
                <label for="feedback-author">{move || state.t(MentorScreensKey::YourName)}</label>
                <input id="feedback-author" type="text" autocomplete="name" maxlength="80"
                    prop:value=move || author.get()
                    on:input=move |ev| {
                        author.set(event_target_value(&ev));
                        name_debounce.schedule(AUTOSAVE_DELAY, move || save_name(author.get_untracked().trim()));
                    }/>
            </div>
            <p class="field-error" role="alert">{move || error.get()}</p>
            <div class="actions">
                <button type="button" class="btn btn-primary" on:click=export>{move || state.t(MentorScreensKey::ExportFeedback)}</button>
            </div>
        </div>

        {(!older.is_empty()).then(|| view! {
            <div class="card">
                <h2>{move || state.t(MentorScreensKey::HistoryTitle)}</h2>
                <ul class="review-history">
                    {older.into_iter().map(|h| view! {
                        <li><A href=format!("/mentees/{}", h.package_id)>{move || state.lang.get().shared_on(&h.exported_at)}</A></li>
                    }).collect_view()}
                </ul>
            </div>
        })}
    }
}
