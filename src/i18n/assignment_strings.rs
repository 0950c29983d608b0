//! Strings for Assignments: secondment, internship and exchange readiness, and the risk register.
//! Texts with `{name}` placeholders are filled by the screens; counted phrases and the readiness
//! explanation are worded in `assignment_messages`.

use super::strings::strings;

strings! { AssignmentKey {
    // List
    Title => "Penugasan", "Assignments";
    Intro => "Bersiap untuk detasering, magang, pertukaran pegawai, rotasi jabatan, atau proyek khusus.", "Get ready for a secondment, internship, employee exchange, job rotation or special project.";
    NewHeading => "Mulai dari templat", "Start from a template";
    NewType => "Jenis penugasan", "Assignment type";
    NewCreate => "Buat penugasan", "Create assignment";
    NewTemplateNote => "Jejak menyiapkan daftar periksa kesiapan dan daftar risiko untuk jenis ini. Semuanya bisa Anda ubah.", "Jejak sets up a readiness checklist and a risk register for this type. You can change all of it.";
    EmptyTitle => "Belum ada penugasan", "No assignments yet";
    EmptyBody => "Penugasan di luar unit membuka wawasan dan jejaring baru. Pilih jenisnya di atas untuk mulai bersiap.", "An assignment away from your unit broadens your view and your network. Choose its type above to start getting ready.";
    ListHeading => "Penugasan Anda", "Your assignments";
    ReadinessOf => "Kesiapan: {name}", "Readiness: {name}";
    NoScoreShort => "Belum ada skor", "No score yet";

    // Types
    TypeSecondment => "Detasering", "Secondment";
    TypeInternship => "Magang", "Internship";
    TypeExchange => "Pertukaran pegawai", "Employee exchange";
    TypeRotation => "Rotasi jabatan", "Job rotation";
    TypeProject => "Proyek khusus", "Special project";
    TypeSecondmentHint => "Penempatan sementara di peran, unit, atau organisasi lain.", "A temporary placement in another role, unit or organisation.";
    TypeInternshipHint => "Penempatan di luar unit untuk menguasai kompetensi; bagi ASN paling lama satu tahun.", "A placement outside your unit to master a competency; up to one year for civil servants.";
    TypeExchangeHint => "Pertukaran dua arah antara dua instansi.", "A two-way exchange between two institutions.";
    TypeRotationHint => "Perpindahan jabatan untuk memperluas pengalaman.", "A move to another post to broaden your experience.";
    TypeProjectHint => "Tugas di proyek khusus atau tim lintas unit.", "Work on a special project or in a cross-unit team.";

    // Statuses
    StatusExploring => "Menjajaki", "Exploring";
    StatusPreparing => "Bersiap", "Preparing";
    StatusOnAssignment => "Sedang bertugas", "On assignment";
    StatusReentry => "Kembali ke unit asal", "Re-entry";
    StatusCompleted => "Selesai", "Completed";
    StatusWithdrawn => "Batal", "Withdrawn";

    // Detail: header, not found, delete
    NotFound => "Penugasan ini tidak ditemukan. Mungkin sudah dihapus.", "This assignment was not found. It may have been deleted.";
    Back => "Kembali ke penugasan", "Back to assignments";
    Delete => "Hapus penugasan", "Delete assignment";
    DeleteConfirm => "Hapus penugasan ini beserta daftar periksa dan risikonya?", "Delete this assignment with its checklist and risks?";
    DeleteYes => "Ya, hapus penugasan", "Yes, delete the assignment";

    // Readiness
    ReadinessHeading => "Kesiapan", "Readiness";
    ScoreLabel => "Skor kesiapan", "Readiness score";
    NoScore => "Belum ada yang bisa dihitung: tambahkan item ke daftar periksa atau ubah item yang tidak berlaku.", "Nothing to count yet: add checklist items, or change items marked not applicable.";
    AllDone => "Semua yang dihitung saat ini sudah selesai.", "Everything that counts right now is done.";
    StageBefore => "Sebelum berangkat · mulai {date}", "Before departure · starts {date}";
    StageBeforeUndated => "Sebelum berangkat", "Before departure";
    StageDuring => "Sedang bertugas · hingga {date}", "On assignment · until {date}";
    StageDuringUndated => "Sedang bertugas", "On assignment";
    StageAfter => "Sudah kembali · berakhir {date}", "Back from the assignment · ended {date}";
    StageAfterUndated => "Sudah kembali", "Back from the assignment";
    ExplainHeading => "Yang masih perlu dikerjakan", "What is left to do";
    HowScored => "Cara skor dihitung", "How the score works";
    HowScoredBody => "Sebelum berangkat, hanya item persiapan, kesepakatan, serah terima, dan urusan praktis yang dihitung. Selama penugasan, item fase yang sedang berjalan dihitung dua kali, begitu pula item kembali ke unit asal setelah penugasan berakhir. Item selesai bernilai penuh, item yang sedang dikerjakan setengah, dan item yang tidak berlaku diabaikan. Setiap risiko tinggi yang belum punya mitigasi mengurangi 10 poin, paling banyak 30.", "Before departure, only the prepare, agree, hand-over and practical items count. On assignment the current phase counts double, and so do the re-entry items once it has ended. A done item earns its full weight, an item in progress half, and items marked not applicable are left out. Each high risk without a mitigation takes 10 points off, 30 at most.";
    WarnInternship => "Magang bagi ASN paling lama satu tahun: tanggal selesai sebaiknya tidak melewati {date}.", "Civil-service internships last one year at most: the end date should be no later than {date}.";
    WarnExchange => "Pertukaran pegawai melibatkan dua instansi: isi instansi asal dan instansi tujuan.", "An exchange involves two institutions: record both your home and your host institution.";

    // Details form
    DetailsHeading => "Rincian", "Details";
    FieldType => "Jenis penugasan", "Assignment type";
    FieldStatus => "Status", "Status";
    FieldRole => "Peran atau jabatan di tempat tugas", "Role at the host";
    FieldHostOrg => "Instansi tujuan", "Host organisation";
    FieldHostUnit => "Unit tujuan", "Host unit";
    FieldHomeOrg => "Instansi asal", "Home organisation";
    FieldHomeUnit => "Unit asal", "Home unit";
    FieldStart => "Tanggal mulai", "Start date";
    FieldEnd => "Tanggal selesai", "End date";
    FieldHomeSupervisor => "Atasan di unit asal", "Supervisor at home";
    FieldHostSupervisor => "Atasan di tempat tugas", "Supervisor at the host";
    TypeChangeNote => "Mengganti jenis tidak mengubah daftar periksa dan risiko yang sudah ada.", "Changing the type keeps the checklist and risks you already have.";

    // Objectives
    ObjectivesHeading => "Sasaran penugasan", "Objectives";
    FieldObjectives => "Yang ingin Anda pelajari", "What you want to learn";
    FieldObjectivesHint => "Misalnya: menyusun kajian kebijakan lintas sektor dan memimpin rapat koordinasi.", "For example: drafting a cross-sector policy review and chairing coordination meetings.";
    LinkedGoals => "Tujuan yang didukung", "Linked goals";
    LinkedGoalsHint => "Tujuan aktif dan draf yang ingin Anda capai lewat penugasan ini.", "Active and draft goals this assignment helps you reach.";
    LinkedGoalsNone => "Belum ada tujuan aktif atau draf.", "No active or draft goals yet.";
    FieldCompetencies => "Kompetensi yang dikembangkan", "Competencies to develop";
    FieldCompetenciesHint => "Pisahkan dengan koma, misalnya: Kerja sama, Komunikasi, Analisis kebijakan.", "Separate them with commas, e.g. Collaboration, Communication, Policy analysis.";

    // Errors
    ErrTooLong => "Teks ini terlalu panjang.", "This text is too long.";
    ErrDateInvalid => "Tanggal ini tidak bisa dibaca. Gunakan pemilih tanggal.", "This date cannot be read. Use the date picker.";
    ErrDateRange => "Tanggal harus antara tahun 1900 dan 2200.", "The date must be between the years 1900 and 2200.";
    ErrEndBeforeStart => "Tanggal selesai tidak boleh sebelum tanggal mulai.", "The end date cannot be before the start date.";
    ErrTooManyCompetencies => "Paling banyak 30 kompetensi.", "At most 30 competencies.";
    ErrItemEmpty => "Tulis isi item terlebih dahulu.", "Write the item's text first.";
    ErrItemTooLong => "Isi item terlalu panjang (paling banyak 300 karakter).", "The item is too long (300 characters at most).";
    ErrNoteTooLong => "Catatan terlalu panjang.", "The note is too long.";
    ErrItemDue => "Tenggat harus antara tahun 1900 dan 2200.", "The due date must be between the years 1900 and 2200.";
    ErrEvidence => "Tautan bukti harus berupa alamat web yang diawali https:// atau http://.", "The evidence link must be a web address starting with https:// or http://.";
    ErrTooManyItems => "Daftar periksa sudah penuh (paling banyak 100 item).", "The checklist is full (100 items at most).";
    ErrTooManyRisks => "Daftar risiko sudah penuh (paling banyak 40 risiko).", "The risk register is full (40 risks at most).";
    ErrRiskTitleEmpty => "Beri nama risikonya terlebih dahulu.", "Name the risk first.";
    ErrRiskTooLong => "Teks risiko ini terlalu panjang.", "This risk's text is too long.";
    NotSavedYet => "Belum tersimpan: perbaiki isian yang ditandai.", "Not saved yet: fix the marked field.";

    // Checklist
    ChecklistHeading => "Daftar periksa kesiapan", "Readiness checklist";
    ChecklistIntro => "Centang yang sudah selesai. Buka rincian item untuk status lain, tenggat, catatan, tautan bukti, atau mengubah urutannya.", "Tick what is done. Open an item's details for other statuses, a due date, a note, an evidence link or to change its place.";
    ScaleLegend => "Kemungkinan: 1 jarang, 2 mungkin, 3 sangat mungkin. Dampak: 1 kecil, 2 sedang, 3 besar.", "Likelihood: 1 unlikely, 2 possible, 3 likely. Impact: 1 minor, 2 moderate, 3 major.";
    PhasePrepare => "Persiapan", "Prepare";
    PhaseAgree => "Sepakati harapan", "Agree expectations";
    PhaseHandover => "Serah terima", "Hand over";
    PhasePractical => "Urusan praktis", "Practicalities";
    PhaseDuring => "Selama penugasan", "During the assignment";
    PhaseReentry => "Kembali ke unit asal", "Re-entry";
    PhaseEmpty => "Belum ada item di fase ini.", "No items in this phase.";
    ItemTodo => "Belum", "To do";
    ItemInProgress => "Sedang dikerjakan", "In progress";
    ItemDone => "Selesai", "Done";
    ItemNotApplicable => "Tidak berlaku", "Not applicable";
    ItemDueOn => "Tenggat {date}", "Due {date}";
    ItemOverdue => "Terlambat", "Overdue";
    ItemDetails => "Rincian: {title}", "Details: {title}";
    ItemMoveUp => "Naikkan: {title}", "Move up: {title}";
    ItemMoveDown => "Turunkan: {title}", "Move down: {title}";
    ItemRemove => "Hapus item", "Remove item";
    MoveUp => "Naikkan", "Move up";
    MoveDown => "Turunkan", "Move down";
    FieldItemText => "Isi item", "Item";
    FieldItemStatus => "Status item", "Item status";
    FieldItemPhase => "Fase", "Phase";
    FieldItemDue => "Tenggat (opsional)", "Due date (optional)";
    FieldItemNote => "Catatan", "Note";
    FieldItemEvidence => "Tautan bukti", "Evidence link";
    FieldItemEvidenceHint => "Alamat web dokumen pendukung, misalnya surat tugas yang tersimpan di drive kantor.", "The web address of a supporting document, e.g. the assignment letter on your office drive.";
    EvidenceOpen => "Bukti", "Evidence";
    AddItemHeading => "Tambah item", "Add an item";
    FieldNewItem => "Item baru", "New item";
    AddItem => "Tambah item", "Add item";

    // Risks
    RisksHeading => "Daftar risiko", "Risk register";
    RisksIntro => "Nilai kemungkinan dan dampak dari 1 sampai 3. Risiko tinggi yang belum punya mitigasi menurunkan skor kesiapan.", "Rate likelihood and impact from 1 to 3. High risks without a mitigation lower the readiness score.";
    MatrixTitle => "Matriks risiko: kemungkinan × dampak", "Risk matrix: likelihood × impact";
    MatrixTable => "Risiko menurut kemungkinan dan dampak", "Risks by likelihood and impact";
    AxisLikelihood => "Kemungkinan", "Likelihood";
    AxisImpact => "Dampak", "Impact";
    Likelihood1 => "Jarang", "Unlikely";
    Likelihood2 => "Mungkin", "Possible";
    Likelihood3 => "Sangat mungkin", "Likely";
    Impact1 => "Kecil", "Minor";
    Impact2 => "Sedang", "Moderate";
    Impact3 => "Besar", "Major";
    LevelLow => "Rendah", "Low";
    LevelMedium => "Sedang", "Medium";
    LevelHigh => "Tinggi", "High";
    ColNumber => "No.", "No.";
    ColRisk => "Risiko", "Risk";
    ColLevel => "Tingkat", "Level";
    RiskNumber => "Risiko {n}", "Risk {n}";
    FieldRiskTitle => "Risiko", "Risk";
    FieldLikelihood => "Kemungkinan", "Likelihood";
    FieldImpact => "Dampak", "Impact";
    FieldMitigation => "Mitigasi", "Mitigation";
    MitigationSuggestion => "Saran: {text}", "Suggestion: {text}";
    FieldOwner => "Penanggung jawab", "Owner";
    FieldRiskStatus => "Status risiko", "Risk status";
    RiskOpen => "Terbuka", "Open";
    RiskMitigated => "Termitigasi", "Mitigated";
    RiskClosed => "Ditutup", "Closed";
    RiskUnmitigated => "Belum ada mitigasi", "No mitigation yet";
    RiskRemove => "Hapus risiko", "Remove risk";
    RisksEmpty => "Belum ada risiko yang dicatat.", "No risks recorded.";
    ClosedNotInMatrix => "Risiko yang ditutup tidak ditampilkan di matriks.", "Closed risks are not shown in the matrix.";
    FieldNewRisk => "Risiko baru", "New risk";
    AddRisk => "Tambah risiko", "Add risk";
}
}
