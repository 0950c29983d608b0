//! "Share with my mentor": the person picks what goes into a `jejak-share` file — per module
//! and by filters — sees a live count and a plain-language summary of what will leave the
//! device, and saves the file (optionally encrypted). Nothing is sent anywhere by the app.

use crate::browser;
use crate::domain::date::Date;
use crate::domain::entry::{parse_tags, EntryKind};
use crate::domain::files::FORMAT_SHARE;
use crate::domain::goal::GoalStatus;
use crate::domain::record::{kinds, Record};
use crate::domain::share::{
    count_by_kind, select, share_file_name, write_share, EntryFilter, ShareHeader, ShareScope,
    MAX_NAME_CHARS,
};
use crate::domain::sort::OneSort;
use crate::i18n::MentorScreensKey;
use crate::i18n::{labels, Key, MentorKey};
use crate::pages::data::backup::{prepare, PassphraseFields};
use crate::state::files::APP_VERSION;
use crate::state::{use_state, AppState};
use crate::transfer::crypto::available as crypto_available;
use crate::transfer::files;
use crate::ui::form::{Debounce, AUTOSAVE_DELAY};
use crate::ui::Loading;
use leptos::prelude::*;
use leptos_router::components::A;

/// People the person could share sessions with: (id, name, sessions held with them).
fn people_with_sessions(state: AppState) -> Vec<(String, String, usize)> {
    state.records.with(|m| {
        let mut out: Vec<(String, String, usize)> = m
            .values()
            .filter(|r| r.kind == kinds::PERSON && !r.deleted)
            .map(|r| {
                let name = r
                    .fields
                    .get("name")
                    .and_then(|v| v.as_str())
                    .unwrap_or_default()
                    .to_string();
                let sessions = m
                    .values()
                    .filter(|s| {
                        s.kind == kinds::SESSION
                            && !s.deleted
                            && s.fields.get("person").and_then(|v| v.as_str()) == Some(&r.id)
                    })
                    .count();
                (r.id.clone(), name, sessions)
            })
            .collect();
        out.one_sort_by(|a, b| b.2.cmp(&a.2).then_with(|| a.1.cmp(&b.1)));
        out
    })
}

/// The Data screen's door to this page.
#[component]
pub fn ShareCard() -> impl IntoView {
    let state = use_state();
    view! {
        <div class="card" aria-labelledby="share-card-title">
            <h2 id="share-card-title">{move || state.t(MentorScreensKey::ShareTitle)}</h2>
            <p>{move || state.t(MentorScreensKey::ShareCardBody)}</p>
            <div class="actions">
                <A href="/share" attr:class="btn btn-secondary">{move || state.t(MentorScreensKey::ShareChoose)}</A>
            </div>
        </div>
    }
}

