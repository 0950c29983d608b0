//! The `jejak-encrypted` wrapper of DESIGN.md §6 as data: what an encrypted export looks like,
//! how it is read and checked, standard base64, and the passphrase strength hint. No
//! cryptography happens here; `transfer::crypto` does that with WebCrypto.
//!
//! ```json
//! {
//!   "format": "jejak-encrypted",
//!   "version": 1,
//!   "app_version": "0.1.0",
//!   "exported_at": "2026-11-25T10:00:00.000Z",
//!   "device": "…",
//!   "inner_format": "jejak-backup",
//!   "kdf": { "name": "PBKDF2", "hash": "SHA-256", "iterations": 600000, "salt": "<base64, 16 bytes>" },
//!   "cipher": { "name": "AES-GCM", "iv": "<base64, 12 bytes>" },
//!   "ciphertext": "<base64: encrypted bytes followed by the 16-byte GCM tag>"
//! }
//! ```
//!
//! The key is PBKDF2-HMAC-SHA256(passphrase as UTF-8, salt, iterations) → 32 bytes, used for
//! AES-256-GCM with the IV and no additional data. The plaintext is the wrapped file (a UTF-8
//! JSON file such as a `jejak-backup`). The header fields are not authenticated: `inner_format`
//! is a label for the import screen only, and the importer must trust the `format` of the
//! decrypted file instead.

use crate::domain::sort::OneSort;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::fmt;

pub const FORMAT: &str = "jejak-encrypted";
pub const VERSION: u32 = 1;
pub const KDF_NAME: &str = "PBKDF2";
pub const KDF_HASH: &str = "SHA-256";
pub const CIPHER_NAME: &str = "AES-GCM";
/// OWASP's 2023 figure for PBKDF2-HMAC-SHA256.
pub const PBKDF2_ITERATIONS: u32 = 600_000;
/// Files with fewer iterations are refused: too weak to be one of ours.
pub const MIN_ITERATIONS: u32 = 100_000;
/// Files with more are refused: a hostile file could otherwise freeze the page for minutes.
pub const MAX_ITERATIONS: u32 = 10_000_000;
pub const SALT_LEN: usize = 16;
pub const IV_LEN: usize = 12;
/// AES-GCM's authentication tag, appended to the ciphertext by WebCrypto.
pub const TAG_LEN: usize = 16;
/// AES-256.
pub const KEY_BITS: u32 = 256;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Kdf {
    pub name: String,
    pub hash: String,
    pub iterations: u32,
    #[serde(with = "base64_field")]
    pub salt: Vec<u8>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cipher {
    pub name: String,
    #[serde(with = "base64_field")]
    pub iv: Vec<u8>,
}

/// An encrypted file. Bytes are held decoded; they are base64 in JSON.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sealed {
    pub format: String,
    pub version: u32,
    pub app_version: String,
    pub exported_at: String,
    pub device: String,
    /// The wrapped file's `format`, e.g. `jejak-backup` (a label; not authenticated).
    pub inner_format: String,
    pub kdf: Kdf,
    pub cipher: Cipher,
    /// Encrypted bytes followed by the 16-byte GCM tag.
    #[serde(with = "base64_field")]
    pub ciphertext: Vec<u8>,
}

