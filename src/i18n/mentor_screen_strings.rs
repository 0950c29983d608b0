//! Strings only sharing with a mentor, the Mentees inbox and a mentee's package use. They live apart from the tables
//! that start-up code reads, so they travel with those screens' code instead of in the first
//! download.

use super::strings::strings;

strings! { MentorScreensKey {
    // Sharing (mentee)
    ShareTitle => "Bagikan ke mentor", "Share with my mentor";
    ShareCardBody => "Pilih bagian jurnal yang ingin ditinjau mentor Anda. Jejak membuat file; Anda sendiri yang mengirimkannya.", "Choose the part of your journal your mentor should review. Jejak makes a file; you send it yourself.";
    ShareChoose => "Pilih yang dibagikan", "Choose what to share";
    ShareIntro => "Hanya yang Anda centang masuk ke file. Jejak tidak mengirim apa pun: simpan file lalu kirimkan lewat surel atau aplikasi pesan.", "Only what you tick goes into the file. Jejak sends nothing: save the file, then send it by email or a messaging app.";
    YourName => "Nama Anda", "Your name";
    YourNameHint => "Nama yang dilihat mentor Anda pada file ini.", "The name your mentor sees on this file.";
    IncludeEntries => "Sertakan entri jurnal", "Include journal entries";
    EntryKindsHint => "Jenis entri yang disertakan. Catatan jejaring bersifat pribadi dan tidak dicentang kecuali Anda memilihnya.", "Kinds of entry to include. Networking notes are private and stay unticked unless you choose them.";
    Private => "pribadi", "private";
    OnlyTags => "Hanya dengan tag (kosongkan untuk semua)", "Only with tags (leave empty for all)";
    OnlyTagsHint => "Pisahkan dengan koma, mis. rapat, proyek-a", "Separate with commas, e.g. meeting, project-a";
    LatestAssessments => "Penilaian terbaru yang disertakan", "Latest assessments to include";
    NoneOption => "Tidak ada", "None";
    AllOption => "Semua", "All";
    SessionsWith => "Sesi dan tindak lanjut bersama", "Sessions and action items with";
    SessionsHint => "Biasanya mentor yang akan menerima file ini. Catatan kontaknya tidak ikut.", "Usually the mentor who receives this file. Their contact notes are not included.";
    IncludeAssignments => "Sertakan penugasan beserta kesiapan dan risikonya", "Include assignments with their readiness and risks";
    PeoplePrivateHint => "Pribadi: nama, peran, organisasi, cara bertemu, dan catatan kontak orang-orang dalam jaringan Anda.", "Private: names, roles, organisations, how you met and contact notes of the people in your network.";
    IncludePeople => "Ya, sertakan orang dan catatan kontak", "Yes, include people and contact notes";
    SummaryTitle => "Yang akan keluar dari perangkat ini", "What will leave this device";
    NotIncludedTitle => "Tidak disertakan", "Not included";
    NotPeople => "Orang dan catatan kontak", "People and contact notes";
    NotNetworking => "Catatan jejaring", "Networking notes";
    NeverSettings => "Pengaturan dan nama perangkat", "Settings and device name";
    NeverDeleted => "Apa pun yang sudah Anda hapus", "Anything you deleted";
    NothingSentHint => "File hanya dibuat di perangkat ini. Bila dienkripsi, beri tahu kata sandinya lewat jalur lain.", "The file is only made on this device. If you encrypt it, tell the passphrase through another channel.";
    ShareEncryptHint => "Mentor membutuhkan kata sandi ini untuk membuka file.", "Your mentor needs this passphrase to open the file.";
    ShareDownload => "Simpan file berbagi", "Save share file";
    ShareSend => "Kirim…", "Send…";
    ShareSaved => "File disimpan:", "File saved:";
    // Mentees inbox (mentor)
    MenteesTitle => "Mentee", "Mentees";
    MenteesIntro => "File yang dibagikan mentee Anda. Hanya bisa dibaca; tidak pernah tercampur dengan jurnal Anda sendiri.", "Files your mentees shared with you. Read-only; never mixed into your own journal.";
    NoMenteesTitle => "Belum ada file dari mentee", "No files from mentees yet";
    NoMenteesBody => "Saat mentee mengirim file berbagi Jejak, buka di sini. Anda dapat meninjaunya, menulis komentar, dan mengirim file umpan balik.", "When a mentee sends you a Jejak share file, open it here. You can review it, write comments and send a feedback file back.";
    OpenShareTitle => "Buka file dari mentee", "Open a file from a mentee";
    OpenShareExplain => "Pilih file berbagi Jejak (.json) yang dikirim mentee Anda.", "Choose the Jejak share file (.json) your mentee sent you.";
    InboxNotInBackup => "File mentee hanya disimpan di perangkat ini dan tidak masuk cadangan Anda; komentar Anda masuk cadangan. Simpan file aslinya bila perlu membukanya lagi.", "Mentee files are kept on this device only and are not in your backup; your comments are. Keep the original file if you may need to open it again.";
    AddedToInbox => "File berbagi ditambahkan ke Mentee. Jurnal Anda tidak berubah.", "Share file added to Mentees. Your own journal is unchanged.";
    RemoveMentee => "Hapus dari perangkat ini", "Remove from this device";
    RemoveConfirm => "Ya, hapus", "Yes, remove";
    ErrShareBroken => "File berbagi ini tidak lengkap (tanpa nama atau kode paket). Minta mentee membuatnya lagi. Tidak ada yang berubah.", "This share file is incomplete (no name or package code). Ask your mentee to make it again. Nothing was changed.";
    ErrOwnShare => "Ini file berbagi buatan Anda sendiri. Kirimkan ke mentor Anda; tidak ada yang berubah.", "This is a share file you made yourself. Send it to your mentor; nothing was changed.";
    // Review (mentor)
    PackageNotFound => "File berbagi tidak ditemukan", "Share file not found";
    PackageNotFoundBody => "File ini tidak ada di Mentee pada perangkat ini. Buka lagi file dari mentee Anda.", "This file is not in Mentees on this device. Open your mentee's file again.";
    BackToMentees => "Kembali ke Mentee", "Back to Mentees";
    ReadOnlyNote => "Hanya baca: Anda dapat berkomentar, tetapi tidak mengubah data mentee.", "Read-only: you can comment, but not change your mentee's data.";
    OlderPackageNote => "Ini file lama. Mentee telah mengirim yang lebih baru.", "This is an older file. Your mentee has sent a newer one.";
    WholeShare => "Tentang keseluruhan file ini", "About this share as a whole";
    EmptyPackage => "File ini tidak berisi catatan.", "This file holds no records.";
    TargetRole => "Jabatan sasaran", "Target role";
    GapsLargestFirst => "Kesenjangan, dari yang terbesar", "Gaps, largest first";
    Outcomes => "Hasil", "Outcomes";
    Readiness => "Kesiapan", "Readiness";
    Progress => "Kemajuan", "Progress";
    SendFeedbackTitle => "Kirim umpan balik", "Send feedback";
    SendFeedbackBody => "Buat file umpan balik berisi komentar Anda untuk file ini, lalu kirimkan ke mentee.", "Make a feedback file with your comments on this share, then send it to your mentee.";
    ExportFeedback => "Simpan file umpan balik", "Save feedback file";
    HistoryTitle => "File sebelumnya", "Earlier files";
    // Feedback (mentee)
    FeedbackPreviewTitle => "Umpan balik dari mentor", "Feedback from your mentor";
    OrphanExplain => "Beberapa komentar membahas catatan yang sudah tidak ada di perangkat ini (dihapus atau belum disinkronkan). Komentar itu tetap disimpan dan ditampilkan di daftar umpan balik.", "Some comments are about records no longer on this device (deleted, or not synced here). They are kept and shown in the feedback list.";
    AddFeedback => "Tambahkan umpan balik", "Add the feedback";
    FeedbackNothingNew => "Semua komentar dalam file ini sudah ada. Tidak ada yang ditambahkan.", "Every comment in this file is already here. Nothing to add.";
    ErrFeedbackNotForMe => "File umpan balik ini untuk file berbagi milik orang lain. Tidak ada yang berubah.", "This feedback file answers someone else's share. Nothing was changed.";
    ErrFeedbackBroken => "File umpan balik ini tidak lengkap atau rusak (kode paket atau kode mentee hilang). Tidak ada yang berubah.", "This feedback file is incomplete or damaged (its package or mentee code is missing). Nothing was changed.";
} }
