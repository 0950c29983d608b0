//! Encryption of exports with WebCrypto: the `jejak-encrypted` wrapper of DESIGN.md §6
//! (the format itself is `domain::sealed`).
//!
//! - Key: PBKDF2-HMAC-SHA256 over the passphrase (Unicode NFC, then UTF-8), a random 16-byte
//!   salt and 600,000 iterations, giving a 256-bit AES-GCM key that cannot be exported.
//! - Cipher: AES-256-GCM with a random 12-byte IV, no additional data, 128-bit tag. WebCrypto
//!   returns the ciphertext with the 16-byte tag appended, and that is what the file stores:
//!   other tools (Python's `AESGCM.decrypt`, too) expect exactly that layout.
//!
//! The passphrase only lives in the caller's memory for the call: it is never stored, logged
//! or put in the file. The passphrase is NFC-normalised so that "é" typed as one character on
//! one device and as "e" + accent on another gives the same key.
//!
//! Uses the global scope's `crypto` (window, worker or Node), so it runs wherever WebCrypto
//! does. `crypto.subtle` only exists in secure contexts (https, localhost, file installs):
//! elsewhere every call returns [`CryptoError::Unavailable`].

use crate::domain::sealed::{Sealed, SealedError, IV_LEN, KEY_BITS, PBKDF2_ITERATIONS, SALT_LEN};
use js_sys::{Array, Reflect, Uint8Array};
use std::fmt;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The header of the encrypted file: copied from the export being wrapped.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SealMeta {
    pub app_version: String,
    /// RFC 3339 UTC.
    pub exported_at: String,
    pub device: String,
    /// The wrapped file's `format`, e.g. `jejak-backup`.
    pub inner_format: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CryptoError {
    /// No WebCrypto here: the page is not a secure context (plain http on another host), or the
    /// browser is too old.
    Unavailable,
    /// Decryption failed its authentication check. AES-GCM cannot tell a wrong passphrase from a
    /// changed or damaged file, so the message must name both.
    WrongPassphraseOrDamaged,
    /// The wrapper itself is unusable (see [`SealedError`]); `parse_sealed` reports this first.
    Invalid(SealedError),
    /// Anything else the browser reported (should not happen).
    Failed(String),
}

impl fmt::Display for CryptoError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CryptoError::Unavailable => write!(
                f,
                "encryption is not available here: open Jejak over https (or localhost)"
            ),
            CryptoError::WrongPassphraseOrDamaged => write!(
                f,
                "wrong passphrase, or the file was changed or damaged (the two cannot be told \
                 apart); check the passphrase and try again"
            ),
            CryptoError::Invalid(e) => write!(f, "not a usable encrypted file: {e}"),
            CryptoError::Failed(m) => write!(f, "encryption error: {m}"),
        }
    }
}

impl std::error::Error for CryptoError {}

fn failed(e: JsValue) -> CryptoError {
    let name = Reflect::get(&e, &JsValue::from_str("name"))
        .ok()
        .and_then(|v| v.as_string());
    let message = Reflect::get(&e, &JsValue::from_str("message"))
        .ok()
        .and_then(|v| v.as_string());
    CryptoError::Failed(match (name, message) {
        (Some(n), Some(m)) => format!("{n}: {m}"),
        _ => format!("{e:?}"),
    })
}

fn crypto() -> Result<(web_sys::Crypto, web_sys::SubtleCrypto), CryptoError> {
    let get = |obj: &JsValue, key: &str| -> Option<JsValue> {
        let v = Reflect::get(obj, &JsValue::from_str(key)).ok()?;
        (!v.is_undefined() && !v.is_null()).then_some(v)
    };
    let crypto = get(&js_sys::global(), "crypto").ok_or(CryptoError::Unavailable)?;
    let subtle = get(&crypto, "subtle").ok_or(CryptoError::Unavailable)?;
    Ok((crypto.unchecked_into(), subtle.unchecked_into()))
}

