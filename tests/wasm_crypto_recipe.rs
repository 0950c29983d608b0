//! The README's decryption recipe, proven on a file the app produced.
//!
//! This test binary runs in Node (no `run_in_browser`): Node has the same WebCrypto API as the
//! browser, so the app's own `transfer::crypto::seal` runs unchanged, and Node can write the
//! result to a file and run Python on it. `tests/crypto/check_recipe.py` then decrypts the file
//! with the Python block of README.md ("Encrypted files") exactly as written there and with
//! `scripts/decrypt.py`, and checks the bytes and the wrapper. Needs `node` (the
//! wasm-bindgen test runner's Node mode) and `python3` with `cryptography`, both installed by
//! scripts/install.sh.
#![cfg(target_arch = "wasm32")]

use jejak::domain::sealed::parse_sealed;
use jejak::transfer::crypto::{open, seal, SealMeta};
use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

#[wasm_bindgen(module = "node:fs")]
extern "C" {
    #[wasm_bindgen(catch, js_name = writeFileSync)]
    fn write_file_sync(path: &str, data: &Uint8Array) -> Result<(), JsValue>;
    #[wasm_bindgen(catch, js_name = mkdirSync)]
    fn mkdir_sync(path: &str, options: &Object) -> Result<JsValue, JsValue>;
}

#[wasm_bindgen(module = "node:child_process")]
extern "C" {
    #[wasm_bindgen(catch, js_name = execFileSync)]
    fn exec_file_sync(file: &str, args: &Array, options: &Object) -> Result<JsValue, JsValue>;
}

const ROOT: &str = env!("CARGO_MANIFEST_DIR");
const TMP: &str = env!("CARGO_TARGET_TMPDIR");

fn set(obj: &Object, key: &str, value: &JsValue) {
    Reflect::set(obj, &JsValue::from_str(key), value).unwrap();
}

/// Runs `python3 args…` and returns (exit status, stdout, stderr).
fn python(args: &[&str]) -> (i32, Vec<u8>, String) {
    let argv = Array::new();
    for a in args {
        argv.push(&JsValue::from_str(a));
    }
    let options = Object::new();
    set(&options, "cwd", &JsValue::from_str(ROOT));
    set(&options, "timeout", &JsValue::from_f64(300_000.0));
    set(
        &options,
        "maxBuffer",
        &JsValue::from_f64(64.0 * 1024.0 * 1024.0),
    );
    let stdio = Array::of3(
        &JsValue::from_str("ignore"),
        &JsValue::from_str("pipe"),
        &JsValue::from_str("pipe"),
    );
    set(&options, "stdio", &stdio);
    let field = |v: &JsValue, k: &str| Reflect::get(v, &JsValue::from_str(k)).unwrap();
    let bytes = |v: JsValue| {
        if v.is_undefined() || v.is_null() {
            Vec::new()
        } else {
            Uint8Array::new(&v).to_vec()
        }
    };
    match exec_file_sync("python3", &argv, &options) {
        Ok(stdout) => (0, bytes(stdout), String::new()),
        Err(e) => {
            let status = field(&e, "status").as_f64().map_or(-1, |s| s as i32);
            let stderr = String::from_utf8_lossy(&bytes(field(&e, "stderr"))).into_owned();
            let message = field(&e, "message").as_string().unwrap_or_default();
            (
                status,
                bytes(field(&e, "stdout")),
                format!("{message}\n{stderr}"),
            )
        }
    }
}

#[wasm_bindgen_test]
async fn readme_recipe_decrypts_what_the_app_sealed() {
    let plaintext = include_bytes!("fixtures/sealed-known.plaintext.json");
    let passphrase = "Kopi Tubruk, jam 7 pagi — Café Éko";
    let meta = SealMeta {
        app_version: "0.1.0".into(),
        exported_at: "2026-11-25T10:00:00.000Z".into(),
        device: "recipe-test".into(),
        inner_format: "jejak-backup".into(),
    };
    let text = seal(plaintext, passphrase, meta).await.expect("seal");
    // Sanity: the app reads its own file back.
    let sealed = parse_sealed(text.as_bytes()).unwrap();
    assert_eq!(open(&sealed, passphrase).await.unwrap(), plaintext);

    let dir = format!("{TMP}/wasm_crypto_recipe");
    let recursive = Object::new();
    set(&recursive, "recursive", &JsValue::TRUE);
    mkdir_sync(&dir, &recursive).expect("mkdir");
    let sealed_path = format!("{dir}/sealed-by-app.json");
    let plain_path = format!("{dir}/expected-plaintext.json");
    write_file_sync(&sealed_path, &Uint8Array::from(text.as_bytes())).expect("write sealed");
    write_file_sync(&plain_path, &Uint8Array::from(&plaintext[..])).expect("write plaintext");

    let check = format!("{ROOT}/tests/crypto/check_recipe.py");
    let (status, stdout, stderr) = python(&[
        &check,
        &sealed_path,
        passphrase,
        "jejak-backup",
        &plain_path,
    ]);
    assert_eq!(
        status,
        0,
        "check_recipe.py failed:\n{}\n{stderr}",
        String::from_utf8_lossy(&stdout)
    );
    assert!(String::from_utf8_lossy(&stdout).starts_with("recipe ok:"));

    // And the check really checks: the wrong expected format fails it.
    let (status, _, _) = python(&[&check, &sealed_path, passphrase, "jejak-share"]);
    assert_eq!(status, 1, "check_recipe.py must fail on a wrong format");
}
