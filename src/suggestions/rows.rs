//! The rows of the suggestions screen: a proposal as the editor sees and corrects it, read
//! back from the submitted form, and the passage of the article it was found in. No I/O.

use crate::extract::{CommitmentProposal, QuoteProposal};
use crate::forms::FormData;
use crate::values::{CommitmentType, StatementKind};

/// The most rows of either kind one screen takes; a longer form is refused.
pub const MAX_ROWS: usize = 500;

/// The speaker select's value for "create a new actor".
pub const NEW_ACTOR: &str = "new";

/// One paragraph of the article with the proposal's words marked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Passage {
    pub before: String,
    pub marked: String,
    pub after: String,
}

/// The paragraphs (lines) of `body` that the characters `start..end` fall in, each split
/// around the part inside the span. Empty when the span does not fit the text (the text was
/// changed since, or the offsets were tampered with).
pub fn passages(body: &str, start: usize, end: usize) -> Vec<Passage> {
    let chars: Vec<char> = body.chars().collect();
    if start >= end || end > chars.len() {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut line_start = 0;
    for line_end in (0..=chars.len()).filter(|&i| i == chars.len() || chars[i] == '\n') {
        // A carriage return before the line feed is not part of the paragraph.
        let mut visible_end = line_end;
        if visible_end > line_start && chars[visible_end - 1] == '\r' {
            visible_end -= 1;
        }
        let from = start.max(line_start);
        let to = end.min(visible_end);
        // Blank lines inside the span show nothing.
        if from < to {
            let text = |range: std::ops::Range<usize>| chars[range].iter().collect::<String>();
            out.push(Passage {
                before: text(line_start..from),
                marked: text(from..to),
                after: text(to..visible_end),
            });
        }
        line_start = line_end + 1;
        if line_start >= end {
            break;
        }
    }
    out
}

/// Where a proposed statement already stands in the record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Recorded {
    /// The same words by the same speaker are recorded from this article: statement `id`.
    Here(i64),
    /// The same words by the same speaker are recorded from another article: accepting adds
    /// this article as another appearance of statement `id`.
    Elsewhere(i64),
}

/// A proposed statement, as the editor corrects it. Every field keeps what was typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct QuoteRow {
    pub index: usize,
    /// Character offsets of the proposed words in the article's text.
    pub start: usize,
    pub end: usize,
    /// The speaker as the text names them, for the row's heading.
    pub speaker: String,
    pub accept: bool,
    pub text: String,
    pub kind: String,
    /// An actor id, [`NEW_ACTOR`], or empty.
    pub actor: String,
    pub new_name: String,
    pub new_kind: String,
    pub sourcing: String,
    pub said_on: String,
    pub precision: String,
    pub stance: String,
}

impl QuoteRow {
    /// A row for a proposal: its speaker preselected when known (`actor_id` looks a slug up),
    /// else "create a new actor" with the proposed name; the date said, or else `default_day`.
    pub fn proposed(
        index: usize,
        proposal: &QuoteProposal,
        actor_id: impl Fn(&str) -> Option<i64>,
        default_day: Option<&str>,
    ) -> Self {
        let known = proposal.speaker.slug.as_deref().and_then(actor_id);
        let name = proposal.speaker.name.trim().to_owned();
        let (actor, new_name) = match known {
            Some(id) => (id.to_string(), String::new()),
            None if name.is_empty() => (String::new(), String::new()),
            None => (NEW_ACTOR.to_owned(), name.clone()),
        };
        let said_on = proposal
            .said_on
            .clone()
            .or_else(|| default_day.map(str::to_owned))
            .unwrap_or_default();
        Self {
            index,
            start: proposal.start,
            end: proposal.end,
            speaker: name,
            accept: false,
            text: proposal.text.clone(),
            kind: StatementKind::parse(proposal.kind)
                .unwrap_or(StatementKind::Direct)
                .as_str()
                .to_owned(),
            actor,
            new_name,
            new_kind: "person".to_owned(),
            sourcing: "on_record".to_owned(),
            precision: if said_on.is_empty() { "unknown" } else { "day" }.to_owned(),
            said_on,
            stance: String::new(),
        }
    }

