//! Strings for the development plan: the screen's own controls ([`PlanKey`]), the plan's texts
//! ([`Label`], whose slots the domain names) and [`Words`] for both languages, so the plan on
//! screen, on paper and in its Markdown file reads the same.

use super::strings::strings;
use super::{assignment_messages, competency_strings, labels, mentoring_messages, Lang, Text};
use crate::domain::date::Date;
use crate::domain::plan::words::{Label, Word, Words};

strings! { PlanKey {
    Title => "Rencana pengembangan", "Development plan";
    Intro => "Rencana pengembangan kompetensi untuk dibahas bersama atasan langsung: kesenjangan, tujuan dan cara mengembangkannya (70-20-10), serta yang sudah dilakukan. Jejak menyusunnya dari data Anda; tidak ada yang disimpan selain pilihan di bawah.", "A competency development plan to discuss with your direct supervisor: the gaps, the goals and how you will develop (70-20-10), and what you have done so far. Jejak builds it from your records; nothing is kept but the choices below.";
    OpenPlan => "Rencana pengembangan", "Development plan";
    OpenPlanHint => "Susun rencana pengembangan untuk atasan Anda dari kesenjangan, tujuan, dan pembelajaran", "Build a development plan for your supervisor from your gaps, goals and learning";
    OptionsTitle => "Pilihan rencana", "Plan options";
    PeriodLabel => "Periode", "Period";
    ThisYear => "Tahun ini ({year})", "This year ({year})";
    LastYear => "Tahun lalu ({year})", "Last year ({year})";
    NextYear => "Tahun depan ({year})", "Next year ({year})";
    CustomDates => "Tanggal lain", "Other dates";
    From => "Dari", "From";
    To => "Sampai", "To";
    ErrDatesMissing => "Isi kedua tanggal.", "Fill in both dates.";
    ErrDatesRange => "Tanggal harus antara tahun 1900 dan 2200.", "Dates must be between the years 1900 and 2200.";
    ErrDatesOrder => "Tanggal akhir tidak boleh sebelum tanggal awal.", "The end date cannot be before the start date.";
    ErrDatesLong => "Periode paling panjang menyentuh 3 tahun kalender.", "A period can touch at most 3 calendar years.";
    IncludeDrafts => "Sertakan tujuan draf", "Include draft goals";
    ShowNames => "Tampilkan nama mentor, coach, dan atasan", "Show the names of mentors, coaches and supervisor";
    ShowNamesHint => "Tanpa centang, rencana hanya menyebut perannya. Orang dalam jurnal Anda bersifat pribadi.", "Unticked, the plan names only their roles. The people in your journal are private.";
    PlanLanguage => "Bahasa rencana", "Plan language";
    PlanLanguageHint => "Bisa berbeda dari bahasa aplikasi, misalnya untuk menyerahkan rencana dalam bahasa Indonesia.", "Can differ from the app's language, for instance to hand the plan in in Indonesian.";
    AboutYou => "Tentang Anda", "About you";
    AboutYouHint => "Disimpan di pengaturan dan ikut dalam cadangan.", "Kept in your settings and included in backups.";
    YourName => "Nama", "Name";
    YourPosition => "Jabatan saat ini", "Current position";
    YourUnit => "Unit kerja", "Work unit";
    Print => "Cetak atau simpan PDF", "Print or save as PDF";
    PrintHint => "Di jendela cetak, pilih \"Simpan sebagai PDF\" untuk menyimpan berkas PDF.", "In the print dialog, choose \"Save as PDF\" to keep a PDF file.";
    DownloadMarkdown => "Unduh Markdown", "Download Markdown";
    DownloadFailed => "Berkas tidak dapat dibuat di peramban ini.", "The file could not be made in this browser.";
    GoalFieldMethods => "Metode pengembangan yang direncanakan", "Planned development methods";
    GoalFieldMethodsHint => "Bagaimana Anda akan berkembang lewat tujuan ini. Rencana pengembangan menjumlahkannya menjadi pembagian 70-20-10.", "How you will develop through this goal. The development plan adds them up into a 70-20-10 split.";
    GoalFieldCompetencies => "Kompetensi yang dikembangkan", "Competencies it develops";
    GoalFieldCompetenciesHint => "Dari penilaian diri terakhir Anda. Rencana pengembangan mencantumkan tujuan ini pada kesenjangannya.", "From your latest self-assessment. The development plan lists this goal against those gaps.";
    GoalCompetenciesNone => "Selesaikan sebuah penilaian diri untuk menautkan kompetensi.", "Complete a self-assessment to link competencies.";
    GoalCompetencyGap => "kesenjangan {current} → {target}", "gap {current} → {target}";
    GoalCompetencyOther => "Tautan lain", "Other links";
}
}

