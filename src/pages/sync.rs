//! Settings → Sync: setting up end-to-end encrypted sync through the person's own CouchDB
//! server, its status in words, each failure with what to do, changing the login, resuming with
//! the passphrase, and forgetting the server. Self-contained (only `state::sync` behind it), so
//! the screen can load on its own when screens are split into chunks.

use crate::browser;
use crate::domain::sync::setup::{parse_address, AddressError};
use crate::i18n::{Lang, SyncKey};
use crate::pages::data::backup::PassphraseFields;
use crate::state::sync::runner::{self, SyncConfig};
use crate::state::sync::{self, use_sync, Phase, Problem, SyncState};
use crate::state::{use_state, AppState};
use crate::transfer::couch;
use leptos::prelude::*;

/// The page's own origin, which the server's CORS rule must allow.
fn page_origin() -> String {
    web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default()
}

/// The CouchDB settings to paste when CORS is missing.
pub fn cors_settings(origin: &str) -> String {
    format!(
        "[chttpd]\nenable_cors = true\n\n[cors]\norigins = {origin}\ncredentials = true\nmethods = GET, PUT, POST, HEAD, DELETE\nheaders = accept, authorization, content-type, origin, referer\n"
    )
}

fn address_error(e: AddressError) -> SyncKey {
    match e {
        AddressError::Empty => SyncKey::ErrAddressEmpty,
        AddressError::NotUrl => SyncKey::ErrAddressNotUrl,
        AddressError::InsecureHttp => SyncKey::ErrAddressHttp,
        AddressError::CredentialsInUrl => SyncKey::ErrAddressCredentials,
        AddressError::NoDatabase => SyncKey::ErrAddressNoDb,
        AddressError::BadDatabaseName => SyncKey::ErrAddressDbName,
    }
}

/// A problem in words: the message, and details (the server's words, or the CORS settings).
fn problem_view(state: AppState, p: Problem) -> AnyView {
    let t = move |k: SyncKey| state.t(k);
    let (key, detail): (SyncKey, Option<String>) = match &p {
        Problem::Address(e) => (address_error(*e), None),
        Problem::Offline => (SyncKey::ErrOffline, None),
        Problem::Unreachable => (SyncKey::ErrUnreachable, None),
        Problem::Cors => (SyncKey::ErrCors, None),
        Problem::Login => (SyncKey::ErrLogin, None),
        Problem::Forbidden => (SyncKey::ErrForbidden, None),
        Problem::DatabaseMissing => (SyncKey::ErrDatabaseMissing, None),
        Problem::Full => (SyncKey::ErrFull, None),
        Problem::Busy => (SyncKey::ErrBusy, None),
        Problem::WrongPassphrase => (SyncKey::ErrWrongPassphrase, None),
        Problem::NotJejak => (SyncKey::ErrNotJejak, None),
        Problem::NewerKey => (SyncKey::ErrNewerKey, None),
        Problem::Damaged => (SyncKey::ErrDamaged, None),
        Problem::Crypto => (SyncKey::ErrSyncCrypto, None),
        Problem::Local(m) => (SyncKey::ErrLocal, Some(m.clone())),
        Problem::Other(m) => (SyncKey::ErrOther, Some(m.clone())),
        Problem::NotLoaded => (SyncKey::ErrNotLoaded, None),
    };
    let cors = matches!(p, Problem::Cors).then(|| {
        view! { <pre class="sync-settings" data-testid="cors-settings">{cors_settings(&page_origin())}</pre> }
    });
    view! {
        <div class="sync-problem" role="alert" data-testid="sync-problem">
            <p>{t(key)}{detail.map(|d| format!(" {d}"))}</p>
            {cors}
        </div>
    }
    .into_any()
}

