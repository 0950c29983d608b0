//! The sync runner: the browser side of `domain::sync`. It keeps this device's journal in step
//! with the person's CouchDB database while sync is set up, and does nothing at all otherwise
//! (start-up reads one localStorage flag; with no flag there is no database opened and no
//! request made).
//!
//! - **When**: a full exchange (pull, then push) on start, on coming back online and when the
//!   page becomes visible again; a push about a second after each save (here or in another
//!   tab); and, while the page is visible, a long-poll on the changes feed, which is how edits
//!   from the other devices arrive within moments. After a failure it tries again by itself
//!   (30 s for the network, 5 min for what needs the person, at once when they act).
//! - **One tab syncs**: the runner holds a Web Lock (`navigator.locks`) named `jejak-sync` for
//!   as long as it runs. The browser hands the lock to one tab of the site at a time and frees
//!   it when that tab closes or crashes, with no heartbeats or timeouts to tune (a
//!   BroadcastChannel election would need both). Other tabs wait for it, and get the synced
//!   records through the tab channel like any other write. Where Web Locks are missing every
//!   tab syncs, which is only extra work: the merge is idempotent.
//! - **Same merge as a file**: records that arrive go through [`AppState::merge_synced`], the
//!   import's path (store newer-wins, then the signals, then the other tabs).
//! - **The key**: derived once from the passphrase and the key document's salt, kept as a
//!   non-extractable `CryptoKey` in memory, and in the sync database only when the person
//!   ticked "remember on this device".
//!
//! None of this is in the main module: it is reached from `super::resume_runner` (a split
//! point) and from the Sync screen (a lazy screen), so a device without sync never fetches it.

use super::{set_wakes, wake, Phase, Problem, SyncState, Wakes, FLAG, LAST, NOT_LOADED};
use crate::browser::{self, prefs};
use crate::domain::record::Record;
use crate::domain::sync::engine::{
    Crypt, Exchange, Journal, NetError, Progress, Report, ServerError, SyncError, LONGPOLL_MS, PAGE,
};
use crate::domain::sync::ledger::{fold_logs, log_text, Changes, Ledger};
use crate::domain::sync::setup::{self, parse_address, Address, KeyState};
use crate::domain::sync::wire::{self, KeyDoc, Response, SealedBox, CHECK_PLAINTEXT};
use crate::state::{backend, post_tab_update, post_to_tabs, AppState, TAB_RECORDS_MAX};
use crate::store::sync_store::{self, SyncStore};
use crate::store::tabs::TabMessage;
use crate::store::{Backend, StoreError};
use crate::transfer::couch::{self, Server};
use crate::transfer::crypto;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::Poll;
use wasm_bindgen::{JsCast, JsValue};

const LOCK: &str = "jejak-sync";
/// A save is pushed this long after the last one (typing saves every few hundred ms).
const PUSH_DELAY_MS: i32 = 800;
const RETRY_NETWORK_MS: i32 = 30_000;
const RETRY_PERSON_MS: i32 = 300_000;
/// From this many ledger log texts on, start-up folds them into one.
const LOG_COMPACT_FROM: usize = 64;

/// What this device keeps to reach the server. The password is kept because every request
/// sends it; it never leaves the device except to that server.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SyncConfig {
    pub address: String,
    pub user: String,
    pub password: String,
    pub remember_key: bool,
}

impl Problem {
    fn from_error(e: &SyncError) -> Problem {
        match e {
            SyncError::Net(NetError::Offline) => Problem::Offline,
            SyncError::Net(NetError::Unreachable | NetError::Aborted) => Problem::Unreachable,
            SyncError::Net(NetError::Cors) => Problem::Cors,
            SyncError::Server(s) => match s {
                ServerError::Unauthorized => Problem::Login,
                ServerError::Forbidden => Problem::Forbidden,
                ServerError::DatabaseMissing => Problem::DatabaseMissing,
                ServerError::Full | ServerError::TooLarge => Problem::Full,
                ServerError::Busy => Problem::Busy,
                other => Problem::Other(other.to_string()),
            },
            SyncError::Local(m) => Problem::Local(m.clone()),
            SyncError::Crypto(_) => Problem::Crypto,
            SyncError::Stuck => Problem::Other(e.to_string()),
            SyncError::NotJejak => Problem::NotJejak,
            SyncError::NewerKey => Problem::NewerKey,
            SyncError::BadKey(_) => Problem::Damaged,
            SyncError::WrongPassphrase => Problem::WrongPassphrase,
        }
    }

