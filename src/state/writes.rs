//! Write-through: every change is applied to the signals, broadcast to other tabs and queued for
//! the backend. The queue is flushed as one transaction per batch; on failure it is kept and
//! retried, so an edit is never silently dropped.

use super::{backend, tick, AppState};
use crate::browser::{self, prefs};
use crate::domain::entry::{validate, Entry, EntryError};
use crate::domain::record::{kinds, Change, Record};
use crate::domain::settings::{Settings, SETTINGS_ID};
use crate::i18n::Key;
use crate::store::tabs::TabMessage;
use crate::store::{persist, Backend, StoreError};
use leptos::prelude::*;
use std::cell::{Cell, RefCell};
use std::time::Duration;

#[derive(Debug, Clone, PartialEq)]
pub enum SaveStatus {
    Idle,
    Saving,
    Saved,
    /// The last write failed; `pending` changes are kept and retried.
    Failed(StoreError),
}

thread_local! {
    static PENDING: RefCell<Vec<Record>> = const { RefCell::new(Vec::new()) };
    static FLUSHING: Cell<bool> = const { Cell::new(false) };
    static RETRY_SCHEDULED: Cell<bool> = const { Cell::new(false) };
}

const RETRY_AFTER: Duration = Duration::from_secs(4);

/// The queue of unwritten changes is mirrored synchronously into localStorage (a small
/// write-ahead journal), because an IndexedDB write still in flight is lost when the tab closes
/// or reloads; start-up replays it. Large batches (imports, which the user waits for) are not
/// mirrored: they would not fit and are not at risk the same way.
const JOURNAL_KEY: &str = "jejak:pending";
const JOURNAL_MAX_BYTES: usize = 1_000_000;

fn save_journal() {
    let text = PENDING.with(|p| {
        let p = p.borrow();
        if p.is_empty() {
            None
        } else {
            serde_json::to_string(&*p).ok()
        }
    });
    match text {
        Some(t) if t.len() <= JOURNAL_MAX_BYTES => prefs::set(JOURNAL_KEY, &t),
        _ => prefs::remove(JOURNAL_KEY),
    }
}

/// Whether a write to the backend is queued or under way (background work steps aside).
pub(super) fn flushing() -> bool {
    FLUSHING.with(Cell::get)
}

pub fn pending_count() -> usize {
    PENDING.with(|p| p.borrow().len())
}

impl AppState {
    /// Applies changes locally, tells other tabs, and writes them through.
    pub fn commit(&self, changes: Vec<Change>) {
        let records: Vec<Record> = changes.into_iter().map(Change::into_record).collect();
        let applied = self.apply_records(records);
        if applied.is_empty() {
            return;
        }
        super::post_tab_update(&applied);
        PENDING.with(|p| {
            let mut p = p.borrow_mut();
            for r in applied {
                // A newer version of the same record replaces the queued one.
                p.retain(|q| q.id != r.id);
                p.push(r);
            }
        });
        save_journal();
        self.flush();
        super::sync::nudge();
    }

    /// Re-queues changes that a closed or reloaded tab had not yet written to the database.
    pub(super) fn replay_journal(&self) {
        let Some(text) = prefs::get(JOURNAL_KEY) else {
            return;
        };
        match serde_json::from_str::<Vec<Record>>(&text) {
            Ok(records) if !records.is_empty() => {
                // Records the database already has are not newer and drop out here.
                self.commit(records.into_iter().map(Change::Update).collect());
                save_journal();
            }
            _ => prefs::remove(JOURNAL_KEY),
        }
    }