#[component]
pub fn SharePage() -> impl IntoView {
    let state = use_state();
    let scope = RwSignal::new(ShareScope::default());
    let name = RwSignal::new(state.settings().display_name);
    // Settings arrive after start-up: take the stored name once it is there, unless typed over.
    Effect::new(move |_| {
        let stored = state.settings().display_name;
        if name.get_untracked().is_empty() && !stored.is_empty() {
            name.set(stored);
        }
    });
    let tags_text = RwSignal::new(String::new());
    let name_debounce = Debounce::new();
    let encrypt = RwSignal::new(false);
    let passphrase = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let done = RwSignal::new(None::<String>);

    let selected: Memo<Vec<Record>> = Memo::new(move |_| {
        let scope = scope.get();
        state.records.with(|m| {
            let refs: Vec<&Record> = m.values().collect();
            select(&refs, &scope)
        })
    });
    let name_error = move || {
        let n = name.get();
        if n.trim().is_empty() {
            Some(state.t(MentorKey::ErrNameEmpty))
        } else if n.chars().count() > MAX_NAME_CHARS {
            Some(state.t(MentorKey::ErrNameTooLong))
        } else {
            None
        }
    };
    let ready = move || {
        !busy.get()
            && name_error().is_none()
            && !selected.with(|s| s.is_empty())
            && (!encrypt.get() || passphrase.with(|p| p.is_some()))
    };

    let save_name = move || {
        let n = name.get_untracked().trim().to_string();
        if n.chars().count() <= MAX_NAME_CHARS {
            state.update_settings(move |s| s.display_name = n);
        }
    };

    let run = move |share: bool| {
        if !ready() {
            return;
        }
        save_name();
        busy.set(true);
        error.set(None);
        done.set(None);
        let pass = encrypt
            .get_untracked()
            .then(|| passphrase.get_untracked())
            .flatten();
        // The page shows its choices only once the store is loaded, so a stored mentee id is
        // known here and the new one is saved at once.
        let mentee_id = state.settings().mentee_id.unwrap_or_else(|| {
            let id = browser::new_id();
            let stored = id.clone();
            state.update_settings(move |s| s.mentee_id = Some(stored));
            id
        });
        let header = ShareHeader {
            package_id: browser::new_id(),
            mentee_id,
            display_name: name.get_untracked().trim().to_string(),
            scope: scope.get_untracked(),
        };
        let records = selected.get_untracked();
        leptos::task::spawn_local(async move {
            let json = write_share(
                &header,
                &records,
                APP_VERSION,
                browser::now_millis(),
                &state.device_label(),
            );
            let file_name = share_file_name(&header.display_name, browser::today());
            let result = match prepare(state, json, FORMAT_SHARE, file_name, pass).await {
                Ok((file_name, text)) => {
                    let saved = if share {
                        files::share(&file_name, "application/json", &text).await
                    } else {
                        files::download(&file_name, "application/json", &text).map(|_| true)
                    };
                    match saved {
                        Ok(true) => Ok(Some(file_name)),
                        Ok(false) => Ok(None),
                        Err(_) => Err(state.t(Key::SaveFailed).to_string()),
                    }
                }
                Err(msg) => Err(msg),
            };
            busy.set(false);
            match result {
                Ok(file) => done.set(file),
                Err(msg) => error.set(Some(msg)),
            }
        });
    };

    view! {
        <section class="page share" aria-labelledby="share-title">
            <header class="page-header">
                <h1 id="share-title">{move || state.t(MentorScreensKey::ShareTitle)}</h1>
                <p class="muted">{move || state.t(MentorScreensKey::ShareIntro)}</p>
            </header>
            <Show when=move || state.loaded.get() fallback=move || view! { <Loading/> }>
                <div class="card">
                    <div class="field">
                        <label for="share-name">{move || state.t(MentorScreensKey::YourName)}</label>
                        <input id="share-name" type="text" autocomplete="name" maxlength="80"
                            aria-describedby="share-name-hint share-name-error"
                            aria-invalid=move || name_error().is_some().to_string()
                            prop:value=move || name.get()
                            on:input=move |ev| {
                                name.set(event_target_value(&ev));
                                name_debounce.schedule(AUTOSAVE_DELAY, save_name);
                            }/>
                        <p id="share-name-hint" class="field-hint">{move || state.t(MentorScreensKey::YourNameHint)}</p>
                        <p id="share-name-error" class="field-error" aria-live="polite">{name_error}</p>
                    </div>
                </div>

                <GoalsChoice scope=scope/>
                <EntriesChoice scope=scope tags_text=tags_text/>
                <AssessmentsChoice scope=scope/>
                <SessionsChoice scope=scope/>
                <fieldset class="card share-group">
                    <legend>{move || state.t(MentorKey::ScopeAssignments)}</legend>
                    <div class="check">
                        <input id="share-assignments" type="checkbox"
                            prop:checked=move || scope.with(|s| s.assignments)
                            on:change=move |ev| scope.update(|s| s.assignments = event_target_checked(&ev))/>
                        <label for="share-assignments">{move || state.t(MentorScreensKey::IncludeAssignments)}</label>
                    </div>
                </fieldset>
                <fieldset class="card share-group share-private">
                    <legend>{move || state.t(MentorKey::ScopePeople)}</legend>
                    <p class="field-hint">{move || state.t(MentorScreensKey::PeoplePrivateHint)}</p>
                    <div class="check">
                        <input id="share-people" type="checkbox"
                            prop:checked=move || scope.with(|s| s.people)
                            on:change=move |ev| scope.update(|s| s.people = event_target_checked(&ev))/>
                        <label for="share-people">{move || state.t(MentorScreensKey::IncludePeople)}</label>
                    </div>
                </fieldset>

                <Summary selected=selected scope=scope/>

                <div class="card">
                    <div class="check" hidden=!crypto_available()>
                        <input id="share-encrypt" type="checkbox" prop:checked=move || encrypt.get()
                            on:change=move |ev| encrypt.set(event_target_checked(&ev))/>
                        <label for="share-encrypt">{move || state.t(Key::Encrypt)}</label>
                    </div>
                    <Show when=move || encrypt.get()>
                        <p class="field-hint">{move || state.t(MentorScreensKey::ShareEncryptHint)}</p>
                        <PassphraseFields id_prefix="share" value=passphrase/>
                    </Show>
                    <p class="field-error" role="alert">{move || error.get()}</p>
                    <p role="status" class="success">{move || done.get().map(|f| format!("{} {f}", state.t(MentorScreensKey::ShareSaved)))}</p>
                    <div class="actions">
                        <button type="button" class="btn btn-primary" disabled=move || !ready()
                            on:click=move |_| run(false)>
                            {move || if busy.get() && encrypt.get() { state.t(Key::Encrypting) } else { state.t(MentorScreensKey::ShareDownload) }}
                        </button>
                        {files::can_share_files().then(|| view! {
                            <button type="button" class="btn btn-secondary" disabled=move || !ready()
                                on:click=move |_| run(true)>
                                {move || state.t(MentorScreensKey::ShareSend)}
                            </button>
                        })}
                    </div>
                </div>
                <crate::pages::mentor::comments::FeedbackReceived/>
            </Show>
        </section>
    }
}

