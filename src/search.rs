//! Turning what a reader types into a full-text query that SQLite accepts, whatever they type:
//! quoted phrases stay phrases, a trailing `*` asks for a prefix, and everything else is a
//! plain word (so `AND`, `-`, stray quotes and brackets are never syntax).

/// The longest search accepted, in characters.
pub const MAX_QUERY_CHARS: usize = 500;

/// Private-use characters that mark a match in highlighted text.
pub const MARK_START: char = '\u{e000}';
pub const MARK_END: char = '\u{e001}';

/// An FTS5 query for the user's text, or `None` when it holds no word at all.
pub fn fts_query(input: &str) -> Option<String> {
    let mut terms: Vec<String> = Vec::new();
    let mut rest = input;
    while !rest.is_empty() {
        if let Some(after_quote) = rest.strip_prefix('"') {
            // A phrase runs to the closing quotation mark, or to the end if there is none.
            let (phrase, next) = after_quote.split_once('"').unwrap_or((after_quote, ""));
            let words = words(phrase);
            if !words.is_empty() {
                terms.push(format!("\"{}\"", words.join(" ")));
            }
            rest = next;
            continue;
        }
        let end = rest
            .find(|c: char| c.is_whitespace() || c == '"')
            .unwrap_or(rest.len());
        let (token, next) = rest.split_at(end);
        let prefix = token.ends_with('*');
        for (i, word) in words(token).iter().enumerate() {
            let last = i + 1 == words(token).len();
            terms.push(if prefix && last {
                format!("\"{word}\"*")
            } else {
                format!("\"{word}\"")
            });
        }
        rest = next.trim_start_matches(char::is_whitespace);
    }
    (!terms.is_empty()).then(|| terms.join(" "))
}

/// The letters-and-digits words of a piece of text.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Splits highlighted text into (text, is a match) parts.
pub fn highlighted_parts(text: &str) -> Vec<(String, bool)> {
    let mut parts = Vec::new();
    let mut current = String::new();
    let mut in_match = false;
    for c in text.chars() {
        match c {
            MARK_START | MARK_END => {
                if !current.is_empty() {
                    parts.push((std::mem::take(&mut current), in_match));
                }
                in_match = c == MARK_START;
            }
            c => current.push(c),
        }
    }
    if !current.is_empty() {
        parts.push((current, in_match));
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_prefixes_and_words() {
        assert_eq!(
            fts_query("\"boots on the ground\"").as_deref(),
            Some("\"boots on the ground\"")
        );
        assert_eq!(fts_query("guarant*").as_deref(), Some("\"guarant\"*"));
        assert_eq!(
            fts_query("Lavrov utopia").as_deref(),
            Some("\"Lavrov\" \"utopia\"")
        );
    }

    #[test]
    fn syntax_is_read_as_plain_words() {
        assert_eq!(
            fts_query("troops AND -nato").as_deref(),
            Some("\"troops\" \"AND\" \"nato\"")
        );
        assert_eq!(
            fts_query("\"unbalanced quote").as_deref(),
            Some("\"unbalanced quote\"")
        );
        assert_eq!(fts_query("a\"b").as_deref(), Some("\"a\" \"b\""));
        assert_eq!(
            fts_query("post-conflict").as_deref(),
            Some("\"post\" \"conflict\"")
        );
        assert_eq!(
            fts_query("(NEAR x) ^ : {col}").as_deref(),
            Some("\"NEAR\" \"x\" \"col\"")
        );
        assert_eq!(
            fts_query("Сергей Лавров").as_deref(),
            Some("\"Сергей\" \"Лавров\"")
        );
        for empty in ["", "   ", "***", "\"\"", "- + :"] {
            assert_eq!(fts_query(empty), None, "{empty:?}");
        }
    }

    #[test]
    fn highlights_split_into_parts() {
        let text = format!("a {MARK_START}utopia{MARK_END}, a road");
        assert_eq!(
            highlighted_parts(&text),
            [
                ("a ".to_owned(), false),
                ("utopia".to_owned(), true),
                (", a road".to_owned(), false)
            ]
        );
    }
}