impl Sealed {
    /// A wrapper with this version's algorithms around already encrypted bytes.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        app_version: &str,
        exported_at: &str,
        device: &str,
        inner_format: &str,
        salt: Vec<u8>,
        iv: Vec<u8>,
        ciphertext: Vec<u8>,
    ) -> Sealed {
        Sealed {
            format: FORMAT.to_string(),
            version: VERSION,
            app_version: app_version.to_string(),
            exported_at: exported_at.to_string(),
            device: device.to_string(),
            inner_format: inner_format.to_string(),
            kdf: Kdf {
                name: KDF_NAME.to_string(),
                hash: KDF_HASH.to_string(),
                iterations: PBKDF2_ITERATIONS,
                salt,
            },
            cipher: Cipher {
                name: CIPHER_NAME.to_string(),
                iv,
            },
            ciphertext,
        }
    }

    /// The file's text: pretty JSON with a trailing newline.
    pub fn to_json(&self) -> String {
        let mut s = serde_json::to_string_pretty(self).expect("a Sealed always serialises");
        s.push('\n');
        s
    }

    /// The checks `parse_sealed` makes beyond the JSON shape: algorithms, iteration range,
    /// salt, IV and ciphertext lengths.
    pub fn check(&self) -> Result<(), SealedError> {
        if self.format != FORMAT {
            return Err(SealedError::WrongFormat);
        }
        if self.version > VERSION {
            return Err(SealedError::NewerVersion {
                version: u64::from(self.version),
            });
        }
        if self.version == 0 {
            return Err(SealedError::Malformed { field: "version" });
        }
        if self.kdf.name != KDF_NAME {
            return Err(SealedError::Unsupported { field: "kdf.name" });
        }
        if self.kdf.hash != KDF_HASH {
            return Err(SealedError::Unsupported { field: "kdf.hash" });
        }
        if self.cipher.name != CIPHER_NAME {
            return Err(SealedError::Unsupported {
                field: "cipher.name",
            });
        }
        if !(MIN_ITERATIONS..=MAX_ITERATIONS).contains(&self.kdf.iterations) {
            return Err(SealedError::Iterations {
                iterations: u64::from(self.kdf.iterations),
            });
        }
        if self.kdf.salt.len() != SALT_LEN {
            return Err(SealedError::SaltLength {
                len: self.kdf.salt.len(),
            });
        }
        if self.cipher.iv.len() != IV_LEN {
            return Err(SealedError::IvLength {
                len: self.cipher.iv.len(),
            });
        }
        if self.ciphertext.len() < TAG_LEN {
            return Err(SealedError::CiphertextTooShort);
        }
        Ok(())
    }
}

/// Why a file is not a usable `jejak-encrypted` file. The UI turns each into a message in the
/// user's language; `field` names are JSON paths such as `kdf.salt`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SealedError {
    /// Not UTF-8 JSON, or JSON but not an object.
    NotJson,
    /// JSON, but its `format` is not `jejak-encrypted` (maybe a plain backup).
    WrongFormat,
    /// Made by a newer Jejak: the user should update.
    NewerVersion {
        version: u64,
    },
    /// A field is missing or has the wrong type.
    Malformed {
        field: &'static str,
    },
    /// A field that should be base64 is not (standard alphabet, with padding).
    BadBase64 {
        field: &'static str,
    },
    /// An algorithm this version does not know.
    Unsupported {
        field: &'static str,
    },
    /// PBKDF2 iterations outside `MIN_ITERATIONS..=MAX_ITERATIONS`.
    Iterations {
        iterations: u64,
    },
    SaltLength {
        len: usize,
    },
    IvLength {
        len: usize,
    },
    /// Shorter than the 16-byte tag: certainly truncated.
    CiphertextTooShort,
}

impl fmt::Display for SealedError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SealedError::NotJson => write!(f, "not a JSON object"),
            SealedError::WrongFormat => write!(f, "not a {FORMAT} file"),
            SealedError::NewerVersion { version } => write!(
                f,
                "made by a newer version of Jejak (format version {version}); update the app"
            ),
            SealedError::Malformed { field } => write!(f, "field `{field}` missing or mistyped"),
            SealedError::BadBase64 { field } => write!(f, "field `{field}` is not valid base64"),
            SealedError::Unsupported { field } => write!(f, "unsupported algorithm in `{field}`"),
            SealedError::Iterations { iterations } => write!(
                f,
                "PBKDF2 iterations {iterations} outside {MIN_ITERATIONS}..={MAX_ITERATIONS}"
            ),
            SealedError::SaltLength { len } => {
                write!(f, "salt is {len} bytes, expected {SALT_LEN}")
            }
            SealedError::IvLength { len } => write!(f, "IV is {len} bytes, expected {IV_LEN}"),
            SealedError::CiphertextTooShort => write!(f, "ciphertext truncated"),
        }
    }
}

