//! Small inline SVG icons (no icon font: nothing is fetched from other hosts). Icons are
//! decorative; the control that holds one carries the accessible name.

use leptos::prelude::*;

fn svg(path: &'static str) -> AnyView {
    view! {
        <svg class="icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
            <path d=path fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>
        </svg>
    }
    .into_any()
}

pub fn journal() -> AnyView {
    svg("M5 4h11a3 3 0 0 1 3 3v13H8a3 3 0 0 1-3-3zM5 17a3 3 0 0 1 3-3h11M9 8h6")
}

pub fn data() -> AnyView {
    svg("M4 6c0-1.7 3.6-3 8-3s8 1.3 8 3-3.6 3-8 3-8-1.3-8-3zm0 0v12c0 1.7 3.6 3 8 3s8-1.3 8-3V6M4 12c0 1.7 3.6 3 8 3s8-1.3 8-3")
}

pub fn settings() -> AnyView {
    svg("M12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6zm7.4-3a7.4 7.4 0 0 0-.1-1.2l2-1.6-2-3.4-2.4 1a7.3 7.3 0 0 0-2-1.2L14.5 3h-5l-.4 2.6a7.3 7.3 0 0 0-2 1.2l-2.4-1-2 3.4 2 1.6a7.4 7.4 0 0 0 0 2.4l-2 1.6 2 3.4 2.4-1a7.3 7.3 0 0 0 2 1.2l.4 2.6h5l.4-2.6a7.3 7.3 0 0 0 2-1.2l2.4 1 2-3.4-2-1.6c.1-.4.1-.8.1-1.2z")
}

pub fn plus() -> AnyView {
    svg("M12 5v14M5 12h14")
}

pub fn close() -> AnyView {
    svg("M6 6l12 12M18 6L6 18")
}

pub fn trash() -> AnyView {
    svg("M4 7h16M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3")
}

pub fn search() -> AnyView {
    svg("M11 18a7 7 0 1 0 0-14 7 7 0 0 0 0 14zm10 3l-5-5")
}

pub fn today() -> AnyView {
    svg("M4 11l8-7 8 7v9a1 1 0 0 1-1 1h-5v-6h-4v6H5a1 1 0 0 1-1-1z")
}

pub fn growth() -> AnyView {
    svg("M4 20h16M7 16v-4M12 16V8M17 16V5")
}

/// A target: the Goals screen.
pub fn goal() -> AnyView {
    svg("M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zm0-4a5 5 0 1 0 0-10 5 5 0 0 0 0 10zm0-4a1 1 0 1 0 0-2 1 1 0 0 0 0 2z")
}

pub fn arrow_up() -> AnyView {
    svg("M12 19V5M6 11l6-6 6 6")
}

pub fn arrow_down() -> AnyView {
    svg("M12 5v14M6 13l6 6 6-6")
}

/// A radar: competencies.
pub fn competency() -> AnyView {
    svg("M12 3l8.5 6.2-3.3 10H6.8L3.5 9.2zM12 8l4 3-1.6 4.6H9.6L8 11z")
}

/// Two people: mentoring.
pub fn people() -> AnyView {
    svg("M9 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM2 21v-1a6 6 0 0 1 6-6h2a6 6 0 0 1 6 6v1M16 3.3a4 4 0 0 1 0 7.4M19 14.5a6 6 0 0 1 3 5.2V21")
}

/// A briefcase: assignments.
pub fn briefcase() -> AnyView {
    svg("M3 8h18v12H3zM8 8V5a1 1 0 0 1 1-1h6a1 1 0 0 1 1 1v3M3 13h18")
}

/// A tray: the Mentees inbox.
pub fn inbox() -> AnyView {
    svg("M3 13l3-8h12l3 8v6H3zM3 13h5l1 3h6l1-3h5")
}

/// Four squares: every other screen (phones).
pub fn more() -> AnyView {
    svg("M4 4h6v6H4zM14 4h6v6h-6zM4 14h6v6H4zM14 14h6v6h-6z")
}

/// An arrow out of a box: share with a mentor.
pub fn share() -> AnyView {
    svg("M12 15V3M7 8l5-5 5 5M5 13v7h14v-7")
}

pub fn print() -> AnyView {
    svg("M7 9V3h10v6M7 18H5a2 2 0 0 1-2-2v-5a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2v5a2 2 0 0 1-2 2h-2M7 14h10v7H7z")
}

pub fn download() -> AnyView {
    svg("M12 3v12M7 10l5 5 5-5M5 21h14")
}

/// A document with lines: the development plan.
pub fn plan() -> AnyView {
    svg("M7 3h7l5 5v13H7a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2zM14 3v5h5M9 13h6M9 17h6")
}
