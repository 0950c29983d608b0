//! Strings only the Settings screen use. They live apart from the tables
//! that start-up code reads, so they travel with those screens' code instead of in the first
//! download.

use super::strings::strings;

strings! { SettingsKey {
    // Settings
    SettingsTitle => "Pengaturan", "Settings";
    Language => "Bahasa", "Language";
    Theme => "Tema", "Theme";
    ThemeSystem => "Ikuti sistem", "Follow the system";
    ThemeLight => "Terang", "Light";
    ThemeDark => "Gelap", "Dark";
    DeviceName => "Nama perangkat", "Device name";
    DeviceNameHint => "Muncul di file cadangan, mis. \"Laptop kantor\"", "Shown in backup files, e.g. \"Office laptop\"";
    About => "Tentang", "About";
    // Backup and import
    AboutText => "Jejak menyimpan semua data di perangkat ini. Tidak ada server Jejak dan tidak ada akun; data berpindah lewat file yang Anda ekspor sendiri, atau, bila Anda mengaturnya, lewat sinkronisasi terenkripsi ke server CouchDB milik Anda.", "Jejak keeps all data on this device. There is no Jejak server and no account; data moves through files you export yourself or, if you set it up, through encrypted sync with your own CouchDB server.";
} }
