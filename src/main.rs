//! Mounts the app; everything else lives in the library so tests can reach it.

fn main() {
    leptos::mount::mount_to_body(jejak::app::App);
}
