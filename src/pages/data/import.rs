//! Importing a backup: pick or drop a file, decrypt if needed, see a preview (new, updated,
//! unchanged, conflicting, deleted, invalid with reasons), choose per conflict, confirm, and
//! undo the last import. Nothing is stored before the user confirms.

use crate::browser;
use crate::domain::entry::Entry;
use crate::domain::feedback::{preview_feedback, FeedbackError, FeedbackPreview};
use crate::domain::files::{detect, FileKind, MAX_FILE_BYTES};
use crate::domain::import::{into_writes, parse_file, preview, Preview, RecordProblem};
use crate::domain::record::{kinds, Record};
use crate::domain::sealed::{parse_sealed, Sealed, SealedError};
use crate::domain::share::Package;
use crate::i18n::DataKey;
use crate::i18n::MentorKey;
use crate::i18n::MentorScreensKey;
use crate::i18n::{Key, Lang};
use crate::state::inbox::{use_inbox, Inbox};
use crate::state::{use_state, AppState};
use crate::transfer::crypto::{open, CryptoError};
use crate::transfer::files::{read, ReadError};
use leptos::prelude::*;
use std::collections::HashSet;

/// How many records of each group the preview lists by name; the counts are always complete.
const LIST_LIMIT: usize = 30;

#[derive(Clone)]
enum Stage {
    Idle,
    Busy(Key),
    NeedPassphrase(Sealed),
    Preview(Preview),
    Done(usize),
    /// A mentee's share file, now in the Mentees inbox.
    AddedToInbox(Package),
    Feedback(FeedbackPreview),
}

fn record_label(lang: Lang, r: &Record) -> String {
    if r.kind == kinds::ENTRY {
        if let Ok(e) = r.view::<Entry>() {
            if !e.title.trim().is_empty() {
                return format!("{} · {}", e.title, lang.date(e.date));
            }
        }
        return lang.t(Key::Untitled).to_string();
    }
    if r.kind == kinds::SETTING {
        return lang.t(Key::NavSettings).to_string();
    }
    r.kind.clone()
}

/// Turns file bytes into the next stage: a passphrase prompt, a preview, or a message. A
/// share file goes to the Mentees inbox (it is someone else's data, never merged into this
/// journal); a feedback file gets a preview of where its comments land.
async fn examine(
    state: AppState,
    inbox: Inbox,
    bytes: Vec<u8>,
    decrypted: bool,
) -> Result<Stage, String> {
    // A file picked while the journal is still loading is judged against the whole journal
    // (what is new, whose share it is), not against the part of it loaded so far.
    state.until_loaded().await;
    let lang = state.lang.get_untracked();
    let (kind, _header) = detect(&bytes).map_err(|e| lang.import_error(&e))?;
    match kind {
        FileKind::Encrypted if !decrypted => {
            let sealed = parse_sealed(&bytes).map_err(|e| match e {
                SealedError::NewerVersion { .. } => lang.t(DataKey::ErrSealedNewer).to_string(),
                _ => lang.t(DataKey::ErrSealedBroken).to_string(),
            })?;
            Ok(Stage::NeedPassphrase(sealed))
        }
        FileKind::Share => {
            let parsed = parse_file(&bytes, FileKind::Share).map_err(|e| lang.import_error(&e))?;
            let package =
                Package::from_parts(&parsed.extra, &parsed.header.exported_at, parsed.records)
                    .map_err(|_| lang.t(MentorScreensKey::ErrShareBroken).to_string())?;
            if package.mentee_id == state.settings().mentee_id.unwrap_or_default() {
                return Err(lang.t(MentorScreensKey::ErrOwnShare).to_string());
            }
            inbox.load();
            inbox
                .add(package.clone())
                .await
                .map_err(|e| lang.t(crate::ui::notices::store_error_key(&e)).to_string())?;
            Ok(Stage::AddedToInbox(package))
        }
        FileKind::Feedback => {
            let parsed =
                parse_file(&bytes, FileKind::Feedback).map_err(|e| lang.import_error(&e))?;
            let me = state.settings().mentee_id;
            let preview = state
                .records
                .with_untracked(|local| {
                    preview_feedback(
                        local,
                        &parsed.extra,
                        parsed.records,
                        parsed.problems,
                        me.as_deref(),
                    )
                })
                .map_err(|e| match e {
                    FeedbackError::NotForMe => {
                        lang.t(MentorScreensKey::ErrFeedbackNotForMe).to_string()
                    }
                    FeedbackError::BadField(_) => {
                        lang.t(MentorScreensKey::ErrFeedbackBroken).to_string()
                    }
                })?;
            Ok(Stage::Feedback(preview))
        }
        _ => {
            let parsed = parse_file(&bytes, FileKind::Backup).map_err(|e| lang.import_error(&e))?;
            let last_sync = state.last_sync().await;
            let preview = state
                .records
                .with_untracked(|local| preview(local, parsed.records, parsed.problems, last_sync));
            Ok(Stage::Preview(preview))
        }
    }
}

