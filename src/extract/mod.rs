//! Finding the statements in an article's text and who made them, and the commitments it
//! reports, for an editor to review. No I/O: it is given the text, the known actors and the
//! publication date, and proposes; a person decides.
//!
//! - `text`: paragraphs, quoted passages (straight, curly and angle marks; quotations that go
//!   on across paragraphs), sentences that never end inside a quotation, word tokens;
//! - `speakers`: spelling keys that fold case, diacritics and transliteration variants, the
//!   index of known actors' names and aliases, vocabularies of titles and institutions;
//! - `discourse`: the people and institutions a text mentions and how a speaker phrase (name,
//!   surname, title, pronoun, institution, "a spokeswoman… The spokeswoman, Ada Synthetic")
//!   resolves to one of them;
//! - `quotes`: direct quotations and their attribution, and what is not speech (labels,
//!   names of plans, titles, scare quotes);
//! - `reported`: reported speech ("Synthetic said that…", "…, the ministry said");
//! - `commitments`: who would provide what, with quantity, geography, conditions and stance;
//! - `dates`: "on Wednesday", "yesterday", "within ten days" against the publication date.

/// A regular expression compiled once, on first use.
macro_rules! regex {
    ($pattern:expr) => {{
        static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
        RE.get_or_init(|| regex::Regex::new($pattern).expect("a valid pattern"))
    }};
}

mod commitments;
mod dates;
mod discourse;
mod documents;
mod quotes;
mod reported;
mod speakers;
mod text;

use serde::Serialize;

use crate::values::Day;
use speakers::FastMap;

/// The time zones a live page writes after its time stamps ("15.10 GMT").
const TIME_ZONE: &str = r"(?:GMT|BST|UTC|CET|CEST|EET|EEST|MSK|EST|EDT|ET|PT|PST|PDT|KST|JST)";

