//! What the autosaving editors (journal entry, goal) share: the autosave delay and its
//! debounce, per-field error messages shown once the user has typed, and the save indicator.

use crate::i18n::{Key, Lang};
use crate::state::{AppState, SaveStatus};
use leptos::prelude::*;
use std::time::Duration;

/// Quiet time after the last keystroke before the database write.
pub const AUTOSAVE_DELAY: Duration = Duration::from_millis(350);

/// Runs the latest scheduled action once no newer one has been scheduled for `delay`.
#[derive(Clone, Copy)]
pub struct Debounce {
    // Each schedule bumps the generation; a pending action only runs if it is still current.
    generation: StoredValue<u64>,
}

impl Debounce {
    pub fn new() -> Self {
        Debounce {
            generation: StoredValue::new(0),
        }
    }

    pub fn schedule(&self, delay: Duration, action: impl FnOnce() + 'static) {
        let g = self.generation.get_value() + 1;
        self.generation.set_value(g);
        let generation = self.generation;
        set_timeout(
            move || {
                if generation.try_get_value() == Some(g) {
                    action();
                }
            },
            delay,
        );
    }
}

impl Default for Debounce {
    fn default() -> Self {
        Self::new()
    }
}

/// Runs `save` when the user leaves: the page is hidden or closed (a reload or a switch to
/// another app on a phone, where a pending debounce would never fire) or the view goes away.
pub fn save_on_leave(save: impl Fn() + Clone + Send + Sync + 'static) {
    let (on_hide, on_vis) = (save.clone(), save.clone());
    let hide = window_event_listener(leptos::ev::pagehide, move |_| on_hide());
    let vis = window_event_listener(leptos::ev::visibilitychange, move |_| on_vis());
    on_cleanup(move || {
        hide.remove();
        vis.remove();
        save();
    });
}

/// A form's validation state: the domain errors, whether the date field could not be read, and
/// whether the user has typed yet (errors are not shown on a form nobody touched).
pub struct FieldErrors<E: Send + Sync + 'static> {
    pub errors: RwSignal<Vec<E>>,
    pub date_invalid: RwSignal<bool>,
    pub touched: RwSignal<bool>,
    /// The form field an unreadable date belongs to.
    date_field: &'static str,
    field_of: fn(&E) -> &'static str,
    key_of: fn(&E) -> Key,
}

impl<E: Send + Sync + 'static> Clone for FieldErrors<E> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<E: Send + Sync + 'static> Copy for FieldErrors<E> {}

impl<E: Send + Sync + 'static> FieldErrors<E> {
    pub fn new(
        touched: bool,
        date_field: &'static str,
        field_of: fn(&E) -> &'static str,
        key_of: fn(&E) -> Key,
    ) -> Self {
        FieldErrors {
            errors: RwSignal::new(Vec::new()),
            date_invalid: RwSignal::new(false),
            touched: RwSignal::new(touched),
            date_field,
            field_of,
            key_of,
        }
    }

    pub fn set(&self, errors: Vec<E>, date_invalid: bool) {
        self.date_invalid.set(date_invalid);
        self.errors.set(errors);
    }

    /// The messages for one field, as one string (reactive).
    pub fn message(&self, lang: Lang, field: &'static str) -> Option<String> {
        if !self.touched.get() {
            return None;
        }
        let mut keys: Vec<Key> = self.errors.with(|es| {
            es.iter()
                .filter(|e| (self.field_of)(e) == field)
                .map(self.key_of)
                .collect()
        });
        if field == self.date_field && self.date_invalid.get() {
            keys.push(Key::ErrDateInvalid);
        }
        super::messages(lang, &keys)
    }

    /// Whether a touched form has anything that stops it from being saved (reactive).
    pub fn blocking(&self) -> bool {
        self.touched.get() && (!self.errors.with(|e| e.is_empty()) || self.date_invalid.get())
    }
}

/// "Saving…" / "Saved", or that the edit is only kept locally while the form has errors.
#[component]
pub fn SaveIndicator(state: AppState, dirty_errors: Signal<bool>) -> impl IntoView {
    let text = move || {
        if dirty_errors.get() {
            return Some(state.t(Key::SavedLocallyOnly));
        }
        match state.save.get() {
            SaveStatus::Saving => Some(state.t(Key::Saving)),
            SaveStatus::Saved => Some(state.t(Key::Saved)),
            _ => None,
        }
    };
    view! { <span class="save-indicator" role="status" aria-live="polite">{text}</span> }
}