    /// Problems the network or the server may clear by themselves: retried sooner.
    fn transient(&self) -> bool {
        matches!(
            self,
            Problem::Offline | Problem::Unreachable | Problem::Cors | Problem::Busy
        )
    }
}

// ---------------------------------------------------------------------------------------------
// The runner.

struct Runner {
    server: Server,
    key: web_sys::CryptoKey,
    store: Rc<SyncStore>,
    wakes: Rc<RefCell<Wakes>>,
    log_seq: std::cell::Cell<u64>,
}

thread_local! {
    static RUNNER: RefCell<Option<Rc<Runner>>> = const { RefCell::new(None) };
    static LISTENING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

fn visible() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .is_none_or(|d| d.visibility_state() == web_sys::VisibilityState::Visible)
}

/// Window events that wake the runner, registered once per page.
fn listen() {
    if LISTENING.with(|l| l.replace(true)) {
        return;
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    let online = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(|| wake(|w| w.full = true));
    let _ = window.add_event_listener_with_callback("online", online.as_ref().unchecked_ref());
    online.forget();
    let visibility = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(|| {
        if visible() {
            wake(|w| w.full = true)
        } else {
            wake(|w| w.recheck = true)
        }
    });
    if let Some(doc) = window.document() {
        let _ = doc.add_event_listener_with_callback(
            "visibilitychange",
            visibility.as_ref().unchecked_ref(),
        );
    }
    visibility.forget();
}

/// Holds the Web Lock until dropped.
struct LockGuard {
    release: Option<js_sys::Function>,
}

impl Drop for LockGuard {
    fn drop(&mut self) {
        if let Some(f) = self.release.take() {
            let _ = f.call0(&JsValue::NULL);
        }
    }
}

/// Waits for the `jejak-sync` lock. Without Web Locks, returns at once.
async fn acquire_lock() -> LockGuard {
    use js_sys::{Function, Promise, Reflect};
    let locks = web_sys::window()
        .map(|w| w.navigator())
        .and_then(|n| Reflect::get(&n, &JsValue::from_str("locks")).ok())
        .filter(|l| !l.is_undefined() && !l.is_null());
    let Some(locks) = locks else {
        return LockGuard { release: None };
    };
    let Ok(request) = Reflect::get(&locks, &JsValue::from_str("request")) else {
        return LockGuard { release: None };
    };
    let request: Function = request.unchecked_into();
    let release: Rc<RefCell<Option<Function>>> = Rc::default();
    let (tx, rx) = futures_channel::oneshot::channel::<()>();
    let granted = {
        let release = release.clone();
        wasm_bindgen::closure::Closure::once_into_js(move |_lock: JsValue| -> JsValue {
            // The lock is held until this promise settles: settled by the guard's drop.
            let held = Promise::new(&mut |resolve, _| {
                *release.borrow_mut() = Some(resolve);
            });
            let _ = tx.send(());
            held.into()
        })
    };
    if request
        .call2(&locks, &JsValue::from_str(LOCK), &granted)
        .is_err()
    {
        return LockGuard { release: None };
    }
    let _ = rx.await;
    let f = release.borrow_mut().take();
    LockGuard { release: f }
}

struct AppJournal<'a> {
    state: AppState,
    sync: SyncState,
    store: &'a SyncStore,
    /// The number of the last ledger log text written.
    log_seq: &'a std::cell::Cell<u64>,
}