impl std::error::Error for SealedError {}

/// True when a parsed JSON value claims to be an encrypted file, so the importer knows to ask
/// for the passphrase (and then calls [`parse_sealed`] for the details).
pub fn is_sealed(value: &Value) -> bool {
    value.get("format").and_then(Value::as_str) == Some(FORMAT)
}

/// Reads and checks an encrypted file. Errors name the first problem found, in this order:
/// JSON, `format`, `version`, fields, algorithms, iterations, lengths.
pub fn parse_sealed(bytes: &[u8]) -> Result<Sealed, SealedError> {
    let value: Value = serde_json::from_slice(bytes).map_err(|_| SealedError::NotJson)?;
    sealed_from_value(&value)
}

/// [`parse_sealed`] for a value the importer has already parsed.
pub fn sealed_from_value(value: &Value) -> Result<Sealed, SealedError> {
    let obj = value.as_object().ok_or(SealedError::NotJson)?;
    if !is_sealed(value) {
        return Err(SealedError::WrongFormat);
    }
    let version = obj
        .get("version")
        .and_then(Value::as_u64)
        .ok_or(SealedError::Malformed { field: "version" })?;
    if version > u64::from(VERSION) {
        return Err(SealedError::NewerVersion { version });
    }
    let string = |v: Option<&Value>, field: &'static str| -> Result<String, SealedError> {
        v.and_then(Value::as_str)
            .map(str::to_string)
            .ok_or(SealedError::Malformed { field })
    };
    let bytes = |v: Option<&Value>, field: &'static str| -> Result<Vec<u8>, SealedError> {
        let s = v
            .and_then(Value::as_str)
            .ok_or(SealedError::Malformed { field })?;
        base64_decode(s).map_err(|_| SealedError::BadBase64 { field })
    };
    let kdf = obj
        .get("kdf")
        .and_then(Value::as_object)
        .ok_or(SealedError::Malformed { field: "kdf" })?;
    let cipher = obj
        .get("cipher")
        .and_then(Value::as_object)
        .ok_or(SealedError::Malformed { field: "cipher" })?;
    let iterations =
        kdf.get("iterations")
            .and_then(Value::as_u64)
            .ok_or(SealedError::Malformed {
                field: "kdf.iterations",
            })?;
    let sealed = Sealed {
        format: FORMAT.to_string(),
        version: version as u32,
        app_version: string(obj.get("app_version"), "app_version")?,
        exported_at: string(obj.get("exported_at"), "exported_at")?,
        device: string(obj.get("device"), "device")?,
        inner_format: string(obj.get("inner_format"), "inner_format")?,
        kdf: Kdf {
            name: string(kdf.get("name"), "kdf.name")?,
            hash: string(kdf.get("hash"), "kdf.hash")?,
            // Out-of-range values (including > u32::MAX) are reported by `check` below.
            iterations: u32::try_from(iterations).unwrap_or(u32::MAX),
            salt: bytes(kdf.get("salt"), "kdf.salt")?,
        },
        cipher: Cipher {
            name: string(cipher.get("name"), "cipher.name")?,
            iv: bytes(cipher.get("iv"), "cipher.iv")?,
        },
        ciphertext: bytes(obj.get("ciphertext"), "ciphertext")?,
    };
    match sealed.check() {
        Err(SealedError::Iterations { .. }) => Err(SealedError::Iterations { iterations }),
        other => other.map(|()| sealed),
    }
}

/// The name of the encrypted copy of an export: `jejak-backup-2026-11-25.json` becomes
/// `jejak-backup-2026-11-25.encrypted.json`.
pub fn sealed_file_name(inner_file_name: &str) -> String {
    let stem = inner_file_name
        .strip_suffix(".json")
        .unwrap_or(inner_file_name);
    format!("{stem}.encrypted.json")
}

