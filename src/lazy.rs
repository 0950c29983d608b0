//! Screens that load on demand. Every screen but Today lives in a WebAssembly chunk of its own
//! group (the journal list and editor together, the three competency screens together, …), so a
//! first visit downloads only the shell, the store and Today; the build's split step
//! (`scripts/split.mjs`) cuts the chunks out of the linked module, and the service worker
//! precaches them after the first screen is painted.
//!
//! A screen group is declared with [`lazy_screen!`]: a route type for `Lazy::<T>::new()` whose
//! view is a split function named after the group. Screens given the same group name land in
//! the same chunk. A chunk that cannot be fetched (offline before the service worker had it, a
//! dropped connection) does not take the app down: the screen says so and offers to try again.

use crate::i18n::Key;
use crate::state::use_state;
use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;
use std::future::Future;
use std::pin::Pin;

/// A screen's chunk could not be fetched or instantiated.
#[derive(Debug, Clone, Copy)]
pub struct ChunkMissing;

impl From<SplitLoaderError> for ChunkMissing {
    fn from(_: SplitLoaderError) -> Self {
        ChunkMissing
    }
}

/// What a split view function returns: the screen, or why it could not be loaded.
pub type Loaded = Result<AnyView, ChunkMissing>;

/// Starts loading a screen's chunk (again).
pub type LoadScreen = fn() -> Pin<Box<dyn Future<Output = Loaded>>>;

/// Awaits a screen's chunk; on failure shows a notice whose button tries again in place.
pub async fn show(load: LoadScreen) -> AnyView {
    match load().await {
        Ok(view) => view,
        Err(ChunkMissing) => view! { <ChunkFailed load/> }.into_any(),
    }
}

#[component]
fn ChunkFailed(load: LoadScreen) -> impl IntoView {
    let state = use_state();
    let screen = RwSignal::new_local(None::<AnyView>);
    let trying = RwSignal::new(false);
    // The screen is built after an await, from a click: it needs this component's owner to find
    // the app's context (the router's first try had the route's owner; a click has none).
    let owner = Owner::current();
    let retry = move |_| {
        trying.set(true);
        let attempt = async move {
            if let Ok(view) = load().await {
                screen.set(Some(view));
            }
            trying.set(false);
        };
        match &owner {
            Some(owner) => {
                owner.with(|| leptos::task::spawn_local_scoped_with_cancellation(attempt))
            }
            None => leptos::task::spawn_local(attempt),
        }
    };
    move || {
        screen.track();
        let loaded = screen.write_untracked().take();
        match loaded {
        Some(view) => view,
        None => view! {
            <section class="page" aria-labelledby="chunk-failed-title">
                <h1 id="chunk-failed-title">{move || state.t(Key::ScreenNotLoadedTitle)}</h1>
                <p role="alert">{move || state.t(Key::ScreenNotLoadedBody)}</p>
                <button type="button" class="btn btn-primary" on:click=retry.clone()
                    disabled=move || trying.get()>
                    {move || state.t(if trying.get() { Key::ScreenLoading } else { Key::TryAgain })}
                </button>
            </section>
        }
        .into_any(),
        }
    }
}

/// Declares screens that load with their group's chunk:
/// `lazy_screen!(group_fn => Route1: Page1, Route2: Page2)`. `group_fn` names the chunk (the
/// split tool groups functions by it); each route gets its own split function so the router can
/// ask for one screen, and all of them travel in the group's chunk.
macro_rules! lazy_screen {
    ($group:ident => $($route:ident : $render:ident => $page:path),+ $(,)?) => {
        $(
            pub struct $route;

            #[leptos::wasm_split::wasm_split($group, wasm_split_path = ::leptos::wasm_split, fallible)]
            fn $render() -> $crate::lazy::Loaded {
                Ok(::leptos::prelude::IntoAny::into_any($page()))
            }

            impl ::leptos_router::LazyRoute for $route {
                fn data() -> Self {
                    $route
                }

                async fn view(_this: Self) -> ::leptos::prelude::AnyView {
                    $crate::lazy::show(|| Box::pin($render())).await
                }
            }
        )+
    };
}
pub(crate) use lazy_screen;
