//! Strings for Competency self-assessment: frameworks, rating, results and history, and the
//! labels of the competency module's domain values. Texts with `{name}` placeholders are filled
//! by the screens.

use super::strings::strings;
use crate::domain::competency::builtin::Position;
use crate::domain::competency::framework::Group;
use crate::domain::competency::methods::{Method, Share};

strings! { CompetencyKey {
    // The Competencies screen
    Title => "Kompetensi", "Competencies";
    Intro => "Nilai diri Anda terhadap sebuah kerangka kompetensi, lihat kesenjangan dengan jabatan yang Anda tuju, lalu ubah kesenjangan menjadi tujuan pengembangan.", "Rate yourself against a competency framework, see the gap to the role you aim for, then turn the gaps into development goals.";
    NewAssessment => "Penilaian diri baru", "New self-assessment";
    FieldFramework => "Kerangka", "Framework";
    Start => "Mulai menilai", "Start rating";
    InProgressTitle => "Belum selesai", "Not finished yet";
    Resume => "Lanjutkan", "Resume";
    ResumeNamed => "Lanjutkan penilaian {date}", "Resume the assessment of {date}";
    AnsweredOf => "{n} dari {total} kompetensi sudah dinilai", "{n} of {total} competencies rated";
    LatestTitle => "Hasil terakhir", "Latest results";
    OpenResults => "Lihat hasil lengkap", "See the full results";
    HistoryTitle => "Semua penilaian", "All assessments";
    AssessmentOn => "Penilaian {date}", "Assessment of {date}";
    StatusInProgress => "Belum selesai", "In progress";
    StatusCompleted => "Selesai", "Completed";
    GapCountOne => "1 kesenjangan", "1 gap";
    GapCount => "{n} kesenjangan", "{n} gaps";
    NoGaps => "Tanpa kesenjangan", "No gaps";
    TopGaps => "Kesenjangan terbesar", "Largest gaps";
    EmptyTitle => "Belum ada penilaian diri", "No self-assessments yet";
    EmptyBody => "Pilih kerangka, nilai setiap kompetensi dari 1 sampai 5 dengan bantuan deskripsi levelnya, dan tetapkan level yang dibutuhkan jabatan yang Anda tuju. Jejak menampilkan kesenjangannya dalam grafik radar dan menyarankan cara mengembangkannya.", "Choose a framework, rate each competency from 1 to 5 with the help of its level descriptions, and set the level the role you aim for needs. Jejak shows the gaps in a radar chart and suggests ways to close them.";
    TrendTitle => "Perkembangan dari waktu ke waktu", "Trend over time";
    TrendIntro => "Level setiap kompetensi di semua penilaian yang selesai, dari yang terlama.", "Each competency's level in every completed assessment, oldest first.";
    TrendCaption => "Level per kompetensi di setiap penilaian", "Level by competency in each assessment";
    TrendOne => "Baru ada satu penilaian selesai dengan kerangka ini. Perkembangan terlihat setelah penilaian berikutnya.", "There is one completed assessment with this framework so far. The trend shows from the next one.";
    FrameworksTitle => "Kerangka kompetensi", "Competency frameworks";
    BuiltIn => "Bawaan", "Built in";
    Custom => "Buatan sendiri", "Your own";
    CompetencyCountOne => "1 kompetensi", "1 competency";
    CompetencyCount => "{n} kompetensi", "{n} competencies";
    NewFramework => "Kerangka baru", "New framework";
    NewFrameworkName => "Nama kerangka baru", "New framework's name";
    Create => "Buat", "Create";
    AboutTitle => "Sumber dan cara kerja", "Sources and how it works";
    AboutAsn => "Standar Kompetensi ASN mengikuti Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi (Permen PANRB) Nomor 38 Tahun 2017 tentang Standar Kompetensi Jabatan Aparatur Sipil Negara: delapan kompetensi manajerial dan satu kompetensi sosial kultural (perekat bangsa), masing-masing pada level 1–5. Deskripsi level di Jejak adalah ringkasan satu baris dari kamus kompetensi peraturan itu; untuk penilaian resmi, gunakan teks lengkap peraturan beserta indikator perilakunya.", "The civil-service standard follows Regulation of the Minister of Administrative and Bureaucratic Reform (Permen PANRB) No. 38 of 2017 on civil-service job competency standards (Standar Kompetensi Jabatan Aparatur Sipil Negara): eight managerial competencies and one socio-cultural competency (perekat bangsa, national unity), each on levels 1–5. The level descriptions in Jejak are one-line summaries of that regulation's competency dictionary; for an official assessment, use the regulation's full text and its behavioural indicators.";
    AboutPositions => "Level yang diharapkan menurut jabatan (JPT madya 5, JPT pratama 4, administrator 3, pengawas 2, pelaksana 1) ditawarkan sebagai target bila Anda memilih jenjang jabatan yang dituju. Kompetensi teknis berbeda untuk setiap jabatan: salin kerangka ini lalu tambahkan kompetensi teknis Anda.", "The level expected by position (JPT madya 5, JPT pratama 4, administrator 3, pengawas 2, pelaksana 1) is offered as the target when you choose the position you aim for. Technical competencies differ for every position: copy the framework and add yours.";
    AboutGeneric => "Kerangka profesional umum disusun untuk Jejak dan bukan standar resmi.", "The generic professional framework was written for Jejak and is not an official standard.";
    AboutMethods => "Metode pengembangan yang disarankan mengikuti model 70-20-10: satu dari pengalaman kerja, satu dari umpan balik dan bimbingan, satu dari pembelajaran formal. Kesenjangan yang lebih besar mendapat metode yang lebih mendalam.", "The suggested development methods follow the 70-20-10 model: one from experience on the job, one from feedback and guidance, one from formal learning. Larger gaps get more immersive methods.";

    // Levels, groups, positions
    LevelN => "Level {n}", "Level {n}";
    Level1 => "Paham", "Awareness";
    Level2 => "Dasar", "Basic";
    Level3 => "Menengah", "Intermediate";
    Level4 => "Mumpuni", "Proficient";
    Level5 => "Ahli", "Expert";
    NotAssessed => "Tidak dinilai", "Not assessed";
    NotAssessedHint => "Pilih ini bila Anda belum punya cukup pengalaman untuk menilai kompetensi ini.", "Choose this when you have too little experience to rate this competency.";
    NotAssessedShort => "tidak dinilai", "not assessed";
    NoneShort => "tidak ada", "none";
    DashNote => "– berarti tidak dinilai atau tidak ada target.", "– means not assessed, or no target.";
    GroupManagerial => "Manajerial", "Managerial";
    GroupSocioCultural => "Sosial kultural", "Socio-cultural";
    GroupTechnical => "Teknis", "Technical";
    GroupGeneral => "Umum", "General";
    PosJptMadya => "JPT madya (pimpinan tinggi madya)", "JPT madya (senior executive)";
    PosJptPratama => "JPT pratama (pimpinan tinggi pratama)", "JPT pratama (executive)";
    PosAdministrator => "Administrator", "Administrator";
    PosPengawas => "Pengawas", "Pengawas (supervisor)";
    PosPelaksana => "Pelaksana", "Pelaksana (staff)";
    PositionWithLevel => "{position} — level {n}", "{position} — level {n}";

    // The rating flow
    FlowTitle => "Penilaian diri", "Self-assessment";
    SetupHeading => "Tentang penilaian ini", "About this assessment";
    FieldDate => "Tanggal penilaian", "Date of the assessment";
    FieldTargetRole => "Jabatan atau peran yang dituju", "Target role";
    TargetRoleHint => "Misalnya \"Kepala Subbagian Perencanaan\". Level target setiap kompetensi adalah untuk peran ini.", "For example \"Head of the planning section\". Each competency's target level is for this role.";
    FieldPosition => "Jenjang jabatan yang dituju", "Target position level";
    PositionNone => "Tidak memilih jenjang", "No position level";
    PositionHint => "Mengisi target semua kompetensi manajerial dan sosial kultural dengan level yang diharapkan standar. Anda tetap bisa mengubahnya per kompetensi.", "Fills the target of every managerial and socio-cultural competency with the level the standard expects. You can still change each one.";
    StepOf => "Kompetensi {n} dari {total}", "Competency {n} of {total}";
    SetupStep => "Persiapan", "Setup";
    ProgressLabel => "Kemajuan penilaian", "Assessment progress";
    YourLevel => "Level Anda saat ini", "Your current level";
    TargetFor => "Level target untuk {role}", "Target level for {role}";
    TargetLevel => "Level target", "Target level";
    NoTarget => "Tanpa target", "No target";
    Evidence => "Bukti: contoh nyata", "Evidence: real examples";
    EvidenceHint => "Apa yang pernah Anda lakukan yang menunjukkan level ini?", "What have you done that shows this level?";
    EvidenceEntries => "Entri jurnal sebagai bukti", "Journal entries as evidence";
    EntrySearch => "Cari entri jurnal menurut judul", "Search journal entries by title";
    EntrySearchPlaceholder => "Ketik sebagian judul…", "Type part of a title…";
    EntryLink => "Tautkan {title}", "Link {title}";
    EntryAdd => "Tautkan", "Link";
    EntryUnlink => "Lepas {title}", "Remove {title}";
    EntryNoMatch => "Tidak ada entri yang judulnya cocok.", "No entry's title matches.";
    EntriesNone => "Belum ada entri tertaut.", "No linked entries yet.";
    JournalEmpty => "Jurnal Anda masih kosong; entri yang Anda tulis nanti bisa ditautkan di sini.", "Your journal is empty; entries you write later can be linked here.";
    EntryMissing => "Entri terhapus", "Deleted entry";
    Previous => "Sebelumnya", "Previous";
    Next => "Berikutnya", "Next";
    Finish => "Selesai dan lihat hasil", "Finish and see the results";
    BackToList => "Kembali ke kompetensi", "Back to competencies";
    SavedAsYouGo => "Setiap jawaban langsung tersimpan; Anda bisa melanjutkan nanti.", "Every answer is saved at once; you can resume later.";
    KeyboardHint => "Tombol panah memilih level, Enter menuju kompetensi berikutnya.", "Arrow keys choose a level, Enter goes to the next competency.";
    NotFound => "Penilaian ini tidak ditemukan. Mungkin sudah dihapus.", "This assessment was not found. It may have been deleted.";
    FrameworkGone => "Kerangka penilaian ini sudah dihapus. Hasilnya tetap ditampilkan dengan nama kompetensi saat dinilai.", "This assessment's framework has been deleted. Its results still show, with the competency names as they were rated.";
    FrameworkEmpty => "Kerangka ini belum punya kompetensi. Tambahkan dulu di halaman kerangka.", "This framework has no competencies yet. Add some on the framework's page first.";
    UnansweredOne => "1 kompetensi belum dinilai dan akan dihitung \"tidak dinilai\".", "1 competency is not rated yet and will count as \"not assessed\".";
    Unanswered => "{n} kompetensi belum dinilai dan akan dihitung \"tidak dinilai\".", "{n} competencies are not rated yet and will count as \"not assessed\".";
    ErrRoleTooLong => "Nama peran terlalu panjang (paling banyak 120 karakter).", "The role's name is too long (120 characters at most).";
    ErrEvidenceTooLong => "Bukti terlalu panjang (paling banyak 2.000 karakter); yang terakhir diketik belum disimpan.", "The evidence is too long (2,000 characters at most); the latest typing is not saved.";
    ErrTooManyEntries => "Paling banyak 20 entri per kompetensi.", "At most 20 entries per competency.";

    // Results
    ResultsTitle => "Hasil penilaian diri", "Self-assessment results";
    TargetRoleIs => "Peran yang dituju: {role}", "Target role: {role}";
    SummaryLine => "{assessed} dari {total} kompetensi dinilai · {met} mencapai target · {gaps} dengan kesenjangan", "{assessed} of {total} competencies rated · {met} at target · {gaps} with a gap";
    ChartTitle => "Grafik radar", "Radar chart";
    ChartLabel => "Grafik radar level saat ini, target, dan penilaian sebelumnya untuk {n} kompetensi. Angka yang sama ada di tabel sesudahnya.", "Radar chart of the current, target and previous levels of {n} competencies. The same numbers are in the table after it.";
    ChartOutOfRange => "Grafik radar memerlukan 3 sampai 12 kompetensi; semua angka ada di tabel.", "The radar chart needs 3 to 12 competencies; all the numbers are in the table.";
    LegendCurrent => "Saat ini", "Current";
    LegendTarget => "Target", "Target";
    LegendPrevious => "Sebelumnya ({date})", "Previous ({date})";
    TableCaption => "Level per kompetensi", "Levels by competency";
    ColNumber => "No.", "No.";
    ColCompetency => "Kompetensi", "Competency";
    ColCurrent => "Saat ini", "Current";
    ColTarget => "Target", "Target";
    ColPrevious => "Sebelumnya", "Previous";
    ColGap => "Kesenjangan", "Gap";
    ColChange => "Perubahan", "Change";
    GapsTitle => "Kesenjangan, dari yang terbesar", "Gaps, largest first";
    GapsNone => "Tidak ada kesenjangan: setiap kompetensi yang dinilai sudah mencapai targetnya.", "No gaps: every rated competency reaches its target.";
    GapsNoTargets => "Belum ada level target, jadi kesenjangan belum bisa dihitung. Ubah penilaian untuk menetapkan target.", "There are no target levels yet, so no gaps can be worked out. Change the answers to set targets.";
    GapLine => "Level {current} → target {target}", "Level {current} → target {target}";
    GapShortOne => "kurang 1 level", "1 level short";
    GapShort => "kurang {n} level", "{n} levels short";
    MethodsHeading => "Cara mengembangkannya", "Ways to develop it";
    MakeGoal => "Jadikan tujuan", "Make it a goal";
    MakeGoalNamed => "Jadikan tujuan: {method} untuk {competency}", "Make a goal: {method} for {competency}";
    GoalTitle => "Meningkatkan {competency} ke level {n}", "Raise {competency} to level {n}";
    GoalWhy => "Penilaian diri {date}: level {current}, sedangkan {role} membutuhkan level {target}. Cara: {method} — {hint}", "Self-assessment of {date}: level {current}, while {role} needs level {target}. How: {method} — {hint}";
    GoalWhyNoRole => "Penilaian diri {date}: level {current}, target level {target}. Cara: {method} — {hint}", "Self-assessment of {date}: level {current}, target level {target}. How: {method} — {hint}";
    GoalMeasure => "Penilaian diri berikutnya menunjukkan level {n}: {descriptor}", "The next self-assessment shows level {n}: {descriptor}";
    ChangeTitle => "Perubahan sejak penilaian sebelumnya", "Change since the previous assessment";
    ChangeSince => "Dibandingkan dengan penilaian {date}.", "Compared with the assessment of {date}.";
    ChangeFirst => "Ini penilaian selesai pertama dengan kerangka ini; perubahan terlihat mulai penilaian berikutnya.", "This is the first completed assessment with this framework; changes show from the next one.";
    ChangeUp => "naik {n}", "up {n}";
    ChangeDown => "turun {n}", "down {n}";
    ChangeSame => "tetap", "no change";
    ChangeNone => "tidak dapat dibandingkan", "cannot be compared";
    ChangeSummary => "{up} naik, {down} turun, {same} tetap.", "{up} up, {down} down, {same} unchanged.";
    NotAssessedTitle => "Tidak dinilai kali ini", "Not assessed this time";
    RemovedCompetency => "(tidak lagi ada di kerangka)", "(no longer in the framework)";
    EditAnswers => "Ubah penilaian", "Change answers";
    DeleteAssessment => "Hapus penilaian", "Delete assessment";
    DeleteAssessmentConfirm => "Hapus penilaian ini beserta bukti dan targetnya?", "Delete this assessment with its evidence and targets?";
    DeleteYes => "Ya, hapus", "Yes, delete";
    EvidenceTitle => "Bukti yang dicatat", "Evidence recorded";

    // Development methods
    MethodProjectBased => "Pembelajaran berbasis proyek", "Project-based learning";
    MethodProjectBasedHint => "ambil tugas atau proyek nyata yang menuntut kompetensi ini, dengan hasil yang jelas.", "take on a real assignment or project that demands this competency, with a clear result.";
    MethodCoaching => "Coaching", "Coaching";
    MethodCoachingHint => "minta atasan atau coach mengamati perilaku ini dan memberi umpan balik secara rutin.", "ask your supervisor or a coach to observe this behaviour and give regular feedback.";
    MethodMentoring => "Mentoring", "Mentoring";
    MethodMentoringHint => "belajar dari mentor yang sudah memegang peran tujuan: diskusi rutin dan mengamati cara kerjanya.", "learn from a mentor who already holds the target role: regular conversations and shadowing.";
    MethodSimulation => "Simulasi", "Simulation";
    MethodSimulationHint => "latih perilaku yang masih kurang dalam situasi aman: studi kasus, bermain peran, atau latihan meja.", "practise the missing behaviour somewhere safe: case studies, role play or tabletop exercises.";
    MethodBlended => "Pembelajaran campuran (blended learning)", "Blended learning";
    MethodBlendedHint => "kursus singkat daring dan tatap muka yang diselingi penerapan langsung di pekerjaan.", "short online and classroom modules interleaved with applying them at work.";
    MethodJobRotation => "Rotasi jabatan atau detasering", "Job rotation or secondment";
    MethodJobRotationHint => "bekerja sementara di unit atau instansi lain yang menuntut kompetensi ini setiap hari.", "work for a while in another unit or organisation that demands this competency every day.";
    MethodFormalTraining => "Pelatihan formal (diklat)", "Formal training (diklat)";
    MethodFormalTrainingHint => "ikuti pelatihan terstruktur untuk membangun dasarnya, lalu tindak lanjuti di tempat kerja.", "attend structured training to build the foundations, then follow it up at work.";
    ShareExperience => "Pengalaman (70)", "Experience (70)";
    ShareSocial => "Sosial (20)", "Social (20)";
    ShareFormal => "Formal (10)", "Formal (10)";

    // The framework screen
    FrameworkTitle => "Kerangka kompetensi", "Competency framework";
    ReadOnly => "Kerangka bawaan tidak bisa diubah. Salin untuk menyesuaikannya, misalnya untuk menambahkan kompetensi teknis jabatan Anda.", "Built-in frameworks cannot be edited. Copy one to adapt it, for example to add your position's technical competencies.";
    CopyFramework => "Salin dan sesuaikan", "Copy and adapt";
    CopyName => "{name} (salinan)", "{name} (copy)";
    StartWithThis => "Mulai penilaian dengan kerangka ini", "Start an assessment with this framework";
    FieldName => "Nama kerangka", "Framework name";
    FieldDescription => "Keterangan", "Description";
    CompetencyName => "Nama kompetensi", "Competency name";
    CompetencyDefinition => "Definisi", "Definition";
    CompetencyGroup => "Jenis", "Type";
    LevelLabel => "Level {n} · {name}", "Level {n} · {name}";
    LevelsHeading => "Deskripsi level", "Level descriptions";
    AddCompetency => "Tambah kompetensi", "Add competency";
    NewCompetencyName => "Nama kompetensi baru", "New competency's name";
    RemoveCompetency => "Hapus {name}", "Remove {name}";
    MoveUp => "Naikkan {name}", "Move {name} up";
    MoveDown => "Turunkan {name}", "Move {name} down";
    NoCompetencies => "Belum ada kompetensi. Tambahkan yang pertama di bawah.", "No competencies yet. Add the first one below.";
    DeleteFramework => "Hapus kerangka", "Delete framework";
    DeleteFrameworkConfirm => "Hapus kerangka ini? Penilaian yang memakainya tetap tersimpan dengan nama kompetensi saat dinilai.", "Delete this framework? Assessments that use it stay, with the competency names as they were rated.";
    FrameworkNotFound => "Kerangka ini tidak ditemukan. Mungkin sudah dihapus.", "This framework was not found. It may have been deleted.";
    PositionTargetsTitle => "Level yang diharapkan menurut jabatan", "Expected level by position";
    ColPosition => "Jenjang jabatan", "Position";
    ColLevel => "Level", "Level";
    UsedByOne => "Dipakai di 1 penilaian.", "Used in 1 assessment.";
    UsedBy => "Dipakai di {n} penilaian.", "Used in {n} assessments.";
    CompetencyHeading => "{n}. {name}", "{n}. {name}";
    Untitled => "Tanpa nama", "Untitled";
    ErrNameEmpty => "Isi nama.", "Enter a name.";
    ErrTooLong => "Teks ini terlalu panjang.", "This text is too long.";
    ErrDuplicateName => "Kompetensi lain di kerangka ini sudah memakai nama ini.", "Another competency in this framework already has this name.";
    ErrTooManyCompetencies => "Kerangka ini sudah berisi jumlah kompetensi maksimum (40).", "This framework already has the most competencies allowed (40).";
}
}

