//! Strings only the Goals list and a goal's screen use. They live apart from the tables
//! that start-up code reads, so they travel with those screens' code instead of in the first
//! download.

use super::strings::strings;

strings! { GoalKey {
    // Goals
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
    GoalNotFound => "Tujuan ini tidak ditemukan. Mungkin sudah dihapus.", "This goal was not found. It may have been deleted.";
    GoalBack => "Kembali ke tujuan", "Back to goals";
} }
