//! Mentor-loop messages with values in them: counts of shared records, names, dates.

use super::Lang;

impl Lang {
    /// "3 goals" / "3 tujuan", by record kind, for "what will leave this device".
    pub fn kind_count(self, kind: &str, n: usize) -> String {
        let (id, one, many) = match kind {
            "entry" => ("entri jurnal", "journal entry", "journal entries"),
            "goal" => ("tujuan", "goal", "goals"),
            "framework" => (
                "kerangka kompetensi sendiri",
                "custom framework",
                "custom frameworks",
            ),
            "assessment" => (
                "penilaian kompetensi",
                "competency assessment",
                "competency assessments",
            ),
            "person" => (
                "orang (dengan catatan kontak)",
                "person (with contact notes)",
                "people (with contact notes)",
            ),
            "session" => ("sesi mentoring", "mentoring session", "mentoring sessions"),
            "action" => ("tindak lanjut", "action item", "action items"),
            "assignment" => ("penugasan", "assignment", "assignments"),
            "comment" => ("komentar", "comment", "comments"),
            _ => ("catatan lain", "other record", "other records"),
        };
        match self {
            Lang::Id => format!("{n} {id}"),
            Lang::En if n == 1 => format!("1 {one}"),
            Lang::En => format!("{n} {many}"),
        }
    }

    pub fn share_total(self, n: usize) -> String {
        match (self, n) {
            (Lang::Id, 0) => "Belum ada yang dipilih: file berbagi tidak boleh kosong.".into(),
            (Lang::En, 0) => "Nothing chosen yet: a share file cannot be empty.".into(),
            (Lang::Id, n) => format!(
                "{n} catatan akan keluar dari perangkat ini, hanya di dalam file yang Anda simpan."
            ),
            (Lang::En, 1) => {
                "1 record will leave this device, only inside the file you save.".into()
            }
            (Lang::En, n) => {
                format!("{n} records will leave this device, only inside the file you save.")
            }
        }
    }

    /// A person in the "sessions with" list: "Ibu Sari (4 sessions)".
    pub fn sessions_with(self, name: &str, n: usize) -> String {
        let name = if name.trim().is_empty() { "—" } else { name };
        match (self, n) {
            (Lang::Id, n) => format!("{name} ({n} sesi)"),
            (Lang::En, 1) => format!("{name} (1 session)"),
            (Lang::En, n) => format!("{name} ({n} sessions)"),
        }
    }

    pub fn comments_count(self, n: usize) -> String {
        match (self, n) {
            (Lang::Id, n) => format!("{n} komentar"),
            (Lang::En, 1) => "1 comment".into(),
            (Lang::En, n) => format!("{n} comments"),
        }
    }

    /// "Shared on 25 November 2026" for a package's export time (RFC 3339).
    pub fn shared_on(self, exported_at: &str) -> String {
        let date = crate::domain::date::parse_rfc3339(exported_at)
            .map(|ms| self.date(crate::domain::date::Date::from_millis(ms, 0)));
        match (self, date) {
            (Lang::Id, Some(d)) => format!("Dibagikan {d}"),
            (Lang::En, Some(d)) => format!("Shared on {d}"),
            (Lang::Id, None) => "Tanggal berbagi tidak diketahui".into(),
            (Lang::En, None) => "Date shared unknown".into(),
        }
    }

    pub fn older_packages(self, n: usize) -> String {
        match (self, n) {
            (Lang::Id, n) => format!("{n} paket lebih lama"),
            (Lang::En, 1) => "1 older package".into(),
            (Lang::En, n) => format!("{n} older packages"),
        }
    }

    /// The outcome of importing a feedback file, for the confirmation line.
    pub fn feedback_counts(self, new: usize, unchanged: usize, removed: usize) -> String {
        match self {
            Lang::Id => format!("{new} komentar baru atau diubah, {unchanged} sudah ada, {removed} dihapus mentor"),
            Lang::En => format!("{new} new or changed comments, {unchanged} already here, {removed} deleted by the mentor"),
        }
    }

    pub fn from_author(self, author: &str) -> String {
        let author = if author.trim().is_empty() {
            "—"
        } else {
            author
        };
        match self {
            Lang::Id => format!("dari {author}"),
            Lang::En => format!("from {author}"),
        }
    }
}

impl Lang {
    pub fn remove_mentee_confirm(self, name: &str) -> String {
        match self {
            Lang::Id => format!(
                "Hapus semua file dari {name} dari perangkat ini? Komentar Anda tetap tersimpan."
            ),
            Lang::En => {
                format!("Remove every file from {name} from this device? Your comments are kept.")
            }
        }
    }
}
