//! The readiness checklist templates: bilingual items per assignment type, grouped by phase,
//! drawn from the seed material (DESIGN.md §2) on strategic secondment and on civil-service
//! internships (*magang*) and employee exchange (*pertukaran pegawai*).
//!
//! Templates are static data and never change at run time. Creating an assignment copies the
//! items that apply to its type into the record, each with its own id and the template key it
//! came from ([`super::Assignment::from_template`]); from then on the person edits the copy.
//! While a copied item's text is still exactly a template text (in either language), screens
//! show it in the current language, so switching language does not leave half the checklist in
//! the other one.

use super::{AssignmentType, Phase};

/// A text in Indonesian and English.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bilingual {
    pub id: &'static str,
    pub en: &'static str,
}

impl Bilingual {
    pub fn get(self, indonesian: bool) -> &'static str {
        if indonesian {
            self.id
        } else {
            self.en
        }
    }

    /// Whether `text` is this text in either language (so it was not edited since copying).
    pub fn matches(self, text: &str) -> bool {
        text == self.id || text == self.en
    }
}

/// Which assignment types an item applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Applies {
    All,
    Only(&'static [AssignmentType]),
    AllBut(&'static [AssignmentType]),
}

impl Applies {
    pub fn includes(self, t: AssignmentType) -> bool {
        match self {
            Applies::All => true,
            Applies::Only(list) => list.contains(&t),
            Applies::AllBut(list) => !list.contains(&t),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TemplateItem {
    /// Stable across versions: stored on copied items as `template`.
    pub key: &'static str,
    pub phase: Phase,
    pub text: Bilingual,
    pub applies: Applies,
}

use AssignmentType::{Exchange, Internship, Project, Rotation, Secondment};

const fn item(key: &'static str, phase: Phase, id: &'static str, en: &'static str) -> TemplateItem {
    TemplateItem {
        key,
        phase,
        text: Bilingual { id, en },
        applies: Applies::All,
    }
}

const fn only(mut t: TemplateItem, types: &'static [AssignmentType]) -> TemplateItem {
    t.applies = Applies::Only(types);
    t
}

const fn all_but(mut t: TemplateItem, types: &'static [AssignmentType]) -> TemplateItem {
    t.applies = Applies::AllBut(types);
    t
}

/// Placements away from the home desk for months, where moving, family and HR paperwork come up.
const AWAY: &[AssignmentType] = &[Secondment, Internship, Exchange];
const PLACEMENTS: &[AssignmentType] = &[Secondment, Internship, Exchange, Rotation];

/// Every template item, in the order they are copied (phase by phase).
pub const ITEMS: &[TemplateItem] = &[
    // ---- Prepare ------------------------------------------------------------------------
    item(
        "prepare.fit_goals",
        Phase::Prepare,
        "Pastikan penugasan ini sejalan dengan tujuan karier jangka panjang Anda",
        "Check that the assignment fits your long-term career goals",
    ),
    item(
        "prepare.skills",
        Phase::Prepare,
        "Tuliskan keterampilan dan pengalaman yang ingin Anda peroleh",
        "Write down the skills and experience you want to gain",
    ),
    item(
        "prepare.competency_map",
        Phase::Prepare,
        "Selesaikan pemetaan kompetensi dan cocokkan penempatan dengan tujuan organisasi",
        "Complete your competency mapping and match the placement to organisational goals",
    ),
    only(
        item(
            "prepare.idp",
            Phase::Prepare,
            "Masukkan penugasan ke rencana pengembangan individu (IDP)",
            "Add the assignment to your individual development plan",
        ),
        PLACEMENTS,
    ),
    only(
        item(
            "prepare.approval",
            Phase::Prepare,
            "Dapatkan persetujuan pimpinan unit dan surat tugas",
            "Get your unit head's approval and the assignment letter",
        ),
        AWAY,
    ),
    only(
        item(
            "prepare.internship_length",
            Phase::Prepare,
            "Pastikan magang berlangsung paling lama satu tahun",
            "Make sure the internship lasts one year at most",
        ),
        &[Internship],
    ),
    only(
        item(
            "prepare.exchange_agreement",
            Phase::Prepare,
            "Pastikan kedua instansi menyepakati pertukaran secara tertulis",
            "Make sure both institutions have agreed the exchange in writing",
        ),
        &[Exchange],
    ),
    only(
        item(
            "prepare.project_scope",
            Phase::Prepare,
            "Pahami ruang lingkup, jadwal, dan hasil akhir proyek",
            "Understand the project's scope, timeline and deliverables",
        ),
        &[Project],
    ),
    // ---- Agree expectations -------------------------------------------------------------
    item(
        "agree.home_supervisor",
        Phase::Agree,
        "Sepakati harapan dan hasil secara tertulis dengan atasan di unit asal",
        "Agree written expectations and outcomes with your home supervisor",
    ),
    item(
        "agree.host",
        Phase::Agree,
        "Sepakati harapan dan hasil dengan atasan di tempat penugasan",
        "Agree expectations and outcomes with your host supervisor",
    ),
    item(
        "agree.success_measures",
        Phase::Agree,
        "Tetapkan ukuran keberhasilan penugasan",
        "Set the measures of success for the assignment",
    ),
    item(
        "agree.evaluator",
        Phase::Agree,
        "Sepakati siapa yang menilai kinerja Anda selama penugasan, dan kapan",
        "Agree who evaluates your performance during the assignment, and when",
    ),
    only(
        item(
            "agree.counterpart",
            Phase::Agree,
            "Berkenalan dengan pegawai mitra pertukaran dan sepakati pembagian peran",
            "Meet your exchange counterpart and agree how you split the work",
        ),
        &[Exchange],
    ),
    // ---- Hand over ----------------------------------------------------------------------
    item(
        "handover.knowledge",
        Phase::Handover,
        "Serahterimakan pengetahuan dan pekerjaan yang berjalan agar tim asal tidak kehilangan",
        "Hand over knowledge and open work so the home team has no gap",
    ),
    item(
        "handover.coverage",
        Phase::Handover,
        "Susun rencana siapa yang mengerjakan tugas Anda selama Anda bertugas",
        "Make a coverage plan: who does your tasks while you are away",
    ),
    only(
        item(
            "handover.documents",
            Phase::Handover,
            "Dokumentasikan proses kerja dan kontak penting",
            "Document key processes and contacts",
        ),
        PLACEMENTS,
    ),
    // ---- Practicalities -----------------------------------------------------------------
    only(
        item(
            "practical.relocation",
            Phase::Practicalities,
            "Atur kepindahan, tempat tinggal, dan perjalanan bila perlu",
            "Arrange relocation, housing and travel if needed",
        ),
        AWAY,
    ),
    item(
        "practical.hours",
        Phase::Practicalities,
        "Pastikan jam kerja dan aturan kehadiran di tempat penugasan",
        "Confirm working hours and attendance rules at the host",
    ),
    only(
        item(
            "practical.family",
            Phase::Practicalities,
            "Bicarakan dampaknya dengan keluarga",
            "Talk the impact through with your family",
        ),
        PLACEMENTS,
    ),
    item(
        "practical.balance",
        Phase::Practicalities,
        "Rencanakan cara menjaga keseimbangan kerja dan kehidupan pribadi",
        "Plan how you will keep a healthy work-life balance",
    ),
    only(
        item(
            "practical.admin",
            Phase::Practicalities,
            "Urus administrasi kepegawaian: tunjangan, presensi, dan SKP",
            "Sort out HR admin: allowances, attendance and your performance plan",
        ),
        AWAY,
    ),
    // ---- During -------------------------------------------------------------------------
    item(
        "during.check_ins",
        Phase::During,
        "Jadwalkan pertemuan rutin dengan atasan asal dan atasan di tempat penugasan",
        "Schedule regular check-ins with your home and host supervisors",
    ),
    item(
        "during.journal",
        Phase::During,
        "Tulis catatan penugasan di jurnal setiap minggu",
        "Write an assignment log in your journal every week",
    ),
    item(
        "during.network",
        Phase::During,
        "Bangun jejaring di tempat penugasan",
        "Build your network at the host",
    ),
    all_but(
        item(
            "during.home_contact",
            Phase::During,
            "Tetap berhubungan dengan tim asal",
            "Stay in touch with your home team",
        ),
        &[Project],
    ),
    item(
        "during.feedback",
        Phase::During,
        "Minta umpan balik di pertengahan penugasan",
        "Ask for feedback halfway through",
    ),
    // ---- Re-entry -----------------------------------------------------------------------
    all_but(
        item(
            "reentry.role",
            Phase::Reentry,
            "Sepakati peran Anda sepulang dari penugasan",
            "Agree the role you return to",
        ),
        &[Project],
    ),
    item(
        "reentry.use_skills",
        Phase::Reentry,
        "Rencanakan cara memakai keterampilan baru di unit asal",
        "Plan how you will use the new skills at home",
    ),
    all_but(
        item(
            "reentry.catch_up",
            Phase::Reentry,
            "Pelajari perubahan di unit asal selama Anda pergi",
            "Catch up on what changed at home while you were away",
        ),
        &[Project],
    ),
    item(
        "reentry.report",
        Phase::Reentry,
        "Susun laporan hasil penugasan dan bagikan pelajarannya",
        "Write up the results and share what you learned",
    ),
    item(
        "reentry.assessment",
        Phase::Reentry,
        "Perbarui penilaian diri kompetensi Anda",
        "Update your competency self-assessment",
    ),
];

/// The template items for one type, phase by phase.
pub fn items_for(t: AssignmentType) -> impl Iterator<Item = &'static TemplateItem> {
    Phase::ALL.into_iter().flat_map(move |phase| {
        ITEMS
            .iter()
            .filter(move |i| i.phase == phase && i.applies.includes(t))
    })
}

/// The template item a key names (None for a key a newer version added, or none at all).
pub fn item_by_key(key: &str) -> Option<&'static TemplateItem> {
    ITEMS.iter().find(|i| i.key == key)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use std::collections::HashSet;

    fn fine(s: &str) -> bool {
        let t = s.trim();
        !t.is_empty() && t == s && t.chars().count() <= super::super::ITEM_TEXT_MAX
    }

    #[test]
    fn every_item_has_both_languages() {
        for i in ITEMS {
            assert!(fine(i.text.id), "{} (id)", i.key);
            assert!(fine(i.text.en), "{} (en)", i.key);
            assert_ne!(i.text.id, i.text.en, "{} is not translated", i.key);
        }
    }

    #[test]
    fn keys_are_unique_and_named_after_their_phase() {
        let mut seen = HashSet::new();
        for i in ITEMS {
            assert!(seen.insert(i.key), "duplicate key {}", i.key);
            let prefix = i.key.split('.').next().unwrap();
            assert_eq!(prefix, i.phase.as_str(), "{}", i.key);
            assert_eq!(item_by_key(i.key), Some(i));
        }
        assert_eq!(item_by_key("prepare.unknown"), None);
    }

    #[test]
    fn every_type_has_items_in_every_phase() {
        for t in AssignmentType::ALL {
            for phase in Phase::ALL {
                assert!(
                    items_for(t).any(|i| i.phase == phase),
                    "{t:?} has nothing for {phase:?}"
                );
            }
            // Copied phase by phase, so the checklist reads in order.
            let phases: Vec<Phase> = items_for(t).map(|i| i.phase).collect();
            let mut sorted = phases.clone();
            sorted.sort_by_key(|p| p.rank());
            assert_eq!(phases, sorted);
        }
    }

    #[test]
    fn seed_material_items_are_where_they_belong() {
        let keys = |t| items_for(t).map(|i| i.key).collect::<Vec<_>>();
        // The length cap is an internship matter, the written agreement an exchange one.
        assert!(keys(Internship).contains(&"prepare.internship_length"));
        assert!(!keys(Secondment).contains(&"prepare.internship_length"));
        assert!(keys(Exchange).contains(&"prepare.exchange_agreement"));
        assert!(keys(Exchange).contains(&"agree.counterpart"));
        // Every type starts from fit with goals and written expectations (the seed's mitigations).
        for t in AssignmentType::ALL {
            assert!(keys(t).contains(&"prepare.fit_goals"));
            assert!(keys(t).contains(&"agree.home_supervisor"));
            assert!(keys(t).contains(&"handover.knowledge"));
        }
        assert!(!keys(Project).contains(&"reentry.role"));
        assert!(!keys(Project).contains(&"practical.relocation"));
    }

    #[test]
    fn applies_and_bilingual_helpers() {
        assert!(Applies::All.includes(Project));
        assert!(Applies::Only(&[Exchange]).includes(Exchange));
        assert!(!Applies::Only(&[Exchange]).includes(Rotation));
        assert!(!Applies::AllBut(&[Project]).includes(Project));
        assert!(Applies::AllBut(&[Project]).includes(Rotation));
        let b = Bilingual {
            id: "Satu",
            en: "One",
        };
        assert_eq!((b.get(true), b.get(false)), ("Satu", "One"));
        assert!(b.matches("Satu") && b.matches("One") && !b.matches("one"));
    }
}
