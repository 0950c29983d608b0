//! Tab sync: records written in one tab are posted on a BroadcastChannel so other open tabs
//! apply them (last-writer-wins) within a moment, without re-reading the database. Changes that
//! go back in time (undoing an import, deleting everything) cannot be merged that way, so they
//! ask the other tabs to reload from the store instead.

use crate::domain::record::Record;
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;
use web_sys::{BroadcastChannel, MessageEvent};

const CHANNEL: &str = "jejak-records";

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "type", content = "records", rename_all = "lowercase")]
pub enum TabMessage {
    Records(Vec<Record>),
    Reload,
}

pub struct TabChannel {
    channel: BroadcastChannel,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
}

impl TabChannel {
    /// Listens for other tabs' messages. Returns None where BroadcastChannel is missing (very
    /// old browsers): the app still works, tabs just do not see each other live.
    pub fn open(on_message: impl Fn(TabMessage) + 'static) -> Option<TabChannel> {
        let channel = BroadcastChannel::new(CHANNEL).ok()?;
        let closure = Closure::<dyn FnMut(MessageEvent)>::new(move |ev: MessageEvent| {
            if let Some(text) = ev.data().as_string() {
                if let Ok(msg) = serde_json::from_str::<TabMessage>(&text) {
                    on_message(msg);
                }
            }
        });
        channel.set_onmessage(Some(closure.as_ref().unchecked_ref()));
        Some(TabChannel {
            channel,
            _on_message: closure,
        })
    }

    pub fn post(&self, message: &TabMessage) {
        if let Ok(text) = serde_json::to_string(message) {
            let _ = self.channel.post_message(&JsValue::from_str(&text));
        }
    }
}
