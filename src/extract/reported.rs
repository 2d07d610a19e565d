//! Reported speech: sentences in which a speaker says, announces, promises, warns, insists or
//! rejects something without being quoted ("Synthetic said that…", "…, the ministry said",
//! "According to Synthetic, …").

use super::Found;
use super::discourse::Discourse;
use super::text::Tok;

/// How a reporting verb takes what was said.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Takes {
    /// A clause, with or without "that": said, announced, warned…
    Clause,
    /// "to …" or "that …": promised, vowed, threatened…
    ToOrClause,
    /// An object: rejected, called for, dismissed…
    Object,
    /// An object and what it was called, in the reporter's words: "called the deployment a
    /// provocation" (with the name in quotation marks, the quotation is the whole claim).
    Naming,
    /// An object and "as …", in the reporter's words: "described the talks as businesslike".
    Describing,
}

fn verb(lower: &str) -> Option<Takes> {
    Some(match lower {
        "said" | "says" | "announced" | "announces" | "warned" | "warns" | "insisted"
        | "insists" | "stated" | "states" | "argued" | "argues" | "added" | "adds" | "claimed"
        | "claims" | "confirmed" | "confirms" | "noted" | "notes" | "stressed" | "stresses"
        | "emphasised" | "emphasized" | "emphasises" | "emphasizes" | "suggested" | "suggests"
        | "signalled" | "signaled" | "signals" | "indicated" | "indicates" | "acknowledged"
        | "acknowledges" | "admitted" | "admits" | "reiterated" | "reiterates" | "predicted"
        | "predicts" | "believes" | "believed" | "expects" | "expected" | "hopes" | "hoped"
        | "explained" | "explains" | "wrote" | "writes" | "posted" | "reported" | "reports"
        | "revealed" | "reveals" | "assured" | "assures" | "conceded" | "concedes"
        | "complained" | "complains" | "maintained" | "maintains" | "asserted" | "asserts"
        | "declared" | "declares" | "estimated" | "estimates" | "told" | "tells" | "replied"
        | "responded" | "countered" | "recalled" | "repeated" | "underlined" | "underscored"
        | "cautioned" | "argue" | "say" | "insist" | "warn" | "announce" | "concluded"
        | "guaranteed" | "guarantees" | "affirmed" | "affirms" | "doubt" | "doubts" | "doubted"
        | "hinted" | "hints" | "signal" | "contended" | "contends" | "observed" | "tell"
        | "questioned" | "questions" | "retorted" | "retorts" | "specified" | "specifies"
        | "reminded" | "reminds" | "informed" | "informs" | "boasted" | "boasts" | "lamented"
        | "laments" | "disclosed" | "discloses" | "alleged" | "alleges" | "testified"
        | "testifies" | "answered" | "remarked" | "quipped" | "joked" | "mused" | "reckoned"
        | "reckons" | "elaborated" => Takes::Clause,
        "vowed" | "vows" | "threatened" | "threatens" | "agreed" | "agrees" | "refused"
        | "refuses" | "declined" | "declines" | "intends" | "plans" | "planned" | "committed"
        | "commits" | "vow" | "threaten" | "refuse" => Takes::ToOrClause,
        // "promised 600 million thalers", as well as "promised to" and "promised that".
        "promised" | "promises" | "pledged" | "pledges" | "offered" | "offers" | "promise"
        | "pledge" => Takes::Object,
        "rejected" | "rejects" | "denied" | "denies" | "dismissed" | "dismisses" | "demanded"
        | "demands" | "proposed" | "proposes" | "urged" | "urges" | "welcomed" | "welcomes"
        | "condemned" | "condemns" | "criticised" | "criticized" | "criticises" | "criticizes"
        | "backed" | "backs" | "opposes" | "supported" | "supports" | "advocated" | "advocates"
        | "accused" | "accuses" | "endorsed" | "endorses" | "praised" | "slammed" | "fears"
        | "feared" | "briefed" | "reject" | "demand" | "oppose" | "support" | "opposed"
        | "outlined" | "outlines" | "denounced" | "denounces"
        // "thanked the Kingdom for its role in …": what the speaker credits someone with.
        | "thanked" | "thanks" => Takes::Object,
        "called" | "calls" | "call" | "branded" | "brands" | "dubbed" | "dubs" | "labelled"
        | "labeled" => Takes::Naming,
        "described" | "describes" | "describe" => Takes::Describing,
        _ => return None,
    })
}

