//! Commitments: who would provide what (troops, air defence, …), how much, where, on what
//! conditions, and whether it is offered, demanded, rejected or conditional.

use std::collections::HashSet;
use std::hash::BuildHasherDefault;
use std::sync::OnceLock;

use regex::Regex;

use super::discourse::Discourse;
use super::text::Tok;
use super::{CommitmentProposal, Found};
use crate::values::{CommitmentType, Day};

/// (code, words that name the country: names, demonyms, capitals), for the countries the
/// record knows.
const COUNTRY_WORDS: &[(&str, &[&str])] = &[
    ("AL", &["albania", "albanian", "tirana"]),
    ("AT", &["austria", "austrian", "vienna"]),
    ("BE", &["belgium", "belgian"]),
    ("BG", &["bulgaria", "bulgarian", "sofia"]),
    ("CA", &["canada", "canadian", "ottawa"]),
    ("HR", &["croatia", "croatian", "zagreb"]),
    ("CY", &["cyprus", "cypriot", "nicosia"]),
    ("CZ", &["czechia", "czech", "prague"]),
    ("DK", &["denmark", "danish", "copenhagen"]),
    ("EE", &["estonia", "estonian", "tallinn"]),
    ("FI", &["finland", "finnish", "helsinki"]),
    ("FR", &["france", "french", "paris", "elysee"]),
    ("DE", &["germany", "german", "berlin"]),
    ("GR", &["greece", "greek", "athens"]),
    ("HU", &["hungary", "hungarian", "budapest"]),
    ("IS", &["iceland", "icelandic", "reykjavik"]),
    ("IE", &["ireland", "irish", "dublin"]),
    ("IT", &["italy", "italian", "rome"]),
    ("LV", &["latvia", "latvian", "riga"]),
    ("LT", &["lithuania", "lithuanian", "vilnius"]),
    ("LU", &["luxembourg"]),
    ("MT", &["malta", "maltese", "valletta"]),
    ("ME", &["montenegro", "montenegrin", "podgorica"]),
    ("NL", &["netherlands", "dutch", "amsterdam"]),
    ("MK", &["macedonia", "macedonian", "skopje"]),
    ("NO", &["norway", "norwegian", "oslo"]),
    ("PL", &["poland", "polish", "warsaw"]),
    ("PT", &["portugal", "portuguese", "lisbon"]),
    ("RO", &["romania", "romanian", "bucharest"]),
    ("RU", &["russia", "russian", "moscow"]),
    ("SK", &["slovakia", "slovak", "bratislava"]),
    ("SI", &["slovenia", "slovenian", "slovene", "ljubljana"]),
    ("ES", &["spain", "spanish", "madrid"]),
    ("SE", &["sweden", "swedish", "stockholm"]),
    ("TR", &["turkiye", "turkey", "turkish", "ankara"]),
    ("UA", &["ukraine", "ukrainian", "kyiv", "kiev"]),
    (
        "GB",
        &[
            "britain", "british", "uk", "london", "england", "scotland", "wales",
        ],
    ),
    ("US", &["america", "american", "usa", "washington"]),
];

/// The country a single lower-case word names, if any ("french", "paris", "uk").
pub(super) fn country_of_word(lower: &str) -> Option<&'static str> {
    static MAP: OnceLock<super::speakers::FastMap<&'static str, &'static str>> = OnceLock::new();
    MAP.get_or_init(|| {
        COUNTRY_WORDS
            .iter()
            .flat_map(|(code, words)| words.iter().map(move |w| (*w, *code)))
            .collect()
    })
    .get(lower)
    .copied()
}

/// The English name of a country code.
pub(super) fn country_name(code: &str) -> Option<&'static str> {
    crate::seed::COUNTRIES
        .iter()
        .find(|(c, ..)| c.eq_ignore_ascii_case(code))
        .map(|(_, name, ..)| *name)
}

/// The country named at token `i` and how many tokens name it.
fn country_at(toks: &[Tok], i: usize) -> Option<(&'static str, usize)> {
    let t = &toks[i];
    if !t.is_word() {
        return None;
    }
    let next = toks.get(i + 1).map(|n| n.lower.as_str()).unwrap_or("");
    match (t.lower.as_str(), next) {
        ("united", "states") => return Some(("US", 2)),
        ("united", "kingdom") => return Some(("GB", 2)),
        ("great", "britain") => return Some(("GB", 2)),
        ("north", "macedonia") => return Some(("MK", 2)),
        ("czech", "republic") => return Some(("CZ", 2)),
        _ => {}
    }
    if t.cap && (t.lower == "us" || t.lower == "u.s") {
        return Some(("US", 1));
    }
    if !t.cap {
        return None;
    }
    country_of_word(&t.lower).map(|c| (c, 1))
}

