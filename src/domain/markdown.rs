//! Safe Markdown rendering for journal entries, session notes and anything
//! imported from another person's file.
//!
//! The output is meant to be inserted as inner HTML, and imported text is
//! untrusted, so this module owns the rule that no Markdown can run script
//! or make the app contact another host:
//!
//! - raw HTML (block and inline) is shown as escaped text, never passed on;
//! - links keep their destination only for `http`, `https` and `mailto`
//!   (checked after the same whitespace/control-character clean-up a browser
//!   applies, so `JaVaScRiPt:`, ` javascript:`, `java\tscript:` and
//!   entity-encoded schemes are all refused); other links become a plain
//!   `<span>` with no URL at all;
//! - images are never loaded: they become their alt text, wrapped in a
//!   normal link when the image URL is `http`/`https` so the user can still
//!   open it deliberately;
//! - every link opens in a new tab with `rel="noopener noreferrer nofollow"`.
//!
//! Everything else (escaping of text, code, tables, task lists) is done by
//! pulldown-cmark's own HTML writer, fed with the filtered event stream.

use pulldown_cmark::{Event, LinkType, Options, Parser, Tag, TagEnd};

const LINK_SCHEMES: &[&str] = &["http", "https", "mailto"];
const IMAGE_LINK_SCHEMES: &[&str] = &["http", "https"];
const LINK_REL: &str = "noopener noreferrer nofollow";

/// Renders Markdown (CommonMark plus tables, strikethrough and task lists)
/// to HTML that is safe to insert into the page. See the module
/// documentation for what is filtered.
pub fn render_markdown(src: &str) -> String {
    let options =
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TASKLISTS;
    let mut sanitizer = Sanitizer::default();
    for event in Parser::new_ext(src, options) {
        sanitizer.push(event);
    }
    let mut html = String::with_capacity(src.len() + src.len() / 2);
    pulldown_cmark::html::push_html(&mut html, sanitizer.out.into_iter());
    html
}

/// The readable text of a Markdown body, for list previews: markup dropped, raw HTML kept as
/// literal text (it is shown escaped), whitespace folded, cut to `max_chars` with an ellipsis.
/// Stops parsing once enough text is collected, so a long body costs little.
pub fn plain_text(src: &str, max_chars: usize) -> String {
    let mut out = String::new();
    let mut count = 0usize;
    let mut pending_space = false;
    for event in Parser::new_ext(src, Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH) {
        let text = match &event {
            Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => t.as_ref(),
            // Inline markup ends mid-sentence; block ends separate words.
            Event::End(
                TagEnd::Emphasis
                | TagEnd::Strong
                | TagEnd::Strikethrough
                | TagEnd::Link
                | TagEnd::Image,
            ) => continue,
            Event::SoftBreak | Event::HardBreak | Event::End(_) | Event::Rule => {
                pending_space = true;
                continue;
            }
            _ => continue,
        };
        if text.starts_with(char::is_whitespace) {
            pending_space = true;
        }
        for word in text.split_whitespace() {
            if pending_space && !out.is_empty() {
                out.push(' ');
                count += 1;
            }
            pending_space = true;
            for c in word.chars() {
                if count >= max_chars {
                    let trimmed = out.trim_end().len();
                    out.truncate(trimmed);
                    out.push('…');
                    return out;
                }
                out.push(c);
                count += 1;
            }
        }
        // Text events split words at inline markup ("**ba**nyak"): no space unless the source had one.
        pending_space = text.ends_with(char::is_whitespace);
    }
    out
}

/// Whether `url` may be used as a link destination: after trimming and
/// removing the characters browsers ignore in URLs, it must have an
/// explicit `http`, `https` or `mailto` scheme. Relative and fragment-only
/// URLs are refused too, since rendered notes have no meaningful base.
pub fn is_safe_url(url: &str) -> bool {
    clean_url(url, LINK_SCHEMES).is_some()
}