/// Reporting verbs whose participle after a comma reports ("…, insisting that …").
const SAYING_STEMS: &[&str] = &[
    "say",
    "insist",
    "add",
    "warn",
    "argu",
    "not",
    "claim",
    "stress",
    "explain",
    "suggest",
    "assert",
    "declar",
    "acknowledg",
    "admitt",
    "conced",
    "predict",
    "promis",
    "vow",
];

/// Whether a word is a reporting verb (for telling a plural noun from a verb).
pub(super) fn verb_like(lower: &str) -> Option<()> {
    verb(lower).map(|_| ())
}

/// "called for", "ruled out", "calls for", "rules out": two-word reporting verbs.
fn phrasal(toks: &[Tok], i: usize) -> bool {
    phrasal_end(toks, i).is_some()
}

/// Where the words a two-word reporting verb at `i` takes begin: after its particle, and
/// after an adverb before it ("warned repeatedly against", "made it clear that").
fn phrasal_end(toks: &[Tok], i: usize) -> Option<usize> {
    let mut particle = i + 1;
    if toks.get(particle).is_some_and(|t| {
        !t.quoted
            && ((t.lower.len() > 4 && t.lower.ends_with("ly"))
                || (t.is("it") && matches!(toks[i].lower.as_str(), "made" | "makes")))
    }) {
        particle += 1;
    }
    let next = toks.get(particle).map(|t| t.lower.as_str());
    matches!(
        (toks[i].lower.as_str(), next),
        ("called" | "calls" | "call", Some("for" | "on"))
            | ("ruled" | "rules" | "rule", Some("out"))
            | ("spoke" | "speaks", Some("of" | "about"))
            | ("warned" | "warns", Some("of" | "against"))
            | ("pushed" | "pushes", Some("for"))
            | ("laid" | "lays" | "set" | "sets", Some("out"))
            | ("pointed" | "points", Some("out"))
            | ("made" | "makes", Some("clear"))
    )
    .then_some(particle + 1)
}

const CLAUSE_MARKERS: &[&str] = &[
    "that", "would", "will", "could", "can", "should", "must", "may", "might", "is", "was", "are",
    "were", "has", "had", "have", "did", "does", "do", "won't", "wouldn't", "cannot", "can't",
    "isn't", "wasn't", "needs", "needed", "remains", "remained", "wants", "wanted", "plans",
    "planned", "intends", "seeks", "sought", "if", "whether", "there", "shall", "hoped",
];

const AUXILIARY: &[&str] = &[
    "has",
    "have",
    "had",
    "also",
    "again",
    "repeatedly",
    "previously",
    "reportedly",
    "publicly",
    "earlier",
    "later",
    "then",
    "would",
    "will",
    "could",
    "firmly",
    "strongly",
    "flatly",
    "categorically",
    "not",
    "never",
    "already",
    "once",
    "further",
    "explicitly",
    "separately",
    "privately",
    "openly",
    "recently",
    "is",
    "are",
    "was",
    "were",
    "remains",
    "remain",
    "has",
    "long",
    "consistently",
    "swiftly",
    "quickly",
    "immediately",
    "did",
    "does",
    "on",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "yesterday",
    "today",
    "last",
    "week",
    "night",
    "had",
    "apparently",
    "herself",
    "himself",
    "itself",
];

fn is_passive(toks: &[Tok], verb: usize, floor: usize) -> bool {
    let mut i = verb;
    while i > floor {
        let t = &toks[i - 1];
        match t.lower.as_str() {
            "is" | "was" | "are" | "were" | "been" | "be" | "being" | "get" | "got" => {
                return !matches!(toks[verb].lower.as_str(), "opposed" | "committed");
            }
            "to" => return true,
            "firmly" | "strongly" | "also" | "not" | "widely" | "reportedly" | "still" => i -= 1,
            _ => return false,
        }
    }
    false
}

