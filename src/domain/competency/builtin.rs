//! The two built-in frameworks, as static bilingual data. They are never stored: every screen
//! builds them from here in the person's language, so they cannot be edited (a copy can) and an
//! update of the app updates them everywhere. Their ids and their competencies' ids are stable
//! constants because assessments refer to them.
//!
//! # The civil-service standard
//!
//! *Peraturan Menteri PANRB Nomor 38 Tahun 2017 tentang Standar Kompetensi Jabatan Aparatur
//! Sipil Negara*: eight managerial competencies (M.1–M.8) and one socio-cultural competency
//! (SK.1, *perekat bangsa*), each on levels 1–5. The names are the regulation's. The one-line
//! level descriptors summarise the regulation's *deskripsi* column of its competency dictionary
//! (its behavioural indicators are not reproduced); the English lines are translations of those
//! summaries. Technical competencies are specific to each position, so the standard leaves them
//! to the person: they copy the framework and add their own.
//!
//! The expected managerial and socio-cultural level by position ([`Position`]) is offered as
//! the target when the person names the position they aim for.
//!
//! # The generic professional framework
//!
//! Eight competencies common to professional roles in any sector, with level descriptors
//! written for this app on the same 1–5 scale.

use super::framework::{Competency, Framework, Group};
use serde::{Deserialize, Serialize};

/// The civil-service competency standard (Permen PANRB 38/2017).
pub const ASN_ID: &str = "builtin-asn-2017";
/// The generic professional framework.
pub const GENERIC_ID: &str = "builtin-generic";
pub const IDS: [&str; 2] = [ASN_ID, GENERIC_ID];

/// The language a built-in framework is produced in. The domain does not know the UI's
/// language type; screens map theirs onto this.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Language {
    Indonesian,
    English,
}

pub fn is_builtin(id: &str) -> bool {
    IDS.contains(&id)
}

/// A civil-service position and the managerial/socio-cultural level the standard expects of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Position {
    /// *Jabatan pimpinan tinggi madya*: senior executive.
    JptMadya,
    /// *Jabatan pimpinan tinggi pratama*: executive.
    JptPratama,
    Administrator,
    Pengawas,
    Pelaksana,
}

impl Position {
    pub const ALL: [Position; 5] = [
        Position::JptMadya,
        Position::JptPratama,
        Position::Administrator,
        Position::Pengawas,
        Position::Pelaksana,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Position::JptMadya => "jpt_madya",
            Position::JptPratama => "jpt_pratama",
            Position::Administrator => "administrator",
            Position::Pengawas => "pengawas",
            Position::Pelaksana => "pelaksana",
        }
    }

    pub fn parse(s: &str) -> Option<Position> {
        Position::ALL.into_iter().find(|p| p.as_str() == s)
    }

    /// The expected level of every managerial and socio-cultural competency.
    pub fn level(self) -> u8 {
        match self {
            Position::JptMadya => 5,
            Position::JptPratama => 4,
            Position::Administrator => 3,
            Position::Pengawas => 2,
            Position::Pelaksana => 1,
        }
    }

    /// Whether the position's level is the target for a competency of `group`.
    pub fn applies_to(group: Group) -> bool {
        matches!(group, Group::Managerial | Group::SocioCultural)
    }
}

/// Indonesian, English.
struct Bi(&'static str, &'static str);

impl Bi {
    fn get(&self, lang: Language) -> String {
        match lang {
            Language::Indonesian => self.0,
            Language::English => self.1,
        }
        .to_string()
    }
}

struct StaticCompetency {
    id: &'static str,
    group: Group,
    name: Bi,
    description: Bi,
    levels: [Bi; 5],
}

struct StaticFramework {
    id: &'static str,
    name: Bi,
    description: Bi,
    competencies: &'static [StaticCompetency],
}

/// A built-in framework in `lang`, or None for any other id.
pub fn framework(id: &str, lang: Language) -> Option<Framework> {
    let f = [&ASN, &GENERIC].into_iter().find(|f| f.id == id)?;
    Some(Framework {
        name: f.name.get(lang),
        description: f.description.get(lang),
        competencies: f
            .competencies
            .iter()
            .map(|c| Competency {
                id: c.id.to_string(),
                name: c.name.get(lang),
                description: c.description.get(lang),
                group: c.group,
                levels: c.levels.iter().map(|l| l.get(lang)).collect(),
            })
            .collect(),
        based_on: None,
    })
}