impl Text for Label {
    fn text(self) -> (&'static str, &'static str) {
        use Label as L;
        match self {
            L::DocTitle => ("Rencana Pengembangan Kompetensi", "Individual Development Plan"),
            L::SectionWho => ("Identitas pegawai", "About the employee"),
            L::Name => ("Nama", "Name"),
            L::Position => ("Jabatan saat ini", "Current position"),
            L::Unit => ("Unit kerja", "Work unit"),
            L::TargetRole => ("Jabatan yang dituju", "Target role"),
            L::Framework => ("Kerangka kompetensi", "Competency framework"),
            L::AssessedOn => ("dinilai {date}", "assessed {date}"),
            L::Period => ("Periode", "Period"),
            L::Made => ("Tanggal dibuat", "Date made"),
            L::NotFilled => ("(belum diisi)", "(not filled in)"),
            L::SectionGaps => ("Kesenjangan kompetensi", "Competency gaps"),
            L::GapsIntro => (
                "Kompetensi di bawah level targetnya pada penilaian diri terakhir, kesenjangan terbesar lebih dulu.",
                "Competencies below their target level in the latest self-assessment, largest gap first.",
            ),
            L::NoAssessment => (
                "Belum ada penilaian diri yang selesai. Kesenjangan diambil dari penilaian diri terakhir.",
                "No completed self-assessment yet. The gaps come from the latest one.",
            ),
            L::NoGaps => (
                "Tidak ada kompetensi di bawah targetnya pada penilaian diri terakhir.",
                "No competency is below its target in the latest self-assessment.",
            ),
            L::Competency => ("Kompetensi", "Competency"),
            L::Current => ("Saat ini", "Current"),
            L::Target => ("Target", "Target"),
            L::GapSize => ("Selisih", "Gap"),
            L::GoalsColumn => ("Tujuan pengembangan", "Development goals"),
            L::NoGoalYet => ("Belum ada tujuan", "No goal yet"),
            L::Uncovered => ("Kesenjangan yang belum punya tujuan: {list}.", "Gaps without a goal yet: {list}."),
            L::AllCovered => ("Setiap kesenjangan sudah punya tujuan.", "Every gap has a goal."),
            L::SectionGoals => ("Rencana pengembangan", "Planned development"),
            L::GoalsIntro => (
                "Tujuan yang aktif pada periode ini, yang paling mendesak lebih dulu.",
                "The goals active in this period, the most urgent first.",
            ),
            L::NoGoals => ("Belum ada tujuan yang aktif pada periode ini.", "No goal is active in this period yet."),
            L::Status => ("Status", "Status"),
            L::TargetDate => ("Tanggal target", "Target date"),
            L::NoTargetDate => ("belum ditentukan", "not set"),
            L::Progress => ("Kemajuan", "Progress"),
            L::Why => ("Mengapa", "Why"),
            L::Measure => ("Ukuran keberhasilan", "Measure of success"),
            L::Addresses => ("Menutup kesenjangan", "Addresses the gaps"),
            L::AlsoDevelops => ("Juga mengembangkan", "Also develops"),
            L::Methods => ("Metode pengembangan", "Development methods"),
            L::NoMethods => ("belum dipilih", "not chosen yet"),
            L::Milestones => ("Tonggak", "Milestones"),
            L::MilestoneDue => ("tenggat {date}", "due {date}"),
            L::MilestoneDone => ("selesai {date}", "done {date}"),
            L::MethodExperience => ("Pengalaman dan penugasan (70)", "Experience and assignments (70)"),
            L::MethodSocial => ("Coaching dan mentoring (20)", "Coaching and mentoring (20)"),
            L::MethodFormal => ("Pembelajaran formal (10)", "Formal learning (10)"),
            L::PlannedSplit => ("Pembagian 70-20-10 yang direncanakan", "Planned 70-20-10 split"),
            L::SplitNote => (
                "Setiap tujuan bernilai satu, dibagi rata di antara metodenya. Modelnya: 70 / 20 / 10.",
                "Each goal counts once, shared evenly among its methods. The model: 70 / 20 / 10.",
            ),
            L::SplitNone => ("Belum ada tujuan dengan metode pengembangan.", "No goal has a development method yet."),
            L::WithoutMethodOne => ("1 tujuan belum punya metode pengembangan.", "1 goal has no development method yet."),
            L::WithoutMethodMany => ("{n} tujuan belum punya metode pengembangan.", "{n} goals have no development method yet."),
            L::SectionDone => ("Yang sudah dilakukan", "Done so far"),
            L::JpLine => ("Jam pelajaran {year}: {jp} dari {target} JP", "Learning hours {year}: {jp} of {target} JP"),
            L::JpReached => ("(target tercapai)", "(target reached)"),
            L::BalanceLine => ("Keseimbangan 70-20-10, {from} – {to}", "70-20-10 balance, {from} – {to}"),
            L::ByHours => ("menurut jam", "by hours"),
            L::ByEntries => ("menurut jumlah entri", "by number of entries"),
            L::BalanceEmpty => ("belum ada entri jurnal", "no journal entries yet"),
            L::NotStarted => ("Periode ini belum dimulai.", "This period has not started yet."),
            L::Trainings => ("Pelatihan dan tindak lanjutnya", "Trainings and their follow-up"),
            L::TrainingsNone => ("Belum ada pelatihan pada periode ini.", "No trainings in this period yet."),
            L::Training => ("Pelatihan", "Training"),
            L::Date => ("Tanggal", "Date"),
            L::FollowUp => ("Tindak lanjut", "Follow-up"),
            L::Applied => ("Diterapkan", "Applied"),
            L::NotApplied => ("Belum diterapkan", "Not applied"),
            L::FollowUpDue => ("Menunggu tindak lanjut", "Waiting for a follow-up"),
            L::FollowUpFrom => ("Tindak lanjut mulai {date}", "Follow-up from {date}"),
            L::Achievements => ("Capaian", "Achievements"),
            L::AchievementsNone => ("Belum ada capaian pada periode ini.", "No achievements in this period yet."),
            L::SectionAssignments => ("Penugasan yang direncanakan atau berjalan", "Assignments planned or running"),
            L::AssignmentsNone => ("Tidak ada penugasan pada periode ini.", "No assignments in this period."),
            L::RoleAtHost => ("{role} di {host}", "{role} at {host}"),
            L::Readiness => ("Kesiapan {n}", "Readiness {n}"),
            L::ReadinessNone => ("Kesiapan belum dapat dihitung", "Readiness not scored yet"),
            L::SectionMentoring => ("Mentoring dan coaching", "Mentoring and coaching"),
            L::MentoringNone => ("Belum ada mentor atau coach yang tercatat.", "No mentor or coach recorded yet."),
            L::HeldOne => ("1 sesi terlaksana pada periode ini", "1 session held in this period"),
            L::HeldMany => ("{n} sesi terlaksana pada periode ini", "{n} sessions held in this period"),
            L::NextDue => ("berikutnya {date}", "next due {date}"),
            L::NextDueOverdue => ("terlambat sejak {date}", "overdue since {date}"),
            L::SectionSignatures => ("Persetujuan", "Signatures"),
            L::SignaturesIntro => (
                "Rencana ini telah dibahas dan disepakati bersama.",
                "This plan was discussed and agreed together.",
            ),
            L::Employee => ("Pegawai", "Employee"),
            L::Supervisor => ("Atasan langsung", "Direct supervisor"),
            L::Signature => ("Tanda tangan", "Signature"),
            L::TableOf => ("Tabel {name}", "Table: {name}"),
        }
    }
}

impl Words for Lang {
    fn label(&self, l: Label) -> &'static str {
        self.t(l)
    }

    fn word(&self, w: Word) -> &'static str {
        match w {
            Word::GoalStatus(s) => self.t(labels::goal_status(s)),
            Word::Position(p) => self.t(competency_strings::position(p)),
            Word::AssignmentType(t) => self.t(assignment_messages::type_label(t)),
            Word::AssignmentStatus(s) => self.t(assignment_messages::status_label(s)),
            Word::Role(r) => self.t(mentoring_messages::role(r)),
            Word::Cadence(c) => self.t(mentoring_messages::cadence(c)),
            Word::Mode(m) => self.t(mentoring_messages::mode(m)),
            Word::PersonStatus(s) => self.t(mentoring_messages::person_status(s)),
        }
    }

    fn date(&self, d: Date) -> String {
        Lang::date(*self, d)
    }

    fn decimal(&self, v: f64) -> String {
        Lang::decimal(*self, v)
    }

    /// English keeps the app's "60 %", with a no-break space so the sign never starts a line.
    fn percent(&self, p: u32) -> String {
        match self {
            Lang::Id => format!("{p}%"),
            Lang::En => format!("{p}\u{a0}%"),
        }
    }
}
