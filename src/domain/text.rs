//! Text folding for search: one canonical, case- and diacritics-insensitive
//! form of user text, and the word tokens the search index is built from.
//!
//! The folding is table-driven instead of using Unicode normalisation
//! (NFD) because the normalisation tables would add far more to the wasm
//! bundle than the handful of letters Indonesian and European-language
//! journals actually use. Covered: Latin-1 Supplement, Latin Extended-A, a
//! few common Latin Extended-B letters, and the combining diacritical marks
//! (so decomposed input folds the same as precomposed input). Letters
//! outside those tables are only lowercased.

/// Lowercases `s` and strips diacritics, so that `"Résumé"`, `"RESUME"` and
/// `"re\u{301}sume\u{301}"` (decomposed) all fold to `"resume"`.
///
/// Ligatures expand (`æ` → `ae`, `œ` → `oe`, `ß` → `ss`), so the result may
/// be longer than the input. Folding is idempotent.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    // Journal text is mostly ASCII: whole runs of it are copied and lowercased at once (the
    // search index folds every entry at start-up, so a per-character loop showed there).
    while !rest.is_empty() {
        let ascii = rest
            .bytes()
            .position(|b| !b.is_ascii())
            .unwrap_or(rest.len());
        if ascii > 0 {
            let start = out.len();
            out.push_str(&rest[..ascii]);
            out[start..].make_ascii_lowercase();
            rest = &rest[ascii..];
        }
        let Some(c) = rest.chars().next() else { break };
        rest = &rest[c.len_utf8()..];
        push_folded(c, &mut out);
    }
    out
}

/// Appends the folded form of one character (any character; `fold` calls it for non-ASCII).
fn push_folded(c: char, out: &mut String) {
    // `to_lowercase` can yield several chars (e.g. 'İ' → "i\u{307}"),
    // and the combining dot it produces must be dropped as well.
    for lc in c.to_lowercase() {
        if is_combining_mark(lc) {
            continue;
        }
        match base_of(lc) {
            Some(base) => out.push_str(base),
            None => out.push(lc),
        }
    }
}

/// Splits the folded form of `s` into words: maximal runs of alphanumeric
/// characters (letters of any script and digits). Everything else —
/// whitespace, punctuation, hyphens, apostrophes, symbols — separates words,
/// so `"anak-anak"` yields `["anak", "anak"]` and `"Q3/2024"` yields
/// `["q3", "2024"]`.
pub fn tokens(s: &str) -> Vec<String> {
    words(&fold(s)).map(str::to_owned).collect()
}

/// The word-splitting half of [`tokens`], borrowing from text that is
/// already folded, for callers (the search index) that want to avoid an
/// allocation per word.
pub fn words(folded: &str) -> impl Iterator<Item = &str> {
    Words {
        text: folded,
        pos: 0,
    }
}

/// The iterator behind [`words`]: a byte scan that decodes a character only where the text
/// is not ASCII (splitting on a `char` predicate decodes every one).
struct Words<'a> {
    text: &'a str,
    pos: usize,
}

impl Words<'_> {
    /// Whether the character at byte `i` belongs to a word, and its length in bytes.
    fn class_at(&self, i: usize) -> (bool, usize) {
        let b = self.text.as_bytes()[i];
        if b.is_ascii() {
            return (b.is_ascii_alphanumeric(), 1);
        }
        match self.text[i..].chars().next() {
            Some(c) => (c.is_alphanumeric(), c.len_utf8()),
            None => (false, 1),
        }
    }
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let len = self.text.len();
        while self.pos < len {
            let (in_word, n) = self.class_at(self.pos);
            if in_word {
                break;
            }
            self.pos += n;
        }
        if self.pos >= len {
            return None;
        }
        let start = self.pos;
        while self.pos < len {
            let (in_word, n) = self.class_at(self.pos);
            if !in_word {
                break;
            }
            self.pos += n;
        }
        Some(&self.text[start..self.pos])
    }
}

/// Combining marks carry no letter of their own; dropping them makes
/// decomposed text ("e" + U+0301) fold like precomposed text ("é").
fn is_combining_mark(c: char) -> bool {
    matches!(
        c,
        '\u{0300}'..='\u{036F}'   // Combining Diacritical Marks
        | '\u{1AB0}'..='\u{1AFF}' // ... Extended
        | '\u{1DC0}'..='\u{1DFF}' // ... Supplement
        | '\u{20D0}'..='\u{20FF}' // ... for Symbols
        | '\u{FE20}'..='\u{FE2F}' // Combining Half Marks
    )
}

