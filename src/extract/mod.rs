//! Finding the direct quotes in an article's text and who said them, for an editor to review.
//! No I/O: it is given the text and the known actors, and proposes; a person decides.
//!
//! This first version finds quotations between straight, curly or angle quotation marks, with
//! the attribution that follows (`"…," said X`, `"…," X said`) or precedes (`X said: "…"`) them,
//! and matches the speaker to a known actor by name or alias. Short quotations with no
//! attribution (labels, names of plans) are not proposed.

use std::sync::OnceLock;

use regex::Regex;
use serde::Serialize;

/// A known actor, as matching sees them.
#[derive(Debug, Clone)]
pub struct KnownActor {
    pub slug: String,
    pub name: String,
    pub aliases: Vec<String>,
}

/// Who a proposal says spoke.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SpeakerGuess {
    pub name: String,
    /// Set when the speaker is a known actor.
    pub slug: Option<String>,
}

/// A proposed quotation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuoteProposal {
    pub text: String,
    /// `direct` or `reported`.
    pub kind: &'static str,
    pub speaker: SpeakerGuess,
    /// Character offsets of the quoted words in the input: `start` inclusive, `end` exclusive.
    pub start: usize,
    pub end: usize,
    /// The day the words were said (`YYYY-MM-DD`), when the text tells it.
    pub said_on: Option<String>,
}

/// A proposed commitment: who would provide what.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CommitmentProposal {
    /// Upper-case ISO 3166 alpha-2 codes of the countries that would provide it.
    pub by: Vec<String>,
    /// A `CommitmentType` value (`troops`, `air_defense`, …).
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// What, how much, where and on what conditions, in the text's words.
    pub details: String,
    /// `offered`, `demanded`, `rejected` or `conditional`.
    pub stance: &'static str,
    /// A deadline (`YYYY-MM-DD`) when the text gives one.
    pub due_on: Option<String>,
    /// Character offsets of the sentence that carries it.
    pub start: usize,
    pub end: usize,
}

/// Everything proposed for one text.
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct Extraction {
    pub quotes: Vec<QuoteProposal>,
    pub commitments: Vec<CommitmentProposal>,
}

/// Proposes the statements and commitments in `text`; `published_on` resolves relative dates.
pub fn extract(
    text: &str,
    actors: &[KnownActor],
    published_on: Option<crate::values::Day>,
) -> Extraction {
    let _ = published_on;
    Extraction {
        quotes: extract_quotes(text, actors),
        commitments: Vec::new(),
    }
}

/// Quotations without attribution shorter than this many words are taken for labels.
const MIN_UNATTRIBUTED_WORDS: usize = 8;

fn after_pattern() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"^\s*[,.]?\s*(?:(?:said|says|added|stated|told reporters|warned|insisted|declared)\s+(?P<after_name>[^.;\n]+)|(?P<before_name>[^.;,\n]{2,80}?)\s+(?:said|says|added|stated|told reporters|warned|insisted|declared))",
        )
        .expect("a valid pattern")
    })
}

fn before_pattern() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"(?P<name>[^.;\n]{2,120}?)\s+(?:said|says|added|stated|told reporters|warned|declared)\s*:?\s*$",
        )
        .expect("a valid pattern")
    })
}

/// The closing mark for an opening one.
fn closing(open: char) -> Option<char> {
    match open {
        '"' => Some('"'),
        '\u{201c}' => Some('\u{201d}'),
        '\u{00ab}' => Some('\u{00bb}'),
        _ => None,
    }
}

/// Letters in lower case without diacritics, for comparing names.
fn fold(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            'ñ' => 'n',
            '\u{2019}' => '\'',
            c => c,
        })
        .flat_map(char::to_lowercase)
        .collect()
}

/// Matches a name phrase ("Russian Foreign Minister Sergey Lavrov", "Karoline Leavitt, the
/// White House press secretary") to the known actor whose longest name or alias it contains.
pub fn match_speaker(phrase: &str, actors: &[KnownActor]) -> SpeakerGuess {
    let folded = fold(phrase).replace("'s ", " ");
    let mut best: Option<(&KnownActor, usize)> = None;
    for actor in actors {
        for name in std::iter::once(&actor.name).chain(actor.aliases.iter()) {
            let candidate = fold(name);
            let whole_word = folded.match_indices(&candidate).any(|(at, _)| {
                let before = folded[..at].chars().next_back();
                let after = folded[at + candidate.len()..].chars().next();
                !before.is_some_and(char::is_alphanumeric)
                    && !after.is_some_and(char::is_alphanumeric)
            });
            if whole_word && best.is_none_or(|(_, len)| candidate.len() > len) {
                best = Some((actor, candidate.len()));
            }
        }
    }
    match best {
        Some((actor, _)) => SpeakerGuess {
            name: actor.name.clone(),
            slug: Some(actor.slug.clone()),
        },
        None => SpeakerGuess {
            name: phrase.trim().trim_start_matches("the ").to_owned(),
            slug: None,
        },
    }
}