/// Returns the URL a browser would actually see, if its scheme is allowed.
/// The cleaned form is what gets emitted, so the check and the use agree.
fn clean_url(url: &str, schemes: &[&str]) -> Option<String> {
    // The WHATWG URL parser strips leading/trailing C0 controls and spaces
    // and removes tabs and newlines anywhere, which is exactly how
    // "java\tscript:" turns back into "javascript:". Mirror it.
    let cleaned: String = url
        .trim_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    if cleaned.chars().any(char::is_control) {
        return None;
    }
    let (scheme, _) = cleaned.split_once(':')?;
    let well_formed = scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.'));
    let allowed = schemes.iter().any(|s| scheme.eq_ignore_ascii_case(s));
    (well_formed && allowed).then_some(cleaned)
}

/// What a `Start(Link)` was turned into, so the matching `End` agrees.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum OpenLink {
    Anchor,
    Span,
    /// A link inside image alt text: only its text is kept.
    Dropped,
}

#[derive(Debug)]
struct OpenImage {
    /// Index in `out` of a placeholder replaced once the alt text is known.
    placeholder: usize,
    url: Option<String>,
    has_text: bool,
    /// Images nested in this one's alt text; they contribute text only.
    nested: usize,
}

#[derive(Default)]
struct Sanitizer<'a> {
    out: Vec<Event<'a>>,
    links: Vec<OpenLink>,
    image: Option<OpenImage>,
}