#[component]
pub fn ImportCard(
    /// On the Mentees screen the same card opens a mentee's share file.
    #[prop(optional)]
    for_mentees: bool,
) -> impl IntoView {
    let state = use_state();
    let inbox = use_inbox();
    let stage = RwSignal::new(Stage::Idle);
    let error = RwSignal::new(None::<String>);
    let dragging = RwSignal::new(false);
    let passphrase = RwSignal::new(String::new());
    let keep_local = RwSignal::new(HashSet::<String>::new());
    leptos::task::spawn_local(async move { state.check_undo_available().await });

    let fail = move |msg: String| {
        error.set(Some(msg));
        stage.set(Stage::Idle);
    };
    let take_file = move |file: web_sys::File| {
        error.set(None);
        keep_local.set(HashSet::new());
        stage.set(Stage::Busy(Key::Reading));
        leptos::task::spawn_local(async move {
            let lang = state.lang.get_untracked();
            let bytes = match read(&file, MAX_FILE_BYTES).await {
                Ok(b) => b,
                Err(ReadError::TooLarge { bytes, limit }) => {
                    let e = crate::domain::import::ImportError::TooLarge {
                        bytes: bytes as u64,
                        limit: limit as u64,
                    };
                    return fail(lang.import_error(&e));
                }
                Err(ReadError::Failed(_)) => {
                    return fail(lang.t(DataKey::ErrReadFailed).to_string())
                }
            };
            match examine(state, inbox, bytes, false).await {
                Ok(next) => stage.set(next),
                Err(msg) => fail(msg),
            }
        });
    };
    let on_pick = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        if let Some(file) = input.files().and_then(|f| f.get(0)) {
            take_file(file);
        }
        // Picking the same file again must fire `change` again.
        input.set_value("");
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        if let Some(file) = ev
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0))
        {
            take_file(file);
        }
    };
    let decrypt = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Stage::NeedPassphrase(sealed) = stage.get_untracked() else {
            return;
        };
        let pass = passphrase.get_untracked();
        stage.set(Stage::Busy(Key::Decrypting));
        error.set(None);
        leptos::task::spawn_local(async move {
            let lang = state.lang.get_untracked();
            match open(&sealed, &pass).await {
                Ok(bytes) => {
                    passphrase.set(String::new());
                    match examine(state, inbox, bytes, true).await {
                        Ok(next) => stage.set(next),
                        Err(msg) => fail(msg),
                    }
                }
                Err(e) => {
                    let key = match e {
                        CryptoError::Unavailable => DataKey::ErrCryptoUnavailable,
                        _ => DataKey::ErrWrongPassphrase,
                    };
                    error.set(Some(lang.t(key).to_string()));
                    stage.set(Stage::NeedPassphrase(sealed));
                }
            }
        });
    };
    let confirm = move |_| {
        // The preview moves out of the stage into the write: it holds every incoming record,
        // and copying it (twice, by reading the signal and then the preview) took about 0.2 s
        // of a 10,000-entry import on a slowed CPU. The stage never shows it again.
        let taken = stage.try_update(|s| match s {
            Stage::Preview(_) => Some(std::mem::replace(s, Stage::Busy(Key::Saving))),
            _ => None,
        });
        let Some(Some(Stage::Preview(p))) = taken else {
            return;
        };
        let keep = keep_local.get_untracked();
        leptos::task::spawn_local(async move {
            let to_write = crate::state::with_clock(|clock| {
                into_writes(p, &keep, clock, browser::now_millis())
            });
            match state.apply_import(to_write).await {
                Ok(n) => stage.set(Stage::Done(n)),
                Err(e) => fail(state.t(crate::ui::notices::store_error_key(&e)).to_string()),
            }
        });
    };
    let confirm_feedback = move || {
        let Stage::Feedback(p) = stage.get_untracked() else {
            return;
        };
        stage.set(Stage::Busy(Key::Saving));
        leptos::task::spawn_local(async move {
            match state.merge_in(p.to_write).await {
                Ok(n) => stage.set(Stage::Done(n)),
                Err(e) => fail(state.t(crate::ui::notices::store_error_key(&e)).to_string()),
            }
        });
    };
    let undo = move |_| {
        leptos::task::spawn_local(async move {
            match state.undo_import().await {
                Ok(()) => {
                    stage.set(Stage::Idle);
                    state.show_toast(Key::UndoImportDone, None);
                }
                Err(e) => error.set(Some(
                    state.t(crate::ui::notices::store_error_key(&e)).to_string(),
                )),
            }
        });
    };

    view! {
        <div class="card" aria-labelledby="import-title">
            <h2 id="import-title">{move || if for_mentees { state.t(MentorScreensKey::OpenShareTitle) } else { state.t(DataKey::ImportTitle) }}</h2>
            <p>{move || if for_mentees { state.t(MentorScreensKey::OpenShareExplain) } else { state.t(DataKey::ImportExplain) }}</p>
            <div class="dropzone" class:dragging=move || dragging.get()
                on:dragover=move |ev: leptos::ev::DragEvent| { ev.prevent_default(); dragging.set(true); }
                on:dragleave=move |_| dragging.set(false)
                on:drop=on_drop>
                <label for="import-file">{move || state.t(DataKey::ChooseFile)}</label>
                <input id="import-file" class="file-input" type="file" accept=".json,application/json" on:change=on_pick/>
                <span class="muted">{move || state.t(DataKey::DropHere)}</span>
            </div>
            <div class="import-message" role="alert" aria-live="assertive">
                {move || error.get().map(|m| view! { <p class="field-error" data-testid="import-error">{m}</p> })}
            </div>
            {move || match stage.get() {
                Stage::Idle => ().into_any(),
                Stage::Busy(key) => view! { <p role="status" class="muted">{state.t(key)}</p> }.into_any(),
                Stage::NeedPassphrase(_) => view! {
                    <form class="passphrase-form" on:submit=decrypt>
                        <p>{state.t(DataKey::EncryptedFileAsk)}</p>
                        <div class="field">
                            <label for="import-pass">{state.t(DataKey::Passphrase)}</label>
                            <input id="import-pass" type="password" autocomplete="current-password"
                                prop:value=move || passphrase.get()
                                on:input=move |ev| passphrase.set(event_target_value(&ev))/>
                        </div>
                        <div class="actions">
                            <button type="submit" class="btn btn-primary">{state.t(DataKey::Open)}</button>
                            <button type="button" class="btn btn-secondary" on:click=move |_| { stage.set(Stage::Idle); error.set(None); }>
                                {state.t(Key::Cancel)}
                            </button>
                        </div>
                    </form>
                }.into_any(),
                Stage::Preview(p) => view! {
                    <PreviewView preview=p keep_local=keep_local on_confirm=confirm on_cancel=move || stage.set(Stage::Idle)/>
                }.into_any(),
                Stage::AddedToInbox(p) => view! {
                    <div role="status" class="inbox-added">
                        <p class="success">{move || state.t(MentorScreensKey::AddedToInbox)}</p>
                        <p><strong>{p.display_name.clone()}</strong>" · "{state.lang.get().shared_on(&p.exported_at)}</p>
                        <div class="actions">
                            <a class="btn btn-primary" href=format!("/mentees/{}", p.package_id)>{move || state.t(MentorKey::ReviewNow)}</a>
                        </div>
                    </div>
                }.into_any(),
                Stage::Feedback(p) => view! {
                    <FeedbackPreviewView preview=p on_confirm=confirm_feedback on_cancel=move || stage.set(Stage::Idle)/>
                }.into_any(),
                Stage::Done(n) => view! {
                    <p role="status" class="success">{format!("{} ({n})", state.t(DataKey::ImportDone))}</p>
                }.into_any(),
            }}
            <Show when=move || state.can_undo_import.get()>
                <div class="actions">
                    <button type="button" class="btn btn-secondary" on:click=undo>{move || state.t(DataKey::UndoImport)}</button>
                </div>
            </Show>
        </div>
    }
}

