//! The string table: every key with its Indonesian and English text.

/// Declares one string table: an enum of keys, each with its Indonesian and English text.
/// Every module has its own table (so screens can grow in parallel); all of them implement
/// [`super::Text`], which is what `Lang::t` takes.
macro_rules! strings {
    ($name:ident { $($key:ident => $id:literal, $en:literal;)* }) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name { $($key),* }

        impl $name {
            #[allow(dead_code)]
            pub const ALL: &'static [$name] = &[$($name::$key),*];
        }

        impl $crate::i18n::Text for $name {
            fn text(self) -> (&'static str, &'static str) {
                match self { $($name::$key => ($id, $en)),* }
            }
        }
    };
}
pub(crate) use strings;

strings! { Key {
    AppName => "Jejak", "Jejak";
    AppTagline => "Jurnal karier dan mentoring yang tersimpan di perangkat Anda", "Career and mentoring journal that stays on your device";
    SkipToContent => "Lewati ke isi", "Skip to content";
    MainNav => "Navigasi utama", "Main navigation";
    NavJournal => "Jurnal", "Journal";
    NavData => "Data", "Data";
    NavSettings => "Pengaturan", "Settings";
    NavPeople => "Mentoring", "Mentoring";
    NavCompetencies => "Kompetensi", "Competencies";
    NavAssignments => "Penugasan", "Assignments";
    NavMentees => "Mentee", "Mentees";
    NavMore => "Lainnya", "More";
    MoreTitle => "Semua bagian", "All sections";
    MoreCompetenciesHint => "Nilai diri terhadap standar kompetensi dan lihat kesenjangannya", "Rate yourself against a competency standard and see the gaps";
    MoreAssignmentsHint => "Kesiapan magang, detasering, dan pertukaran pegawai", "Readiness for secondments, internships and exchanges";
    MoreGrowthHint => "Keseimbangan 70-20-10, JP, dan tindak lanjut pelatihan", "70-20-10 balance, learning hours and training follow-ups";
    MoreMenteesHint => "Tinjau file yang dibagikan mentee Anda", "Review files your mentees shared with you";
    MoreDataHint => "Cadangan, impor, ekspor, dan berbagi dengan mentor", "Backup, import, export and sharing with your mentor";
    MoreSettingsHint => "Bahasa, tema, dan target JP", "Language, theme and learning-hours target";
    FeedbackFileSaved => "File umpan balik disimpan. Kirimkan ke mentee Anda.", "Feedback file saved. Send it to your mentee.";
    MoreIntro => "Bagian Jejak yang tidak punya tombol sendiri di bilah bawah.", "The parts of Jejak without their own button in the bottom bar.";
    Loading => "Memuat…", "Loading…";
    PageNotFound => "Halaman tidak ditemukan", "Page not found";
    PageNotFoundBody => "Alamat ini tidak ada di Jejak. Data Anda tetap aman.", "This address does not exist in Jejak. Your data is safe.";
    ScreenNotLoadedTitle => "Layar ini belum dapat dibuka", "This screen could not be opened";
    ScreenNotLoadedBody => "Bagian aplikasi untuk layar ini belum terunduh, mungkin karena koneksi terputus. Periksa koneksi lalu coba lagi. Data Anda tetap aman.", "The part of the app for this screen has not downloaded yet, perhaps because the connection dropped. Check the connection and try again. Your data is safe.";
    ScreenLoading => "Memuat…", "Loading…";
    TryAgain => "Coba lagi", "Try again";

    // Journal list
    JournalTitle => "Jurnal", "Journal";
    FilterFrom => "Dari tanggal", "From date";
    FilterTo => "Sampai tanggal", "To date";
    ClearFilters => "Hapus filter", "Clear filters";
    Filters => "Filter", "Filters";
    ShowMore => "Tampilkan lebih banyak", "Show more";
    Untitled => "Tanpa judul", "Untitled";

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
    FieldTitle => "Judul", "Title";
    FieldLearning => "Jenis pembelajaran (70-20-10)", "Learning type (70-20-10)";
    FieldHours => "Jam", "Hours";
    TabWrite => "Tulis", "Write";
    TabPreview => "Pratinjau", "Preview";
    PreviewEmpty => "Belum ada isi untuk dipratinjau.", "Nothing to preview yet.";
    Close => "Tutup", "Close";
    CloseEditorHint => "Esc untuk menutup", "Esc to close";
    Undo => "Urungkan", "Undo";
    EntryDeleted => "Entri dihapus.", "Entry deleted.";
    EntryRestored => "Entri dipulihkan.", "Entry restored.";
    Saved => "Tersimpan", "Saved";
    Saving => "Menyimpan…", "Saving…";
    SavedLocallyOnly => "Disimpan sementara di perangkat; akan disimpan penuh setelah diperbaiki", "Kept on this device for now; saved fully once fixed";
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
    DeleteAllDone => "Semua data telah dihapus dari perangkat ini.", "All data was deleted from this device.";
    Cancel => "Batal", "Cancel";

    // Settings
    LangIndonesian => "Bahasa Indonesia", "Bahasa Indonesia";
    LangEnglish => "English", "English";
    // Today and development
    NavToday => "Hari ini", "Today";
    NavGrowth => "Belajar", "Learning";
    TodayTitle => "Hari ini", "Today";
    WelcomeTitle => "Selamat datang di Jejak", "Welcome to Jejak";
    WelcomeBody => "Jejak membantu Anda mencatat perjalanan karier: apa yang Anda kerjakan dan pelajari, tujuan yang ingin dicapai, dan keseimbangan belajar 70-20-10. Semua data tetap di perangkat ini.", "Jejak helps you keep track of your career: what you did and learned, the goals you are working towards, and your 70-20-10 learning balance. All data stays on this device.";
    WelcomeGoal => "Buat tujuan pertama", "Create a first goal";
    WelcomeEntry => "Tulis entri pertama", "Write a first entry";
    GoalsAttention => "Tujuan yang perlu perhatian", "Goals that need attention";
    GoalsAllOnTrack => "Tidak ada tujuan yang mendekati tenggat atau berisiko.", "No goal is close to its date or at risk.";
    NextMilestones => "Tonggak berikutnya", "Next milestones";
    NoMilestones => "Belum ada tonggak terbuka.", "No open milestones.";
    BalanceTitle => "Keseimbangan 70-20-10", "70-20-10 balance";
    BalanceLast90 => "90 hari terakhir", "Last 90 days";
    BalanceEmpty => "Belum ada entri pada periode ini. Catat pengalaman kerja, umpan balik, dan pelatihan untuk melihat keseimbangan Anda.", "No entries in this period yet. Log on-the-job work, feedback and training to see your balance.";
    BalanceByHours => "Dihitung dari jam (entri tanpa jam dihitung 1 jam).", "Weighted by hours (entries without hours count as 1 hour).";
    BalanceByCount => "Dihitung dari jumlah entri (belum ada jam).", "Counted by entries (no hours given yet).";
    Target => "Target", "Target";
    Actual => "Aktual", "Actual";
    Period => "Periode", "Period";
    Period30 => "30 hari", "30 days";
    Period90 => "90 hari", "90 days";
    Period365 => "365 hari", "365 days";
    PeriodAll => "Semua", "All time";
    CadenceTitle => "Ritme menulis jurnal", "Journaling cadence";
    CadenceWeeks => "Entri per minggu, 8 minggu terakhir", "Entries per week, last 8 weeks";
    WeekOf => "Minggu mulai", "Week of";
    Entries => "Entri", "Entries";
    GrowthTitle => "Pengembangan kompetensi", "Competency development";
    JpTitle => "Jam pelajaran (JP)", "Learning hours (JP)";
    JpExplain => "ASN berhak atas pengembangan kompetensi paling sedikit 20 JP setahun (1 JP = 45 menit). Semua bentuk belajar dihitung, termasuk mentoring, coaching, magang, pertukaran, dan penugasan.", "Civil servants have the right to at least 20 JP of competency development a year (1 JP = 45 minutes). Every form of learning counts, including mentoring, coaching, internships, exchanges and secondments.";
    JpTarget => "Target JP per tahun", "JP target per year";
    JpTargetHint => "20 untuk ASN; ubah bila pemberi kerja Anda memakai target lain.", "20 for civil servants; change it if your employer uses another target.";
    JpCounting => "Entri yang dihitung", "Entries that count";
    JpNone => "Belum ada entri dengan jam pada tahun ini.", "No entries with hours in this year yet.";
    Year => "Tahun", "Year";
    FollowUpTitle => "Tindak lanjut pelatihan", "Training follow-up";
    FollowUpExplain => "Beberapa minggu setelah pelatihan: apakah yang dipelajari sudah diterapkan, dan apa yang berubah? Yang dinilai hasilnya, bukan kehadiran.", "Some weeks after a training: was the learning applied on the job, and what changed? What counts is the outcome, not attendance.";
    FollowUpNone => "Tidak ada pelatihan yang menunggu tindak lanjut.", "No training is waiting for a follow-up.";
    FollowUpApplied => "Sudah diterapkan dalam pekerjaan", "Applied on the job";
    FollowUpOutcome => "Apa yang berubah?", "What changed?";
    FollowUpSave => "Simpan tindak lanjut", "Save follow-up";
    FollowUpSaved => "Tindak lanjut disimpan.", "Follow-up saved.";
    BackupNudge => "Buat cadangan", "Make a backup";
    SeeAll => "Lihat semua", "See all";
    FlagOverdue => "Lewat tenggat", "Overdue";
    FlagAtRisk => "Berisiko", "At risk";
    FlagDueSoon => "Segera jatuh tempo", "Due soon";
    // Goals
    NavGoals => "Tujuan", "Goals";
    GoalsTitle => "Tujuan", "Goals";
    GoalStatusDraft => "Draf", "Draft";
    GoalStatusActive => "Aktif", "Active";
    GoalStatusAchieved => "Tercapai", "Achieved";
    GoalStatusDropped => "Dihentikan", "Dropped";
    GoalCatSkill => "Keterampilan", "Skill";
    GoalCatRole => "Jabatan / promosi", "Role / promotion";
    GoalCatProject => "Proyek", "Project";
    GoalCatNetwork => "Jejaring", "Network";
    GoalCatLearning => "Pembelajaran", "Learning";
    GoalCatWellbeing => "Kesejahteraan", "Wellbeing";
    GoalEdit => "Ubah tujuan", "Edit goal";
    GoalMilestoneMoveUp => "Naikkan: {title}", "Move up: {title}";
    GoalMilestoneMoveDown => "Turunkan: {title}", "Move down: {title}";
    GoalMilestoneRemove => "Hapus: {title}", "Remove: {title}";
    GoalDeleted => "Tujuan dihapus.", "Goal deleted.";
    GoalErrTextTooLong => "Teks terlalu panjang (maksimal 2.000 karakter).", "The text is too long (2,000 characters at most).";
    GoalErrProgress => "Kemajuan harus antara 0 dan 100.", "Progress must be between 0 and 100.";
    GoalErrTooManyMilestones => "Paling banyak 50 tonggak per tujuan.", "50 milestones per goal at most.";
    GoalErrMilestoneTitleEmpty => "Tulis judul tonggak dulu.", "Give the milestone a title first.";
    GoalErrMilestoneTitleTooLong => "Judul tonggak terlalu panjang (maksimal 200 karakter).", "The milestone title is too long (200 characters at most).";
    GoalErrMilestoneDue => "Tenggat tonggak harus antara tahun 1900 dan 2200.", "A milestone's due date must be between the years 1900 and 2200.";
    GoalErrClosedBeforeActivated => "Tanggal selesai tidak boleh sebelum tanggal mulai aktif.", "The closing date cannot be before the day it became active.";
    // Offline and install
    UpdateReady => "Versi baru siap — muat ulang untuk memakainya. Data Anda tetap aman.", "A new version is ready — reload to use it. Your data stays safe.";
    UpdateReload => "Muat ulang", "Reload";
    UpdateLater => "Nanti saja", "Later";
    InstallHintTitle => "Pasang Jejak di Layar Utama", "Add Jejak to your Home Screen";
    InstallHintBody => "Ketuk tombol Bagikan, lalu “Tambah ke Layar Utama”. Safari menghapus data situs yang tidak dibuka selama 7 hari, kecuali yang sudah dipasang.", "Tap the Share button, then “Add to Home Screen”. Safari erases the data of websites not opened for 7 days, except installed ones.";
    InstallHintDismiss => "Mengerti", "Got it";
    // Backup and import
    BackupNever => "Belum pernah membuat cadangan di perangkat ini.", "No backup has been made on this device yet.";
    BackupToday => "Cadangan terakhir: hari ini.", "Last backup: today.";
    BackupDone => "Cadangan dibuat.", "Backup created.";
    Encrypt => "Lindungi dengan kata sandi", "Protect with a passphrase";
    Encrypting => "Mengenkripsi… (beberapa detik)", "Encrypting… (a few seconds)";
    Reading => "Membaca file…", "Reading the file…";
    Decrypting => "Membuka enkripsi…", "Decrypting…";
    UndoImportDone => "Impor terakhir telah diurungkan.", "The last import was undone.";
    SaveFailed => "Browser menolak menyimpan file. Coba lagi, atau izinkan unduhan untuk situs ini.", "The browser refused to save the file. Try again, or allow downloads for this site.";
    NothingChanged => "Tidak ada data yang berubah.", "Nothing was changed.";
}
}
