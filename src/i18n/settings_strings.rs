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
    AboutText => "Jejak menyimpan semua data hanya di perangkat ini. Tidak ada server dan tidak ada akun; data berpindah hanya lewat file yang Anda ekspor sendiri.", "Jejak keeps all data on this device only. There is no server and no account; data moves only through files you export yourself.";
} }
