//! What the main module knows of sync: the signals the screens read, the wake-ups that saves and
//! other tabs send, and the start-up check. Everything that talks to a server, encrypts or keeps
//! the ledger is in [`runner`], which is split out of the main module (like a screen, see
//! `src/lazy.rs`) and loaded only on a device where sync is set up, or when Settings → Sync is
//! opened. With sync off, start-up reads one localStorage flag and nothing else.

pub mod runner;

use crate::browser::prefs;
use crate::domain::sync::engine::Progress;
use crate::domain::sync::setup::AddressError;
use crate::lazy::ChunkMissing;
use crate::state::AppState;
use leptos::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;
use std::task::Waker;

/// Set while sync is set up on this device; read at start-up instead of opening the database.
const FLAG: &str = "jejak:sync";
/// When the syncing tab last finished an exchange (ms), for the other tabs' status line.
const LAST: &str = "jejak:sync-last";

/// Why sync is not working, in terms of what the person can do about it.
#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    Address(AddressError),
    Offline,
    Unreachable,
    /// The server answers but sends no CORS headers for this page's origin.
    Cors,
    Login,
    Forbidden,
    DatabaseMissing,
    Full,
    Busy,
    WrongPassphrase,
    NotJejak,
    NewerKey,
    Damaged,
    /// Encryption is missing (not a secure context) or failed.
    Crypto,
    /// This device's storage refused a write (its message).
    Local(String),
    /// The server said something unexpected (its words).
    Other(String),
    /// The sync part of the app could not be fetched (offline before the service worker kept
    /// it): tried again when the network comes back or the Sync screen is opened.
    NotLoaded,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    /// Sync is not set up on this device.
    Off,
    /// Set up, but the key was kept for the session only and this page does not have it.
    Locked,
    /// Another tab of this device is syncing.
    OtherTab,
    Syncing,
    Idle,
}

/// What the screens show about sync: plain signals, made when first asked for.
#[derive(Clone, Copy)]
pub struct SyncState {
    pub phase: RwSignal<Phase>,
    /// The address and user name (never the password).
    pub server: RwSignal<Option<(String, String)>>,
    pub remember_key: RwSignal<bool>,
    pub last_synced: RwSignal<Option<i64>>,
    /// Local changes the server does not have yet.
    pub waiting: RwSignal<usize>,
    pub progress: RwSignal<Option<Progress>>,
    pub problem: RwSignal<Option<Problem>>,
    /// Server documents this key could not read (last exchange).
    pub unreadable: RwSignal<usize>,
}

impl SyncState {
    /// The sync signals, made on first use: by the runner, or by a screen that shows sync. Not
    /// at start-up, so a device without sync carries none of this in its main module. They
    /// belong to an owner of their own, so no screen's teardown disposes of them.
    pub fn get() -> SyncState {
        if let Some(s) = SYNC_STATE.with(std::cell::Cell::get) {
            return s;
        }
        let owner = Owner::new_root(None);
        let s = owner.with(SyncState::new);
        SYNC_OWNER.with(|o| *o.borrow_mut() = Some(owner));
        SYNC_STATE.with(|c| c.set(Some(s)));
        s
    }

    fn new() -> SyncState {
        let configured = SyncState::configured();
        let not_loaded = NOT_LOADED.with(std::cell::Cell::get);
        // Set up but not running yet: the runner is starting (its chunk is on the way).
        let phase = match (configured, not_loaded) {
            (false, _) => Phase::Off,
            (true, false) => Phase::Syncing,
            (true, true) => Phase::Idle,
        };
        SyncState {
            phase: RwSignal::new(phase),
            server: RwSignal::new(None),
            remember_key: RwSignal::new(false),
            last_synced: RwSignal::new(prefs::get(LAST).and_then(|t| t.parse().ok())),
            waiting: RwSignal::new(0),
            progress: RwSignal::new(None),
            problem: RwSignal::new(not_loaded.then_some(Problem::NotLoaded)),
            unreadable: RwSignal::new(0),
        }
    }

    pub fn configured() -> bool {
        prefs::get(FLAG).is_some()
    }
}

pub fn use_sync() -> SyncState {
    SyncState::get()
}

/// What the runner is asked to do next; shared between it and the wake-ups below.
#[derive(Default)]
pub(crate) struct Wakes {
    pub push: bool,
    pub full: bool,
    pub recheck: bool,
    pub stop: bool,
    pub waker: Option<Waker>,
}

thread_local! {
    static SYNC_STATE: std::cell::Cell<Option<SyncState>> = const { std::cell::Cell::new(None) };
    static SYNC_OWNER: RefCell<Option<Owner>> = const { RefCell::new(None) };
    /// The runner's chunk could not be fetched at start-up.
    static NOT_LOADED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// The running runner's wake-ups; `None` while nothing syncs.
    static WAKES: RefCell<Option<Rc<RefCell<Wakes>>>> = const { RefCell::new(None) };
}

fn set_wakes(wakes: Option<Rc<RefCell<Wakes>>>) {
    WAKES.with(|w| *w.borrow_mut() = wakes);
}

fn wake(f: impl FnOnce(&mut Wakes)) {
    let wakes = WAKES.with(|w| w.borrow().clone());
    if let Some(wakes) = wakes {
        let mut w = wakes.borrow_mut();
        f(&mut w);
        if let Some(waker) = w.waker.take() {
            waker.wake();
        }
    }
}

/// A local change was made (here or in another tab): push it soon. Nothing when sync is off.
pub(crate) fn nudge() {
    wake(|w| w.push = true);
}

/// Sync now (the "Sync now" button, a changed login).
pub fn sync_now() {
    wake(|w| w.full = true);
}

/// The runner's entry point, in a chunk of its own: only a device with sync set up fetches it.
#[leptos::wasm_split::wasm_split(sync_runner, wasm_split_path = ::leptos::wasm_split, fallible)]
fn resume_runner(state: AppState) -> Result<(), ChunkMissing> {
    runner::start_if_configured(state);
    Ok(())
}

/// At start-up: resumes sync if this device has it set up. Without the flag this does nothing
/// (and fetches nothing).
pub(super) fn start_if_configured(state: AppState) {
    if !SyncState::configured() {
        return;
    }
    leptos::task::spawn_local(async move {
        if resume_runner(state).await.is_err() {
            // Shown when a screen first asks for the sync state (setting a signal here would
            // bring the signals' code into the main module).
            NOT_LOADED.with(|n| n.set(true));
            retry_when_online(state);
        }
    });
}

/// After a failed fetch of the runner's chunk: tries again once the browser is back online.
fn retry_when_online(state: AppState) {
    use wasm_bindgen::JsCast;
    let Some(window) = web_sys::window() else {
        return;
    };
    let retry = wasm_bindgen::closure::Closure::once_into_js(move || start_if_configured(state));
    let options = web_sys::AddEventListenerOptions::new();
    options.set_once(true);
    let _ = window.add_event_listener_with_callback_and_add_event_listener_options(
        "online",
        retry.unchecked_ref(),
        &options,
    );
}
