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
    StillSearching => "Masih mencari di seluruh jurnal…", "Still searching your whole journal…";
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
    GoalsIntro => "Tujuan aktif di atas, yang paling mendesak lebih dulu.", "Active goals first, the most urgent at the top.";
    GoalNew => "Tujuan baru", "New goal";
    GoalFilterStatus => "Status", "Status";
    GoalFilterAllStatuses => "Semua status", "All statuses";
    GoalFilterCategory => "Kategori", "Category";
    GoalFilterAllCategories => "Semua kategori", "All categories";
    GoalsCountOne => "1 tujuan", "1 goal";
    GoalsCount => "{n} tujuan", "{n} goals";
    GoalsShownOf => "{shown} dari {total} tujuan", "{shown} of {total} goals";
    GoalsNoMatches => "Tidak ada tujuan yang cocok dengan filter ini.", "No goals match these filters.";
    GoalsEmptyTitle => "Belum ada tujuan", "No goals yet";
    GoalsEmptyBody => "Tujuan memberi arah pada jurnal Anda: tulis apa yang ingin dicapai, mengapa itu penting, dan bagaimana Anda tahu sudah berhasil. Pecah menjadi tonggak, tautkan entri jurnal sebagai bukti, dan Jejak memberi tahu bila sebuah tujuan segera jatuh tempo atau berisiko.", "Goals give your journal a direction: write down what you want to reach, why it matters and how you will know you got there. Break it into milestones, link journal entries as evidence, and Jejak tells you when a goal is due soon or at risk.";
    GoalsEmptyCta => "Buat tujuan pertama", "Create your first goal";
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
    GoalFlagDueSoon => "Segera jatuh tempo", "Due soon";
    GoalFlagAtRisk => "Berisiko", "At risk";
    GoalFlagOverdue => "Lewat tenggat", "Overdue";
    GoalFlagOverdueMilestone => "1 tonggak terlambat", "1 overdue milestone";
    GoalFlagOverdueMilestones => "{n} tonggak terlambat", "{n} overdue milestones";
    GoalTargetOn => "Target {date}", "Target {date}";
    GoalNoTarget => "Tanpa tanggal target", "No target date";
    GoalProgress => "Kemajuan", "Progress";
    GoalProgressOf => "Kemajuan {title}", "Progress of {title}";
    GoalMilestonesDone => "{done} dari {total} tonggak selesai", "{done} of {total} milestones done";
    GoalEdit => "Ubah tujuan", "Edit goal";
    GoalFieldWhy => "Mengapa ini penting", "Why it matters";
    GoalFieldMeasure => "Ukuran keberhasilan", "Measure of success";
    GoalFieldMeasureHint => "Bagaimana Anda tahu tujuan ini tercapai?", "How will you know you got there?";
    GoalFieldCategory => "Kategori", "Category";
    GoalFieldTarget => "Tanggal target", "Target date";
    GoalStatusHeading => "Status", "Status";
    GoalActiveSince => "Aktif sejak {date}", "Active since {date}";
    GoalAchievedOn => "Tercapai pada {date}", "Achieved on {date}";
    GoalDroppedOn => "Dihentikan pada {date}", "Dropped on {date}";
    GoalDraftExplain => "Draf: belum dimulai. Aktifkan saat Anda mulai mengerjakannya; sejak itu Jejak mengukur lajunya.", "Draft: not started. Activate it when you start working on it; from then on Jejak tracks its pace.";
    GoalActivate => "Aktifkan", "Activate";
    GoalAchieve => "Tandai tercapai", "Mark achieved";
    GoalDrop => "Hentikan", "Drop";
    GoalReopen => "Buka kembali", "Reopen";
    GoalReflection => "Refleksi", "Reflection";
    GoalReflectAchieve => "Refleksi singkat: apa yang membuatnya berhasil?", "Short reflection: what made it work?";
    GoalReflectDrop => "Refleksi singkat: mengapa tujuan ini dihentikan?", "Short reflection: why are you dropping it?";
    GoalReflectHint => "Satu atau dua kalimat; bisa dikosongkan.", "A sentence or two; you may leave it empty.";
    GoalConfirmAchieve => "Simpan sebagai tercapai", "Save as achieved";
    GoalConfirmDrop => "Hentikan tujuan", "Drop goal";
    GoalMilestones => "Tonggak", "Milestones";
    GoalMilestoneNew => "Tonggak baru", "New milestone";
    GoalMilestoneDue => "Tenggat (opsional)", "Due date (optional)";
    GoalMilestoneAdd => "Tambah tonggak", "Add milestone";
    GoalMilestoneAddHint => "Tekan Enter untuk menambah.", "Press Enter to add.";
    GoalMilestoneMoveUp => "Naikkan: {title}", "Move up: {title}";
    GoalMilestoneMoveDown => "Turunkan: {title}", "Move down: {title}";
    GoalMilestoneRemove => "Hapus: {title}", "Remove: {title}";
    GoalMilestoneOverdue => "Terlambat", "Overdue";
    GoalMilestoneDueOn => "Tenggat {date}", "Due {date}";
    GoalMilestoneDoneOn => "Selesai {date}", "Done {date}";
    GoalMilestonesEmpty => "Belum ada tonggak. Pecah tujuan menjadi beberapa langkah, atau atur kemajuannya sendiri.", "No milestones yet. Break the goal into steps, or set its progress by hand.";
    GoalManualProgress => "Kemajuan (%)", "Progress (%)";
    GoalManualProgressHint => "Diatur sendiri selama tujuan belum punya tonggak.", "Set by hand while the goal has no milestones.";
    GoalEvidence => "Entri jurnal terkait", "Linked journal entries";
    GoalEvidenceEmpty => "Belum ada entri yang ditautkan. Buka sebuah entri jurnal dan centang tujuan ini di bagian \"Tujuan terkait\".", "No entries linked yet. Open a journal entry and tick this goal under \"Linked goals\".";
    GoalHistory => "Riwayat", "History";
    GoalHistCreated => "Tujuan dibuat", "Goal created";
    GoalHistActivated => "Tujuan diaktifkan", "Goal activated";
    GoalHistStatus => "Status menjadi {status}", "Status changed to {status}";
    GoalHistMilestoneDone => "Tonggak selesai: {title}", "Milestone done: {title}";
    GoalHistMilestoneAdded => "Tonggak ditambahkan: {title}", "Milestone added: {title}";
    GoalHistProgress => "Kemajuan diatur ke {n} %", "Progress set to {n} %";
    GoalHistOther => "Perubahan lain", "Other change";
    GoalDelete => "Hapus tujuan", "Delete goal";
    GoalDeleteConfirm => "Hapus tujuan ini beserta tonggak dan riwayatnya? Entri jurnal yang terkait tetap ada.", "Delete this goal with its milestones and history? Linked journal entries stay.";
    GoalDeleteYes => "Ya, hapus tujuan", "Yes, delete the goal";
    GoalDeleted => "Tujuan dihapus.", "Goal deleted.";
    GoalNotFound => "Tujuan ini tidak ditemukan. Mungkin sudah dihapus.", "This goal was not found. It may have been deleted.";
    GoalBack => "Kembali ke tujuan", "Back to goals";
    GoalErrTextTooLong => "Teks terlalu panjang (maksimal 2.000 karakter).", "The text is too long (2,000 characters at most).";
    GoalErrProgress => "Kemajuan harus antara 0 dan 100.", "Progress must be between 0 and 100.";
    GoalErrTooManyMilestones => "Paling banyak 50 tonggak per tujuan.", "50 milestones per goal at most.";
    GoalErrMilestoneTitleEmpty => "Tulis judul tonggak dulu.", "Give the milestone a title first.";
    GoalErrMilestoneTitleTooLong => "Judul tonggak terlalu panjang (maksimal 200 karakter).", "The milestone title is too long (200 characters at most).";
    GoalErrMilestoneDue => "Tenggat tonggak harus antara tahun 1900 dan 2200.", "A milestone's due date must be between the years 1900 and 2200.";
    GoalErrClosedBeforeActivated => "Tanggal selesai tidak boleh sebelum tanggal mulai aktif.", "The closing date cannot be before the day it became active.";
    LinkedGoals => "Tujuan terkait", "Linked goals";
    LinkedGoalsHint => "Centang tujuan yang didukung entri ini sebagai bukti.", "Tick the goals this entry is evidence for.";
    LinkedGoalsNone => "Belum ada tujuan draf atau aktif untuk ditautkan.", "There are no draft or active goals to link yet.";
    // Offline and install
    UpdateReady => "Versi baru siap — muat ulang untuk memakainya. Data Anda tetap aman.", "A new version is ready — reload to use it. Your data stays safe.";
    UpdateReload => "Muat ulang", "Reload";
    UpdateLater => "Nanti saja", "Later";
    InstallHintTitle => "Pasang Jejak di Layar Utama", "Add Jejak to your Home Screen";
    InstallHintBody => "Ketuk tombol Bagikan, lalu “Tambah ke Layar Utama”. Safari menghapus data situs yang tidak dibuka selama 7 hari, kecuali yang sudah dipasang.", "Tap the Share button, then “Add to Home Screen”. Safari erases the data of websites not opened for 7 days, except installed ones.";
    InstallHintDismiss => "Mengerti", "Got it";
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
    AboutText => "Jejak menyimpan semua data di perangkat ini. Tidak ada server Jejak dan tidak ada akun; data berpindah lewat file yang Anda ekspor sendiri, atau, bila Anda mengaturnya, lewat sinkronisasi terenkripsi ke server CouchDB milik Anda.", "Jejak keeps all data on this device. There is no Jejak server and no account; data moves through files you export yourself or, if you set it up, through encrypted sync with your own CouchDB server.";
}
}