/// The words the verb takes, up to the end of the clause.
fn complement_ok(toks: &[Tok], after: usize, end: usize, takes: Takes) -> bool {
    // A quotation woven into the reporter's clause counts in it ("said Borealia "will not
    // take instructions""); one the verb introduces alone ("said "…"", "said that "…"") is
    // the quotation's claim, not the reporter's.
    // (Nor one after a colon: "wrote on X: "…"".)
    let mut lead = toks
        .get(after..end.min(after + 40))
        .unwrap_or_default()
        .iter()
        .take_while(|t| !t.quoted);
    let woven = !lead.clone().any(|t| t.is_punct(':'))
        && lead.any(|t| t.is_word() && !t.is("that") && !t.is("only"));
    // (The verb may end its clause: then nothing follows it.)
    let words: Vec<&Tok> = toks
        .get(after..end.min(after + 40))
        .unwrap_or_default()
        .iter()
        .filter(|t| t.is_word() && (woven || !t.quoted))
        .collect();
    // "Patil told The Associated Press": a name, the audience, is no claim.
    let only_a_name = words.len() <= 6
        && words
            .iter()
            .all(|t| t.cap || matches!(t.lower.as_str(), "the" | "of" | "and"));
    match takes {
        Takes::Clause => {
            words.len() >= 3
                && !only_a_name
                && (words.iter().take(14).any(|t| {
                    CLAUSE_MARKERS.contains(&t.lower.as_str())
                        || (t.lower.ends_with("ed") && t.lower.len() > 4)
                }) || (words.len() >= 3
                    && (words[0].cap
                        || matches!(
                            words[0].lower.as_str(),
                            "the"
                                | "a"
                                | "an"
                                | "it"
                                | "he"
                                | "she"
                                | "they"
                                | "we"
                                | "his"
                                | "her"
                                | "its"
                                | "their"
                                | "this"
                                | "these"
                                | "those"
                                | "no"
                                | "all"
                                | "some"
                                | "any"
                                | "such"
                                | "most"
                                | "many"
                                // "says fewer than 3,000 residents remain".
                                | "fewer"
                                | "more"
                                | "few"
                                | "several"
                                | "nearly"
                                | "almost"
                                | "around"
                                | "only"
                        )
                        || words[0].lower.starts_with(|c: char| c.is_ascii_digit()))))
        }
        Takes::ToOrClause => {
            words.len() >= 2
                && (words[0].lower == "to"
                    || words[0].lower == "that"
                    || words
                        .iter()
                        .take(4)
                        .any(|t| t.lower == "to" || t.lower == "that"))
        }
        Takes::Object => words.len() >= 2,
        Takes::Naming => {
            // "called a meeting", "called off", "called in": no naming.
            let clause = &toks[..end.min(toks.len())];
            let Some(first) = clause.get(after).filter(|t| t.is_word() && !t.quoted) else {
                return false;
            };
            let rest = &clause[after + 1..clause.len().min(after + 8)];
            !matches!(
                first.lower.as_str(),
                "a" | "an"
                    | "on"
                    | "for"
                    | "off"
                    | "up"
                    | "in"
                    | "out"
                    | "back"
                    | "at"
                    | "by"
                    | "to"
                    | "upon"
                    | "me"
                    | "us"
            ) && !rest.iter().any(|t| t.quoted)
                && rest
                    .iter()
                    .take_while(|t| {
                        t.is_word()
                            && !matches!(
                                t.lower.as_str(),
                                "in" | "for"
                                    | "to"
                                    | "up"
                                    | "back"
                                    | "off"
                                    | "on"
                                    | "at"
                                    | "by"
                                    | "with"
                                    | "from"
                                    | "into"
                                    | "every"
                                    | "each"
                            )
                    })
                    .any(|t| t.is("a") || t.is("an"))
        }
        Takes::Describing => {
            let reach = &toks[after..end.min(after + 12)];
            words.len() >= 3
                && !reach.iter().any(|t| t.quoted)
                && reach
                    .iter()
                    .position(|t| t.is("as") && !t.quoted)
                    .is_some_and(|at| at > 0 && after + at + 1 < end)
        }
    }
}

/// Reported speech by `speaker` from byte `start` to the end of sentence `s`.
fn to_sentence_end(
    doc: &super::text::Doc<'_>,
    s: usize,
    start: usize,
    speaker: usize,
    said_on: Option<crate::values::Day>,
) -> Found {
    Found {
        kind: "reported",
        start,
        end: span_end(doc.text, doc.sentences[s].range.end, start),
        speaker: Some(speaker),
        said_on,
    }
}