#[component]
pub fn SyncPage() -> impl IntoView {
    let state = use_state();
    let sync = use_sync();
    // "Server forgotten" stays in view once the screen goes back to the setup form.
    let forgotten = RwSignal::new(false);
    let is_off = Memo::new(move |_| sync.phase.get() == Phase::Off);
    // The runner's chunk could not be fetched at start-up, but this screen's could: it is
    // reachable now.
    if sync
        .problem
        .with_untracked(|p| matches!(p, Some(Problem::NotLoaded)))
    {
        runner::start_if_configured(state);
    }
    view! {
        <section class="page settings sync-page" aria-labelledby="sync-title">
            <header class="page-header">
                <h1 id="sync-title">{move || state.t(SyncKey::SyncTitle)}</h1>
            </header>
            <p role="status" class="sync-forgotten">
                {move || forgotten.get().then(|| state.t(SyncKey::Forgotten))}
            </p>
            // Rebuilt only when sync is switched on or off: every sync moves the phase
            // (idle → syncing → idle), and rebuilding the status on each took away whatever the
            // person was doing there (a "Yes, forget this server" about to be clicked).
            {move || if is_off.get() {
                view! { <SetupForm/> }.into_any()
            } else {
                view! { <SyncStatus forgotten/> }.into_any()
            }}
        </section>
    }
}

/// The status line as words (also used on the Settings screen).
pub fn status_words(state: AppState, sync: SyncState, now: i64) -> String {
    let lang: Lang = state.lang.get();
    match sync.phase.get() {
        Phase::Off => state.t(SyncKey::SyncOffLine).to_string(),
        Phase::Locked => state.t(SyncKey::LockedStatus).to_string(),
        Phase::OtherTab => state.t(SyncKey::SyncOtherTab).to_string(),
        phase => {
            let mut parts = Vec::new();
            if phase == Phase::Syncing {
                parts.push(state.t(SyncKey::SyncingNow).to_string());
            } else {
                match sync.last_synced.get() {
                    Some(t) if sync.problem.with(Option::is_none) => {
                        parts.push(lang.synced_ago(now, t))
                    }
                    None => parts.push(state.t(SyncKey::SyncNeverYet).to_string()),
                    Some(_) => {}
                }
            }
            let waiting = sync.waiting.get();
            if waiting > 0 {
                let offline = sync.problem.with(|p| {
                    matches!(
                        p,
                        Some(Problem::Offline | Problem::Unreachable | Problem::Cors)
                    )
                }) || !couch::online();
                parts.push(lang.changes_waiting(waiting, offline));
            }
            parts.join(" · ")
        }
    }
}

/// A clock for "2 minutes ago" that ticks while the screen is open.
pub(crate) fn ticking_now() -> ReadSignal<i64> {
    let (now, set_now) = signal(browser::now_millis());
    let handle = set_interval_with_handle(
        move || set_now.set(browser::now_millis()),
        std::time::Duration::from_secs(20),
    );
    on_cleanup(move || {
        if let Ok(h) = handle {
            h.clear();
        }
    });
    now
}

