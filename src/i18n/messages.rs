//! Messages with values in them (sizes, versions, field names), in both languages.

use super::Lang;
use crate::domain::import::{ImportError, ProblemReason};

fn mb(bytes: f64) -> String {
    format!("{:.0} MB", bytes / (1024.0 * 1024.0))
}

impl Lang {
    /// Why a whole file was refused. Always ends by saying nothing changed.
    pub fn import_error(self, e: &ImportError) -> String {
        let (id, en) = match e {
            ImportError::TooLarge { bytes, limit } => (
                format!("File terlalu besar ({}); batasnya {}.", mb(*bytes as f64), mb(*limit as f64)),
                format!("The file is too large ({}); the limit is {}.", mb(*bytes as f64), mb(*limit as f64)),
            ),
            ImportError::Empty => ("File ini kosong.".into(), "This file is empty.".into()),
            ImportError::Binary => (
                "Ini bukan file teks (mungkin gambar atau dokumen). Pilih file cadangan Jejak (.json).".into(),
                "This is not a text file (perhaps an image or a document). Choose a Jejak backup file (.json).".into(),
            ),
            ImportError::NotJson { line, column } => (
                format!("File ini bukan JSON yang valid (baris {line}, kolom {column})."),
                format!("This file is not valid JSON (line {line}, column {column})."),
            ),
            ImportError::Truncated => (
                "File ini terpotong — mungkin unduhannya belum selesai. Buat atau unduh ulang cadangannya.".into(),
                "This file is cut short — perhaps its download did not finish. Make or download the backup again.".into(),
            ),
            ImportError::NotAnObject { found } => (
                format!("Isi file ini adalah {found} JSON, bukan file Jejak."),
                format!("This file holds a JSON {found}, not a Jejak file."),
            ),
            ImportError::TooDeep => (
                "Struktur file ini bersarang terlalu dalam untuk file Jejak.".into(),
                "This file is nested far too deeply to be a Jejak file.".into(),
            ),
            ImportError::NotJejak => (
                "Ini file JSON dari aplikasi lain, bukan file Jejak.".into(),
                "This is another application's JSON file, not a Jejak file.".into(),
            ),
            ImportError::WrongFormat { found, expected } => (
                format!("Ini file Jejak jenis \"{found}\", sedangkan yang diperlukan \"{expected}\"."),
                format!("This is a Jejak \"{found}\" file, but a \"{expected}\" file is needed here."),
            ),
            ImportError::NewerVersion { found, supported } => (
                format!("File ini dibuat oleh versi Jejak yang lebih baru (format {found}; versi ini membaca sampai {supported}). Perbarui Jejak (muat ulang halaman saat online) lalu coba lagi."),
                format!("This file was made by a newer Jejak (format {found}; this version reads up to {supported}). Update Jejak (reload the page while online) and try again."),
            ),
            ImportError::BadHeader { field } => (
                format!("Kepala file rusak: kolom \"{field}\" hilang atau salah."),
                format!("The file header is damaged: the \"{field}\" field is missing or wrong."),
            ),
            ImportError::UnknownFormat { found } => (
                format!("Jenis file Jejak \"{found}\" tidak dikenal versi ini — mungkin dibuat oleh versi yang lebih baru. Perbarui Jejak lalu coba lagi."),
                format!("This version does not know the Jejak file kind \"{found}\" — perhaps a newer version made it. Update Jejak and try again."),
            ),
            ImportError::MigrationFailed { from } => (
                format!("File format lama (versi {from}) tidak dapat diubah ke format sekarang."),
                format!("This older file (format {from}) could not be converted to the current format."),
            ),
            ImportError::NoRecords => (
                "File ini tidak berisi daftar catatan.".into(),
                "This file has no list of records.".into(),
            ),
        };
        let nothing = self.t(super::Key::NothingChanged);
        match self {
            Lang::Id => format!("{id} {nothing}"),
            Lang::En => format!("{en} {nothing}"),
        }
    }

    pub fn problem_reason(self, r: &ProblemReason) -> String {
        let (id, en): (String, String) = match r {
            ProblemReason::NotAnObject => ("bukan objek".into(), "not an object".into()),
            ProblemReason::MissingField(f) => (
                format!("kolom \"{f}\" tidak ada"),
                format!("the \"{f}\" field is missing"),
            ),
            ProblemReason::WrongType { field } => (
                format!("kolom \"{field}\" bertipe salah"),
                format!("the \"{field}\" field has the wrong type"),
            ),
            ProblemReason::BadId => ("id bukan UUID".into(), "the id is not a UUID".into()),
            ProblemReason::DuplicateId => (
                "id ganda di dalam file".into(),
                "the id appears twice in the file".into(),
            ),
            ProblemReason::BadRev => (
                "cap revisi (rev) tidak valid".into(),
                "the revision stamp (rev) is not valid".into(),
            ),
            ProblemReason::BadCreated => (
                "waktu dibuat tidak valid".into(),
                "the creation time is not valid".into(),
            ),
            ProblemReason::AbsurdDate { field } => (
                format!("tanggal \"{field}\" di luar 1900–2200"),
                format!("the \"{field}\" date is outside 1900–2200"),
            ),
            ProblemReason::StringTooLong { field } => (
                format!("teks \"{field}\" terlalu panjang"),
                format!("the \"{field}\" text is too long"),
            ),
            ProblemReason::UnknownKind(k) => (
                format!("jenis catatan \"{k}\" tidak dikenal"),
                format!("unknown record kind \"{k}\""),
            ),
            ProblemReason::UnexpectedTombstone => (
                "catatan terhapus tidak boleh ada di file berbagi".into(),
                "a deleted record does not belong in a share file".into(),
            ),
            ProblemReason::NotForThisPackage => (
                "bukan komentar untuk paket berbagi file ini".into(),
                "not a comment on this file's share package".into(),
            ),
            ProblemReason::InvalidEntry(errors) => {
                let keys: Vec<&str> = errors
                    .iter()
                    .map(|e| self.t(super::labels::entry_error(e)))
                    .collect();
                (keys.join(" "), keys.join(" "))
            }
        };
        match self {
            Lang::Id => id,
            Lang::En => en,
        }
    }

    /// "Last backup: 3 days ago."
    pub fn days_since_backup(self, days: i64) -> String {
        match (self, days) {
            (_, d) if d <= 0 => self.t(super::Key::BackupToday).to_string(),
            (Lang::Id, d) => format!("Cadangan terakhir: {d} hari yang lalu."),
            (Lang::En, 1) => "Last backup: yesterday.".to_string(),
            (Lang::En, d) => format!("Last backup: {d} days ago."),
        }
    }
}
