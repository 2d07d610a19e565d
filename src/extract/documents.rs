//! A document's own wording: "The draft commits signatories to "…"", "Article 4, the most
//! disputed clause, now says each guarantor "…"", ""…," the letter reads". The words are the
//! document's, whoever reports them; it is named as the text names it ("joint declaration",
//! "Article 4 of the Quillport Compact", "key passage of the declaration").

/// Documents whose words are quoted.
const DOCUMENT: &str = r"draft|treaty|declaration|text|document|agreement|memorandum|annex|letter|resolution|charter|accord|pact|protocol|framework|communiqu[eé]|non-paper|paper|regulation|proposal|compact|memo|cable|conclusions|directive|testimony|report|summary|bill|(?:joint|final|closing|concluding)\s+statement";

/// Parts of a document, whose words are the document's.
const PART: &str = r"preamble|clause|passage|paragraph|provision|sentence|section|chapter|(?:article|clause)\s+(?:\d+[a-z]?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";

/// The determiners a document's phrase may open with.
const ARTICLES: [&str; 7] = ["the", "this", "that", "its", "their", "a", "an"];

/// Verbs by which a document words something.
const WORDS: &str = r"pledge|commit|undertake|says|said|states|stated|provides|commits|committed|obliges|obliged|binds|bound|requires|reads|stipulates|promised|promises|pledges|pledged|proposes|calls\s+for|speaks\s+of|describes|declares|defines|calls|stresses|stressed|warns|warned|notes|noted|urges|insists|asks|tells|told|adds|added|finds|found|concludes|concluded|recommends|instructs|refers\s+to|underlines|reaffirms|reaffirmed|oblige|require|bind|provide|allow|allows|prohibit|prohibits|authori[sz]e|authori[sz]es";

/// Of `WORDS`, the verbs people speak by more than documents do: "it" before them is more
/// often a speaker than a document ("The ministry rejected the draft. It said …"), and a
/// document before them is a subject only where a clause opens ("One of the officials who
/// drafted the framework, a veteran diplomat, told …" is the official's).
const PEOPLES_WORDS: [&str; 9] = [
    "said", "tells", "told", "adds", "added", "stated", "stressed", "warned", "noted",
];

/// A document or its part as a noun phrase: a determiner, up to three words before the
/// noun, and "of the …" after a part.
fn phrase() -> String {
    format!(
        r#"(?:(?:the|this|that|its|their|a|an)\s+)?(?:[\w’'-]+\s+){{0,3}}?[“"‘']?(?:{DOCUMENT}|{PART})[”"’']?(?:\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){{0,4}}?(?:{DOCUMENT}))?"#
    )
}

/// The document, then what it says up to the end of the reporter's words: an apposition or
/// two, a relative clause or a participle between ("The memorandum, signed in Templatyn,
/// commits", "The nine-page text, published by Kestrel House, the prime minister's office,
/// commits", "Article 4 of the draft, which commits", "Article Nine, the clause under which
/// signatories pledge", "The text that the leaders signed said"), a pronoun standing for it
/// ("It states that").
fn subject_and_verb() -> &'static regex::Regex {
    regex!(&format!(
        r#"(?i)(?:^|[\s,(\u{{2014}}\u{{2013}}:])(?P<np>{np}|it)(?:(?:,[^,.;]{{1,100}}){{1,2}},[”"’]?|\s+that\s+(?:the\s+)?[^,.;"“”‘’]{{1,60}}?|,\s*(?:(?:the\s+)?[\w’'-]+\s+(?:under|by)\s+)?(?P<which>which)(?:\s+[\w’'-]+){{0,4}}?|\s+(?:published|signed|circulated|adopted|seen|drafted|obtained|agreed|tabled|approved|released|issued|reviewed|dated|leaked|prepared|sent|submitted|presented|shared)(?-u:\b)[^,.;]{{0,80}}?)?\s+(?:(?:would|will|shall|could)\s+)?(?:(?:also|now|only|further|explicitly|merely|still|simply)\s+)?(?P<verb>{WORDS})(?-u:\b)(?P<rest>[^.;!?]*)$"#,
        np = phrase()
    ))
}

/// ""…," the letter reads": the document after the quotation.
fn after_quotation() -> &'static regex::Regex {
    regex!(&format!(
        r"(?i)^[\s,]*(?P<np>(?:the|its)\s+(?:[\w’'-]+\s+){{0,2}}?(?:{DOCUMENT}))\s+(?:reads|says|states|continues|adds)(?-u:\b)"
    ))
}

