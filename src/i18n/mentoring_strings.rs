//! Strings for Mentoring: people, sessions, action items, cadence and calendar export.
//! Texts with `{name}` placeholders are filled by the screens; plural-aware sentences live in
//! `mentoring_messages.rs`.

use super::strings::strings;

strings! { MentoringKey {
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
    ExportAll => "Ekspor semua ke kalender (.ics)", "Export all to calendar (.ics)";
    Unnamed => "Tanpa nama", "Unnamed";
    UnknownPerson => "Orang tidak dikenal", "Unknown person";
    CardNextDue => "Jatuh tempo {date}", "Due {date}";
    CardPlanned => "Terjadwal {date}", "Planned {date}";
    CardNoCadence => "Tanpa jadwal tetap", "No fixed cadence";

    // Roles, cadences, modes, statuses, owners
    RoleMentor => "Mentor", "Mentor";
    RoleMentee => "Mentee", "Mentee";
    RoleCoach => "Coach", "Coach";
    RoleSupervisor => "Atasan", "Supervisor";
    RolePeer => "Rekan sejawat", "Peer";
    RoleContact => "Kontak", "Contact";
    CadenceWeekly => "Setiap minggu", "Weekly";
    CadenceBiweekly => "Setiap 2 minggu", "Every 2 weeks";
    CadenceMonthly => "Setiap bulan", "Monthly";
    CadenceQuarterly => "Setiap 3 bulan", "Quarterly";
    CadenceNone => "Tidak ada jadwal tetap", "No fixed cadence";
    GraceWeekly => "Dianggap terlambat bila tidak bertemu lebih dari 1 minggu + 2 hari.", "Overdue when not met for a week + 2 days.";
    GraceBiweekly => "Dianggap terlambat bila tidak bertemu lebih dari 2 minggu + 4 hari.", "Overdue when not met for 2 weeks + 4 days.";
    GraceMonthly => "Dianggap terlambat bila tidak bertemu lebih dari 1 bulan + 7 hari.", "Overdue when not met for a month + 7 days.";
    GraceQuarterly => "Dianggap terlambat bila tidak bertemu lebih dari 3 bulan + 14 hari.", "Overdue when not met for 3 months + 14 days.";
    GraceNone => "Tanpa irama yang disepakati, Jejak tidak menghitung jatuh tempo.", "Without an agreed cadence, Jejak does not count a due date.";
    ModeOnline => "Daring", "Online";
    ModeInPerson => "Tatap muka", "In person";
    ModeMixed => "Campuran", "Mixed";
    StatusActive => "Aktif", "Active";
    StatusPaused => "Dijeda", "Paused";
    StatusEnded => "Berakhir", "Ended";
    SessionPlanned => "Direncanakan", "Planned";
    SessionHeld => "Terlaksana", "Held";
    SessionCancelled => "Dibatalkan", "Cancelled";
    OwnerMe => "Saya", "Me";
    OwnerThem => "Pihak lain", "The other person";

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
    FlagOverdue => "Terlambat", "Overdue";
    PlanSession => "Rencanakan sesi", "Plan a session";
    StartSession => "Mulai sesi sekarang", "Start a session now";
    ExportIcs => "Ekspor ke kalender (.ics)", "Export to calendar (.ics)";
    ExportIcsHint => "Sesi terjadwal dan pengingat berulang sesuai irama, untuk kalender ponsel Anda.", "Planned sessions and a repeating reminder of the cadence, for your phone's calendar.";
    ExportNothing => "Belum ada sesi terjadwal atau irama untuk diekspor.", "There are no planned sessions or cadence to export yet.";
    ExportFailed => "Browser menolak menyimpan file. Coba lagi, atau izinkan unduhan untuk situs ini.", "The browser refused to save the file. Try again, or allow downloads for this site.";
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
    OpenActionsEmpty => "Tidak ada tindak lanjut terbuka.", "No open action items.";
    DeletePerson => "Hapus orang ini", "Delete this person";
    DeletePersonConfirm => "Hapus orang ini beserta semua sesi dan tindak lanjutnya?", "Delete this person with all their sessions and action items?";
    DeletePersonYes => "Ya, hapus orang ini", "Yes, delete this person";

    // Errors
    ErrNameEmpty => "Nama wajib diisi.", "A name is required.";
    ErrNameTooLong => "Nama paling banyak 200 karakter.", "The name can have at most 200 characters.";
    ErrNoRole => "Pilih setidaknya satu peran.", "Choose at least one role.";
    ErrShortTooLong => "Paling banyak 200 karakter.", "At most 200 characters.";
    ErrTextTooLong => "Paling banyak 4.000 karakter.", "At most 4,000 characters.";
    ErrNotesTooLong => "Catatan terlalu panjang.", "The notes are too long.";
    ErrDateInvalid => "Tanggal tidak valid.", "The date is not valid.";
    ErrDateOutOfRange => "Tanggal harus antara tahun 1900 dan 2200.", "The date must be between the years 1900 and 2200.";
    ErrDateRequired => "Tanggal wajib diisi.", "A date is required.";
    ErrTimeInvalid => "Jam tidak valid. Gunakan format 09:30.", "The time is not valid. Use the form 09:30.";
    ErrDuration => "Durasi harus bilangan bulat 1 sampai 600 menit.", "The duration must be a whole number from 1 to 600 minutes.";
    ErrRating => "Nilai harus 1 sampai 5.", "The rating must be 1 to 5.";
    ErrHeldInFuture => "Sesi yang tanggalnya belum tiba tidak bisa ditandai terlaksana.", "A session whose day has not come yet cannot be marked held.";
    ErrActionEmpty => "Tuliskan tindak lanjutnya dulu.", "Write the action item first.";
    ErrActionTooLong => "Tindak lanjut paling banyak 200 karakter.", "An action item can have at most 200 characters.";

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
    AgendaFromLast => "Tindak lanjut terbuka dari sesi terakhir:", "Open action items from the last session:";
    DeleteSession => "Hapus sesi", "Delete session";
    DeleteSessionConfirm => "Hapus sesi ini beserta tindak lanjutnya?", "Delete this session and its action items?";
    DeleteSessionYes => "Ya, hapus sesi", "Yes, delete the session";

    // Action items
    ActionsTitle => "Tindak lanjut", "Action items";
    ActionsEmpty => "Belum ada tindak lanjut dari sesi ini.", "No action items from this session yet.";
    ActionNew => "Tindak lanjut baru", "New action item";
    ActionOwner => "Penanggung jawab", "Owner";
    ActionDue => "Tenggat (opsional)", "Due date (optional)";
    ActionGoal => "Tujuan (opsional)", "Goal (optional)";
    ActionNoGoal => "Tanpa tujuan", "No goal";
    ActionAdd => "Tambah", "Add";
    ActionDueOn => "Tenggat {date}", "Due {date}";
    ActionDueInline => "tenggat {date}", "due {date}";
    ActionDoneOn => "Selesai {date}", "Done {date}";
    ActionFromSession => "Sesi {date}", "Session of {date}";
    ActionFromSessionWith => "Sesi dengan {name}, {date}", "Session with {name}, {date}";
    ActionRemove => "Hapus: {text}", "Remove: {text}";

    // Today
    TodayTitle => "Mentoring", "Mentoring";
    TodayNextSession => "Sesi berikutnya", "Next session";
    TodayNoSession => "Belum ada sesi terjadwal.", "No session planned.";
    TodayWith => "dengan {name}", "with {name}";
    TodayOverdue => "Sudah terlalu lama tidak bertemu", "Not met for too long";
    TodayDueNext => "Jatuh tempo berikutnya", "Due next";
    TodayActions => "Tindak lanjut terbuka", "Open action items";
    ActionsShownOf => "Menampilkan {shown} dari {total} tindak lanjut terbuka.", "Showing {shown} of {total} open action items.";
    TodayAllPeople => "Semua orang", "All people";

    // Calendar words
    IcsCalendarName => "Mentoring (Jejak)", "Mentoring (Jejak)";
    IcsSessionSummary => "Mentoring dengan {name}", "Mentoring with {name}";
    IcsCadenceSummary => "Mentoring dengan {name} ({cadence})", "Mentoring with {name} ({cadence})";
    IcsCadenceDescription => "Pengingat irama pertemuan yang disepakati. Dibuat oleh Jejak.", "Reminder of the agreed meeting cadence. Made by Jejak.";
    IcsMode => "Cara bertemu: {mode}", "Mode: {mode}";
}
}