impl<'a> Sanitizer<'a> {
    fn push(&mut self, event: Event<'a>) {
        match event {
            Event::Html(raw) | Event::InlineHtml(raw) => {
                // Escaped with quotes too (not just `<>&`) so even the text
                // never contains e.g. `href="javascript:` verbatim.
                self.text_seen(&raw);
                self.out.push(Event::Html(escape_html(&raw).into()));
            }
            // The writer emits nothing around raw HTML blocks; now that
            // their content is text it needs a block of its own.
            Event::Start(Tag::HtmlBlock) => self.out.push(Event::Start(Tag::Paragraph)),
            Event::End(TagEnd::HtmlBlock) => self.out.push(Event::End(TagEnd::Paragraph)),
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                ..
            }) => self.start_link(link_type, &dest_url, &title),
            Event::End(TagEnd::Link) => match self.links.pop() {
                Some(OpenLink::Anchor) => self.out.push(Event::Html("</a>".into())),
                Some(OpenLink::Span) => self.out.push(Event::Html("</span>".into())),
                Some(OpenLink::Dropped) | None => {}
            },
            Event::Start(Tag::Image { dest_url, .. }) => self.start_image(&dest_url),
            Event::End(TagEnd::Image) => self.end_image(),
            Event::Text(ref text) | Event::Code(ref text) => {
                self.text_seen(text);
                self.out.push(event);
            }
            other => self.out.push(other),
        }
    }

    fn text_seen(&mut self, text: &str) {
        if let Some(image) = &mut self.image {
            image.has_text |= !text.trim().is_empty();
        }
    }

    fn start_link(&mut self, link_type: LinkType, dest: &str, title: &str) {
        if self.image.is_some() {
            // An anchor inside image alt text could end up nested in the
            // image's own anchor, which HTML does not allow.
            self.links.push(OpenLink::Dropped);
            return;
        }
        // Email autolinks (`<me@example.com>`) carry the bare address.
        let dest = if link_type == LinkType::Email {
            format!("mailto:{dest}")
        } else {
            dest.to_owned()
        };
        match clean_url(&dest, LINK_SCHEMES) {
            Some(url) => {
                self.out
                    .push(Event::Html(anchor_open(&url, title, None).into()));
                self.links.push(OpenLink::Anchor);
            }
            None => {
                self.out
                    .push(Event::Html(r#"<span class="md-link-blocked">"#.into()));
                self.links.push(OpenLink::Span);
            }
        }
    }

    fn start_image(&mut self, dest: &str) {
        if let Some(image) = &mut self.image {
            image.nested += 1;
            return;
        }
        let inside_anchor = self.links.contains(&OpenLink::Anchor);
        let url = if inside_anchor {
            None
        } else {
            clean_url(dest, IMAGE_LINK_SCHEMES)
        };
        self.image = Some(OpenImage {
            placeholder: self.out.len(),
            url,
            has_text: false,
            nested: 0,
        });
        self.out.push(Event::Html("".into()));
    }

    fn end_image(&mut self) {
        let Some(mut image) = self.image.take() else {
            return;
        };
        if image.nested > 0 {
            image.nested -= 1;
            self.image = Some(image);
            return;
        }
        match image.url {
            Some(url) => {
                let open = anchor_open(&url, "", Some("md-image-link"));
                self.out[image.placeholder] = Event::Html(open.into());
                if !image.has_text {
                    // Without alt text the link would be invisible.
                    self.out.push(Event::Text(url.into()));
                }
                self.out.push(Event::Html("</a>".into()));
            }
            None => {
                self.out[image.placeholder] = Event::Html(r#"<span class="md-image">"#.into());
                self.out.push(Event::Html("</span>".into()));
            }
        }
    }
}

fn anchor_open(url: &str, title: &str, class: Option<&str>) -> String {
    let mut html = String::from("<a href=\"");
    html.push_str(&escape_href(url));
    html.push('"');
    if !title.is_empty() {
        html.push_str(" title=\"");
        html.push_str(&escape_html(title));
        html.push('"');
    }
    if let Some(class) = class {
        html.push_str(" class=\"");
        html.push_str(class);
        html.push('"');
    }
    html.push_str(" rel=\"");
    html.push_str(LINK_REL);
    html.push_str("\" target=\"_blank\">");
    html
}

/// Escapes text for HTML body or a double-quoted attribute.
fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 4);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// Percent-encodes everything outside a conservative URL character set and
/// escapes `&` and `'`, matching pulldown-cmark's own href escaping (which
/// that crate does not export). Quotes, `<`, `>`, spaces and non-ASCII bytes
/// are percent-encoded, so the value cannot break out of its attribute.
fn escape_href(url: &str) -> String {
    let mut out = String::with_capacity(url.len());
    for &b in url.as_bytes() {
        match b {
            b'&' => out.push_str("&amp;"),
            b'\'' => out.push_str("&#x27;"),
            b'!'
            | b'#'..=b'%'
            | b'('..=b';'
            | b'='
            | b'?'..=b'Z'
            | b'^'
            | b'_'
            | b'a'..=b'z'
            | b'~' => out.push(char::from(b)),
            _ => {
                const HEX: &[u8; 16] = b"0123456789ABCDEF";
                out.push('%');
                out.push(char::from(HEX[usize::from(b >> 4)]));
                out.push(char::from(HEX[usize::from(b & 0xF)]));
            }
        }
    }
    out
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod plain_text_tests {
    use super::plain_text;

    #[test]
    fn drops_markup_keeps_words() {
        assert_eq!(
            plain_text(
                "# Catatan\n\nBelajar **banyak** tentang [anggaran](https://x.id).",
                100
            ),
            "Catatan Belajar banyak tentang anggaran."
        );
        assert_eq!(plain_text("<b>hai</b>", 100), "<b>hai</b>");
        assert_eq!(plain_text("ba**nyak**", 100), "banyak");
    }

    #[test]
    fn truncates_with_ellipsis() {
        let s = plain_text(&"kata ".repeat(100), 20);
        assert!(s.ends_with('…'));
        assert!(s.chars().count() <= 21);
        assert_eq!(plain_text("", 10), "");
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    /// One start tag from rendered output: lowercase name and attributes.
    #[derive(Debug)]
    struct ParsedTag {
        name: String,
        attrs: Vec<(String, String)>,
    }

    /// Every `<` in safe output starts a real tag (text `<` is escaped), and
    /// attribute values never contain `>`, so a simple scan finds them all.
    fn parse_tags(html: &str) -> Vec<ParsedTag> {
        let mut tags = Vec::new();
        let mut rest = html;
        while let Some(start) = rest.find('<') {
            let after = &rest[start + 1..];
            let end = after.find('>').expect("unterminated tag in output");
            let inner = &after[..end];
            rest = &after[end + 1..];
            if inner.starts_with('/') {
                continue;
            }
            let inner = inner.trim_end_matches('/');
            let name_end = inner
                .find(|c: char| c.is_whitespace())
                .unwrap_or(inner.len());
            let name = inner[..name_end].to_ascii_lowercase();
            let mut attrs = Vec::new();
            let mut s = inner[name_end..].trim_start();
            while !s.is_empty() {
                let n_end = s
                    .find(|c: char| c == '=' || c.is_whitespace())
                    .unwrap_or(s.len());
                let attr = s[..n_end].to_ascii_lowercase();
                s = &s[n_end..];
                let mut value = String::new();
                if let Some(v) = s.strip_prefix('=') {
                    let v = v
                        .strip_prefix('"')
                        .expect("attribute values must be double-quoted");
                    let close = v.find('"').expect("unterminated attribute value");
                    value = v[..close].to_owned();
                    s = &v[close + 1..];
                }
                attrs.push((attr, value));
                s = s.trim_start();
            }
            tags.push(ParsedTag { name, attrs });
        }
        tags
    }

    fn unescape_attr(value: &str) -> String {
        value
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&#x27;", "'")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&amp;", "&")
    }

    const ALLOWED_TAGS: &[&str] = &[
        "p",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "em",
        "strong",
        "del",
        "ul",
        "ol",
        "li",
        "code",
        "pre",
        "a",
        "span",
        "blockquote",
        "hr",
        "br",
        "table",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
        "input",
    ];
    const ALLOWED_ATTRS: &[&str] = &[
        "href", "title", "rel", "target", "class", "start", "disabled", "type", "checked", "style",
    ];

    /// Structural safety check used for every payload.
    fn assert_safe(src: &str) -> String {
        let html = render_markdown(src);
        let lower = html.to_ascii_lowercase();
        for needle in [
            "<script", "<img", "<iframe", "<svg", "<style", "<object", "<embed", "<form", "<math",
            "<link", "<meta", "<base",
        ] {
            assert!(!lower.contains(needle), "{needle} in {html:?} from {src:?}");
        }
        for needle in [
            "href=\"javascript",
            "href=\"vbscript",
            "href=\"data:",
            "href=\"file:",
        ] {
            assert!(!lower.contains(needle), "{needle} in {html:?} from {src:?}");
        }
        for tag in parse_tags(&html) {
            assert!(
                ALLOWED_TAGS.contains(&tag.name.as_str()),
                "tag {tag:?} in {html:?} from {src:?}"
            );
            for (name, value) in &tag.attrs {
                assert!(
                    ALLOWED_ATTRS.contains(&name.as_str()),
                    "attribute {name} in {html:?} from {src:?}"
                );
                assert!(!name.starts_with("on"), "handler in {html:?}");
                if name == "href" {
                    let url = unescape_attr(value);
                    assert!(is_safe_url(&url), "href {url:?} in {html:?} from {src:?}");
                    assert_eq!(tag.name, "a");
                }
                if name == "style" {
                    assert!(value.starts_with("text-align: "), "style {value:?}");
                }
            }
            if tag.name == "a" {
                let attr = |n: &str| tag.attrs.iter().find(|(a, _)| a == n).map(|(_, v)| v);
                assert_eq!(attr("rel").map(String::as_str), Some(LINK_REL));
                assert_eq!(attr("target").map(String::as_str), Some("_blank"));
            }
        }
        html
    }

    const XSS_PAYLOADS: &[&str] = &[
        "<script>alert(1)</script>",
        "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
        "text <script>alert(1)</script> inline",
        "<img src=x onerror=alert(1)>",
        "inline <img src=x onerror=alert(1)> html",
        "[x](javascript:alert(1))",
        "[x](JAVASCRIPT:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x]( javascript:alert(1))",
        "[x](<javascript:alert(1)>)",
        "[x](&#106;avascript:alert(1))",
        "[x](&#x6A;avascript&#58;alert(1))",
        "[x](javascript&colon;alert(1))",
        "[x](java&#x09;script:alert(1))",
        "[x](java&#10;script:alert(1))",
        "[x](<java\tscript:alert(1)>)",
        "[x](\\javascript:alert(1))",
        "[x](vbscript:msgbox(1))",
        "[x](file:///etc/passwd)",
        "[x](data:text/html,<script>alert(1)</script>)",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "<svg onload=alert(1)>",
        "<svg><script>alert(1)</script></svg>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<a href='javascript:alert(1)'>x</a>",
        "![x](data:image/svg+xml;base64,PHN2Zz4=)",
        "![x](javascript:alert(1))",
        "![x](https://tracker.example/pixel.gif)",
        "![](https://tracker.example/pixel.gif)",
        "![x\" onerror=\"alert(1)](https://a.example/i.png)",
        "<iframe src=https://evil.example></iframe>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<style>body{display:none}</style>",
        "<javascript:alert(1)>",
        "<JAVASCRIPT:alert(1)>",
        "<data:text/html,alert(1)>",
        "[x][ref]\n\n[ref]: javascript:alert(1)",
        "[ref]\n\n[ref]: data:text/html,<script>alert(1)</script>",
        "[x][ref]\n\n[ref]: https://ok.example \"t\\\" onmouseover=\\\"alert(1)\"",
        "[x](https://ok.example \"\\\"><script>alert(1)</script>\")",
        "[x](https://ok.example/\"onmouseover=\"alert(1))",
        "[x](<https://ok.example/a b\"c>)",
        "```\"><script>alert(1)</script>\ncode\n```",
        "<div onclick=\"alert(1)\">\n*md*\n</div>",
        "<!-- <script>alert(1)</script> -->",
        "<details open ontoggle=alert(1)>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "[![x](javascript:alert(1))](javascript:alert(2))",
        "![[inner](javascript:alert(1))](https://a.example/i.png)",
        "![a ![b](javascript:x) c](https://a.example/i.png)",
        "| a | b |\n|---|---|\n| <script>x</script> | [y](javascript:z) |",
        "- [ ] <img src=x onerror=alert(1)>",
        "<object data=x></object><embed src=x>",
        "<form action=https://evil.example><button>go</button></form>",
        "<base href=https://evil.example>",
        "<meta http-equiv=refresh content=0;url=javascript:alert(1)>",
        "\u{0}<script>alert(1)</script>",
    ];

    #[test]
    fn xss_payloads_render_safely() {
        for src in XSS_PAYLOADS {
            assert_safe(src);
        }
    }

    #[test]
    fn no_src_attribute_survives_anywhere() {
        for src in XSS_PAYLOADS {
            let html = render_markdown(src);
            for tag in parse_tags(&html) {
                assert!(tag.attrs.iter().all(|(name, _)| name != "src"), "{html:?}");
            }
        }
    }

    #[test]
    fn raw_html_is_shown_as_text() {
        let html = render_markdown("<script>alert(1)</script>");
        assert!(
            html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
            "{html}"
        );
        let html = render_markdown("a <b>bold</b> c");
        assert_eq!(html, "<p>a &lt;b&gt;bold&lt;/b&gt; c</p>\n");
        let html = render_markdown("<a href=\"javascript:alert(1)\">x</a>");
        assert!(
            html.contains("&lt;a href=&quot;javascript:alert(1)&quot;&gt;"),
            "{html}"
        );
    }

    #[test]
    fn html_block_is_wrapped_in_a_paragraph() {
        let html = render_markdown("<div>\nhello\n</div>");
        assert!(html.starts_with("<p>&lt;div&gt;"), "{html}");
        assert!(html.trim_end().ends_with("</p>"), "{html}");
    }

    #[test]
    fn unsafe_links_keep_their_text_without_href() {
        for src in [
            "[click](javascript:alert(1))",
            "[click](JAVASCRIPT:alert(1))",
            "[click](&#106;avascript:alert(1))",
            "[click](data:text/html,hi)",
            "[click](vbscript:x)",
            "[click](file:///c:/x)",
            "[click](/relative/path)",
            "[click](#fragment)",
            "[click](//evil.example/x)",
            "[click][r]\n\n[r]: javascript:alert(1)",
        ] {
            let html = render_markdown(src);
            assert_eq!(
                html, "<p><span class=\"md-link-blocked\">click</span></p>\n",
                "{src}"
            );
        }
    }

    #[test]
    fn unsafe_autolink_is_plain_text() {
        let html = assert_safe("<javascript:alert(1)>");
        assert_eq!(
            html,
            "<p><span class=\"md-link-blocked\">javascript:alert(1)</span></p>\n"
        );
    }

    #[test]
    fn images_are_never_loaded() {
        let html = assert_safe("![Diagram of the plan](https://example.com/plan.png)");
        assert_eq!(
            html,
            "<p><a href=\"https://example.com/plan.png\" class=\"md-image-link\" \
             rel=\"noopener noreferrer nofollow\" target=\"_blank\">Diagram of the plan</a></p>\n"
        );
        let html = assert_safe("![x](data:image/svg+xml;base64,PHN2Zz4=)");
        assert_eq!(html, "<p><span class=\"md-image\">x</span></p>\n");
        let html = assert_safe("![logo](/img/logo.png)");
        assert_eq!(html, "<p><span class=\"md-image\">logo</span></p>\n");
    }

    #[test]
    fn image_without_alt_shows_its_url() {
        let html = assert_safe("![](https://example.com/a.png)");
        assert!(html.contains(">https://example.com/a.png</a>"), "{html}");
    }

    #[test]
    fn image_inside_link_does_not_nest_anchors() {
        let html = assert_safe("[![badge](https://ci.example/b.svg)](https://ci.example)");
        assert_eq!(html.matches("<a ").count(), 1, "{html}");
        assert!(
            html.contains("<span class=\"md-image\">badge</span></a>"),
            "{html}"
        );
    }

    #[test]
    fn links_in_image_alt_text_are_flattened() {
        let html = assert_safe("![see [docs](https://docs.example)](https://a.example/i.png)");
        assert_eq!(html.matches("<a ").count(), 1, "{html}");
        assert!(html.contains(">see docs</a>"), "{html}");
    }

    #[test]
    fn renders_common_markdown() {
        let src = "# Rencana\n\n## Goals\n\nSome *emphasis*, **strong** and ~~gone~~ text.\n\n\
                   - one\n- two\n\n1. first\n2. second\n\n> quoted\n\n`inline` code\n\n\
                   ```rust\nfn main() {}\n```\n\n---\n";
        let html = assert_safe(src);
        for expected in [
            "<h1>Rencana</h1>",
            "<h2>Goals</h2>",
            "<em>emphasis</em>",
            "<strong>strong</strong>",
            "<del>gone</del>",
            "<ul>\n<li>one</li>\n<li>two</li>\n</ul>",
            "<ol>\n<li>first</li>\n<li>second</li>\n</ol>",
            "<blockquote>\n<p>quoted</p>\n</blockquote>",
            "<code>inline</code>",
            "<pre><code class=\"language-rust\">fn main() {}\n</code></pre>",
            "<hr />",
        ] {
            assert!(html.contains(expected), "missing {expected:?} in {html}");
        }
    }

    #[test]
    fn renders_http_https_and_mailto_links() {
        let html = assert_safe("[site](https://example.com/a?b=1&c=2 \"Example\")");
        assert_eq!(
            html,
            "<p><a href=\"https://example.com/a?b=1&amp;c=2\" title=\"Example\" \
             rel=\"noopener noreferrer nofollow\" target=\"_blank\">site</a></p>\n"
        );
        let html = assert_safe("[plain](http://example.com)");
        assert!(html.contains("href=\"http://example.com\""), "{html}");
        let html = assert_safe("[mail](mailto:mentor@example.com)");
        assert!(
            html.contains("href=\"mailto:mentor@example.com\""),
            "{html}"
        );
        let html = assert_safe("[upper](HTTPS://EXAMPLE.COM)");
        assert!(html.contains("href=\"HTTPS://EXAMPLE.COM\""), "{html}");
    }

    #[test]
    fn renders_autolinks_and_reference_links() {
        let html = assert_safe("<https://example.com/x>");
        assert!(html.contains("<a href=\"https://example.com/x\""), "{html}");
        let html = assert_safe("<mentor@example.com>");
        assert!(
            html.contains("href=\"mailto:mentor@example.com\""),
            "{html}"
        );
        assert!(html.contains(">mentor@example.com</a>"), "{html}");
        let html = assert_safe("[docs][d]\n\n[d]: https://docs.example/");
        assert!(html.contains("href=\"https://docs.example/\""), "{html}");
    }

    #[test]
    fn link_attributes_cannot_be_broken_out_of() {
        let html = assert_safe("[x](https://ok.example \"a\\\" onmouseover=\\\"alert(1)\")");
        assert!(
            html.contains("title=\"a&quot; onmouseover=&quot;alert(1)\""),
            "{html}"
        );
        let html = assert_safe("[x](<https://ok.example/a b\"c'd>)");
        assert!(
            html.contains("href=\"https://ok.example/a%20b%22c&#x27;d\""),
            "{html}"
        );
    }

    #[test]
    fn non_ascii_urls_are_percent_encoded() {
        let html = assert_safe("[kafé](https://example.com/kafé)");
        assert!(
            html.contains("href=\"https://example.com/kaf%C3%A9\""),
            "{html}"
        );
        assert!(html.contains(">kafé</a>"), "{html}");
    }

    #[test]
    fn renders_tables_and_task_lists() {
        let html = assert_safe("| a | b |\n|:--|--:|\n| 1 | 2 |\n");
        assert!(html.contains("<table>"), "{html}");
        assert!(
            html.contains("<th style=\"text-align: left\">a</th>"),
            "{html}"
        );
        let html = assert_safe("- [x] done\n- [ ] todo\n");
        assert!(html.contains("checked=\"\""), "{html}");
        assert_eq!(html.matches("type=\"checkbox\"").count(), 2, "{html}");
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(
            render_markdown("a < b & c > d"),
            "<p>a &lt; b &amp; c &gt; d</p>\n"
        );
        assert_eq!(render_markdown(""), "");
    }

    #[test]
    fn safe_urls() {
        for url in [
            "http://example.com",
            "https://example.com/path?q=1#frag",
            "HTTPS://EXAMPLE.COM",
            "mailto:someone@example.com",
            "MailTo:someone@example.com",
            "  https://example.com  ",
            "https://exa\tmple.com",
        ] {
            assert!(is_safe_url(url), "{url:?}");
        }
    }

    #[test]
    fn unsafe_urls() {
        for url in [
            "",
            "   ",
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            " javascript:alert(1)",
            "\u{1}javascript:alert(1)",
            "java\tscript:alert(1)",
            "java\nscript:alert(1)",
            "java\rscript:alert(1)",
            "java\u{0}script:alert(1)",
            "&#106;avascript:alert(1)",
            "javascript&#58;alert(1)",
            "vbscript:msgbox(1)",
            "data:text/html,<script>alert(1)</script>",
            "data:image/png;base64,AAAA",
            "file:///etc/passwd",
            "ftp://example.com",
            "blob:https://example.com/uuid",
            "/relative/path",
            "relative/path",
            "#fragment",
            "?query",
            "//evil.example/x",
            "https",
            ":https://x",
            "ｊａｖａｓｃｒｉｐｔ:alert(1)",
            "ｈｔｔｐｓ://example.com",
            "https\u{200B}://example.com",
            "https://example.com/\u{7F}",
            "1https://x",
        ] {
            assert!(!is_safe_url(url), "{url:?}");
        }
    }

    #[test]
    fn emitted_href_is_the_cleaned_url() {
        let html = assert_safe("[x](<  https://exa\tmple.com/  >)");
        assert!(html.contains("href=\"https://example.com/\""), "{html}");
    }

    #[cfg(not(target_arch = "wasm32"))]
    mod props {
        use super::*;
        use proptest::prelude::*;

        const FRAGMENTS: &[&str] = &[
            "<",
            ">",
            "</",
            "/>",
            "script",
            "img",
            "svg",
            "iframe",
            "style",
            "a",
            " ",
            "\n",
            "\t",
            "=",
            "\"",
            "'",
            "onerror",
            "onload",
            "src",
            "href",
            "javascript:",
            "JavaScript:",
            "data:",
            "https://x.example",
            "mailto:a@b",
            "alert(1)",
            "[",
            "]",
            "(",
            ")",
            "![",
            "](",
            "<javascript:x>",
            "&#106;",
            "&#58;",
            "&colon;",
            "&amp;",
            "\\",
            "`",
            "```",
            "*",
            "_",
            "~~",
            "|",
            "- ",
            "> ",
            "# ",
            "[r]: ",
            "<!--",
            "-->",
            "x",
            "é",
        ];

        proptest! {
            #[test]
            fn arbitrary_text_renders_safely(src in "\\PC{0,200}") {
                assert_safe(&src);
            }

            #[test]
            fn hostile_fragments_render_safely(
                parts in prop::collection::vec(prop::sample::select(FRAGMENTS.to_vec()), 0..40)
            ) {
                assert_safe(&parts.concat());
            }
        }
    }
}
