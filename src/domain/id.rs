//! Record identifiers: random UUID v4 strings.
//!
//! The domain never draws randomness itself (it must run natively and deterministically in
//! tests), so callers hand in 16 random bytes.

/// Formats 16 random bytes as a UUID v4 string (lowercase, hyphenated).
pub fn uuid_v4(mut bytes: [u8; 16]) -> String {
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    )
}

/// True for a canonical hyphenated UUID (any version, either case). Imported ids must pass this.
pub fn is_uuid(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 36
        && b.iter().enumerate().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => *c == b'-',
            _ => c.is_ascii_hexdigit(),
        })
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn v4_has_version_and_variant_bits() {
        let id = uuid_v4([0xff; 16]);
        assert_eq!(id, "ffffffff-ffff-4fff-bfff-ffffffffffff");
        let id = uuid_v4([0; 16]);
        assert_eq!(id, "00000000-0000-4000-8000-000000000000");
        assert!(is_uuid(&id));
    }

    #[test]
    fn rejects_non_uuids() {
        for bad in [
            "",
            "abc",
            "00000000-0000-4000-8000-00000000000",
            "00000000x0000-4000-8000-000000000000",
            "g0000000-0000-4000-8000-000000000000",
        ] {
            assert!(!is_uuid(bad), "{bad}");
        }
    }
}
