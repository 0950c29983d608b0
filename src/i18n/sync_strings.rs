//! Strings for sync through a CouchDB server (Settings → Sync), and its messages with values in
//! them (times, counts, progress).

use super::strings::strings;
use super::Lang;

strings! { SyncKey {
    SyncTitle => "Sinkronisasi antarperangkat", "Sync between your devices";
    SyncCardBody => "Jaga jurnal yang sama di ponsel dan laptop melalui server CouchDB milik Anda atau instansi Anda. Semua terenkripsi sebelum meninggalkan perangkat.", "Keep the same journal on your phone and laptop through a CouchDB server that you or your organisation runs. Everything is encrypted before it leaves the device.";
    SyncOpen => "Atur sinkronisasi", "Set up sync";
    SyncManage => "Buka sinkronisasi", "Open sync";
    SyncOffLine => "Sinkronisasi tidak aktif. Tidak ada yang dikirim ke mana pun.", "Sync is off. Nothing is sent anywhere.";
    SyncIntro => "Opsional. Jejak tidak punya server: sinkronisasi memakai server CouchDB (atau Cloudant, PouchDB Server) milik Anda. Server hanya menyimpan data terenkripsi; tanpa kata sandi sinkronisasi, isinya tidak bisa dibaca siapa pun, termasuk pengelola server.", "Optional. Jejak has no server: sync uses a CouchDB server (or Cloudant, PouchDB Server) that you run. The server only stores encrypted data; without the sync passphrase nobody can read it, the server's administrators included.";
    ServerAddress => "Alamat server dan basis data", "Server and database address";
    ServerAddressHint => "Contoh: https://couch.contoh.go.id/jejak-budi — satu basis data untuk Anda sendiri.", "For example https://couch.example.go.id/jejak-budi — one database for you alone.";
    UserName => "Nama pengguna", "User name";
    ServerPassword => "Kata sandi server", "Server password";
    SyncPassphraseTitle => "Kata sandi sinkronisasi", "Sync passphrase";
    SyncPassphraseHint => "Berbeda dari kata sandi server, dan tidak pernah meninggalkan perangkat. Pakai kata sandi yang sama di semua perangkat Anda. Bila hilang, tidak ada yang bisa memulihkannya.", "Different from the server password, and it never leaves the device. Use the same one on all your devices. If you lose it, nobody can recover it.";
    RememberKey => "Ingat kunci di perangkat ini", "Remember the key on this device";
    RememberKeyHint => "Tanpa centang, kunci hanya disimpan selama tab ini terbuka; setelah dimuat ulang Anda diminta kata sandi lagi.", "Unticked, the key is kept only while this tab is open; after a reload you are asked for the passphrase again.";
    SyncContinue => "Lanjut", "Continue";
    SyncConfirmTitle => "Periksa sebelum mengirim", "Check before anything is sent";
    SyncConfirmServer => "Jejak akan menghubungi server ini:", "Jejak will contact this server:";
    SyncConfirmAs => "sebagai", "as";
    SyncConfirmWhat => "Perangkat pertama menulis dokumen kunci (garam acak dan nilai uji terenkripsi); perangkat lain memeriksa kata sandinya terhadap dokumen itu. Lalu setiap catatan dikirim terenkripsi. Server tidak pernah menerima kata sandi sinkronisasi maupun isi jurnal yang bisa dibaca.", "The first device writes a key document (a random salt and an encrypted check value); other devices check their passphrase against it. Then every record is sent encrypted. The server never receives the sync passphrase nor any readable journal content.";
    SyncConfirm => "Hubungkan dan sinkronkan", "Connect and sync";
    SyncBack => "Kembali", "Back";
    SyncConnecting => "Menghubungkan… (menurunkan kunci dari kata sandi memerlukan beberapa detik)", "Connecting… (deriving the key from the passphrase takes a few seconds)";
    WhereKeptTitle => "Yang disimpan di perangkat ini", "What is kept on this device";
    WherePassword => "Kata sandi server disimpan di penyimpanan browser untuk situs ini di perangkat ini, agar Jejak bisa menyinkronkan tanpa bertanya lagi. Tidak masuk cadangan atau file berbagi.", "The server password is kept in this browser's storage for this site on this device, so Jejak can sync without asking again. It is not in backups or share files.";
    WhereKeyRemembered => "Kunci sinkronisasi disimpan di penyimpanan browser perangkat ini dalam bentuk yang tidak bisa disalin keluar (kunci WebCrypto yang tidak dapat diekspor). Kata sandi sinkronisasi sendiri tidak disimpan.", "The sync key is kept in this browser's storage on this device in a form that cannot be copied out (a non-exportable WebCrypto key). The sync passphrase itself is not stored.";
    WhereKeySession => "Kunci sinkronisasi hanya ada di memori tab ini dan hilang saat tab ditutup atau dimuat ulang. Kata sandi sinkronisasi tidak disimpan.", "The sync key exists only in this tab's memory and is gone when the tab is closed or reloaded. The sync passphrase is not stored.";
    ServerSees => "Server melihat: jumlah dan ukuran catatan, kode acaknya, dan kapan perangkat Anda sinkron. Server tidak melihat satu kata pun isinya.", "The server sees: how many records there are, their sizes, their random ids and when your devices sync. It sees not one word of their content.";
    StatusTitle => "Status", "Status";
    SyncNow => "Sinkronkan sekarang", "Sync now";
    SyncingNow => "Sedang menyinkronkan…", "Syncing…";
    SyncOtherTab => "Tab Jejak lain di perangkat ini sedang menyinkronkan.", "Another Jejak tab on this device is syncing.";
    SyncNeverYet => "Belum pernah sinkron.", "Not synced yet.";
    LockedTitle => "Masukkan kata sandi sinkronisasi untuk melanjutkan", "Enter your sync passphrase to resume";
    LockedStatus => "Dijeda: menunggu kata sandi sinkronisasi.", "Paused: waiting for your sync passphrase.";
    LockedBody => "Kunci hanya disimpan untuk sesi, jadi perlu kata sandi lagi setelah dimuat ulang. Perubahan Anda tetap tersimpan di perangkat ini dan menunggu.", "The key was kept for the session only, so it is needed again after a reload. Your changes stay on this device and wait.";
    Resume => "Lanjutkan sinkronisasi", "Resume sync";
    ChangeLoginTitle => "Ubah login server", "Change the server login";
    SaveLogin => "Simpan login", "Save login";
    LoginSaved => "Login disimpan.", "Login saved.";
    ForgetTitle => "Lupakan server ini", "Forget this server";
    ForgetBody => "Menghentikan sinkronisasi dan menghapus alamat, login, kunci, dan catatan sinkronisasi dari perangkat ini. Jurnal Anda tetap utuh di perangkat ini, dan data di server tidak disentuh.", "Stops syncing and removes the address, login, key and sync bookkeeping from this device. Your journal stays as it is on this device, and nothing on the server is touched.";
    ForgetConfirm => "Ya, lupakan server ini", "Yes, forget this server";
    Forgotten => "Server dilupakan. Jurnal Anda tidak berubah.", "Server forgotten. Your journal is unchanged.";
    Cancel => "Batal", "Cancel";
    CreateDb => "Buat basis data", "Create the database";
    WhatToDo => "Yang bisa dilakukan", "What to do";
    ErrOffline => "Perangkat ini sedang luring. Perubahan menunggu dan dikirim otomatis saat tersambung lagi.", "This device is offline. Changes wait and go out by themselves once it is back online.";
    ErrUnreachable => "Server tidak dapat dihubungi. Periksa alamatnya dan apakah server menyala; Jejak mencoba lagi sendiri. Tidak ada yang hilang.", "The server cannot be reached. Check the address and that the server is running; Jejak tries again by itself. Nothing is lost.";
    ErrCors => "Server menjawab, tetapi belum mengizinkan halaman ini (CORS belum diatur). Minta pengelola server menambahkan pengaturan berikut ke CouchDB, lalu tekan Sinkronkan sekarang:", "The server answers but does not allow this page yet (CORS is not set up). Ask whoever runs the server to add these settings to CouchDB, then press Sync now:";
    ErrLogin => "Nama pengguna atau kata sandi server salah (401). Perbaiki di bawah. Perubahan Anda tetap tersimpan di perangkat ini.", "Wrong user name or server password (401). Correct them below. Your changes stay safe on this device.";
    ErrForbidden => "Login ini tidak boleh memakai basis data tersebut (403). Minta pengelola server memberi akses ke basis data Anda.", "This login may not use that database (403). Ask whoever runs the server to give it access to your database.";
    ErrDatabaseMissing => "Basis data ini belum ada di server. Buat sekarang (bila login Anda boleh), atau minta pengelola server membuatnya.", "This database does not exist on the server. Create it now (if your login is allowed to), or ask whoever runs the server to create it.";
    ErrFull => "Server penuh atau menolak karena kuota. Minta pengelola server menambah ruang. Perubahan Anda menunggu di perangkat ini.", "The server is full or over its quota. Ask whoever runs the server for more room. Your changes wait on this device.";
    ErrBusy => "Server sedang sibuk. Jejak mencoba lagi sebentar lagi.", "The server is busy. Jejak tries again shortly.";
    ErrWrongPassphrase => "Kata sandi sinkronisasi tidak cocok dengan yang dipakai perangkat Anda yang lain. Tidak ada yang ditulis, baik di sini maupun di server.", "The sync passphrase does not match the one your other devices use. Nothing was written, here or on the server.";
    ErrNotJejak => "Basis data ini dipakai untuk hal lain (bukan sinkronisasi Jejak). Pilih basis data lain. Tidak ada yang ditulis.", "This database is used for something else (not Jejak sync). Choose another database. Nothing was written.";
    ErrNewerKey => "Basis data ini diatur oleh versi Jejak yang lebih baru. Perbarui Jejak di perangkat ini dulu.", "This database was set up by a newer Jejak. Update Jejak on this device first.";
    ErrDamaged => "Dokumen kunci di server rusak. Periksa basis data bersama pengelola server. Tidak ada yang ditulis.", "The key document on the server is damaged. Check the database with whoever runs the server. Nothing was written.";
    ErrSyncCrypto => "Enkripsi tidak tersedia di sini (buka Jejak lewat https). Tidak ada yang dikirim.", "Encryption is not available here (open Jejak over https). Nothing was sent.";
    ErrLocal => "Perangkat ini tidak dapat menyimpan data sinkronisasi:", "This device could not store sync data:";
    ErrOther => "Server menjawab dengan kesalahan:", "The server answered with an error:";
    ErrNotLoaded => "Bagian sinkronisasi Jejak belum dapat dimuat (perangkat offline sebelum bagian itu tersimpan). Jejak mencoba lagi saat kembali online. Perubahan Anda tetap tersimpan di perangkat ini.", "The sync part of Jejak could not be loaded yet (the device was offline before it was saved). Jejak tries again when you are back online. Your changes stay safe on this device.";
    ErrAddressEmpty => "Tuliskan alamat server dan basis data.", "Write the server and database address.";
    ErrAddressNotUrl => "Alamat harus berbentuk https://server/basisdata.", "The address must look like https://server/database.";
    ErrAddressHttp => "Alamat http:// biasa hanya boleh untuk perangkat ini sendiri (localhost). Pakai https:// agar kata sandi dan data tidak terbaca di jalan.", "Plain http:// is only allowed for this device itself (localhost). Use https:// so the password and data cannot be read on the way.";
    ErrAddressCredentials => "Jangan tulis nama pengguna atau kata sandi di alamat; isi kolomnya masing-masing.", "Do not put the user name or password in the address; use their own fields.";
    ErrAddressNoDb => "Tambahkan nama basis data di akhir alamat, mis. /jejak-budi.", "Add the database name at the end of the address, e.g. /jejak-budi.";
    ErrAddressDbName => "Nama basis data CouchDB diawali huruf kecil dan hanya berisi huruf kecil, angka, dan _ $ ( ) + -.", "A CouchDB database name starts with a lowercase letter and has only lowercase letters, digits and _ $ ( ) + -.";
    ErrUserEmpty => "Tuliskan nama pengguna server.", "Write the server user name.";
    UnreadableDocs => "Beberapa dokumen di server tidak bisa dibaca dengan kunci ini (dibuat dengan kata sandi lain, atau rusak). Dokumen itu dilewati dan dibiarkan.", "Some documents on the server could not be read with this key (made with another passphrase, or damaged). They were skipped and left alone.";
}}