/// Base letters for lowercase accented letters. Only lowercase forms are
/// listed because `fold` lowercases first; every uppercase letter in these
/// blocks lowercases to one of the entries below.
fn base_of(c: char) -> Option<&'static str> {
    let base = match c {
        // Latin-1 Supplement
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => "a",
        'æ' => "ae",
        'ç' => "c",
        'è' | 'é' | 'ê' | 'ë' => "e",
        'ì' | 'í' | 'î' | 'ï' => "i",
        'ð' => "d",
        'ñ' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => "o",
        'ù' | 'ú' | 'û' | 'ü' => "u",
        'ý' | 'ÿ' => "y",
        'þ' => "th",
        'ß' => "ss",
        // Latin Extended-A
        'ā' | 'ă' | 'ą' => "a",
        'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'ď' | 'đ' => "d",
        'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'ĥ' | 'ħ' => "h",
        'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
        'ĳ' => "ij",
        'ĵ' => "j",
        'ķ' | 'ĸ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ń' | 'ņ' | 'ň' | 'ŉ' | 'ŋ' => "n",
        'ō' | 'ŏ' | 'ő' => "o",
        'œ' => "oe",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ſ' => "s",
        'ţ' | 'ť' | 'ŧ' => "t",
        'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
        'ŵ' => "w",
        'ŷ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        // A few Latin Extended-B letters common in names (Romanian,
        // Vietnamese, Pinyin) that users may type into a journal.
        'ș' => "s",
        'ț' => "t",
        'ơ' | 'ǒ' => "o",
        'ư' | 'ǔ' => "u",
        'ǎ' => "a",
        'ǐ' => "i",
        _ => return None,
    };
    Some(base)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn fold_lowercases_ascii() {
        assert_eq!(
            fold("Pelatihan KEPEMIMPINAN 2024"),
            "pelatihan kepemimpinan 2024"
        );
    }

    #[test]
    fn fold_strips_precomposed_diacritics() {
        assert_eq!(fold("Résumé"), "resume");
        assert_eq!(fold("RÉSUMÉ"), "resume");
        assert_eq!(fold("kafé"), "kafe");
        assert_eq!(fold("naïve façade"), "naive facade");
        assert_eq!(fold("Ångström"), "angstrom");
        assert_eq!(fold("São Paulo"), "sao paulo");
        assert_eq!(fold("Ñandú"), "nandu");
        assert_eq!(fold("Øresund"), "oresund");
    }

    #[test]
    fn fold_covers_latin1_both_cases() {
        let upper = "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝ";
        let lower = "àáâãäåçèéêëìíîïñòóôõöøùúûüý";
        let expected = "aaaaaaceeeeiiiinoooooouuuuy";
        assert_eq!(fold(upper), expected);
        assert_eq!(fold(lower), expected);
        assert_eq!(fold("ÿ"), "y");
        assert_eq!(fold("Ÿ"), "y");
    }

    #[test]
    fn fold_covers_latin_extended_a() {
        assert_eq!(fold("Šťastný Žižkov"), "stastny zizkov");
        assert_eq!(fold("Čeněk Ćosić Đurđević"), "cenek cosic durdevic");
        assert_eq!(fold("Łódź"), "lodz");
        assert_eq!(fold("Ğüneş İstanbul ılık"), "gunes istanbul ilik");
        assert_eq!(fold("Dvořák Ővári Ūdrys"), "dvorak ovari udrys");
        assert_eq!(fold("Ŝtelo ĤĴĈĜ"), "stelo hjcg");
        assert_eq!(fold("Timișoara Constanța"), "timisoara constanta");
    }

    #[test]
    fn fold_expands_ligatures() {
        assert_eq!(fold("Straße"), "strasse");
        assert_eq!(fold("Æsir"), "aesir");
        assert_eq!(fold("cœur ŒUVRE"), "coeur oeuvre");
        assert_eq!(fold("ẞ"), "ss");
        assert_eq!(fold("Þór"), "thor");
        assert_eq!(fold("Ĳssel"), "ijssel");
    }

    #[test]
    fn fold_drops_combining_marks_so_decomposed_equals_precomposed() {
        let decomposed = "Re\u{301}sume\u{301} kafe\u{301} n\u{303}";
        assert_eq!(fold(decomposed), "resume kafe n");
        assert_eq!(fold(decomposed), fold("Résumé kafé ñ"));
        // Several stacked marks, and marks from the extended blocks.
        assert_eq!(
            fold("a\u{300}\u{323}\u{1AB0}\u{1DC0}\u{20D7}\u{FE20}b"),
            "ab"
        );
    }

    #[test]
    fn fold_leaves_other_scripts_lowercased_only() {
        assert_eq!(fold("ΑΘΗΝΑ"), "αθηνα");
        assert_eq!(fold("Москва"), "москва");
        assert_eq!(fold("東京"), "東京");
        assert_eq!(fold("emoji 🎉!"), "emoji 🎉!");
    }

    #[test]
    fn fold_is_idempotent_on_samples() {
        for s in [
            "Résumé",
            "Straße",
            "İı",
            "re\u{301}sume",
            "ŒUVRE Ø",
            "ΣΊΣΥΦΟΣ",
        ] {
            let once = fold(s);
            assert_eq!(fold(&once), once, "{s}");
        }
    }

    #[test]
    fn fold_of_empty_is_empty() {
        assert_eq!(fold(""), "");
    }

    #[test]
    fn tokens_split_on_non_alphanumerics_and_keep_digits() {
        assert_eq!(
            tokens("Pelatihan: Kepemimpinan (Diklat PIM-IV), 2024!"),
            vec!["pelatihan", "kepemimpinan", "diklat", "pim", "iv", "2024"]
        );
        assert_eq!(tokens("anak-anak"), vec!["anak", "anak"]);
        assert_eq!(
            tokens("Q3/2024 70-20-10"),
            vec!["q3", "2024", "70", "20", "10"]
        );
        assert_eq!(tokens("don't"), vec!["don", "t"]);
    }

    #[test]
    fn tokens_fold_before_splitting() {
        assert_eq!(tokens("Mon RÉSUMÉ, café."), vec!["mon", "resume", "cafe"]);
        // A decomposed accent must not split a word in two.
        assert_eq!(tokens("re\u{301}sume\u{301}"), vec!["resume"]);
    }

    #[test]
    fn tokens_of_blank_or_punctuation_is_empty() {
        assert!(tokens("").is_empty());
        assert!(tokens("   \t\n").is_empty());
        assert!(tokens("--- !!! ...").is_empty());
    }

    #[test]
    fn words_borrow_from_folded_text() {
        let folded = fold("Résumé, kafé!");
        assert_eq!(words(&folded).collect::<Vec<_>>(), vec!["resume", "kafe"]);
        assert_eq!(words("").count(), 0);
    }

    #[test]
    fn tokens_keep_single_characters() {
        assert_eq!(tokens("a b 7"), vec!["a", "b", "7"]);
    }

    #[cfg(not(target_arch = "wasm32"))]
    mod props {
        use super::super::*;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn fold_is_idempotent(s in "\\PC*") {
                let once = fold(&s);
                prop_assert_eq!(fold(&once), once);
            }

            #[test]
            fn fold_never_leaves_mapped_letters_or_combining_marks(s in "[a-zA-Z\u{C0}-\u{D6}\u{D8}-\u{F6}\u{F8}-\u{17F}\u{300}-\u{36F} ]*") {
                let folded = fold(&s);
                prop_assert!(folded.is_ascii(), "{:?} -> {:?}", s, folded);
            }

            /// The byte scans must agree with the plain definitions they replace: fold one
            /// character at a time, split on every character that is not alphanumeric.
            #[test]
            fn fast_paths_match_the_character_by_character_definitions(
                s in "([a-zA-Z0-9 .,'-]|\\PC){0,40}"
            ) {
                let mut slow = String::new();
                for c in s.chars() {
                    push_folded(c, &mut slow);
                }
                let folded = fold(&s);
                prop_assert_eq!(&folded, &slow);
                let split: Vec<&str> = folded
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|w| !w.is_empty())
                    .collect();
                prop_assert_eq!(words(&folded).collect::<Vec<_>>(), split);
                let raw: Vec<&str> = s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
                prop_assert_eq!(words(&s).collect::<Vec<_>>(), raw);
            }

            #[test]
            fn tokens_are_nonempty_folded_alphanumeric(s in "\\PC*") {
                for t in tokens(&s) {
                    prop_assert!(!t.is_empty());
                    prop_assert!(t.chars().all(char::is_alphanumeric));
                    prop_assert_eq!(fold(&t), t.clone());
                }
            }
        }
    }
}
