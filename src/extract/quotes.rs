//! Direct quotations: which quoted passages are someone's words (and which are labels, names
//! of plans or titles), and who said them.

use regex::Regex;

use super::Found;
use super::discourse::Discourse;
use super::speakers::Gender;
use super::text::{Piece, Tok};

/// Verbs that attribute words to a speaker, as a quotation's attribution uses them.
pub(super) const ATTRIBUTION_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "added",
    "adds",
    "told",
    "tells",
    "stated",
    "states",
    "declared",
    "declares",
    "warned",
    "warns",
    "insisted",
    "insists",
    "argued",
    "argues",
    "noted",
    "notes",
    "stressed",
    "stresses",
    "emphasised",
    "emphasized",
    "emphasises",
    "emphasizes",
    "explained",
    "explains",
    "asked",
    "asks",
    "replied",
    "replies",
    "responded",
    "answered",
    "wrote",
    "writes",
    "posted",
    "tweeted",
    "announced",
    "announces",
    "claimed",
    "claims",
    "continued",
    "recalled",
    "concluded",
    "acknowledged",
    "admitted",
    "conceded",
    "complained",
    "remarked",
    "observed",
    "cautioned",
    "urged",
    "pledged",
    "promised",
    "vowed",
    "predicted",
    "suggested",
    "commented",
    "countered",
    "retorted",
    "confirmed",
    "denied",
    "maintained",
    "reiterated",
    "repeated",
    "underlined",
    "underscored",
    "highlighted",
    "agreed",
    "affirmed",
    "assured",
    "joked",
    "quipped",
    "mused",
    "shouted",
    "wondered",
    "boasted",
    "lamented",
    "demanded",
    "threatened",
    "declared",
    "exclaimed",
    "acknowledges",
    "adds",
    "recalls",
    "writes",
];

const SAY: &str = r"(?:was|were|is)\s+quoted\s+as\s+saying|pointed\s+out|points\s+out|pointing\s+out|put\s+it|puts\s+it|saying|telling|writing|adding|said|says|say|added|adds|told|tells|tell|stated|states|declared|declares|warned|warns|warn|insisted|insists|insist|argued|argues|argue|noted|notes|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|explained|explains|asked|asks|replied|replies|responded|answered|wrote|writes|posted|tweeted|announced|announces|claimed|claims|continued|recalled|recalls|concluded|acknowledged|acknowledges|admitted|conceded|complained|remarked|observed|cautioned|urged|pledged|promised|vowed|predicted|suggested|commented|countered|retorted|confirmed|denied|maintained|reiterated|repeated|underlined|underscored|highlighted|agreed|affirmed|assured|joked|quipped|mused|shouted|wondered|boasted|lamented|demanded|threatened|exclaimed|hammered\s+home|fired\s+back|shot\s+back|hit\s+back|lashed\s+out|thundered|protested|objected|snapped|scoffed|sighed|summed\s+up|went\s+on|goes\s+on|interjected|interrupted|chimed\s+in|cut\s+in|broke\s+in|whispered|murmured|yelled|cried";

/// People who speak as a group, whose words for things are terms in use.
const GROUPS: &str = "officials|diplomats|planners|critics|analysts|observers|allies|experts|commentators|insiders|officers|soldiers|residents|locals|supporters|opponents|lawmakers|investors|bankers|commanders";

/// "known as", "known in the West as", "known inside the bank as", "known in Placeholdia, with
/// some bitterness, as": a name the text gives something.
const KNOWN_AS: &str = r"known\s+(?:(?:\w+ly|(?:in|inside|within|to|among|by|around|across|for)\s+(?:the\s+)?(?:\w+\s+)?\w+)(?:\s*,[^,.;]{1,40},)?\s+){0,2}as";

/// "taken to calling the strip", "started calling it": a name that has come into use.
const TAKEN_TO_CALLING: &str = r"(?:(?:(?:taken|come|started|begun|took)\s+to\s+|started\s+|begun\s+|began\s+)calling\s+(?:\w+\s+){0,12}|been\s+calling\s+(?:the|a|an|it|them|this|that|its|their|his|her|our)\s+(?:\w+\s+){0,9})";

/// Verbs that weave a partial quotation into the reporter's sentence.
const PARTIAL: &str = r"comment\s+on|commented\s+on|describe|dismiss|put\s+it|puts\s+it|called|calls|calling|describing|branding|dismissing|described|describes|dismissed|dismisses|branded|brands|labell?ed|termed|denounced|condemned|critici[sz]ed|praised|hailed|welcomed|spoke\s+of|speaks\s+of|spoke\s+on\s+\w+day\s+of|referred\s+to|thanked|thanking|credited|applauded|to\s+call|accused|accuses|accusing|blamed|blames|blaming|promise|promises|rejected|characteri[sz]ed|likened|compared|slammed|blasted|lambasted|mocked|ridiculed|questioned|expressed|voiced|invoked|cited|pledged|promised|vowed|urged|insisted|thinks|believes|welcomes";

fn after_inverted() -> &'static Regex {
    regex!(&format!(
        r"^[\s,;:\u{{2014}}\u{{2013}}-]*(?:(?:also|later|then|again|further)\s+)?(?:{SAY})(?-u:\b)"
    ))
}

/// Words between a subject and its verb of saying ("Testova also said", "he has said").
const BETWEEN_SUBJECT_AND_VERB: &str = r"also|later|then|again|further|previously|earlier|has|had|have|would|once|repeatedly|publicly|reportedly|simply|flatly|firmly|only|quickly|told\s+\w+\s+and";

/// How far after a quotation `after_subject` can reach: a subject of at most 120
/// characters, a few adverbs and the verb.
const AFTER_SUBJECT_REACH: usize = 320;

/// `"…," the minister said`: a subject of at most 120 characters (initials and honorifics keep
/// their stops: "I.V. Nullova", "Mr. Fixture"), then its verb.
fn after_subject() -> &'static Regex {
    regex!(&format!(
        r#"^[\s,;:\u{{2014}}\u{{2013}}-]*(?:(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Gov|Sen|Rep|Prof|Capt|Maj|Adm|Amb|(?-u:\b)[A-Z])\.|[^.;!?"\u{{201c}}\u{{201d}}\u{{00ab}}\u{{00bb}}]){{1,120}}?\s+(?:(?:{BETWEEN_SUBJECT_AND_VERB})\s+)*(?:{SAY})(?-u:\b)"#
    ))
}

/// The end of an `after_subject` match: what follows the subject.
fn after_subject_tail() -> &'static Regex {
    regex!(&format!(
        r"\s+(?:(?:{BETWEEN_SUBJECT_AND_VERB})\s+)*(?:{SAY})$"
    ))
}

fn verb_at_end() -> &'static Regex {
    regex!(&format!(r"(?:{SAY})$"))
}

/// Byte ranges of the subject and of the verb of `after_subject` in `near`. Three searches
/// without captures (the verb's alternatives make a capturing search slow).
fn subject_and_verb(near: &str) -> Option<(std::ops::Range<usize>, std::ops::Range<usize>)> {
    let whole = &near[..after_subject().find(near)?.end()];
    let tail = after_subject_tail().find(whole)?.start();
    let verb = tail + verb_at_end().find(&whole[tail..])?.start();
    let lead = whole.len()
        - whole
            .trim_start_matches(|c: char| {
                c.is_whitespace() || matches!(c, ',' | ';' | ':' | '\u{2014}' | '\u{2013}' | '-')
            })
            .len();
    // (A "subject" of separators only, as in `", adding"`, names no one.)
    (lead < tail).then_some((lead..tail, verb..whole.len()))
}

/// Words that attribute the quotation they interrupt, as the parenthesis between dashes of
/// Spanish and Italian copy does: "the minister insisted, in response to a question",
/// "said Olabarrieta", "she said at a press conference".
pub(super) fn attributes(clause: &str) -> bool {
    let first = clause.split_whitespace().next().unwrap_or("");
    // (Not the speaker's own aside: "— and I say this clearly —", "— we have said it —".)
    let speaker_first = matches!(
        first,
        "he" | "she" | "they" | "the" | "a" | "an" | "his" | "her" | "its" | "their"
    ) || (first.starts_with(char::is_uppercase)
        && !matches!(
            first,
            "I" | "We"
                | "You"
                | "And"
                | "But"
                | "Or"
                | "So"
                | "If"
                | "As"
                | "That"
                | "This"
                | "It"
                | "There"
        ));
    (speaker_first && subject_and_verb(clause).is_some()) || after_inverted().is_match(clause)
}

/// "… quoted her saying that", "quoted Ada Synthetic as saying": who is quoted, up to the
/// quotation, with no other quotation mark between.
fn quoted_saying() -> &'static Regex {
    regex!(
        r#"(?-u:\b)(?:quoted|cited)\s+(?P<who>him|her|them|(?:[A-Z][\w'\x{2019}-]+\s+){0,3}[A-Z][\w'\x{2019}-]+)\s+(?:as\s+)?saying(?-u:\b)[^"\x{201c}\x{201d}\x{ab}\x{bb}\x{2018}]{0,160}$"#
    )
}

/// "in its words,", "in her own words": the owner of the words that follow.
fn in_own_words() -> &'static Regex {
    regex!(r"(?i)(?-u:\b)in\s+(?P<who>his|her|its|their)\s+(?:own\s+)?words\s*,?\s*$")
}

/// ", with Pavel Stubov, the president's spokesman, telling state television it was": the
/// named person of an absolute "with" clause whose participle speaks.
fn with_participle() -> &'static Regex {
    regex!(
        r#"(?-u:\b)with\s+(?P<who>(?:[A-Z][\w'\x{2019}-]+\s+){1,3}[A-Z][\w'\x{2019}-]+)(?:,[^,"\x{201c}\x{201d}\x{ab}\x{bb}]{1,120},)?\s+(?:telling|saying|adding|warning|insisting|arguing|noting|stressing|declaring|writing)(?-u:\b)[^"\x{201c}\x{201d}\x{ab}\x{bb}\x{2018}]{0,160}$"#
    )
}

fn according_to() -> &'static Regex {
    regex!(r"(?i)^[\s,;:\u{2014}\u{2013}-]*according\s+to\s+")
}

fn before_verb() -> &'static Regex {
    regex!(&format!(
        r"(?-u:\b)(?:{SAY}|{PARTIAL}|according\s+to|According\s+to|per|in\s+the\s+words\s+of|In\s+the\s+words\s+of)(?-u:\b)"
    ))
}

/// A verb of saying in `text` ("states" aside: "the guarantor states" are countries; and
/// not a participle after a determiner: "a confirmed attack").
pub(super) fn has_verb_of_saying(text: &str) -> bool {
    before_verb().find_iter(text).any(|m| {
        let word_before = text[..m.start()]
            .split_whitespace()
            .next_back()
            .unwrap_or("")
            .to_lowercase();
        m.as_str() != "states" && !adjectival(m.as_str(), &word_before)
    })
}

/// A participle after a determiner or a preposition describes a noun ("a confirmed attack",
/// "without agreed rules"): it is no verb of saying.
fn adjectival(verb: &str, word_before: &str) -> bool {
    verb.ends_with("ed")
        && matches!(
            word_before,
            "without" | "with" | "the" | "a" | "an" | "no" | "of" | "any"
        )
}

/// "has written in blue chalk:", "a sign reads:": words written somewhere, not said.
fn inscribed() -> &'static Regex {
    regex!(
        r"(?i)(?-u:\b)(?:written|painted|scrawled|carved|printed|sprayed|stencilled|stenciled|engraved|inscribed|reads|read|reading|chalked)(?-u:\b)[^.;!?]*$"
    )
}

/// Things that bear words: what they say is written, not said.
const SIGNS: &str = r"sign|signs|notice|banner|placard|poster|graffiti|inscription|plaque|billboard|sticker|mural|leaflet";

fn sign_noun() -> &'static Regex {
    regex!(&format!(
        r"(?i)(?-u:\b)(?:the|a|an|its|this|that|one)\s+(?:[\w-]+\s+){{0,3}}(?:{SIGNS})s?(?-u:\b)"
    ))
}

/// `"…," it reads` / `"…," the sign says` after the words.
fn sign_reads_after() -> &'static Regex {
    regex!(&format!(
        r"(?i)^[\s,]*(?:it|(?:the|a)\s+(?:[\w-]+\s+)?({SIGNS}))\s+(?:still\s+)?(?:reads|read|says|said)(?-u:\b)"
    ))
}

/// `It still says "…"` / `The sign reads: "…"` before them.
fn sign_reads_before() -> &'static Regex {
    regex!(&format!(
        r"(?i)(?:^|[\s.;])(?:it|one|another|(?:the|a)\s+(?:[\w-]+\s+)?({SIGNS}))(?:,[^,.;]{{1,60}},)?\s+(?:still\s+|now\s+|simply\s+)?(?:reads|read|says|said)(?:\s+simply)?\s*:?\s*$"
    ))
}

/// "warning that the fund would": a participle of speech a few words before a quotation.
fn speech_participle() -> &'static Regex {
    regex!(
        r"(?-u:\b)(?:warning|insisting|arguing|noting|stressing|claiming|declaring|urging|saying|telling|promising|vowing|pledging|adding|asking)\s+(?:that\s+)?(?:[\w'\x{2019}-]+\s+){0,16}$"
    )
}

/// "called the plan", "described the talks", "calling the monitors' report", "called
/// today's agreement": a verb naming its object, then the words.
fn named_object() -> &'static Regex {
    regex!(
        r"(?i)(?-u:\b)(?:called|calls|call|calling|described|describes|describing|branded|brands|branding|labell?ed|labell?ing|termed|terming|dismissed|dismisses|dismissing|likened|hailed|declared|declares|pronounced)\s+(?:(?:the|a|an|its|their|his|her|our|this|that)\s+|[\w-]+(?:'s?|\x{2019}s?)\s+)(?:[\w'\x{2019}-]+\s+){0,2}[\w-]+\s+(?:as\s+)?$"
    )
}

/// "describes the mechanism as a": a name for something follows.
fn named_as_a() -> &'static Regex {
    regex!(r"(?-u:\b)as\s+(?:a|an|the)\s*$")
}

/// A live page's time stamp opening an entry: "14:10 ", "9.40 ", "15.10 GMT ".
fn time_stamp() -> &'static Regex {
    regex!(&format!(
        r"^\s*\d{{1,2}}[:.]\d{{2}}(?:\s*{})?\s+",
        super::TIME_ZONE
    ))
}

fn after_dash() -> &'static Regex {
    regex!(r"^\s*(?:[\u{2014}\u{2013}]|--?)\s*")
}

/// A quotation alone on its line, signed on the line under it, as a pull quote or a
/// newsletter's quote of the day is: `"…"` then `— Taras Mockovskyy, speaking to
/// students`, or directly under it `Ivan Sokir, former president of Placeholdia`. The byte
/// range of the name and what describes it, up to the first comma.
fn signed_below(text: &str, open: usize, after: usize) -> Option<std::ops::Range<usize>> {
    let line_start = text[..open].rfind('\n').map_or(0, |at| at + 1);
    let rest = &text[after..];
    let line_end = rest.find('\n')?;
    if !text[line_start..open].trim().is_empty() || !rest[..line_end].trim().is_empty() {
        return None;
    }
    let below = &rest[line_end + 1..];
    // A dash signs across a blank line; a bare name only directly under the quotation.
    let dashed = below
        .trim_start()
        .strip_prefix(['\u{2014}', '\u{2013}', '\u{2015}', '-'])
        .map(str::trim_start);
    let signed = dashed.unwrap_or_else(|| below.trim_start_matches([' ', '\t']));
    let line = &signed[..signed.find('\n').unwrap_or(signed.len())];
    // (Not a labelled question or turn under it: "— Question (Halyna Rudko, Templatyn
    // Today): How many …?")
    if line
        .split_once(": ")
        .is_some_and(|(_, words)| words.starts_with(char::is_uppercase))
    {
        return None;
    }
    // (Up to a comma, or a post's handle: "Ilse Mockmann (@IlseMockmann) June 18".)
    let name = &line[..line.find([',', '(']).unwrap_or(line.len())];
    let words = name.split_whitespace().count();
    let bare_name = words <= 4 && line.contains(',') && signature_line(line);
    if !name.starts_with(char::is_uppercase) || words > 8 || (dashed.is_none() && !bare_name) {
        return None;
    }
    let start = text.len() - signed.len();
    Some(start..start + name.trim_end().len())
}

/// Whether a line under a quotation reads as a signature rather than a sentence: no stop
/// at its end, or one after where the words were said, as a fact-check signs a claim
/// ("Clive Ambergate, leader of the Sovereignty Party, in a video posted on Sunday.").
fn signature_line(line: &str) -> bool {
    let line = line.trim_end();
    if !line.ends_with(['.', '!', '?', ':']) {
        return true;
    }
    let last = line.rsplit(',').next().unwrap_or("").trim_start();
    let context = matches!(
        last.split_whitespace().next().unwrap_or(""),
        "in" | "on" | "at" | "during" | "speaking" | "writing" | "via"
    );
    line.ends_with('.') && (!has_verb_of_saying(line) || context)
}