impl Lang {
    /// "Synced 2 minutes ago" / "Disinkronkan 2 menit lalu".
    pub fn synced_ago(self, now_ms: i64, then_ms: i64) -> String {
        let secs = ((now_ms - then_ms) / 1000).max(0);
        let (n, id_unit, en_one, en_many) = if secs < 60 {
            return match self {
                Lang::Id => "Disinkronkan baru saja".into(),
                Lang::En => "Synced just now".into(),
            };
        } else if secs < 3600 {
            (secs / 60, "menit", "minute", "minutes")
        } else if secs < 86_400 {
            (secs / 3600, "jam", "hour", "hours")
        } else {
            (secs / 86_400, "hari", "day", "days")
        };
        match self {
            Lang::Id => format!("Disinkronkan {n} {id_unit} lalu"),
            Lang::En if n == 1 => format!("Synced 1 {en_one} ago"),
            Lang::En => format!("Synced {n} {en_many} ago"),
        }
    }

    /// "12 changes waiting (offline)".
    pub fn changes_waiting(self, n: usize, offline: bool) -> String {
        let base = match (self, n) {
            (Lang::Id, n) => format!("{n} perubahan menunggu"),
            (Lang::En, 1) => "1 change waiting".to_string(),
            (Lang::En, n) => format!("{n} changes waiting"),
        };
        match (self, offline) {
            (_, false) => base,
            (Lang::Id, true) => format!("{base} (luring)"),
            (Lang::En, true) => format!("{base} (offline)"),
        }
    }