/// (words, type): multi-word keywords first.
const KEYWORDS: &[(&[&str], CommitmentType)] = &[
    (
        &["border", "surveillance"],
        CommitmentType::BorderSurveillance,
    ),
    (
        &["border", "monitoring"],
        CommitmentType::BorderSurveillance,
    ),
    (&["border", "patrols"], CommitmentType::BorderSurveillance),
    (&["air", "defence"], CommitmentType::AirDefense),
    (&["air", "defense"], CommitmentType::AirDefense),
    (&["air-defence"], CommitmentType::AirDefense),
    (&["air-defense"], CommitmentType::AirDefense),
    (&["anti-aircraft"], CommitmentType::AirDefense),
    (&["missile", "defence"], CommitmentType::AirDefense),
    (&["missile", "defense"], CommitmentType::AirDefense),
    (&["air", "policing"], CommitmentType::AirDefense),
    (&["patriot"], CommitmentType::AirDefense),
    (&["intelligence", "sharing"], CommitmentType::Intelligence),
    (&["intelligence"], CommitmentType::Intelligence),
    (&["surveillance"], CommitmentType::Intelligence),
    (&["reconnaissance"], CommitmentType::Intelligence),
    (
        &["security", "guarantees"],
        CommitmentType::SecurityGuarantee,
    ),
    (
        &["security", "guarantee"],
        CommitmentType::SecurityGuarantee,
    ),
    (
        &["security", "assurances"],
        CommitmentType::SecurityGuarantee,
    ),
    (&["article", "5"], CommitmentType::SecurityGuarantee),
    (&["mutual", "defence"], CommitmentType::SecurityGuarantee),
    (&["boots", "on", "the", "ground"], CommitmentType::Troops),
    (&["on", "the", "ground"], CommitmentType::Troops),
    (&["troops"], CommitmentType::Troops),
    (&["soldiers"], CommitmentType::Troops),
    (&["peacekeepers"], CommitmentType::Troops),
    (&["peacekeeping"], CommitmentType::Troops),
    (&["personnel"], CommitmentType::Troops),
    (&["contingent"], CommitmentType::Troops),
    (&["brigade"], CommitmentType::Troops),
    (&["brigades"], CommitmentType::Troops),
    (&["battalion"], CommitmentType::Troops),
    (&["battalions"], CommitmentType::Troops),
    (&["forces"], CommitmentType::Troops),
    (&["reassurance", "force"], CommitmentType::Troops),
    (&["training"], CommitmentType::Training),
    (&["train"], CommitmentType::Training),
    (&["instructors"], CommitmentType::Training),
    (&["weapons"], CommitmentType::Weapons),
    (&["arms"], CommitmentType::Weapons),
    (&["missiles"], CommitmentType::Weapons),
    (&["tanks"], CommitmentType::Weapons),
    (&["artillery"], CommitmentType::Weapons),
    (&["ammunition"], CommitmentType::Weapons),
    (&["shells"], CommitmentType::Weapons),
    (&["drones"], CommitmentType::Weapons),
    (&["jets"], CommitmentType::Weapons),
    (&["f-16s"], CommitmentType::Weapons),
    (&["f-16"], CommitmentType::Weapons),
    (&["funding"], CommitmentType::Financial),
    (&["financial"], CommitmentType::Financial),
    (&["loan"], CommitmentType::Financial),
    (&["loans"], CommitmentType::Financial),
    (&["billion"], CommitmentType::Financial),
    (&["coordination"], CommitmentType::Other),
    (&["logistics"], CommitmentType::Other),
];