/// A known actor, as matching sees them.
#[derive(Debug, Clone, Default)]
pub struct KnownActor {
    pub slug: String,
    pub name: String,
    pub aliases: Vec<String>,
    /// An institution ("the Kremlin") rather than a person.
    pub institution: bool,
    /// Upper-case ISO 3166 alpha-2 code.
    pub country: Option<String>,
    /// "Foreign Minister of Russia", "White House press secretary": matched against titles
    /// in the text ("the foreign minister").
    pub role: Option<String>,
    pub affiliation: Option<String>,
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
    /// The sentence that carries it, in the text's words.
    pub details: String,
    /// `offered`, `demanded`, `rejected` or `conditional`.
    pub stance: &'static str,
    /// A deadline (`YYYY-MM-DD`) when the text gives one.
    pub due_on: Option<String>,
    /// How much, in the text's words ("several hundred troops").
    pub quantity: Option<String>,
    /// Where, in the text's words ("far from the front").
    pub geography: Option<String>,
    /// On what conditions, in the text's words ("after the war ends").
    pub conditions: Option<String>,
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

/// A proposal while the text is read: byte offsets and an entity.
#[derive(Debug, Clone)]
struct Found {
    kind: &'static str,
    start: usize,
    end: usize,
    speaker: Option<usize>,
    said_on: Option<Day>,
}

/// Whether reported speech `r` carries its claim in the reporter's words up to a quotation
/// woven into them ("He says the gaps are now "about wording"", "accused Sampleton of
/// "outsourcing the risk""), rather than attributing a quotation that is the whole claim
/// (""…," the minister said", "told a correspondent: "…"").
fn claim_woven_into_quotation(text: &str, r: &Found, direct: &[Found]) -> bool {
    let Some(first) = direct
        .iter()
        .filter(|q| q.start > r.start && q.start < r.end)
        .min_by_key(|q| q.start)
    else {
        return false;
    };
    let before = text[r.start..first.start].trim_end_matches(|c: char| {
        matches!(
            c,
            '"' | '\u{201c}' | '\u{201d}' | '\u{2018}' | '\u{2019}' | '\'' | '\u{ab}' | '\u{bb}'
        )
    });
    let woven = before
        .chars()
        .last()
        .is_some_and(|c| c.is_whitespace() && !before.trim_end().ends_with([':', ',']));
    woven && before.split_whitespace().count() >= 4
}

/// Proposes the statements and commitments in `text`; `published_on` resolves relative dates.
pub fn extract(text: &str, actors: &[KnownActor], published_on: Option<Day>) -> Extraction {
    let doc = text::Doc::new(text);
    let index = speakers::ActorIndex::new(actors);
    let mut d = discourse::Discourse::new(&doc, &index);
    d.said_on = (0..doc.sentences.len())
        .map(|s| dates::said_on(&doc, s, published_on))
        .collect();
    let mut state = quotes::QuoteState::default();
    let mut found: Vec<Found> = Vec::new();
    let mut commitments = Vec::new();
    for s in 0..doc.sentences.len() {
        let direct = quotes::sentence(&mut d, s, &mut state, published_on);
        let first = found.len();
        // A sentence that weaves a short quotation into the reporter's words is reported
        // speech too ("Mr Trump promised … but without "boots on the ground""). When the
        // quotation is most of the sentence, it is reported speech only if the reporter's
        // words carry the claim up to it ("He added that the government would "…"").
        let sentence = &doc.sentences[s].range;
        let quoted: usize = direct.iter().map(|f| f.end - f.start).sum();
        if quoted * 2 < sentence.len() {
            found.extend(reported::sentence(&mut d, s, published_on));
        } else if !direct.is_empty() {
            let reported = reported::sentence(&mut d, s, published_on);
            found.extend(
                reported
                    .into_iter()
                    .filter(|r| claim_woven_into_quotation(text, r, &direct)),
            );
        }
        for r in &found[first..] {
            if let Some(id) = r.speaker {
                state.count_quoted(&d, id);
            }
        }
        found.extend(direct);
        for (start, end) in std::mem::take(&mut state.unattributed) {
            // (Not a term in the question put to the speaker: "Asked whether Ostravia might
            // resort to "constructive abstention", Baráth said that was "…".)
            let in_question = |r: &Found| {
                let intro = &text[r.start..start];
                (intro.starts_with("Asked ") || intro.starts_with("When asked "))
                    && !intro.contains(',')
            };
            let reporting = found[first..].iter().find(|r| {
                r.kind == "reported"
                    && r.speaker.is_some()
                    && r.start <= start
                    && end <= r.end
                    && !in_question(r)
            });
            if let Some(r) = reporting {
                let (speaker, said_on) = (r.speaker, r.said_on);
                found.push(Found {
                    kind: "direct",
                    start,
                    end,
                    speaker,
                    said_on,
                });
            }
        }
        d.note_sentence(s);
        commitments::sentence(&d, s, &found[first..], published_on, &mut commitments);
    }
    found.sort_by_key(|f| f.start);
    heads_that_quote_a_term_quote_no_one(&doc, &mut found);
    headline_quotes_speak_as_in_the_story(&doc, &mut found);
    repeated_words_are_who_said_them_first(&doc, &d, &mut found);
    a_fact_checks_claim_is_whose_the_next_paragraph_says(&doc, &mut found);
    statements_speak_for_who_issued_them(&doc, &d, &mut found);
    days_carry_over(&doc, &d, &mut found, published_on);
    let quotes = found
        .into_iter()
        .filter(|f| f.end > f.start)
        .map(|f| QuoteProposal {
            text: text[f.start..f.end].to_owned(),
            kind: f.kind,
            speaker: f.speaker.map_or_else(
                || SpeakerGuess {
                    name: String::new(),
                    slug: None,
                },
                |id| d.guess(id),
            ),
            start: doc.chars(f.start),
            end: doc.chars(f.end),
            said_on: f.said_on.map(|day| day.to_string()),
        })
        .collect();
    Extraction {
        quotes,
        commitments,
    }
}

/// Words quoted again ("QUENTAL: "If something flies toward Vorlen." Does that include
/// aircraft?") are the words of whoever the text quoted saying them first.
fn repeated_words_are_who_said_them_first(
    doc: &text::Doc<'_>,
    d: &discourse::Discourse<'_, '_>,
    found: &mut [Found],
) {
    // Only the last few quotations are looked at, which keeps a text of thousands linear.
    const LOOKED_BACK: usize = 40;
    // (Only words no known person is proposed for take another's: an interviewer's, a
    // label's, no one's.)
    let known = |f: &Found| {
        f.speaker
            .is_some_and(|id| d.entities[d.root(id)].actor.is_some())
    };
    // The direct quotations and their words in lower case, once.
    let direct: Vec<(usize, String)> = (0..found.len())
        .filter(|&k| found[k].kind == "direct")
        .map(|k| {
            let f = &found[k];
            let words = doc.text[f.start..f.end].trim_end_matches(['.', ',', '!', '?']);
            (k, words.to_lowercase())
        })
        .collect();
    for (i, (k, repeated)) in direct.iter().enumerate() {
        if known(&found[*k]) || repeated.split_whitespace().count() < 3 {
            continue;
        }
        let first = direct[i.saturating_sub(LOOKED_BACK)..i]
            .iter()
            .find(|(g, words)| {
                known(&found[*g]) && found[*g].end <= found[*k].start && words.contains(repeated)
            });
        if let Some((g, _)) = first {
            found[*k].speaker = found[*g].speaker;
        }
    }
}

/// A fact-check's claim ("Claim 1: "The treaty gives …"") is the words of whom the next
/// paragraph names as making it ("Irina Nullova made this claim at a briefing … "…," she
/// said"), or of no one the extractor can tell, never of a speaker before it.
fn a_fact_checks_claim_is_whose_the_next_paragraph_says(doc: &text::Doc<'_>, found: &mut [Found]) {
    let claim_line = regex!(r"^\s*(?:Claim|CLAIM)(?:\s*#?\d{1,2})?\s*:");
    for k in 0..found.len() {
        let p = doc.paragraph_of(found[k].start);
        if found[k].kind != "direct" || !claim_line.is_match(&doc.text[doc.paragraphs[p].clone()]) {
            continue;
        }
        // (The found are sorted by where they start.)
        let next = found[k + 1..]
            .iter()
            .skip_while(|g| doc.paragraph_of(g.start) <= p)
            .take_while(|g| doc.paragraph_of(g.start) == p + 1)
            .find(|g| g.speaker.is_some())
            .map(|g| (g.speaker, g.said_on));
        match next {
            Some((speaker, said_on)) => {
                found[k].speaker = speaker;
                found[k].said_on = said_on.or(found[k].said_on);
            }
            None => found[k].speaker = None,
        }
    }
}

/// "is called “", "known locally as '", "the company's motto, "": a term is named, not
/// said.
fn called() -> &'static regex::Regex {
    regex!(
        r"(?:(?:called|known(?:\s+\w+)?\s+as|dubbed|nicknamed|termed|so-called)\s+(?:the\s+|a\s+|an\s+)?|(?:motto|slogan|watchword|catchphrase|hashtag|nickname),?\s+)\W$"
    )
}

