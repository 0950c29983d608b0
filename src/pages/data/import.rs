//! Importing a backup: pick or drop a file, decrypt if needed, see a preview (new, updated,
//! unchanged, conflicting, deleted, invalid with reasons), choose per conflict, confirm, and
//! undo the last import. Nothing is stored before the user confirms.
//!
//! A large file is read, checked and written a slice at a time (issue 18), with a progress bar
//! that counts bytes read, records checked and records written, and a polite screen-reader
//! announcement at each quarter. Cancel works while the file is read and checked; once the
//! write starts it finishes or is rolled back as a whole (`state::importing`), and a page that
//! did not see an import end says, here, what became of it.

use crate::browser;
use crate::domain::checking::{Check, Checked};
use crate::domain::entry::Entry;
use crate::domain::feedback::{preview_feedback, FeedbackError, FeedbackPreview};
use crate::domain::file_scan::{Irregular, Layout, Scanner};
use crate::domain::files::{FileKind, MAX_FILE_BYTES};
use crate::domain::import::{
    into_writes, parse_file, preview, ImportError, Preview, RecordProblem,
};
use crate::domain::import_progress::{Announcer, LastImport, Phase, Progress};
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
use crate::transfer::files::{read_part, ReadError};
use leptos::prelude::*;
use std::collections::HashSet;

/// How many records of each group the preview lists by name; the counts are always complete.
const LIST_LIMIT: usize = 30;
/// A file is read (and scanned) this many bytes at a time.
const READ_PART: usize = 1 << 20;
/// How long one slice of checking records may keep the page busy (wall-clock ms).
const CHECK_SLICE_MS: i64 = 30;

