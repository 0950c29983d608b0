//! Strings only the journal list and the entry editor use. They live apart from the tables
//! that start-up code reads, so they travel with those screens' code instead of in the first
//! download.

use super::strings::strings;

strings! { JournalKey {
    // Journal list
    NewEntry => "Entri baru", "New entry";
    NewEntryHint => "Tekan N untuk entri baru, / untuk mencari", "Press N for a new entry, / to search";
    Search => "Cari", "Search";
    SearchPlaceholder => "Cari judul, isi, atau tag…", "Search titles, text or tags…";
    FilterKind => "Jenis", "Kind";
    FilterAllKinds => "Semua jenis", "All kinds";
    FilterTags => "Tag", "Tags";
    EmptyJournalTitle => "Jurnal Anda masih kosong", "Your journal is empty";
    EmptyJournalBody => "Catat apa yang Anda kerjakan, pelajari, dan putuskan hari ini. Satu entri pendek sudah cukup untuk memulai jejak karier Anda.", "Write down what you did, learned and decided today. One short entry is enough to start your career track record.";
    EmptyJournalCta => "Tulis entri pertama", "Write your first entry";
    NoMatches => "Tidak ada entri yang cocok dengan pencarian atau filter ini.", "No entries match this search or these filters.";
    StillSearching => "Masih mencari di seluruh jurnal…", "Still searching your whole journal…";
    Drafts => "Draf belum tersimpan", "Unsaved drafts";
    DraftBadge => "Draf", "Draft";
    // Editor
    EditEntry => "Ubah entri", "Edit entry";
    FieldDate => "Tanggal", "Date";
    FieldKind => "Jenis entri", "Entry kind";
    FieldHoursHint => "Opsional, misalnya 1,5", "Optional, e.g. 1.5";
    FieldTags => "Tag", "Tags";
    FieldTagsHint => "Pisahkan dengan koma atau spasi", "Separate with commas or spaces";
    FieldBody => "Isi (Markdown)", "Text (Markdown)";
    Delete => "Hapus", "Delete";
    NotFound => "Entri ini tidak ditemukan. Mungkin sudah dihapus.", "This entry was not found. It may have been deleted.";
    // Goals
    LinkedGoals => "Tujuan terkait", "Linked goals";
    LinkedGoalsHint => "Centang tujuan yang didukung entri ini sebagai bukti.", "Tick the goals this entry is evidence for.";
    LinkedGoalsNone => "Belum ada tujuan draf atau aktif untuk ditautkan.", "There are no draft or active goals to link yet.";
} }