    /// Row `index` as submitted.
    pub fn submitted(form: &FormData, index: usize) -> Self {
        let field = |name: &str| form.get(&format!("q{index}_{name}")).to_owned();
        Self {
            index,
            start: field("start").trim().parse().unwrap_or(0),
            end: field("end").trim().parse().unwrap_or(0),
            speaker: field("speaker"),
            accept: form.has(&format!("q{index}_accept")),
            text: field("text"),
            kind: field("kind"),
            actor: field("actor"),
            new_name: field("new_name"),
            new_kind: field("new_kind"),
            sourcing: field("sourcing"),
            said_on: field("said_on"),
            precision: field("precision"),
            stance: field("stance"),
        }
    }

    /// The form field name of one of this row's fields: `q3_text`.
    pub fn name(&self, field: &str) -> String {
        format!("q{}_{field}", self.index)
    }

    /// The chosen speaker's id, when an existing actor is chosen.
    pub fn actor_id(&self) -> Option<i64> {
        self.actor.trim().parse().ok().filter(|id| *id > 0)
    }

    /// Whether the editor asked for a new actor.
    pub fn wants_new_actor(&self) -> bool {
        self.actor.trim() == NEW_ACTOR
    }

    /// Heading text: "Suggestion 2: Sergey Lavrov".
    pub fn heading(&self) -> String {
        let speaker = if self.speaker.is_empty() {
            "speaker not found"
        } else {
            &self.speaker
        };
        format!("Suggestion {}: {speaker}", self.index + 1)
    }
}

/// A proposed commitment, as the editor corrects it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CommitmentRow {
    pub index: usize,
    pub start: usize,
    pub end: usize,
    pub accept: bool,
    pub title: String,
    pub kind: String,
    /// Lower-case country codes.
    pub by: Vec<String>,
    pub details: String,
    pub due_on: String,
    pub status: String,
    /// `q{n}` for the suggested statement that backs it, or empty.
    pub statement: String,
    pub position: String,
}

/// The position a statement takes on a commitment, from how the text frames it.
pub fn position_for(stance: &str) -> &'static str {
    match stance {
        "offered" => "proposes",
        "demanded" => "supports",
        "conditional" => "conditional",
        "rejected" => "rejects",
        _ => "",
    }
}

/// What a row takes from a proposed commitment.
#[derive(Debug, Clone, Copy)]
pub struct CommitmentSuggestion<'a> {
    pub by: &'a [String],
    pub kind: &'a str,
    pub details: &'a str,
    pub stance: &'a str,
    pub due_on: Option<&'a str>,
    pub start: usize,
    pub end: usize,
}

impl<'a> From<&'a CommitmentProposal> for CommitmentSuggestion<'a> {
    fn from(proposal: &'a CommitmentProposal) -> Self {
        Self {
            by: &proposal.by,
            kind: proposal.kind,
            details: &proposal.details,
            stance: proposal.stance,
            due_on: proposal.due_on.as_deref(),
            start: proposal.start,
            end: proposal.end,
        }
    }
}

impl CommitmentRow {
    /// A row for a proposal; `country_name` names a code for the title, and the statement
    /// preselected is the first suggested one whose words overlap the commitment's.
    pub fn proposed(
        index: usize,
        proposal: CommitmentSuggestion<'_>,
        country_name: impl Fn(&str) -> Option<String>,
        quotes: &[QuoteRow],
    ) -> Self {
        let kind = CommitmentType::parse(proposal.kind).unwrap_or(CommitmentType::Other);
        let names: Vec<String> = proposal
            .by
            .iter()
            .map(|code| country_name(code).unwrap_or_else(|| code.to_uppercase()))
            .collect();
        let title = if names.is_empty() {
            kind.label().to_owned()
        } else {
            format!("{} from {}", kind.label(), names.join(", "))
        };
        let statement = quotes
            .iter()
            .find(|q| q.start < proposal.end && proposal.start < q.end)
            .map(|q| format!("q{}", q.index))
            .unwrap_or_default();
        Self {
            index,
            start: proposal.start,
            end: proposal.end,
            accept: false,
            title: title.chars().take(300).collect(),
            kind: kind.as_str().to_owned(),
            by: proposal.by.iter().map(|c| c.to_ascii_lowercase()).collect(),
            details: proposal.details.to_owned(),
            due_on: proposal.due_on.unwrap_or_default().to_owned(),
            status: "floated".to_owned(),
            position: if statement.is_empty() {
                String::new()
            } else {
                position_for(proposal.stance).to_owned()
            },
            statement,
        }
    }