/// The byte where a proposal's text ends: the clause end, without the stop or closing marks.
fn span_end(text: &str, end: usize, floor: usize) -> usize {
    // (And Markdown's closing marks: "**The opposition says … back.**".)
    let trimmed = text[floor..end].trim_end_matches(|c: char| {
        c.is_whitespace()
            || matches!(
                c,
                '.' | ',' | ';' | ':' | '"' | '\u{201d}' | '\u{00bb}' | '*' | '_'
            )
    });
    floor + trimmed.len()
}

pub(super) fn sentence(
    d: &mut Discourse<'_, '_>,
    s: usize,
    published_on: Option<crate::values::Day>,
) -> Vec<Found> {
    let doc = d.doc;
    let text = doc.text;
    let sent = doc.sentences[s].clone();
    let toks = &doc.toks;
    let range = sent.toks.clone();
    if range.is_empty() {
        return Vec::new();
    }
    let _ = published_on;
    let said_on = d.said_on[s];
    let mut found: Vec<Found> = Vec::new();
    // (subject start token, clause end token)
    let mut clause_start = range.start;
    let mut i = range.start;
    let intro_according =
        toks[range.start].is("according") && toks.get(range.start + 1).is_some_and(|t| t.is("to"));
    if intro_according {
        // "According to Synthetic, the talks will resume."
        let comma =
            (range.start + 2..range.end).find(|&k| toks[k].is_punct(',') && !toks[k].quoted);
        if let Some(comma) = comma
            && let Some(id) = d.resolve(range.start + 2..comma, s)
            && comma + 1 < range.end
        {
            let start = toks[comma + 1].start;
            let end = span_end(text, sent.range.end, start);
            if word_len(&text[start..end]) >= 3 {
                found.push(Found {
                    kind: "reported",
                    start,
                    end,
                    speaker: Some(id),
                    said_on,
                });
            }
            return found;
        }
    }
    // A headline's "Testburg Palace: guarantees must take our interests into account".
    if let Some(colon) =
        (range.start + 1..range.end.min(range.start + 7)).find(|&k| toks[k].is_punct(':'))
        && toks[range.start..colon]
            .iter()
            .all(|t| t.is_word() && !t.quoted)
        && toks[colon + 1..range.end].iter().all(|t| !t.quoted)
        && toks[colon + 1..range.end]
            .iter()
            .filter(|t| t.is_word())
            .count()
            >= 4
        && let Some(id) = d.resolve_strict(range.start..colon, s)
        && d.np_end == colon
        && (d.entities[d.root(id)].actor.is_some()
            || (colon - range.start >= 2
                && toks[range.start..colon]
                    .iter()
                    .all(|t| t.cap && !super::speakers::is_non_name(&t.lower))))
    {
        let start = toks[colon + 1].start;
        return vec![to_sentence_end(doc, s, start, id, said_on)];
    }
    // A headline's "Norlandia will not allow troops in Placeholdia — Fakenko".
    if let Some(dash) = (range.end.saturating_sub(5).max(range.start + 4)..range.end)
        .find(|&k| toks[k].is_punct('\u{2014}') || toks[k].is_punct('\u{2013}'))
        && toks[dash + 1..range.end]
            .iter()
            .all(|t| t.is_word() && t.cap)
        && dash + 1 < range.end
        && toks[range.start..dash].iter().all(|t| !t.quoted)
        && let Some(id) = d.resolve_strict(dash + 1..range.end, s)
        && d.entities[d.root(id)].actor.is_some()
    {
        let start = toks[range.start].start;
        return vec![Found {
            kind: "reported",
            start,
            end: span_end(text, toks[dash].start, start),
            speaker: Some(id),
            said_on,
        }];
    }
    // "Testburg believes the talks are a ploy, Stubov added": an attribution that ends the
    // sentence reports all of it.
    if let Some(last) = (range.start..range.end)
        .rev()
        .find(|&k| toks[k].is_punct(',') && !toks[k].quoted)
        && last >= range.start + 4
        && !toks.get(last + 1).is_some_and(|t| t.is("according"))
        && (last + 1..range.end).filter(|&k| toks[k].is_word()).count() <= 12
        && attribution_only(toks, last + 1, range.end)
        && let Some(f) = post_posed(d, s, last, said_on)
    {
        return vec![f];
    }
    // "But the opposition has demanded …": a conjunction opens the sentence, not the subject.
    if range.len() > 2
        && matches!(
            toks[range.start].lower.as_str(),
            "but" | "and" | "yet" | "still" | "so"
        )
    {
        clause_start += 1;
        i += 1;
    }
    while i < range.end {
        let t = &toks[i];
        if t.quoted || !t.is_word() {
            if !t.quoted
                && (t.is_punct(';')
                    || (t.is_punct(',')
                        && toks.get(i + 1).is_some_and(|n| {
                            matches!(
                                n.lower.as_str(),
                                "while" | "whereas" | "but" | "and" | "although" | "though" | "as"
                            )
                        })))
            {
                clause_start = i + 1;
                if toks
                    .get(i + 1)
                    .is_some_and(|n| !n.is_punct(';') && t.is_punct(','))
                {
                    clause_start = i + 2;
                }
            }
            i += 1;
            continue;
        }
        let takes = if phrasal(toks, i) {
            Some(Takes::Object)
        } else {
            verb(&t.lower)
        };
        let Some(takes) = takes else {
            i += 1;
            continue;
        };
        if i == clause_start || is_passive(toks, i, clause_start) || noun_not_verb(toks, i) {
            i += 1;
            continue;
        }
        // The subject: the phrase before the verb, less auxiliaries and adverbs.
        let mut subj_end = i;
        while subj_end > clause_start
            && toks[subj_end - 1].is_word()
            && (AUXILIARY.contains(&toks[subj_end - 1].lower.as_str())
                || toks[subj_end - 1].lower.chars().all(|c| c.is_ascii_digit()))
        {
            subj_end -= 1;
        }
        if subj_end == clause_start {
            i += 1;
            continue;
        }
        // Too long a stretch before the verb is not a subject ("the plan that the minister…").
        if subj_end - clause_start > 60 {
            i += 1;
            continue;
        }
        let stretch = toks[clause_start..subj_end]
            .iter()
            .filter(|t| t.is_word())
            .count();
        if stretch > 24 {
            i += 1;
            continue;
        }
        let after = phrasal_end(toks, i).unwrap_or(i + 1);
        if !complement_ok(toks, after, range.end, takes) {
            i += 1;
            continue;
        }
        // "what they call the Compact, a promise…": the name is theirs, not a claim.
        if matches!(takes, Takes::Naming | Takes::Describing)
            && toks[clause_start..subj_end].iter().any(|t| t.is("what"))
        {
            i += 1;
            continue;
        }
        let described = || matches!(takes, Takes::Clause);
        let Some(id) = d.resolve_reaching(clause_start..subj_end, s).or_else(|| {
            described()
                .then(|| d.describe_people(clause_start..subj_end, s))
                .flatten()
        }) else {
            i += 1;
            continue;
        };
        // The subject reaches the verb, or a parenthesis set off by commas does.
        if !d.reaches(d.np_end, subj_end) {
            i += 1;
            continue;
        }
        // "did not say where…", "declined to comment": nothing was said.
        let negated = matches!(takes, Takes::Clause)
            && toks[subj_end..i]
                .iter()
                .any(|t| matches!(t.lower.as_str(), "not" | "never" | "didn't" | "n't"));
        let no_comment = matches!(
            t.lower.as_str(),
            "declined" | "refused" | "declines" | "refuses"
        ) && toks.get(i + 2).is_some_and(|n| n.is("comment"));
        if negated || no_comment {
            i += 1;
            continue;
        }
        // The proposal starts at the subject, after any introductory phrase.
        let subject_start = d.np_start.max(clause_start);
        let mut start_tok = clause_start;
        let first_intro =
            toks[clause_start].is_word() && super::discourse::is_intro(&toks[clause_start].lower);
        if first_intro
            && let Some(c) = (clause_start..subj_end)
                .rev()
                .find(|&k| toks[k].is_punct(','))
        {
            // The last comma before the subject that is not an apposition's.
            let first_comma = (clause_start..subj_end)
                .find(|&k| toks[k].is_punct(','))
                .unwrap_or(c);
            start_tok = first_comma + 1;
        }
        // "Norlandia will not accept troops, the palace said on Wednesday": the subject
        // follows the claim, which is what was said.
        let claim_like = toks[clause_start..subject_start].iter().any(|t| {
            t.is_word()
                && !t.quoted
                && (CLAUSE_MARKERS.contains(&t.lower.as_str())
                    || (t.lower.ends_with("ed") && t.lower.len() > 4))
        });
        if !first_intro
            && claim_like
            && subject_start > clause_start + 3
            && toks[subject_start - 1].is_punct(',')
            && found.is_empty()
        {
            // The claim and who made it, up to the end of the attribution's clause.
            let start = toks[clause_start].start;
            let attribution_end = (i + 1..range.end)
                .find(|&k| toks[k].is_punct(',') && !toks[k].quoted)
                .map_or(sent.range.end, |k| claim_end(doc, s, k));
            found.push(Found {
                kind: "reported",
                start,
                end: span_end(text, attribution_end, start),
                speaker: Some(id),
                said_on,
            });
            break;
        }
        // "Asked whether there was a rift, Sampleberg said there was none": the question is
        // part of the answer.
        let answers = first_intro
            && matches!(
                toks[clause_start].lower.as_str(),
                "asked" | "pressed" | "questioned" | "quizzed" | "challenged"
            );
        start_tok = if answers {
            clause_start
        } else {
            start_tok.max(subject_start.min(subj_end))
        };
        let start = toks[start_tok.min(range.end - 1)].start;
        if let Some(prev) = found.last_mut() {
            // The previous claim ends where this clause begins.
            let cut = toks[clause_start.saturating_sub(1).max(range.start)].start;
            prev.end = span_end(text, cut.max(prev.start), prev.start);
        }
        found.push(to_sentence_end(doc, s, start, id, said_on));
        d.gender_cue(id, i, i + 10);
        // Skip to the next clause.
        let next = (i + 1..range.end).find(|&k| {
            // "…, and Mr. Finchley said": "and" before a new subject. (A quotation's own
            // comma may end the clause: `"forever clause," and Mr. Finchley`.)
            let and_at = if toks.get(k + 1).is_some_and(|n| n.quoted && !n.is_word()) {
                k + 2
            } else {
                k + 1
            };
            let and_subject = toks[k].is_punct(',')
                && toks.get(and_at).is_some_and(|n| n.is("and") && !n.quoted)
                && toks.get(and_at + 1).is_some_and(|n| {
                    n.is_word()
                        && !n.quoted
                        && ((n.cap && !super::speakers::is_non_name(&n.lower))
                            || matches!(n.lower.as_str(), "he" | "she" | "they"))
                });
            and_subject
                || !toks[k].quoted
                    && (toks[k].is_punct(';')
                        || (toks[k].is_punct(',')
                            && toks.get(k + 1).is_some_and(|n| {
                                matches!(
                                    n.lower.as_str(),
                                    "while" | "whereas" | "but" | "although" | "though"
                                )
                            })))
        });
        match next {
            Some(k) => {
                clause_start = if toks[k].is_punct(';') {
                    k + 1
                } else {
                    // (Past a quotation's closing mark, then the conjunction.)
                    let mut at = k + 1;
                    while toks.get(at).is_some_and(|n| n.quoted && !n.is_word()) {
                        at += 1;
                    }
                    at + 1
                };
                i = clause_start;
            }
            None => break,
        }
    }
    if !found.is_empty() {
        return found;
    }
    // "Government sources played down the threat, insisting that the amendment would be
    // defeated": a participle of saying after a comma has the sentence's subject.
    if let Some(k) = (range.start + 3..range.end.saturating_sub(3)).find(|&k| {
        toks[k - 1].is_punct(',')
            && !toks[k].quoted
            && toks[k]
                .lower
                .strip_suffix("ing")
                .is_some_and(|stem| SAYING_STEMS.contains(&stem))
    }) && complement_ok(toks, k + 1, range.end, Takes::Clause)
        && let Some(id) = d.resolve_strict(range.start..k - 1, s)
        && d.np_start == range.start
        && d.entities[d.root(id)].speaker_like
    {
        let start = toks[range.start].start;
        found.push(to_sentence_end(doc, s, start, id, said_on));
        return found;
    }
    // "What matters, in his view, is …", "Her posting was, by her own account, an
    // education": an aside that gives the sentence as the pronoun's referent's opinion.
    if let Some(k) = (range.start + 1..range.end.saturating_sub(4)).find(|&k| {
        toks[k - 1].is_punct(',')
            && !toks[k].quoted
            && matches!(
                (toks[k].lower.as_str(), toks[k + 2].lower.as_str()),
                ("in", "view") | ("by", "account") | ("by", "own")
            )
            && matches!(toks[k + 1].lower.as_str(), "his" | "her" | "their")
    }) && let Some(id) = d.possessor(k + 1, s)
        && d.entities[id].speaker_like
    {
        let start = toks[range.start].start;
        found.push(to_sentence_end(doc, s, start, id, said_on));
        return found;
    }
    // "The talks will resume, the ministry said on Monday." / ", said Synthetic." /
    // ", according to Synthetic."
    // "The sticking point, according to three people involved, is command."
    if let Some(at) = (range.start + 1..range.end.saturating_sub(2))
        .find(|&k| toks[k - 1].is_punct(',') && toks[k].is("according") && toks[k + 1].is("to"))
        && let Some(close) = (at + 2..range.end).find(|&k| toks[k].is_punct(','))
        && let Some(id) = d.resolve(at + 2..close, s)
    {
        let start = toks[range.start].start;
        found.push(to_sentence_end(doc, s, start, id, said_on));
        return found;
    }
    let commas: Vec<usize> = (range.start..range.end)
        .rev()
        .filter(|&k| toks[k].is_punct(',') && !toks[k].quoted)
        .collect();
    for comma in commas {
        // "That's deliberate, according to two officials": a short claim is enough when a
        // source follows it.
        let according = toks.get(comma + 1).is_some_and(|t| t.is("according"));
        if comma - range.start < if according { 2 } else { 4 } {
            break;
        }
        // ""The ball is in their court," Ulanov said, according to NorInform": the source
        // of a quotation already attributed is no speaker of its own.
        if according {
            let mut unquoted = toks[range.start..comma]
                .iter()
                .filter(|t| t.is_word() && !t.quoted);
            if unquoted.clone().count() <= 4
                && unquoted.any(|t| matches!(verb(&t.lower), Some(Takes::Clause)))
            {
                break;
            }
        }
        if let Some(f) = post_posed(d, s, comma, said_on) {
            found.push(f);
            break;
        }
    }
    found
}

