//! Files in and out of the browser: saving a text file (download, or the share sheet on phones
//! where a download cannot be kept) and reading a picked or dropped file with a size check
//! before any byte is read.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

#[derive(Debug, Clone, PartialEq)]
pub enum SaveError {
    /// The browser refused to create the file (very old browser, or blocked downloads).
    Failed(String),
}

fn blob_of(text: &str, mime: &str) -> Result<web_sys::Blob, JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts)
}

/// Saves `text` as a normal browser download named `name`.
pub fn download(name: &str, mime: &str, text: &str) -> Result<(), SaveError> {
    let fail = |e: JsValue| SaveError::Failed(format!("{e:?}"));
    let window = web_sys::window().ok_or_else(|| SaveError::Failed("no window".into()))?;
    let document = window
        .document()
        .ok_or_else(|| SaveError::Failed("no document".into()))?;
    let blob = blob_of(text, mime).map_err(fail)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let a: web_sys::HtmlAnchorElement =
        document.create_element("a").map_err(fail)?.unchecked_into();
    a.set_href(&url);
    a.set_download(name);
    a.set_hidden(true);
    if let Some(body) = document.body() {
        let _ = body.append_child(&a);
    }
    a.click();
    a.remove();
    // Revoking at once can cancel the download in some browsers; a minute later is safe.
    let url_later = url.clone();
    leptos::prelude::set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url_later);
        },
        std::time::Duration::from_secs(60),
    );
    Ok(())
}

/// True where the share sheet can take files (mobile Safari and Chrome on Android): there it is
/// the only way to keep a backup somewhere the user chooses.
pub fn can_share_files() -> bool {
    let Some(nav) = web_sys::window().map(|w| w.navigator()) else {
        return false;
    };
    let has = |name: &str| {
        js_sys::Reflect::get(&nav, &JsValue::from_str(name))
            .map(|v| v.is_function())
            .unwrap_or(false)
    };
    if !has("share") || !has("canShare") {
        return false;
    }
    let Ok(file) = probe_file() else { return false };
    let data = web_sys::ShareData::new();
    data.set_files(&js_sys::Array::of1(&file));
    nav.can_share_with_data(&data)
}

fn probe_file() -> Result<web_sys::File, JsValue> {
    let opts = web_sys::FilePropertyBag::new();
    opts.set_type("application/json");
    web_sys::File::new_with_str_sequence_and_options(
        &js_sys::Array::of1(&JsValue::from_str("{}")),
        "probe.json",
        &opts,
    )
}

/// Hands the file to the share sheet. Cancelling the sheet is not an error.
pub async fn share(name: &str, mime: &str, text: &str) -> Result<bool, SaveError> {
    let fail = |e: JsValue| SaveError::Failed(format!("{e:?}"));
    let nav = web_sys::window()
        .ok_or_else(|| SaveError::Failed("no window".into()))?
        .navigator();
    let opts = web_sys::FilePropertyBag::new();
    opts.set_type(mime);
    let file = web_sys::File::new_with_str_sequence_and_options(
        &js_sys::Array::of1(&JsValue::from_str(text)),
        name,
        &opts,
    )
    .map_err(fail)?;
    let data = web_sys::ShareData::new();
    data.set_files(&js_sys::Array::of1(&file));
    data.set_title(name);
    match JsFuture::from(nav.share_with_data(&data)).await {
        Ok(_) => Ok(true),
        Err(e) => {
            let name = e
                .dyn_ref::<web_sys::DomException>()
                .map(|d| d.name())
                .unwrap_or_default();
            if name == "AbortError" {
                Ok(false)
            } else {
                Err(fail(e))
            }
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum ReadError {
    TooLarge { bytes: f64, limit: usize },
    Failed(String),
}

/// Reads a picked or dropped file, refusing it by its size before reading anything, so a huge
/// file cannot freeze the page.
pub async fn read(file: &web_sys::File, limit: usize) -> Result<Vec<u8>, ReadError> {
    let size = file.size();
    if size > limit as f64 {
        return Err(ReadError::TooLarge { bytes: size, limit });
    }
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|e| ReadError::Failed(format!("{e:?}")))?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Reads `start..end` of a file into the end of `into` (a large file is read a part at a time,
/// so the page can show how far it got and look at each part as it arrives).
pub async fn read_part(
    file: &web_sys::File,
    start: usize,
    end: usize,
    into: &mut Vec<u8>,
) -> Result<(), ReadError> {
    let part = file
        .slice_with_f64_and_f64(start as f64, end as f64)
        .map_err(|e| ReadError::Failed(format!("{e:?}")))?;
    let buffer = JsFuture::from(part.array_buffer())
        .await
        .map_err(|e| ReadError::Failed(format!("{e:?}")))?;
    let array = js_sys::Uint8Array::new(&buffer);
    let from = into.len();
    into.resize(from + array.length() as usize, 0);
    array.copy_to(&mut into[from..]);
    Ok(())
}