#[component]
fn SetupForm() -> impl IntoView {
    let state = use_state();
    let sync = use_sync();
    let t = move |k: SyncKey| state.t(k);
    let address = RwSignal::new(String::new());
    let user = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let passphrase = RwSignal::new(None::<String>);
    let remember = RwSignal::new(true);
    let confirming = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let problem = RwSignal::new(None::<Problem>);
    let input_error = RwSignal::new(None::<SyncKey>);

    let check = move || -> Result<(), SyncKey> {
        parse_address(&address.get_untracked()).map_err(address_error)?;
        if user.get_untracked().trim().is_empty() {
            return Err(SyncKey::ErrUserEmpty);
        }
        Ok(())
    };
    let go_on = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        problem.set(None);
        match check() {
            Err(k) => input_error.set(Some(k)),
            Ok(()) if passphrase.with_untracked(Option::is_some) => {
                input_error.set(None);
                confirming.set(true);
                crate::ui::focus_when_ready("sync-confirm");
            }
            Ok(()) => {}
        }
    };
    let connect = move |create_db: bool| {
        let Some(pass) = passphrase.get_untracked() else {
            return;
        };
        let config = SyncConfig {
            address: address.get_untracked().trim().to_string(),
            user: user.get_untracked().trim().to_string(),
            password: password.get_untracked(),
            remember_key: remember.get_untracked(),
        };
        busy.set(true);
        problem.set(None);
        leptos::task::spawn_local(async move {
            let result = runner::set_up(state, sync, config, pass, create_db).await;
            busy.set(false);
            if let Err(p) = result {
                problem.set(Some(p));
            }
        });
    };
    let ready = move || passphrase.with(Option::is_some) && !busy.get();

    view! {
        <div class="card">
            <p>{move || t(SyncKey::SyncIntro)}</p>
            <p class="field-hint">{move || t(SyncKey::ServerSees)}</p>
        </div>
        <Show when=move || !confirming.get()>
            <form class="card sync-form" on:submit=go_on novalidate>
                <div class="field">
                    <label for="sync-address">{move || t(SyncKey::ServerAddress)}</label>
                    <input id="sync-address" type="url" inputmode="url" autocomplete="url"
                        spellcheck="false" aria-describedby="sync-address-hint"
                        prop:value=move || address.get()
                        on:input=move |ev| address.set(event_target_value(&ev))/>
                    <p id="sync-address-hint" class="field-hint">{move || t(SyncKey::ServerAddressHint)}</p>
                </div>
                <div class="field">
                    <label for="sync-user">{move || t(SyncKey::UserName)}</label>
                    <input id="sync-user" type="text" autocomplete="username" spellcheck="false"
                        autocapitalize="off"
                        prop:value=move || user.get()
                        on:input=move |ev| user.set(event_target_value(&ev))/>
                </div>
                <div class="field">
                    <label for="sync-password">{move || t(SyncKey::ServerPassword)}</label>
                    <input id="sync-password" type="password" autocomplete="current-password"
                        prop:value=move || password.get()
                        on:input=move |ev| password.set(event_target_value(&ev))/>
                </div>
                <h2>{move || t(SyncKey::SyncPassphraseTitle)}</h2>
                <p class="field-hint">{move || t(SyncKey::SyncPassphraseHint)}</p>
                <PassphraseFields id_prefix="sync" value=passphrase/>
                <div class="check">
                    <input id="sync-remember" type="checkbox" prop:checked=move || remember.get()
                        aria-describedby="sync-remember-hint"
                        on:change=move |ev| remember.set(event_target_checked(&ev))/>
                    <label for="sync-remember">{move || t(SyncKey::RememberKey)}</label>
                </div>
                <p id="sync-remember-hint" class="field-hint">{move || t(SyncKey::RememberKeyHint)}</p>
                <p class="field-error" role="alert">{move || input_error.get().map(t)}</p>
                <div class="actions">
                    <button type="submit" class="btn btn-primary" disabled=move || passphrase.with(Option::is_none)>
                        {move || t(SyncKey::SyncContinue)}
                    </button>
                </div>
            </form>
        </Show>
        <Show when=move || confirming.get()>
            <div class="card sync-confirm" aria-labelledby="sync-confirm-title">
                <h2 id="sync-confirm-title">{move || t(SyncKey::SyncConfirmTitle)}</h2>
                <p>{move || t(SyncKey::SyncConfirmServer)}</p>
                <p class="sync-target"><strong>{move || address.get().trim().to_string()}</strong>
                    " " {move || t(SyncKey::SyncConfirmAs)} " " <strong>{move || user.get().trim().to_string()}</strong></p>
                <p>{move || t(SyncKey::SyncConfirmWhat)}</p>
                <WhereKept remember=Signal::derive(move || remember.get())/>
                {move || problem.get().map(|p| problem_view(state, p))}
                <p role="status" class="field-hint">{move || busy.get().then(|| t(SyncKey::SyncConnecting))}</p>
                <div class="actions">
                    <button type="button" id="sync-confirm" class="btn btn-primary" disabled=move || !ready()
                        on:click=move |_| connect(false)>
                        {move || t(SyncKey::SyncConfirm)}
                    </button>
                    <Show when=move || problem.with(|p| matches!(p, Some(Problem::DatabaseMissing)))>
                        <button type="button" class="btn btn-secondary" disabled=move || !ready()
                            on:click=move |_| connect(true)>
                            {move || t(SyncKey::CreateDb)}
                        </button>
                    </Show>
                    <button type="button" class="btn btn-secondary" disabled=move || busy.get()
                        on:click=move |_| { confirming.set(false); problem.set(None); }>
                        {move || t(SyncKey::SyncBack)}
                    </button>
                </div>
            </div>
        </Show>
    }
}