impl Journal for AppJournal<'_> {
    fn select(&self, wanted: &dyn Fn(&Record) -> bool, max: usize) -> Vec<Record> {
        self.state.records.with_untracked(|m| {
            m.values()
                .filter(|r| wanted(r))
                .take(max)
                .cloned()
                .collect()
        })
    }

    fn count(&self, wanted: &dyn Fn(&Record) -> bool) -> usize {
        self.state
            .records
            .with_untracked(|m| m.values().filter(|r| wanted(r)).count())
    }

    fn local(&self, id: &str) -> Option<Record> {
        self.state.records.with_untracked(|m| m.get(id).cloned())
    }

    async fn merge(&self, incoming: Vec<Record>) -> Result<(), String> {
        self.state
            .merge_synced(incoming)
            .await
            .map_err(|e| e.to_string())
    }

    async fn save(&self, (changed, checkpoint): Changes) -> Result<(), String> {
        let mut entries: Vec<(String, Option<JsValue>)> = Vec::new();
        if !changed.is_empty() {
            let n = self.log_seq.get() + 1;
            self.log_seq.set(n);
            let text = log_text(&changed);
            entries.push((sync_store::log_key(n), Some(JsValue::from_str(&text))));
        }
        if let Some(c) = checkpoint {
            entries.push((sync_store::CHECKPOINT.into(), Some(JsValue::from_str(&c))));
        }
        self.store
            .put_all(&entries)
            .await
            .map_err(|e| e.to_string())
    }

    async fn breathe(&self) {
        let (tx, rx) = futures_channel::oneshot::channel::<()>();
        browser::soon(move || {
            let _ = tx.send(());
        });
        let _ = rx.await;
    }

    fn progress(&self, p: Progress) {
        self.sync.progress.set(Some(p));
    }
}

struct KeyCrypt<'a>(&'a web_sys::CryptoKey);

impl Crypt for KeyCrypt<'_> {
    async fn seal(&self, plaintexts: Vec<Vec<u8>>) -> Result<Vec<SealedBox>, String> {
        let sealed = crypto::encrypt_many(self.0, plaintexts)
            .await
            .map_err(|e| e.to_string())?;
        Ok(sealed
            .into_iter()
            .map(|(iv, ct)| SealedBox { iv, ct })
            .collect())
    }

    async fn open(&self, boxes: Vec<SealedBox>) -> Vec<Option<Vec<u8>>> {
        crypto::decrypt_many(self.0, boxes.into_iter().map(|b| (b.iv, b.ct)).collect()).await
    }
}

enum Event {
    Changes(Result<Response, NetError>),
    /// The long-poll outlived its deadline (some servers ignore `timeout`; proxies may drop
    /// idle connections without a word): it is started again.
    Stale,
    Wake,
    Timer,
}

/// How long a long-poll may stay open before it is started again.
const LONGPOLL_DEADLINE_MS: i32 = LONGPOLL_MS as i32 + 15_000;

type Pending<'a> = Pin<Box<dyn Future<Output = Result<Response, NetError>> + 'a>>;