/// The last document named in `earlier`, for a pronoun or a part that stands for it.
fn last_document(earlier: &str) -> Option<&str> {
    let found = regex!(&format!(
        r"(?i)(?-u:\b)(?:the|this|that|a|an|its|their)\s+[“”]?(?:[\w’'-]+\s+){{0,2}}?[“”]?(?:{DOCUMENT})(?:(?-u:\b)|[^\w’'-]|$)"
    ))
    .find_iter(earlier)
    // (The boundary after "communiqué" is the character after it.)
    .map(|m| m.as_str().trim_end_matches(|c: char| !c.is_alphanumeric()))
    // Not the text of this article ("the full text has been published" is the treaty's),
    // nor an idiom ("a deterrent on paper").
    .filter(|m| {
        let lower = m.to_lowercase();
        !lower.ends_with(" text")
            && !lower
                .split_whitespace()
                .any(|w| matches!(w, "on" | "in" | "of" | "to" | "for" | "with" | "by" | "at"))
    })
    .last()?;
    Some(found)
}

/// The name of a document phrase, without its article and quotation marks.
fn name_of(phrase: &str) -> String {
    let phrase = phrase.trim().trim_matches(['“', '”', '"', '‘', '’', '\'']);
    let lower = phrase.to_lowercase();
    let rest = ARTICLES
        .iter()
        .find_map(|article| {
            let after = lower.strip_prefix(article)?;
            after.starts_with(' ').then(|| &phrase[article.len() + 1..])
        })
        .unwrap_or(phrase);
    rest.replace(['“', '”', '"'], "")
}

/// "… saying the charter was an intergovernmental agreement that did not require": a
/// phrase with "a" or "an" after a copula is what something is, not a subject ("At the
/// heart of the dispute is Article 4, which obliges" is one).
fn predicate(words: &str, phrase: &str) -> bool {
    let copula = words.split_whitespace().next_back().is_some_and(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "is" | "was" | "are" | "were" | "be" | "been"
        )
    });
    copula && (phrase.starts_with("a ") || phrase.starts_with("an "))
}

/// Whether a document's phrase after `words` can be the subject of its verb: not after a
/// preposition ("a source familiar with the draft said", "In a joint statement, the
/// ministers, who met in Brennholm, pledged"; "the wording of its central clause, which
/// commits" is the clause's); before a verb people speak by, only where a clause opens.
fn opens_a_clause(words: &str, peoples_verb: bool) -> bool {
    let trimmed = words.trim_end();
    let Some(last) = trimmed.split_whitespace().next_back() else {
        return true;
    };
    let last = last.to_lowercase();
    let preposition = matches!(
        last.as_str(),
        "in" | "with"
            | "on"
            | "about"
            | "to"
            | "from"
            | "by"
            | "under"
            | "for"
            | "against"
            | "into"
            | "at"
            | "over"
            | "after"
            | "before"
            | "than"
            | "like"
            | "per"
    );
    if preposition || (peoples_verb && last == "of") {
        return false;
    }
    !peoples_verb
        || trimmed.ends_with([',', ';', ':', '(', '\u{2014}', '\u{2013}', '.', '\n'])
        || matches!(
            last.as_str(),
            "and" | "but" | "that" | "while" | "as" | "when" | "because" | "so" | "yet" | "whereas"
        )
}

