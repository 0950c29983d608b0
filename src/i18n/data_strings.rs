//! Strings only the Data screen: backups, import, exports, storage use. They live apart from the tables
//! that start-up code reads, so they travel with those screens' code instead of in the first
//! download.

use super::strings::strings;

strings! { DataKey {
    // Data screen
    DataTitle => "Data dan penyimpanan", "Data and storage";
    StorageBackend => "Tempat penyimpanan", "Storage in use";
    BackendIndexedDb => "IndexedDB (di perangkat ini)", "IndexedDB (on this device)";
    BackendLocal => "localStorage (kapasitas kecil)", "localStorage (small capacity)";
    BackendMemory => "Memori saja — tidak disimpan", "Memory only — not kept";
    Persistence => "Penyimpanan permanen", "Persistent storage";
    PersistGranted => "Diizinkan: browser tidak akan menghapus data Jejak saat ruang menipis.", "Granted: the browser will not clear Jejak's data when space runs low.";
    PersistDenied => "Belum diizinkan: browser dapat menghapus data saat ruang menipis. Buat cadangan secara rutin.", "Not granted: the browser may clear the data when space runs low. Back up regularly.";
    PersistUnknown => "Browser ini tidak memberi tahu status penyimpanan permanen.", "This browser does not report persistent storage.";
    PersistRequest => "Minta penyimpanan permanen", "Ask for persistent storage";
    Usage => "Terpakai", "Used";
    Quota => "Kuota", "Quota";
    UsageUnknown => "Browser ini tidak melaporkan pemakaian penyimpanan.", "This browser does not report storage usage.";
    RecordCounts => "Isi penyimpanan", "What is stored";
    DeleteAll => "Hapus semua data", "Delete all data";
    DeleteAllExplain => "Menghapus semua entri dan pengaturan dari perangkat ini. Tidak dapat diurungkan. Buat cadangan dulu bila perlu.", "Removes every entry and setting from this device. This cannot be undone. Make a backup first if you need one.";
    DeleteAllConfirm => "Ketik HAPUS untuk mengonfirmasi", "Type DELETE to confirm";
    DeleteAllWord => "HAPUS", "DELETE";
    Refresh => "Perbarui", "Refresh";
    // Backup and import
    BackupTitle => "Cadangan", "Backup";
    BackupExplain => "Satu file berisi semua data Anda. Simpan di tempat aman atau pindahkan ke perangkat lain lalu impor di sana.", "One file with all your data. Keep it somewhere safe, or move it to another device and import it there.";
    BackupDownload => "Unduh cadangan", "Download backup";
    BackupShare => "Bagikan cadangan…", "Share backup…";
    EncryptExplain => "File dienkripsi (AES-256). Tanpa kata sandi, isinya tidak dapat dibaca — juga oleh Anda. Kata sandi tidak disimpan di mana pun.", "The file is encrypted (AES-256). Without the passphrase nobody can read it — you included. The passphrase is not stored anywhere.";
    Passphrase => "Kata sandi", "Passphrase";
    PassphraseAgain => "Ulangi kata sandi", "Repeat the passphrase";
    PassphraseMismatch => "Kedua kata sandi tidak sama.", "The two passphrases do not match.";
    PassphraseTooShort => "Kata sandi minimal 8 karakter.", "The passphrase needs at least 8 characters.";
    StrengthWeak => "Kekuatan: lemah — pakai kalimat panjang yang mudah Anda ingat.", "Strength: weak — use a long sentence you can remember.";
    StrengthFair => "Kekuatan: cukup.", "Strength: fair.";
    StrengthStrong => "Kekuatan: kuat.", "Strength: strong.";
    ImportTitle => "Impor cadangan", "Import a backup";
    ImportExplain => "Pilih atau seret file cadangan Jejak. Anda akan melihat pratinjau dulu; tidak ada yang berubah sebelum Anda mengonfirmasi.", "Choose or drop a Jejak backup file. You will see a preview first; nothing changes until you confirm.";
    ChooseFile => "Pilih file", "Choose a file";
    DropHere => "atau seret file ke sini", "or drop a file here";
    EncryptedFileAsk => "File ini dienkripsi. Masukkan kata sandinya.", "This file is encrypted. Enter its passphrase.";
    Open => "Buka", "Open";
    PreviewTitle => "Pratinjau impor", "Import preview";
    PreviewNew => "Baru", "New";
    PreviewUpdated => "Diperbarui", "Updated";
    PreviewUnchanged => "Tidak berubah", "Unchanged";
    PreviewConflicts => "Konflik", "Conflicts";
    PreviewDeleted => "Dihapus", "Deleted";
    PreviewInvalid => "Tidak valid (dilewati)", "Invalid (skipped)";
    ConflictExplain => "Data ini diubah di kedua perangkat sejak pertukaran terakhir. Versi yang lebih baru dipakai, kecuali Anda memilih versi perangkat ini.", "These were changed on both devices since they last exchanged data. The newer version is used unless you keep this device's version.";
    KeepThisDevice => "Pakai versi perangkat ini", "Keep this device's version";
    KeepAllThisDevice => "Pakai versi perangkat ini untuk semua", "Keep this device's version for all";
    NewerWins => "versi yang lebih baru", "the newer version";
    FromFile => "dari file", "from the file";
    FromThisDevice => "dari perangkat ini", "from this device";
    InvalidExplain => "Catatan ini tidak akan diimpor:", "These records will not be imported:";
    ImportConfirm => "Impor sekarang", "Import now";
    NothingToImport => "Tidak ada yang baru di file ini; data Anda sudah sama.", "Nothing new in this file; your data is already the same.";
    ImportDone => "Impor selesai.", "Import finished.";
    // Import progress (issue 18)
    ImportProgressLabel => "Kemajuan impor", "Import progress";
    ImportReadingTitle => "Membaca file…", "Reading the file…";
    ImportCheckingTitle => "Memeriksa catatan…", "Checking the records…";
    ImportWritingTitle => "Menyimpan ke perangkat ini…", "Saving to this device…";
    ImportCancelHint => "Belum ada yang berubah. Anda dapat membatalkan sampai impor dimulai.", "Nothing has changed yet. You can cancel until the import starts.";
    ImportKeepOpen => "Biarkan halaman ini terbuka sampai impor selesai. Bila halaman tertutup di tengah jalan, tidak ada bagian impor yang tersimpan.", "Keep this page open until the import finishes. If it closes part way, nothing of the import is saved.";
    ImportCancelled => "Impor dibatalkan. Tidak ada yang berubah.", "Import cancelled. Nothing was changed.";
    LastImportInterruptedTitle => "Impor terakhir tidak selesai", "The last import did not finish";
    LastImportFinishedTitle => "Impor terakhir sudah selesai", "The last import did finish";
    UndoImport => "Urungkan impor terakhir", "Undo the last import";
    ExportsTitle => "Ekspor yang mudah dibaca", "Readable exports";
    ExportsExplain => "Jurnal sebagai Markdown (satu file) atau tabel CSV untuk spreadsheet.", "The journal as Markdown (one file) or a CSV table for spreadsheets.";
    ExportMarkdown => "Unduh Markdown", "Download Markdown";
    ExportCsv => "Unduh CSV", "Download CSV";
    ErrWrongPassphrase => "Kata sandi salah, atau file rusak/diubah. Tidak ada data yang berubah.", "Wrong passphrase, or the file is damaged or was altered. Nothing was changed.";
    ErrCryptoUnavailable => "Enkripsi tidak tersedia di browser ini (halaman harus dibuka lewat https). Tidak ada data yang berubah.", "Encryption is not available in this browser (the page must be opened over https). Nothing was changed.";
    ErrSealedNewer => "File terenkripsi ini dibuat oleh versi Jejak yang lebih baru. Perbarui Jejak (muat ulang halaman saat online) lalu coba lagi. Tidak ada data yang berubah.", "This encrypted file was made by a newer Jejak. Update Jejak (reload the page while online) and try again. Nothing was changed.";
    ErrSealedBroken => "File terenkripsi ini rusak atau tidak lengkap dan tidak dapat dibuka. Tidak ada data yang berubah.", "This encrypted file is damaged or incomplete and cannot be opened. Nothing was changed.";
    ErrEncryptFailed => "Enkripsi gagal. Cadangan tidak dibuat; coba lagi.", "Encryption failed. No backup was made; try again.";
    ErrReadFailed => "File tidak dapat dibaca. Tidak ada data yang berubah.", "The file could not be read. Nothing was changed.";
} }
