//! The string table: every key with its Indonesian and English text.

macro_rules! strings {
    ($($key:ident => $id:literal, $en:literal;)*) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Key { $($key),* }

        impl Key {
            pub const ALL: &'static [Key] = &[$(Key::$key),*];
        }

        pub(super) fn text(key: Key) -> (&'static str, &'static str) {
            match key { $(Key::$key => ($id, $en)),* }
        }
    };
}

strings! {
    AppName => "Jejak", "Jejak";
    AppTagline => "Jurnal karier dan mentoring yang tersimpan di perangkat Anda", "Career and mentoring journal that stays on your device";
    SkipToContent => "Lewati ke isi", "Skip to content";
    MainNav => "Navigasi utama", "Main navigation";
    NavJournal => "Jurnal", "Journal";
    NavData => "Data", "Data";
    NavSettings => "Pengaturan", "Settings";
    Loading => "Memuat…", "Loading…";
    PageNotFound => "Halaman tidak ditemukan", "Page not found";
    PageNotFoundBody => "Alamat ini tidak ada di Jejak. Data Anda tetap aman.", "This address does not exist in Jejak. Your data is safe.";

    // Journal list
    JournalTitle => "Jurnal", "Journal";
    NewEntry => "Entri baru", "New entry";
    NewEntryHint => "Tekan N untuk entri baru, / untuk mencari", "Press N for a new entry, / to search";
    Search => "Cari", "Search";
    SearchPlaceholder => "Cari judul, isi, atau tag…", "Search titles, text or tags…";
    FilterKind => "Jenis", "Kind";
    FilterAllKinds => "Semua jenis", "All kinds";
    FilterFrom => "Dari tanggal", "From date";
    FilterTo => "Sampai tanggal", "To date";
    FilterTags => "Tag", "Tags";
    ClearFilters => "Hapus filter", "Clear filters";
    Filters => "Filter", "Filters";
    EmptyJournalTitle => "Jurnal Anda masih kosong", "Your journal is empty";
    EmptyJournalBody => "Catat apa yang Anda kerjakan, pelajari, dan putuskan hari ini. Satu entri pendek sudah cukup untuk memulai jejak karier Anda.", "Write down what you did, learned and decided today. One short entry is enough to start your career track record.";
    EmptyJournalCta => "Tulis entri pertama", "Write your first entry";
    NoMatches => "Tidak ada entri yang cocok dengan pencarian atau filter ini.", "No entries match this search or these filters.";
    ShowMore => "Tampilkan lebih banyak", "Show more";
    Untitled => "Tanpa judul", "Untitled";
    Drafts => "Draf belum tersimpan", "Unsaved drafts";
    DraftBadge => "Draf", "Draft";

    // Entry kinds
    KindReflection => "Refleksi", "Reflection";
    KindMentoringNote => "Catatan mentoring", "Mentoring note";
    KindTraining => "Pelatihan (diklat)", "Training";
    KindAssignmentLog => "Catatan penugasan", "Assignment log";
    KindNetworking => "Jejaring", "Networking";
    KindAchievement => "Pencapaian", "Achievement";
    LearnExperience => "Pengalaman kerja (70)", "Experience (70)";
    LearnSocial => "Umpan balik & bimbingan (20)", "Feedback & coaching (20)";
    LearnFormal => "Pembelajaran formal (10)", "Formal learning (10)";

    // Editor
    EditEntry => "Ubah entri", "Edit entry";
    FieldTitle => "Judul", "Title";
    FieldDate => "Tanggal", "Date";
    FieldKind => "Jenis entri", "Entry kind";
    FieldLearning => "Jenis pembelajaran (70-20-10)", "Learning type (70-20-10)";
    FieldHours => "Jam", "Hours";
    FieldHoursHint => "Opsional, misalnya 1,5", "Optional, e.g. 1.5";
    FieldTags => "Tag", "Tags";
    FieldTagsHint => "Pisahkan dengan koma atau spasi", "Separate with commas or spaces";
    FieldBody => "Isi (Markdown)", "Text (Markdown)";
    TabWrite => "Tulis", "Write";
    TabPreview => "Pratinjau", "Preview";
    PreviewEmpty => "Belum ada isi untuk dipratinjau.", "Nothing to preview yet.";
    Close => "Tutup", "Close";
    CloseEditorHint => "Esc untuk menutup", "Esc to close";
    Delete => "Hapus", "Delete";
    Undo => "Urungkan", "Undo";
    EntryDeleted => "Entri dihapus.", "Entry deleted.";
    EntryRestored => "Entri dipulihkan.", "Entry restored.";
    Saved => "Tersimpan", "Saved";
    Saving => "Menyimpan…", "Saving…";
    SavedLocallyOnly => "Disimpan sementara di perangkat; akan disimpan penuh setelah diperbaiki", "Kept on this device for now; saved fully once fixed";
    NotFound => "Entri ini tidak ditemukan. Mungkin sudah dihapus.", "This entry was not found. It may have been deleted.";
    BackToJournal => "Kembali ke jurnal", "Back to journal";
    UpdatedElsewhere => "Entri ini diubah di tab lain; tampilan diperbarui.", "This entry was changed in another tab; the view was updated.";

    // Validation
    ErrTitleEmpty => "Judul wajib diisi.", "A title is required.";
    ErrTitleTooLong => "Judul terlalu panjang (maksimal 200 karakter).", "The title is too long (200 characters at most).";
    ErrDateOutOfRange => "Tanggal harus antara tahun 1900 dan 2200.", "The date must be between the years 1900 and 2200.";
    ErrDateInvalid => "Tanggal tidak valid.", "The date is not valid.";
    ErrHoursNegative => "Jam tidak boleh negatif.", "Hours cannot be negative.";
    ErrHoursTooMany => "Satu entri paling banyak 24 jam.", "One entry can have 24 hours at most.";
    ErrHoursNotNumber => "Jam harus berupa angka, misalnya 1,5.", "Hours must be a number, e.g. 1.5.";
    ErrTagEmpty => "Tag tidak boleh kosong.", "Tags cannot be empty.";
    ErrTagTooLong => "Setiap tag paling banyak 40 karakter.", "Each tag can have 40 characters at most.";
    ErrTooManyTags => "Paling banyak 30 tag per entri.", "30 tags per entry at most.";
    ErrBodyTooLong => "Isi terlalu panjang (maksimal 200.000 karakter).", "The text is too long (200,000 characters at most).";

    // Storage
    StorageMemoryWarning => "Penyimpanan browser tidak tersedia. Apa pun yang Anda tulis akan HILANG saat halaman ditutup. Buka Jejak di jendela biasa (bukan mode pribadi) atau izinkan penyimpanan situs.", "Browser storage is not available. Anything you write will be LOST when this page closes. Open Jejak in a normal (not private) window or allow site storage.";
    StorageLocalWarning => "IndexedDB tidak tersedia; Jejak memakai localStorage yang kapasitasnya kecil (sekitar 5 MB). Buat cadangan secara rutin.", "IndexedDB is not available; Jejak is using localStorage, which holds little (about 5 MB). Back up regularly.";
    ErrQuota => "Penyimpanan perangkat penuh. Perubahan Anda masih di layar dan akan dicoba lagi. Kosongkan ruang atau buat cadangan lalu hapus data lama.", "Device storage is full. Your change is still on screen and will be retried. Free some space, or back up and remove old data.";
    ErrBlocked => "Tab Jejak lain yang lebih lama menghalangi pembaruan basis data. Tutup tab lain itu; perubahan Anda akan dicoba lagi.", "An older Jejak tab is blocking the database upgrade. Close that other tab; your change will be retried.";
    ErrUnavailable => "Penyimpanan tidak dapat diakses (mungkin dicabut atau mode pribadi). Perubahan Anda masih di layar dan akan dicoba lagi.", "Storage cannot be reached (it may have been revoked, or this is private mode). Your change is still on screen and will be retried.";
    ErrCorrupt => "Sebagian data tersimpan tidak dapat dibaca. Data lain tetap aman.", "Some stored data could not be read. Everything else is safe.";
    ErrOther => "Penyimpanan gagal. Perubahan Anda masih di layar dan akan dicoba lagi.", "Saving failed. Your change is still on screen and will be retried.";
    RetryNow => "Coba lagi sekarang", "Retry now";
    Dismiss => "Tutup pesan", "Dismiss";
    PendingWrites => "perubahan menunggu disimpan", "changes waiting to be saved";

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
    DeleteAllDone => "Semua data telah dihapus dari perangkat ini.", "All data was deleted from this device.";
    Cancel => "Batal", "Cancel";
    Refresh => "Perbarui", "Refresh";

    // Settings
    SettingsTitle => "Pengaturan", "Settings";
    Language => "Bahasa", "Language";
    LangIndonesian => "Bahasa Indonesia", "Bahasa Indonesia";
    LangEnglish => "English", "English";
    Theme => "Tema", "Theme";
    ThemeSystem => "Ikuti sistem", "Follow the system";
    ThemeLight => "Terang", "Light";
    ThemeDark => "Gelap", "Dark";
    DeviceName => "Nama perangkat", "Device name";
    DeviceNameHint => "Muncul di file cadangan, mis. \"Laptop kantor\"", "Shown in backup files, e.g. \"Office laptop\"";
    About => "Tentang", "About";
    // Backup and import
    BackupTitle => "Cadangan", "Backup";
    BackupExplain => "Satu file berisi semua data Anda. Simpan di tempat aman atau pindahkan ke perangkat lain lalu impor di sana.", "One file with all your data. Keep it somewhere safe, or move it to another device and import it there.";
    BackupNever => "Belum pernah membuat cadangan di perangkat ini.", "No backup has been made on this device yet.";
    BackupToday => "Cadangan terakhir: hari ini.", "Last backup: today.";
    BackupDownload => "Unduh cadangan", "Download backup";
    BackupShare => "Bagikan cadangan…", "Share backup…";
    BackupDone => "Cadangan dibuat.", "Backup created.";
    Encrypt => "Lindungi dengan kata sandi", "Protect with a passphrase";
    EncryptExplain => "File dienkripsi (AES-256). Tanpa kata sandi, isinya tidak dapat dibaca — juga oleh Anda. Kata sandi tidak disimpan di mana pun.", "The file is encrypted (AES-256). Without the passphrase nobody can read it — you included. The passphrase is not stored anywhere.";
    Passphrase => "Kata sandi", "Passphrase";
    PassphraseAgain => "Ulangi kata sandi", "Repeat the passphrase";
    PassphraseMismatch => "Kedua kata sandi tidak sama.", "The two passphrases do not match.";
    PassphraseTooShort => "Kata sandi minimal 8 karakter.", "The passphrase needs at least 8 characters.";
    StrengthWeak => "Kekuatan: lemah — pakai kalimat panjang yang mudah Anda ingat.", "Strength: weak — use a long sentence you can remember.";
    StrengthFair => "Kekuatan: cukup.", "Strength: fair.";
    StrengthStrong => "Kekuatan: kuat.", "Strength: strong.";
    Encrypting => "Mengenkripsi… (beberapa detik)", "Encrypting… (a few seconds)";
    ImportTitle => "Impor cadangan", "Import a backup";
    ImportExplain => "Pilih atau seret file cadangan Jejak. Anda akan melihat pratinjau dulu; tidak ada yang berubah sebelum Anda mengonfirmasi.", "Choose or drop a Jejak backup file. You will see a preview first; nothing changes until you confirm.";
    ChooseFile => "Pilih file", "Choose a file";
    DropHere => "atau seret file ke sini", "or drop a file here";
    Reading => "Membaca file…", "Reading the file…";
    Decrypting => "Membuka enkripsi…", "Decrypting…";
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
    UndoImport => "Urungkan impor terakhir", "Undo the last import";
    UndoImportDone => "Impor terakhir telah diurungkan.", "The last import was undone.";
    ExportsTitle => "Ekspor yang mudah dibaca", "Readable exports";
    ExportsExplain => "Jurnal sebagai Markdown (satu file) atau tabel CSV untuk spreadsheet.", "The journal as Markdown (one file) or a CSV table for spreadsheets.";
    ExportMarkdown => "Unduh Markdown", "Download Markdown";
    ExportCsv => "Unduh CSV", "Download CSV";
    SaveFailed => "Browser menolak menyimpan file. Coba lagi, atau izinkan unduhan untuk situs ini.", "The browser refused to save the file. Try again, or allow downloads for this site.";
    ErrWrongPassphrase => "Kata sandi salah, atau file rusak/diubah. Tidak ada data yang berubah.", "Wrong passphrase, or the file is damaged or was altered. Nothing was changed.";
    ErrCryptoUnavailable => "Enkripsi tidak tersedia di browser ini (halaman harus dibuka lewat https). Tidak ada data yang berubah.", "Encryption is not available in this browser (the page must be opened over https). Nothing was changed.";
    ErrSealedNewer => "File terenkripsi ini dibuat oleh versi Jejak yang lebih baru. Perbarui Jejak (muat ulang halaman saat online) lalu coba lagi. Tidak ada data yang berubah.", "This encrypted file was made by a newer Jejak. Update Jejak (reload the page while online) and try again. Nothing was changed.";
    ErrSealedBroken => "File terenkripsi ini rusak atau tidak lengkap dan tidak dapat dibuka. Tidak ada data yang berubah.", "This encrypted file is damaged or incomplete and cannot be opened. Nothing was changed.";
    ErrEncryptFailed => "Enkripsi gagal. Cadangan tidak dibuat; coba lagi.", "Encryption failed. No backup was made; try again.";
    ErrReadFailed => "File tidak dapat dibaca. Tidak ada data yang berubah.", "The file could not be read. Nothing was changed.";
    NothingChanged => "Tidak ada data yang berubah.", "Nothing was changed.";
    AboutText => "Jejak menyimpan semua data hanya di perangkat ini. Tidak ada server dan tidak ada akun; data berpindah hanya lewat file yang Anda ekspor sendiri.", "Jejak keeps all data on this device only. There is no server and no account; data moves only through files you export yourself.";
}