static ASN: StaticFramework = StaticFramework {
    id: ASN_ID,
    name: Bi(
        "Standar Kompetensi ASN",
        "Civil-service competency standard (ASN)",
    ),
    description: Bi(
        "Kompetensi manajerial dan sosial kultural menurut Peraturan Menteri PANRB Nomor 38 Tahun 2017 tentang Standar Kompetensi Jabatan Aparatur Sipil Negara. Kompetensi teknis berbeda untuk setiap jabatan: salin kerangka ini untuk menambahkannya.",
        "The managerial and socio-cultural competencies of the Indonesian Minister of Administrative and Bureaucratic Reform Regulation No. 38 of 2017 on civil-service job competency standards. Technical competencies differ for every position: copy this framework to add yours.",
    ),
    competencies: &[
        StaticCompetency {
            id: "asn-integrity",
            group: Group::Managerial,
            name: Bi("Integritas", "Integrity"),
            description: Bi(
                "Konsisten berperilaku selaras dengan nilai, norma, dan etika organisasi; jujur kepada pimpinan, rekan, bawahan, dan pemangku kepentingan; bertanggung jawab atas tindakan dan keputusan beserta risikonya.",
                "Consistently acting in line with the organisation's values, norms and ethics; honest with management, colleagues, staff and stakeholders; accountable for actions and decisions and their risks.",
            ),
            levels: [
                Bi("Bertindak sesuai nilai, norma, dan etika organisasi dalam kapasitas pribadi.", "Acts in line with the organisation's values, norms and ethics in a personal capacity."),
                Bi("Mengingatkan dan mengajak rekan kerja untuk bertindak sesuai nilai, norma, dan etika organisasi.", "Reminds and encourages colleagues to act in line with the organisation's values, norms and ethics."),
                Bi("Memastikan dan menanamkan keyakinan bersama agar anggota yang dipimpin bertindak sesuai nilai, norma, dan etika organisasi.", "Makes sure, through shared conviction, that the people they lead act in line with the organisation's values, norms and ethics."),
                Bi("Menciptakan situasi kerja yang mendorong kepatuhan pada nilai, norma, dan etika organisasi.", "Creates a working climate that drives adherence to the organisation's values, norms and ethics."),
                Bi("Menjadi teladan dalam penerapan standar keadilan dan etika di tingkat nasional.", "Is a role model for standards of fairness and ethics at the national level."),
            ],
        },
        StaticCompetency {
            id: "asn-cooperation",
            group: Group::Managerial,
            name: Bi("Kerja Sama", "Cooperation"),
            description: Bi(
                "Menjalin, membina, dan mempertahankan hubungan kerja yang efektif, saling membantu menyelesaikan tugas, dan mengoptimalkan sumber daya untuk tujuan strategis organisasi.",
                "Building, nurturing and keeping effective working relationships, helping each other complete tasks, and making the most of resources for the organisation's strategic goals.",
            ),
            levels: [
                Bi("Berpartisipasi dalam kelompok kerja.", "Takes part in the work group."),
                Bi("Menumbuhkan tim kerja yang partisipatif dan efektif.", "Grows a participative and effective team."),
                Bi("Efektif membangun tim kerja untuk peningkatan kinerja organisasi.", "Builds teams effectively to raise the organisation's performance."),
                Bi("Membangun komitmen tim dan sinergi antarunit kerja.", "Builds team commitment and synergy between work units."),
                Bi("Menciptakan situasi kerja sama secara konsisten, baik di dalam maupun di luar instansi.", "Consistently creates cooperation both inside and outside the institution."),
            ],
        },
        StaticCompetency {
            id: "asn-communication",
            group: Group::Managerial,
            name: Bi("Komunikasi", "Communication"),
            description: Bi(
                "Menerangkan pandangan dan gagasan secara jelas, sistematis, dan logis, lisan maupun tertulis; memastikan pemahaman; mendengarkan secara aktif; meyakinkan orang lain demi tujuan organisasi.",
                "Explaining views and ideas clearly, systematically and logically, spoken and written; making sure of understanding; listening actively; persuading others towards the organisation's goals.",
            ),
            levels: [
                Bi("Menyampaikan informasi dengan jelas, lengkap, dan memastikan pemahaman yang sama.", "Conveys information clearly and completely and makes sure it is understood the same way."),
                Bi("Aktif berkomunikasi secara formal dan informal, mendengarkan dan menanggapi dengan tepat, serta menyusun bahan presentasi, naskah, dan laporan.", "Communicates actively, formally and informally; listens and responds fittingly; drafts presentations, speeches and reports."),
                Bi("Berkomunikasi secara asertif dan terampil menyampaikan informasi yang sensitif, rumit, atau kompleks, lisan maupun tertulis.", "Communicates assertively and conveys sensitive, complicated or complex information well, spoken or written."),
                Bi("Mengemukakan pemikiran multidimensi secara lisan dan tertulis untuk mendorong kesepakatan demi kinerja secara keseluruhan.", "Puts forward multidimensional thinking, spoken and written, to build agreement that raises overall performance."),
                Bi("Menggagas sistem komunikasi yang terbuka secara strategis untuk mencari solusi demi peningkatan kinerja.", "Initiates an open, strategic communication system to find solutions that raise performance."),
            ],
        },
        StaticCompetency {
            id: "asn-results",
            group: Group::Managerial,
            name: Bi("Orientasi pada Hasil", "Results orientation"),
            description: Bi(
                "Mempertahankan komitmen pribadi yang tinggi untuk menyelesaikan tugas, dapat diandalkan, bertanggung jawab, dan secara sistematis mengenali risiko serta peluang demi keberhasilan organisasi.",
                "Keeping a strong personal commitment to finishing tasks; being reliable and responsible; systematically spotting risks and opportunities for the organisation's success.",
            ),
            levels: [
                Bi("Bertanggung jawab untuk memenuhi standar kerja.", "Takes responsibility for meeting work standards."),
                Bi("Berupaya mencapai hasil kerja pribadi di atas standar dan mencoba metode alternatif untuk meningkatkan kinerja.", "Strives for personal results above the standard and tries alternative methods to improve performance."),
                Bi("Menetapkan target kerja yang menantang bagi unit kerja serta memberi apresiasi dan teguran untuk mendorong kinerja.", "Sets challenging targets for the work unit and uses recognition and reprimand to drive performance."),
                Bi("Mendorong unit kerja mencapai target yang ditetapkan atau melebihi hasil kerja sebelumnya.", "Drives work units to reach their targets or exceed their previous results."),
                Bi("Meningkatkan mutu pencapaian kerja organisasi.", "Raises the quality of the organisation's achievements."),
            ],
        },
        StaticCompetency {
            id: "asn-public-service",
            group: Group::Managerial,
            name: Bi("Pelayanan Publik", "Public service"),
            description: Bi(
                "Melaksanakan tugas pemerintahan, pembangunan, dan pelayanan publik secara profesional, transparan, objektif, netral, tidak memihak, dan tidak diskriminatif.",
                "Carrying out government, development and public-service work professionally and transparently, objectively, neutrally, impartially and without discrimination.",
            ),
            levels: [
                Bi("Menjalankan tugas mengikuti standar pelayanan.", "Carries out tasks following the service standards."),
                Bi("Menyelia dan menjelaskan proses pelaksanaan tugas pemerintahan dan pelayanan publik secara transparan.", "Supervises and transparently explains how government and public-service tasks are carried out."),
                Bi("Memanfaatkan kekuatan kelompok serta memperbaiki standar pelayanan publik di lingkup unit kerja.", "Uses the strength of groups and improves public-service standards within the work unit."),
                Bi("Memantau, mengevaluasi, dan mengantisipasi dampak isu jangka panjang, peluang, atau kekuatan politik terhadap pelayanan yang transparan, objektif, dan profesional.", "Monitors, evaluates and anticipates how long-term issues, opportunities or political forces affect transparent, objective and professional service."),
                Bi("Memastikan kebijakan pelayanan publik yang menjamin pelayanan objektif, netral, tidak memihak, tidak diskriminatif, dan bebas dari kepentingan pribadi, kelompok, atau partai politik.", "Ensures public-service policies that guarantee objective, neutral, impartial, non-discriminatory service free of personal, group or party interests."),
            ],
        },
        StaticCompetency {
            id: "asn-development",
            group: Group::Managerial,
            name: Bi("Pengembangan Diri dan Orang Lain", "Developing self and others"),
            description: Bi(
                "Meningkatkan pengetahuan dan keterampilan diri; menginspirasi, membimbing, dan memberi umpan balik agar orang lain mengembangkan potensinya.",
                "Growing one's own knowledge and skills; inspiring, guiding and giving feedback so that others develop their potential.",
            ),
            levels: [
                Bi("Mengembangkan diri: mengenali kebutuhan belajar dan mempelajari keterampilan baru secara mandiri.", "Develops themself: identifies learning needs and learns new skills on their own initiative."),
                Bi("Meningkatkan kemampuan bawahan dengan memberikan contoh dan penjelasan cara melaksanakan pekerjaan.", "Raises staff's abilities by showing and explaining how to do the work."),
                Bi("Memberikan umpan balik dan membimbing.", "Gives feedback and guidance."),
                Bi("Menyusun program pengembangan jangka panjang untuk mendorong manajemen pembelajaran.", "Designs long-term development programmes that drive learning management."),
                Bi("Menciptakan situasi yang mendorong organisasi mengembangkan kemampuan belajar secara berkelanjutan demi pencapaian hasil.", "Creates conditions in which the organisation keeps building its capacity to learn, in support of its results."),
            ],
        },
        StaticCompetency {
            id: "asn-managing-change",
            group: Group::Managerial,
            name: Bi("Mengelola Perubahan", "Managing change"),
            description: Bi(
                "Menyesuaikan diri dengan situasi baru atau berubah tanpa bergantung berlebihan pada cara lama, mendukung dan memimpin inisiatif perubahan, serta bertanggung jawab atas keberhasilannya.",
                "Adjusting to new or changing situations without clinging to old ways, supporting and leading change initiatives, and taking responsibility for their success.",
            ),
            levels: [
                Bi("Mengikuti perubahan dengan arahan.", "Follows change with guidance."),
                Bi("Proaktif beradaptasi mengikuti perubahan.", "Adapts to change proactively."),
                Bi("Membantu orang lain mengikuti perubahan dan mengantisipasi perubahan secara tepat.", "Helps others through change and anticipates change accurately."),
                Bi("Memimpin perubahan pada unit kerja.", "Leads change in the work unit."),
                Bi("Memimpin, menggalang, dan menggerakkan dukungan pemangku kepentingan untuk perubahan berkelanjutan di tingkat instansi atau nasional.", "Leads and mobilises stakeholder support for lasting change at institutional or national level."),
            ],
        },
        StaticCompetency {
            id: "asn-decision-making",
            group: Group::Managerial,
            name: Bi("Pengambilan Keputusan", "Decision making"),
            description: Bi(
                "Membuat keputusan yang baik, tepat waktu, dan yakin setelah menimbang prinsip kehati-hatian, informasi, alternatif, dan konsekuensinya, serta bertanggung jawab atas keputusan itu.",
                "Making good, timely and confident decisions after weighing prudence, information, alternatives and consequences, and taking responsibility for them.",
            ),
            levels: [
                Bi("Mengumpulkan informasi untuk bertindak sesuai kewenangan.", "Gathers information to act within their authority."),
                Bi("Menganalisis masalah secara mendalam.", "Analyses problems in depth."),
                Bi("Membandingkan berbagai alternatif serta menyeimbangkan risiko dan keberhasilan implementasinya.", "Compares alternatives and balances the risks and chances of success in carrying them out."),
                Bi("Menyelesaikan masalah berisiko tinggi, mengantisipasi dampak keputusan, dan menyiapkan mitigasi risiko.", "Resolves high-risk problems, anticipates the impact of decisions and prepares risk mitigation."),
                Bi("Menghasilkan solusi dan keputusan untuk permasalahan jangka panjang atau strategis yang berdampak nasional.", "Produces solutions and decisions for long-term or strategic problems with national impact."),
            ],
        },
        StaticCompetency {
            id: "asn-national-unity",
            group: Group::SocioCultural,
            name: Bi("Perekat Bangsa", "National unity (perekat bangsa)"),
            description: Bi(
                "Mempromosikan toleransi dan keterbukaan, peka terhadap perbedaan, mempersatukan masyarakat di tengah kemajemukan Indonesia, serta menjaga persatuan dan kesatuan bangsa.",
                "Promoting tolerance and openness, being sensitive to differences, bringing people together amid Indonesia's diversity, and keeping the nation united.",
            ),
            levels: [
                Bi("Peka memahami dan menerima kemajemukan.", "Is sensitive to, understands and accepts diversity."),
                Bi("Aktif mengembangkan sikap saling menghargai, menekankan persamaan dan persatuan.", "Actively builds mutual respect, stressing common ground and unity."),
                Bi("Mempromosikan dan mengembangkan sikap toleransi dan persatuan.", "Promotes and develops tolerance and unity."),
                Bi("Mendayagunakan perbedaan secara konstruktif dan kreatif untuk meningkatkan efektivitas organisasi.", "Uses differences constructively and creatively to make the organisation more effective."),
                Bi("Menjadi wakil pemerintah yang membangun hubungan sosial psikologis dengan masyarakat.", "Represents the government in building social and psychological bonds with society."),
            ],
        },
    ],
};

