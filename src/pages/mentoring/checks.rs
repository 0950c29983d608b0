//! Field errors for the mentoring forms: the domain's validation errors plus the fields whose
//! text could not be read at all (a half-typed date or time), shown beside each field once the
//! user has typed. The journal's `FieldErrors` speaks the main string table; this one speaks
//! [`MentoringKey`].

use crate::i18n::{Lang, MentoringKey};
use leptos::prelude::*;

pub(crate) struct Checks<E: Send + Sync + 'static> {
    pub errors: RwSignal<Vec<E>>,
    /// Fields whose text does not parse, with the message to show.
    pub unreadable: RwSignal<Vec<(&'static str, MentoringKey)>>,
    pub touched: RwSignal<bool>,
    field_of: fn(&E) -> &'static str,
    key_of: fn(&E) -> MentoringKey,
}

impl<E: Send + Sync + 'static> Clone for Checks<E> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<E: Send + Sync + 'static> Copy for Checks<E> {}

impl<E: Send + Sync + 'static> Checks<E> {
    pub fn new(field_of: fn(&E) -> &'static str, key_of: fn(&E) -> MentoringKey) -> Self {
        Checks {
            errors: RwSignal::new(Vec::new()),
            unreadable: RwSignal::new(Vec::new()),
            touched: RwSignal::new(false),
            field_of,
            key_of,
        }
    }

    pub fn set(&self, errors: Vec<E>, unreadable: Vec<(&'static str, MentoringKey)>) {
        self.unreadable.set(unreadable);
        self.errors.set(errors);
    }

    /// The messages for one field as one string (reactive); None when it is fine.
    pub fn message(&self, lang: Lang, field: &'static str) -> Option<String> {
        if !self.touched.get() {
            return None;
        }
        let mut keys: Vec<MentoringKey> = self.errors.with(|es| {
            es.iter()
                .filter(|e| (self.field_of)(e) == field)
                .map(self.key_of)
                .collect()
        });
        self.unreadable.with(|u| {
            keys.extend(u.iter().filter(|(f, _)| *f == field).map(|(_, k)| *k));
        });
        keys.dedup();
        (!keys.is_empty()).then(|| {
            keys.iter()
                .map(|k| lang.t(*k))
                .collect::<Vec<_>>()
                .join(" ")
        })
    }

    /// Whether a touched form has anything that stops it from being saved (reactive).
    pub fn blocking(&self) -> bool {
        self.touched.get()
            && (!self.errors.with(|e| e.is_empty()) || !self.unreadable.with(|u| u.is_empty()))
    }
}