const REJECT: &[&str] = &[
    "not", "no", "never", "won't", "without", "refuse", "refused", "refuses", "reject", "rejected",
    "rejects", "oppose", "opposed", "opposes", "against", "cannot", "can't", "wouldn't", "isn't",
    "nor", "declined", "ruled",
];
const DEMAND: &[&str] = &[
    "demand",
    "demanded",
    "demands",
    "urge",
    "urged",
    "urges",
    "want",
    "wants",
    "wanted",
    "asked",
    "asks",
    "insist",
    "insisted",
    "insists",
    "needs",
    "need",
    "must",
    "should",
    "requested",
    "requests",
    "appealed",
    "pressed",
    "called",
];
const CONDITION: &[&str] = &[
    "if",
    "unless",
    "provided",
    "once",
    "condition",
    "conditional",
    "conditioned",
    "depends",
    "depending",
    "subject",
];
const OFFER: &[&str] = &[
    "would",
    "will",
    "could",
    "can",
    "may",
    "might",
    "ready",
    "willing",
    "prepared",
    "offer",
    "offered",
    "offers",
    "pledge",
    "pledged",
    "pledges",
    "promise",
    "promised",
    "promises",
    "commit",
    "committed",
    "commits",
    "plan",
    "plans",
    "planned",
    "intend",
    "intends",
    "agree",
    "agreed",
    "send",
    "sending",
    "provide",
    "provided",
    "providing",
    "deploy",
    "deploying",
    "supply",
    "supplying",
    "contribute",
    "contributing",
    "give",
    "station",
    "share",
    "fund",
    "finance",
    "deliver",
    "supplement",
    "help",
    "support",
    "train",
    "guarantee",
    "announced",
];

fn quantity() -> &'static Regex {
    regex!(
        r"(?i)(?:[$€£]\s?\d[\d,.]*\s*(?:bn|billion|million|m(?-u:\b))?|(?-u:\b)(?:(?:up to|as many as|about|around|some|at least|more than|nearly|roughly)\s+)?(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|several|a few|dozens of|hundreds of|thousands of|tens of thousands of)(?:\s+(?:hundred|thousand|million|billion))?\s+(?:(?:more|additional|extra|british|french|american|german|european|foreign|western)\s+)?(?:troops|soldiers|personnel|peacekeepers|instructors|fighter jets|jets|aircraft|tanks|missiles|air[- ]defence systems|air[- ]defense systems|systems|batteries|drones|shells|brigades|battalions|units|euros|dollars|pounds))(?-u:\b)"
    )
}

fn geography() -> &'static Regex {
    regex!(
        r"(?i)(?-u:\b)(?:(?:far|away) from the front(?:[- ]?lines?)?|(?:near|along|behind|close to|at) the (?:front(?:[- ]?lines?)?|border|contact line|line of contact)|in (?:western|eastern|northern|southern|central) Ukraine|across Ukraine|on (?:Ukrainian|Ukraine's) (?:soil|territory)|in the Black Sea|on the ground in Ukraine|in Ukraine|in (?:Kyiv|Odesa|Lviv|Kharkiv|Dnipro))(?-u:\b)"
    )
}

fn conditions() -> &'static Regex {
    regex!(
        r"(?i)(?-u:\b)(?:only\s+)?(?:if|unless|provided(?: that)?|once|as long as|on (?:the )?condition that|after (?:the war ends|a ceasefire|a peace deal|a peace agreement|the fighting stops|hostilities end)|in the event of|subject to|depending on)(?-u:\b)[^.;,]*"
    )
}

fn keyword_at(toks: &[Tok], i: usize) -> Option<(CommitmentType, usize)> {
    type Set = HashSet<&'static str, BuildHasherDefault<super::speakers::Fnv>>;
    static FIRST: OnceLock<Set> = OnceLock::new();
    let first = FIRST.get_or_init(|| KEYWORDS.iter().map(|(words, _)| words[0]).collect());
    if !first.contains(toks[i].lower.as_str()) {
        return None;
    }
    KEYWORDS.iter().find_map(|(words, kind)| {
        let fits = words
            .iter()
            .enumerate()
            .all(|(k, w)| toks.get(i + k).is_some_and(|t| t.lower == *w));
        fits.then_some((*kind, words.len()))
    })
}