    /// Row `index` as submitted.
    pub fn submitted(form: &FormData, index: usize) -> Self {
        let field = |name: &str| form.get(&format!("c{index}_{name}")).to_owned();
        Self {
            index,
            start: field("start").trim().parse().unwrap_or(0),
            end: field("end").trim().parse().unwrap_or(0),
            accept: form.has(&format!("c{index}_accept")),
            title: field("title"),
            kind: field("type"),
            by: form
                .all(&format!("c{index}_by"))
                .into_iter()
                .map(|c| c.trim().to_ascii_lowercase())
                .collect(),
            details: field("details"),
            due_on: field("due_on"),
            status: field("status"),
            statement: field("statement"),
            position: field("position"),
        }
    }

    /// The form field name of one of this row's fields: `c0_title`.
    pub fn name(&self, field: &str) -> String {
        format!("c{}_{field}", self.index)
    }

    /// The suggested statement chosen to back it: `Some(Ok(n))` for suggestion `n`,
    /// `Some(Err(()))` for a value that names none.
    pub fn statement_row(&self) -> Option<Result<usize, ()>> {
        let value = self.statement.trim();
        if value.is_empty() {
            return None;
        }
        Some(
            value
                .strip_prefix('q')
                .and_then(|n| n.parse::<usize>().ok())
                .ok_or(()),
        )
    }
}

/// The number of rows a form says it has, bounded by [`MAX_ROWS`]; `None` when it is not a
/// number in range.
pub fn row_count(form: &FormData, field: &str) -> Option<usize> {
    let value = form.get(field).trim();
    if value.is_empty() {
        return Some(0);
    }
    value.parse::<usize>().ok().filter(|n| *n <= MAX_ROWS)
}