#[component]
fn WhereKept(#[prop(into)] remember: Signal<bool>) -> impl IntoView {
    let state = use_state();
    let t = move |k: SyncKey| state.t(k);
    view! {
        <div class="sync-where">
            <h3>{move || t(SyncKey::WhereKeptTitle)}</h3>
            <ul>
                <li>{move || t(SyncKey::WherePassword)}</li>
                <li>{move || if remember.get() { t(SyncKey::WhereKeyRemembered) } else { t(SyncKey::WhereKeySession) }}</li>
            </ul>
        </div>
    }
}

#[component]
fn SyncStatus(forgotten: RwSignal<bool>) -> impl IntoView {
    let state = use_state();
    let sync = use_sync();
    let t = move |k: SyncKey| state.t(k);
    let now = ticking_now();
    let progress = move || {
        let lang = state.lang.get();
        sync.progress.get().map(|p| match p {
            crate::domain::sync::engine::Progress::Pushed { done, total } => {
                lang.sync_sending(done, total)
            }
            crate::domain::sync::engine::Progress::Pulled { done, pending } => {
                lang.sync_receiving(done, pending)
            }
        })
    };
    let server = move || sync.server.get().map(|(a, u)| format!("{a} · {u}"));
    view! {
        <div class="card" aria-labelledby="sync-status-title">
            <h2 id="sync-status-title">{move || t(SyncKey::StatusTitle)}</h2>
            <p class="sync-server">{server}</p>
            <p class="sync-status" role="status" data-testid="sync-status">
                <strong>{move || status_words(state, sync, now.get())}</strong>
            </p>
            <p class="sync-progress" data-testid="sync-progress" aria-live="polite">{progress}</p>
            {move || sync.problem.get().map(|p| problem_view(state, p))}
            <Show when=move || { sync.unreadable.get() > 0 }>
                <p class="field-hint">{move || t(SyncKey::UnreadableDocs)}</p>
            </Show>
            <Show when=move || matches!(sync.phase.get(), Phase::Idle | Phase::Syncing)>
                <div class="actions">
                    <button type="button" class="btn btn-secondary"
                        disabled=move || sync.phase.get() == Phase::Syncing
                        on:click=move |_| sync::sync_now()>{move || t(SyncKey::SyncNow)}</button>
                </div>
            </Show>
        </div>
        <Show when=move || sync.phase.get() == Phase::Locked>
            <Unlock/>
        </Show>
        <ChangeLogin/>
        <div class="card">
            <WhereKept remember=Signal::derive(move || sync.remember_key.get())/>
            <p class="field-hint">{move || t(SyncKey::ServerSees)}</p>
        </div>
        <Forget forgotten/>
    }
}

#[component]
fn Unlock() -> impl IntoView {
    let state = use_state();
    let sync = use_sync();
    let t = move |k: SyncKey| state.t(k);
    let pass = RwSignal::new(String::new());
    let remember = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let problem = RwSignal::new(None::<Problem>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let p = pass.get_untracked();
        if p.is_empty() || busy.get_untracked() {
            return;
        }
        busy.set(true);
        problem.set(None);
        leptos::task::spawn_local(async move {
            let r = runner::unlock(state, sync, p, remember.get_untracked()).await;
            busy.set(false);
            if let Err(e) = r {
                problem.set(Some(e));
            }
        });
    };
    view! {
        <form class="card" on:submit=submit aria-labelledby="sync-unlock-title">
            <h2 id="sync-unlock-title">{move || t(SyncKey::LockedTitle)}</h2>
            <p>{move || t(SyncKey::LockedBody)}</p>
            <div class="field">
                <label for="sync-unlock-pass">{move || t(SyncKey::SyncPassphraseTitle)}</label>
                <input id="sync-unlock-pass" type="password" autocomplete="current-password"
                    prop:value=move || pass.get() on:input=move |ev| pass.set(event_target_value(&ev))/>
            </div>
            <div class="check">
                <input id="sync-unlock-remember" type="checkbox" prop:checked=move || remember.get()
                    on:change=move |ev| remember.set(event_target_checked(&ev))/>
                <label for="sync-unlock-remember">{move || t(SyncKey::RememberKey)}</label>
            </div>
            {move || problem.get().map(|p| problem_view(state, p))}
            <p role="status" class="field-hint">{move || busy.get().then(|| t(SyncKey::SyncConnecting))}</p>
            <div class="actions">
                <button type="submit" class="btn btn-primary" disabled=move || busy.get()>{move || t(SyncKey::Resume)}</button>
            </div>
        </form>
    }
}

