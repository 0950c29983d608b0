//! State side of files: building a backup from what is loaded, remembering when the last backup
//! and sync happened, and undoing the last import (applying one is `importing`).

use super::{backend, boot, post_to_tabs, AppState};
use crate::browser;
use crate::domain::files::write_backup;
use crate::domain::import::UndoSnapshot;
use crate::domain::record::Record;
use crate::store::tabs::TabMessage;
use crate::store::{Backend, StoreError};
use leptos::prelude::*;

pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");
pub const META_LAST_BACKUP: &str = "last_backup";
/// The last time this device exchanged data with another (backup made or backup imported):
/// changes on both sides after it are conflicts.
pub const META_LAST_SYNC: &str = "last_sync";
pub const META_IMPORT_UNDO: &str = "import_undo";
/// `last_sync` as it was before the last import, so undo puts conflicts back as they were.
pub const META_IMPORT_UNDO_SYNC: &str = "import_undo_last_sync";

fn not_ready() -> StoreError {
    StoreError::Unavailable("store not ready".into())
}

impl AppState {
    /// Every record, tombstones included, as a backup needs them.
    pub fn all_records(&self) -> Vec<Record> {
        self.records
            .with_untracked(|m| m.values().cloned().collect())
    }

    /// The name written into exported files: the device name the user chose, else its id.
    pub fn device_label(&self) -> String {
        let name = self.device_name.get_untracked();
        if name.trim().is_empty() {
            super::device_id()
        } else {
            name
        }
    }

    pub fn backup_json(&self) -> String {
        write_backup(
            &self.all_records(),
            APP_VERSION,
            browser::now_millis(),
            &self.device_label(),
        )
    }

    /// Records that a backup was made now (for "days since the last backup" and as the point
    /// after which both sides' changes count as conflicts).
    pub async fn mark_backup_done(&self) -> Result<(), StoreError> {
        let backend = backend().ok_or_else(not_ready)?;
        let now = browser::now_millis();
        backend.set_meta(META_LAST_BACKUP, &now.to_string()).await?;
        backend.set_meta(META_LAST_SYNC, &now.to_string()).await?;
        self.last_backup.set(Some(now));
        Ok(())
    }

    pub async fn last_sync(&self) -> Option<i64> {
        backend()?
            .get_meta(META_LAST_SYNC)
            .await
            .ok()
            .flatten()?
            .parse()
            .ok()
    }

    pub async fn check_undo_available(&self) {
        // On a screen opened by a reload the store is not open yet; asked now, the answer
        // would be "nothing to undo".
        self.until_loaded().await;
        let has = match backend() {
            Some(b) => b
                .get_meta(META_IMPORT_UNDO)
                .await
                .ok()
                .flatten()
                .is_some_and(|s| !s.is_empty()),
            None => false,
        };
        self.can_undo_import.set(has);
    }

    /// Puts back exactly what the last import replaced.
    pub async fn undo_import(&self) -> Result<(), StoreError> {
        let backend = backend().ok_or_else(not_ready)?;
        let Some(json) = backend.get_meta(META_IMPORT_UNDO).await? else {
            return Ok(());
        };
        let snapshot: UndoSnapshot =
            serde_json::from_str(&json).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        backend
            .replace_batch(&snapshot.previous, &snapshot.absent)
            .await?;
        let previous_sync = backend
            .get_meta(META_IMPORT_UNDO_SYNC)
            .await?
            .unwrap_or_default();
        backend.set_meta(META_LAST_SYNC, &previous_sync).await?;
        backend.set_meta(META_IMPORT_UNDO, "").await?;
        boot::reload(*self).await;
        post_to_tabs(&TabMessage::Reload);
        self.can_undo_import.set(false);
        super::sync::nudge();
        Ok(())
    }
}
