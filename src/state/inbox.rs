//! The mentor loop's storage: the Mentees inbox (share packages from mentees, kept in a
//! database of their own so they never mix with the mentor's journal), comments, and merging a
//! feedback file's comments into the mentee's records.
//!
//! Packages are stored through the same `Backend` as the journal (IndexedDB, then
//! localStorage, then memory), one record per package under a separate database name. They are
//! not part of the mentor's backup: they are someone else's data, and the file they came in
//! can always be opened again.

use super::{backend, post_tab_update, tick, AppState};
use crate::browser;
use crate::domain::feedback::Comment;
use crate::domain::record::{kinds, Record};
use crate::domain::share::Package;
use crate::domain::sort::OneSort;
use crate::store::{AnyBackend, Backend, StoreError};
use leptos::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;

const INBOX_DB: &str = "jejak-mentees";
const PACKAGE_KIND: &str = "package";

thread_local! {
    static INBOX: RefCell<Option<Rc<AnyBackend>>> = const { RefCell::new(None) };
}

async fn inbox_backend() -> Rc<AnyBackend> {
    if let Some(b) = INBOX.with(|i| i.borrow().clone()) {
        return b;
    }
    let (b, _failures) = AnyBackend::open(INBOX_DB).await;
    let b = Rc::new(b);
    INBOX.with(|i| *i.borrow_mut() = Some(b.clone()));
    b
}

/// Every package received, newest export first. Loaded on first use of a Mentees screen.
#[derive(Clone, Copy)]
pub struct Inbox {
    pub packages: RwSignal<Vec<Package>>,
    pub loaded: RwSignal<bool>,
    pub error: RwSignal<Option<StoreError>>,
}

/// One mentee's packages, newest first: the first is the one under review, the rest history.
#[derive(Clone, Debug, PartialEq)]
pub struct Mentee {
    pub mentee_id: String,
    pub packages: Vec<Package>,
}

impl Inbox {
    pub fn provide() -> Inbox {
        let inbox = Inbox {
            packages: RwSignal::new(Vec::new()),
            loaded: RwSignal::new(false),
            error: RwSignal::new(None),
        };
        provide_context(inbox);
        inbox
    }

    /// Reads the inbox from storage (once; later calls reuse it).
    pub fn load(self) {
        if self.loaded.get_untracked() {
            return;
        }
        leptos::task::spawn_local(async move {
            match inbox_backend().await.load_all().await {
                Ok(records) => {
                    let mut packages: Vec<Package> = records
                        .into_iter()
                        .filter(|r| r.kind == PACKAGE_KIND && !r.deleted)
                        .filter_map(|r| r.view::<Package>().ok())
                        .collect();
                    sort_newest_first(&mut packages);
                    self.packages.set(packages);
                }
                Err(e) => self.error.set(Some(e)),
            }
            self.loaded.set(true);
        });
    }

    /// Stores a package. The same package opened twice is stored once.
    pub async fn add(self, package: Package) -> Result<(), StoreError> {
        let now = browser::now_millis();
        let mut rec = Record::new(PACKAGE_KIND, package.package_id.clone(), now, tick(now));
        rec.set_view(&package)
            .map_err(|e| StoreError::Other(e.to_string()))?;
        inbox_backend().await.put_batch(&[rec]).await?;
        self.packages.update(|list| {
            list.retain(|p| p.package_id != package.package_id);
            list.push(package);
            sort_newest_first(list);
        });
        Ok(())
    }

    /// Forgets every package of one mentee (the comments the mentor wrote stay in their data).
    pub async fn remove_mentee(self, mentee_id: &str) -> Result<(), StoreError> {
        let ids: Vec<String> = self.packages.with_untracked(|list| {
            list.iter()
                .filter(|p| p.mentee_id == mentee_id)
                .map(|p| p.package_id.clone())
                .collect()
        });
        inbox_backend().await.replace_batch(&[], &ids).await?;
        self.packages
            .update(|list| list.retain(|p| p.mentee_id != mentee_id));
        Ok(())
    }

    /// Mentees, the one with the most recent package first.
    pub fn mentees(self) -> Vec<Mentee> {
        self.packages.with(|list| {
            let mut out: Vec<Mentee> = Vec::new();
            for p in list {
                match out.iter_mut().find(|m| m.mentee_id == p.mentee_id) {
                    Some(m) => m.packages.push(p.clone()),
                    None => out.push(Mentee {
                        mentee_id: p.mentee_id.clone(),
                        packages: vec![p.clone()],
                    }),
                }
            }
            out
        })
    }

    pub fn package(self, package_id: &str) -> Option<Package> {
        self.packages
            .with(|list| list.iter().find(|p| p.package_id == package_id).cloned())
    }
}

fn sort_newest_first(list: &mut [Package]) {
    list.one_sort_by(|a, b| {
        b.exported_at
            .cmp(&a.exported_at)
            .then_with(|| a.package_id.cmp(&b.package_id))
    });
}

pub fn use_inbox() -> Inbox {
    expect_context::<Inbox>()
}

impl AppState {
    /// Live comments, each with its id and creation stamp.
    pub fn comments(&self) -> Vec<(String, Comment, String)> {
        self.records.with(|m| {
            m.values()
                .filter(|r| r.kind == kinds::COMMENT && !r.deleted)
                .filter_map(|r| {
                    r.view::<Comment>()
                        .ok()
                        .map(|c| (r.id.clone(), c, r.created.clone()))
                })
                .collect()
        })
    }

    /// Comments other people wrote on this person's shares: those naming their mentee id.
    pub fn received_comments(&self) -> Vec<(String, Comment, String)> {
        let Some(me) = self.settings().mentee_id else {
            return Vec::new();
        };
        let mut list: Vec<_> = self
            .comments()
            .into_iter()
            .filter(|(_, c, _)| c.mentee == me)
            .collect();
        list.one_sort_by(|a, b| b.2.cmp(&a.2).then_with(|| a.0.cmp(&b.0)));
        list
    }

    /// Writes records that already carry their final rev (a feedback file's comments) in one
    /// transaction, keeping whichever side is newer. Unlike a backup import this is not an
    /// exchange with another device, so the last-sync time and the undo snapshot stay as they are.
    pub async fn merge_in(&self, records: Vec<Record>) -> Result<usize, StoreError> {
        let backend = backend().ok_or_else(|| StoreError::Unavailable("not ready".into()))?;
        let written = backend.put_batch(&records).await?;
        let applied = self.apply_records(written);
        post_tab_update(&applied);
        Ok(applied.len())
    }
}