/// Whether [`seal`] and [`open`] can work here (the UI hides the passphrase option otherwise).
pub fn available() -> bool {
    crypto().is_ok()
}

/// The passphrase as the key derivation sees it: Unicode NFC, then UTF-8.
fn passphrase_bytes(passphrase: &str) -> Vec<u8> {
    let nfc = js_sys::JsString::from(passphrase).normalize("NFC");
    String::from(nfc).into_bytes()
}

async fn derive_key(
    subtle: &web_sys::SubtleCrypto,
    passphrase: &str,
    salt: &[u8],
    iterations: u32,
) -> Result<web_sys::CryptoKey, JsValue> {
    let raw = Uint8Array::from(passphrase_bytes(passphrase).as_slice());
    let base = subtle.import_key_with_str(
        "raw",
        &raw,
        "PBKDF2",
        false,
        &Array::of1(&JsValue::from_str("deriveKey")),
    )?;
    let base: web_sys::CryptoKey = JsFuture::from(base).await?.unchecked_into();
    let params = web_sys::Pbkdf2Params::new_with_str(
        "PBKDF2",
        "SHA-256",
        iterations,
        &Uint8Array::from(salt),
    );
    let aes = web_sys::AesDerivedKeyParams::new("AES-GCM", KEY_BITS);
    let key = subtle.derive_key_with_object_and_object(
        &params,
        &base,
        &aes,
        false,
        &Array::of2(&JsValue::from_str("encrypt"), &JsValue::from_str("decrypt")),
    )?;
    Ok(JsFuture::from(key).await?.unchecked_into())
}

/// Encrypts `plaintext` (the UTF-8 JSON of the export named in `meta.inner_format`) with a key
/// from `passphrase`, under a fresh random salt and IV, and returns the text of the
/// `jejak-encrypted` file.
pub async fn seal(
    plaintext: &[u8],
    passphrase: &str,
    meta: SealMeta,
) -> Result<String, CryptoError> {
    let (crypto, subtle) = crypto()?;
    let mut salt = [0u8; SALT_LEN];
    let mut iv = [0u8; IV_LEN];
    crypto
        .get_random_values_with_u8_array(&mut salt)
        .map_err(failed)?;
    crypto
        .get_random_values_with_u8_array(&mut iv)
        .map_err(failed)?;
    let key = derive_key(&subtle, passphrase, &salt, PBKDF2_ITERATIONS)
        .await
        .map_err(failed)?;
    let params = web_sys::AesGcmParams::new_with_u8_array("AES-GCM", &Uint8Array::from(&iv[..]));
    let promise = subtle
        .encrypt_with_object_and_js_u8_array(&params, &key, &Uint8Array::from(plaintext))
        .map_err(failed)?;
    let encrypted = JsFuture::from(promise).await.map_err(failed)?;
    let sealed = Sealed::new(
        &meta.app_version,
        &meta.exported_at,
        &meta.device,
        &meta.inner_format,
        salt.to_vec(),
        iv.to_vec(),
        Uint8Array::new(&encrypted).to_vec(),
    );
    Ok(sealed.to_json())
}