/// Proposes the direct quotations in `text`.
pub fn extract_quotes(text: &str, actors: &[KnownActor]) -> Vec<QuoteProposal> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut proposals = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let Some(close) = closing(chars[i].1) else {
            i += 1;
            continue;
        };
        let Some(end) = (i + 1..chars.len()).find(|&j| chars[j].1 == close) else {
            break;
        };
        let open_byte = chars[i].0;
        let inner_start = chars[i].0 + chars[i].1.len_utf8();
        let inner_end = chars[end].0;
        let after_byte = inner_end + close.len_utf8();
        let inner = &text[inner_start..inner_end];
        // The words themselves, without the comma or stop English puts inside the marks.
        let words = inner.trim_end_matches([',', '.', ' ']).trim_start();
        let lead = inner.len() - inner.trim_start().len();
        let word_count = words.split_whitespace().count();

        let after = &text[after_byte..];
        // The sentence before the quotation: from the last stop, line end or closing mark.
        let sentence_start = text[..open_byte]
            .char_indices()
            .rev()
            .find(|(_, c)| matches!(c, '.' | '\n' | '"' | '\u{201d}' | '\u{00bb}'))
            .map_or(0, |(p, c)| p + c.len_utf8());
        let sentence_before = &text[sentence_start..open_byte];
        let speaker = after_pattern()
            .captures(after)
            .and_then(|c| c.name("after_name").or(c.name("before_name")))
            .map(|m| m.as_str())
            .or_else(|| {
                before_pattern()
                    .captures(sentence_before)
                    .and_then(|c| c.name("name"))
                    .map(|m| m.as_str())
            });
        let propose = match speaker {
            Some(_) => word_count >= 1,
            None => word_count >= MIN_UNATTRIBUTED_WORDS,
        };
        if propose && !words.is_empty() {
            let start = text[..inner_start + lead].chars().count();
            proposals.push(QuoteProposal {
                text: words.to_owned(),
                kind: "direct",
                speaker: speaker.map_or_else(
                    || SpeakerGuess {
                        name: String::new(),
                        slug: None,
                    },
                    |phrase| match_speaker(phrase, actors),
                ),
                start,
                end: start + words.chars().count(),
                said_on: None,
            });
        }
        i = end + 1;
    }
    proposals
}

#[cfg(test)]
mod tests {
    use super::*;

    fn actors() -> Vec<KnownActor> {
        vec![
            KnownActor {
                slug: "lavrov".into(),
                name: "Sergey Lavrov".into(),
                aliases: vec!["Sergei Lavrov".into(), "Lavrov".into(), "Mr Lavrov".into()],
            },
            KnownActor {
                slug: "leavitt".into(),
                name: "Karoline Leavitt".into(),
                aliases: vec!["Leavitt".into()],
            },
            KnownActor {
                slug: "zelensky".into(),
                name: "Volodymyr Zelensky".into(),
                aliases: vec!["Zelenskyy".into(), "Zelensky".into()],
            },
        ]
    }

    #[test]
    fn a_quote_with_said_after_it_is_attributed_with_offsets() {
        let text =
            "\u{201c}This will not work,\u{201d} said Russian Foreign Minister Sergey Lavrov.";
        let found = extract_quotes(text, &actors());
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].text, "This will not work");
        assert_eq!(found[0].speaker.slug.as_deref(), Some("lavrov"));
        let quoted: String = text
            .chars()
            .skip(found[0].start)
            .take(found[0].end - found[0].start)
            .collect();
        assert_eq!(quoted, "This will not work");
    }

    #[test]
    fn attribution_before_and_name_first_forms() {
        let before = "Mr Zelenskyy said: \"Guarantees must be legally binding.\"";
        assert_eq!(
            extract_quotes(before, &actors())[0].speaker.slug.as_deref(),
            Some("zelensky")
        );
        let name_first = "\"We will see,\" Leavitt said on Tuesday.";
        assert_eq!(
            extract_quotes(name_first, &actors())[0]
                .speaker
                .slug
                .as_deref(),
            Some("leavitt")
        );
        let transliterated = "\"A road to nowhere,\" said Sergei Lavrov.";
        assert_eq!(
            extract_quotes(transliterated, &actors())[0].speaker.name,
            "Sergey Lavrov"
        );
    }

    #[test]
    fn an_unknown_speaker_is_proposed_by_name_without_a_slug() {
        let text = "\"We are ready,\" said Jane Synthetic, a synthetic minister.";
        let found = extract_quotes(text, &actors());
        assert_eq!(found[0].speaker.slug, None);
        assert_eq!(
            found[0].speaker.name,
            "Jane Synthetic, a synthetic minister"
        );
    }

    #[test]
    fn labels_are_not_proposed() {
        let text = "The so-called \"coalition of the willing\" met again.";
        assert!(extract_quotes(text, &actors()).is_empty());
    }

    #[test]
    fn unbalanced_marks_do_not_break_it() {
        for text in ["\"never closed", "\u{201c}", "\u{00ab}x", "", "\"\""] {
            let _ = extract_quotes(text, &actors());
        }
    }
}