/// A crosshead or headline that quotes a few words the story quotes again only as a term
/// ("“The road of life”" over "the road is called “the road of life” by locals") quotes no
/// one.
fn heads_that_quote_a_term_quote_no_one(doc: &text::Doc<'_>, found: &mut Vec<Found>) {
    const LOOKED_UP: usize = 16;
    let text = doc.text;
    let lower = text::lowercase_in_place(text);
    let head = |p: usize| {
        doc.paragraphs.get(p).is_some_and(|r| {
            let body = text[r.clone()].trim_end();
            let body = body.trim_end_matches(['"', '\u{201d}', '\u{2019}', '\'', '\u{00bb}']);
            !body.ends_with(['.', '!', '?', ','])
        })
    };
    let mut dropped = Vec::new();
    for (k, f) in found
        .iter()
        .enumerate()
        .filter(|(_, f)| f.kind == "direct" && head(doc.paragraph_of(f.start)))
        .take(LOOKED_UP)
    {
        let words = &lower[f.start..f.end];
        if words.split_whitespace().count() > 6 {
            continue;
        }
        let para = doc.paragraph_of(f.start);
        let quoted_again = lower.match_indices(words).any(|(at, _)| {
            doc.paragraph_of(at) != para
                && lower[..at]
                    .chars()
                    .next_back()
                    .is_some_and(text::is_quote_mark)
                && called().is_match(&lower[lower.floor_char_boundary(at.saturating_sub(40))..at])
                // (Not proposed there: the found are sorted by where they start.)
                && !found[found.partition_point(|g| g.start < at)..]
                    .iter()
                    .take_while(|g| g.start == at)
                    .any(|g| g.kind == "direct")
        });
        let proposed_again = found.iter().any(|g| {
            g.kind == "direct"
                && doc.paragraph_of(g.start) != para
                && lower[g.start..g.end].contains(words)
        });
        if quoted_again && !proposed_again {
            dropped.push(k);
        }
    }
    for k in dropped.into_iter().rev() {
        found.remove(k);
    }
}