pub fn level_name(level: u8) -> CompetencyKey {
    match level {
        1 => CompetencyKey::Level1,
        2 => CompetencyKey::Level2,
        3 => CompetencyKey::Level3,
        4 => CompetencyKey::Level4,
        _ => CompetencyKey::Level5,
    }
}

pub fn group(g: Group) -> CompetencyKey {
    match g {
        Group::Managerial => CompetencyKey::GroupManagerial,
        Group::SocioCultural => CompetencyKey::GroupSocioCultural,
        Group::Technical => CompetencyKey::GroupTechnical,
        Group::General => CompetencyKey::GroupGeneral,
    }
}

pub fn position(p: Position) -> CompetencyKey {
    match p {
        Position::JptMadya => CompetencyKey::PosJptMadya,
        Position::JptPratama => CompetencyKey::PosJptPratama,
        Position::Administrator => CompetencyKey::PosAdministrator,
        Position::Pengawas => CompetencyKey::PosPengawas,
        Position::Pelaksana => CompetencyKey::PosPelaksana,
    }
}

/// A method's name and its one-line "how" (lower-case start, to follow a dash).
pub fn method(m: Method) -> (CompetencyKey, CompetencyKey) {
    use CompetencyKey as K;
    match m {
        Method::ProjectBased => (K::MethodProjectBased, K::MethodProjectBasedHint),
        Method::Coaching => (K::MethodCoaching, K::MethodCoachingHint),
        Method::Mentoring => (K::MethodMentoring, K::MethodMentoringHint),
        Method::Simulation => (K::MethodSimulation, K::MethodSimulationHint),
        Method::Blended => (K::MethodBlended, K::MethodBlendedHint),
        Method::JobRotation => (K::MethodJobRotation, K::MethodJobRotationHint),
        Method::FormalTraining => (K::MethodFormalTraining, K::MethodFormalTrainingHint),
    }
}

pub fn share(s: Share) -> CompetencyKey {
    match s {
        Share::Experience => CompetencyKey::ShareExperience,
        Share::Social => CompetencyKey::ShareSocial,
        Share::Formal => CompetencyKey::ShareFormal,
    }
}

/// A compact date for table headers: "25 Nov 2026" / "25 Agu 2026".
pub fn short_date(lang: super::Lang, d: crate::domain::date::Date) -> String {
    const ID: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des",
    ];
    const EN: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let m = (d.month as usize).saturating_sub(1).min(11);
    let month = match lang {
        super::Lang::Id => ID[m],
        super::Lang::En => EN[m],
    };
    format!("{} {} {}", d.day, month, d.year)
}