/// The speaker of a verb before a quotation, in tokens `from..to` (the clause up to the
/// verb): a subject that reaches the verb; else, when a pronoun stands right before the verb
/// ("… praised what he called"), the clause's first noun phrase; else the noun phrase right
/// before the verb ("…, a move Testburg welcomed as"); else the clause's first noun phrase.
fn subject_before(
    d: &mut Discourse<'_, '_>,
    from: usize,
    mut to: usize,
    s: usize,
) -> Option<usize> {
    // "The Norlandian side, he said, would insist on "…"": the one a parenthesis between
    // commas says spoke, not the subject of the clause.
    if let Some(id) = parenthetical_speaker(d, from, to, s) {
        return Some(id);
    }
    // "Pellweather, used to say", "went on to say", "Kestrin has declared": words between
    // the subject and its verb. (Not in a clause someone reports: in "said the president
    // had promised allies "…"", the words are the one who said so.)
    let reported = d.doc.toks[from..to].iter().any(|t| {
        matches!(
            t.lower.as_str(),
            "said"
                | "says"
                | "say"
                | "told"
                | "tells"
                | "added"
                | "warned"
                | "insisted"
                | "argued"
                | "noted"
                | "claimed"
                | "stated"
                | "wrote"
                | "according"
        )
    });
    // "the ministry said Cha had told Draftenko that …", "the readout said Example had
    // described the plans as": the one reported to have told or described speaks the words.
    if reported && let Some(id) = reported_speaker(d, from, to, s) {
        return Some(id);
    }
    // ("has repeatedly described", "once called": an adverb too.)
    let adverb = |t: &Tok| {
        !t.cap
            && ((t.lower.len() > 4 && t.lower.ends_with("ly"))
                || matches!(t.lower.as_str(), "also" | "once" | "often" | "already"))
    };
    while to > from + 1
        && d.doc.toks[to - 1].is_word()
        && (matches!(
            d.doc.toks[to - 1].lower.as_str(),
            "used" | "to" | "went" | "on"
        ) || adverb(&d.doc.toks[to - 1])
            || (!reported && matches!(d.doc.toks[to - 1].lower.as_str(), "has" | "have" | "had")))
    {
        to -= 1;
    }
    if from >= to {
        return None;
    }
    let toks = &d.doc.toks[from..to];
    if toks.last().is_some_and(|t| t.is("who")) {
        let end = if toks.len() >= 2 && toks[toks.len() - 2].is_punct(',') {
            to - 2
        } else {
            to - 1
        };
        return d.resolve_ending_at(end, from, s);
    }
    // "… language that one diplomat involved in the talks described as", "what one minister
    // has called", "language one diplomat described as": the subject of the relative clause
    // the verb ends.
    if let Some(that) = (from..to).rev().take(8).find(|&k| {
        matches!(
            d.doc.toks[k].lower.as_str(),
            "that"
                | "which"
                | "whom"
                | "what"
                | "language"
                | "wording"
                | "phrase"
                | "formula"
                | "formulation"
                | "words"
        )
    }) && d.doc.toks.get(that + 1).is_some_and(|t| {
        matches!(
            t.lower.as_str(),
            "one" | "a" | "an" | "another" | "some" | "two" | "three"
        )
    }) && d.doc.toks[that + 1..to].iter().all(|t| t.is_word())
        // ("what one of them calls" is found by the part of a group.)
        && !d.doc.toks.get(that + 2).is_some_and(|t| t.is("of"))
        && let Some(id) = d.resolve(that + 1..to, s)
    {
        return Some(id);
    }
    if let Some(id) = d.resolve_reaching(from..to, s) {
        return Some(id);
    }
    let pronoun_last = toks
        .last()
        .is_some_and(|t| matches!(t.lower.as_str(), "he" | "she" | "it" | "they"));
    if pronoun_last {
        // "Pressed on whether …, he said:": the pronoun opens its clause and is the subject.
        // "A mandate she described as": a relative clause after its noun has the pronoun
        // as its subject.
        let n = toks.len();
        // "…, but she said it would take": a conjunction opens the pronoun's clause.
        let after_conjunction = n >= 2
            && matches!(
                toks[n - 2].lower.as_str(),
                "but" | "and" | "yet" | "so" | "although" | "though" | "because" | "while"
            );
        let after_noun = n >= 3
            && toks[n - 2].is_word()
            && !toks[n - 2].cap
            && toks[n.saturating_sub(4)..n - 2].iter().any(|t| {
                matches!(
                    t.lower.as_str(),
                    "a" | "an" | "the" | "this" | "its" | "their" | "his" | "her" | "our"
                )
            });
        if toks.len() == 1 || toks[toks.len() - 2].is_punct(',') || after_noun || after_conjunction
        {
            return d.resolve(to - 1..to, s).or_else(|| d.resolve(from..to, s));
        }
        return d.resolve(from..to, s).or_else(|| d.resolve(to - 1..to, s));
    }
    // "Quillonian mediator Yannick Morel opened the session by urging": the subject of
    // the clause's first verb.
    let first_verb = (from..to).find(|&k| {
        let t = &d.doc.toks[k];
        t.is_word() && !t.cap && t.lower.len() > 4 && t.lower.ends_with("ed")
    });
    d.resolve_ending_at(to, from, s)
        .or_else(|| first_verb.and_then(|k| d.resolve_reaching(from..k, s)))
        .or_else(|| d.resolve(from..to, s))
}

/// The speaker of ", he said," or ", the minister added," between `from` and `to`.
fn parenthetical_speaker(
    d: &mut Discourse<'_, '_>,
    from: usize,
    to: usize,
    s: usize,
) -> Option<usize> {
    let toks = &d.doc.toks;
    let verb = (from + 2..to.saturating_sub(1)).find(|&k| {
        matches!(
            toks[k].lower.as_str(),
            "said" | "says" | "added" | "adds" | "insisted" | "argued" | "noted" | "stressed"
        ) && toks[k + 1].is_punct(',')
    })?;
    let comma = (verb.saturating_sub(5).max(from)..verb)
        .rev()
        .find(|&k| toks[k].is_punct(','))?;
    if comma + 1 >= verb || toks[comma + 1..verb].iter().any(|t| !t.is_word()) {
        return None;
    }
    d.resolve(comma + 1..verb, s)
}

/// In "X said Y had told Z that … "…"" or "X said Y had described it as "…"", where the
/// verb at `to` tells or names: Y, a person named after the last verb of saying before it.
fn reported_speaker(d: &mut Discourse<'_, '_>, from: usize, to: usize, s: usize) -> Option<usize> {
    let toks = &d.doc.toks;
    let verb = toks.get(to)?;
    if !matches!(
        verb.lower.as_str(),
        "told" | "described" | "called" | "branded" | "dismissed"
    ) {
        return None;
    }
    let said = (from..to).rev().find(|&k| {
        matches!(
            toks[k].lower.as_str(),
            "said" | "says" | "added" | "stated" | "wrote" | "claimed"
        )
    })?;
    let mut start = said + 1;
    if toks.get(start).is_some_and(|t| t.is("that")) {
        start += 1;
    }
    let mut end = to;
    while end > start && matches!(toks[end - 1].lower.as_str(), "had" | "has" | "have") {
        end -= 1;
    }
    // A name or a title with a name, and nothing else: "Cha", "President Andriy Stubenko".
    if end <= start || end - start > 4 || !toks[start..end].iter().all(|t| t.is_word() && t.cap) {
        return None;
    }
    let id = d.resolve_strict(start..end, s)?;
    (!d.entities[d.root(id)].institution).then_some(id)
}

fn naming_verb() -> &'static Regex {
    regex!(
        r"^(?:call|describ|dismiss|brand|label|term|characteri|liken|compar|denounc|condemn|hail|prais|welcom)"
    )
}

/// `"…", as it is known in Brennholm`, `"…", as they are called`: a name, said so after it.
fn known_so_after() -> &'static Regex {
    regex!(
        r"(?i)^[,\s]*as\s+(?:it|they|this|the\s+\w+)\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:known|called|dubbed|nicknamed|referred\s+to)(?-u:\b)"
    )
}

fn strong_label_marker() -> &'static Regex {
    regex!(&format!(
        r"(?i)(?:so[-\s]called|(?:dubbed|nicknamed)(?:\s+[\w-]+){{0,2}}|{KNOWN_AS}|titled|entitled|named|code[-\s]?named|headlined(?:\s+(?:its|their|his|her|the)\s+[^.;:!?\x22\x{{201c}}\x{{2018}}]{{1,60}})?|headed|(?:published|issued|adopted|released|billed|presented)\s+as(?:\s+the)?|bapti[sz]ed|christened|renamed|rebranded|(?:affairs|talk|chat|news|tv|television|radio|morning|evening|breakfast|flagship|weekly|nightly|daily)\s+(?:show|programme|program|podcast)|subject\s+line|(?:banners?|placards?|signs?|posters?|billboards?|graffiti|inscription|t-shirts?|chalkboard|blackboard|whiteboard|noticeboard|menu|stickers?|badges?)\s*:|call\s+sign,?|code\s+name,?|along\s+the\s+lines\s+of|under\s+the\s+guise\s+of(?:\s+(?:a|an|the))?|(?:episode|part|chapter|season|volume)\s+\d+\s*[:,\x{{2013}}\x{{2014}}-]?|(?:little|nothing|no)\s+more\s+than\s+(?:a|an)|under\s+the\s+(?:slogan|banner|name|title|heading|hashtag)|hashtag|(?-u:\b)(?:banners?|placards?|signs?|posters?|billboards?|graffiti|t-shirts?|flags?)(?:,[^,.;:]{{1,40}},)?\s+(?:[\w'\x{{2019}}]+\s+){{0,4}}(?:reading|that\s+read|which\s+read|read|reads|saying|say|says|said|bearing|promise|promises|promising|proclaim|proclaims|proclaiming)\s*[:,]?|{TAKEN_TO_CALLING}|(?:a|an|the|its|their|his|her|our)\s+(?:word|term|name|phrase|nickname|expression|shorthand)\s+for\s+[^.;:!?\x22\x{{201c}}]{{1,80}}:|(?:^|\n)\W*(?:[\w-]+\s+)?(?:hearing|title|theme|topic|subject|session|panel|programme|program|episode|exhibition|conference|seminar|debate|name)\s*:|(?:^|\n)\W*(?:(?:read|see)\s+(?:also|more)|also\s+read|related)\s*:|(?:leads|goes|runs|splashes|splashed)\s+(?:with|on\s+[^.;:!?\x22\x{{201c}}\x{{2018}}]{{1,60}}:)|[\w-]+\s+(?:radio|television|tv|channel|network)(?:'s|\x{{2019}}s)|(?:the|a|an|its|their|his|her|our|my|your|this|[\w-]+(?:'s?|\x{{2019}}s?))\s+(?:[\w-]+\s+){{0,3}}(?:term|word|words|phrase|expression|label|slogan|motto|hashtag|title|headline|nickname|codename|programme|program|show|series|film|documentary|book|novel|song|album|newspaper|magazine|podcast|adjective|adverb|verb|noun|qualifier|epithet))\s*$"
    ))
}

/// "known to the whole of Port Callan harbour as "…"", "has taken to mocking the force as
/// "…"", "signing herself "…"", "usually signed simply "…"": a name in use. (Apart from
/// `strong_label_marker`, whose automaton would outgrow the lazy DFA's cache with them.)
fn named_in_use() -> &'static Regex {
    regex!(
        r"(?i)(?-u:\b)(?:known\s+(?:to|among|across|throughout)\s+(?:[\w'\x{2019}-]+\s+){1,6}as(?:\s+the)?|(?:taken|come|started|begun|took)\s+to\s+(?:mocking|deriding|branding|labell?ing)\s+(?:[\w'\x{2019}-]+\s+){0,6}?as(?:\s+(?:the|a|an))?|sign(?:ing|ed|s)\s+(?:(?:himself|herself|themselves|itself|simply|only|just|usually|always)\s+){1,2}(?:as\s+)?)\s*$"
    )
}

/// "informally referred to in Quillport as the "…"", "declared on invoices as "…"",
/// "classified as "…"": the name under which something goes or is filed.
fn filed_as() -> &'static Regex {
    regex!(
        r"(?i)(?-u:\b)(?:referred\s+to\s+(?:(?:in|at|by|among|within|inside)\s+(?:[\w'\x{2019}-]+\s+){1,4})?as|(?:declared|listed|registered|entered|marked|labell?ed|recorded|described)\s+(?:on|in)\s+(?:(?:the|its|their)\s+)?(?:[\w-]+\s+)?(?:invoices?|forms?|manifests?|paperwork|declarations?|records?|registers?|documents?|filings?|labels?)\s+as|(?:classified|categori[sz]ed|designated|rated|graded)\s+as)(?:\s+(?:the|a|an))?\s*$"
    )
}

/// ""Accurate", "Mostly accurate", "Misleading" or "False"": a quotation in a series of
/// three or more short, capitalised ones, set apart only by commas and "or" or "and",
/// lists names (a rating scale, products), not what someone said.
fn in_a_series(text: &str, open: usize, after: usize) -> bool {
    const MARKS: &[char] = &[
        '"', '\u{201c}', '\u{201d}', '\u{2018}', '\u{2019}', '\'', '\u{ab}', '\u{bb}',
    ];
    // (A neighbour is at most this many bytes long, and the gap before it a few bytes: the
    // search looks no further, so that every quotation costs the same.)
    const ITEM: usize = 40;
    const GAP: usize = 6;
    let item = |quoted: &str| {
        let words = quoted.trim_matches(MARKS).trim_end_matches(',');
        words.starts_with(char::is_uppercase)
            && few_words(words, 4)
            && !words.contains(['.', '!', '?'])
    };
    // Only a comma, "or", "and" or ", or" between two of them.
    let separator = |gap: &str| {
        let gap = gap.trim();
        let bare = gap.strip_prefix(',').unwrap_or(gap).trim();
        gap == "," || matches!(bare, "or" | "and")
    };
    // The last mark in `text[from..to]`, and the first, as byte ranges of the mark.
    let last_mark = |from: usize, to: usize| {
        let from = floor_boundary(text, from);
        text[from..to]
            .char_indices()
            .rev()
            .find(|(_, c)| MARKS.contains(c))
            .map(|(i, c)| from + i..from + i + c.len_utf8())
    };
    let first_mark = |from: usize, to: usize| {
        let to = floor_boundary(text, to);
        text[from..to]
            .char_indices()
            .find(|(_, c)| MARKS.contains(c))
            .map(|(i, c)| from + i..from + i + c.len_utf8())
    };
    if !item(&text[open..after]) {
        return false;
    }
    let mut items = 1;
    // Backwards: `"A", ` before this one.
    let mut at = open;
    while items < 3 {
        let Some(close) = last_mark(at.saturating_sub(GAP + 4), at) else {
            break;
        };
        let Some(opening) = last_mark(close.start.saturating_sub(ITEM), close.start) else {
            break;
        };
        if !separator(&text[close.end..at]) || !item(&text[opening.start..close.end]) {
            break;
        }
        items += 1;
        at = opening.start;
    }
    // Forwards: `, "B" or "C"` after it.
    let mut at = after;
    while items < 3 {
        let Some(opening) = first_mark(at, at + GAP + 4) else {
            break;
        };
        let Some(close) = first_mark(opening.end, opening.end + ITEM) else {
            break;
        };
        if !separator(&text[at..opening.start]) || !item(&text[opening.end..close.start]) {
            break;
        }
        items += 1;
        at = close.end;
    }
    items >= 3
}

/// "President Eduardo "Dodong" Salcedo-Ravel": a nickname between a first name and a
/// surname (in a sentence of ordinary case).
fn nickname_in_name(before: &str, words: &str, after: &str) -> bool {
    let capitalised = |w: &str| {
        let mut chars = w.chars();
        chars.next().is_some_and(char::is_uppercase)
            && chars.clone().next().is_some()
            && chars.all(|c| c.is_lowercase() || c == '-')
    };
    let first_name = before
        .strip_suffix(' ')
        .and_then(|b| b.rsplit(' ').next())
        .is_some_and(capitalised);
    let surname = after
        .strip_prefix(' ')
        .and_then(|a| a.split([' ', ',', '.', '\'', '\u{2019}']).next())
        .is_some_and(|w| w.len() >= 2 && w.starts_with(char::is_uppercase));
    first_name
        && surname
        && few_words(words, 2)
        && words
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic))
}

