//! Strings for Mentoring: people, sessions, action items, cadence and calendar export.
//! Texts with `{name}` placeholders are filled by the screens; plural-aware sentences live in
//! `mentoring_messages.rs`.

use super::strings::strings;

strings! { MentoringKey {
    // People list
    ExportAll => "Ekspor semua ke kalender (.ics)", "Export all to calendar (.ics)";
    Unnamed => "Tanpa nama", "Unnamed";
    UnknownPerson => "Orang tidak dikenal", "Unknown person";
    CardNextDue => "Jatuh tempo {date}", "Due {date}";
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
    FlagOverdue => "Terlambat", "Overdue";
    ExportIcs => "Ekspor ke kalender (.ics)", "Export to calendar (.ics)";
    ExportIcsHint => "Sesi terjadwal dan pengingat berulang sesuai irama, untuk kalender ponsel Anda.", "Planned sessions and a repeating reminder of the cadence, for your phone's calendar.";
    ExportNothing => "Belum ada sesi terjadwal atau irama untuk diekspor.", "There are no planned sessions or cadence to export yet.";
    ExportFailed => "Browser menolak menyimpan file. Coba lagi, atau izinkan unduhan untuk situs ini.", "The browser refused to save the file. Try again, or allow downloads for this site.";
    OpenActionsEmpty => "Tidak ada tindak lanjut terbuka.", "No open action items.";

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
    AgendaFromLast => "Tindak lanjut terbuka dari sesi terakhir:", "Open action items from the last session:";

    // Action items
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

}
}