/// "…, the ministry said on Monday", "…, said Synthetic", "…, according to Synthetic": the
/// attribution after the comma at token `comma`, up to the next comma or the sentence's end.
fn post_posed(
    d: &mut Discourse<'_, '_>,
    s: usize,
    comma: usize,
    said_on: Option<crate::values::Day>,
) -> Option<Found> {
    let doc = d.doc;
    let text = doc.text;
    let toks = &doc.toks;
    let range = doc.sentences[s].toks.clone();
    let end_tok = (comma + 1..range.end)
        .find(|&k| toks[k].is_punct(',') && !toks[k].quoted)
        .unwrap_or(range.end);
    let tail: Vec<usize> = (comma + 1..end_tok)
        .filter(|&k| toks[k].is_word())
        .collect();
    if tail.is_empty()
        || tail.len() > 20
        || toks[comma + 1..end_tok]
            .iter()
            .any(|t| t.quoted || t.is_punct(':'))
    {
        return None;
    }
    let range = comma + 1..end_tok;
    let first = &toks[tail[0]];
    // "Sampleberg will propose a fund, her spokesman confirmed": the owner is in the claim.
    if matches!(first.lower.as_str(), "his" | "her" | "its" | "their") {
        d.note_before(comma, s);
    }
    let sentence_start = doc.sentences[s].toks.start;
    let id = if first.is("according") && tail.get(1).is_some_and(|&k| toks[k].is("to")) {
        d.resolve(tail[1] + 1..range.end, s)
    } else if matches!(verb(&first.lower), Some(Takes::Clause))
        // ", told the Daily Example": whom a verb of telling names is the audience.
        && !matches!(first.lower.as_str(), "told" | "tells")
    {
        // ", said Synthetic, the defence minister." names a speaker and nothing more.
        let clause = tail[1..]
            .iter()
            .any(|&k| CLAUSE_MARKERS.contains(&toks[k].lower.as_str()));
        if clause || tail.len() > 10 {
            return None;
        }
        d.resolve(tail[0] + 1..range.end, s)
    } else {
        let v = tail
            .iter()
            .position(|&k| matches!(verb(&toks[k].lower), Some(Takes::Clause)));
        match v {
            Some(v) if v > 0 && !tail[v + 1..].iter().any(|&k| toks[k].is("that")) => {
                let mut end = tail[v];
                while end > comma + 1 && AUXILIARY.contains(&toks[end - 1].lower.as_str()) {
                    end -= 1;
                }
                d.resolve(comma + 1..end, s)
            }
            _ => None,
        }
    };
    let id = id?;
    let start = toks[sentence_start].start;
    // The span holds the claim and who made it ("…, the ministry said on Wednesday"), and
    // the claim's continuation after the attribution ("…, they said, though Exampleland's
    // role would be limited").
    let end = span_end(text, claim_end(doc, s, end_tok), start);
    Some(Found {
        kind: "reported",
        start,
        end,
        speaker: Some(id),
        said_on,
    })
}

