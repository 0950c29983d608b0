//! Comments on both sides of the mentor loop: the mentor's comment box beside each record of a
//! mentee's package (saved as they type), and the feedback a mentee received — beside their
//! own records, in a "new feedback" card on Today, and in a full list that also keeps comments
//! whose record no longer exists.

use crate::browser;
use crate::domain::date::{parse_rfc3339, Date};
use crate::domain::feedback::{Comment, MAX_COMMENT_CHARS};
use crate::domain::record::kinds;
use crate::domain::sort::OneSort;
use crate::i18n::{Lang, MentorKey};
use crate::state::{use_state, AppState};
use crate::ui::form::{Debounce, AUTOSAVE_DELAY};
use leptos::prelude::*;
use leptos_router::components::A;

/// The mentor's own comment on `target` in one package: at most one, so the box simply is it.
fn my_comment(state: AppState, package: &str, target: &str) -> Option<(String, Comment)> {
    state.records.with_untracked(|m| {
        m.values()
            .filter(|r| r.kind == kinds::COMMENT && !r.deleted)
            .filter_map(|r| r.view::<Comment>().ok().map(|c| (r.id.clone(), c)))
            .find(|(_, c)| c.package == package && c.target == target)
    })
}

fn created_date(lang: Lang, created: &str) -> String {
    parse_rfc3339(created)
        .map(|ms| lang.date(Date::from_millis(ms, browser::tz_offset_minutes())))
        .unwrap_or_default()
}

/// The mentor's comment box for one record (or, with `target == package_id`, the package).
/// Typing saves after a short pause; clearing the text deletes the comment.
#[component]
pub fn CommentBox(
    package_id: String,
    mentee_id: String,
    target: String,
    /// What the box is about, for its accessible name ("Comment on: Lead a team").
    #[prop(into)]
    about: String,
) -> impl IntoView {
    let state = use_state();
    let existing = my_comment(state, &package_id, &target);
    let id = StoredValue::new(existing.as_ref().map(|(id, _)| id.clone()));
    let text = RwSignal::new(existing.map(|(_, c)| c.text).unwrap_or_default());
    let saved = RwSignal::new(true);
    let debounce = Debounce::new();
    let too_long = move || text.with(|t| t.chars().count() > MAX_COMMENT_CHARS);
    let field_id = format!("comment-{target}");
    let hint_id = format!("comment-hint-{target}");
    let save = move |package_id: String, mentee_id: String, target: String| {
        let body = text.get_untracked();
        if body.chars().count() > MAX_COMMENT_CHARS {
            return;
        }
        let trimmed = body.trim();
        match id.get_value() {
            Some(existing) if trimmed.is_empty() => {
                state.delete_record(&existing);
                id.set_value(None);
            }
            None if trimmed.is_empty() => {}
            current => {
                let rid = current.unwrap_or_else(browser::new_id);
                let comment = Comment {
                    target,
                    package: package_id,
                    mentee: mentee_id,
                    text: body,
                    author: state.settings().display_name,
                    read: false,
                };
                state.save_view(kinds::COMMENT, &rid, &comment);
                id.set_value(Some(rid));
            }
        }
        saved.set(true);
    };
    view! {
        <div class="comment-box field">
            <label for=field_id.clone() class="comment-label">{move || state.t(MentorKey::YourComment)}</label>
            // The visible label is the same in every box; the accessible name says which record.
            <textarea id=field_id rows="2" class="comment-input"
                aria-label=move || format!("{}: {about}", state.t(MentorKey::YourComment))
                aria-describedby=hint_id.clone()
                aria-invalid=move || too_long().to_string()
                prop:value=move || text.get()
                on:input={
                    let (package_id, mentee_id, target) = (package_id.clone(), mentee_id.clone(), target.clone());
                    move |ev| {
                        text.set(event_target_value(&ev));
                        saved.set(false);
                        let (p, m, t) = (package_id.clone(), mentee_id.clone(), target.clone());
                        debounce.schedule(AUTOSAVE_DELAY, move || save(p, m, t));
                    }
                }></textarea>
            <p id=hint_id class="field-hint" aria-live="polite">
                {move || if too_long() {
                    state.t(MentorKey::ErrCommentTooLong)
                } else if !saved.get() {
                    state.t(MentorKey::CommentSaving)
                } else if text.with(|t| !t.trim().is_empty()) {
                    state.t(MentorKey::CommentSaved)
                } else {
                    ""
                }}
            </p>
        </div>
    }
}

/// Feedback received on one of the person's own records, shown beside it.
#[component]
pub fn ReceivedComments(#[prop(into)] target: Signal<String>) -> impl IntoView {
    let state = use_state();
    let list = Memo::new(move |_| {
        let t = target.get();
        let mut v: Vec<(String, Comment, String)> = state
            .received_comments()
            .into_iter()
            .filter(|(_, c, _)| c.target == t)
            .collect();
        v.one_sort_by(|a, b| a.2.cmp(&b.2));
        v
    });
    view! {
        <Show when=move || !list.with(|l| l.is_empty())>
            <section class="card received-comments" aria-labelledby="received-title">
                <h2 id="received-title">{move || state.t(MentorKey::FeedbackFromMentor)}</h2>
                <ul class="comment-list">
                    {move || list.get().into_iter().map(|(id, c, created)| view! {
                        <CommentItem id=id comment=c created=created/>
                    }).collect_view()}
                </ul>
            </section>
        </Show>
    }
}

