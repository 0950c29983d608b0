//! Import progress and the fate of an interrupted import in words, with counts written as each
//! language groups digits (12.000 / 12,000).

use super::Lang;
use crate::domain::import_progress::{LastImport, Phase, Progress};

impl Lang {
    /// A whole number with the language's thousands separator.
    pub fn grouped(self, n: usize) -> String {
        let sep = match self {
            Lang::Id => '.',
            Lang::En => ',',
        };
        let digits = n.to_string();
        let mut out = String::with_capacity(digits.len() + digits.len() / 3);
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push(sep);
            }
            out.push(c);
        }
        out
    }

    /// "4.1 of 11.0 MB read", "3,200 of 12,000 records checked", "3,200 of 12,000 records written".
    pub fn import_progress(self, p: Progress) -> String {
        let (done, total) = (p.done, p.total);
        match (self, p.phase) {
            (Lang::Id, Phase::Reading) => {
                format!(
                    "{} dari {} dibaca",
                    self.megabytes(done),
                    self.megabytes(total)
                )
            }
            (Lang::En, Phase::Reading) => {
                format!("{} of {} read", self.megabytes(done), self.megabytes(total))
            }
            (Lang::Id, Phase::Checking) => format!(
                "{} dari {} catatan diperiksa",
                self.grouped(done),
                self.grouped(total)
            ),
            (Lang::En, Phase::Checking) => format!(
                "{} of {} records checked",
                self.grouped(done),
                self.grouped(total)
            ),
            (Lang::Id, Phase::Writing) => format!(
                "{} dari {} catatan disimpan",
                self.grouped(done),
                self.grouped(total)
            ),
            (Lang::En, Phase::Writing) => format!(
                "{} of {} records written",
                self.grouped(done),
                self.grouped(total)
            ),
        }
    }

    /// Bytes as megabytes with one decimal, in this language's notation.
    fn megabytes(self, bytes: usize) -> String {
        let s = format!("{:.1} MB", bytes as f64 / (1024.0 * 1024.0));
        match self {
            Lang::Id => s.replace('.', ","),
            Lang::En => s,
        }
    }

    /// What became of an import the page did not see finish.
    pub fn last_import(self, last: LastImport) -> String {
        match (self, last) {
            (Lang::Id, LastImport::Interrupted { total }) => format!(
                "Halaman ditutup atau dimuat ulang saat {} catatan sedang disimpan. Tidak ada \
                 bagian dari impor itu yang tersimpan: jurnal Anda tetap seperti sebelumnya. \
                 Pilih file itu lagi untuk mengimpornya.",
                self.grouped(total)
            ),
            (Lang::En, LastImport::Interrupted { total }) => format!(
                "The page was closed or reloaded while {} records were being saved. Nothing of \
                 that import was saved: your journal is as it was before. Choose the file again \
                 to import it.",
                self.grouped(total)
            ),
            (Lang::Id, LastImport::Finished { total }) => format!(
                "Semua {} catatan tersimpan, tetapi halaman ditutup sebelum sempat memberi tahu \
                 Anda.",
                self.grouped(total)
            ),
            (Lang::En, LastImport::Finished { total }) => format!(
                "All {} records were saved, but the page closed before it could tell you.",
                self.grouped(total)
            ),
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn counts_group_digits() {
        assert_eq!(Lang::En.grouped(0), "0");
        assert_eq!(Lang::En.grouped(999), "999");
        assert_eq!(Lang::En.grouped(12_000), "12,000");
        assert_eq!(Lang::Id.grouped(1_234_567), "1.234.567");
        assert_eq!(
            Lang::En.import_progress(Progress::new(Phase::Writing, 3200, 12000)),
            "3,200 of 12,000 records written"
        );
        assert_eq!(
            Lang::Id.import_progress(Progress::new(Phase::Reading, 4_404_019, 11_534_336)),
            "4,2 MB dari 11,0 MB dibaca"
        );
        assert!(Lang::Id
            .last_import(LastImport::Interrupted { total: 12158 })
            .contains("12.158"));
    }
}
