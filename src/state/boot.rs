//! Start-up: choose the backend, load every record, recover drafts left by a closed tab, join
//! the tab channel and ask for persistent storage.

use super::{AppState, BACKEND, CLOCK, TABS};
use crate::browser::{self, prefs};
use crate::domain::clock::Hlc;
use crate::domain::settings::{Settings, Theme};
use crate::domain::sort::OneSort;
use crate::i18n::Lang;
use crate::store::tabs::TabMessage;
use crate::store::{drafts, persist, AnyBackend, Backend, StoreError};
use leptos::prelude::*;
use std::cell::RefCell;
use std::future::Future;
use std::pin::{pin, Pin};
use std::rc::Rc;
use std::task::{Context, Poll};

const DB_NAME: &str = "jejak";
const PREF_LANG: &str = "jejak:lang";
const PREF_THEME: &str = "jejak:theme";

thread_local! {
    /// Work asked for before the store finished loading, run once it has (`when_loaded`).
    static AFTER_LOAD: RefCell<Vec<Box<dyn FnOnce()>>> = const { RefCell::new(Vec::new()) };
}

pub(super) fn initial_lang() -> Lang {
    prefs::get(PREF_LANG)
        .and_then(|l| Lang::parse(&l))
        .unwrap_or_else(|| Lang::from_browser(&browser::languages()))
}

pub(super) fn initial_theme() -> Theme {
    prefs::get(PREF_THEME)
        .and_then(|t| Theme::parse(&t))
        .unwrap_or_default()
}

/// Keeps `<html lang>` and the theme attribute in step with the signals.
pub(super) fn apply_document_prefs(state: AppState) {
    Effect::new(move |_| {
        let lang = state.lang.get();
        let theme = state.theme.get();
        if let Some(html) = browser::document_element() {
            let _ = html.set_attribute("lang", lang.code());
            match theme {
                Theme::System => {
                    let _ = html.remove_attribute("data-theme");
                }
                t => {
                    let _ = html.set_attribute("data-theme", t.as_str());
                }
            }
        }
    });
}

pub(super) fn apply_settings(state: AppState, settings: &Settings) {
    match settings.language.as_deref().and_then(Lang::parse) {
        Some(lang) => {
            prefs::set(PREF_LANG, lang.code());
            state.lang.set(lang);
        }
        None => prefs::remove(PREF_LANG),
    }
    prefs::set(PREF_THEME, settings.theme.as_str());
    state.theme.set(settings.theme);
}

/// Back to defaults after "delete all data": language from the browser, theme from the system.
pub(super) fn forget_settings(state: AppState) {
    prefs::remove(PREF_LANG);
    prefs::remove(PREF_THEME);
    state.lang.set(Lang::from_browser(&browser::languages()));
    state.theme.set(Theme::System);
}

