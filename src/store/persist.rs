//! Persistent storage: asking the browser not to evict our data, and reading usage and quota
//! (`navigator.storage`). Every answer is optional because browsers differ in what they offer.

use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

fn manager() -> Option<web_sys::StorageManager> {
    let nav = web_sys::window()?.navigator();
    // Older browsers have no `navigator.storage`; web-sys would hand back undefined.
    let storage = js_sys::Reflect::get(&nav, &JsValue::from_str("storage")).ok()?;
    if storage.is_undefined() || storage.is_null() {
        return None;
    }
    Some(nav.storage())
}

async fn bool_promise(p: Result<js_sys::Promise, JsValue>) -> Option<bool> {
    JsFuture::from(p.ok()?).await.ok()?.as_bool()
}

/// Whether storage is already persistent.
pub async fn persisted() -> Option<bool> {
    bool_promise(manager()?.persisted()).await
}

/// Asks for persistent storage; the browser may grant it silently or refuse.
pub async fn request() -> Option<bool> {
    bool_promise(manager()?.persist()).await
}

/// Bytes used and available to this site.
pub async fn estimate() -> Option<(f64, f64)> {
    let v = JsFuture::from(manager()?.estimate().ok()?).await.ok()?;
    let get = |k: &str| {
        js_sys::Reflect::get(&v, &JsValue::from_str(k))
            .ok()?
            .as_f64()
    };
    Some((get("usage")?, get("quota")?))
}