/// Where a claim attributed after it ends, given the comma token `comma` that ends the
/// attribution: there, or at the sentence's end when the claim goes on after it ("…, they
/// said, though Exampleland's role would be limited").
fn claim_end(doc: &super::text::Doc<'_>, s: usize, comma: usize) -> usize {
    let sentence = &doc.sentences[s];
    if comma >= sentence.toks.end {
        return doc.toks[comma - 1].end;
    }
    let continued = doc.toks.get(comma + 1).is_some_and(|t| {
        matches!(
            t.lower.as_str(),
            "though" | "although" | "but" | "and" | "adding" | "while" | "because" | "since"
        )
    });
    if continued {
        sentence.range.end
    } else {
        doc.toks[comma].start
    }
}

/// Tokens `from..to` are an attribution and nothing more: a reporting verb followed by at
/// most a short phrase of time, place or audience ("Stubov added", "the palace said on
/// Wednesday", "Pavel Stubov told journalists on Thursday"), not a clause of its own.
fn attribution_only(toks: &[Tok], from: usize, to: usize) -> bool {
    let words: Vec<&Tok> = toks[from..to].iter().filter(|t| t.is_word()).collect();
    let Some(v) = words
        .iter()
        .position(|t| matches!(verb(&t.lower), Some(Takes::Clause)))
    else {
        return false;
    };
    let rest = &words[v + 1..];
    rest.len() <= 4
        && rest.first().is_none_or(|t| {
            matches!(
                t.lower.as_str(),
                "on" | "in"
                    | "at"
                    | "during"
                    | "to"
                    | "after"
                    | "late"
                    | "later"
                    | "earlier"
                    | "last"
                    | "this"
                    | "yesterday"
                    | "today"
                    | "journalists"
                    | "reporters"
                    | "state"
                    | "local"
            )
        })
}