/// One received comment: author, date, text, and "mark as read" while it is new.
#[component]
fn CommentItem(id: String, comment: Comment, created: String) -> impl IntoView {
    let state = use_state();
    let unread = !comment.read;
    let mark = {
        let id = id.clone();
        move |_| mark_read(state, std::slice::from_ref(&id))
    };
    view! {
        <li class="comment" class:unread=unread data-testid="received-comment">
            <p class="comment-meta">
                <strong>{comment.author.clone()}</strong>
                " · "{move || created_date(state.lang.get(), &created)}
                {unread.then(|| view! { <span class="badge">{move || state.t(MentorKey::New)}</span> })}
            </p>
            <p class="comment-text">{comment.text.clone()}</p>
            {unread.then(|| view! {
                <button type="button" class="btn btn-link" on:click=mark>{move || state.t(MentorKey::MarkRead)}</button>
            })}
        </li>
    }
}

fn mark_read(state: AppState, ids: &[String]) {
    for id in ids {
        if let Some(rec) = state.record(id) {
            if let Ok(mut c) = rec.view::<Comment>() {
                c.read = true;
                state.save_view(kinds::COMMENT, id, &c);
            }
        }
    }
}

/// Where a received comment points: (link, what it is). None for a whole-share remark or a
/// record that no longer exists here.
fn target_link(state: AppState, c: &Comment) -> Option<(String, MentorKey)> {
    if c.is_general() {
        return None;
    }
    let rec = state.record(&c.target)?;
    let (path, key) = match rec.kind.as_str() {
        kinds::GOAL => ("/goals/", MentorKey::OnGoal),
        kinds::ENTRY => ("/journal/", MentorKey::OnEntry),
        kinds::SESSION => ("/sessions/", MentorKey::OnSession),
        kinds::ASSESSMENT => ("/competencies/assessment/", MentorKey::OnAssessment),
        kinds::ASSIGNMENT => ("/assignments/", MentorKey::OnAssignment),
        kinds::PERSON => ("/people/", MentorKey::OnRecord),
        _ => return None,
    };
    Some((format!("{path}{}", rec.id), key))
}

/// One line of a feedback list: where it is about (a link), author, text.
#[component]
fn FeedbackLine(id: String, comment: Comment, created: String) -> impl IntoView {
    let state = use_state();
    let link = target_link(state, &comment);
    let general = comment.is_general();
    let unread = !comment.read;
    let mark = {
        let id = id.clone();
        move |_| mark_read(state, std::slice::from_ref(&id))
    };
    view! {
        <li class="comment" class:unread=unread data-testid="feedback-line">
            <p class="comment-meta">
                {match link {
                    Some((href, key)) => view! { <A href=href>{move || state.t(key)}</A> }.into_any(),
                    None if general => view! { <span>{move || state.t(MentorKey::OnShare)}</span> }.into_any(),
                    None => view! { <span class="badge badge-warn">{move || state.t(MentorKey::OnMissing)}</span> }.into_any(),
                }}
                " · "<strong>{comment.author.clone()}</strong>
                " · "{move || created_date(state.lang.get(), &created)}
            </p>
            <p class="comment-text">{comment.text.clone()}</p>
            {unread.then(|| view! {
                <button type="button" class="btn btn-link" on:click=mark>{move || state.t(MentorKey::MarkRead)}</button>
            })}
        </li>
    }
}

/// Today: new feedback until it is read.
#[component]
pub fn TodayFeedback() -> impl IntoView {
    let state = use_state();
    let unread = Memo::new(move |_| {
        state
            .received_comments()
            .into_iter()
            .filter(|(_, c, _)| !c.read)
            .collect::<Vec<_>>()
    });
    let mark_all = move |_| {
        let ids: Vec<String> = unread
            .get_untracked()
            .into_iter()
            .map(|(id, _, _)| id)
            .collect();
        mark_read(state, &ids);
    };
    view! {
        <Show when=move || !unread.with(|u| u.is_empty())>
            <div class="card today-feedback" aria-labelledby="today-feedback-title">
                <h2 id="today-feedback-title">{move || state.t(MentorKey::NewFeedbackTitle)}</h2>
                <ul class="comment-list">
                    {move || unread.get().into_iter().take(5).map(|(id, c, created)| view! {
                        <FeedbackLine id=id comment=c created=created/>
                    }).collect_view()}
                </ul>
                <div class="actions">
                    <button type="button" class="btn btn-secondary" on:click=mark_all>{move || state.t(MentorKey::MarkAllRead)}</button>
                    <A href="/share#feedback" attr:class="btn btn-link">{move || state.t(MentorKey::AllFeedback)}</A>
                </div>
            </div>
        </Show>
    }
}

/// Every comment received, newest first, including those whose record is gone (explained).
#[component]
pub fn FeedbackReceived() -> impl IntoView {
    let state = use_state();
    let list = Memo::new(move |_| state.received_comments());
    view! {
        <Show when=move || !list.with(|l| l.is_empty())>
            <section class="card" id="feedback" aria-labelledby="feedback-title">
                <h2 id="feedback-title">{move || state.t(MentorKey::FeedbackReceivedTitle)}</h2>
                <p class="field-hint">{move || state.t(MentorKey::FeedbackReceivedHint)}</p>
                <ul class="comment-list">
                    {move || list.get().into_iter().map(|(id, c, created)| view! {
                        <FeedbackLine id=id comment=c created=created/>
                    }).collect_view()}
                </ul>
            </section>
        </Show>
    }
}