#[component]
fn ChangeLogin() -> impl IntoView {
    let state = use_state();
    let sync = use_sync();
    let t = move |k: SyncKey| state.t(k);
    // What the person typed; until then the user name on record (this card is built once, and
    // the server's details may arrive after it).
    let typed = RwSignal::new(None::<String>);
    let user = move || {
        typed.get().unwrap_or_else(|| {
            sync.server
                .with(|s| s.as_ref().map(|(_, u)| u.clone()))
                .unwrap_or_default()
        })
    };
    let password = RwSignal::new(String::new());
    let done = RwSignal::new(false);
    let problem = RwSignal::new(None::<Problem>);
    let input_error = RwSignal::new(None::<SyncKey>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (u, p) = (untrack(user).trim().to_string(), password.get_untracked());
        done.set(false);
        if u.is_empty() {
            input_error.set(Some(SyncKey::ErrUserEmpty));
            return;
        }
        input_error.set(None);
        leptos::task::spawn_local(async move {
            match runner::change_login(state, sync, u, p).await {
                Ok(()) => {
                    done.set(true);
                    password.set(String::new());
                    problem.set(None);
                }
                Err(e) => problem.set(Some(e)),
            }
        });
    };
    view! {
        <form class="card" on:submit=submit aria-labelledby="sync-login-title">
            <h2 id="sync-login-title">{move || t(SyncKey::ChangeLoginTitle)}</h2>
            <div class="field">
                <label for="sync-login-user">{move || t(SyncKey::UserName)}</label>
                <input id="sync-login-user" type="text" autocomplete="username" spellcheck="false"
                    autocapitalize="off"
                    aria-invalid=move || input_error.with(Option::is_some).to_string()
                    aria-describedby="sync-login-user-error"
                    prop:value=user on:input=move |ev| typed.set(Some(event_target_value(&ev)))/>
                <p id="sync-login-user-error" class="field-error" role="alert">{move || input_error.get().map(t)}</p>
            </div>
            <div class="field">
                <label for="sync-login-password">{move || t(SyncKey::ServerPassword)}</label>
                <input id="sync-login-password" type="password" autocomplete="current-password"
                    prop:value=move || password.get() on:input=move |ev| password.set(event_target_value(&ev))/>
            </div>
            {move || problem.get().map(|p| problem_view(state, p))}
            <p role="status" class="field-hint">{move || done.get().then(|| t(SyncKey::LoginSaved))}</p>
            <div class="actions">
                <button type="submit" class="btn btn-secondary">{move || t(SyncKey::SaveLogin)}</button>
            </div>
        </form>
    }
}

#[component]
fn Forget(forgotten: RwSignal<bool>) -> impl IntoView {
    let state = use_state();
    let sync = use_sync();
    let t = move |k: SyncKey| state.t(k);
    let asking = RwSignal::new(false);
    let forget = move |_| {
        leptos::task::spawn_local(async move {
            match runner::forget(sync).await {
                Ok(()) => forgotten.set(true),
                Err(e) => sync.problem.set(Some(Problem::Local(e.to_string()))),
            }
        });
    };
    view! {
        <div class="card card-danger" aria-labelledby="sync-forget-title">
            <h2 id="sync-forget-title">{move || t(SyncKey::ForgetTitle)}</h2>
            <p>{move || t(SyncKey::ForgetBody)}</p>
            <div class="actions">
                <Show when=move || !asking.get() fallback=move || view! {
                    <button type="button" class="btn btn-danger" on:click=forget>{move || t(SyncKey::ForgetConfirm)}</button>
                    <button type="button" class="btn btn-secondary" on:click=move |_| asking.set(false)>{move || t(SyncKey::Cancel)}</button>
                }>
                    <button type="button" class="btn btn-danger" on:click=move |_| asking.set(true)>{move || t(SyncKey::ForgetTitle)}</button>
                </Show>
            </div>
        </div>
    }
}