#[component]
fn PreviewView(
    preview: Preview,
    keep_local: RwSignal<HashSet<String>>,
    on_confirm: impl Fn(leptos::ev::MouseEvent) + 'static,
    on_cancel: impl Fn() + 'static + Copy,
) -> impl IntoView {
    let state = use_state();
    let lang = move || state.lang.get();
    let counts = [
        (DataKey::PreviewNew, preview.new.len()),
        (DataKey::PreviewUpdated, preview.updated.len()),
        (DataKey::PreviewUnchanged, preview.unchanged),
        (DataKey::PreviewConflicts, preview.conflicts.len()),
        (DataKey::PreviewDeleted, preview.deleted.len()),
        (DataKey::PreviewInvalid, preview.problems.len()),
    ];
    let changes =
        preview.new.len() + preview.updated.len() + preview.conflicts.len() + preview.deleted.len();
    let list = move |records: &[Record]| {
        let names: Vec<String> = records
            .iter()
            .take(LIST_LIMIT)
            .map(|r| record_label(lang(), r))
            .collect();
        let more = records.len().saturating_sub(LIST_LIMIT);
        (!names.is_empty()).then(|| {
            view! {
                <ul class="preview-list">
                    {names.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}
                    {(more > 0).then(|| view! { <li class="muted">{format!("+{more}")}</li> })}
                </ul>
            }
        })
    };
    let conflict_ids: Vec<String> = preview
        .conflicts
        .iter()
        .map(|c| c.local.id.clone())
        .collect();
    let conflicts = preview.conflicts.clone();
    let conflict_ids_all = conflict_ids.clone();
    let problems: Vec<RecordProblem> = preview.problems.iter().take(LIST_LIMIT).cloned().collect();
    view! {
        <section class="preview" aria-labelledby="preview-title">
            <h3 id="preview-title">{move || state.t(DataKey::PreviewTitle)}</h3>
            <table class="preview-counts">
                <tbody>
                    {counts.into_iter().map(|(k, n)| view! {
                        <tr data-testid=format!("count-{k:?}")><th scope="row">{move || state.t(k)}</th><td>{n}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
            {(!preview.new.is_empty()).then(|| view! { <h4>{move || state.t(DataKey::PreviewNew)}</h4> })}
            {list(&preview.new)}
            {(!preview.updated.is_empty()).then(|| view! { <h4>{move || state.t(DataKey::PreviewUpdated)}</h4> })}
            {list(&preview.updated)}
            {(!preview.deleted.is_empty()).then(|| view! { <h4>{move || state.t(DataKey::PreviewDeleted)}</h4> })}
            {list(&preview.deleted)}
            {(!conflicts.is_empty()).then(|| view! {
                <h4>{move || state.t(DataKey::PreviewConflicts)}</h4>
                <p class="field-hint">{move || state.t(DataKey::ConflictExplain)}</p>
                <div class="check" hidden=conflict_ids_all.is_empty()>
                    <input id="keep-all-local" type="checkbox"
                        prop:checked=move || keep_local.with(|k| conflict_ids.iter().all(|id| k.contains(id)))
                        on:change={
                            let ids = conflict_ids_all.clone();
                            move |ev| {
                                let on = event_target_checked(&ev);
                                keep_local.update(|k| for id in &ids { if on { k.insert(id.clone()); } else { k.remove(id); } });
                            }
                        }/>
                    <label for="keep-all-local">{move || state.t(DataKey::KeepAllThisDevice)}</label>
                </div>
                <ul class="conflict-list">
                    {conflicts.iter().take(LIST_LIMIT).map(|c| {
                        let id = c.local.id.clone();
                        let input_id = format!("keep-{id}");
                        let newer_is_file = c.incoming_wins();
                        let label = record_label(lang(), &c.local);
                        let id_check = id.clone();
                        view! {
                            <li>
                                <span class="conflict-name">{label}</span>
                                <span class="muted">{move || format!("{}: {}", state.t(DataKey::NewerWins),
                                    if newer_is_file { state.t(DataKey::FromFile) } else { state.t(DataKey::FromThisDevice) })}</span>
                                <span class="check" hidden=!newer_is_file>
                                    <input id=input_id.clone() type="checkbox"
                                        prop:checked=move || keep_local.with(|k| k.contains(&id_check))
                                        on:change=move |ev| {
                                            let on = event_target_checked(&ev);
                                            let id = id.clone();
                                            keep_local.update(|k| if on { k.insert(id); } else { k.remove(&id); });
                                        }/>
                                    <label for=input_id>{move || state.t(DataKey::KeepThisDevice)}</label>
                                </span>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            })}
            {(!problems.is_empty()).then(|| view! {
                <h4>{move || state.t(DataKey::PreviewInvalid)}</h4>
                <p class="field-hint">{move || state.t(DataKey::InvalidExplain)}</p>
                <ul class="preview-list problems">
                    {problems.into_iter().map(|p| view! {
                        <li>{move || {
                            let who = p.id.clone().unwrap_or_else(|| format!("#{}", p.index + 1));
                            format!("{who}: {}", lang().problem_reason(&p.reason))
                        }}</li>
                    }).collect_view()}
                </ul>
            })}
            <div class="actions">
                {if changes > 0 {
                    view! { <button type="button" class="btn btn-primary" on:click=on_confirm>{move || state.t(DataKey::ImportConfirm)}</button> }.into_any()
                } else {
                    view! { <p role="status">{move || state.t(DataKey::NothingToImport)}</p> }.into_any()
                }}
                <button type="button" class="btn btn-secondary" on:click=move |_| on_cancel()>{move || state.t(Key::Cancel)}</button>
            </div>
        </section>
    }
}

/// What a feedback file will add: where each new comment lands, and comments whose record is
/// gone here (kept and explained, never dropped).
#[component]
fn FeedbackPreviewView(
    preview: FeedbackPreview,
    on_confirm: impl Fn() + 'static + Copy,
    on_cancel: impl Fn() + 'static + Copy,
) -> impl IntoView {
    use crate::domain::feedback::{Comment, Landing};
    let state = use_state();
    let lang = move || state.lang.get();
    let writes = preview.to_write.len();
    let landed = preview.landings.len();
    let unchanged = preview.unchanged;
    let removed = preview.removed;
    let author = preview.author.clone();
    let orphans = preview
        .landings
        .iter()
        .filter(|(_, l)| *l == Landing::Orphan)
        .count();
    let rows: Vec<(String, &'static str, bool)> = preview
        .landings
        .iter()
        .take(LIST_LIMIT)
        .filter_map(|(r, l)| {
            let c = r.view::<Comment>().ok()?;
            let place = match l {
                Landing::OnRecord { kind } => kind_label(kind),
                Landing::General => "general",
                Landing::Orphan => "orphan",
            };
            Some((c.text, place, *l == Landing::Orphan))
        })
        .collect();
    let problems: Vec<RecordProblem> = preview.problems.iter().take(LIST_LIMIT).cloned().collect();
    view! {
        <section class="preview" aria-labelledby="feedback-preview-title">
            <h3 id="feedback-preview-title">{move || state.t(MentorScreensKey::FeedbackPreviewTitle)}</h3>
            <p>{move || lang().from_author(&author)}</p>
            <p data-testid="feedback-counts">{move || lang().feedback_counts(landed, unchanged, removed)}</p>
            {(orphans > 0).then(|| view! { <p class="field-hint">{move || state.t(MentorScreensKey::OrphanExplain)}</p> })}
            <ul class="preview-list">
                {rows.into_iter().map(|(text, place, orphan)| view! {
                    <li class:orphan=orphan>
                        <span class="badge">{move || state.t(place_key(place))}</span>" "{text}
                    </li>
                }).collect_view()}
            </ul>
            {(!problems.is_empty()).then(|| view! {
                <h4>{move || state.t(DataKey::PreviewInvalid)}</h4>
                <ul class="preview-list problems">
                    {problems.into_iter().map(|p| view! {
                        <li>{move || {
                            let who = p.id.clone().unwrap_or_else(|| format!("#{}", p.index + 1));
                            format!("{who}: {}", lang().problem_reason(&p.reason))
                        }}</li>
                    }).collect_view()}
                </ul>
            })}
            <div class="actions">
                {if writes > 0 {
                    view! { <button type="button" class="btn btn-primary" on:click=move |_| on_confirm()>{move || state.t(MentorScreensKey::AddFeedback)}</button> }.into_any()
                } else {
                    view! { <p role="status">{move || state.t(MentorScreensKey::FeedbackNothingNew)}</p> }.into_any()
                }}
                <button type="button" class="btn btn-secondary" on:click=move |_| on_cancel()>{move || state.t(Key::Cancel)}</button>
            </div>
        </section>
    }
}

fn kind_label(kind: &str) -> &'static str {
    match kind {
        kinds::GOAL => "goal",
        kinds::ENTRY => "entry",
        kinds::ASSESSMENT => "assessment",
        kinds::SESSION => "session",
        kinds::ASSIGNMENT => "assignment",
        _ => "record",
    }
}

fn place_key(place: &str) -> MentorKey {
    match place {
        "goal" => MentorKey::OnGoal,
        "entry" => MentorKey::OnEntry,
        "assessment" => MentorKey::OnAssessment,
        "session" => MentorKey::OnSession,
        "assignment" => MentorKey::OnAssignment,
        "general" => MentorKey::OnShare,
        "orphan" => MentorKey::OnMissing,
        _ => MentorKey::OnRecord,
    }
}
