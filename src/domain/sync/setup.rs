//! Joining a sync database: is it there and may we use it, does it have a key document yet,
//! and writing the first one. The key derivation and the check value's encryption happen in
//! the browser (WebCrypto); this decides what the answers mean.

use super::engine::{NetError, SyncError, Transport};
use super::wire::{self, KeyDoc, KeyDocError, CHECK_PLAINTEXT};

/// What the database holds for a device about to join.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyState {
    /// No key document: this is the first device, and it writes one.
    Missing,
    /// The key document every device must match.
    Found(KeyDoc),
}

fn key_error(e: KeyDocError) -> SyncError {
    match e {
        KeyDocError::NotJejak => SyncError::NotJejak,
        KeyDocError::Newer => SyncError::NewerKey,
        KeyDocError::Invalid(field) => SyncError::BadKey(field),
    }
}

/// Checks the database (address, login, existence) and reads its key document.
pub async fn read_key<T: Transport>(t: &T) -> Result<KeyState, SyncError> {
    let info = t.send(wire::db_info()).await?;
    if !(200..300).contains(&info.status) {
        return Err(wire::classify(info.status, &info.body, true).into());
    }
    let r = t.send(wire::get_key_doc()).await?;
    match r.status {
        200 => KeyDoc::parse(&r.body)
            .map(KeyState::Found)
            .map_err(key_error),
        404 => Ok(KeyState::Missing),
        s => Err(wire::classify(s, &r.body, false).into()),
    }
}

/// Creates the database. An existing one (412) is fine: someone was quicker.
pub async fn create_db<T: Transport>(t: &T) -> Result<(), SyncError> {
    let r = t.send(wire::create_db()).await?;
    match r.status {
        200..=299 | 412 => Ok(()),
        s => Err(wire::classify(s, &r.body, true).into()),
    }
}

/// Writes the first key document. `Ok(false)` when another device wrote one meanwhile (409):
/// the caller reads that one and checks the passphrase against it instead.
pub async fn write_key<T: Transport>(t: &T, doc: &KeyDoc) -> Result<bool, SyncError> {
    let r = t.send(wire::put_key_doc(doc)).await?;
    match r.status {
        200..=299 => Ok(true),
        409 => Ok(false),
        s => Err(wire::classify(s, &r.body, false).into()),
    }
}

/// Whether the key document's check value decrypted (`plain`) to what it must.
pub fn check_passphrase(plain: Option<&[u8]>) -> Result<(), SyncError> {
    match plain {
        Some(p) if p == CHECK_PLAINTEXT => Ok(()),
        _ => Err(SyncError::WrongPassphrase),
    }
}

/// Whether a failed request is worth retrying later by itself (the network or a busy server)
/// rather than needing the person to change something.
pub fn retry_later(e: &SyncError) -> bool {
    matches!(
        e,
        SyncError::Net(NetError::Offline | NetError::Unreachable | NetError::Aborted)
            | SyncError::Server(wire::ServerError::Busy)
            | SyncError::Server(wire::ServerError::Other { .. })
    )
}

/// A sync database's address, checked: where requests go and which origin a CORS rule must
/// allow.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Address {
    /// `https://host[:port]`, as the browser names the server's origin.
    pub origin: String,
    /// The database's address with a trailing slash; request paths are appended to it.
    pub db_url: String,
    /// The database name (the last path segment).
    pub db: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AddressError {
    Empty,
    /// Not `http(s)://host/…`.
    NotUrl,
    /// Plain `http://` to a host other than this device: the password and the ciphertext would
    /// cross the network readable by anyone on the way.
    InsecureHttp,
    /// A user name or password written into the address (they have fields of their own).
    CredentialsInUrl,
    /// No database name after the host.
    NoDatabase,
    /// The database name breaks CouchDB's rule (lowercase letter first, then lowercase letters,
    /// digits and `_ $ ( ) + -`).
    BadDatabaseName,
}

fn is_local_host(host: &str) -> bool {
    let name = match host.rsplit_once(':') {
        Some((h, port)) if port.bytes().all(|b| b.is_ascii_digit()) => h,
        _ => host,
    };
    // The page's Content-Security-Policy allows plain http to exactly these two.
    matches!(name, "localhost" | "127.0.0.1")
}

/// Reads the address the person typed, e.g. `https://couch.example.go.id/jejak-budi`.
pub fn parse_address(input: &str) -> Result<Address, AddressError> {
    let s = input.trim().trim_end_matches('/');
    if s.is_empty() {
        return Err(AddressError::Empty);
    }
    let (scheme, rest) = s.split_once("://").ok_or(AddressError::NotUrl)?;
    let scheme = scheme.to_ascii_lowercase();
    if scheme != "https" && scheme != "http" {
        return Err(AddressError::NotUrl);
    }
    if rest.contains(['?', '#', ' ']) {
        return Err(AddressError::NotUrl);
    }
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    if host.contains('@') {
        return Err(AddressError::CredentialsInUrl);
    }
    if host.is_empty() {
        return Err(AddressError::NotUrl);
    }
    let host = host.to_ascii_lowercase();
    if scheme == "http" && !is_local_host(&host) {
        return Err(AddressError::InsecureHttp);
    }
    let db = path.rsplit('/').next().unwrap_or("");
    if db.is_empty() {
        return Err(AddressError::NoDatabase);
    }
    let mut chars = db.chars();
    let first_ok = chars.next().is_some_and(|c| c.is_ascii_lowercase());
    if !first_ok
        || !chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "_$()+-".contains(c))
    {
        return Err(AddressError::BadDatabaseName);
    }
    let origin = format!("{scheme}://{host}");
    // `$`, `(`, `)` and `+` are legal in names but not in a path as they are.
    let encoded: String = db
        .chars()
        .map(|c| match c {
            '$' | '(' | ')' | '+' => format!("%{:02X}", c as u32),
            c => c.to_string(),
        })
        .collect();
    let prefix = &path[..path.len() - db.len()];
    Ok(Address {
        db_url: format!("{origin}/{prefix}{encoded}/"),
        origin,
        db: db.to_string(),
    })
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod address_tests {
    use super::*;

    #[test]
    fn accepts_https_and_local_http() {
        let a = parse_address(" https://couch.example.go.id/jejak-budi/ ").unwrap();
        assert_eq!(a.origin, "https://couch.example.go.id");
        assert_eq!(a.db_url, "https://couch.example.go.id/jejak-budi/");
        assert_eq!(a.db, "jejak-budi");
        let a = parse_address("http://127.0.0.1:5984/db").unwrap();
        assert_eq!(a.db_url, "http://127.0.0.1:5984/db/");
        assert!(parse_address("http://localhost:5984/db").is_ok());
        let a = parse_address("https://host/couch/userdb-6a6f($)").unwrap();
        assert_eq!(a.db_url, "https://host/couch/userdb-6a6f%28%24%29/");
    }

    #[test]
    fn refuses_what_it_must() {
        use AddressError::*;
        for (input, err) in [
            ("", Empty),
            ("couch.example.com/db", NotUrl),
            ("ftp://host/db", NotUrl),
            ("http://couch.example.com/db", InsecureHttp),
            ("http://192.168.1.5:5984/db", InsecureHttp),
            ("http://localhost.evil.com/db", InsecureHttp),
            ("https://user:pw@host/db", CredentialsInUrl),
            ("https://host", NoDatabase),
            ("https://host/Jejak", BadDatabaseName),
            ("https://host/_users", BadDatabaseName),
            ("https://host/db?x=1", NotUrl),
        ] {
            assert_eq!(parse_address(input), Err(err), "{input}");
        }
    }
}