/// "he said in TVM24's "One on One"", "she told "Rzeczpospolita"": a programme or a paper
/// named in capitals after an outlet's possessive or "told".
fn outlet_title(before: &str, words: &str) -> bool {
    let end = before.trim_end();
    if !(end.ends_with("'s") || end.ends_with("\u{2019}s") || end.ends_with("told")) {
        return false;
    }
    let capitalised = !words.is_empty()
        && few_words(words, 5)
        && !words.contains(['.', '!', '?', ',', ':', ';'])
        && words.split_whitespace().all(|w| {
            w.chars().filter(|c| c.is_alphabetic()).count() < 3 || w.starts_with(char::is_uppercase)
        });
    let after_possessive = regex!(r"(?:^|\s)(?:on|in)\s+[\w-]+(?:'s|\x{2019}s)\s*$");
    let after_told = regex!(r"(?:^|\s)told\s*$");
    capitalised
        && (after_possessive.is_match(before)
            || (after_told.is_match(before)
                && word_count(words) == 1
                && words.chars().count() >= 6))
}

/// "Read also | «…»", "Commentary on page 1: „…“": a paragraph that points to another
/// article by its headline.
fn cross_reference() -> &'static Regex {
    regex!(
        r"(?i)^\s*(?:read\s+(?:also|more)|see\s+also|also\s+read|related(?:\s+(?:article|story|stories|coverage))?|more\s+on\s+this(?:\s+story)?|(?:commentary|editorial|analysis|opinion)(?:\s+on\s+page\s+\d+)?)\s*[|:\x{2013}\x{2014}-]\s*$"
    )
}

/// "a document with a bureaucratic title:", "a nickname –": what follows is a name,
/// however long.
fn named_kind() -> &'static Regex {
    regex!(
        r"(?i)(?-u:\b)(?:title|headline|heading|slogan|motto|nickname|codename|code\s+name|name)\s*$"
    )
}

/// "the so-called "…"", "a show titled "…"", "dubbed the "…"": words the text marks as a
/// name ("called the guarantee programme "a subsidy for risk"" is what someone called it).
/// Other ways a text marks what it quotes as a name or as words, not as anyone's saying:
/// "phrases such as", "what one outlet headlined as", a charge one is sentenced for, a sign
/// set off by dashes, words painted on a wall before a colon. (Apart from
/// `strong_label_marker`, whose size a longer pattern would make slow to match.)
fn marked_as_words() -> &'static Regex {
    regex!(
        r"(?i)(?:(?:words?|terms?|phrases?|expressions?|formulations?|wording|language)\s+(?:such\s+as|like|including)|headlined\s+as|(?-u:\b)(?:sentenced|convicted|jailed|fined|prosecuted|indicted)(?-u:\b)[^.;:!?\x22\x{201c}]{0,140}\s(?:for|of)|(?-u:\b)(?:sign|banner|placard|poster|billboard)s?\s*[\x{2014}\x{2013}]|(?-u:\b)(?:painted|scrawled|carved|sprayed|spray-painted|stencilled|stenciled|chalked|inscribed)(?-u:\b)[^.;!?\x22\x{201c}]{0,60}:)\s*$"
    )
}

fn marked_as_name(before: &str, words: &str, after: &str) -> bool {
    let words = words.trim_end_matches(['.', ',']);
    // ("Diplomats have taken to calling the strip "…"": a habit, not one saying.)
    let habit = regex!(&format!(r"(?i){TAKEN_TO_CALLING}$"));
    // ("calling the so-called "…" option" marks a name, whoever calls it what.)
    let so_called = regex!(r"(?i)so[-\s]called\s*$");
    let called_it = named_object().is_match(before)
        && !title_case(words)
        && !habit.is_match(before)
        && !so_called.is_match(before);
    (strong_label_marker().is_match(before)
        && !called_it
        && !words_then_predicate(before, words, after))
        || marked_as_words().is_match(before)
        || named_with_article().is_match(before)
        || named_in_use().is_match(before)
        || filed_as().is_match(before)
        || (few_words(words, 5)
            && !words.contains(['.', '!', '?'])
            && what_people_call().is_match(before))
}

/// What stands between two quotations of one list: "and", "or", "nor" or a comma.
fn only_a_conjunction() -> &'static Regex {
    regex!(r"^\s*,?\s*(?:and|or|nor)?\s*$")
}

/// `, or "assist"`, ` or only "after consultations."`: a word or two in quotation marks,
/// weighed against the first.
fn another_wording() -> &'static Regex {
    regex!(
        r#"^[,.]?\s+(?:or|rather\s+than|instead\s+of)\s+(?:only\s+|even\s+|simply\s+|merely\s+|just\s+)?["\x{201c}\x{2018}'\x{00ab}\x{201e}]\s*\p{Ll}[^"\x{201c}\x{201d}\x{2018}\x{2019}'\x{00ab}\x{00bb}\x{201e}\s]*(?:\s[^"\x{201c}\x{201d}\x{2018}\x{2019}'\x{00ab}\x{00bb}\x{201e}\s]+)?["\x{201d}\x{2019}'\x{00bb}\x{201c}]"#
    )
}

/// `"automatically" or only `: the first of two wordings, before the second.
fn wording_before() -> &'static Regex {
    regex!(
        r#"["\x{201c}\x{2018}'\x{00ab}\x{201e}]\s*\p{Ll}[^"\x{201c}\x{201d}\x{2018}\x{2019}'\x{00ab}\x{00bb}\x{201e}\s]*(?:\s[^"\x{201c}\x{201d}\x{2018}\x{2019}'\x{00ab}\x{00bb}\x{201e}\s]+)?["\x{201d}\x{2019}'\x{00bb}\x{201c}][,.]?\s+(?:or|rather\s+than|instead\s+of)\s+(?:only\s+|even\s+|simply\s+|merely\s+|just\s+)?$"#
    )
}

/// "whether the text should say …", "the word …": a sentence about wording.
fn about_wording() -> &'static Regex {
    regex!(
        r"(?i)(?-u:\b)(?:whether|between|words?|terms?|wording|says?|reads?|if\s+it\s+means)(?-u:\b)"
    )
}

/// "the president's words "require no interpretation."": what follows "words", ending the
/// clause, is what they do, so the quotation is speech ("the words "may include" have been
/// underlined" names words).
fn words_then_predicate(before: &str, words: &str, after: &str) -> bool {
    let mut it = words.split_whitespace();
    let (Some(first), Some(second)) = (it.next(), it.next()) else {
        return false;
    };
    regex!(r"(?i)(?-u:\b)words\s*$").is_match(before)
        && !after
            .trim_start_matches([' ', '\u{a0}'])
            .starts_with(char::is_alphanumeric)
        && first.chars().all(char::is_lowercase)
        && (starts_like_predicate(words)
            || matches!(
                second,
                "no" | "not" | "the" | "a" | "an" | "nothing" | "every" | "all" | "any"
            ))
}

/// "Her regulars jokingly call the ceasefire "…"", "people call it "…"": what a group
/// calls something, in the present tense, is a name in use ("I call it "…"" is speech).
fn what_people_call() -> &'static Regex {
    regex!(
        r"(?i)(?-u:\b)(?:they|people|[a-z]+s)\s+(?:[a-z]+ly\s+)?call\s+(?:it|them|this|that|the(?:\s+[\w-]+(?:\s+[\w-]+)?)?)\s+$"
    )
}

/// "what Templatyn calls "priority resilience zones"": a term someone uses, in the present
/// tense, is a name; "what he called "a betrayal"" or "what one of them calls "the world's
/// most expensive promise"" is what they said.
fn habitual_term(before: &str, words: &str) -> bool {
    habitual_name().is_match(before) && term_like(words)
}

/// Words that open with a verb, an auxiliary or a preposition ("welcomes every contribution",
/// "must be credible", "for many months"): part of a sentence, not a name.
fn starts_like_predicate(words: &str) -> bool {
    let Some(first) = words.split_whitespace().next() else {
        return false;
    };
    // "strictly defensive", "genuinely neutral": an adverb in -ly opens a phrase, not a name.
    let adverb = first.len() >= 6
        && first.ends_with("ly")
        && !matches!(
            first,
            "family"
                | "assembly"
                | "supply"
                | "anomaly"
                | "monopoly"
                | "butterfly"
                | "weekly"
                | "monthly"
                | "yearly"
                | "daily"
        );
    // "the treaty "mortgages Fictonian foreign policy"", "the alliance "stands ready to
    // support"": a verb in -s, then its object or what goes with it.
    let second = words.split_whitespace().nth(1).unwrap_or("");
    let verb_and_object = first.len() >= 5
        && first.ends_with('s')
        && !first.ends_with("ss")
        && !first.ends_with("us")
        && !first.ends_with("is")
        && words.split_whitespace().count() >= 3
        && (second.starts_with(char::is_uppercase)
            || matches!(
                second,
                "the"
                    | "a"
                    | "an"
                    | "its"
                    | "their"
                    | "his"
                    | "her"
                    | "our"
                    | "every"
                    | "all"
                    | "any"
                    | "no"
                    | "ready"
                    | "to"
                    | "that"
                    | "nothing"
                    | "everything"
            ));
    first.chars().next().is_some_and(char::is_lowercase)
        && words.split_whitespace().count() >= 2
        && (adverb
            || verb_and_object
            || super::reported::verb_like(first).is_some()
            || super::speakers::is_auxiliary(first)
            || matches!(
                first,
                "remains"
                    | "welcomes"
                    | "keeps"
                    | "wants"
                    | "needs"
                    | "for"
                    | "within"
                    | "until"
                    | "by"
                    | "after"
                    | "before"
                    | "during"
                    | "without"
                    | "with"
                    | "from"
                    | "well"
                    | "not"
                    | "never"
                    | "only"
            ))
}

/// "the phrase of the week is", "the buzzword in the corridors was": what follows is the
/// phrase, not anyone's sentence.
fn phrase_is() -> &'static Regex {
    regex!(
        r"(?i)(?-u:\b)(?:word|words|phrase|term|slogan|buzzword|catchphrase|mantra|refrain)(?:\s+[\w'\x{2019}-]+){0,4}\s+(?:is|was|remains)\s*$"
    )
}

/// A word made an adjective by its ending ("worthless", "provocative", "historic").
fn adjective(word: &str) -> bool {
    [
        "less", "ful", "ous", "ive", "able", "ible", "al", "ic", "ary", "ant", "ent",
    ]
    .iter()
    .any(|end| word.len() > end.len() + 2 && word.ends_with(end))
}

/// Words that can be a name for something: short, with no article or pronoun of their own.
fn term_like(words: &str) -> bool {
    term_of_at_most(words, 5)
}

/// `term_like` for a term of at most `n` words.
fn term_of_at_most(words: &str, n: usize) -> bool {
    few_words(words, n)
        && !matches!(
            words
                .split_whitespace()
                .next()
                .map(str::to_lowercase)
                .as_deref(),
            Some("the" | "a" | "an" | "this" | "that" | "their" | "his" | "her" | "its")
        )
        && !super::text::has_personal_pronoun(words)
}

/// "Allies to deploy air defence "umbrella" over the west": one quoted word after two
/// nouns ends a compound noun, a term rather than words someone said ("calls the summit
/// "theatre"", "would provide "enablers"" are not).
fn compound_head(before: &str, words: &str) -> bool {
    let mut lead = before.trim_end().rsplit(' ');
    let (Some(last), Some(second)) = (lead.next(), lead.next()) else {
        return false;
    };
    // "wants Exampleland "backstop"": a name can be the first noun ("leave Norlandia
    // "naked"", "travel to Templatyn "soon"" are not).
    let name = last.starts_with(char::is_uppercase)
        && last.chars().all(char::is_alphabetic)
        && noun_like(words);
    (noun_like(last) || name)
        && noun_like(second)
        && words.len() > 2
        && words.chars().all(|c| c.is_lowercase() || c == '-')
}

/// "the Vallmark-led "reassurance force"", "the US-brokered "peace plan"": a thing named
/// after whoever leads or backs it.
fn led_by() -> &'static Regex {
    regex!(
        r"(?i)(?-u:\b)(?:the|a|an|any|its|their|this|that)\s+[\w'\x{2019}]+-(?:led|backed|brokered|run|sponsored|funded|financed|proposed|drafted|organi[sz]ed|controlled|installed|supplied|provided|built|made|owned|operated|style)\s+$"
    )
}

/// "she prefers to talk about "commitments"": a word someone would rather use.
fn preferred_word() -> &'static Regex {
    regex!(
        r"(?i)(?-u:\b)(?:prefers?|preferred|preferring|rather)\s+(?:to\s+)?(?:talk\s+about|talk\s+of|speak\s+about|speak\s+of|say|use|call\s+(?:it|them))\s+(?:the\s+(?:word|term)\s+)?$"
    )
}

/// "some capitals preferred "…"": one word chosen over another.
fn preferred_alone() -> &'static Regex {
    regex!(r"(?-u:\b)(?:prefers|preferred|preferring)\s+$")
}

/// Quoted words between a determiner (and a word or two) and a noun that ends the phrase:
/// "the sanctions "…" mechanism.", "a nonbinding "…" resolution on".
fn modifies_noun(before: &str, after: &str) -> bool {
    let lead: Vec<&str> = before.split_whitespace().rev().take(3).collect();
    let determiner = |w: &str| matches!(w, "the" | "a" | "an");
    // ("nonbinding", "sanctions": a modifier in lower case that is no verb of saying.)
    let modifier = |w: &str| {
        w.len() > 2
            && w.chars().all(|c| c.is_ascii_lowercase() || c == '-')
            && super::reported::verb_like(w).is_none()
            && !super::speakers::is_auxiliary(w)
    };
    let opens_phrase = match lead.as_slice() {
        [d, ..] if determiner(d) => true,
        [w, d, ..] if determiner(d) => modifier(w),
        [w, v, d] if determiner(d) => modifier(w) && modifier(v),
        _ => false,
    };
    let mut rest = after.split_whitespace();
    let noun = rest.next().unwrap_or("");
    let ends = noun.ends_with(['.', ',', ';', ':'])
        || rest.next().is_some_and(|w| {
            matches!(
                w,
                "on" | "of"
                    | "for"
                    | "to"
                    | "in"
                    | "that"
                    | "which"
                    | "and"
                    | "or"
                    | "was"
                    | "is"
                    | "would"
                    | "will"
            )
        });
    opens_phrase
        && before.ends_with(' ')
        && after.starts_with(' ')
        && noun_like(noun.trim_end_matches(['.', ',', ';', ':']))
        && ends
}

/// Words that judge rather than name, in lower case: adjectives joined ("useful and
/// responsible") or graded ("very good", "deeply worrying").
fn appraisal(words: &str) -> bool {
    let words: Vec<&str> = words.split_whitespace().collect();
    let lower = words
        .iter()
        .all(|w| w.chars().all(|c| !c.is_alphabetic() || c.is_lowercase()));
    let joined = words.len() >= 3
        && words[1..words.len() - 1]
            .iter()
            .any(|w| matches!(*w, "and" | "but" | "yet" | "if"))
        || words.len() >= 2 && words[0].ends_with(',');
    let graded = words.len() >= 2
        && matches!(
            words[0],
            "very"
                | "extremely"
                | "deeply"
                | "truly"
                | "highly"
                | "absolutely"
                | "completely"
                | "totally"
                | "entirely"
                | "fully"
                | "really"
                | "too"
                | "most"
                | "utterly"
                | "hugely"
                | "incredibly"
        );
    lower && (joined || graded)
}

/// A number, and perhaps a word in capitals, before the quotation ("three Norlandian ").
fn counted(before: &str) -> bool {
    let mut lead = before.split_whitespace().rev();
    let (Some(last), Some(second)) = (lead.next(), lead.next()) else {
        return false;
    };
    let number = |w: &str| {
        w.bytes().all(|b| b.is_ascii_digit() || b == b',')
            || super::dates::number(w).is_some_and(|n| n >= 2)
            || matches!(w, "dozens" | "hundreds" | "thousands" | "several")
    };
    before.ends_with(' ')
        && (number(last) || (last.starts_with(char::is_uppercase) && number(second)))
}

/// An article, a word or two, and the quotation sized after it ("a multinational "…" of up
/// to 12,000 troops").
fn sized(before: &str, after: &str) -> bool {
    let article = before
        .split_whitespace()
        .rev()
        .take(3)
        .any(|w| matches!(w, "a" | "an"));
    let size = regex!(r"^ of (?:up to |about |around |some |more than |at least )?[\d,]+ ");
    article && before.ends_with(' ') && size.is_match(after)
}

/// Quoted words after a determiner and before a participle with "by" ("any "ad hoc court"
/// created by", "the "reassurance force" led by").
fn made_by(before: &str, after: &str) -> bool {
    let determiner = matches!(
        before.split_whitespace().next_back(),
        Some("any" | "the" | "a" | "an" | "this" | "that" | "such")
    );
    let mut rest = after.split_whitespace();
    let participle = rest.next().is_some_and(|w| {
        w.len() > 4 && w.ends_with("ed") && w.chars().all(|c| c.is_ascii_lowercase())
    });
    determiner
        && before.ends_with(' ')
        && after.starts_with(' ')
        && participle
        && rest.next() == Some("by")
}