#[component]
fn GoalsChoice(scope: RwSignal<ShareScope>) -> impl IntoView {
    let state = use_state();
    let counts = Memo::new(move |_| {
        let goals = state.views::<crate::domain::goal::Goal>(kinds::GOAL);
        GoalStatus::ALL.map(|st| goals.iter().filter(|(_, g)| g.status == st).count())
    });
    view! {
        <fieldset class="card share-group">
            <legend>{move || state.t(Key::GoalsTitle)}</legend>
            <div class="check-row">
                {GoalStatus::ALL.into_iter().enumerate().map(|(i, st)| {
                    let id = format!("share-goal-{}", st.as_str());
                    view! {
                        <div class="check">
                            <input id=id.clone() type="checkbox"
                                prop:checked=move || scope.with(|s| s.goal_statuses.contains(&st))
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    scope.update(|s| {
                                        s.goal_statuses.retain(|x| *x != st);
                                        if on { s.goal_statuses.push(st); }
                                    });
                                }/>
                            <label for=id>{move || format!("{} ({})", state.t(labels::goal_status(st)), counts.get()[i])}</label>
                        </div>
                    }
                }).collect_view()}
            </div>
        </fieldset>
    }
}

#[component]
fn EntriesChoice(scope: RwSignal<ShareScope>, tags_text: RwSignal<String>) -> impl IntoView {
    let state = use_state();
    let on = move || scope.with(|s| s.entries.is_some());
    let update = move |f: &dyn Fn(&mut EntryFilter)| {
        scope.update(|s| {
            if let Some(e) = s.entries.as_mut() {
                f(e);
            }
        })
    };
    let date_input = move |id: &'static str, label: Key, from: bool| {
        view! {
            <div class="field">
                <label for=id>{move || state.t(label)}</label>
                <input id=id type="date"
                    prop:value=move || scope.with(|s| s.entries.as_ref()
                        .and_then(|e| if from { e.from } else { e.to })
                        .map(|d| d.to_string()).unwrap_or_default())
                    on:change=move |ev| {
                        let d = Date::parse(&event_target_value(&ev));
                        update(&|e| if from { e.from = d } else { e.to = d });
                    }/>
            </div>
        }
    };
    view! {
        <fieldset class="card share-group">
            <legend>{move || state.t(Key::JournalTitle)}</legend>
            <div class="check">
                <input id="share-entries" type="checkbox" prop:checked=on
                    on:change=move |ev| {
                        let checked = event_target_checked(&ev);
                        scope.update(|s| s.entries = checked.then(|| EntryFilter {
                            kinds: EntryFilter::default_kinds(),
                            tags: parse_tags(&tags_text.get_untracked()),
                            ..Default::default()
                        }));
                    }/>
                <label for="share-entries">{move || state.t(MentorScreensKey::IncludeEntries)}</label>
            </div>
            <Show when=on>
                <p class="field-hint" id="share-kinds-hint">{move || state.t(MentorScreensKey::EntryKindsHint)}</p>
                <div class="check-row" role="group" aria-describedby="share-kinds-hint">
                    {EntryKind::ALL.into_iter().map(|k| {
                        let id = format!("share-kind-{}", k.as_str());
                        let private = k == EntryKind::Networking;
                        view! {
                            <div class="check" class:private=private>
                                <input id=id.clone() type="checkbox"
                                    prop:checked=move || scope.with(|s| s.entries.as_ref().is_some_and(|e| e.kinds.contains(&k)))
                                    on:change=move |ev| {
                                        let checked = event_target_checked(&ev);
                                        update(&|e| {
                                            e.kinds.retain(|x| *x != k);
                                            if checked { e.kinds.push(k); }
                                        });
                                    }/>
                                <label for=id>
                                    {move || state.t(labels::entry_kind(k))}
                                    {private.then(|| view! { <span class="badge badge-warn">{move || state.t(MentorScreensKey::Private)}</span> })}
                                </label>
                            </div>
                        }
                    }).collect_view()}
                </div>
                <div class="field">
                    <label for="share-tags">{move || state.t(MentorScreensKey::OnlyTags)}</label>
                    <input id="share-tags" type="text" aria-describedby="share-tags-hint"
                        prop:value=move || tags_text.get()
                        on:input=move |ev| {
                            let v = event_target_value(&ev);
                            let tags = parse_tags(&v);
                            tags_text.set(v);
                            update(&|e| e.tags = tags.clone());
                        }/>
                    <p id="share-tags-hint" class="field-hint">{move || state.t(MentorScreensKey::OnlyTagsHint)}</p>
                </div>
                <div class="field-row">
                    {date_input("share-from", Key::FilterFrom, true)}
                    {date_input("share-to", Key::FilterTo, false)}
                </div>
            </Show>
        </fieldset>
    }
}