    /// Writes the queue to the backend unless a write is already under way (it picks up
    /// whatever was queued meanwhile).
    pub fn flush(&self) {
        let Some(backend) = backend() else { return };
        if FLUSHING.with(|f| f.replace(true)) {
            return;
        }
        let state = *self;
        state.save.set(SaveStatus::Saving);
        leptos::task::spawn_local(async move {
            // The write starts once the screen has caught up with the change: opened now, the
            // transaction would wait for the re-rendering, layout and paint this change set
            // off (on a slow phone, tens of ms) before its first request could answer, and
            // hold the store that long. The queue is already mirrored to localStorage, so
            // nothing is at risk meanwhile.
            browser::after_next_paint().await;
            loop {
                let batch: Vec<Record> = PENDING.with(|p| p.borrow().clone());
                if batch.is_empty() {
                    break;
                }
                state.save.set(SaveStatus::Saving);
                match backend.put_batch(&batch).await {
                    Ok(_) => {
                        PENDING.with(|p| {
                            // Keep anything re-queued for the same id during the write.
                            p.borrow_mut()
                                .retain(|q| !batch.iter().any(|b| b.id == q.id && b.rev == q.rev))
                        });
                        save_journal();
                        for r in &batch {
                            crate::store::drafts::remove(&r.id);
                        }
                        state.save.set(SaveStatus::Saved);
                    }
                    Err(e) => {
                        state.show_error(&e);
                        state.schedule_retry();
                        break;
                    }
                }
            }
            FLUSHING.with(|f| f.set(false));
        });
    }

    fn schedule_retry(&self) {
        if RETRY_SCHEDULED.with(|r| r.replace(true)) {
            return;
        }
        let state = *self;
        set_timeout(
            move || {
                RETRY_SCHEDULED.with(|r| r.set(false));
                state.flush();
            },
            RETRY_AFTER,
        );
    }

    pub fn retry_now(&self) {
        self.flush();
    }

    /// Creates or updates an entry after validating it.
    pub fn save_entry(&self, id: &str, entry: Entry) -> Result<(), Vec<EntryError>> {
        let errors = validate(&entry);
        if !errors.is_empty() {
            return Err(errors);
        }
        self.save_view(kinds::ENTRY, id, &entry);
        self.drafts.update(|d| d.retain(|x| x.id != id));
        Ok(())
    }

    /// Creates or updates a record of `kind` from its typed view (already validated by the
    /// caller), keeping fields the view does not know. Does nothing when nothing changed.
    pub fn save_view<T: serde::Serialize + serde::de::DeserializeOwned + PartialEq>(
        &self,
        kind: &str,
        id: &str,
        view: &T,
    ) {
        let now = browser::now_millis();
        let existing = self.records.with_untracked(|m| m.get(id).cloned());
        let change = match existing {
            Some(mut rec) => {
                if !rec.deleted && super::view_of::<T>(&rec).as_ref() == Some(view) {
                    return;
                }
                rec.deleted = false;
                rec.rev = tick(now);
                if rec.set_view(view).is_err() {
                    return;
                }
                Change::Update(rec)
            }
            None => {
                let mut rec = Record::new(kind, id.to_string(), now, tick(now));
                if rec.set_view(view).is_err() {
                    return;
                }
                Change::Create(rec)
            }
        };
        self.commit(vec![change]);
    }

    /// Writes a record as given (for fields outside a typed view, e.g. a training follow-up).
    pub fn save_record(&self, mut rec: Record) {
        rec.rev = tick(browser::now_millis());
        self.commit(vec![Change::Update(rec)]);
    }

    /// Tombstones any record (goals and other kinds; entries use `delete_entry` for its undo).
    pub fn delete_record(&self, id: &str) {
        let Some(mut rec) = self.records.with_untracked(|m| m.get(id).cloned()) else {
            return;
        };
        rec.deleted = true;
        rec.rev = tick(browser::now_millis());
        self.commit(vec![Change::Delete(rec)]);
    }

    /// Deletes by tombstone, so the delete syncs, and offers undo.
    pub fn delete_entry(&self, id: &str) {
        let Some(mut rec) = self.records.with_untracked(|m| m.get(id).cloned()) else {
            // Only a draft: forget it.
            crate::store::drafts::remove(id);
            self.drafts.update(|d| d.retain(|x| x.id != id));
            return;
        };
        rec.deleted = true;
        rec.rev = tick(browser::now_millis());
        self.commit(vec![Change::Delete(rec)]);
        crate::store::drafts::remove(id);
        self.show_toast(Key::EntryDeleted, Some(id.to_string()));
    }