impl Runner {
    fn journal(&self, state: AppState, sync: SyncState) -> AppJournal<'_> {
        AppJournal {
            state,
            sync,
            store: &self.store,
            log_seq: &self.log_seq,
        }
    }

    async fn run(self: Rc<Self>, state: AppState, sync: SyncState) {
        sync.phase.set(Phase::OtherTab);
        let _lock = acquire_lock().await;
        if self.wakes.borrow().stop {
            return;
        }
        state.until_loaded().await;
        let mut ledger = {
            let checkpoint = self
                .store
                .get_text(sync_store::CHECKPOINT)
                .await
                .ok()
                .flatten();
            let (texts, last) = self.store.log().await.unwrap_or_default();
            let entries = fold_logs(texts.iter().map(String::as_str));
            self.log_seq.set(last);
            if texts.len() > LOG_COMPACT_FROM {
                // A long log becomes one text of what it says now.
                let snapshot: Vec<(String, Option<String>)> = entries
                    .iter()
                    .map(|(k, v)| (k.clone(), Some(v.clone())))
                    .collect();
                if self
                    .store
                    .compact_log(last, &log_text(&snapshot))
                    .await
                    .is_ok()
                {
                    self.log_seq.set(last + 1);
                }
            }
            Ledger::load(checkpoint.as_deref(), entries)
        };
        let mut full = true;
        let mut push = false;
        let mut retry: Option<i32> = None;
        let mut longpoll: Option<(web_sys::AbortController, Pending<'_>)> = None;
        let mut deadline: Option<Pin<Box<dyn Future<Output = ()>>>> = None;
        loop {
            if self.wakes.borrow().stop {
                break;
            }
            if full || push {
                let what_full = full;
                full = false;
                push = false;
                if what_full {
                    if let Some((abort, _)) = longpoll.take() {
                        abort.abort();
                    }
                }
                let outcome = self.exchange(state, sync, &mut ledger, what_full).await;
                retry = self.settle(state, sync, &ledger, outcome);
            }
            if self.wakes.borrow().stop {
                break;
            }
            let can_poll = visible() && couch::online() && retry.is_none();
            if !can_poll {
                if let Some((abort, _)) = longpoll.take() {
                    abort.abort();
                }
            } else if longpoll.is_none() {
                if let Ok(abort) = web_sys::AbortController::new() {
                    let request = wire::changes(&ledger.checkpoint, PAGE, Some(LONGPOLL_MS));
                    let signal = abort.clone();
                    let server = &self.server;
                    let fut: Pending<'_> =
                        Box::pin(async move { server.send_with(&request, Some(&signal)).await });
                    longpoll = Some((abort, fut));
                    deadline = Some(Box::pin(couch::sleep(LONGPOLL_DEADLINE_MS)));
                }
            }
            let mut timer: Option<Pin<Box<dyn Future<Output = ()>>>> =
                retry.map(|ms| Box::pin(couch::sleep(ms)) as Pin<Box<dyn Future<Output = ()>>>);
            let event = std::future::poll_fn(|cx| {
                if let Some((_, f)) = longpoll.as_mut() {
                    if let Poll::Ready(r) = f.as_mut().poll(cx) {
                        return Poll::Ready(Event::Changes(r));
                    }
                    if let Some(d) = deadline.as_mut() {
                        if d.as_mut().poll(cx).is_ready() {
                            return Poll::Ready(Event::Stale);
                        }
                    }
                }
                {
                    let mut w = self.wakes.borrow_mut();
                    if w.push || w.full || w.recheck || w.stop {
                        return Poll::Ready(Event::Wake);
                    }
                    w.waker = Some(cx.waker().clone());
                }
                if let Some(t) = timer.as_mut() {
                    if t.as_mut().poll(cx).is_ready() {
                        return Poll::Ready(Event::Timer);
                    }
                }
                Poll::Pending
            })
            .await;
            match event {
                Event::Changes(answer) => {
                    longpoll = None;
                    let outcome = self.apply_longpoll(state, sync, &mut ledger, answer).await;
                    if outcome != Err(SyncError::Net(NetError::Aborted)) {
                        retry = self.settle(state, sync, &ledger, outcome);
                    }
                }
                Event::Stale => {
                    if let Some((abort, _)) = longpoll.take() {
                        abort.abort();
                    }
                }
                Event::Timer => {
                    retry = None;
                    full = true;
                }
                Event::Wake => {
                    let stop = {
                        let mut w = self.wakes.borrow_mut();
                        full |= std::mem::take(&mut w.full);
                        push |= std::mem::take(&mut w.push);
                        w.recheck = false;
                        w.stop
                    };
                    if stop {
                        break;
                    }
                    if push && !full {
                        // Let a burst of saves settle into one push.
                        couch::sleep(PUSH_DELAY_MS).await;
                        let mut w = self.wakes.borrow_mut();
                        w.push = false;
                        full |= std::mem::take(&mut w.full);
                        drop(w);
                    }
                    if retry.is_some() && push && !full {
                        // Still failing: one attempt now (the person may be back online), as
                        // a full exchange so the status is complete.
                        full = true;
                    }
                }
            }
        }
        if let Some((abort, _)) = longpoll.take() {
            abort.abort();
        }
    }

    /// One exchange: `full` pulls first; otherwise only pushes (the long-poll keeps the pull
    /// side current, and a save then costs one request).
    async fn exchange(
        &self,
        state: AppState,
        sync: SyncState,
        ledger: &mut Ledger,
        full: bool,
    ) -> Result<Report, SyncError> {
        sync.phase.set(Phase::Syncing);
        let journal = self.journal(state, sync);
        let crypt = KeyCrypt(&self.key);
        let mut ex = Exchange::new(&self.server, &crypt, &journal, ledger);
        let result = if full {
            ex.run().await
        } else {
            ex.push().await
        };
        result.map(|()| ex.report)
    }

    async fn apply_longpoll(
        &self,
        state: AppState,
        sync: SyncState,
        ledger: &mut Ledger,
        answer: Result<Response, NetError>,
    ) -> Result<Report, SyncError> {
        let page = wire::parse_changes(&answer?)?;
        let more = page.results >= PAGE || page.pending.is_some_and(|p| p > 0);
        let journal = self.journal(state, sync);
        let crypt = KeyCrypt(&self.key);
        let mut ex = Exchange::new(&self.server, &crypt, &journal, ledger);
        ex.apply_page(page).await?;
        if more {
            ex.pull().await?;
        }
        Ok(ex.report)
    }

    /// Shows the outcome; returns when to try again by itself after a failure.
    fn settle(
        &self,
        state: AppState,
        sync: SyncState,
        ledger: &Ledger,
        outcome: Result<Report, SyncError>,
    ) -> Option<i32> {
        let waiting = state
            .records
            .with_untracked(|m| m.values().filter(|r| ledger.needs_push(r)).count());
        sync.waiting.set(waiting);
        sync.progress.set(None);
        sync.phase.set(Phase::Idle);
        match outcome {
            Ok(report) => {
                let now = browser::now_millis();
                sync.last_synced.set(Some(now));
                prefs::set(LAST, &now.to_string());
                sync.problem.set(None);
                if report.unreadable > 0 || report.pulled > 0 {
                    sync.unreadable.set(report.unreadable);
                }
                None
            }
            Err(e) => {
                let problem = Problem::from_error(&e);
                let retry = if problem.transient() {
                    RETRY_NETWORK_MS
                } else {
                    RETRY_PERSON_MS
                };
                sync.problem.set(Some(problem));
                Some(retry)
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Starting, setting up, forgetting.

fn start(
    state: AppState,
    sync: SyncState,
    server: Server,
    key: web_sys::CryptoKey,
    store: Rc<SyncStore>,
) {
    stop();
    listen();
    let wakes = Rc::new(RefCell::new(Wakes::default()));
    set_wakes(Some(wakes.clone()));
    let runner = Rc::new(Runner {
        server,
        key,
        store,
        wakes,
        log_seq: std::cell::Cell::new(0),
    });
    RUNNER.with(|r| *r.borrow_mut() = Some(runner.clone()));
    leptos::task::spawn_local(runner.run(state, sync));
}

fn stop() {
    wake(|w| w.stop = true);
    set_wakes(None);
    RUNNER.with(|r| r.borrow_mut().take());
}

fn server_for(config: &SyncConfig) -> Result<(Server, Address), Problem> {
    let address = parse_address(&config.address).map_err(Problem::Address)?;
    let server = Server::new(
        &address.db_url,
        &address.origin,
        &config.user,
        &config.password,
    );
    Ok((server, address))
}

async fn load_config(store: &SyncStore) -> Option<SyncConfig> {
    let text = store.get_text(sync_store::CONFIG).await.ok().flatten()?;
    serde_json::from_str(&text).ok()
}

fn show_config(sync: SyncState, config: &SyncConfig) {
    sync.server.set(Some((
        config.address.trim().to_string(),
        config.user.clone(),
    )));
    sync.remember_key.set(config.remember_key);
}

/// Resumes sync if this device has it set up (at start-up, through the split entry point in
/// `super`, or from the Sync screen after that entry point could not be fetched).
pub fn start_if_configured(state: AppState) {
    if !SyncState::configured() {
        return;
    }
    let sync = SyncState::get();
    if NOT_LOADED.with(|n| n.replace(false)) {
        sync.problem.set(None);
        sync.phase.set(Phase::Syncing);
    }
    leptos::task::spawn_local(async move {
        let store = match SyncStore::open().await {
            Ok(s) => Rc::new(s),
            Err(e) => {
                sync.phase.set(Phase::Idle);
                sync.problem.set(Some(Problem::Local(e.to_string())));
                return;
            }
        };
        let Some(config) = load_config(&store).await else {
            // The flag outlived its database (site data partly cleared): sync is off.
            prefs::remove(FLAG);
            sync.phase.set(Phase::Off);
            return;
        };
        show_config(sync, &config);
        let key = store.get(sync_store::KEY).await.ok();
        let key = key.filter(|k| k.is_object()).map(|k| k.unchecked_into());
        match (server_for(&config), key) {
            (Ok((server, _)), Some(key)) => start(state, sync, server, key, store),
            (Ok(_), None) => sync.phase.set(Phase::Locked),
            (Err(p), _) => {
                sync.phase.set(Phase::Idle);
                sync.problem.set(Some(p));
            }
        }
    });
}

/// Derives the key from the passphrase and checks it against the key document.
async fn key_from(doc: &KeyDoc, passphrase: &str) -> Result<web_sys::CryptoKey, Problem> {
    let key = crypto::derive_sync_key(passphrase, &doc.salt, doc.iterations)
        .await
        .map_err(|_| Problem::Crypto)?;
    let plain = crypto::decrypt_many(&key, vec![(doc.check.iv.clone(), doc.check.ct.clone())])
        .await
        .pop()
        .flatten();
    setup::check_passphrase(plain.as_deref()).map_err(|e| Problem::from_error(&e))?;
    Ok(key)
}

/// Joins the server's database with `passphrase`: the first device writes the key document,
/// every other one must match it. Nothing is written on either side unless the passphrase is
/// right. With `create_db` the database is created first (where the login may).
pub async fn set_up(
    state: AppState,
    sync: SyncState,
    config: SyncConfig,
    passphrase: String,
    create_db: bool,
) -> Result<(), Problem> {
    if !crypto::available() {
        return Err(Problem::Crypto);
    }
    let (server, _) = server_for(&config)?;
    let err = |e: SyncError| Problem::from_error(&e);
    if create_db {
        setup::create_db(&server).await.map_err(err)?;
    }
    let key = match setup::read_key(&server).await.map_err(err)? {
        KeyState::Found(doc) => key_from(&doc, &passphrase).await?,
        KeyState::Missing => {
            let salt = crypto::random(16).map_err(|_| Problem::Crypto)?;
            let doc = KeyDoc::new(
                salt,
                SealedBox {
                    iv: vec![],
                    ct: vec![],
                },
            );
            let key = crypto::derive_sync_key(&passphrase, &doc.salt, doc.iterations)
                .await
                .map_err(|_| Problem::Crypto)?;
            let (iv, ct) = crypto::encrypt_many(&key, vec![CHECK_PLAINTEXT.to_vec()])
                .await
                .map_err(|_| Problem::Crypto)?
                .pop()
                .ok_or(Problem::Crypto)?;
            let doc = KeyDoc {
                check: SealedBox { iv, ct },
                ..doc
            };
            if setup::write_key(&server, &doc).await.map_err(err)? {
                key
            } else {
                // Another device wrote the key document a moment ago: match that one.
                match setup::read_key(&server).await.map_err(err)? {
                    KeyState::Found(doc) => key_from(&doc, &passphrase).await?,
                    KeyState::Missing => {
                        return Err(Problem::Other("key document vanished".into()))
                    }
                }
            }
        }
    };
    let store = Rc::new(
        SyncStore::open()
            .await
            .map_err(|e| Problem::Local(e.to_string()))?,
    );
    let text = serde_json::to_string(&config).map_err(|e| Problem::Local(e.to_string()))?;
    // A different server than before starts with an empty ledger.
    let previous = load_config(&store).await;
    let same_db = previous
        .as_ref()
        .is_some_and(|p| parse_address(&p.address).ok() == parse_address(&config.address).ok());
    if !same_db {
        store
            .clear()
            .await
            .map_err(|e| Problem::Local(e.to_string()))?;
    }
    let mut entries = vec![(
        sync_store::CONFIG.to_string(),
        Some(JsValue::from_str(&text)),
    )];
    entries.push((
        sync_store::KEY.to_string(),
        config.remember_key.then(|| key.clone().into()),
    ));
    store
        .put_all(&entries)
        .await
        .map_err(|e| Problem::Local(e.to_string()))?;
    prefs::set(FLAG, "1");
    show_config(sync, &config);
    sync.problem.set(None);
    start(state, sync, server, key, store);
    Ok(())
}

/// Resumes sync after a reload when the key was kept for the session only.
pub async fn unlock(
    state: AppState,
    sync: SyncState,
    passphrase: String,
    remember: bool,
) -> Result<(), Problem> {
    let store = SyncStore::open()
        .await
        .map_err(|e| Problem::Local(e.to_string()))?;
    let mut config = load_config(&store)
        .await
        .ok_or_else(|| Problem::Local("no sync settings".into()))?;
    config.remember_key = remember;
    set_up(state, sync, config, passphrase, false).await
}

/// Changes the user name and password (the server and the key stay).
pub async fn change_login(
    state: AppState,
    sync: SyncState,
    user: String,
    password: String,
) -> Result<(), Problem> {
    let store = Rc::new(
        SyncStore::open()
            .await
            .map_err(|e| Problem::Local(e.to_string()))?,
    );
    let mut config = load_config(&store)
        .await
        .ok_or_else(|| Problem::Local("no sync settings".into()))?;
    config.user = user;
    config.password = password;
    let text = serde_json::to_string(&config).map_err(|e| Problem::Local(e.to_string()))?;
    store
        .put_all(&[(
            sync_store::CONFIG.to_string(),
            Some(JsValue::from_str(&text)),
        )])
        .await
        .map_err(|e| Problem::Local(e.to_string()))?;
    show_config(sync, &config);
    let key = RUNNER.with(|r| r.borrow().as_ref().map(|r| r.key.clone()));
    let key = match key {
        Some(k) => Some(k),
        None => {
            let k = store.get(sync_store::KEY).await.ok();
            k.filter(|k| k.is_object()).map(|k| k.unchecked_into())
        }
    };
    let (server, _) = server_for(&config)?;
    match key {
        Some(key) => start(state, sync, server, key, store),
        None => sync.phase.set(Phase::Locked),
    }
    Ok(())
}

/// "Forget this server": stops syncing and removes every trace of it from this device. The
/// journal stays as it is; the server is not touched.
pub async fn forget(sync: SyncState) -> Result<(), StoreError> {
    stop();
    let store = SyncStore::open().await?;
    store.clear().await?;
    prefs::remove(FLAG);
    prefs::remove(LAST);
    sync.phase.set(Phase::Off);
    sync.server.set(None);
    sync.last_synced.set(None);
    sync.waiting.set(0);
    sync.progress.set(None);
    sync.problem.set(None);
    sync.unreadable.set(0);
    Ok(())
}

impl AppState {
    /// Stores records that came from the sync server and applies them, exactly as an import
    /// does: the store keeps whichever version is newer by `rev`, the signals follow, and the
    /// other tabs are told.
    pub(crate) async fn merge_synced(&self, records: Vec<Record>) -> Result<(), StoreError> {
        let backend = backend().ok_or_else(|| StoreError::Unavailable("not ready".into()))?;
        let written = backend.put_owned(records).await?;
        if written.len() > TAB_RECORDS_MAX {
            post_to_tabs(&TabMessage::Reload);
            self.apply_loaded(written);
        } else {
            let applied = self.apply_records(written);
            post_tab_update(&applied);
        }
        Ok(())
    }
}
