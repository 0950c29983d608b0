//! Browser tests of encrypted exports (`transfer::crypto` with WebCrypto in headless Chromium):
//! round trip, wrong passphrase, tampered ciphertext and IV, fresh salt and IV per file, the
//! output's wrapper, and a known-answer test against a file made with Python's `cryptography`.
//! Each seal or open runs 600,000 PBKDF2 rounds (a fraction of a second in Chromium).
#![cfg(target_arch = "wasm32")]

use jejak::domain::sealed::{
    parse_sealed, Sealed, SealedError, IV_LEN, PBKDF2_ITERATIONS, SALT_LEN, TAG_LEN,
};
use jejak::transfer::crypto::{available, open, seal, CryptoError, SealMeta};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const PLAINTEXT: &str = "{\"format\":\"jejak-backup\",\"version\":1,\"records\":[{\"title\":\
                         \"Rapat koordinasi — Kafe Pak Éko ☕ 😊\"}]}";
const PASSPHRASE: &str = "kopi pagi di bandung";

fn meta() -> SealMeta {
    SealMeta {
        app_version: "0.1.0".into(),
        exported_at: "2026-11-25T10:00:00.000Z".into(),
        device: "test-device".into(),
        inner_format: "jejak-backup".into(),
    }
}

async fn sealed(plaintext: &str, passphrase: &str) -> Sealed {
    let text = seal(plaintext.as_bytes(), passphrase, meta())
        .await
        .expect("seal");
    parse_sealed(text.as_bytes()).expect("the app's output parses")
}

#[wasm_bindgen_test]
fn webcrypto_is_available_in_the_test_page() {
    assert!(available());
}

#[wasm_bindgen_test]
async fn round_trip_and_wrapper() {
    let text = seal(PLAINTEXT.as_bytes(), PASSPHRASE, meta())
        .await
        .expect("seal");
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["format"], "jejak-encrypted");
    assert_eq!(v["version"], 1);
    assert_eq!(v["inner_format"], "jejak-backup");
    assert_eq!(v["device"], "test-device");
    assert_eq!(v["kdf"]["iterations"], 600_000);
    assert_eq!(v["kdf"]["name"], "PBKDF2");
    assert_eq!(v["kdf"]["hash"], "SHA-256");
    assert_eq!(v["cipher"]["name"], "AES-GCM");
    assert!(
        !text.contains(PASSPHRASE) && !text.contains("Rapat"),
        "neither the passphrase nor the plaintext appears in the file"
    );

    let s = parse_sealed(text.as_bytes()).expect("parses");
    assert_eq!(s.kdf.iterations, PBKDF2_ITERATIONS);
    assert_eq!(s.kdf.salt.len(), SALT_LEN);
    assert_eq!(s.cipher.iv.len(), IV_LEN);
    assert_eq!(
        s.ciphertext.len(),
        PLAINTEXT.len() + TAG_LEN,
        "GCM: ciphertext is as long as the plaintext plus the 16-byte tag"
    );
    let plain = open(&s, PASSPHRASE).await.expect("open");
    assert_eq!(plain, PLAINTEXT.as_bytes());

    // Empty plaintext and a non-ASCII passphrase work too.
    let s = sealed("", "sandi rahasia ñ 🔑").await;
    assert_eq!(open(&s, "sandi rahasia ñ 🔑").await.unwrap(), b"");
}

#[wasm_bindgen_test]
async fn wrong_passphrase_is_refused() {
    let s = sealed(PLAINTEXT, PASSPHRASE).await;
    for wrong in ["kopi pagi di Bandung", "", "kopi pagi di bandung "] {
        assert_eq!(
            open(&s, wrong).await,
            Err(CryptoError::WrongPassphraseOrDamaged),
            "{wrong:?}"
        );
    }
}

#[wasm_bindgen_test]
async fn tampered_data_is_refused() {
    let s = sealed(PLAINTEXT, PASSPHRASE).await;

    let mut t = s.clone();
    t.ciphertext[3] ^= 0x01;
    assert_eq!(
        open(&t, PASSPHRASE).await,
        Err(CryptoError::WrongPassphraseOrDamaged),
        "flipped ciphertext bit"
    );

    let mut t = s.clone();
    let last = t.ciphertext.len() - 1;
    t.ciphertext[last] ^= 0x80;
    assert_eq!(
        open(&t, PASSPHRASE).await,
        Err(CryptoError::WrongPassphraseOrDamaged),
        "flipped tag bit"
    );

    let mut t = s.clone();
    t.cipher.iv[0] ^= 0x01;
    assert_eq!(
        open(&t, PASSPHRASE).await,
        Err(CryptoError::WrongPassphraseOrDamaged),
        "flipped IV bit"
    );

    let mut t = s.clone();
    t.kdf.salt[15] ^= 0x01;
    assert_eq!(
        open(&t, PASSPHRASE).await,
        Err(CryptoError::WrongPassphraseOrDamaged),
        "flipped salt bit"
    );

    let mut t = s.clone();
    t.ciphertext.truncate(t.ciphertext.len() - 1);
    assert_eq!(
        open(&t, PASSPHRASE).await,
        Err(CryptoError::WrongPassphraseOrDamaged),
        "truncated"
    );

    // A hand-built wrapper with a bad IV length is refused before WebCrypto sees it.
    let mut t = s.clone();
    t.cipher.iv.push(0);
    assert_eq!(
        open(&t, PASSPHRASE).await,
        Err(CryptoError::Invalid(SealedError::IvLength { len: 13 }))
    );

    // The untouched file still opens.
    assert_eq!(open(&s, PASSPHRASE).await.unwrap(), PLAINTEXT.as_bytes());
}

#[wasm_bindgen_test]
async fn every_seal_has_fresh_salt_and_iv() {
    let a = sealed(PLAINTEXT, PASSPHRASE).await;
    let b = sealed(PLAINTEXT, PASSPHRASE).await;
    assert_ne!(a.kdf.salt, b.kdf.salt);
    assert_ne!(a.cipher.iv, b.cipher.iv);
    assert_ne!(a.ciphertext, b.ciphertext);
    assert_ne!(a.to_json(), b.to_json());
}

/// `tests/fixtures/sealed-known.json` was made by `tests/crypto/make_known.py` with Python's
/// `cryptography` (PBKDF2HMAC + AESGCM), not by the app: decrypting it proves the app uses the
/// standard construction the README documents.
#[wasm_bindgen_test]
async fn known_answer_from_python() {
    let file = include_bytes!("fixtures/sealed-known.json");
    let expected = include_bytes!("fixtures/sealed-known.plaintext.json");
    let s = parse_sealed(file).expect("fixture parses");
    assert_eq!(s.inner_format, "jejak-backup");
    let nfc = "kopi pagi di Caf\u{e9} \u{c9}ko 2026";
    assert_eq!(open(&s, nfc).await.unwrap(), expected);
    // The same passphrase typed in decomposed form (e + combining accent) opens it too.
    let nfd = "kopi pagi di Cafe\u{301} E\u{301}ko 2026";
    assert_eq!(open(&s, nfd).await.unwrap(), expected);
    assert_eq!(
        open(&s, "kopi pagi di Cafe Eko 2026").await,
        Err(CryptoError::WrongPassphraseOrDamaged)
    );
}