fn short_random_id() -> String {
    browser::random_bytes()[..4]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

pub(super) async fn boot(state: AppState) {
    // Other tabs are listened to from the start: a record another tab writes after this tab's
    // read of the store would otherwise be missed until the next reload. What arrives before
    // the load ends is applied after it (the newer side wins, as always).
    let tabs = crate::store::tabs::TabChannel::open(move |msg| {
        state.when_loaded(move || match msg {
            TabMessage::Records(records) => {
                state.apply_loaded(records);
                // Another tab's edits: this tab pushes them if it is the one syncing.
                super::sync::nudge();
            }
            TabMessage::Reload => {
                leptos::task::spawn_local(reload(state));
                super::sync::nudge();
            }
        })
    });
    TABS.with(|t| *t.borrow_mut() = tabs);

    let (backend, failures) = AnyBackend::open(DB_NAME).await;
    let backend = Rc::new(backend);
    BACKEND.with(|b| *b.borrow_mut() = Some(backend.clone()));
    state.storage.update(|s| {
        s.backend = Some(backend.kind());
        s.failures = failures.iter().map(|e| e.to_string()).collect();
    });

    // The meta values and every record are asked for at once: the reads overlap instead of
    // waiting for each other (the records are most of the start-up time). Each part of the
    // records goes into the journal as it arrives, so no task has to put all of them in.
    let (device, name, last_backup, records) = join4(
        backend.get_meta("device"),
        backend.get_meta("device_name"),
        backend.get_meta(super::files::META_LAST_BACKUP),
        load_into(state, &backend),
    )
    .await;
    // The device id names this device in every `rev`; it must be stable across reloads.
    let device = match device {
        Ok(Some(d)) if !d.is_empty() => d,
        _ => {
            let d = short_random_id();
            if let Err(e) = backend.set_meta("device", &d).await {
                state.show_error(&e);
            }
            d
        }
    };
    // The records loaded so far were observed by the clock under a stand-in id.
    CLOCK.with(|c| {
        let mut c = c.borrow_mut();
        let seen = std::mem::replace(&mut *c, Hlc::new(""));
        *c = seen.with_device(device);
    });
    if let Ok(Some(name)) = name {
        state.device_name.set(name);
    }
    if let Ok(Some(ms)) = last_backup {
        state.last_backup.set(ms.parse().ok());
    }
    if let Err(e) = records {
        state.show_error(&e);
    }
    // The last part was put in by this task; sorting the whole journal newest first (which
    // Today and the Journal both ask for) and the first screen's own work each get a task of
    // their own: together they were a task of over 200 ms on a slowed phone.
    crate::browser::next_task().await;
    state.entries.with_untracked(super::derived::sorted);
    crate::browser::next_task().await;
    state.loaded.set(true);
    state.replay_journal();
    recover_drafts(state);
    for waiting in AFTER_LOAD.with(|w| w.take()) {
        waiting();
    }

    // Anything typed before the store was ready is queued; write it now.
    state.flush();
    // Only reads a localStorage flag when sync is not set up.
    super::sync::start_if_configured(state);

    let mut persisted = persist::persisted().await;
    if persisted == Some(false) {
        persisted = persist::request().await.or(persisted);
    }
    state.storage.update(|s| s.persisted = persisted);
    state.refresh_usage();
}

impl AppState {
    /// Runs `f` now if the store is loaded, else right after it is. Until then the signals hold
    /// nothing of the store, so anything that reads the whole journal (a backup, an import
    /// preview) or changes a stored record (the settings) would work on an empty journal.
    pub fn when_loaded(&self, f: impl FnOnce() + 'static) {
        if self.loaded.get_untracked() {
            f();
        } else {
            AFTER_LOAD.with(|w| w.borrow_mut().push(Box::new(f)));
        }
    }

    /// Resolves once the store is loaded (at once if it is).
    pub async fn until_loaded(&self) {
        if self.loaded.get_untracked() {
            return;
        }
        let (tx, rx) = futures_channel::oneshot::channel::<()>();
        self.when_loaded(move || {
            let _ = tx.send(());
        });
        // The sender lives in the queue until the load ends, so this only returns early if the
        // page is going away.
        let _ = rx.await;
    }
}

/// Replaces the signals with what the store holds (start-up, and after changes that go back in
/// time such as undoing an import).
pub(super) async fn reload(state: AppState) {
    let Some(backend) = super::backend() else {
        return;
    };
    if let Err(e) = load_into(state, &backend).await {
        state.show_error(&e);
    }
}

/// Replaces the loaded records with the store's, a part at a time as the parts are read.
async fn load_into(state: AppState, backend: &AnyBackend) -> Result<(), StoreError> {
    state.reset_records();
    backend
        .load_each(&mut |part| {
            state.apply_loaded(part);
        })
        .await
}

/// Runs four futures at once (IndexedDB requests are issued when a future is first polled, so
/// this is what lets them overlap).
async fn join4<A: Future, B: Future, C: Future, D: Future>(
    a: A,
    b: B,
    c: C,
    d: D,
) -> (A::Output, B::Output, C::Output, D::Output) {
    let (mut a, mut b, mut c, mut d) = (pin!(a), pin!(b), pin!(c), pin!(d));
    let (mut ra, mut rb, mut rc, mut rd) = (None, None, None, None);
    std::future::poll_fn(|cx| {
        fn step<F: Future>(f: Pin<&mut F>, out: &mut Option<F::Output>, cx: &mut Context<'_>) {
            if out.is_none() {
                if let Poll::Ready(v) = f.poll(cx) {
                    *out = Some(v);
                }
            }
        }
        step(a.as_mut(), &mut ra, cx);
        step(b.as_mut(), &mut rb, cx);
        step(c.as_mut(), &mut rc, cx);
        step(d.as_mut(), &mut rd, cx);
        if ra.is_some() && rb.is_some() && rc.is_some() && rd.is_some() {
            Poll::Ready(())
        } else {
            Poll::Pending
        }
    })
    .await;
    match (ra, rb, rc, rd) {
        (Some(a), Some(b), Some(c), Some(d)) => (a, b, c, d),
        _ => unreachable!("poll_fn returned only once all four were ready"),
    }
}

/// Drafts survive in localStorage when a tab closes before the database write finished. Valid
/// ones are saved now; the rest stay as drafts the Journal lists for the user to finish.
fn recover_drafts(state: AppState) {
    let mut unsaved = Vec::new();
    for draft in drafts::all() {
        let existing = state.entry(&draft.id);
        if existing
            .as_ref()
            .is_some_and(|row| row.entry == draft.entry)
        {
            drafts::remove(&draft.id);
            continue;
        }
        if state.save_entry(&draft.id, draft.entry.clone()).is_ok() {
            drafts::remove(&draft.id);
        } else if existing.is_none() {
            unsaved.push(draft);
        }
    }
    unsaved.one_sort_by_key(|d| std::cmp::Reverse(d.updated));
    state.drafts.set(unsaved);
}