static GENERIC: StaticFramework = StaticFramework {
    id: GENERIC_ID,
    name: Bi("Kerangka profesional umum", "Generic professional framework"),
    description: Bi(
        "Delapan kompetensi yang dibutuhkan peran profesional di sektor mana pun, pada skala 1–5 yang sama.",
        "Eight competencies that professional roles in any sector need, on the same 1–5 scale.",
    ),
    competencies: &[
        StaticCompetency {
            id: "gen-communication",
            group: Group::General,
            name: Bi("Komunikasi", "Communication"),
            description: Bi(
                "Menyampaikan gagasan dengan jelas, mendengarkan, dan menyesuaikan pesan dengan audiens.",
                "Putting ideas across clearly, listening, and fitting the message to the audience.",
            ),
            levels: [
                Bi("Menyampaikan informasi sederhana dengan jelas bila diminta.", "Conveys simple information clearly when asked."),
                Bi("Menulis dan berbicara dengan jelas dalam pekerjaan sehari-hari dan mendengarkan dengan aktif.", "Writes and speaks clearly in everyday work and listens actively."),
                Bi("Menyesuaikan pesan dengan audiens dan membuat topik rumit mudah dipahami.", "Adapts the message to the audience and makes complicated topics easy to follow."),
                Bi("Meyakinkan pemangku kepentingan dan memandu diskusi sulit hingga sepakat.", "Persuades stakeholders and guides difficult conversations to agreement."),
                Bi("Membentuk cara organisasi berkomunikasi dan menjadi rujukan bagi orang lain.", "Shapes how the organisation communicates and is the person others learn from."),
            ],
        },
        StaticCompetency {
            id: "gen-collaboration",
            group: Group::General,
            name: Bi("Kolaborasi", "Collaboration"),
            description: Bi(
                "Bekerja bersama orang lain di dalam dan di luar tim untuk mencapai tujuan bersama.",
                "Working with others inside and outside the team towards shared goals.",
            ),
            levels: [
                Bi("Mengerjakan bagiannya dalam tim dan mendukung keputusan tim.", "Does their part in a team and supports team decisions."),
                Bi("Berbagi informasi dan membantu rekan menyelesaikan pekerjaan.", "Shares information and helps colleagues get work done."),
                Bi("Membangun kerja sama lintas tim dan menyelesaikan perbedaan pendapat.", "Builds cooperation across teams and resolves disagreements."),
                Bi("Menyatukan kepentingan beberapa unit menuju tujuan bersama.", "Brings the interests of several units together around a shared goal."),
                Bi("Membangun kemitraan yang bertahan lama di dalam dan di luar organisasi.", "Builds lasting partnerships inside and outside the organisation."),
            ],
        },
        StaticCompetency {
            id: "gen-problem-solving",
            group: Group::General,
            name: Bi("Pemecahan masalah", "Problem solving"),
            description: Bi(
                "Memahami masalah sampai ke akarnya dan memilih solusi yang tepat.",
                "Understanding problems down to their causes and choosing the right solution.",
            ),
            levels: [
                Bi("Mengenali masalah dan melaporkannya dengan fakta yang jelas.", "Recognises problems and reports them with clear facts."),
                Bi("Menyelesaikan masalah rutin dengan prosedur yang ada.", "Solves routine problems with existing procedures."),
                Bi("Menganalisis akar masalah dan membandingkan beberapa solusi.", "Analyses root causes and compares several solutions."),
                Bi("Menyelesaikan masalah kompleks lintas fungsi dan mengelola risikonya.", "Solves complex cross-functional problems and manages their risks."),
                Bi("Mengantisipasi masalah strategis dan merancang solusi jangka panjang.", "Anticipates strategic problems and designs long-term solutions."),
            ],
        },
        StaticCompetency {
            id: "gen-leadership",
            group: Group::General,
            name: Bi("Kepemimpinan", "Leadership"),
            description: Bi(
                "Memberi arah, menggerakkan, dan mengembangkan orang lain.",
                "Giving direction to people, moving them and developing them.",
            ),
            levels: [
                Bi("Memimpin diri sendiri: menepati komitmen dan memberi contoh baik.", "Leads themself: keeps commitments and sets a good example."),
                Bi("Mengoordinasikan pekerjaan kecil atau kegiatan bersama rekan.", "Coordinates small pieces of work or activities with colleagues."),
                Bi("Memimpin tim, menetapkan arah, dan memberi umpan balik.", "Leads a team, sets direction and gives feedback."),
                Bi("Memimpin beberapa tim atau satu unit dan mengembangkan pemimpin baru.", "Leads several teams or a unit and develops new leaders."),
                Bi("Menetapkan visi organisasi dan menggerakkan orang untuk mewujudkannya.", "Sets the organisation's vision and moves people to realise it."),
            ],
        },
        StaticCompetency {
            id: "gen-technical-depth",
            group: Group::General,
            name: Bi("Kedalaman teknis", "Technical depth"),
            description: Bi(
                "Menguasai pengetahuan dan keterampilan bidang kerja sendiri.",
                "Mastery of the knowledge and skills of one's own field.",
            ),
            levels: [
                Bi("Memahami konsep dasar bidang kerjanya.", "Understands the basic concepts of their field."),
                Bi("Menerapkan pengetahuan teknis secara mandiri pada tugas rutin.", "Applies technical knowledge independently to routine tasks."),
                Bi("Menangani kasus teknis yang tidak biasa dan membimbing rekan.", "Handles unusual technical cases and guides colleagues."),
                Bi("Menjadi rujukan teknis dan memperbaiki metode kerja di bidangnya.", "Is the technical reference and improves the methods of their field."),
                Bi("Diakui sebagai pakar di luar organisasi dan memajukan bidangnya.", "Is recognised as an expert beyond the organisation and advances the field."),
            ],
        },
        StaticCompetency {
            id: "gen-business-acumen",
            group: Group::General,
            name: Bi("Wawasan bisnis dan organisasi", "Business acumen"),
            description: Bi(
                "Memahami cara organisasi mencapai tujuannya: layanan, anggaran, pemangku kepentingan, dan lingkungannya.",
                "Understanding how the organisation reaches its goals: its services, budget, stakeholders and environment.",
            ),
            levels: [
                Bi("Mengetahui tujuan dan layanan utama organisasinya.", "Knows the organisation's goals and main services."),
                Bi("Mengaitkan pekerjaannya dengan sasaran dan anggaran unit.", "Links their work to the unit's targets and budget."),
                Bi("Menimbang biaya, manfaat, dan pemangku kepentingan dalam keputusan.", "Weighs costs, benefits and stakeholders in decisions."),
                Bi("Menyusun rencana dan anggaran unit yang selaras dengan strategi organisasi.", "Plans the unit's work and budget in line with the organisation's strategy."),
                Bi("Membentuk strategi organisasi berdasarkan pemahaman atas sektor dan trennya.", "Shapes the organisation's strategy from a grasp of the sector and its trends."),
            ],
        },
        StaticCompetency {
            id: "gen-adaptability",
            group: Group::General,
            name: Bi("Kemampuan beradaptasi", "Adaptability"),
            description: Bi(
                "Tetap efektif ketika situasi, prioritas, atau cara kerja berubah.",
                "Staying effective when situations, priorities or ways of working change.",
            ),
            levels: [
                Bi("Menerima perubahan dan mengikuti cara kerja baru dengan arahan.", "Accepts change and follows new ways of working with guidance."),
                Bi("Menyesuaikan diri dengan cepat tanpa perlu diarahkan.", "Adjusts quickly without needing direction."),
                Bi("Tetap efektif di tengah ketidakpastian dan membantu rekan beradaptasi.", "Stays effective amid uncertainty and helps colleagues adapt."),
                Bi("Memimpin tim melewati perubahan besar.", "Leads teams through major change."),
                Bi("Mendorong budaya organisasi yang lincah dan terbuka pada perubahan.", "Builds an agile organisational culture that welcomes change."),
            ],
        },
        StaticCompetency {
            id: "gen-digital",
            group: Group::General,
            name: Bi("Keterampilan digital", "Digital skills"),
            description: Bi(
                "Menggunakan teknologi dan data untuk bekerja lebih baik dan aman.",
                "Using technology and data to work better and safely.",
            ),
            levels: [
                Bi("Menggunakan perangkat kerja digital dasar dengan aman.", "Uses basic digital tools safely."),
                Bi("Mengolah data dan dokumen secara mandiri dengan aplikasi kerja.", "Handles data and documents independently with office applications."),
                Bi("Mengotomatiskan pekerjaan rutin dan menganalisis data untuk keputusan.", "Automates routine work and analyses data for decisions."),
                Bi("Merancang perbaikan layanan atau proses berbasis teknologi.", "Designs technology-based improvements to services or processes."),
                Bi("Memimpin transformasi digital organisasi.", "Leads the organisation's digital transformation."),
            ],
        },
    ],
};

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::super::framework::validate;
    use super::*;

    #[test]
    fn builtins_are_complete_and_valid_in_both_languages() {
        for id in IDS {
            assert!(is_builtin(id));
            for lang in [Language::Indonesian, Language::English] {
                let f = framework(id, lang).unwrap();
                assert!(validate(&f).is_empty(), "{id} {lang:?}: {:?}", validate(&f));
                for c in &f.competencies {
                    assert_eq!(c.levels.len(), 5, "{}", c.id);
                    assert!(c.levels.iter().all(|l| !l.trim().is_empty()), "{}", c.id);
                    assert!(!c.description.trim().is_empty(), "{}", c.id);
                }
            }
            // The same competencies, in the same order, in both languages.
            let ids = |lang| {
                framework(id, lang)
                    .unwrap()
                    .competencies
                    .into_iter()
                    .map(|c| c.id)
                    .collect::<Vec<_>>()
            };
            assert_eq!(ids(Language::Indonesian), ids(Language::English));
        }
        assert!(framework("nope", Language::English).is_none());
        assert!(!is_builtin("6f1c2b7e-4a3d-4c1e-9b2a-1d2e3f405162"));
    }

    #[test]
    fn civil_service_standard_has_the_regulations_competencies() {
        let f = framework(ASN_ID, Language::Indonesian).unwrap();
        let names: Vec<&str> = f.competencies.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(
            names,
            vec![
                "Integritas",
                "Kerja Sama",
                "Komunikasi",
                "Orientasi pada Hasil",
                "Pelayanan Publik",
                "Pengembangan Diri dan Orang Lain",
                "Mengelola Perubahan",
                "Pengambilan Keputusan",
                "Perekat Bangsa",
            ]
        );
        let managerial = f
            .competencies
            .iter()
            .filter(|c| c.group == Group::Managerial)
            .count();
        assert_eq!(managerial, 8);
        assert_eq!(f.competencies[8].group, Group::SocioCultural);
        assert_eq!(
            framework(GENERIC_ID, Language::English)
                .unwrap()
                .competencies
                .len(),
            8
        );
    }

    #[test]
    fn position_levels() {
        let levels: Vec<u8> = Position::ALL.iter().map(|p| p.level()).collect();
        assert_eq!(levels, vec![5, 4, 3, 2, 1]);
        for p in Position::ALL {
            assert_eq!(Position::parse(p.as_str()), Some(p));
        }
        assert!(Position::applies_to(Group::Managerial));
        assert!(Position::applies_to(Group::SocioCultural));
        assert!(!Position::applies_to(Group::Technical));
        assert!(!Position::applies_to(Group::General));
    }
}