/// "The joint statement, issued after the signing, reads in full:" as the paragraph before
/// a quotation that opens its own: the document whose words it is.
fn document_introduces(doc: &super::text::Doc<'_>, s: usize, piece: &Piece) -> Option<String> {
    let text = doc.text;
    let para = doc.paragraphs[piece.para].clone();
    if piece.para == 0 || !text[para.start..piece.open].trim().is_empty() {
        return None;
    }
    let intro = (0..s)
        .rev()
        .take_while(|&k| doc.sentences[k].para + 1 >= piece.para)
        .find(|&k| doc.sentences[k].para + 1 == piece.para)?;
    let range = doc.sentences[intro].range.clone();
    if !text[range.clone()].trim_end().ends_with(':') {
        return None;
    }
    let earlier_start = doc.sentences[intro.saturating_sub(3)].range.start;
    super::documents::wording_before(&text[range.clone()], &text[earlier_start..range.start])
}

/// "calls for", "speaks of": verbs whose object is a thing, so that two words quoted after
/// them are a term ("The group's first paper calls for "patient guarantees"").
fn names_a_term() -> &'static Regex {
    regex!(r"(?i)(?-u:\b)(?:calls\s+for|speaks\s+of|refers\s+to|mentions)\s+(?:a|an|the)?\s*$")
}

/// "The cover note calls the package", "the memo describes the plan as": what a document
/// calls something.
fn document_calls() -> &'static Regex {
    regex!(
        r"(?-u:\b)(?i)(?:the|its|a|this)\s+(?:cover\s+|draft\s+|internal\s+)?(?:note|document|draft|text|memo|paper)\s+(?:also\s+)?(?:calls|describes)\s+(?:it|them|the\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:as\s+)?$"
    )
}

/// "It calls the package", opening its sentence.
fn it_calls() -> &'static Regex {
    regex!(
        r"^\s*It\s+(?:also\s+)?(?:calls|describes)\s+(?:it|them|the\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:as\s+)?$"
    )
}

/// Whether sentence `s` ends by naming a document ("Playbook has seen the cover note.").
fn ends_with_document(doc: &super::text::Doc<'_>, s: usize) -> bool {
    let sentence = doc.text[doc.sentences[s].range.clone()].trim_end_matches(['.', ' ', '\n']);
    sentence.rsplit(' ').next().is_some_and(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "note" | "document" | "draft" | "text" | "memo" | "paper" | "letter" | "report"
        )
    })
}

/// A lower-case word that is neither a function word nor a verb form.
fn noun_like(word: &str) -> bool {
    word.len() > 2
        // ("air-defence" too.)
        && word.chars().all(|c| c.is_ascii_lowercase() || c == '-')
        && !word.starts_with('-')
        && !word.ends_with("ly")
        && !word.ends_with("ed")
        && !word.ends_with("ing")
        && super::reported::verb_like(word).is_none()
        && !super::speakers::is_auxiliary(word)
        && !matches!(
            word,
            "the"
                | "and"
                | "but"
                | "for"
                | "nor"
                | "yet"
                | "its"
                | "his"
                | "her"
                | "our"
                | "their"
                | "your"
                | "this"
                | "that"
                | "these"
                | "those"
                | "been"
                | "being"
                | "not"
                | "any"
                | "all"
                | "some"
                | "who"
                | "which"
                | "what"
                | "whose"
                | "with"
                | "from"
                | "into"
                | "onto"
                | "over"
                | "under"
                | "about"
                | "than"
                | "then"
                | "also"
                | "just"
                | "only"
                | "very"
                | "more"
                | "most"
                | "less"
                | "such"
                | "own"
                | "call"
                | "calls"
                | "say"
                | "says"
                | "seem"
                | "seems"
                | "remain"
                | "remains"
                | "become"
                | "becomes"
                | "look"
                | "looks"
                | "sound"
                | "sounds"
                | "feel"
                | "feels"
                | "him"
                | "them"
                | "they"
                | "she"
                | "you"
                | "it"
                | "one"
                | "out"
                | "off"
                | "via"
                | "per"
                | "amid"
                | "upon"
                | "within"
                | "without"
                | "against"
                | "toward"
                | "towards"
                | "like"
                | "unlike"
                | "whether"
                | "because"
                | "while"
                | "when"
                | "provide"
                | "give"
                | "make"
                | "take"
                | "see"
                | "keep"
                | "put"
                | "get"
                | "use"
                | "send"
                | "deploy"
        )
}

/// "Al Jazeera's "Counterpoint" programme", "the "Skyline" plan": a quotation followed by the
/// kind of thing it names is that thing's name.
fn names_what_follows(after: &str, words: &str) -> bool {
    let next = after
        .trim_start()
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    few_words(words, 5)
        && !super::text::has_personal_pronoun(words)
        && matches!(
            next,
            "programme"
                | "program"
                | "show"
                | "podcast"
                | "newspaper"
                | "magazine"
                | "series"
                | "documentary"
                | "broadcast"
                | "plan"
                | "doctrine"
                | "initiative"
                | "operation"
                | "exercise"
                | "exercises"
                | "formula"
                | "format"
                | "mission"
                | "group"
                | "coalition"
                | "treaty"
                | "agreement"
                | "declaration"
                | "framework"
                | "clause"
        )
}

/// "Officials … have privately described the force as a "tripwire"", "an arrangement
/// officials in the Union describe as a "reparations loan"": a word a group uses for
/// something is a term in circulation, not one person's words. So is one the text defines
/// next ("Diplomats describe it as money "in escrow" – waiting for the treaty").
fn collective_term(before: &str, words: &str, defined_next: bool) -> bool {
    let re = regex!(&format!(
        r"(?i)(?-u:\b)(?:{GROUPS}|they|some|many)(?:\s+[\w'\x{{2019}}-]+){{0,6}}?\s+(?:(?:have|has|had|are|were|often|long|privately|publicly|widely|repeatedly|already|now|been)\s+)*(?:calls?|called|calling|describes?|described|describing|dubs?|dubbed|dubbing|terms?|termed|refers?\s+to|referred\s+to)(?-u:\b)[^.;!?\x{{201c}}\x{{201d}}\x{{ab}}\x{{bb}}\x{{22}}]{{0,60}}?\s(?:as\s+)?(?:(?:a|an|the)\s+)?$|(?:described|referred\s+to|known)\s+in\s+(?:the|a|an)\s+(?:[\w-]+\s+){{1,2}}as\s+(?:(?:a|an|the)\s+)?$|(?:described|referred\s+to|dismissed|derided)\s+by\s+(?:some\s+|many\s+|several\s+|other\s+)?(?:{GROUPS})\s+as\s+(?:(?:a|an|the)\s+)?$"
    ));
    // The article before the marks or inside them ("call "the paper shield"").
    let lead = before.trim_end().rsplit(' ').next().unwrap_or("");
    let article = matches!(lead, "a" | "an" | "the")
        || matches!(
            words.split_whitespace().next(),
            Some("the" | "The" | "a" | "A" | "an" | "An")
        );
    // ("described it as proof of "war fatigue"".)
    let of_something = lead == "of";
    // ("a design officials describe as "no single off-switch"", in the present tense: a
    // term in use; "privately described as "carefully chosen"" is what they said.)
    let described_as = lead == "as"
        && matches!(
            before.trim_end().rsplit(' ').nth(1),
            Some("describe" | "describes" | "refer" | "refers")
        );
    few_words(words, 3)
        && (article || defined_next || of_something || described_as)
        && !super::text::has_personal_pronoun(words)
        && !words.contains(['.', '!', '?'])
        && re.is_match(before)
}

/// "Officials keep talking about "strategic patience"": a term a group uses.
fn talked_about() -> &'static Regex {
    regex!(&format!(
        r"(?i)(?-u:\b)(?:{GROUPS}|people|everyone|everybody|politicians|ministers|they)\s+(?:[\w-]+\s+){{0,2}}?(?:talk|talks|talking|talked|speak|speaks|speaking|spoke)\s+(?:instead\s+)?(?:about|of)\s+$"
    ))
}

/// "calls this contact group a "…"", "calls the war its "…"": a present-tense naming with
/// the determiner outside.
fn calls_it_a() -> &'static Regex {
    regex!(
        r"(?-u:\b)(?:calls|dubs|terms|brands)\s+(?:[\w'\x{2019}-]+\s+){1,4}?(?:a|an|the|its|their|his|her|our)\s+$"
    )
}

/// "a draft … describes a", "the document envisages the": a term a document uses.
fn document_term() -> &'static Regex {
    regex!(
        r"(?i)(?-u:\b)(?:draft|document|text|report|paper|memo|memorandum|communique|declaration|treaty)\s+(?:[\w,'\x{2019}-]+\s+){0,6}?(?:describes|described|mentions|mentioned|envisages|envisaged|envisions|proposes|proposed|outlines|outlined|sets\s+out|refers\s+to)\s+(?:a|an|the)\s+$"
    )
}

/// "which is diplomat-speak for", "which is Harbourg for", "shorthand for": words glossed
/// ("which is vital for" is not).
fn gloss() -> &'static Regex {
    regex!(
        r"(?-u:\b)(?:[Ww]hich|[Tt]hat)\s+is\s+(?:[A-Z][\w-]*|\w+-speak|shorthand|code|jargon|euphemism|parlance)\s+for\s+$|(?-u:\b)(?:\w+-speak|jargon|shorthand|code|euphemism|parlance)\s+for\s+$"
    )
}

/// "a statement on the", "a resolution about", "speeches about", "claims of": what a
/// document, a speech or a claim is about.
fn document_about() -> &'static Regex {
    regex!(
        r"(?i)(?-u:\b)(?:(?:statement|resolution|motion|bill|declaration|report|speeches|lectures|slogans|headlines)\s+(?:on|about|regarding|concerning)\s+(?:the\s+)?|(?:claims|cries|charges|accusations|allegations)\s+of\s+)$"
    )
}

/// "the term sheets show that losses caused by": a document's words in what it shows.
fn document_shows() -> &'static Regex {
    regex!(
        r"(?i)(?-u:\b)(?:sheets?|documents?|drafts?|texts?|papers?|memos?|minutes|records?|filings?)\s+(?:[\w-]+\s+){0,3}?(?:show|shows|showed|reveal|reveals|revealed|stipulate|stipulates|stipulated|specify|specifies|specified)\s+that\s+(?:[\w,'\x{2019}-]+\s+){0,8}$"
    )
}

/// "contain a new phrase:", "labelled, in black marker,": what a text or a label shows.
fn words_shown() -> &'static Regex {
    regex!(
        r"(?i)(?:(?-u:\b)(?:term|word|words|phrase|expression|slogan|motto|hashtag|nickname)\s*:|(?-u:\b)(?:a|the|their|its|his|her)\s+(?:[\w-]+\s+)?(?:phrase|expression|saying|slogan|motto)\s*,|(?-u:\b)(?:labell?ed|marked|stamped|captioned)\s*(?:,[^,.;:]{1,40},)?)\s*$"
    )
}

/// "nobody says "peace"", "few use the word "truce"": a word whose use is talked about.
/// "… what "necessary" means": the words after a word whose meaning is asked.
fn meaning_asked() -> &'static Regex {
    regex!(r"^\s+(?:means|meant|mean|stands\s+for)(?-u:\b)")
}

fn word_mentioned() -> &'static Regex {
    regex!(
        r"(?i)(?-u:\b)(?:nobody|no\s+one|few|everyone|everybody|anyone|hardly\s+anyone)\s+(?:[\w-]+\s+){0,2}?(?:says|said|say|uses|used|use|mentions|mentioned|utters|uttered)\s+(?:the\s+word\s+)?$"
    )
}

/// "what he called a "…"": an article before the quotation marks.
fn named_with_a() -> &'static Regex {
    regex!(r"(?i)(?-u:\b)(?:called|calls|dubbed|termed)\s+(?:it\s+)?(?:the|a|an)\s+$")
}

/// "what her team calls the "…"", "what officials refer to as "…"".
fn habitual_name() -> &'static Regex {
    regex!(
        r"(?i)(?-u:\b)what\s+(?:[\w'\x{2019}-]+\s+){1,5}?(?:calls|call|dubs|dub|terms|term|refers\s+to\s+as|refer\s+to\s+as|describes?\s+as|derides?\s+as|likes?\s+to\s+call|(?:(?:have|has|had)\s+been|are|is|were|was)\s+(?:calling|dubbing|terming))\s+(?:(?:the|a|an|its|their|his|her|our)\s+)?$"
    )
}

/// "nicknamed the "…"", "dubbed it the "…"".
fn named_with_article() -> &'static Regex {
    regex!(&format!(
        r"(?i)(?:so[-\s]called|dubbed|nicknamed|{KNOWN_AS}|code[-\s]?named|named)\s+(?:(?:it|them|him|her|this|that)\s+)?(?:the|a|an)\s*$"
    ))
}

fn label_marker() -> &'static Regex {
    regex!(
        r"(?i)(?:so[-\s]called|dubbed|nicknamed|known\s+as|titled|entitled|named|code[-\s]?named|headlined|under\s+the\s+(?:slogan|banner|name|title|heading)|(?:the|a|an|its|their|his|her|our|my|your|this)\s+(?:[\w'\x{2019}-]+\s+){0,3}(?:plan|operation|initiative|doctrine|strategy|formula|format|exercise|campaign|project|coalition|group|movement|party|alliance|deal|agreement|treaty|accord|summit|conference|law|bill|act|resolution|declaration|report|study|paper|framework|mechanism|mission|force|concept|platform|fund|package|programme's|brand|company|organisation|organization|channel|website|app|application|portal|hotline|scheme|register|registry|database|dashboard|tracker|newsletter|network|club|association|council|forum|format|process|roadmap|road\s+map|blueprint|proposal|document|manifesto|memo|memorandum|code|codename|exercises|drills|operations))\s*$"
    )
}

/// Where a quotation's attribution came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Attribution {
    /// `"…," said X` / `"…," X said` / `"…", according to X`.
    After,
    /// `X said: "…"`, with at most a few words between the verb and the quotation.
    Before,
    /// `X called the plan "…"`: a verb and more words before a partial quotation.
    Partial,
    None,
}

/// "The so-called security guarantees that …": the term after an unquoted "so-called",
/// and its shorter endings ("guarantees"), are names wherever the text quotes them.
fn so_called_unquoted(text: &str) -> Vec<String> {
    let re = regex!(r"(?i)(?-u:\b)so[-\s]called\s+([\w-]+(?:\s+[\w-]+){0,2})");
    let mut terms = Vec::new();
    for c in re.captures_iter(text) {
        let mut words: Vec<String> = c[1].split_whitespace().map(str::to_lowercase).collect();
        // The phrase ends before a word that opens what follows it.
        if let Some(stop) = words.iter().position(|w| {
            matches!(
                w.as_str(),
                "that"
                    | "which"
                    | "who"
                    | "for"
                    | "of"
                    | "to"
                    | "in"
                    | "on"
                    | "is"
                    | "are"
                    | "was"
                    | "were"
                    | "and"
                    | "or"
                    | "by"
                    | "with"
                    | "would"
                    | "will"
            )
        }) {
            words.truncate(stop);
        }
        for k in 0..words.len() {
            terms.push(words[k..].join(" "));
        }
    }
    terms
}

/// What the quotation pass remembers from one sentence to the next.
#[derive(Default)]
pub(super) struct QuoteState {
    /// (speaker, paragraph, sentence, said_on) of the last attributed quotation.
    last: Option<(Option<usize>, usize, usize, Option<crate::values::Day>)>,
    /// The text in lower case, once a term is looked up in it.
    lower: Option<String>,
    /// How many terms were looked up.
    looked_up: usize,
    /// The quoted terms the text itself marks as names ("the so-called «reassurance
    /// force»"), in lower case: labels wherever they are quoted.
    named_terms: Option<Vec<String>>,
    /// Who has been quoted so far and how often, in the order they were first quoted: the
    /// one a transcript's bare "A:" answers for.
    quoted: Vec<(usize, usize)>,
    /// A transcript's labels and who they were read as.
    labels: Vec<(String, usize)>,
    /// Who answers an interview's questions (see `answers_a_question`), and the paragraph
    /// of the last answer.
    answerer: Option<usize>,
    answered_at: Option<usize>,
    /// A transcript's labels of initials and the names they stand for, as token ranges.
    initials: Vec<(String, Option<std::ops::Range<usize>>)>,
    /// Short quotations of the last sentence that no attribution reached (start, end):
    /// words of whoever the sentence reports, if it reports anyone ("The guarantee is
    /// 'worthless' without jets, warns former air chief").
    pub(super) unattributed: Vec<(usize, usize)>,
}