// ---------------------------------------------------------------------------------------------
// Base64 (RFC 4648 §4: standard alphabet, `=` padding), strict on input.

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Base64Error {
    /// Length not a multiple of 4.
    Length,
    /// A byte outside the alphabet (whitespace included), at this offset.
    InvalidByte(usize),
    /// `=` anywhere but the last one or two places.
    Padding,
    /// Bits after the last byte are not zero (a non-canonical encoding).
    TrailingBits,
}

pub fn base64_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    let letter = |n: u32, shift: u32| ALPHABET[(n >> shift & 63) as usize] as char;
    let mut chunks = bytes.chunks_exact(3);
    for c in &mut chunks {
        let n = (u32::from(c[0]) << 16) | (u32::from(c[1]) << 8) | u32::from(c[2]);
        out.extend([letter(n, 18), letter(n, 12), letter(n, 6), letter(n, 0)]);
    }
    match *chunks.remainder() {
        [a] => {
            let n = u32::from(a) << 16;
            out.extend([letter(n, 18), letter(n, 12), '=', '=']);
        }
        [a, b] => {
            let n = (u32::from(a) << 16) | (u32::from(b) << 8);
            out.extend([letter(n, 18), letter(n, 12), letter(n, 6), '=']);
        }
        _ => {}
    }
    out
}

/// The value of each byte in the alphabet; `INVALID` for every other byte (`=` included).
const SEXTETS: [u8; 256] = {
    let mut t = [INVALID; 256];
    let mut i = 0;
    while i < 64 {
        t[ALPHABET[i] as usize] = i as u8;
        i += 1;
    }
    t
};
const INVALID: u8 = 0xff;

fn sextet(c: u8) -> Option<u32> {
    match SEXTETS[c as usize] {
        INVALID => None,
        v => Some(u32::from(v)),
    }
}

/// Standard base64 with padding, strictly: a table look-up per byte (sync decodes every
/// record it receives, so this runs over megabytes on a new device).
pub fn base64_decode(text: &str) -> Result<Vec<u8>, Base64Error> {
    let b = text.as_bytes();
    if !b.len().is_multiple_of(4) {
        return Err(Base64Error::Length);
    }
    let mut out = Vec::with_capacity(b.len() / 4 * 3);
    let Some(last_start) = b.len().checked_sub(4) else {
        return Ok(out);
    };
    for (q, quad) in b[..last_start].chunks_exact(4).enumerate() {
        let v = [
            SEXTETS[quad[0] as usize],
            SEXTETS[quad[1] as usize],
            SEXTETS[quad[2] as usize],
            SEXTETS[quad[3] as usize],
        ];
        if v.contains(&INVALID) {
            let i = v.iter().position(|&x| x == INVALID).unwrap_or(0);
            return Err(if quad[i] == b'=' {
                Base64Error::Padding
            } else {
                Base64Error::InvalidByte(q * 4 + i)
            });
        }
        let n = (u32::from(v[0]) << 18)
            | (u32::from(v[1]) << 12)
            | (u32::from(v[2]) << 6)
            | u32::from(v[3]);
        out.extend_from_slice(&[(n >> 16) as u8, (n >> 8) as u8, n as u8]);
    }
    // The last quad may carry one or two `=`.
    let quad = &b[last_start..];
    let pad = quad.iter().rev().take_while(|&&c| c == b'=').count();
    if pad > 2 {
        return Err(Base64Error::Padding);
    }
    let mut n = 0u32;
    for (i, &c) in quad[..4 - pad].iter().enumerate() {
        let v = sextet(c).ok_or(if c == b'=' {
            Base64Error::Padding
        } else {
            Base64Error::InvalidByte(last_start + i)
        })?;
        n |= v << (18 - 6 * i);
    }
    let bytes = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
    let keep = 3 - pad;
    if bytes[keep..].iter().any(|&x| x != 0) {
        return Err(Base64Error::TrailingBits);
    }
    out.extend_from_slice(&bytes[..keep]);
    Ok(out)
}