#[component]
fn AssessmentsChoice(scope: RwSignal<ShareScope>) -> impl IntoView {
    let state = use_state();
    view! {
        <fieldset class="card share-group">
            <legend>{move || state.t(MentorKey::ScopeAssessments)}</legend>
            <div class="field">
                <label for="share-assessments">{move || state.t(MentorScreensKey::LatestAssessments)}</label>
                <select id="share-assessments"
                    on:change=move |ev| {
                        let n = event_target_value(&ev).parse().unwrap_or(0);
                        scope.update(|s| s.latest_assessments = n);
                    }>
                    {[0usize, 1, 2, 3, 5, 100].into_iter().map(|n| view! {
                        <option value=n.to_string() selected=move || scope.with(|s| s.latest_assessments == n)>
                            {move || match n {
                                0 => state.t(MentorScreensKey::NoneOption).to_string(),
                                100 => state.t(MentorScreensKey::AllOption).to_string(),
                                n => n.to_string(),
                            }}
                        </option>
                    }).collect_view()}
                </select>
            </div>
        </fieldset>
    }
}

#[component]
fn SessionsChoice(scope: RwSignal<ShareScope>) -> impl IntoView {
    let state = use_state();
    let people = Memo::new(move |_| people_with_sessions(state));
    view! {
        <fieldset class="card share-group">
            <legend>{move || state.t(MentorKey::ScopeSessions)}</legend>
            <div class="field">
                <label for="share-sessions">{move || state.t(MentorScreensKey::SessionsWith)}</label>
                <select id="share-sessions"
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        scope.update(|s| s.sessions_with = (!v.is_empty()).then_some(v));
                    }>
                    <option value="" selected=move || scope.with(|s| s.sessions_with.is_none())>
                        {move || state.t(MentorScreensKey::NoneOption)}
                    </option>
                    {move || people.get().into_iter().map(|(id, name, n)| {
                        let id2 = id.clone();
                        view! {
                            <option value=id selected=move || scope.with(|s| s.sessions_with.as_deref() == Some(id2.as_str()))>
                                {move || state.lang.get().sessions_with(&name, n)}
                            </option>
                        }
                    }).collect_view()}
                </select>
                <p class="field-hint">{move || state.t(MentorScreensKey::SessionsHint)}</p>
            </div>
        </fieldset>
    }
}

#[component]
fn Summary(selected: Memo<Vec<Record>>, scope: RwSignal<ShareScope>) -> impl IntoView {
    let state = use_state();
    let counts = move || count_by_kind(&selected.get());
    let total = move || selected.with(|s| s.len());
    let excluded = move || {
        let s = scope.get();
        let mut out = vec![
            MentorScreensKey::NeverSettings,
            MentorScreensKey::NeverDeleted,
        ];
        if !s
            .entries
            .as_ref()
            .is_some_and(|e| e.kinds.contains(&EntryKind::Networking))
        {
            out.insert(0, MentorScreensKey::NotNetworking);
        }
        if !s.people {
            out.insert(0, MentorScreensKey::NotPeople);
        }
        out
    };
    view! {
        <div class="card share-summary" aria-labelledby="share-summary-title">
            <h2 id="share-summary-title">{move || state.t(MentorScreensKey::SummaryTitle)}</h2>
            <p role="status" aria-live="polite" data-testid="share-total">
                <strong>{move || state.lang.get().share_total(total())}</strong>
            </p>
            <ul class="share-counts" data-testid="share-counts">
                {move || counts().into_iter().map(|(kind, n)| view! {
                    <li>{state.lang.get().kind_count(&kind, n)}</li>
                }).collect_view()}
            </ul>
            <h3>{move || state.t(MentorScreensKey::NotIncludedTitle)}</h3>
            <ul class="share-excluded">
                {move || excluded().into_iter().map(|k| view! { <li>{state.t(k)}</li> }).collect_view()}
            </ul>
            <p class="field-hint">{move || state.t(MentorScreensKey::NothingSentHint)}</p>
        </div>
    }
}
