//! Strings only the People, person and session screens use. They live apart from the tables
//! that start-up code reads, so they travel with those screens' code instead of in the first
//! download.

use super::strings::strings;

strings! { MentoringScreensKey {
    // People list
    PeopleTitle => "Mentoring", "Mentoring";
    PeopleIntro => "Orang yang membimbing dan Anda bimbing, sesi bersama mereka, dan tindak lanjut yang disepakati.", "The people who guide you and whom you guide, your sessions with them and what you agreed.";
    PersonAdd => "Tambah orang", "Add person";
    PeopleSearch => "Cari orang", "Search people";
    PeopleSearchPlaceholder => "Nama, instansi, unit, atau catatan…", "Name, organisation, unit or notes…";
    FilterRole => "Peran", "Role";
    FilterAllRoles => "Semua peran", "All roles";
    PeopleNoMatches => "Tidak ada orang yang cocok dengan pencarian ini.", "No one matches this search.";
    PeopleEmptyTitle => "Belum ada mentor atau kontak", "No mentors or contacts yet";
    PeopleEmptyBody => "Catat mentor, coach, atau atasan Anda beserta irama pertemuan yang disepakati. Jejak menunjukkan kapan sesi berikutnya jatuh tempo dan tindak lanjut apa yang masih terbuka.", "Add your mentor, coach or supervisor with the meeting cadence you agreed. Jejak shows when the next session is due and which action items are still open.";
    PeopleEmptyCta => "Tambah orang pertama", "Add your first person";
    CardPlanned => "Terjadwal {date}", "Planned {date}";
    // Person screen
    PersonNotFound => "Orang ini tidak ditemukan. Mungkin sudah dihapus.", "This person was not found. They may have been deleted.";
    BackToPeople => "Kembali ke daftar orang", "Back to people";
    RelationTitle => "Hubungan", "Relationship";
    RelationActive => "Aktif. Irama pertemuan dihitung.", "Active. The cadence is counted.";
    RelationPausedSince => "Dijeda sejak {date}. Hari-hari jeda tidak dihitung dalam irama.", "Paused since {date}. Paused days do not count towards the cadence.";
    RelationEndedOn => "Berakhir pada {date}.", "Ended on {date}.";
    Pause => "Jeda", "Pause";
    Resume => "Lanjutkan", "Resume";
    End => "Akhiri", "End";
    Reopen => "Buka kembali", "Reopen";
    CadenceTitle => "Irama pertemuan", "Cadence";
    FigAgreed => "Irama yang disepakati", "Agreed cadence";
    FigNextDue => "Jatuh tempo berikutnya", "Next due";
    FigNextPlanned => "Sesi terjadwal berikutnya", "Next planned session";
    FigLastMet => "Terakhir bertemu", "Last met";
    FigHeld90 => "Sesi dalam 90 hari terakhir", "Sessions in the last 90 days";
    FigStreak => "Runtun sesi tepat waktu", "On-time streak";
    FigNotYet => "Belum pernah", "Not yet";
    FigNothingPlanned => "Belum ada", "None yet";
    FigPausedNoDue => "Tidak ada selama dijeda", "None while paused";
    FigFirstSession => "Rencanakan sesi pertama", "Plan a first session";
    FigNoCadence => "Tidak dihitung", "Not counted";
    PlanSession => "Rencanakan sesi", "Plan a session";
    StartSession => "Mulai sesi sekarang", "Start a session now";
    DetailsTitle => "Data orang", "Details";
    FieldName => "Nama", "Name";
    FieldRoles => "Peran", "Roles";
    FieldOrganisation => "Instansi / organisasi", "Organisation";
    FieldUnit => "Unit kerja", "Unit";
    FieldMet => "Bagaimana dan di mana bertemu", "How and where you met";
    FieldSince => "Awal hubungan", "Relationship started";
    FieldCadence => "Irama yang disepakati", "Agreed cadence";
    FieldMode => "Cara bertemu yang disukai", "Preferred mode";
    FieldContactNotes => "Catatan kontak", "Contact notes";
    FieldContactNotesHint => "Hanya tersimpan di perangkat ini; Jejak tidak pernah mengirimkannya ke mana pun.", "Kept on this device only; Jejak never sends it anywhere.";
    SessionsTitle => "Sesi", "Sessions";
    SessionsEmpty => "Belum ada sesi. Rencanakan sesi pertama di atas.", "No sessions yet. Plan the first one above.";
    OpenActionsTitle => "Tindak lanjut terbuka", "Open action items";
    DeletePerson => "Hapus orang ini", "Delete this person";
    DeletePersonConfirm => "Hapus orang ini beserta semua sesi dan tindak lanjutnya?", "Delete this person with all their sessions and action items?";
    DeletePersonYes => "Ya, hapus orang ini", "Yes, delete this person";
    // Session screen
    SessionWith => "Sesi dengan {name}", "Session with {name}";
    SessionNotFound => "Sesi ini tidak ditemukan. Mungkin sudah dihapus.", "This session was not found. It may have been deleted.";
    BackTo => "Kembali ke {name}", "Back to {name}";
    SessionStatusTitle => "Status sesi", "Session status";
    PlannedExplain => "Direncanakan. Setelah bertemu, tandai terlaksana lalu catat hasil dan tindak lanjutnya.", "Planned. After you meet, mark it held and note the outcomes and action items.";
    NeedsRecording => "Tanggalnya sudah lewat: tandai terlaksana atau dibatalkan.", "Its day has passed: mark it held or cancelled.";
    HeldOn => "Terlaksana pada {date}.", "Held on {date}.";
    CancelledExplain => "Dibatalkan. Sesi ini tidak dihitung dalam irama.", "Cancelled. This session does not count towards the cadence.";
    MarkHeld => "Tandai terlaksana", "Mark as held";
    CancelSession => "Batalkan sesi", "Cancel session";
    BackToPlanned => "Kembalikan ke rencana", "Back to planned";
    FieldDate => "Tanggal", "Date";
    FieldTime => "Jam", "Time";
    FieldDuration => "Durasi (menit)", "Duration (minutes)";
    FieldSessionMode => "Cara bertemu", "Mode";
    FieldAgenda => "Agenda", "Agenda";
    FieldNotes => "Catatan (Markdown)", "Notes (Markdown)";
    FieldOutcomes => "Hasil", "Outcomes";
    FieldFeedback => "Umpan balik yang diterima", "Feedback received";
    FieldRating => "Seberapa bermanfaat sesi ini?", "How useful was this session?";
    RatingHint => "1 = tidak bermanfaat, 5 = sangat bermanfaat", "1 = not useful, 5 = very useful";
    RatingClear => "Hapus nilai", "Clear rating";
    RatingOf => "{n} dari 5", "{n} of 5";
    SessionGoals => "Tujuan yang dibahas", "Goals worked on";
    SessionGoalsHint => "Centang tujuan yang dibahas dalam sesi ini.", "Tick the goals this session worked on.";
    SessionGoalsNone => "Belum ada tujuan aktif atau draf untuk ditautkan.", "There are no active or draft goals to link yet.";
    DeleteSession => "Hapus sesi", "Delete session";
    DeleteSessionConfirm => "Hapus sesi ini beserta tindak lanjutnya?", "Delete this session and its action items?";
    DeleteSessionYes => "Ya, hapus sesi", "Yes, delete the session";
    // Action items
    ActionsTitle => "Tindak lanjut", "Action items";
    ActionsEmpty => "Belum ada tindak lanjut dari sesi ini.", "No action items from this session yet.";
    // Calendar words
    IcsCalendarName => "Mentoring (Jejak)", "Mentoring (Jejak)";
    IcsSessionSummary => "Mentoring dengan {name}", "Mentoring with {name}";
    IcsCadenceSummary => "Mentoring dengan {name} ({cadence})", "Mentoring with {name} ({cadence})";
    IcsCadenceDescription => "Pengingat irama pertemuan yang disepakati. Dibuat oleh Jejak.", "Reminder of the agreed meeting cadence. Made by Jejak.";
    IcsMode => "Cara bertemu: {mode}", "Mode: {mode}";
} }
