//! End-to-end encrypted sync of the journal between the person's own devices through a
//! CouchDB server they run (DESIGN.md §7, "Sync through a CouchDB server").
//!
//! - [`wire`]: the documents on the server (one encrypted document per record, the key
//!   document), the requests made and the reading of the answers;
//! - [`ledger`]: the device-local state (checkpoint, what the server holds per record);
//! - [`engine`]: one exchange (pull, push, conflicts), over traits for the network, the cipher
//!   and the local journal;
//! - [`setup`]: joining a database (first device writes the key document, others check the
//!   passphrase against it).
//!
//! The server decides nothing: it stores ciphertext, and every record that arrives is merged
//! by the same last-writer-wins rule as a file import.

pub mod engine;
pub mod ledger;
pub mod setup;
pub mod wire;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