/// Decrypts a parsed encrypted file (see `domain::sealed::parse_sealed`) and returns the
/// wrapped file's bytes. A wrong passphrase and a tampered or damaged file both give
/// [`CryptoError::WrongPassphraseOrDamaged`]. Uses the file's own iteration count (already
/// bounded by `parse_sealed`).
pub async fn open(sealed: &Sealed, passphrase: &str) -> Result<Vec<u8>, CryptoError> {
    sealed.check().map_err(CryptoError::Invalid)?;
    let (_, subtle) = crypto()?;
    let key = derive_key(&subtle, passphrase, &sealed.kdf.salt, sealed.kdf.iterations)
        .await
        .map_err(failed)?;
    let params = web_sys::AesGcmParams::new_with_u8_array(
        "AES-GCM",
        &Uint8Array::from(sealed.cipher.iv.as_slice()),
    );
    let promise = subtle
        .decrypt_with_object_and_js_u8_array(
            &params,
            &key,
            &Uint8Array::from(sealed.ciphertext.as_slice()),
        )
        .map_err(failed)?;
    match JsFuture::from(promise).await {
        Ok(plain) => Ok(Uint8Array::new(&plain).to_vec()),
        Err(e) => {
            let name = Reflect::get(&e, &JsValue::from_str("name"))
                .ok()
                .and_then(|v| v.as_string());
            // The authentication failure is an `OperationError` DOMException.
            if name.as_deref() == Some("OperationError") {
                Err(CryptoError::WrongPassphraseOrDamaged)
            } else {
                Err(failed(e))
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Sync: one key derived once, then many small records encrypted and decrypted under it.

/// `n` random bytes from the browser's CSPRNG.
pub fn random(n: usize) -> Result<Vec<u8>, CryptoError> {
    let (crypto, _) = crypto()?;
    let mut out = vec![0u8; n];
    crypto
        .get_random_values_with_u8_array(&mut out)
        .map_err(failed)?;
    Ok(out)
}

/// The sync key: PBKDF2-HMAC-SHA256 of the passphrase (NFC, UTF-8) over the key document's
/// salt, as a non-extractable AES-256-GCM key (it can be stored in IndexedDB and used, but
/// never read out as bytes).
pub async fn derive_sync_key(
    passphrase: &str,
    salt: &[u8],
    iterations: u32,
) -> Result<web_sys::CryptoKey, CryptoError> {
    let (_, subtle) = crypto()?;
    derive_key(&subtle, passphrase, salt, iterations)
        .await
        .map_err(failed)
}

/// Encrypts each plaintext under `key` with a fresh random IV. Every encryption is started
/// before the first is awaited, so the browser runs them side by side.
pub async fn encrypt_many(
    key: &web_sys::CryptoKey,
    plaintexts: Vec<Vec<u8>>,
) -> Result<Vec<(Vec<u8>, Vec<u8>)>, CryptoError> {
    let (crypto, subtle) = crypto()?;
    let mut pending = Vec::with_capacity(plaintexts.len());
    for plain in plaintexts {
        let mut iv = [0u8; IV_LEN];
        crypto
            .get_random_values_with_u8_array(&mut iv)
            .map_err(failed)?;
        let params =
            web_sys::AesGcmParams::new_with_u8_array("AES-GCM", &Uint8Array::from(&iv[..]));
        let promise = subtle
            .encrypt_with_object_and_js_u8_array(&params, key, &Uint8Array::from(&plain[..]))
            .map_err(failed)?;
        pending.push((iv.to_vec(), JsFuture::from(promise)));
    }
    let mut out = Vec::with_capacity(pending.len());
    for (iv, promise) in pending {
        let ct = promise.await.map_err(failed)?;
        out.push((iv, Uint8Array::new(&ct).to_vec()));
    }
    Ok(out)
}

/// Decrypts each (IV, ciphertext) under `key`; `None` where the authentication check fails
/// (another key, or damaged).
pub async fn decrypt_many(
    key: &web_sys::CryptoKey,
    boxes: Vec<(Vec<u8>, Vec<u8>)>,
) -> Vec<Option<Vec<u8>>> {
    let Ok((_, subtle)) = crypto() else {
        return vec![None; boxes.len()];
    };
    let pending: Vec<Option<JsFuture>> = boxes
        .iter()
        .map(|(iv, ct)| {
            let params =
                web_sys::AesGcmParams::new_with_u8_array("AES-GCM", &Uint8Array::from(&iv[..]));
            subtle
                .decrypt_with_object_and_js_u8_array(&params, key, &Uint8Array::from(&ct[..]))
                .ok()
                .map(JsFuture::from)
        })
        .collect();
    let mut out = Vec::with_capacity(pending.len());
    for p in pending {
        out.push(match p {
            Some(p) => p.await.ok().map(|v| Uint8Array::new(&v).to_vec()),
            None => None,
        });
    }
    out
}