/// A URL identifier made from a name: `Ada Synthetic` → `ada-synthetic`. Letters outside
/// ASCII are dropped (after removing common accents); `actor` when nothing is left.
pub fn slug_from_name(name: &str) -> String {
    let mut slug = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        let c = match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ą' => 'a',
            'ç' | 'ć' | 'č' => 'c',
            'é' | 'è' | 'ê' | 'ë' | 'ę' | 'ě' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ł' => 'l',
            'ñ' | 'ń' | 'ň' => 'n',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' => 'o',
            'ś' | 'š' => 's',
            'ú' | 'ù' | 'û' | 'ü' | 'ů' => 'u',
            'ý' | 'ÿ' => 'y',
            'ź' | 'ż' | 'ž' => 'z',
            c => c,
        };
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let mut slug: String = slug.chars().take(60).collect();
    while slug.ends_with('-') {
        slug.pop();
    }
    if slug.is_empty() {
        "actor".to_owned()
    } else {
        slug
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::SpeakerGuess;

    #[test]
    fn the_marked_words_sit_in_their_paragraph() {
        let body = "Title\r\nFirst line. \"We agree,\" said Ada.\r\nLast line.";
        let start = body.find("We agree").unwrap();
        let found = passages(body, start, start + "We agree".len());
        assert_eq!(
            found,
            [Passage {
                before: "First line. \"".into(),
                marked: "We agree".into(),
                after: ",\" said Ada.".into(),
            }]
        );
    }

    #[test]
    fn a_quote_across_paragraphs_marks_each_part() {
        let body = "Intro \"one\nmiddle\n\ntwo\" end";
        let start = body.find("one").unwrap();
        let end = body.find("two").unwrap() + "two".len();
        let found = passages(body, start, end);
        let marked: Vec<&str> = found.iter().map(|p| p.marked.as_str()).collect();
        assert_eq!(marked, ["one", "middle", "two"]);
        assert_eq!(found[0].before, "Intro \"");
        assert_eq!(found[2].after, "\" end");
    }

    #[test]
    fn offsets_count_characters_and_bad_spans_mark_nothing() {
        let body = "«Мы согласны», сказала Ада.";
        let found = passages(body, 1, 12);
        assert_eq!(found[0].marked, "Мы согласны");
        assert!(passages(body, 5, 5).is_empty());
        assert!(passages(body, 3, 1).is_empty());
        assert!(passages(body, 0, 1000).is_empty());
    }

    fn proposal(slug: Option<&str>, name: &str) -> QuoteProposal {
        QuoteProposal {
            text: "We will guard the synthetic border".into(),
            kind: "direct",
            speaker: SpeakerGuess {
                name: name.into(),
                slug: slug.map(str::to_owned),
            },
            start: 1,
            end: 35,
            said_on: None,
        }
    }

    #[test]
    fn a_known_speaker_is_preselected_and_an_unknown_one_offered_as_new() {
        let lookup = |slug: &str| (slug == "ada").then_some(7);
        let known = QuoteRow::proposed(0, &proposal(Some("ada"), "Ada Synthetic"), lookup, None);
        assert_eq!(known.actor, "7");
        assert_eq!(known.precision, "unknown");
        let unknown = QuoteRow::proposed(
            1,
            &proposal(None, "Minister Bo Example"),
            lookup,
            Some("2025-08-20"),
        );
        assert_eq!(unknown.actor, NEW_ACTOR);
        assert_eq!(unknown.new_name, "Minister Bo Example");
        assert_eq!(
            (unknown.said_on.as_str(), unknown.precision.as_str()),
            ("2025-08-20", "day")
        );
        let nobody = QuoteRow::proposed(2, &proposal(None, ""), lookup, None);
        assert_eq!(nobody.actor, "");
        assert!(
            !known.accept && !unknown.accept,
            "nothing is accepted unasked"
        );
    }

    #[test]
    fn a_submitted_row_keeps_every_field() {
        let form = FormData::parse(
            b"q2_accept=1&q2_text=%E2%80%9CA%E2%80%9D&q2_actor=new&q2_new_name=Bo&q2_start=4&q2_end=x",
        );
        let row = QuoteRow::submitted(&form, 2);
        assert!(row.accept && row.wants_new_actor());
        assert_eq!(row.text, "\u{201c}A\u{201d}");
        assert_eq!((row.start, row.end), (4, 0));
        assert_eq!(row.name("text"), "q2_text");
        assert!(!QuoteRow::submitted(&form, 1).accept);
    }

    #[test]
    fn commitments_get_a_title_and_the_statement_they_overlap() {
        let quotes = [QuoteRow {
            index: 3,
            start: 10,
            end: 40,
            ..QuoteRow::default()
        }];
        let by = ["GB".to_owned(), "FR".to_owned()];
        let proposal = CommitmentSuggestion {
            by: &by,
            kind: "troops",
            details: "several hundred troops",
            stance: "offered",
            due_on: None,
            start: 30,
            end: 60,
        };
        let name = |code: &str| (code == "GB").then(|| "United Kingdom".to_owned());
        let row = CommitmentRow::proposed(0, proposal, name, &quotes);
        assert_eq!(row.title, "Troops from United Kingdom, FR");
        assert_eq!(row.by, ["gb", "fr"]);
        assert_eq!(
            (row.statement.as_str(), row.position.as_str()),
            ("q3", "proposes")
        );
        assert_eq!(row.statement_row(), Some(Ok(3)));
        let apart = CommitmentSuggestion {
            start: 50,
            ..proposal
        };
        let apart = CommitmentRow::proposed(0, apart, name, &quotes);
        assert_eq!(
            (apart.statement.as_str(), apart.position.as_str()),
            ("", "")
        );
    }

    #[test]
    fn row_counts_are_bounded() {
        assert_eq!(row_count(&FormData::parse(b"quotes=3"), "quotes"), Some(3));
        assert_eq!(row_count(&FormData::parse(b""), "quotes"), Some(0));
        assert_eq!(row_count(&FormData::parse(b"quotes=99999"), "quotes"), None);
        assert_eq!(row_count(&FormData::parse(b"quotes=-1"), "quotes"), None);
    }

    #[test]
    fn slugs_from_names() {
        assert_eq!(
            slug_from_name("Minister Ada Synthetic"),
            "minister-ada-synthetic"
        );
        assert_eq!(
            slug_from_name("  Łucja Ż. Exampleska! "),
            "lucja-z-exampleska"
        );
        assert_eq!(slug_from_name("Сергей"), "actor");
    }
}