/// A quotation in a headline, standfirst or caption (a paragraph with no closing stop) that
/// the story quotes again takes the speaker the story gives it: "Placeholdia and Norlandia
/// swap prisoners: "Every name was a fight"" is Brankovska's, as the story says.
fn headline_quotes_speak_as_in_the_story(doc: &text::Doc<'_>, found: &mut [Found]) {
    let text = doc.text;
    let headline = |at: usize| {
        let p = doc.paragraph_of(at);
        doc.paragraphs.get(p).is_some_and(|r| {
            let body = text[r.clone()].trim_end();
            let body = body.trim_end_matches(['"', '\u{201d}', '\u{2019}', '\'', '\u{00bb}']);
            !body.ends_with(['.', '!', '?'])
        })
    };
    // The story's quotations, lower case, once; heads are headlines, standfirsts and the
    // headings of a live page's entries, and only a few of their quotations are looked up,
    // so that a text of thousands of quotations stays linear.
    const LOOKED_UP: usize = 16;
    let story: Vec<(usize, String)> = found
        .iter()
        .enumerate()
        .filter(|(_, f)| f.kind == "direct" && f.speaker.is_some() && !headline(f.start))
        .map(|(k, f)| (k, text[f.start..f.end].to_lowercase()))
        .collect();
    let heads: Vec<usize> = (0..found.len())
        .filter(|&k| found[k].kind == "direct" && headline(found[k].start))
        .take(LOOKED_UP)
        .collect();
    for k in heads {
        let words = text[found[k].start..found[k].end].to_lowercase();
        // A subhead's word or two ("- Norlandia: «answer» -") are taken from one of the next
        // few quotations, as whole words.
        if words.split_whitespace().count() < 3 {
            // (Or any later quotation that opens with them: "Norlandia calls the deployment
            // "a provocation"" for the spokeswoman's "a provocation dressed up as …".)
            let opens_with = |quoted: &str| {
                quoted
                    .strip_prefix(words.as_str())
                    .is_some_and(|rest| !rest.starts_with(char::is_alphanumeric))
            };
            let told = story
                .iter()
                .filter(|(later, _)| *later > k)
                .take(3)
                .find(|(_, quoted)| contains_words(quoted, &words))
                .or_else(|| {
                    story
                        .iter()
                        .filter(|(later, _)| *later > k)
                        .take(LOOKED_UP)
                        .find(|(_, quoted)| opens_with(quoted))
                });
            if let Some((later, _)) = told {
                found[k].speaker = found[*later].speaker;
            }
            continue;
        }
        // A headline may put the subject the story reports ("'We cannot be the last to
        // arrive'" for "the country "cannot be the last to arrive…"").
        let core = ["we ", "i ", "you ", "they ", "it "]
            .iter()
            .find_map(|p| words.strip_prefix(p))
            .filter(|rest| rest.split_whitespace().count() >= 3)
            .unwrap_or(&words);
        let told = story
            .iter()
            .find(|(later, quoted)| *later > k && quoted.contains(core));
        if let Some((later, _)) = told {
            found[k].speaker = found[*later].speaker;
        }
    }
    // A headline's quotation that the story does not repeat, above the story's first
    // quotation, is most often the words of the person the story quotes first ("'We came
    // back for the roof': returning families ask…", then Oleksandra Pyrih's words).
    if let Some(&(first, _)) = story.first() {
        let lead = found[first].speaker;
        for f in found[..first].iter_mut() {
            if f.kind == "direct" && f.speaker.is_none() && headline(f.start) {
                f.speaker = lead;
            }
        }
    }
}

/// ""…," the statement said" after "The ministry said in a statement that …": the words
/// are the ministry's. (A joint statement speaks as itself.)
fn statements_speak_for_who_issued_them(
    doc: &text::Doc<'_>,
    d: &discourse::Discourse<'_, '_>,
    found: &mut [Found],
) {
    /// How far back the statement's issuer is looked for.
    const REACH: usize = 1500;
    // (Read from the entity, with no copy: this runs for every proposal.)
    let is_statement = |id: usize| {
        let e = &d.entities[d.root(id)];
        e.actor.is_none()
            && [
                "statement",
                "a statement",
                "brief statement",
                "written statement",
            ]
            .iter()
            .any(|name| e.name.eq_ignore_ascii_case(name))
    };
    let mentions_statement = |at: usize| {
        let s = doc.sentences.partition_point(|r| r.range.end <= at);
        doc.sentences.get(s).is_some_and(|r| {
            doc.toks[r.toks.clone()]
                .iter()
                .any(|t| !t.quoted && (t.is("statement") || t.is("statements")))
        })
    };
    for k in 0..found.len() {
        let Some(id) = found[k].speaker.filter(|&id| is_statement(id)) else {
            continue;
        };
        let start = found[k].start;
        let issuer = found[..k]
            .iter()
            .rev()
            .take_while(|g| g.start + REACH >= start)
            .filter_map(|g| g.speaker.filter(|&other| other != id).map(|s| (g.start, s)))
            .find(|&(at, other)| !is_statement(other) && mentions_statement(at));
        if let Some((_, issuer)) = issuer {
            found[k].speaker = Some(issuer);
        }
    }
}