/// The phrase from its determiner or the words that describe the noun, without words of
/// the clause before it that the match took in ("the dispute is Article 4" is "Article 4").
fn trimmed(phrase: &str) -> &str {
    let Some(head) = regex!(&format!(r#"(?i)[“"‘']?(?:{DOCUMENT}|{PART})(?-u:\b)"#))
        .find_iter(phrase)
        .next()
    else {
        return phrase;
    };
    let mut start = head.start();
    for word in phrase[..head.start()].split_whitespace().rev() {
        let lower = word.to_lowercase();
        if matches!(
            lower.as_str(),
            "is" | "was"
                | "are"
                | "were"
                | "be"
                | "of"
                | "in"
                | "on"
                | "at"
                | "to"
                | "by"
                | "for"
                | "with"
                | "and"
                | "or"
                | "but"
                | "which"
                | "who"
                | "has"
                | "have"
                | "had"
                | "will"
                | "would"
                | "said"
                | "says"
                | "said,"
                | "under"
        ) || word.ends_with(',')
        {
            break;
        }
        start = phrase[..start].trim_end().len() - word.len();
        if ARTICLES.contains(&lower.as_str()) {
            break;
        }
    }
    &phrase[start..]
}

/// Who words the quotation that follows `before` (the reporter's words up to it), when a
/// document does; `earlier` is the text of the sentences before, where a pronoun or a part
/// finds its document.
pub(super) fn wording_before(before: &str, earlier: &str) -> Option<String> {
    if let Some(name) = according_to_before(before) {
        return Some(name);
    }
    // (A search without captures first: most reporters' words name no document, and
    // capturing is the slow search.)
    if !regex!(&format!(r"(?i)(?-u:\b)(?:{WORDS})(?-u:\b)")).is_match(before)
        || !subject_and_verb().is_match(before)
    {
        return None;
    }
    let caps = subject_and_verb().captures(before)?;
    let rest = caps.name("rest")?.as_str();
    if !leads_to_quotation(rest) {
        return None;
    }
    // "the clause, which obliges …, "changes the entire architecture"": the relative clause
    // has closed, and the quotation is said about the document.
    if caps.name("which").is_some() && rest.trim_end().ends_with(',') {
        return None;
    }
    let np = caps.name("np")?;
    let phrase = trimmed(np.as_str());
    let lower = phrase.to_lowercase();
    let phrase_start = np.end() - phrase.len();
    let peoples_verb = PEOPLES_WORDS.contains(&caps.name("verb")?.as_str().to_lowercase().as_str());
    if !opens_a_clause(&before[..phrase_start], peoples_verb)
        || predicate(&before[..phrase_start], &lower)
    {
        return None;
    }
    let earlier_here = format!("{earlier} {}", &before[..np.start()]);
    if lower == "it" {
        if peoples_verb {
            return None;
        }
        return last_document(&earlier_here).map(name_of);
    }
    // "He added that paper promises "…"": paper as a kind of promise.
    if lower.split_whitespace().last() == Some("paper")
        && !["the ", "a ", "an ", "this ", "its ", "their "]
            .iter()
            .any(|article| lower.starts_with(article))
    {
        return None;
    }
    let name = name_of(phrase);
    // "The memorandum says" after "the 1994 Corvin Memorandum": the name it was given.
    if !name.contains(' ')
        && let Some(named) = regex!(&format!(
            r"(?:[A-Z][\w’'-]+\s+){{1,3}}(?i:{DOCUMENT})(?-u:\b)"
        ))
        .find_iter(&earlier_here)
        .filter(|m| m.as_str().to_lowercase().ends_with(&name.to_lowercase()))
        .filter(|m| {
            !["The ", "A ", "An ", "This ", "That "]
                .iter()
                .any(|article| m.as_str().starts_with(article))
                // (Not a heading in capitals: "SYNTHETIC'S LETTER:".)
                && m.as_str().contains(char::is_lowercase)
        })
        .last()
    {
        return Some(named.as_str().to_owned());
    }
    // ("The text, a copy of which was seen by the Post, says": the text of the proposal.)
    let part = regex!(&format!(
        r#"(?i)(?:{PART}|(?-u:\b)text|(?-u:\b)document)[”’'"]?$"#
    ))
    .is_match(phrase);
    // (Not "the draft text", which names its document.)
    let names_its_document = name
        .split_whitespace()
        .rev()
        .skip(1)
        .any(|w| regex!(&format!(r"(?i)^(?:{DOCUMENT})$")).is_match(w));
    if part
        && !names_its_document
        && let Some(document) = last_document(&earlier_here)
    {
        return Some(format!("{name} of the {}", name_of(document)));
    }
    Some(name)
}

/// Whether the reporter's words after a document's verb lead to the quotation as its
/// wording: close to it, with no one else speaking and no other quotation between.
fn leads_to_quotation(rest: &str) -> bool {
    rest.split_whitespace().count() <= 30
        && !super::quotes::has_verb_of_saying(rest)
        && !rest.contains(['"', '“', '”', '«', '»'])
}

/// "according to a copy of the draft": the document named after "according to", perhaps
/// through a copy of it.
const ACCORDING_TO_DOCUMENT: &str = r"according\s+to\s+(?:an?\s+(?:copy|version|summary|excerpt|draft)\s+of\s+)?(?P<np>(?:the|an?|its)\s+(?:[\w’'-]+\s+){0,2}?(?:DOCUMENT))";

/// ""…," according to a copy of the draft seen by the Post": the document after the
/// quotation.
fn according_to_document() -> &'static regex::Regex {
    regex!(&format!(
        r"(?i)^[\s,]*{}(?-u:\b)",
        ACCORDING_TO_DOCUMENT.replace("DOCUMENT", DOCUMENT)
    ))
}

/// "According to the draft, the soldiers may use force "…"": the document the sentence
/// opens with, when nobody speaks in the reporter's words after it.
fn according_to_before(before: &str) -> Option<String> {
    let caps = regex!(&format!(
        r"(?i)^\s*{}(?:\s+(?:seen|obtained|reviewed)\s+by\s+[^,]{{1,40}})?,(?P<rest>[^.;!?]*)$",
        ACCORDING_TO_DOCUMENT.replace("DOCUMENT", DOCUMENT)
    ))
    .captures(before)?;
    let rest = caps.name("rest")?.as_str();
    if !leads_to_quotation(rest)
        // ("… which is why diplomats have nicknamed the thing the "Canopy bond"": a name.)
        || regex!(r"(?i)(?-u:\b)(?:nicknamed|dubbed|called|calling|known\s+as|so-called|titled|named|labelled|labeled|branded)(?-u:\b)").is_match(rest)
    {
        return None;
    }
    Some(name_of(caps.name("np")?.as_str()))
}

/// Who words the quotation before `after`, when a document named right after it does.
pub(super) fn wording_after(after: &str) -> Option<String> {
    let caps = after_quotation()
        .captures(after)
        .or_else(|| according_to_document().captures(after))?;
    Some(name_of(caps.name("np")?.as_str()))
}