#[derive(Clone)]
enum Stage {
    Idle,
    Busy(Key),
    /// Reading, checking or writing: the counts are in the progress signal, so an update
    /// changes numbers on screen rather than rebuilding the card (and its Cancel button).
    Working,
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

/// Why reading and checking stopped without a result.
enum Stopped {
    Cancelled,
    Failed(String),
}

/// Scans bytes already in memory (a decrypted file) a part at a time, as a file read in parts is.
async fn scan_in_parts(
    bytes: &[u8],
    show: impl Fn(Progress),
    cancelled: impl Fn() -> bool,
) -> Result<Result<Layout, Irregular>, Stopped> {
    let mut scanner = Scanner::new();
    let mut end = 0;
    let mut regular = true;
    while end < bytes.len() {
        end = (end + READ_PART).min(bytes.len());
        regular = regular && scanner.scan(&bytes[..end]).is_ok();
        show(Progress::new(Phase::Reading, end, bytes.len()));
        browser::next_task().await;
        if cancelled() {
            return Err(Stopped::Cancelled);
        }
    }
    Ok(if regular {
        scanner.finish(bytes)
    } else {
        Err(Irregular)
    })
}

/// Reads a picked file a part at a time, scanning each part as it arrives. Refuses a file over
/// the size limit before reading a byte.
async fn read_file(
    lang: Lang,
    file: &web_sys::File,
    show: impl Fn(Progress),
    cancelled: impl Fn() -> bool,
) -> Result<(Vec<u8>, Result<Layout, Irregular>), Stopped> {
    let size = file.size();
    if size > MAX_FILE_BYTES as f64 {
        let e = ImportError::TooLarge {
            bytes: size as u64,
            limit: MAX_FILE_BYTES as u64,
        };
        return Err(Stopped::Failed(lang.import_error(&e)));
    }
    let size = size as usize;
    let mut bytes = Vec::with_capacity(size);
    let mut scanner = Scanner::new();
    let mut regular = true;
    while bytes.len() < size {
        let start = bytes.len();
        read_part(file, start, (start + READ_PART).min(size), &mut bytes)
            .await
            .map_err(|_: ReadError| Stopped::Failed(lang.t(DataKey::ErrReadFailed).to_string()))?;
        if cancelled() {
            return Err(Stopped::Cancelled);
        }
        if bytes.len() == start {
            // The file shrank while being read.
            return Err(Stopped::Failed(lang.t(DataKey::ErrReadFailed).to_string()));
        }
        regular = regular && scanner.scan(&bytes).is_ok();
        show(Progress::new(Phase::Reading, bytes.len(), size));
    }
    let layout = if regular {
        scanner.finish(&bytes)
    } else {
        Err(Irregular)
    };
    Ok((bytes, layout))
}

/// Checks the records a slice at a time, the page getting a turn between slices.
async fn check_records(
    lang: Lang,
    bytes: Vec<u8>,
    layout: Result<Layout, Irregular>,
    show: impl Fn(Progress),
    cancelled: impl Fn() -> bool,
) -> Result<Checked, Stopped> {
    // The last count read is painted before the frame parse starts.
    browser::next_task().await;
    let mut check = Check::new(bytes, layout);
    // Known from the scan; a file checked in one go (a broken or unusual one) shows no count.
    let total = check.progress().1;
    loop {
        show(Progress::new(Phase::Checking, check.progress().0, total));
        let start = browser::now_millis();
        if check.step(|| browser::now_millis() - start >= CHECK_SLICE_MS) {
            break;
        }
        browser::next_task().await;
        if cancelled() {
            return Err(Stopped::Cancelled);
        }
    }
    let result = check.finish();
    if total > 0 {
        show(Progress::new(Phase::Checking, total, total));
    }
    result.map_err(|e| Stopped::Failed(lang.import_error(&e)))
}

/// Turns a checked file into the next stage: a passphrase prompt, a preview, or a message. A
/// share file goes to the Mentees inbox (it is someone else's data, never merged into this
/// journal); a feedback file gets a preview of where its comments land.
async fn examine(
    state: AppState,
    inbox: Inbox,
    checked: Checked,
    decrypted: bool,
) -> Result<Stage, String> {
    // A file picked while the journal is still loading is judged against the whole journal
    // (what is new, whose share it is), not against the part of it loaded so far.
    state.until_loaded().await;
    let lang = state.lang.get_untracked();
    let (kind, parsed) = match checked {
        Checked::Other(FileKind::Encrypted, bytes) if !decrypted => {
            let sealed = parse_sealed(&bytes).map_err(|e| match e {
                SealedError::NewerVersion { .. } => lang.t(DataKey::ErrSealedNewer).to_string(),
                _ => lang.t(DataKey::ErrSealedBroken).to_string(),
            })?;
            return Ok(Stage::NeedPassphrase(sealed));
        }
        // An encrypted file inside an encrypted file: refused as a backup would refuse it.
        Checked::Other(_, bytes) => {
            let e = parse_file(&bytes, FileKind::Backup)
                .err()
                .unwrap_or(ImportError::NotJejak);
            return Err(lang.import_error(&e));
        }
        Checked::Parsed(kind, parsed) => (kind, parsed),
    };
    match kind {
        FileKind::Share => {
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
    let progress = RwSignal::new(Progress::new(Phase::Reading, 0, 0));
    // What a screen reader is told, at the start of each phase and each quarter.
    let announced = RwSignal::new(String::new());
    let announcer = StoredValue::new(Announcer::default());
    // Bumped by every new file and by Cancel: a run that sees another number stops.
    let run = StoredValue::new(0u64);
    let last_import = RwSignal::new(None::<LastImport>);
    leptos::task::spawn_local(async move { state.check_undo_available().await });
    if !for_mentees {
        leptos::task::spawn_local(async move {
            state.until_loaded().await;
            if let Some(last) = state.last_import_outcome().await {
                last_import.try_set(Some(last));
            }
        });
    }

    let show = move |p: Progress| {
        progress.try_set(p);
        if let Some(p) = announcer.try_update_value(|a| a.update(p)).flatten() {
            let lang = state.lang.get_untracked();
            let title = lang.t(phase_title(p.phase));
            announced.try_set(format!("{title} {}", lang.import_progress(p)));
        }
    };
    // Shows a run's progress; a run that was cancelled or replaced shows nothing more.
    let show_for = move |mine: u64| {
        move |p: Progress| {
            if run.try_get_value() == Some(mine) {
                show(p);
            }
        }
    };
    let start_run = move |first: Progress| {
        run.update_value(|r| *r += 1);
        announcer.set_value(Announcer::default());
        show(first);
        stage.set(Stage::Working);
        run.get_value()
    };
    let cancelled = move |mine: u64| move || run.try_get_value() != Some(mine);
    let fail = move |msg: String| {
        error.try_set(Some(msg));
        stage.try_set(Stage::Idle);
    };
    let stopped = move |s: Stopped| match s {
        Stopped::Cancelled => {}
        Stopped::Failed(msg) => fail(msg),
    };
    let cancel = move |_| {
        run.update_value(|r| *r += 1);
        stage.set(Stage::Idle);
        announced.set(state.t(DataKey::ImportCancelled).to_string());
    };
    let take_file = move |file: web_sys::File| {
        error.set(None);
        keep_local.set(HashSet::new());
        let mine = start_run(Progress::new(Phase::Reading, 0, file.size() as usize));
        leptos::task::spawn_local(async move {
            let lang = state.lang.get_untracked();
            let read = read_file(lang, &file, show_for(mine), cancelled(mine)).await;
            let checked = match read {
                Ok((bytes, layout)) => {
                    check_records(lang, bytes, layout, show_for(mine), cancelled(mine)).await
                }
                Err(s) => Err(s),
            };
            let checked = match checked {
                Ok(c) => c,
                Err(s) => return stopped(s),
            };
            let next = examine(state, inbox, checked, false).await;
            if cancelled(mine)() {
                return;
            }
            match next {
                Ok(next) => {
                    stage.try_set(next);
                }
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
                    passphrase.try_set(String::new());
                    let mine = start_run(Progress::new(Phase::Reading, 0, bytes.len()));
                    let checked = match scan_in_parts(&bytes, show_for(mine), cancelled(mine)).await
                    {
                        Ok(layout) => {
                            check_records(lang, bytes, layout, show_for(mine), cancelled(mine))
                                .await
                        }
                        Err(s) => Err(s),
                    };
                    let checked = match checked {
                        Ok(c) => c,
                        Err(s) => return stopped(s),
                    };
                    let next = examine(state, inbox, checked, true).await;
                    if cancelled(mine)() {
                        return;
                    }
                    match next {
                        Ok(next) => {
                            stage.try_set(next);
                        }
                        Err(msg) => fail(msg),
                    }
                }
                Err(e) => {
                    let key = match e {
                        CryptoError::Unavailable => DataKey::ErrCryptoUnavailable,
                        _ => DataKey::ErrWrongPassphrase,
                    };
                    error.try_set(Some(lang.t(key).to_string()));
                    stage.try_set(Stage::NeedPassphrase(sealed));
                }
            }
        });
    };
    let confirm = move |_| {
        // The preview moves out of the stage into the write: it holds every incoming record,
        // and copying it (twice, by reading the signal and then the preview) took about 0.2 s
        // of a 10,000-entry import on a slowed CPU. The stage never shows it again.
        let taken = stage.try_update(|s| match s {
            Stage::Preview(_) => Some(std::mem::replace(s, Stage::Working)),
            _ => None,
        });
        let Some(Some(Stage::Preview(p))) = taken else {
            return;
        };
        let keep = keep_local.get_untracked();
        // From here on there is no Cancel: the write finishes or is rolled back as a whole.
        start_run(Progress::new(Phase::Writing, 0, p.write_count()));
        leptos::task::spawn_local(async move {
            let to_write = crate::state::with_clock(|clock| {
                into_writes(p, &keep, clock, browser::now_millis())
            });
            let written = state
                .apply_import(to_write, move |done, total| {
                    show(Progress::new(Phase::Writing, done, total))
                })
                .await;
            match written {
                Ok(n) => {
                    stage.try_set(Stage::Done(n));
                }
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
                Ok(n) => {
                    stage.try_set(Stage::Done(n));
                }
                Err(e) => fail(state.t(crate::ui::notices::store_error_key(&e)).to_string()),
            }
        });
    };
    let undo = move |_| {
        leptos::task::spawn_local(async move {
            match state.undo_import().await {
                Ok(()) => {
                    stage.try_set(Stage::Idle);
                    state.show_toast(Key::UndoImportDone, None);
                }
                Err(e) => {
                    error.try_set(Some(
                        state.t(crate::ui::notices::store_error_key(&e)).to_string(),
                    ));
                }
            }
        });
    };
    let writing = move || progress.with(|p| p.phase == Phase::Writing);

    view! {
        <div class="card" aria-labelledby="import-title">
            <h2 id="import-title">{move || if for_mentees { state.t(MentorScreensKey::OpenShareTitle) } else { state.t(DataKey::ImportTitle) }}</h2>
            <p>{move || if for_mentees { state.t(MentorScreensKey::OpenShareExplain) } else { state.t(DataKey::ImportExplain) }}</p>
            {move || last_import.get().map(|last| {
                let title = match last {
                    LastImport::Interrupted { .. } => DataKey::LastImportInterruptedTitle,
                    LastImport::Finished { .. } => DataKey::LastImportFinishedTitle,
                };
                view! {
                    <div class="last-import" class:last-import-interrupted=matches!(last, LastImport::Interrupted { .. })
                        role="status" data-testid="last-import">
                        <p class="last-import-title">{move || state.t(title)}</p>
                        <p>{move || state.lang.get().last_import(last)}</p>
                        <button type="button" class="btn btn-secondary" on:click=move |_| last_import.set(None)>
                            {move || state.t(Key::Dismiss)}
                        </button>
                    </div>
                }
            })}
            <div class="dropzone" class:dragging=move || dragging.get()
                on:dragover=move |ev: leptos::ev::DragEvent| { ev.prevent_default(); dragging.set(true); }
                on:dragleave=move |_| dragging.set(false)
                on:drop=on_drop>
                <label for="import-file">{move || state.t(DataKey::ChooseFile)}</label>
                <input id="import-file" class="file-input" type="file" accept=".json,application/json" on:change=on_pick
                    disabled=move || stage.with(|s| matches!(s, Stage::Working)) && writing()/>
                <span class="muted">{move || state.t(DataKey::DropHere)}</span>
            </div>
            <div class="import-message" role="alert" aria-live="assertive">
                {move || error.get().map(|m| view! { <p class="field-error" data-testid="import-error">{m}</p> })}
            </div>
            <p class="visually-hidden" role="status" aria-live="polite" data-testid="import-announce">{move || announced.get()}</p>
            {move || match stage.get() {
                Stage::Idle => ().into_any(),
                Stage::Busy(key) => view! { <p role="status" class="muted">{state.t(key)}</p> }.into_any(),
                Stage::Working => view! {
                    <div class="import-progress">
                        <p id="import-progress-label" class="import-progress-title">
                            {move || state.t(phase_title(progress.with(|p| p.phase)))}
                        </p>
                        <progress data-testid="import-progress"
                            data-phase=move || progress.with(|p| p.phase.as_str())
                            max=move || progress.with(|p| p.total.max(1).to_string())
                            value=move || progress.with(|p| p.done.to_string())
                            aria-labelledby="import-progress-label"
                            aria-describedby="import-progress-count"></progress>
                        <p id="import-progress-count" class="import-progress-count" data-testid="import-progress-count">
                            {move || state.lang.get().import_progress(progress.get())}
                        </p>
                        <Show when=writing fallback=move || view! {
                            <p class="field-hint">{move || state.t(DataKey::ImportCancelHint)}</p>
                            <div class="actions">
                                <button type="button" class="btn btn-secondary" on:click=cancel>{move || state.t(Key::Cancel)}</button>
                            </div>
                        }>
                            <p class="field-hint">{move || state.t(DataKey::ImportKeepOpen)}</p>
                        </Show>
                    </div>
                }.into_any(),
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

fn phase_title(phase: Phase) -> DataKey {
    match phase {
        Phase::Reading => DataKey::ImportReadingTitle,
        Phase::Checking => DataKey::ImportCheckingTitle,
        Phase::Writing => DataKey::ImportWritingTitle,
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