impl QuoteState {
    /// A transcript's label of initials ("OF:") stands for the name the text spells out
    /// with them ("INTERVIEW: ODILE FARRANT MP, DEFENCE MINISTER"): the first two or three
    /// capitalised words with those initials, as tokens.
    fn initials_named(
        &mut self,
        doc: &super::text::Doc<'_>,
        label: &str,
    ) -> Option<std::ops::Range<usize>> {
        let n = label.len();
        if !(2..=3).contains(&n) || !label.bytes().all(|b| b.is_ascii_uppercase()) {
            return None;
        }
        if let Some((_, named)) = self.initials.iter().find(|(l, _)| l == label) {
            return named.clone();
        }
        let toks = &doc.toks;
        let spelled = |window: &std::ops::Range<usize>| {
            toks[window.clone()]
                .iter()
                .zip(label.bytes())
                .all(|(t, initial)| {
                    t.is_word()
                        && t.cap
                        && t.lower.len() >= 2
                        && t.lower.as_bytes()[0] == initial.to_ascii_lowercase()
                })
        };
        // The name as the text writes it in running words ("Duncan Ferrier, thank you")
        // before a heading's capitals.
        let windows = || (0..toks.len().saturating_sub(n - 1)).map(|i| i..i + n);
        let named = windows()
            .find(|w| spelled(w) && toks[w.clone()].iter().all(|t| !t.upper))
            .or_else(|| windows().find(spelled));
        // (A few dozen labels are plenty, and keep a text of thousands of them linear.)
        if self.initials.len() < 32 {
            self.initials.push((label.to_owned(), named.clone()));
        }
        named
    }
}

/// Whether the quotation whose words start at byte `start` opens paragraph `para`, and the
/// paragraph before is a question in the reporter's words ("Are you satisfied?" then «I am
/// grateful…»). Once an interview has had an answer (at paragraph `answered_at`), the
/// interviewer's next paragraph may be a remark instead ("You are referring to the
/// memorandum.").
fn answers_a_question(
    doc: &super::text::Doc<'_>,
    para: usize,
    start: usize,
    answered_at: Option<usize>,
) -> bool {
    let Some(before) = para.checked_sub(1).and_then(|p| doc.paragraphs.get(p)) else {
        return false;
    };
    let Some(here) = doc.paragraphs.get(para) else {
        return false;
    };
    let opening = doc.text[here.clone()].trim_start();
    let Some(mark) = opening
        .chars()
        .next()
        .filter(|&c| super::text::is_open_mark(c))
    else {
        return false;
    };
    let words_at = here.end - opening.len() + mark.len_utf8();
    // (A question that opens with a quotation mark is someone's words.)
    let question = doc.text[before.clone()].trim();
    words_at <= start
        && doc.text[words_at..start].trim().is_empty()
        && (question.ends_with('?') || answered_at.is_some_and(|p| p + 2 == para))
        && !question.starts_with(super::text::is_open_mark)
}

impl QuoteState {
    /// The person quoted most so far (the first of equals), by name rather than by a
    /// description if anyone named was: who an interview's "A:" is (not the headline's
    /// "reconstruction chief" whom the story then names).
    fn most_quoted(&self, d: &Discourse<'_, '_>) -> Option<usize> {
        let rank = |&(id, n): &(usize, usize)| (d.is_named(id), n);
        let most = self.quoted.iter().map(rank).max()?;
        self.quoted
            .iter()
            .find(|q| rank(q) == most)
            .map(|&(id, _)| id)
    }

    /// Counts one more quotation, or reported statement, of `id`'s. (Reported speech counts:
    /// an interview's guest is often only reported before the questions start, "In an
    /// interview with Northwire, Solovei said…".)
    pub(super) fn count_quoted(&mut self, d: &Discourse<'_, '_>, id: usize) {
        let id = d.root(id);
        if d.entities[id].thing {
            return;
        }
        match self.quoted.iter_mut().find(|(who, _)| *who == id) {
            Some((_, n)) => *n += 1,
            None => self.quoted.push((id, 1)),
        }
    }
}

/// How far before and after a quotation its attribution is looked for, in bytes.
const WINDOW: usize = 600;