mod base64_field {
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(bytes: &[u8], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&super::base64_encode(bytes))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<u8>, D::Error> {
        let s = String::deserialize(d)?;
        super::base64_decode(&s).map_err(|e| serde::de::Error::custom(format!("base64: {e:?}")))
    }
}

// ---------------------------------------------------------------------------------------------
// Passphrase strength hint.

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Strength {
    Weak,
    Fair,
    Strong,
}

/// A hint, not a gate. Counts characters (not bytes) and four classes: lowercase, uppercase,
/// digits, everything else (spaces, punctuation, other scripts). The rule:
///
/// - **Strong**: at least 16 characters (a passphrase of several words), or at least 12 with
///   three or more classes;
/// - **Fair**: at least 12 characters, or at least 10 with two or more classes;
/// - **Weak**: anything shorter, and any passphrase with fewer than 6 distinct characters
///   (`aaaaaaaaaaaaaaaaaa`, `abababababab`), whatever its length.
///
/// Length matters most because every guess costs an attacker 600,000 PBKDF2 rounds; classes
/// only help short passphrases.
pub fn passphrase_strength(p: &str) -> Strength {
    let chars: Vec<char> = p.chars().collect();
    let len = chars.len();
    let mut distinct = chars.clone();
    distinct.one_sort();
    distinct.dedup();
    if distinct.len() < 6 {
        return Strength::Weak;
    }
    let classes = [
        chars.iter().any(|c| c.is_lowercase()),
        chars.iter().any(|c| c.is_uppercase()),
        chars.iter().any(|c| c.is_numeric()),
        chars
            .iter()
            .any(|c| !c.is_lowercase() && !c.is_uppercase() && !c.is_numeric()),
    ]
    .into_iter()
    .filter(|&x| x)
    .count();
    if len >= 16 || (len >= 12 && classes >= 3) {
        Strength::Strong
    } else if len >= 12 || (len >= 10 && classes >= 2) {
        Strength::Fair
    } else {
        Strength::Weak
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde_json::json;

    #[test]
    fn base64_rfc4648_vectors() {
        let cases = [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ];
        for (plain, encoded) in cases {
            assert_eq!(base64_encode(plain.as_bytes()), encoded);
            assert_eq!(base64_decode(encoded).unwrap(), plain.as_bytes());
        }
        assert_eq!(base64_encode(&[0xfb, 0xff, 0xfe]), "+//+");
        assert_eq!(base64_decode("+//+").unwrap(), vec![0xfb, 0xff, 0xfe]);
    }

    #[test]
    fn base64_rejects_invalid_input() {
        assert_eq!(base64_decode("Zg="), Err(Base64Error::Length));
        assert_eq!(base64_decode("Zg"), Err(Base64Error::Length));
        assert_eq!(base64_decode("Zm9v\n"), Err(Base64Error::Length));
        assert_eq!(base64_decode("Zm 9"), Err(Base64Error::InvalidByte(2)));
        assert_eq!(base64_decode("Zm9-"), Err(Base64Error::InvalidByte(3)));
        assert_eq!(base64_decode("Zm9_"), Err(Base64Error::InvalidByte(3)));
        assert_eq!(base64_decode("Zé="), Err(Base64Error::InvalidByte(1)));
        assert_eq!(base64_decode("Z==="), Err(Base64Error::Padding));
        assert_eq!(base64_decode("===="), Err(Base64Error::Padding));
        assert_eq!(base64_decode("Zg==Zg=="), Err(Base64Error::Padding));
        assert_eq!(base64_decode("Z=g="), Err(Base64Error::Padding));
        assert_eq!(base64_decode("Zh=="), Err(Base64Error::TrailingBits));
        assert_eq!(base64_decode("Zm9="), Err(Base64Error::TrailingBits));
        // Errors in a quad before the last one, found by the table look-up.
        assert_eq!(base64_decode("Zm9vY!Fy"), Err(Base64Error::InvalidByte(5)));
        assert_eq!(base64_decode("Zm=vYmFy"), Err(Base64Error::Padding));
        assert_eq!(base64_decode("Zm9vYmFy"), Ok(b"foobar".to_vec()));
    }

    proptest! {
        #[test]
        fn base64_round_trip(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
            let s = base64_encode(&bytes);
            prop_assert_eq!(s.len() % 4, 0);
            prop_assert_eq!(base64_decode(&s).unwrap(), bytes);
        }
    }

    fn sample() -> Value {
        json!({
            "format": "jejak-encrypted",
            "version": 1,
            "app_version": "0.1.0",
            "exported_at": "2026-11-25T10:00:00.000Z",
            "device": "dev-a",
            "inner_format": "jejak-backup",
            "kdf": {
                "name": "PBKDF2",
                "hash": "SHA-256",
                "iterations": 600000,
                "salt": base64_encode(&[7; 16]),
            },
            "cipher": {"name": "AES-GCM", "iv": base64_encode(&[9; 12])},
            "ciphertext": base64_encode(&[1; 40]),
        })
    }

    fn parse(v: &Value) -> Result<Sealed, SealedError> {
        parse_sealed(serde_json::to_string(v).unwrap().as_bytes())
    }

    #[test]
    fn parses_and_round_trips() {
        let s = parse(&sample()).unwrap();
        assert_eq!(s.kdf.iterations, PBKDF2_ITERATIONS);
        assert_eq!(s.kdf.salt, vec![7; 16]);
        assert_eq!(s.cipher.iv, vec![9; 12]);
        assert_eq!(s.ciphertext.len(), 40);
        assert_eq!(s.inner_format, "jejak-backup");
        let text = s.to_json();
        assert!(text.ends_with("}\n"));
        assert_eq!(serde_json::from_str::<Value>(&text).unwrap(), sample());
        assert_eq!(parse_sealed(text.as_bytes()).unwrap(), s);
        assert_eq!(serde_json::from_str::<Sealed>(&text).unwrap(), s);
        let built = Sealed::new(
            "0.1.0",
            "2026-11-25T10:00:00.000Z",
            "dev-a",
            "jejak-backup",
            vec![7; 16],
            vec![9; 12],
            vec![1; 40],
        );
        assert_eq!(built, s);
        assert!(is_sealed(&sample()));
        assert!(!is_sealed(&json!({"format": "jejak-backup"})));
    }

    #[test]
    fn each_check() {
        let with = |path: &[&str], v: Value| {
            let mut s = sample();
            let mut at = &mut s;
            for p in &path[..path.len() - 1] {
                at = &mut at[*p];
            }
            if v.is_null() {
                at.as_object_mut().unwrap().remove(path[path.len() - 1]);
            } else {
                at[path[path.len() - 1]] = v;
            }
            parse(&s)
        };
        use SealedError::*;
        assert_eq!(parse_sealed(b"not json"), Err(NotJson));
        assert_eq!(parse_sealed(b""), Err(NotJson));
        assert_eq!(parse_sealed(b"[1,2]"), Err(NotJson));
        assert_eq!(parse_sealed(b"\"jejak-encrypted\""), Err(NotJson));
        assert_eq!(parse_sealed(&[0xff, 0xfe, 0x00]), Err(NotJson));
        assert_eq!(with(&["format"], json!("jejak-backup")), Err(WrongFormat));
        assert_eq!(with(&["format"], Value::Null), Err(WrongFormat));
        assert_eq!(
            with(&["version"], json!(2)),
            Err(NewerVersion { version: 2 })
        );
        assert_eq!(
            with(&["version"], json!("1")),
            Err(Malformed { field: "version" })
        );
        assert_eq!(
            with(&["version"], json!(0)),
            Err(Malformed { field: "version" })
        );
        assert_eq!(
            with(&["device"], Value::Null),
            Err(Malformed { field: "device" })
        );
        assert_eq!(
            with(&["inner_format"], json!(5)),
            Err(Malformed {
                field: "inner_format"
            })
        );
        assert_eq!(
            with(&["kdf"], json!("PBKDF2")),
            Err(Malformed { field: "kdf" })
        );
        assert_eq!(
            with(&["cipher"], Value::Null),
            Err(Malformed { field: "cipher" })
        );
        assert_eq!(
            with(&["kdf", "iterations"], json!(6e5)),
            Err(Malformed {
                field: "kdf.iterations"
            })
        );
        assert_eq!(
            with(&["kdf", "iterations"], json!(-1)),
            Err(Malformed {
                field: "kdf.iterations"
            })
        );
        assert_eq!(
            with(&["kdf", "iterations"], json!(99_999)),
            Err(Iterations { iterations: 99_999 })
        );
        assert_eq!(
            with(&["kdf", "iterations"], json!(10_000_001)),
            Err(Iterations {
                iterations: 10_000_001
            })
        );
        assert_eq!(
            with(&["kdf", "iterations"], json!(1u64 << 40)),
            Err(Iterations {
                iterations: 1 << 40
            })
        );
        assert!(with(&["kdf", "iterations"], json!(100_000)).is_ok());
        assert!(with(&["kdf", "iterations"], json!(10_000_000)).is_ok());
        assert_eq!(
            with(&["kdf", "name"], json!("scrypt")),
            Err(Unsupported { field: "kdf.name" })
        );
        assert_eq!(
            with(&["kdf", "hash"], json!("SHA-1")),
            Err(Unsupported { field: "kdf.hash" })
        );
        assert_eq!(
            with(&["cipher", "name"], json!("AES-CBC")),
            Err(Unsupported {
                field: "cipher.name"
            })
        );
        assert_eq!(
            with(&["kdf", "salt"], json!("not base64!")),
            Err(BadBase64 { field: "kdf.salt" })
        );
        assert_eq!(
            with(&["cipher", "iv"], json!([1, 2, 3])),
            Err(Malformed { field: "cipher.iv" })
        );
        assert_eq!(
            with(&["ciphertext"], json!("AAA")),
            Err(BadBase64 {
                field: "ciphertext"
            })
        );
        assert_eq!(
            with(&["kdf", "salt"], json!(base64_encode(&[1; 15]))),
            Err(SaltLength { len: 15 })
        );
        assert_eq!(
            with(&["cipher", "iv"], json!(base64_encode(&[1; 16]))),
            Err(IvLength { len: 16 })
        );
        assert_eq!(
            with(&["ciphertext"], json!(base64_encode(&[1; 15]))),
            Err(CiphertextTooShort)
        );
        assert!(with(&["ciphertext"], json!(base64_encode(&[1; 16]))).is_ok());
        // Every error has a message.
        assert!(!Iterations { iterations: 5 }.to_string().is_empty());
    }

    #[test]
    fn file_name() {
        assert_eq!(
            sealed_file_name("jejak-backup-2026-11-25.json"),
            "jejak-backup-2026-11-25.encrypted.json"
        );
        assert_eq!(sealed_file_name("x"), "x.encrypted.json");
    }

    #[test]
    fn strength_rule() {
        use Strength::*;
        for (p, want) in [
            ("", Weak),
            ("rahasia", Weak),
            ("rahasia123", Fair),
            ("rahasiasaya", Weak),
            ("rahasiasaya1", Fair),
            ("rahasiakita", Weak),
            ("rahasiakitaa", Fair),
            ("Rahasia-123!", Strong),
            ("kopi pagi di bandung", Strong),
            ("aaaaaaaaaaaaaaaaaaaaaaaa", Weak),
            ("abababababababababab", Weak),
            ("ŝŭŝŭŝŭ", Weak),
            ("Bukittinggi", Fair),
            ("mángga manis sekali", Strong),
        ] {
            assert_eq!(passphrase_strength(p), want, "{p:?}");
        }
        assert!(Weak < Fair && Fair < Strong);
    }
}