/// Proposes the commitments a sentence carries.
pub(super) fn sentence(
    d: &Discourse<'_, '_>,
    s: usize,
    quotes: &[Found],
    published_on: Option<Day>,
    out: &mut Vec<CommitmentProposal>,
) {
    let doc = d.doc;
    let sent = &doc.sentences[s];
    let toks = &doc.toks[sent.toks.clone()];
    let text = &doc.text[sent.range.clone()];
    // Quick reject: most sentences carry no commitment keyword.
    let mut hits: Vec<(usize, CommitmentType, usize)> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if let Some((kind, len)) = keyword_at(toks, i) {
            // Ukraine's or Russia's own forces are not provided by anyone else.
            let own = i > 0
                && matches!(
                    toks[i - 1].lower.as_str(),
                    "ukrainian" | "russian" | "ukraine" | "russia" | "kyiv" | "moscow"
                )
                && matches!(kind, CommitmentType::Troops | CommitmentType::Weapons);
            let kind = (!own).then_some(kind);
            if let Some(kind) = kind
                && !hits.iter().any(|(_, k, _)| *k == kind)
            {
                hits.push((i, kind, len));
            }
            i += len;
            continue;
        }
        i += 1;
    }
    if hits.is_empty() {
        return;
    }
    // Who would provide it: the countries named (not as destinations), the countries of the
    // known actors named, and a speaker's country for "we".
    let mut by: Vec<String> = Vec::new();
    let push = |code: &str, by: &mut Vec<String>| {
        if code != "UA" && code != "RU" && !by.iter().any(|c| c == code) {
            by.push(code.to_owned());
        }
    };
    let mut k = 0;
    while k < toks.len() {
        if let Some((code, len)) = country_at(toks, k) {
            let prev = if k > 0 {
                toks[k - 1].lower.as_str()
            } else {
                ""
            };
            let prev2 = if k > 1 {
                toks[k - 2].lower.as_str()
            } else {
                ""
            };
            let destination = matches!(
                prev,
                "to" | "for"
                    | "in"
                    | "into"
                    | "inside"
                    | "across"
                    | "at"
                    | "against"
                    | "on"
                    | "near"
                    | "over"
                    | "around"
                    | "of"
            ) || (prev == "the"
                && matches!(prev2, "to" | "for" | "in" | "into" | "against"));
            // A demonym before a beneficiary's noun is not a provider ("Ukrainian forces").
            if !destination {
                push(code, &mut by);
            }
            k += len;
            continue;
        }
        k += 1;
    }
    let first_tok = sent.toks.start;
    for k in sent.toks.clone() {
        if let Some((a, _)) = d.actor_at(k)
            && let Some(code) = &d.index.actors[a].country
        {
            push(&code.to_ascii_uppercase(), &mut by);
        }
    }
    let speaks_as_we = toks
        .iter()
        .any(|t| t.quoted && matches!(t.lower.as_str(), "we" | "our" | "us"));
    if speaks_as_we {
        let inside = quotes.iter().find(|q| {
            q.start <= doc.toks[first_tok].start.max(sent.range.start) + text.len()
                && q.end >= sent.range.start
                && q.kind == "direct"
        });
        if let Some(code) = inside.and_then(|q| q.speaker).and_then(|id| d.country(id)) {
            push(&code, &mut by);
        }
    }
    if by.is_empty() {
        return;
    }
    let words: Vec<&str> = toks
        .iter()
        .filter(|t| t.is_word())
        .map(|t| t.lower.as_str())
        .collect();
    let any = |list: &[&str]| words.iter().any(|w| list.contains(w));
    let conditional = any(CONDITION) || conditions().is_match(text);
    let demanded = any(DEMAND);
    let offered = any(OFFER);
    let quantity = quantity().find(text).map(|m| m.as_str().to_owned());
    let geography = geography().find(text).map(|m| m.as_str().to_owned());
    let condition = conditions()
        .find(text)
        .map(|m| m.as_str().trim_end_matches([',', ' ']).to_owned());
    let due_on = super::dates::due_on(toks, published_on).map(|d| d.to_string());
    let details = text.trim().trim_end_matches(['.', ' ']).to_owned();
    for (at, kind, _) in hits {
        let window = &toks[at.saturating_sub(6)..at];
        let rejected = window.iter().any(|t| REJECT.contains(&t.lower.as_str()));
        let stance = if rejected {
            "rejected"
        } else if conditional {
            "conditional"
        } else if demanded {
            "demanded"
        } else if offered {
            "offered"
        } else {
            continue;
        };
        if out
            .iter()
            .any(|c| c.by == by && c.kind == kind.as_str() && c.stance == stance)
        {
            continue;
        }
        out.push(CommitmentProposal {
            by: by.clone(),
            kind: kind.as_str(),
            details: details.clone(),
            stance,
            due_on: due_on.clone(),
            quantity: quantity.clone(),
            geography: geography.clone(),
            conditions: condition.clone(),
            start: doc.chars(sent.range.start),
            end: doc.chars(sent.range.start + details.len()),
        });
    }
}