fn floor_boundary(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn words_of(s: &str) -> impl Iterator<Item = &str> {
    s.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
}

fn word_count(s: &str) -> usize {
    words_of(s).count()
}

/// At most `n` words; stops counting a long quotation after `n + 1`.
fn few_words(s: &str, n: usize) -> bool {
    words_of(s).nth(n).is_none()
}

/// Title Case: a name of something, not words spoken ("Operation Example Shield").
fn title_case(words: &str) -> bool {
    // "the Charter for European Security", "the Paper": a name after its article.
    if let Some(name) = words
        .strip_prefix("the ")
        .or_else(|| words.strip_prefix("The "))
    {
        let list: Vec<&str> = name.split_whitespace().collect();
        return !list.is_empty()
            && list.len() <= 8
            && list[0].starts_with(char::is_uppercase)
            && !words.contains(['.', '!', '?', ','])
            && list.iter().all(|w| {
                w.starts_with(char::is_uppercase)
                    || matches!(
                        *w,
                        "of" | "for"
                            | "and"
                            | "the"
                            | "on"
                            | "in"
                            | "to"
                            | "by"
                            | "over"
                            | "under"
                            | "with"
                            | "from"
                            | "without"
                    )
            });
    }
    // "Build Once, Defend Twice": a slogan's parts are each in Title Case.
    if words.contains(',') {
        return words
            .split(',')
            .all(|part| part.trim_start().starts_with(char::is_uppercase))
            && title_case(&words.replace(',', ""));
    }
    let list: Vec<&str> = words.split_whitespace().collect();
    if list.len() < 2 || list.len() > 9 || words.contains(['.', '!', '?']) {
        return false;
    }
    // The first word is capitalised anyway: a name has a capital after it ("They are not"
    // is not one).
    let significant: Vec<&&str> = list
        .iter()
        .skip(1)
        .filter(|w| {
            w.chars().filter(|c| c.is_alphabetic()).count() >= 4
                && !matches!(
                    w.to_lowercase().as_str(),
                    "with"
                        | "from"
                        | "into"
                        | "over"
                        | "upon"
                        | "about"
                        | "under"
                        | "without"
                        | "that"
                        | "this"
                        | "than"
                        | "then"
                        | "through"
                        | "after"
                        | "before"
                        | "between"
                        | "against"
                        | "within"
                        | "onto"
                        | "until"
                )
        })
        .collect();
    !significant.is_empty()
        && list[0].chars().next().is_some_and(char::is_uppercase)
        && significant
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// "the show's host, Arkady Mockov,": a description (no determiner inside it, so not "a
/// phrase its spokesman") set off by a comma before a name.
fn described_then_named(toks: &[super::text::Tok]) -> bool {
    let Some(comma) = toks.iter().position(|t| t.is_punct(',')) else {
        return false;
    };
    // (An article after a preposition, or an apostrophe, is inside the description's own
    // phrase: "the chairman of the Citizens' Movement, Bohuslav Drnek,".)
    comma > 0
        && (1..comma).all(|k| {
            let t = &toks[k];
            let after_preposition = matches!(toks[k - 1].lower.as_str(), "of" | "for" | "at");
            (t.is_word()
                && (!matches!(
                    t.lower.as_str(),
                    "a" | "an" | "the" | "its" | "his" | "her" | "their" | "our" | "which" | "that"
                ) || (after_preposition && t.is("the"))))
                || t.is_punct('\'')
                || t.is_punct('\u{2019}')
        })
}

/// The byte where the clause that holds an attribution ends: a stop, a semicolon or the
/// next quotation.
fn clause_end(text: &str, from: usize, limit: usize) -> usize {
    let mut at = from;
    while let Some(k) = text[at..limit].find([
        '.', ';', '!', '?', '"', '\u{201c}', '\u{00ab}', '(', '\u{2014}',
    ]) {
        let end = at + k;
        // "—We've trained for this —says Adrià—.": the dash that opens the attribution does
        // not end it.
        if text[end..].starts_with('\u{2014}') && text[from..end].trim().is_empty() {
            at = end + '\u{2014}'.len_utf8();
            continue;
        }
        // "said Mr. Draftman": the stop of an abbreviation does not end the clause.
        if text[end..].starts_with('.') && super::text::is_abbreviation(&text[from..end]) {
            at = end + 1;
            continue;
        }
        return end;
    }
    limit
}

impl QuoteState {
    /// Whether the text marks `words` as a name somewhere ("so-called", "dubbed", "what
    /// officials call").
    fn named_elsewhere(&mut self, doc: &super::text::Doc<'_>, words: &str) -> bool {
        let terms = self.named_terms.get_or_insert_with(|| {
            doc.pieces
                .iter()
                .filter(|pc| !pc.turn)
                .filter(|pc| {
                    let from = floor_boundary(doc.text, pc.open.saturating_sub(40));
                    let before = &doc.text[from..pc.open];
                    let words = &doc.text[pc.inner.clone()];
                    let after = &doc.text[pc.after..floor_boundary(doc.text, pc.after + 40)];
                    marked_as_name(before, words, after) || habitual_term(before, words)
                })
                .map(|pc| {
                    doc.text[pc.inner.clone()]
                        .trim_end_matches([',', '.', ' '])
                        .to_lowercase()
                })
                .chain(so_called_unquoted(doc.text))
                .collect()
        });
        !terms.is_empty() && {
            let words = words.to_lowercase();
            terms.contains(&words)
        }
    }

    /// Whether the text uses `words` somewhere outside quotation marks (case aside). The
    /// text is lower-cased once, and only a few terms are looked up per text, so that a text
    /// of thousands of headline-like quotations stays linear.
    fn used_unquoted(&mut self, doc: &super::text::Doc<'_>, words: &str) -> bool {
        const LOOKED_UP: usize = 16;
        if self.looked_up >= LOOKED_UP {
            return false;
        }
        self.looked_up += 1;
        let haystack = self
            .lower
            .get_or_insert_with(|| super::text::lowercase_in_place(doc.text));
        let needle = super::text::lowercase_in_place(words);
        haystack.match_indices(&needle).any(|(at, _)| {
            let k = doc.pieces.partition_point(|pc| pc.inner.end <= at);
            doc.pieces.get(k).is_none_or(|pc| !pc.inner.contains(&at))
        })
    }
}

/// A name without the honorific and stop before it ("MS. MARLOWE" is "MARLOWE").
fn without_honorific(name: &str) -> &str {
    let name = name.trim_start();
    // ("Rear Adm. Curtis Vandermeer", "Vice Adm. …", "Lt. Gen. …".)
    let name = ["rear ", "vice ", "lt. "]
        .iter()
        .find(|rank| {
            name.get(..rank.len())
                .is_some_and(|start| start.eq_ignore_ascii_case(rank))
        })
        .map_or(name, |rank| &name[rank.len()..]);
    [
        "mr. ", "ms. ", "mrs. ", "dr. ", "sen. ", "rep. ", "gen. ", "col. ", "lt. ", "gov. ",
        "prof. ", "adm. ", "maj. ", "capt. ", "sgt. ",
    ]
    .iter()
    .find(|h| {
        name.get(..h.len())
            .is_some_and(|start| start.eq_ignore_ascii_case(h))
    })
    .map_or(name, |h| &name[h.len()..])
}

/// Finds the quotations of one sentence, attributes them and returns those that are speech.
pub(super) fn sentence(
    d: &mut Discourse<'_, '_>,
    s: usize,
    state: &mut QuoteState,
    published_on: Option<crate::values::Day>,
) -> Vec<Found> {
    let doc = d.doc;
    let text = doc.text;
    let sent = doc.sentences[s].clone();
    let mut found: Vec<(Found, Attribution, bool)> = Vec::new();
    // The day: in the sentence, or else the last one told in this paragraph or the one
    // before it ("Ministers met on Thursday. … "…," Instance said.").
    let sentence_date = (0..=s)
        .rev()
        .take_while(|&k| doc.sentences[k].para + 1 >= sent.para)
        .find_map(|k| d.said_on[k]);
    // The reporter's words before a quotation run from the last quotation kept as speech.
    let mut prev_end = sent.range.start;
    // (In a Title Case headline, "Kestrin Calls 'Deal' Historic", every word is capitalised.)
    let mostly_capitalised = std::cell::LazyCell::new(|| {
        let words: Vec<&str> = text[sent.range.clone()]
            .split_whitespace()
            .filter(|w| w.starts_with(char::is_alphabetic))
            .collect();
        let capitalised = words
            .iter()
            .filter(|w| w.starts_with(char::is_uppercase))
            .count();
        capitalised * 5 > words.len() * 3
    });
    for p in sent.pieces.clone() {
        let piece: &Piece = &doc.pieces[p];
        let next_open = if p + 1 < sent.pieces.end {
            doc.pieces[p + 1].open
        } else {
            sent.range.end
        };
        // The reporter's words around a quotation, within a window that keeps very long
        // sentences linear.
        let before_start =
            floor_boundary(text, prev_end.max(piece.open.saturating_sub(WINDOW))).min(piece.open);
        let before = &text[before_start..piece.open];
        // The label patterns anchored at the end of the reporter's words look at their last
        // 250 bytes only, which is more than any of them spans.
        let tail = &before[floor_boundary(before, before.len().saturating_sub(250))..];
        let next_open = floor_boundary(text, next_open.min(piece.after + WINDOW));
        let after_end = next_open.max(piece.after);
        let after = &text[piece.after..after_end];
        let inner = &text[piece.inner.clone()];
        let words = inner
            .trim_end_matches([',', '.', ' ', ';', ':'])
            .trim_start();
        let words = if piece.closed {
            words
        } else {
            words.trim_end()
        };
        if words.is_empty() {
            continue;
        }
        let count = word_count(words);
        // "placards reading "Keep your promise" and "A guarantee is not a gesture"", "whether
        // it means «judge» or «referee»": a short quotation joined by "and", "or" or a comma
        // to one just left out is more of the same, not speech.
        if p > sent.pieces.start
            && piece.closed
            && !piece.continues
            && count <= 6
            && !inner.trim_end().ends_with(',')
            && prev_end < doc.pieces[p - 1].after
            // (One word left out is no list of names: "as "unilateral" and "doomed to fail"".)
            && (count == 1 || word_count(&text[doc.pieces[p - 1].inner.clone()]) >= 2)
            && only_a_conjunction().is_match(&text[doc.pieces[p - 1].after..piece.open])
        {
            continue;
        }
        // "whether the text should say "consult" or "assist"", "«security guarantees» or
        // «security assurances»": wordings weighed against each other are talked about, not
        // said.
        if piece.closed
            && count <= 2
            && words.starts_with(|c: char| c.is_lowercase())
            && (another_wording()
                .is_match(&text[piece.after..floor_boundary(text, piece.after + 80)])
                || wording_before().is_match(tail))
            && about_wording().is_match(&text[sent.range.start..piece.open])
        {
            continue;
        }
        let word_after = after
            .trim_start()
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric);
        let lead_word = before
            .trim_end()
            .rsplit(|c: char| c.is_whitespace())
            .next()
            .unwrap_or("")
            .to_lowercase();
        let is_determiner = |word: &str| {
            matches!(
                word,
                "the"
                    | "a"
                    | "an"
                    | "this"
                    | "that"
                    | "its"
                    | "their"
                    | "his"
                    | "her"
                    | "our"
                    | "your"
            )
        };
        // ("an Exampleland "backstop"": a name of a place or people between them.)
        let determiner_before = is_determiner(&lead_word)
            || {
                let mut last_two = before.split_whitespace().rev();
                let (lead, det) = (last_two.next(), last_two.next());
                lead.is_some_and(|w| w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic))
                // (Not "said that Sampleton "fully supports"": "that" opens a clause.)
                && det.is_some_and(|w| is_determiner(w) && !matches!(w, "that" | "this"))
                // (Nor "the Commission "stands ready"": the name is the subject.)
                && !starts_like_predicate(words)
                && !words.split_whitespace().next().is_some_and(|w| w.ends_with('s') && !w.ends_with("ss"))
            };
        if marked_as_name(tail, words, after) || state.named_elsewhere(doc, words) {
            continue;
        }
        if piece.closed && nickname_in_name(before, words, after) && !*mostly_capitalised {
            continue;
        }
        if outlet_title(tail, words) {
            continue;
        }
        if piece.closed && in_a_series(text, piece.open, piece.after) {
            continue;
        }
        let paragraph_start = doc
            .paragraphs
            .get(doc.paragraph_of(piece.open))
            .map_or(piece.open, |r| r.start.min(piece.open));
        if cross_reference().is_match(&text[paragraph_start..piece.open]) {
            continue;
        }
        // "volunteers from the «Cascos Celestes»", "a seat on the "Contact Group"": a name in
        // capitals after a preposition and its article.
        if before.ends_with(" the ")
            && before[..before.len() - 5]
                .rsplit(' ')
                .next()
                .is_some_and(|w| {
                    matches!(
                        w,
                        "from" | "of" | "on" | "in" | "into" | "with" | "to" | "for" | "by" | "at"
                    )
                })
            && few_words(words, 5)
            && title_case(words)
        {
            continue;
        }
        // "A handwritten notice. "Bomb shelter -- school basement," it reads.", "The banner
        // … It still says "…"": what a sign says is written on it, no one's words.
        if let Some(m) = sign_reads_after()
            .captures(after)
            .or_else(|| sign_reads_before().captures(before))
        {
            let named_sign = m.get(1).is_some();
            // (In this sentence or the two before it: "… a row of placards. One reads "…".
            // Another … says "…"".)
            let earlier = doc.sentences[s.saturating_sub(2)].range.start;
            if named_sign || sign_noun().is_match(&text[earlier..piece.open]) {
                continue;
            }
        }
        // "telling a local radio show, "Capitol Morning," that …", "a nickname: «the
        // aquarium»": a name set off by a comma or a colon after what it names (not words
        // the show was told: "told the programme, "We are ready"").
        if let Some(bare) = before
            .trim_end()
            .strip_suffix([',', ':', '\u{2013}', '\u{2014}'])
            // ("in his words, «…»" introduces what he said.)
            && !bare.ends_with("words")
            && (title_case(words)
                || named_kind().is_match(bare)
                || (count <= 3
                    && !super::text::has_personal_pronoun(words)
                    && !starts_like_predicate(words)))
            && (strong_label_marker().is_match(bare) || label_marker().is_match(bare))
        {
            continue;
        }
        // "The Norlandian side calls this contact group a "war council."": in a story's
        // sentence (a headline's present tense is news), what someone habitually calls a
        // thing is a name for it.
        let in_story = text[sent.range.clone()]
            .trim_end()
            .trim_end_matches(['"', '\u{201d}', '\u{2019}', '\'', '\u{bb}'])
            .ends_with(['.', '!', '?']);
        // "Breck Says Deal Is 'Very Close'": in a headline written in Title Case, quoted
        // words are in Title Case too.
        // (Not one in capitals: "NORLANDIA WARNS ALLIANCE OVER 'PROVOCATIVE' DRILLS".)
        // (A headline is short, which keeps a sentence of thousands of quotations linear.)
        let headline_case = !in_story && sent.range.len() <= 300 && {
            let title = |t: &str| {
                let t = t.trim_matches(|c: char| !c.is_alphanumeric());
                title_case(t) && t.contains(char::is_lowercase)
            };
            title(&text[sent.range.start..piece.open]) || title(&text[piece.after..sent.range.end])
        };
        if in_story && calls_it_a().is_match(tail) && term_like(words) && count <= 3 {
            continue;
        }
        // "they solved 'the Sandmoor problem', as it is known in the corridors": the text
        // says the words are a name.
        if count <= 5 && known_so_after().is_match(after) {
            continue;
        }
        // "the sanctions "snapback" mechanism", "a nonbinding "sense of the Senate"
        // resolution": quoted words inside a noun phrase, before its noun, name a kind of it.
        // (Not an appraisal, which is someone's words: a "useful and responsible"
        // contribution, a "very good" start.)
        if count <= 6
            && term_of_at_most(words, 6)
            && !starts_like_predicate(words)
            && !appraisal(words)
            && modifies_noun(before, after)
        {
            continue;
        }
        // "what he called a "security roof" – air defence over the cities": a term, then
        // what it means.
        // (A hyphen counts after a space, as a typed dash: "…" -- or "…" - .)
        let rest = after.trim_start();
        let defined_next = rest.starts_with(['\u{2013}', '\u{2014}', ':'])
            || (after.starts_with(char::is_whitespace) && rest.starts_with('-'));
        // "any "ad hoc court" created by a group of states": a kind of thing, described by
        // what made it.
        if count <= 4 && term_like(words) && made_by(before, after) {
            continue;
        }
        // "The cover note calls the package "a living framework"", "Playbook has seen the
        // cover note. It calls the package "…"": a document's wording.
        if count <= 5
            && (document_calls().is_match(tail)
                || (it_calls().is_match(before) && s > 0 && ends_with_document(doc, s - 1)))
        {
            continue;
        }
        // "three Norlandian "rehabilitation camps"", "a multinational "reassurance force" of
        // up to 12,000 troops": things counted or sized are named, not said.
        if count <= 3 && term_like(words) && (counted(before) || sized(before, after)) {
            continue;
        }
        // "a Norlandian "Kestrel-3" drone", "a revised draft he called "Map 7"": a name
        // with a number.
        let designation = few_words(words, 3)
            && words.contains(|c: char| c.is_ascii_digit())
            && words.contains(char::is_alphabetic)
            && words.split_whitespace().all(|w| {
                w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                    || !words.contains(char::is_whitespace)
            });
        // "the «Law on the State Language»": the name of a law, a treaty or a plan.
        // ("Plan B", "Annex C": the name's letter is no word of four letters.)
        let lettered = || {
            let mut list = words.split_whitespace().skip(1);
            list.next()
                .is_some_and(|w| w.len() == 1 && w.starts_with(|c: char| c.is_ascii_uppercase()))
                && list.next().is_none()
        };
        let document_name = matches!(
            words.split_whitespace().next(),
            Some(
                "Law"
                    | "Act"
                    | "Bill"
                    | "Treaty"
                    | "Charter"
                    | "Convention"
                    | "Declaration"
                    | "Agreement"
                    | "Accord"
                    | "Pact"
                    | "Protocol"
                    | "Memorandum"
                    | "Plan"
                    | "Programme"
                    | "Program"
                    | "Operation"
                    | "Strategy"
                    | "Doctrine"
                    | "Initiative"
                    | "Resolution"
                    | "Code"
                    | "Decree"
                    | "Annex"
                    | "Project"
                    | "Exercise"
            )
        ) && (title_case(words) || lettered());
        if designation
            || document_name
            || habitual_term(tail, words)
            || collective_term(tail, words, defined_next)
            || compound_head(before, words)
            || (count <= 3 && term_like(words) && led_by().is_match(tail))
            || (count <= 3 && term_like(words) && preferred_word().is_match(tail))
            || (count == 1 && term_like(words) && preferred_alone().is_match(tail))
            || names_what_follows(after, words)
        {
            continue;
        }
        // A term, then what it means ("what he called a "security roof" – air defence over
        // the cities"), after an article too: officials "speak of a «backstop» – intelligence,
        // airlift".
        let article_before = matches!(lead_word.as_str(), "a" | "an" | "the");
        let what_called =
            before.trim_end().ends_with(" called") && before.to_lowercase().contains("what ");
        if defined_next
            && (named_with_a().is_match(tail) || article_before || what_called)
            && count <= 3
        {
            continue;
        }
        // "an encrypted app the mission calls "Tally"": a name given in the present tense.
        if (before.ends_with(" calls ") || before.ends_with(" call "))
            && term_like(words)
            && count <= 4
        {
            continue;
        }
        // "A draft seen by the AP describes a "reassurance force" of …": a document's term.
        if count <= 3 && term_like(words) && document_term().is_match(tail) {
            continue;
        }
        // "which is diplomat-speak for "…"", "which is Brussels for "…"": a gloss;
        // "a statement on the "…"": what a document is about; "many speeches about "…"": a
        // slogan heard.
        if count <= 12 && (gloss().is_match(tail) || document_about().is_match(tail)) {
            continue;
        }
        // "The term sheets show that losses caused by "acts of a state party" would be
        // covered": the wording a document shows.
        if count <= 8
            && !super::text::has_personal_pronoun(words)
            && document_shows().is_match(tail)
        {
            continue;
        }
        // "a shiny new phrase: "…"", "labelled, in thick black marker, "…"": words shown,
        // not said.
        if words_shown().is_match(tail) {
            continue;
        }
        // "nobody says "peace"": a word talked about, not one said. So is a modal verb
        // quoted alone ("Brennholm wanted «shall»") and a word whose meaning is asked ("what
        // "necessary" means").
        let alone = words.trim_matches(|c: char| !c.is_alphanumeric());
        if (count == 1 && word_mentioned().is_match(tail))
            || (count <= 3 && term_like(words) && talked_about().is_match(tail))
            || (count == 1 && super::speakers::is_auxiliary(&alone.to_lowercase()))
            || (count == 1 && lead_word == "what" && meaning_asked().is_match(after))
        {
            continue;
        }
        // "what she calls "guarantees you can touch" – weapons factories, air defence": a
        // term someone uses, then what it means.
        if defined_next && habitual_name().is_match(before) && count <= 5 {
            continue;
        }
        // "a group called "…"" names something; "what he called "…"" quotes someone.
        if let Some(head) = before.trim_end().strip_suffix("called") {
            // "a task its own chief has called "…"": the subject before the auxiliary.
            let subject = head
                .split_whitespace()
                .rev()
                .find(|w| !matches!(*w, "has" | "have" | "had" | "once" | "also" | "publicly"))
                .unwrap_or("");
            let speaks = matches!(subject, "he" | "she" | "it" | "they" | "we" | "I")
                || subject.chars().next().is_some_and(char::is_uppercase)
                || super::speakers::is_speaker_noun(subject)
                || super::speakers::is_title_word(subject);
            if !speaks {
                continue;
            }
        }
        // "said the alliance "welcomes every contribution"", "planning for such a mission
        // "for many months"": words that go on with a verb or a preposition are no name.
        let predicate = starts_like_predicate(words);
        if label_marker().is_match(before)
            && !named_object().is_match(before)
            && (title_case(words) || count <= 4)
            && !predicate
        {
            continue;
        }

        // Attribution after the quotation: `"…," said X` / `"…," X said` / `"…" – X`.
        let mut speaker: Option<usize> = None;
        let mut signed_day = None;
        let mut how = Attribution::None;
        let mut verb_tok = None;
        // The words are attributed to someone, even when who cannot be told.
        let mut spoken = false;
        // "Her ministry's account quoted her saying that threats "…"", "state media quoted
        // him as saying": the one quoted speaks.
        // ("Norlandia has dismissed the deal, with Pavel Stubov, the president's spokesman,
        // telling state television it was "…"": the one "with" names speaks.)
        if let Some(m) = quoted_saying()
            .captures(before)
            .or_else(|| with_participle().captures(before))
            && let Some(who) = m.name("who")
            && let Some(id) = match who.as_str() {
                "him" => d.pronoun_entity(Gender::Male, false),
                "her" => d.pronoun_entity(Gender::Female, false),
                "them" => d.pronoun_entity(Gender::Unknown, true),
                _ => d.resolve(
                    doc.tok_at(before_start + who.start())..doc.tok_at(before_start + who.end()),
                    s,
                ),
            }
        {
            speaker = Some(id);
            how = Attribution::Before;
            spoken = true;
        }
        // "the war was, in its words, "not finished but postponed"": the words' owner speaks
        // (when no verb of saying before it names someone: "critics say it is, in their
        // words, "…"").
        if speaker.is_none()
            && tail.trim_end().trim_end_matches(',').ends_with("words")
            && let Some(owner) = in_own_words().captures(tail)
            && !has_verb_of_saying(&text[sent.range.start..piece.open])
        {
            spoken = true;
            let id = match &owner["who"].to_lowercase()[..] {
                "his" => d.pronoun_entity(Gender::Male, false),
                "her" => d.pronoun_entity(Gender::Female, false),
                "its" => d.pronoun_entity(Gender::Neuter, false),
                _ => d.pronoun_entity(Gender::Unknown, true),
            };
            if id.is_some() {
                speaker = id;
                how = Attribution::Before;
            }
        }
        let limit = if piece.closed {
            clause_end(text, piece.after, after_end)
        } else {
            piece.after
        };
        if piece.closed {
            let inverted = after_inverted().find(after);
            if inverted.is_some() {
                spoken = true;
            }
            // (`"…," adding that Norlandia would …`: a participle goes on with the
            // sentence's subject, and what follows it is its clause, not a speaker.)
            if let Some(m) = inverted.filter(|m| !m.as_str().ends_with("ing")) {
                let from = doc.tok_at(piece.after + m.end());
                let to = doc.tok_at(limit);
                // "said Ada Synthetic", "said a defiant Ada Synthetic".
                let id = d
                    .resolve(from..to, s)
                    .or_else(|| d.resolve_ending_at(to, from, s));
                if let Some(id) = id {
                    speaker = Some(id);
                    how = Attribution::After;
                    verb_tok = Some(from);
                }
            }
            // The subject and its verb lie within the first few hundred bytes; a shorter
            // haystack keeps the capturing search cheap.
            let near = &after[..floor_boundary(after, after.len().min(AFTER_SUBJECT_REACH))];
            if how == Attribution::None
                && let Some((subj, verb)) = subject_and_verb(near)
                // "… to reassure member states": a noun, not a verb.
                && !super::reported::noun_not_verb(&doc.toks, doc.tok_at(piece.after + verb.start))
            {
                let subj_words = &near[subj.clone()];
                let mut from = doc.tok_at(piece.after + subj.start);
                let to = doc.tok_at(piece.after + subj.end);
                // `"…," as one diplomat put it`.
                if near[verb.clone()].starts_with("put") && doc.toks[from].is("as") {
                    from += 1;
                }
                let toks = &doc.toks[from..to];
                // `"…," while Fakenko warned that …`: a new clause, not this quote's speaker.
                // (Or `"…" automatically if monitors confirmed`: a subordinate clause inside.)
                // (`"…" Norlandia, but said`: a verb joined to the sentence's own.)
                let new_clause = toks.iter().any(|t| {
                    matches!(
                        t.lower.as_str(),
                        "if" | "unless" | "whereas" | "although" | "because"
                    )
                }) || toks
                    .last()
                    .is_some_and(|t| t.is("and") || t.is("or") || t.is("but"))
                    || toks.first().is_some_and(|t| {
                        matches!(
                            t.lower.as_str(),
                            "while"
                                | "whereas"
                                | "and"
                                | "but"
                                | "although"
                                | "though"
                                | "because"
                                | "when"
                                | "as"
                                | "after"
                                | "before"
                                | "since"
                                | "if"
                                | "where"
                                // `"…" of what she had said`: the reporter's sentence
                                // goes on.
                                | "of"
                                | "what"
                                | "which"
                                | "about"
                        )
                    });
                // `"Will there be troops?" a reporter shouted`: the press asks, nobody states.
                if toks.last().is_some_and(|t| {
                    matches!(
                        t.lower.as_str(),
                        "reporter" | "reporters" | "journalist" | "journalists" | "questioner"
                    )
                }) {
                    continue;
                }
                let who = toks.len() >= 2
                    && toks[toks.len() - 1].is("who")
                    && (toks[toks.len() - 2].is_punct(','));
                if few_words(subj_words, 4) && !subj_words.contains(',') && !new_clause {
                    spoken = true;
                }
                let id = if new_clause {
                    None
                } else if who {
                    d.resolve_ending_at(to - 2, from, s)
                } else {
                    // "the show's host, Arkady Mockov, told viewers": the name in apposition.
                    // (Also after a description that resolves as one, "the chairman of the
                    // Citizens' Movement, Bohuslav Drnek,": the name says who.)
                    let apposition = to > from + 2
                        && doc.toks[to - 1].is_punct(',')
                        && described_then_named(&doc.toks[from..to]);
                    // ("lead author Beatrix Kolding told": a lower-case description
                    // before the name, with no preposition that would make the name
                    // someone else's, as in "a spokesman for Beatrix Kolding".)
                    let described_name = || {
                        let subject = &doc.toks[from..to];
                        let described = subject.iter().take_while(|t| !t.cap).count();
                        (1..=3).contains(&described)
                            && subject.len() > described
                            && subject.iter().all(|t| t.is_word() && !t.possessive)
                            && subject[..described].iter().all(|t| {
                                t.lower.len() > 3
                                    && !matches!(
                                        t.lower.as_str(),
                                        "with" | "from" | "that" | "which" | "whose" | "where"
                                    )
                                    && super::reported::verb_like(&t.lower).is_none()
                            })
                            && subject[described..]
                                .iter()
                                .all(super::speakers::is_name_word)
                    };
                    let id = d.resolve_strict(from..to, s).or_else(|| {
                        described_name()
                            .then(|| d.resolve_ending_at(to, from, s))
                            .flatten()
                            .filter(|&id| d.is_named(id))
                    });
                    if apposition && id.is_none_or(|id| !d.is_named(id)) {
                        // (Only a name: "the monitor, a Lorumbian national," stays the
                        // monitor.)
                        let named = d.resolve_ending_at(to - 1, from, s);
                        match id {
                            Some(id) => named.filter(|&named| d.is_named(named)).or(Some(id)),
                            None => named,
                        }
                    } else {
                        id
                    }
                };
                if let Some(id) = id {
                    speaker = Some(id);
                    how = Attribution::After;
                    spoken = true;
                    verb_tok = Some(doc.tok_at(piece.after + verb.start));
                }
            }
            if how == Attribution::None
                && let Some(m) = after_dash().find(after)
            {
                // The attribution's clause runs on from the dash.
                let from = doc.tok_at(piece.after + m.end());
                let to = doc.tok_at(clause_end(text, piece.after + m.end(), after_end));
                // A name or a description, not a clause ("'…' – as it happened").
                let named = doc.toks.get(from).is_some_and(|t| {
                    t.is_word()
                        && !matches!(t.lower.as_str(), "as" | "he" | "she" | "it" | "they")
                        && (t.cap
                            || matches!(t.lower.as_str(), "the" | "a" | "an")
                            || super::speakers::is_title_word(&t.lower)
                            || super::speakers::is_speaker_noun(&t.lower))
                });
                if named && let Some(id) = d.resolve_strict(from..to, s) {
                    speaker = Some(id);
                    how = Attribution::After;
                }
            }
            if how == Attribution::None
                && let Some(name) = signed_below(text, piece.open, piece.after)
                && let Some(id) = d.resolve_strict(doc.tok_at(name.start)..doc.tok_at(name.end), s)
            {
                speaker = Some(id);
                how = Attribution::After;
                // The signature tells the day too: "— Lise Harrow, to reporters on Monday".
                let signature = doc
                    .sentences
                    .partition_point(|sentence| sentence.range.start <= name.start)
                    .checked_sub(1);
                signed_day = signature.and_then(|k| d.said_on[k]);
            }
        }

        // Attribution before the quotation: `X said: "…"`, `X told reporters "…"`, `X called
        // the plan "…"`, `According to X, "…"`, and a headline's `X: "…"`.
        let mut between_words = 0;
        let mut naming = false;
        if how == Attribution::None
            && let Some(m) = before_verb()
                .find_iter(&if headline_case {
                    // The verbs are capitalised too; lower case keeps the offsets.
                    std::borrow::Cow::Owned(before.to_ascii_lowercase())
                } else {
                    std::borrow::Cow::Borrowed(before)
                })
                // "… two member states still had "…"": a noun, not a verb; "a force without
                // agreed rules is "…"": an adjective.
                .filter(|m| {
                    let at = doc.tok_at(before_start + m.start());
                    let word_before = at.checked_sub(1).map_or("", |k| doc.toks[k].lower.as_str());
                    // ("A2 (continued) — VANDERMOLEN:": a transcript's note, no verb.)
                    !(super::reported::noun_not_verb(&doc.toks, at)
                        || adjectival(m.as_str(), word_before)
                        || before[..m.start()].ends_with('('))
                })
                .last()
        {
            let base = before_start;
            let between = &before[m.end()..];
            between_words = word_count(between);
            let verb = m.as_str().to_lowercase();
            naming = naming_verb().is_match(&verb);
            // "Her message, per an aide: "…"" is the aide's, and so is what is "in the words
            // of one senior official, "…"".
            if verb.starts_with("according") || verb == "per" || verb.starts_with("in the words") {
                let from = doc.tok_at(base + m.end());
                let to = doc.tok_at(base + m.end() + between.find(',').unwrap_or(between.len()));
                if let Some(id) = d.resolve(from..to, s) {
                    speaker = Some(id);
                    how = Attribution::Before;
                }
            } else if between_words <= 16
                || (between_words <= 24 && after_inverted().is_match(&verb))
                || (between_words <= 32 && between.contains(" that "))
            {
                // "State of play: the chancellery said": a heading before a colon is not the
                // subject.
                let clause_start = before[..m.start()]
                    .rfind([';', ':', '\u{2014}', '\u{2013}'])
                    .map_or(base, |at| base + at + 1);
                let from = doc.tok_at(clause_start);
                let to = doc.tok_at(base + m.start());
                // "Norlandia rejected the plan, saying it would "…"": a participle after a
                // comma has the clause's subject.
                let participle = verb.ends_with("ing")
                    && !verb.starts_with("according")
                    && before[..m.start()].trim_end().ends_with(',');
                // "Fictonia will train …, Chancellor Ilse Mockmann announced on Monday, calling
                // the plan "…"": the participle goes with the attribution before it.
                let attributed = participle
                    .then(|| {
                        let toks = &doc.toks;
                        let verb = (from..to).rev().find(|&k| {
                            toks[k].is_word()
                                && super::reported::verb_like(&toks[k].lower).is_some()
                                && k > from
                                && toks[k - 1].is_word()
                        })?;
                        let comma = (from..verb).rev().find(|&k| toks[k].is_punct(','))?;
                        subject_before(d, comma + 1, verb, s)
                    })
                    .flatten();
                // "…, with its foreign ministry describing the plans as "…"": the noun phrase
                // after "with" does what the participle says.
                let with_subject = (verb.ends_with("ing") && !participle)
                    .then(|| {
                        let toks = &doc.toks;
                        let with = (from..to).rev().find(|&k| toks[k].is("with"))?;
                        let comma_after = (with..to).any(|k| toks[k].is_punct(','));
                        if comma_after || to <= with + 1 {
                            return None;
                        }
                        // "Norlandia … , with its foreign ministry": "its" may be the
                        // sentence's own subject.
                        d.note_before(with, s);
                        d.resolve(with + 1..to, s)
                    })
                    .flatten();
                // "… declared that it would be «a legitimate target» for its armed forces,
                // and accused Lorumbia of «…»": a verb joined right after "and" to the
                // clause of an earlier quotation has that quotation's speaker.
                // (Not "… and said …", which may have a subject of its own after "according
                // to", nor a participle, which goes with the sentence's subject.)
                let joined = {
                    let head = before[..m.start()].trim_end();
                    (head.ends_with(" and") || head.ends_with(" but"))
                        && !verb.ends_with("ing")
                        // ("… would not take part in any force "…" Norlandia, but said":
                        // after "but", a verb of saying too.)
                        && (head.ends_with(", but")
                            || !matches!(
                                verb.as_str(),
                                "said" | "says" | "say" | "told" | "tells" | "added" | "adds"
                            ))
                };
                let earlier = found
                    .last()
                    .and_then(|(f, _, _)| f.speaker)
                    .filter(|_| joined);
                let id = if let Some(id) = earlier {
                    Some(id)
                } else if let Some(id) = attributed.or(with_subject) {
                    Some(id)
                } else if participle
                    || verb
                        .strip_prefix("to")
                        .is_some_and(|v| v.starts_with(char::is_whitespace))
                {
                    // ("Plenov went back on state TV to call the force a "…"": an infinitive
                    // has its clause's subject too.)
                    d.resolve(from..to, s)
                        .or_else(|| subject_before(d, from, to, s))
                } else {
                    subject_before(d, from, to, s)
                };
                // "The ministry declined to comment on '…' but said it was '…'": a verb
                // joined to an earlier one has the clause's subject, before the earlier quote.
                let coordinated = || {
                    let words = before[..m.start()].trim();
                    matches!(words, "but" | "and" | "yet" | "but also" | "and also")
                };
                let id = id.or_else(|| {
                    (before_start > sent.range.start && coordinated())
                        .then(|| subject_before(d, doc.tok_at(sent.range.start), to, s))
                        .flatten()
                });
                if let Some(id) = id {
                    speaker = Some(id);
                    how = if between_words <= 6
                        && (between.trim_end().ends_with([':', ','])
                            || between_words == 0
                            || between.contains(" that"))
                    {
                        Attribution::Before
                    } else {
                        Attribution::Partial
                    };
                    verb_tok = Some(doc.tok_at(base + m.start()));
                } else if between_words <= 6 && after_inverted().is_match(&verb) {
                    // "…, said early demand 'looks healthy'": someone said it, even when who
                    // cannot be told.
                    spoken = true;
                }
            }
        }
        // "…, warning that the fund would "…"": a participle of speech says someone said it,
        // whoever the sentence's subject is.
        if how == Attribution::None
            && let Some(m) = speech_participle().find(before)
        {
            spoken = true;
            // The sentence's subject, when the participle is in its first clause.
            let from = doc.tok_at(sent.range.start);
            let to = doc.tok_at(before_start + m.start());
            if let Some(id) = subject_before(d, from, to, s) {
                speaker = Some(id);
                how = Attribution::Partial;
            }
        }
        // A published address's paragraphs are the words of the speaker its header names;
        // a commentary's sections are the words of the author who signs them.
        if how == Attribution::None
            && piece.turn
            && let Some(address) = doc
                .address
                .iter()
                .chain(&doc.authored)
                .find(|address| address.paras.contains(&piece.para))
            && let Some(id) = d.resolve_strict(
                doc.tok_at(address.speaker.start)..doc.tok_at(address.speaker.end),
                s,
            )
        {
            speaker = Some(id);
            how = Attribution::Before;
        }
        // A document published in full after the story speaks its paragraphs.
        if how == Attribution::None
            && piece.turn
            && let Some((name, paras)) = &doc.published
            && paras.contains(&piece.para)
        {
            speaker = Some(d.document(name, s));
            how = Attribution::Before;
        }
        // `Taras Mockovskyy: "…"`, and a caption's `Image caption, Taras Mockovskyy: "…"`.
        // A transcript's label on a line of its own is the paragraph before the words.
        // (A turn's label may be in its paragraph but in a sentence of its own, before a
        // stage direction: "MS. MARLOWE: (Laughs.) I've heard …".)
        let para_start = doc.paragraphs[piece.para].start;
        let unlabelled = piece.turn && before.trim().is_empty();
        let in_paragraph = unlabelled && !text[para_start..piece.open].trim().is_empty();
        let label_line = unlabelled && piece.para > 0 && !in_paragraph;
        let (label_start, label_text) = if label_line {
            // (Over a speech's note to the press: "Check against delivery!")
            let mut before = piece.para - 1;
            while before > 0 && super::text::delivery_note(&text[doc.paragraphs[before].clone()]) {
                before -= 1;
            }
            let line = doc.paragraphs[before].clone();
            (line.start, &text[line])
        } else if in_paragraph {
            (para_start, &text[para_start..piece.open])
        } else {
            (before_start, before)
        };
        // (A stage direction after a turn's label is not part of it: "MS. MARLOWE:
        // (Laughs.) I've heard …".)
        // (Nor is Markdown's bold: "**Lozynsky:** None.".)
        let label_text = label_text.trim_end().trim_end_matches('*');
        let label_text = match label_text.trim_end().strip_suffix(')') {
            Some(inner) if piece.turn => inner
                .rfind('(')
                .map(|open| &label_text[..open])
                .filter(|head| head.trim_end().ends_with(':'))
                .unwrap_or(label_text),
            _ => label_text,
        };
        if how == Attribution::None
            // (Such a label may have no colon: "The Prime Minister (Aurel Kestrin)".)
            && let Some(whole) = label_text
                .trim_end()
                .strip_suffix(':')
                .or_else(|| label_line.then(|| label_text.trim_end()))
            // A label on a line of its own is the last line before the words.
            && let line = if piece.turn {
                whole.rsplit('\n').next().unwrap_or(whole)
            } else {
                whole
            }
            // (A name, then the speaker's role: "Maryna Soltys, Templatyn Center for Defense
            // Strategies:".)
            && let head = if piece.turn
                && line
                    .find(", ")
                    .is_some_and(|comma| super::text::label_name(line).end <= comma)
            {
                line
            } else {
                line.rsplit(',').next().unwrap_or(line)
            }
            // (A committee's question number is not part of the name: "Q1 Chair:".)
            && let head = super::text::without_question_number(head)
            // (Nor a member's seat and party: "Gwen Talbrook (Ashcombe North) (Prog):".)
            && let name = super::text::label_name(head)
            && (1..=8).contains(&word_count(&head[name.clone()]))
            && !without_honorific(&head[name.clone()]).contains(['.', ';'])
            && (head.len() == line.len() || word_count(&line[..line.len() - head.len()]) <= 3)
        {
            let base = label_start + (whole.len() - head.len());
            let from = doc.tok_at(base + name.start);
            let to = doc.tok_at(base + name.end);
            // (An interview's bare "A:" is the one the story has quoted most.)
            let answer = (piece.turn && head[name.clone()].trim() == "A")
                .then(|| state.most_quoted(d))
                .flatten();
            // ("Alliance Spokesperson:" after "Alliance Spokesperson Petra Stubwell:" is she.)
            let label = head[name.clone()].trim();
            let holder = piece
                .turn
                .then(|| {
                    state
                        .labels
                        .iter()
                        .find(|(long, _)| super::text::role_with_holder(long, label))
                })
                .flatten()
                .map(|&(_, id)| id);
            // ("The President:" of a record whose roster names "President: Mr. Olumide
            // Bakare"; an interview's "GUEST:".)
            let office = label.strip_prefix("The ").unwrap_or(label).to_uppercase();
            let role_held = piece
                .turn
                .then(|| doc.role_holders.iter().find(|(o, _)| *o == office))
                .flatten()
                .and_then(|(_, name)| {
                    d.resolve_strict(doc.tok_at(name.start)..doc.tok_at(name.end), s)
                });
            let spelled_out = piece
                .turn
                .then(|| state.initials_named(doc, label))
                .flatten()
                .and_then(|name| d.resolve_strict(name, s));
            if let Some(id) = answer
                .or(holder)
                .or(role_held)
                .or(spelled_out)
                .or_else(|| d.resolve_strict(from..to, s))
            {
                speaker = Some(id);
                how = Attribution::Before;
                // (A few dozen are plenty, and keep a text of thousands of labels linear.)
                // (And the whole label, which the record may repeat without the name in
                // parentheses: "The Prime Minister (Aurel Kestrin)", then "The Prime
                // Minister".)
                for label in [label, head.trim()] {
                    if piece.turn
                        && state.labels.len() < 64
                        && !state.labels.iter().any(|(l, _)| l == label)
                    {
                        state.labels.push((label.to_owned(), id));
                    }
                }
            }
        }
        // A headline's `Stubenko: Guarantees must work 'from the first minute'`: the name
        // before the colon that opens the sentence.
        if how == Attribution::None
            && count >= 2
            // Not a term the story itself uses without quotation marks ("Fakenko: Alliance
            // "training mission" in Placeholdia is cover" … "the so-called training mission").
            && !(count <= 3 && (determiner_before || state.used_unquoted(doc, words)))
            // (A name of at most four words: only the sentence's first bytes are looked at.)
            && let Some((opening, _)) = text
                [sent.range.start..floor_boundary(text, piece.open.min(sent.range.start + 80))]
                .rsplit_once(':')
            // "Read also: Stubenko: Alliance guarantees '…'": the name before the last colon;
            // a committee's question number is not part of it ("Q3 Rhys Caddock:").
            // A live page's time stamp before it is no part of it either ("14:10 Tench:").
            && let stamp = time_stamp().find(opening).map_or(0, |m| m.end())
            && let head_at = opening[stamp..].rfind(':').map_or(stamp, |k| stamp + k + 1)
            && let head_at =
                opening.len() - super::text::without_question_number(&opening[head_at..]).len()
            && let head = &opening[head_at..]
            && (1..=4).contains(&word_count(head))
            // (A stop only after an honorific: "MS. MARLOWE: Good afternoon".)
            && !without_honorific(head).contains(['.', ',', ';', '"', '\u{201c}', '\u{2018}'])
            // (Not a transcript's label in capitals: "RENN: Officials keep talking about".)
            && (piece.turn || head.contains(char::is_lowercase))
        {
            let from = doc.tok_at(sent.range.start + head_at);
            let to = doc.tok_at(sent.range.start + opening.len());
            // A known actor, a full name or a country ("Norlandia: foreign troops 'a
            // target'"), not a heading ("State of play:").
            if let Some(id) = d.resolve_strict(from..to, s)
                && let e = &d.entities[d.root(id)]
                && (e.actor.is_some()
                    // "Vallmark PM: Force will 'stay as long as needed'".
                    || (e.speaker_like
                        && head.split_whitespace().next_back().is_some_and(|w| {
                            let w = w.to_lowercase();
                            (super::speakers::is_title_word(&w)
                                || super::speakers::is_speaker_noun(&w))
                                && !super::speakers::is_title_qualifier(&w)
                        }))
                    || e.keys.len() >= 2
                    || d.index.is_place(&head.trim().to_lowercase()))
            {
                speaker = Some(id);
                how = Attribution::Partial;
                spoken = true;
            }
        }
        // `X, Placeholdia's prime minister, has reacted on X: "…"`, `X interrupted her,
        // laughing: "…"`: words introduced by a colon are the clause's subject's.
        if how == Attribution::None
            && let Some(head) = before.trim_end().strip_suffix(':')
            && !before.contains(['.', ';', '!', '?'])
        {
            // After a heading's own colon ("PARTING WORDS: Instance … kept it short: "…"").
            let from = doc.tok_at(before_start + head.rfind(':').map_or(0, |k| k + 1));
            let to = doc.tok_at(piece.open);
            if let Some(id) = d.resolve(from..to, s) {
                speaker = Some(id);
                how = Attribution::Partial;
                spoken = true;
            }
        }
        // "Another was more succinct: "Sticker shock."", "One guest's verdict: "…"": words a
        // colon introduces at the end of a sentence are said, by whoever can be told.
        if how == Attribution::None
            && !spoken
            && count >= 2
            && !title_case(words)
            && before.trim_end().ends_with(':')
            && word_count(&before[..before.trim_end().len() - 1]) >= 2
            // (Not what is written on a wall: "a child has written in blue chalk: "…"".)
            && !inscribed().is_match(before)
            && text[piece.after..sent.range.end]
                .chars()
                .all(|c| !c.is_alphanumeric())
        {
            spoken = true;
        }
        // A headline that opens with a quotation and a colon: "'Every field is a question':
        // deminers race the season".
        if text[sent.range.start..piece.open].trim().is_empty()
            && after.trim_start().starts_with(':')
            && count >= 2
        {
            spoken = true;
        }
        // `"…," according to X` comes last: in `X said it was "…", according to Y` the
        // words are X's and Y only reports them.
        if how == Attribution::None
            && piece.closed
            && let Some(m) = according_to().find(after)
        {
            let from = doc.tok_at(piece.after + m.end());
            let to = doc.tok_at(limit);
            if let Some(id) = d.resolve(from..to, s) {
                speaker = Some(id);
                how = Attribution::After;
            }
        }

        // A document's wording ("The draft commits signatories to "…"", ""…," the letter
        // reads"), when the document is named closer to the quotation than anyone who speaks.
        // ("The draft describes the mechanism as a "sanctions safety catch"": a name. One
        // or two words quoted from a document are a term talked about: "promises "timely"
        // intelligence", "calls for "patient guarantees"".)
        let named_as = count == 1
            || (count == 2 && term_like(words) && names_a_term().is_match(before))
            || (count <= 4
                && term_like(words)
                && (before.trim_end().ends_with(" as") || named_as_a().is_match(before)));
        if !named_as && (how != Attribution::After || speaker.is_none()) {
            // (The sentences before, within a window that keeps very long sentences linear.)
            let earlier_start = doc.sentences[s.saturating_sub(3)]
                .range
                .start
                .max(floor_boundary(text, before_start.saturating_sub(WINDOW)));
            let earlier = &text[earlier_start.min(before_start)..before_start];
            let name = super::documents::wording_before(before, earlier)
                .or_else(|| document_introduces(doc, s, piece))
                .or_else(|| {
                    (how == Attribution::None && piece.closed)
                        .then(|| super::documents::wording_after(after))
                        .flatten()
                });
            if let Some(name) = name {
                speaker = Some(d.document(&name, s));
                how = Attribution::Partial;
                spoken = true;
            }
        }

        // Labels, names and scare quotes.
        // "As allies prepare a 'reassurance force', mediators warn …": a short term in a
        // clause that opens the sentence is not what the main clause's speaker says.
        let opening_clause = (how == Attribution::After || spoken)
            && matches!(lead_word.as_str(), "a" | "an" | "the")
            && count <= 3
            && term_like(words)
            && (inner.trim_end().ends_with(',') || after.starts_with(','))
            && text[sent.range.start..piece.open]
                .split_whitespace()
                .next()
                .is_some_and(|w| {
                    matches!(
                        w,
                        "As" | "While"
                            | "When"
                            | "Although"
                            | "Though"
                            | "If"
                            | "Since"
                            | "Because"
                            | "Until"
                            | "Once"
                            | "Whether"
                    )
                });
        if opening_clause {
            continue;
        }
        let tight = matches!(how, Attribution::After | Attribution::Before);
        // "a scheme it calls "Home by Spring"", "Radio Sampleton's "Morning Ledger"": a name
        // given by a naming verb or owned by someone is a title, even beside a speaker.
        let possessive_before = lead_word.ends_with("'s")
            || lead_word.ends_with("\u{2019}s")
            || lead_word.ends_with("s'")
            || lead_word.ends_with("s\u{2019}");
        // "Kestrin told "Sunday Questions", the flagship programme": a name told to; "the
        // Charter for European Security": a name with its article, whoever mentions it.
        let told_to = lead_word == "told";
        // "the West's "guarantees" were": one word in quotation marks after its owner, and
        // the subject of what follows, is a scare quote (one of Testburg's "non-negotiable"
        // demands is not).
        let verb_after = after
            .split_whitespace()
            .next()
            .is_some_and(super::speakers::is_auxiliary);
        // ("the Western «guarantees» were": so is one after a demonym.)
        let demonym_before = before.trim_end().rsplit(' ').next().is_some_and(|w| {
            w.starts_with(char::is_uppercase)
                && ["ern", "ian", "ish", "ese"]
                    .iter()
                    .any(|end| w.ends_with(end))
        });
        if (possessive_before || demonym_before) && count == 1 && verb_after {
            continue;
        }
        let the_name = words.starts_with("the ") || words.starts_with("The ");
        // "Speaking on "Face the Nation"", "an interview with "Morning Ledger"": a name after
        // a preposition.
        let after_preposition = matches!(
            lead_word.as_str(),
            "on" | "with" | "in" | "to" | "from" | "at" | "onto" | "into" | "for" | "of"
        );
        // ""Coalition of the Willing" members agreed": a name that runs on into the
        // sentence, with no comma closing a quotation before its attribution.
        let runs_on = !inner.trim_end().ends_with([',', '.', '!', '?', ';', ':'])
            && after
                .trim_start()
                .chars()
                .next()
                .is_some_and(char::is_lowercase)
            && after.starts_with(' ');
        if title_case(words)
            && !headline_case
            && (!tight
                || naming
                || possessive_before
                || told_to
                || the_name
                || after_preposition
                || runs_on)
        {
            continue;
        }
        let named_by_verb = naming && matches!(how, Attribution::Partial | Attribution::Before);
        // "called it, without irony, the "forever paper"", "a link officers call "the
        // Pipe"": a name, not words someone said.
        let proper_name = words.starts_with("the ")
            && count <= 3
            && words
                .split_whitespace()
                .skip(1)
                .any(|w| w.starts_with(char::is_uppercase));
        if (naming || lead_word == "call")
            && (lead_word == "the" || proper_name)
            && count <= 4
            && !super::text::has_personal_pronoun(words)
        {
            continue;
        }
        // "told reporters that "nobody is proposing a gift"": "that" opens the clause.
        // "… "in weeks rather than months" and that "at least five" member states": a "that"
        // after a quotation kept as speech goes on with the same reported clause.
        let determiner_before = determiner_before
            && !(lead_word == "that" && (how != Attribution::None || !found.is_empty()));
        // "said Mockovia supported a "political and diplomatic settlement" and was ready": a
        // phrase of several words that a conjunction or preposition goes on from, in what
        // someone said, is theirs; a label is followed by what it names.
        let next_word = after
            .trim_start()
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        let function_word_after = matches!(
            next_word,
            "and" | "or" | "but" | "of" | "to" | "in" | "on" | "for" | "with" | "at" | "by" | "as"
        );
        let said_phrase = how != Attribution::None
            && !naming
            && count >= 3
            && function_word_after
            && !(lead_word == "the" && count <= 3);
        // "said talks were at an "advanced stage"", "says families are the "quiet backbone"
        // of the force": a predicate after a copula, in the clause a verb of saying reports,
        // is the speaker's (a name in capitals is still a name).
        let say_verb = verb_tok.is_some_and(|v| after_inverted().is_match(&doc.toks[v].lower));
        let copula_predicate =
            how != Attribution::None && say_verb && determiner_before && !title_case(words) && {
                let mut back = before.split_whitespace().rev().skip(1);
                let word = back.next().unwrap_or("");
                let word = if matches!(word, "at" | "in") {
                    back.next().unwrap_or("")
                } else {
                    word
                };
                matches!(
                    word,
                    "is" | "are" | "was" | "were" | "be" | "been" | "remains" | "remained"
                )
            };
        if determiner_before
            && word_after
            && count <= 6
            && !named_by_verb
            && !said_phrase
            && !copula_predicate
            && !predicate
            // (An attributed appraisal is the speaker's: "spoke of a "useful and
            // responsible" contribution".)
            && !(how != Attribution::None && appraisal(words))
        {
            continue;
        }
        let preposition_before = matches!(
            lead_word.as_str(),
            "on" | "of"
                | "for"
                | "about"
                | "in"
                | "to"
                | "with"
                | "into"
                | "from"
                | "over"
                | "against"
                | "by"
                | "at"
                | "under"
                | "called"
                | "as"
        );
        // "insists on 'burden-shifting' to the Union": one hyphenated noun after a
        // preposition is a term.
        if preposition_before
            && count == 1
            && words.contains('-')
            && words.chars().all(|c| c.is_lowercase() || c == '-')
        {
            continue;
        }
        // In a clause reported with "that", a phrase after a preposition is the speaker's
        // ("said that the mission must be made up of "genuinely neutral" countries").
        // So is one in a clause a verb of saying reports without "that" ("said any scheme
        // financed with "stolen assets" would be challenged").
        // ("some wording on "collective consultations"": words about a wording name it.)
        let about_wording = matches!(
            before.split_whitespace().rev().nth(1),
            Some(
                "wording"
                    | "language"
                    | "clause"
                    | "phrase"
                    | "term"
                    | "word"
                    | "words"
                    | "reference"
                    | "references"
                    | "mention"
                    | "talk"
                    | "provision"
            )
        );
        let reported_clause =
            (before.contains(" that ") || say_verb) && count >= 2 && !about_wording;
        // "accused the government of "sleepwalking" into …": what the accusation says.
        let accusation = lead_word == "of"
            && verb_tok.is_some_and(|v| {
                let verb = &doc.toks[v].lower;
                verb.starts_with("accus") || verb.starts_with("charg")
            });
        if how == Attribution::Partial
            && count <= 4
            && word_after
            && between_words >= 3
            && !copula_predicate
            && (determiner_before || (preposition_before && !reported_clause))
            && !named_by_verb
            && !said_phrase
            && !accusation
        {
            continue;
        }
        // The quotation is the whole sentence (checked only for a sentence's one quotation,
        // so that a sentence of thousands of them stays linear).
        let whole_sentence = sent.pieces.len() == 1
            && text[sent.range.start..piece.open]
                .trim()
                .chars()
                .all(|c| !c.is_alphanumeric())
            && text[piece.after..sent.range.end]
                .chars()
                .all(|c| !c.is_alphanumeric());
        // A word alone ("Racket.") is a word being talked about, unless someone says it.
        let speech_like = (whole_sentence && count >= 2)
            || count >= 8
            || (count >= 4 && super::text::has_personal_pronoun(words))
            || piece.continues
            || spoken;
        // A later quotation in a sentence whose earlier one is someone's goes on with their
        // words (`X said it "…" and warned that Y would "…"`).
        let goes_on = found.last().is_some_and(|(f, _, _)| f.speaker.is_some());
        let start = piece.inner.start + (inner.len() - inner.trim_start().len());
        if how == Attribution::None && !speech_like && !goes_on {
            // A term in its place in the sentence stays a term, whoever the sentence
            // reports: "under the pretext of «security guarantees»", "the 'reassurance
            // force'", "Dunleavy's "not one soldier" pledge", a name in capitals.
            let possessive = lead_word.ends_with("'s") || lead_word.ends_with('\u{2019}');
            // ("a standing "contact group"": an article, then a word that qualifies.)
            let article_two_back = matches!(
                before.split_whitespace().rev().nth(1),
                Some("a" | "an" | "the" | "A" | "An" | "The")
            );
            let term_in_place = (count <= 3
                && !starts_like_predicate(words)
                && (possessive
                    || article_two_back
                    || matches!(
                        lead_word.as_str(),
                        "of" | "over" | "on" | "about" | "as" | "any" | "every" | "each" | "no"
                    )))
                || (count <= 3
                    && word_after
                    && (noun_like(next_word)
                        || matches!(next_word, "pledge" | "promise" | "vow" | "warning" | "line")))
                || (count <= 5 && determiner_before && !starts_like_predicate(words))
                // ("intelligence 'umbrella'": a noun after a noun ends a compound; "guarantee
                // 'worthless'" is a judgement.)
                || (count == 1 && noun_like(&lead_word) && noun_like(words) && !adjective(words))
                || (title_case(words) && !headline_case)
                || (count <= 2
                    && words.starts_with(char::is_uppercase)
                    && lead_word.starts_with(char::is_lowercase)
                    && !headline_case)
                // ("back 'coalition of the committed'": a grouping's name.)
                || (count <= 5
                    && matches!(
                        words.split_whitespace().next(),
                        Some("coalition" | "alliance" | "group" | "league" | "club" | "axis" | "circle" | "friends" | "bloc")
                    ))
                // ("the phrase of the week is "…"".)
                || phrase_is().is_match(before)
                || state.used_unquoted(doc, words);
            if !term_in_place {
                state.unattributed.push((start, start + words.len()));
            }
            continue;
        }
        if let (Some(id), Some(v)) = (speaker, verb_tok) {
            d.gender_cue(id, v, v + 10);
        }
        prev_end = piece.after;
        found.push((
            Found {
                kind: "direct",
                start,
                end: start + words.len(),
                speaker,
                // A transcript's turns were all spoken on the day it gives at its head (or,
                // giving none, the day it is published), not on a day a question or the
                // answer itself mentions.
                said_on: if piece.turn {
                    (0..=s).find_map(|k| d.said_on[k]).or(published_on)
                } else {
                    signed_day.or(sentence_date)
                },
            },
            how,
            piece.continues,
        ));
    }

    // Quotations in one sentence share an attribution; others follow the last speaker.
    let shared = found
        .iter()
        .find(|(f, how, _)| f.speaker.is_some() && *how != Attribution::Partial)
        .and_then(|(f, _, _)| f.speaker);
    let mut before: Option<usize> = None;
    for (f, how, continues) in &mut found {
        if f.speaker.is_some() {
            before = f.speaker;
            continue;
        }
        if let Some(id) = shared.or(before) {
            f.speaker = Some(id);
            *how = Attribution::After;
            continue;
        }
        let para = sent.para;
        // An interview written as questions and quoted answers: each answer is the
        // interviewee's, whoever the question names.
        if !*continues
            && answers_a_question(doc, para, f.start, state.answered_at)
            && let Some(id) = state.answerer.or_else(|| state.most_quoted(d))
        {
            f.speaker = Some(id);
            state.answerer = Some(id);
            state.answered_at = Some(para);
            *how = Attribution::After;
            continue;
        }
        // "«If there is a truce, we will not stand at the window». Giuliana Marzotti chose
        // the parade to send a message": a quotation that opens a paragraph as a sentence of
        // its own is the words of the known person the next sentence opens with.
        if !*continues
            && sent.pieces.len() == 1
            && text
                .get(doc.paragraphs[para].start..sent.range.start)
                .is_some_and(|dateline| !dateline.contains(char::is_lowercase))
            && text
                .get(sent.range.start..f.start)
                .is_some_and(|lead| !lead.contains(char::is_alphanumeric))
            && text
                .get(f.end..sent.range.end)
                .is_some_and(|tail| !tail.contains(char::is_alphanumeric))
            && let Some(next) = doc.sentences.get(s + 1).filter(|n| n.para == para)
            && let Some((actor, _)) = d.actor_at(next.toks.start)
            && !d.index.info[actor].institution
        {
            f.speaker = Some(d.actor_entity(actor, s + 1));
            *how = Attribution::After;
            continue;
        }
        let recent = state
            .last
            .filter(|(_, lp, ls, _)| (*continues || para <= lp + 1) && s <= ls + 6);
        // A newer subject since that quotation speaks now ("Synthetic rejected it. "…"").
        let newer = d
            .recent
            .iter()
            .map(|&id| (id, &d.entities[id]))
            .filter(|(_, e)| e.merged.is_none() && e.speaker_like && e.last_subject.is_some())
            .max_by_key(|(_, e)| e.last_subject)
            .filter(|(_, e)| {
                let subject = e.last_subject.unwrap_or(0);
                s <= subject + 3
                    && recent.is_none_or(|(_, _, ls, _)| subject > ls)
                    && doc.sentences[subject].para + 1 >= para
            })
            .map(|(id, _)| id);
        if *continues && let Some((who, _, _, day)) = recent {
            f.speaker = who;
            if f.said_on.is_none() {
                f.said_on = day;
            }
        } else if let Some(id) = newer {
            f.speaker = Some(id);
        } else if let Some((who, _, _, day)) = recent {
            f.speaker = who;
            if f.said_on.is_none() {
                f.said_on = day;
            }
        }
    }
    for (f, _, _) in &found {
        if let Some(id) = f.speaker {
            d.mark_subject(id, s);
            state.count_quoted(d, id);
        }
        if f.speaker.is_some() {
            state.last = Some((f.speaker, sent.para, s, f.said_on));
        }
    }
    found.into_iter().map(|(f, _, _)| f).collect()
}
