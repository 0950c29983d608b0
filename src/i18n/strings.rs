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
    AboutText => "Jejak menyimpan semua data hanya di perangkat ini. Tidak ada server dan tidak ada akun; data berpindah hanya lewat file yang Anda ekspor sendiri.", "Jejak keeps all data on this device only. There is no server and no account; data moves only through files you export yourself.";
}