/// Whether `words` occur in `text` with no letter or digit joined to either end.
fn contains_words(text: &str, words: &str) -> bool {
    text.match_indices(words).any(|(at, _)| {
        let joined = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        !joined(text[..at].chars().next_back()) && !joined(text[at + words.len()..].chars().next())
    })
}

/// Words with no day of their own were said when the text last said that speaker spoke
/// ("Mockenko said on Tuesday … "…," Mockenko told reporters after the meeting"), or, on a
/// live page of timestamped entries, on the day of the page.
fn days_carry_over(
    doc: &text::Doc<'_>,
    d: &discourse::Discourse<'_, '_>,
    found: &mut [Found],
    published_on: Option<Day>,
) {
    let text = doc.text;
    let is_time = |p: &std::ops::Range<usize>| {
        let line = text[p.clone()].trim();
        let mut words = line.split_whitespace();
        let clock = words.next().unwrap_or("");
        let digits: Vec<&str> = clock.split([':', '.']).collect();
        let all_digits = |n: &str| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit());
        line.len() <= 16
            && ((digits.len() == 2
                && digits
                    .iter()
                    .all(|n| (1..=2).contains(&n.len()) && all_digits(n)))
                // A wire's "1548 GMT".
                || (clock.len() == 4
                    && all_digits(clock)
                    && words.next().is_some_and(|zone| {
                        matches!(zone, "GMT" | "UTC" | "BST" | "CET" | "CEST" | "ET" | "EDT" | "EST")
                    })))
    };
    let live = doc.paragraphs.iter().filter(|p| is_time(p)).take(2).count() == 2;
    // A story's lead tells the day of its event ("arrived in the capital on Monday"); words
    // the story gives no day of their own were said then. The lead is the first two
    // paragraphs of prose, after the headline, a standfirst and a byline.
    let prose = |p: usize| {
        let para = text[doc.paragraphs[p].clone()].trim_end();
        para.split_whitespace().count() >= 15
            && para.ends_with(['.', '"', '\u{201d}', '\u{2019}', '\''])
    };
    let lead: Vec<usize> = (1..doc.paragraphs.len())
        .filter(|&p| prose(p))
        .take(2)
        .collect();
    let lead_day = doc
        .sentences
        .iter()
        .enumerate()
        .filter(|(_, sent)| lead.contains(&sent.para))
        .find_map(|(s, _)| d.said_on[s]);
    let mut last_day: FastMap<usize, Day> = FastMap::default();
    for f in found.iter_mut() {
        let speaker = f.speaker.map(|id| d.root(id));
        match (f.said_on, speaker) {
            (Some(day), Some(id)) => {
                last_day.insert(id, day);
            }
            (None, Some(id)) => f.said_on = last_day.get(&id).copied(),
            _ => {}
        }
        if f.said_on.is_none() && live {
            f.said_on = published_on;
        }
        if f.said_on.is_none() {
            f.said_on = lead_day;
        }
    }
}

/// Proposes the quotations (direct and reported) in `text`, with no publication date.
pub fn extract_quotes(text: &str, actors: &[KnownActor]) -> Vec<QuoteProposal> {
    extract(text, actors, None).quotes
}

/// Matches a name phrase ("Russian Foreign Minister Sergey Lavrov", "Karoline Leavitt, the
/// White House press secretary", "Zelenskyy's office") to a known actor; an unknown person is
/// proposed by name with no slug.
pub fn match_speaker(phrase: &str, actors: &[KnownActor]) -> SpeakerGuess {
    let doc = text::Doc::new(phrase);
    let index = speakers::ActorIndex::new(actors);
    let mut d = discourse::Discourse::new(&doc, &index);
    match d.resolve(0..doc.toks.len(), 0) {
        Some(id) => d.guess(id),
        None => SpeakerGuess {
            name: phrase.trim().trim_start_matches("the ").to_owned(),
            slug: None,
        },
    }
}

#[cfg(test)]
mod tests;