/// "Ten European states", "the claims", "these reports": a plural noun, not a verb.
pub(super) fn noun_not_verb(toks: &[Tok], i: usize) -> bool {
    let word = toks[i].lower.as_str();
    if !word.ends_with('s') || i == 0 {
        return false;
    }
    // "how promises are made": a plural noun, the subject of the verb after it.
    if toks.get(i + 1).is_some_and(|n| {
        n.is_word()
            && matches!(
                n.lower.as_str(),
                "are" | "were" | "have" | "had" | "will" | "would" | "can" | "could" | "must"
            )
    }) {
        return true;
    }
    let prev = &toks[i - 1];
    if !prev.is_word() {
        // "The mayor, Nadia Orvenko, says": a verb after a comma.
        return false;
    }
    let lower = prev.lower.as_str();
    matches!(
        lower,
        "the"
            | "a"
            | "an"
            | "these"
            | "those"
            | "such"
            | "many"
            | "some"
            | "two"
            | "three"
            | "four"
            | "five"
            | "ten"
            | "several"
            | "both"
            | "all"
            | "other"
            | "his"
            | "her"
            | "their"
            | "its"
            | "our"
            | "new"
            | "early"
            | "latest"
            | "recent"
            | "media"
            | "press"
            | "united"
            | "member"
            | "baltic"
            | "gulf"
            // "The talks on guarantees", "support for demands": after a preposition.
            | "on"
            | "of"
            | "for"
            | "about"
            | "with"
            | "without"
            | "over"
            | "into"
    ) || lower.chars().all(|c| c.is_ascii_digit())
        || (prev.cap
            && (lower.ends_with("an") || lower.ends_with("ish") || lower.ends_with("ese"))
            && !prev.possessive)
}

fn word_len(s: &str) -> usize {
    s.split_whitespace().count()
}
