//! Tab sync: records written in one tab are posted on a BroadcastChannel so other open tabs
//! apply them (last-writer-wins) within a moment, without re-reading the database.

use crate::domain::record::Record;
use wasm_bindgen::prelude::*;
use web_sys::{BroadcastChannel, MessageEvent};

const CHANNEL: &str = "jejak-records";

pub struct TabChannel {
    channel: BroadcastChannel,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
}

impl TabChannel {
    /// Listens for other tabs' writes. Returns None where BroadcastChannel is missing (very old
    /// browsers): the app still works, tabs just do not see each other live.
    pub fn open(on_records: impl Fn(Vec<Record>) + 'static) -> Option<TabChannel> {
        let channel = BroadcastChannel::new(CHANNEL).ok()?;
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |ev: MessageEvent| {
            if let Some(text) = ev.data().as_string() {
                if let Ok(records) = serde_json::from_str::<Vec<Record>>(&text) {
                    on_records(records);
                }
            }
        });
        channel.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        Some(TabChannel {
            channel,
            _on_message: on_message,
        })
    }

    pub fn post(&self, records: &[Record]) {
        if let Ok(text) = serde_json::to_string(records) {
            let _ = self.channel.post_message(&JsValue::from_str(&text));
        }
    }
}
