//! Strings for the mentor loop: sharing with a mentor, the Mentees inbox, comments and
//! feedback files.

use super::strings::strings;

strings! { MentorKey {
    // Sharing (mentee)
    ErrNameEmpty => "Tuliskan nama Anda agar mentor tahu file ini dari siapa.", "Write your name so your mentor knows who the file is from.";
    ErrNameTooLong => "Nama paling banyak 80 karakter.", "The name can be at most 80 characters.";
    ScopeAssessments => "Penilaian kompetensi", "Competency assessments";
    ScopeSessions => "Sesi mentoring", "Mentoring sessions";
    ScopeAssignments => "Penugasan", "Assignments";
    ScopePeople => "Orang dan catatan kontak", "People and contact notes";

    // Mentees inbox (mentor)
    ReviewNow => "Tinjau sekarang", "Review now";

    // Review (mentor)
    ReviewGoals => "Tujuan", "Goals";
    ReviewEntries => "Entri jurnal", "Journal entries";
    YourComment => "Komentar Anda", "Your comment";
    CommentSaving => "Menyimpan…", "Saving…";
    CommentSaved => "Tersimpan di perangkat ini", "Saved on this device";
    ErrCommentTooLong => "Komentar paling banyak 5.000 karakter; sisanya tidak disimpan.", "A comment can be at most 5,000 characters; the rest is not saved.";

    // Feedback (mentee)
    OnGoal => "Tentang tujuan", "On a goal";
    OnEntry => "Tentang entri jurnal", "On a journal entry";
    OnAssessment => "Tentang penilaian", "On an assessment";
    OnSession => "Tentang sesi", "On a session";
    OnAssignment => "Tentang penugasan", "On an assignment";
    OnRecord => "Tentang catatan", "On a record";
    OnShare => "Tentang keseluruhan file", "On the whole share";
    OnMissing => "Catatannya sudah tidak ada", "Its record no longer exists";
    FeedbackFromMentor => "Umpan balik mentor", "Feedback from your mentor";
    New => "baru", "new";
    MarkRead => "Tandai sudah dibaca", "Mark as read";
    MarkAllRead => "Tandai semua sudah dibaca", "Mark all as read";
    NewFeedbackTitle => "Umpan balik baru", "New feedback";
    AllFeedback => "Semua umpan balik", "All feedback";
    FeedbackReceivedTitle => "Umpan balik yang diterima", "Feedback received";
    FeedbackReceivedHint => "Komentar mentor atas file yang Anda bagikan. Komentar tentang catatan yang sudah dihapus tetap tercantum di sini.", "Your mentors' comments on what you shared. Comments on records you have since deleted stay listed here.";
}
}
