//! The in-memory backend: used when neither IndexedDB nor localStorage works, with a visible
//! warning that nothing will be kept; also the reference the other backends are tested against.

use super::{Backend, StoreError};
use crate::domain::record::Record;
use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};

#[derive(Default)]
pub struct MemoryBackend {
    records: RefCell<BTreeMap<String, Record>>,
    meta: RefCell<HashMap<String, String>>,
}

impl Backend for MemoryBackend {
    async fn load_all(&self) -> Result<Vec<Record>, StoreError> {
        Ok(self.records.borrow().values().cloned().collect())
    }

    async fn load_kind(&self, kind: &str) -> Result<Vec<Record>, StoreError> {
        Ok(self
            .records
            .borrow()
            .values()
            .filter(|r| r.kind == kind)
            .cloned()
            .collect())
    }

    async fn get(&self, id: &str) -> Result<Option<Record>, StoreError> {
        Ok(self.records.borrow().get(id).cloned())
    }

    async fn put_batch(&self, records: &[Record]) -> Result<Vec<Record>, StoreError> {
        let mut map = self.records.borrow_mut();
        let mut written = Vec::new();
        for r in records {
            if map.get(&r.id).is_none_or(|old| r.newer_than(old)) {
                map.insert(r.id.clone(), r.clone());
                written.push(r.clone());
            }
        }
        Ok(written)
    }

    async fn replace_batch(
        &self,
        records: &[Record],
        remove_ids: &[String],
    ) -> Result<(), StoreError> {
        let mut map = self.records.borrow_mut();
        for id in remove_ids {
            map.remove(id);
        }
        for r in records {
            map.insert(r.id.clone(), r.clone());
        }
        Ok(())
    }

    async fn get_meta(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self.meta.borrow().get(key).cloned())
    }

    async fn set_meta(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.meta
            .borrow_mut()
            .insert(key.to_string(), value.to_string());
        Ok(())
    }

    async fn clear(&self) -> Result<(), StoreError> {
        self.records.borrow_mut().clear();
        self.meta.borrow_mut().clear();
        Ok(())
    }
}