    pub fn sync_sending(self, done: usize, total: usize) -> String {
        match self {
            Lang::Id => format!("Mengirim {done} dari {total} catatan…"),
            Lang::En => format!("Sending {done} of {total} records…"),
        }
    }

    pub fn sync_receiving(self, done: usize, pending: Option<u64>) -> String {
        match (self, pending) {
            (Lang::Id, Some(p)) if p > 0 => {
                format!("Menerima {done} perubahan… ({p} lagi)")
            }
            (Lang::En, Some(p)) if p > 0 => format!("Receiving {done} changes… ({p} to go)"),
            (Lang::Id, _) => format!("Menerima {done} perubahan…"),
            (Lang::En, _) => format!("Receiving {done} changes…"),
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn status_words() {
        let t = 1_000_000_000;
        assert_eq!(Lang::En.synced_ago(t + 30_000, t), "Synced just now");
        assert_eq!(Lang::En.synced_ago(t + 120_000, t), "Synced 2 minutes ago");
        assert_eq!(
            Lang::Id.synced_ago(t + 120_000, t),
            "Disinkronkan 2 menit lalu"
        );
        assert_eq!(Lang::En.synced_ago(t + 3_600_000, t), "Synced 1 hour ago");
        assert_eq!(
            Lang::En.changes_waiting(12, true),
            "12 changes waiting (offline)"
        );
        assert_eq!(Lang::En.changes_waiting(1, false), "1 change waiting");
        assert_eq!(
            Lang::Id.changes_waiting(3, true),
            "3 perubahan menunggu (luring)"
        );
    }

    #[test]
    fn no_sync_string_is_empty() {
        for k in SyncKey::ALL {
            let (id, en) = crate::i18n::Text::text(*k);
            assert!(!id.trim().is_empty() && !en.trim().is_empty(), "{k:?}");
        }
    }
}