    pub fn restore_entry(&self, id: &str) {
        let Some(mut rec) = self.records.with_untracked(|m| m.get(id).cloned()) else {
            return;
        };
        rec.deleted = false;
        rec.rev = tick(browser::now_millis());
        self.commit(vec![Change::Update(rec)]);
        self.show_toast(Key::EntryRestored, None);
    }

    /// Changes the stored settings. The change waits for the store to load: before that
    /// `settings()` gives the defaults, and a settings record built on them (with a newer rev)
    /// would replace the stored name, mentee id and JP target for good. Nothing is written
    /// when the change leaves the settings as they are.
    pub fn update_settings(&self, change: impl FnOnce(&mut Settings) + 'static) {
        let state = *self;
        self.when_loaded(move || {
            let before = state.settings_untracked();
            let mut after = before.clone();
            change(&mut after);
            if after != before {
                state.save_settings(&after);
            }
        });
    }

    fn save_settings(&self, settings: &Settings) {
        let now = browser::now_millis();
        let mut rec = self
            .records
            .with_untracked(|m| m.get(SETTINGS_ID).cloned())
            .unwrap_or_else(|| {
                Record::new(kinds::SETTING, SETTINGS_ID.to_string(), now, tick(now))
            });
        rec.rev = tick(now);
        rec.deleted = false;
        // `language: None` must clear a stored choice, which `set_view` does by removing nulls.
        if rec.set_view(settings).is_ok() {
            if settings.language.is_none() {
                rec.fields.remove("language");
            }
            // Empty texts are not written (`skip_serializing_if`), so clearing one removes it.
            for (field, value) in [
                ("display_name", &settings.display_name),
                ("position", &settings.position),
                ("unit", &settings.unit),
            ] {
                if value.is_empty() {
                    rec.fields.remove(field);
                }
            }
            self.commit(vec![Change::Update(rec)]);
        }
    }

    pub fn set_device_name(&self, name: String) {
        self.device_name.set(name.clone());
        let state = *self;
        // Stored once the store is loaded: until then the store may not be open, and start-up
        // puts the stored name into the field over what was typed.
        self.when_loaded(move || {
            state.device_name.set(name.clone());
            if let Some(b) = backend() {
                leptos::task::spawn_local(async move {
                    if let Err(e) = b.set_meta("device_name", &name).await {
                        state.show_error(&e);
                    }
                });
            }
        });
    }

    /// Removes every record and setting from this device.
    pub async fn delete_all(&self) -> Result<(), StoreError> {
        let backend = backend().ok_or_else(|| StoreError::Unavailable("not ready".into()))?;
        PENDING.with(|p| p.borrow_mut().clear());
        save_journal();
        backend.clear().await?;
        for d in crate::store::drafts::all() {
            crate::store::drafts::remove(&d.id);
        }
        self.reset_records();
        self.drafts.set(Vec::new());
        self.last_backup.set(None);
        self.device_name.set(String::new());
        super::boot::forget_settings(*self);
        super::post_to_tabs(&TabMessage::Reload);
        // The device keeps its id so its future stamps stay unique.
        let device = super::CLOCK.with(|c| c.borrow().device().to_string());
        backend.set_meta("device", &device).await?;
        self.refresh_usage();
        Ok(())
    }

    pub fn request_persistence(&self) {
        let state = *self;
        leptos::task::spawn_local(async move {
            let granted = persist::request().await;
            let now = persist::persisted().await.or(granted);
            state.storage.update(|s| s.persisted = now);
        });
    }

    pub fn refresh_usage(&self) {
        let state = *self;
        leptos::task::spawn_local(async move {
            let usage = persist::estimate().await;
            state.storage.update(|s| s.usage = usage);
        });
    }
}
