//! Comparing quotations: the same words whatever the typography, for spotting duplicates and
//! checking that a quote stands word for word in its article.

/// Folds typographic variants to plain ASCII forms: curly and angle quotation marks to `"` or
/// `'`, dashes to `-`, ellipsis to `...`, every run of whitespace (including non-breaking) to
/// one space.
pub fn fold_typography(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_space = false;
    for c in text.chars() {
        let mapped = match c {
            '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{201f}' | '\u{00ab}' | '\u{00bb}'
            | '\u{2033}' => '"',
            '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}' | '\u{2039}' | '\u{203a}'
            | '\u{2032}' | '`' => '\'',
            '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}'
            | '\u{2212}' => '-',
            '\u{2026}' => {
                out.push_str("...");
                in_space = false;
                continue;
            }
            c if c.is_whitespace() => ' ',
            c => c,
        };
        if mapped == ' ' {
            if !in_space {
                out.push(' ');
            }
            in_space = true;
        } else {
            out.push(mapped);
            in_space = false;
        }
    }
    out.trim().to_owned()
}

/// The key two statements share when they say the same thing: lower case, letters, digits and
/// single spaces only, so that case, quotation marks, punctuation and spacing do not count.
pub fn duplicate_key(text: &str) -> String {
    let mut key = String::with_capacity(text.len());
    for word in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !key.is_empty() {
            key.push(' ');
        }
        key.extend(word.chars().flat_map(char::to_lowercase));
    }
    key
}

/// Whether a quote stands word for word in an article's text, allowing for typography
/// (quotation marks, dashes, spacing) and for the comma or full stop that English style puts
/// inside the closing quotation mark.
pub fn is_verbatim(quote: &str, body: &str) -> bool {
    let quote = fold_typography(quote);
    let quote = quote.trim_matches(|c: char| c == '"' || c == '\'' || c.is_whitespace());
    let quote = quote.trim_end_matches([',', '.']);
    !quote.is_empty() && fold_typography(body).contains(quote)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typography_folds_to_plain_forms() {
        assert_eq!(
            fold_typography("\u{201c}A \u{2014} b\u{00a0}\u{00a0}c\u{2026}\u{201d}"),
            "\"A - b c...\""
        );
        assert_eq!(fold_typography("Russia\u{2019}s"), "Russia's");
    }

    #[test]
    fn duplicates_ignore_case_marks_punctuation_and_spacing() {
        let a = duplicate_key("\u{201c}This will not work.\u{201d}");
        let b = duplicate_key("this   will NOT work");
        assert_eq!(a, b);
        assert_ne!(a, duplicate_key("This will work."));
        assert_eq!(duplicate_key("Это не сработает!"), "это не сработает");
    }

    #[test]
    fn a_verbatim_quote_is_found_and_an_altered_one_is_not() {
        let body = "\"Seriously discussing security issues without the Russian Federation is a utopia, a road to nowhere,\" said Russian Foreign Minister Sergey Lavrov.";
        assert!(is_verbatim(
            "Seriously discussing security issues without the Russian Federation is a utopia, a road to nowhere",
            body
        ));
        assert!(is_verbatim(
            "\u{201c}Seriously discussing security issues without the Russian Federation is a utopia, a road to nowhere.\u{201d}",
            body
        ));
        assert!(!is_verbatim(
            "Discussing security issues without Russia is a utopia",
            body
        ));
        assert!(!is_verbatim("", body));
    }
}
