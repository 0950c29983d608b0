//! The Mentees inbox: every mentee who shared a file with this person, their latest package
//! and its history, opening a new share file, and forgetting a mentee.

use crate::i18n::Key;
use crate::i18n::MentorScreensKey;
use crate::pages::data::import::ImportCard;
use crate::state::inbox::{use_inbox, Mentee};
use crate::state::use_state;
use crate::ui::Loading;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn MenteesPage() -> impl IntoView {
    let state = use_state();
    let inbox = use_inbox();
    inbox.load();
    let mentees = Memo::new(move |_| inbox.mentees());
    view! {
        <section class="page mentees" aria-labelledby="mentees-title">
            <header class="page-header">
                <h1 id="mentees-title">{move || state.t(MentorScreensKey::MenteesTitle)}</h1>
                <p class="muted">{move || state.t(MentorScreensKey::MenteesIntro)}</p>
            </header>
            <Show when=move || inbox.loaded.get() fallback=move || view! { <Loading/> }>
                {move || inbox.error.get().map(|e| view! {
                    <p class="field-error" role="alert">{state.t(crate::ui::notices::store_error_key(&e))}</p>
                })}
                <Show when=move || !mentees.with(|m| m.is_empty())
                    fallback=move || view! {
                        <div class="card empty-state">
                            <h2>{move || state.t(MentorScreensKey::NoMenteesTitle)}</h2>
                            <p>{move || state.t(MentorScreensKey::NoMenteesBody)}</p>
                        </div>
                    }>
                    <ul class="mentee-list">
                        {move || mentees.get().into_iter().map(|m| view! { <MenteeCard mentee=m/> }).collect_view()}
                    </ul>
                </Show>
            </Show>
            <ImportCard for_mentees=true/>
            <p class="field-hint">{move || state.t(MentorScreensKey::InboxNotInBackup)}</p>
        </section>
    }
}

#[component]
fn MenteeCard(mentee: Mentee) -> impl IntoView {
    let state = use_state();
    let inbox = use_inbox();
    let latest = mentee.packages[0].clone();
    let older = mentee.packages.len() - 1;
    let confirming = RwSignal::new(false);
    let comments = {
        let ids: Vec<String> = mentee
            .packages
            .iter()
            .map(|p| p.package_id.clone())
            .collect();
        move || {
            state
                .comments()
                .iter()
                .filter(|(_, c, _)| ids.contains(&c.package))
                .count()
        }
    };
    let counts = crate::domain::share::count_by_kind(&latest.records);
    let mentee_id = mentee.mentee_id.clone();
    let remove = move |_| {
        let id = mentee_id.clone();
        leptos::task::spawn_local(async move {
            if let Err(e) = inbox.remove_mentee(&id).await {
                state.save.set(crate::state::SaveStatus::Failed(e));
            }
        });
    };
    let name = latest.display_name.clone();
    let title_id = format!("mentee-{}", latest.package_id);
    let labelled_by = title_id.clone();
    view! {
        <li class="card mentee-card" aria-labelledby=labelled_by>
            <h2 id=title_id>
                <A href=format!("/mentees/{}", latest.package_id)>{latest.display_name.clone()}</A>
            </h2>
            <p class="muted">{move || state.lang.get().shared_on(&latest.exported_at)}</p>
            <p>{move || {
                let lang = state.lang.get();
                counts.iter().map(|(k, n)| lang.kind_count(k, *n)).collect::<Vec<_>>().join(" · ")
            }}</p>
            <p class="muted">
                {move || state.lang.get().comments_count(comments())}
                {(older > 0).then(|| view! { " · "{move || state.lang.get().older_packages(older)} })}
            </p>
            <div class="actions">
                <Show when=move || confirming.get()
                    fallback=move || view! {
                        <button type="button" class="btn btn-secondary" on:click=move |_| confirming.set(true)>
                            {move || state.t(MentorScreensKey::RemoveMentee)}
                        </button>
                    }>
                    <p role="alert">{
                        let name = name.clone();
                        move || state.lang.get().remove_mentee_confirm(&name)
                    }</p>
                    <button type="button" class="btn btn-danger" on:click=remove.clone()>{move || state.t(MentorScreensKey::RemoveConfirm)}</button>
                    <button type="button" class="btn btn-secondary" on:click=move |_| confirming.set(false)>{move || state.t(Key::Cancel)}</button>
                </Show>
            </div>
        </li>
    }
}
