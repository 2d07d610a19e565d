//! The shape of a text: paragraphs, the quoted passages in them, sentences (which never end
//! inside a quotation) and word tokens, all by byte offset.

use std::ops::Range;

/// One quoted passage within a paragraph: the words between an opening mark and its closing
/// mark (or the paragraph's end, when the quotation goes on in the next paragraph).
#[derive(Debug, Clone)]
pub(super) struct Piece {
    /// Byte offset of the opening mark.
    pub open: usize,
    /// The bytes between the marks.
    pub inner: Range<usize>,
    /// Byte offset just past the closing mark, or the paragraph's end when it is not closed.
    pub after: usize,
    /// Whether a closing mark ends it.
    pub closed: bool,
    pub para: usize,
    /// It opens a paragraph and goes on with a quotation the previous paragraph left open.
    pub continues: bool,
    pub sentence: usize,
    /// A turn of a transcript, not a passage in quotation marks.
    pub turn: bool,
}

#[derive(Debug, Clone)]
pub(super) struct Sentence {
    pub range: Range<usize>,
    pub para: usize,
    /// Indices into `Doc::pieces`.
    pub pieces: Range<usize>,
    /// Indices into `Doc::toks`.
    pub toks: Range<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum TokKind {
    Word,
    Punct(char),
}

#[derive(Debug, Clone)]
pub(super) struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: TokKind,
    /// Lower case, without diacritics or a possessive ending.
    pub lower: String,
    /// Starts with an upper-case letter.
    pub cap: bool,
    /// Ended in `'s`, `’s` or `s'`.
    pub possessive: bool,
    /// Written in capitals (two letters or more).
    pub upper: bool,
    /// Inside a quotation.
    pub quoted: bool,
}

impl Tok {
    pub fn is(&self, word: &str) -> bool {
        self.kind == TokKind::Word && self.lower == word
    }
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == TokKind::Punct(c)
    }
    pub fn is_word(&self) -> bool {
        self.kind == TokKind::Word
    }
}

pub(super) struct Doc<'a> {
    pub text: &'a str,
    pub paragraphs: Vec<Range<usize>>,
    pub pieces: Vec<Piece>,
    pub sentences: Vec<Sentence>,
    pub toks: Vec<Tok>,
    /// A published address, briefing or statement: where its header names the speaker,
    /// and the paragraphs that are the speaker's words.
    pub address: Option<Address>,
    /// A collected commentary's sections, each signed under it by its author, and the
    /// answers of an interview printed without labels, whose headline names the guest.
    pub authored: Vec<Address>,
    /// A document published in full after the story ("The full text … follows."): its
    /// title's document noun phrase ("Joint Statement"), and its paragraphs.
    pub published: Option<(String, Vec<usize>)>,
    /// Labels that stand for a role, and the name of the one who holds it: a record's roster
    /// ("President: Mr. Olumide Bakare (Sabelia)" for "The President:"), an interview's
    /// guest ("GUEST:" in "… interview with Foreign Minister Taras Mockovskyy").
    pub role_holders: Vec<(String, Range<usize>)>,
    /// (byte offset just past a multi-byte character, extra bytes up to there), in order:
    /// enough to turn byte offsets into character offsets.
    multibyte: Vec<(usize, usize)>,
}

/// A document published as one person's words ("Briefing by Foreign Ministry Spokeswoman
/// Irina Nullova", "… – address by the President of Placeholdia"), whose prose paragraphs,
/// up to its first question, are that person's.
#[derive(Debug, Clone)]
pub(super) struct Address {
    /// The speaker's name or title in the header.
    pub speaker: Range<usize>,
    /// The prose paragraphs that are the speaker's words.
    pub paras: Vec<usize>,
}

/// A mark that may open a quotation where a sentence starts (” and » open one in Swedish,
/// Finnish and German papers).
pub(super) fn is_open_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '\u{201c}' | '\u{00ab}' | '\u{201e}' | '\u{201d}' | '\u{00bb}'
    )
}

pub(super) fn is_quote_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '\u{201c}' | '\u{201d}' | '\u{00ab}' | '\u{00bb}' | '\u{201e}'
    )
}

/// The text lower-cased character by character where that keeps each character's byte
/// length, so that an offset into the result is the same offset into `text` ("Ⱥ" grows and
/// the Kelvin sign shrinks when lower-cased: both are kept as they are).
pub(super) fn lowercase_in_place(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
            continue;
        }
        let mut lower = c.to_lowercase();
        match (lower.next(), lower.next()) {
            (Some(l), None) if l.len_utf8() == c.len_utf8() => out.push(l),
            _ => out.push(c),
        }
    }
    out
}

/// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "sgt", "st", "jr", "sr", "no", "vs", "etc",
    "prof", "capt", "maj", "adm", "gov", "sen", "rep", "inc", "corp", "ltd", "jan", "feb", "mar",
    "apr", "aug", "sept", "sep", "oct", "nov", "dec", "approx", "cf", "fig", "mt", "ft", "rev",
    "hon", "brig", "cmdr", "cpl", "pvt", "messrs", "u.s", "u.k", "e.g", "i.e", "a.m", "p.m", "u.n",
];

impl<'a> Doc<'a> {
    pub fn new(text: &'a str) -> Self {
        let paragraphs = paragraphs(text);
        let double = quote_pieces(text, &paragraphs, false);
        let pieces = if text.contains(['\u{2018}', '\'']) {
            merge_single(double, quote_pieces(text, &paragraphs, true))
        } else {
            double
        };
        let pieces = split_at_asides(text, pieces);
        let address = address(text, &paragraphs);
        let role_holders = role_holders(text, &paragraphs);
        let guest_named = role_holders.iter().any(|(office, _)| office == GUEST);
        let mut turns = transcript_turns(text, &paragraphs, guest_named);
        if let Some(address) = &address {
            turns.retain(|t| !address.paras.contains(&t.para));
            turns.extend(paragraph_turns(text, &paragraphs, &address.paras, false));
        }
        turns.extend(signed_posts(text, &paragraphs));
        let published = published_in_full(text, &paragraphs);
        if let Some((_, paras)) = &published {
            turns.retain(|t| !paras.contains(&t.para));
            turns.extend(paragraph_turns(text, &paragraphs, paras, true));
        }
        // (An interview without labels, where the text has no other turns.)
        let interview = turns
            .is_empty()
            .then(|| unlabelled_interview(text, &paragraphs))
            .flatten();
        let authored: Vec<Address> = signed_sections(text, &paragraphs)
            .into_iter()
            .chain(interview)
            .collect();
        for section in &authored {
            turns.retain(|t| !section.paras.contains(&t.para));
            turns.extend(paragraph_turns(text, &paragraphs, &section.paras, false));
        }
        let pieces = with_dash_quotes(pieces, dash_quotes(text, &paragraphs));
        let pieces = with_turns(pieces, turns);
        let mut doc = Doc {
            text,
            paragraphs,
            pieces,
            sentences: Vec::new(),
            toks: Vec::new(),
            address,
            authored,
            published,
            role_holders,
            multibyte: Vec::new(),
        };
        doc.sentences = doc.split_sentences();
        doc.toks = tokens(text, &doc.pieces);
        doc.assign_tokens();
        for s in &doc.sentences {
            super::speakers::unmark_names_in_capitals(&mut doc.toks, s.toks.clone());
        }
        // A transcript's label in capitals ("FENNIMORE:", "ANDRIY STUBENKO:", "SEN. RODERICK
        // FINCHLEY (F-WESTMARCH):") is a name, not a banner.
        for pc in doc.pieces.iter().filter(|pc| pc.turn && !pc.continues) {
            let label = doc.tok_at(doc.paragraphs[pc.para].start)..doc.tok_at(pc.open);
            // (The name before a role: "SEN. LORRAINE QUARRIE, SENATE FOREIGN RELATIONS
            // COMMITTEE:".)
            let label = label.start
                ..(label.clone())
                    .find(|&k| doc.toks[k].is_punct(','))
                    .unwrap_or(label.end);
            let words = doc.toks[label.clone()]
                .iter()
                .filter(|t| t.is_word())
                .count();
            if words <= 6 {
                for t in &mut doc.toks[label] {
                    t.upper = false;
                }
            }
        }
        if !text.is_ascii() {
            let mut extra = 0;
            for (i, c) in text.char_indices() {
                let len = c.len_utf8();
                if len > 1 {
                    extra += len - 1;
                    doc.multibyte.push((i + len, extra));
                }
            }
        }
        doc
    }

    /// The character offset of a byte offset.
    pub fn chars(&self, byte: usize) -> usize {
        let before = self.multibyte.partition_point(|(end, _)| *end <= byte);
        byte - before.checked_sub(1).map_or(0, |k| self.multibyte[k].1)
    }

    /// Splits each paragraph into sentences, never inside a quotation, and never between a
    /// quotation and the attribution that follows it (`"Never!" Synthetic said.`).
    fn split_sentences(&mut self) -> Vec<Sentence> {
        let text = self.text;
        let bytes = text.as_bytes();
        let mut sentences = Vec::new();
        let mut piece = 0;
        let transcript = self.pieces.iter().any(|pc| pc.turn);
        for (p, para) in self.paragraphs.iter().enumerate() {
            // A dateline ("KYIV, May 7 (Reuters) - ") is not part of the first sentence.
            let body = &text[para.clone()];
            let skip = dateline().find(body).map_or(0, |m| m.end());
            // A newsletter's kicker ("TEMPLATYN COUNTS: Placeholdia's prime minister…") is
            // not part of the sentence; a transcript's label stays before its turn.
            let skip = match kicker().find(&body[skip..]) {
                Some(m) if !transcript => skip + m.end(),
                _ => match sentence_case_kicker(&body[skip..]) {
                    Some(end) if !transcript => skip + end,
                    _ => skip,
                },
            };
            // A quotation that opens inside the heading keeps it in the sentence.
            let first = self.pieces.partition_point(|pc| pc.open < para.start);
            let skip = match self.pieces.get(first) {
                Some(pc) if pc.open < para.start + skip => 0,
                _ => skip,
            };
            let mut start = para.start + skip;
            let mut i = start;
            while i < para.end {
                // Jump over quotations.
                while piece < self.pieces.len() && self.pieces[piece].after <= i {
                    piece += 1;
                }
                if piece < self.pieces.len() && self.pieces[piece].open == i {
                    let pc = &self.pieces[piece];
                    let inner = text[pc.inner.clone()].trim_end();
                    let ends_sentence = inner.ends_with(['.', '!', '?']) && pc.closed;
                    i = pc.after;
                    if ends_sentence && i < para.end && starts_new_sentence(&text[i..para.end]) {
                        sentences.push(Sentence {
                            range: start..i,
                            para: p,
                            pieces: 0..0,
                            toks: 0..0,
                        });
                        start = i;
                    }
                    continue;
                }
                let b = bytes[i];
                if matches!(b, b'.' | b'!' | b'?') {
                    let mut j = i + 1;
                    while j < para.end && matches!(bytes[j], b'.' | b'!' | b'?' | b')') {
                        j += 1;
                    }
                    // (Or a dashed quotation opens: "… has three”. – If the president …")
                    let next_at =
                        j + (text[j..para.end].len() - text[j..para.end].trim_start().len());
                    let dashed_quote_opens = || {
                        text[next_at..].starts_with(['\u{2013}', '\u{2014}'])
                            && self.pieces[piece..]
                                .iter()
                                .take_while(|pc| pc.open <= next_at)
                                .any(|pc| pc.open == next_at)
                    };
                    let next_ok = j >= para.end
                        || (bytes[j] == b' '
                            && (starts_like_sentence(text[j..para.end].trim_start())
                                || dashed_quote_opens()));
                    if next_ok
                        && !(b == b'.'
                            && is_abbreviation(&text[start..i])
                            && !time_then_sentence(&text[start..i], &text[j..para.end]))
                    {
                        sentences.push(Sentence {
                            range: start..j,
                            para: p,
                            pieces: 0..0,
                            toks: 0..0,
                        });
                        start = j;
                    }
                    i = j;
                    continue;
                }
                i += text[i..].chars().next().map_or(1, char::len_utf8);
            }
            if start < para.end && !text[start..para.end].trim().is_empty() {
                sentences.push(Sentence {
                    range: start..para.end,
                    para: p,
                    pieces: 0..0,
                    toks: 0..0,
                });
            }
        }
        // Trim leading spaces so that ranges start at a word.
        for s in &mut sentences {
            let lead = text[s.range.clone()].len() - text[s.range.clone()].trim_start().len();
            s.range.start += lead;
        }
        sentences
    }

    fn assign_tokens(&mut self) {
        let mut piece = 0;
        let mut tok = 0;
        for (n, s) in self.sentences.iter_mut().enumerate() {
            let first_piece = piece;
            while piece < self.pieces.len() && self.pieces[piece].open < s.range.end {
                self.pieces[piece].sentence = n;
                piece += 1;
            }
            s.pieces = first_piece..piece;
            while tok < self.toks.len() && self.toks[tok].start < s.range.start {
                tok += 1;
            }
            let first_tok = tok;
            while tok < self.toks.len() && self.toks[tok].start < s.range.end {
                tok += 1;
            }
            s.toks = first_tok..tok;
        }
    }

    /// The index of the first token at or after a byte offset.
    pub fn tok_at(&self, byte: usize) -> usize {
        self.toks.partition_point(|t| t.start < byte)
    }

    /// The index of the paragraph that holds a byte offset (or the first after it).
    pub fn paragraph_of(&self, byte: usize) -> usize {
        self.paragraphs.partition_point(|r| r.end <= byte)
    }
}

fn dateline() -> &'static regex::Regex {
    regex!(
        r"^\s*(?:[A-Z][A-Z'\u{2019}./\- ]{2,40}(?:(?:,[^\u{2014}\u{2013}\n]{1,60}?)?\s*(?:\([^)\n]{1,60}\))?\s*(?:[\u{2014}\u{2013}]|--?)|,[^./\n]{1,30}\.\s*/[^/\n]{1,30}/\.)|\d{1,2}[:.]\d{2}(?:\s*[A-Za-z.]{2,5})?\s*(?:[\u{2014}\u{2013}]|--?))\s+"
    )
}

/// A heading in capitals before a colon that opens a paragraph ("STATE OF PLAY: ").
fn kicker() -> &'static regex::Regex {
    regex!(r"^\s*[A-Z][A-Z0-9'\u{2019}.&\-]+(?:,? [A-Z0-9'\u{2019}.&\-\u{2014}\u{2013}]+){0,6}:\s+")
}

/// The end of a newsletter's kicker in sentence case ("Why it matters: The force…", "Not so
/// fast: Jorik Vandenhoek…"): two to four words, only the first capitalised, before a colon
/// and a sentence. One word is as often a speaker ("Dummov: Patrols are …"), and words a
/// colon introduces after a verb of saying or in quotation marks ("Officials said: "…"") are
/// someone's.
fn sentence_case_kicker(body: &str) -> Option<usize> {
    let m = regex!(r"^\s*[A-Z][a-z'\u{2019}]*(?: [a-z'\u{2019}\-]+){0,3}:\s+").find(body)?;
    let next = body[m.end()..].chars().next()?;
    let words: Vec<String> = body[..m.end()]
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '\u{2019}')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    // "Source: Melnar in an interview with …": a line that names where the quotations under
    // it come from (not a source's words, which a headline gives: "Source: deal close").
    let source_line = words == ["source"]
        && body.trim_end().len() <= 160
        && !body.contains(is_quote_mark)
        && !body[m.end()..].contains(" will ");
    // One word only when it is a word no one is called ("Details: Zharko said …").
    if words.len() == 1 && !super::speakers::is_non_name(&words[0]) && !source_line {
        return None;
    }
    // "Alliance chief: No membership": a speaker, not a kicker.
    let speaker = !source_line
        && words.last().is_some_and(|w| {
            super::speakers::is_title_word(w) || super::speakers::is_speaker_noun(w)
        });
    let says = words
        .iter()
        .any(|w| super::reported::verb_like(w).is_some());
    (next.is_uppercase() && !says && !speaker).then_some(m.end())
}

/// Begins with a capital, a digit or an opening mark (a single one before a capital).
fn starts_like_sentence(rest: &str) -> bool {
    let mut chars = rest.chars();
    match chars.next() {
        Some('\'' | '\u{2018}') => chars.next().is_some_and(char::is_uppercase),
        Some(c) => c.is_uppercase() || c.is_ascii_digit() || is_open_mark(c),
        None => false,
    }
}

/// "ended shortly before 5 p.m. Verhoek told reporters": a time ends the sentence, unless
/// its day or zone follows ("at 3 p.m. Tuesday", "9 a.m. GMT").
fn time_then_sentence(before: &str, after: &str) -> bool {
    // (Only the last bytes: a sentence of endless abbreviations stays linear.)
    let tail = before.as_bytes();
    let tail = &tail[tail.len().saturating_sub(3)..];
    if !(tail.eq_ignore_ascii_case(b"a.m") || tail.eq_ignore_ascii_case(b"p.m")) {
        return false;
    }
    let next = after
        .split(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty())
        .unwrap_or("")
        .to_ascii_lowercase();
    super::dates::weekday(&next).is_none()
        && !matches!(
            next.as_str(),
            "local"
                | "gmt"
                | "utc"
                | "bst"
                | "cet"
                | "cest"
                | "est"
                | "edt"
                | "et"
                | "pt"
                | "pst"
                | "pdt"
                | "eastern"
                | "central"
                | "pacific"
                | "moscow"
                | "kyiv"
        )
        && next.chars().next().is_some_and(|c| c.is_alphabetic())
}

pub(super) fn is_abbreviation(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(' || is_quote_mark(c))
        .next()
        .unwrap_or("");
    // An initial, or initials ("I.V. Nullova", "S.A. Fakenko").
    if is_initialism(word) && word.chars().all(|c| c == '.' || c.is_uppercase()) {
        return true;
    }
    let lower = word.to_ascii_lowercase();
    ABBREVIATIONS.contains(&lower.as_str())
}

/// After a quotation that ends with a stop: does a new sentence begin, or does an
/// attribution follow (`"Never!" Synthetic said.`, `"Why?" asked Synthetic.`)?
fn starts_new_sentence(rest: &str) -> bool {
    let trimmed = rest.trim_start();
    if !starts_like_sentence(trimmed) {
        return false;
    }
    // Up to the next stop, a short attribution?
    let clause = trimmed.split(['.', '!', '?']).next().unwrap_or("");
    let words: Vec<&str> = clause.split_whitespace().collect();
    if words.len() > 14 || clause.contains(['"', '\u{201c}', '\u{00ab}']) {
        return true;
    }
    let verb_at = words.iter().position(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase();
        super::quotes::ATTRIBUTION_VERBS.contains(&w.as_str())
    });
    // A verb that opens the clause starts a sentence of its own ("Asked whether he trusted
    // Mr Example, he laughed."): an attribution puts its verb after the quotation in lower
    // case, so a capital there means a new sentence.
    let attribution = verb_at.is_some_and(|at| {
        (words.len() <= 8 && (1..=5).contains(&at))
            // "Bernard Caul, the bank's president, told the Financial Times.": a name and
            // its apposition, then the verb and a short audience.
            || ((3..=9).contains(&at)
                && words[at - 1].ends_with(',')
                && words[..at - 1].iter().any(|w| w.ends_with(','))
                && words.len() - at <= 5)
    });
    !attribution
}

/// Paragraphs are the non-blank lines.
fn paragraphs(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if c == '\n' || c == '\r' || c == '\u{2029}' {
            if !text[start..i].trim().is_empty() {
                out.push(start..i);
            }
            start = i + c.len_utf8();
        }
    }
    if !text[start..].trim().is_empty() {
        out.push(start..text.len());
    }
    out
}

/// A speaker's label opening a transcript's paragraph: a name or title in capitals
/// ("SYNTHETIC:", "SECRETARY FIXTURE:") or in title case ("Ada Synthetic:", "Host:"), with
/// a role after a comma ("Col. Anika Lorne, Reassurance Force Spokeswoman:"), a
/// parliament's office and the member holding it ("The Minister for the Armed Forces (Tobias
/// Kerrow):"), "Q:" / "A:", then a seat and a party or a stage direction ("(Harrowgate East)
/// (Unity)", "(Via interpreter)"). A television script's cue may come first ("[SYNC] BORIS
/// EXAMPLE, PRESIDENT OF NORLANDIA:"). Markdown may set the label in bold ("**Lozynsky:**").
fn turn_label() -> &'static regex::Regex {
    regex!(
        r"^\s*(?:\*\*)?(?:\[(?:[A-Z][^\]\n]{0,40}|\d{1,2}:\d{2}(?::\d{2})?)\]\s*)?(Q|A|\p{Lu}[\p{Lu}'\u{2019}.\-/]+(?: \p{Lu}[\p{Lu}'\u{2019}.\-/]+){0,3}(?:, \p{Lu}[\p{Lu}'\u{2019}.\-]*(?: \p{Lu}[\p{Lu}'\u{2019}.\-]*){0,7})?|\p{Lu}[\p{Ll}'\u{2019}\-]+(?: \p{Lu}[\p{Ll}'\u{2019}\-]+){0,4}(?:, [A-Z][\w'\u{2019}\-]*(?: (?:[A-Z][\w'\u{2019}\-.]*|of|for|the|and|on|in|at|to)){0,7})?|[A-Z][a-z]{1,3}\. \p{Lu}[\p{Ll}'\u{2019}\-]+(?: \p{Lu}[\p{Ll}'\u{2019}\-]+){0,2}(?:, [A-Z][\w'\u{2019}\-]*(?: (?:[A-Z][\w'\u{2019}\-.]*|of|for|the|and|on|in|at|to)){0,7})?|(?:The )?[A-Z][a-z]+(?: (?:\p{Lu}[\p{Ll}'\u{2019}\-]+|of|for|the|and)){1,7}(?:\s*\([A-Z][^)\n]{1,60}\)))(?:\s*(?:\([^)\n]{1,80}\)|\[[^\]\n]{1,80}\])){0,2}(?::\*\*|\*\*:|:)\s+(?:\([^)\n]{1,40}\)\s+)?\S"
    )
}

/// Where the speaker's name is in a label: "Gwen Talbrook" in "Gwen Talbrook (Ashcombe
/// North) (Prog)", "Tobias Kerrow" in "The Minister for the Armed Forces (Tobias Kerrow)",
/// "Anika Lorne" in "Col. Anika Lorne, Reassurance Force Spokeswoman"; a label without
/// parentheses or a role is all name.
pub(super) fn label_name(label: &str) -> Range<usize> {
    // A script's cue before the name: "[SYNC] BORIS EXAMPLE, PRESIDENT".
    if let Some(rest) = label.trim_start().strip_prefix('[')
        && let Some(close) = rest.find(']')
    {
        let cue = label.len() - rest.len() + close + 1;
        let name = &label[cue..];
        let skipped = cue + (name.len() - name.trim_start().len());
        let inner = label_name(&label[skipped..]);
        return inner.start + skipped..inner.end + skipped;
    }
    // (A reactions roundup's office before the name: "VALLMARK'S PRIME MINISTER AUREL
    // KESTRIN, host of the summit, at the closing news conference".)
    if let Some(comma) = label.find(", ")
        && label[..comma].split_whitespace().count() <= 8
        && label[..comma]
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase))
    {
        let name = label_name(&label[..comma]);
        return name.start..name.end.min(comma);
    }
    let trimmed = label.trim_end();
    let Some(open) = trimmed.find('(').filter(|_| trimmed.ends_with(')')) else {
        return 0..label.len();
    };
    let before = label[..open].trim_end();
    let inner_end = open + label[open..].find(')').unwrap_or(label.len() - open);
    let inner = &label[open + 1..inner_end];
    let named = (2..=4).contains(&inner.split_whitespace().count())
        && inner
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase));
    let office = before.starts_with("The ")
        || before.contains(" for ")
        || before.contains(" of ")
        || before.ends_with("Speaker")
        || before.ends_with("Chair");
    if named && office {
        open + 1..inner_end
    } else {
        0..before.len()
    }
}

/// Whether `long` is the label `role` with its holder's name after it ("Alliance
/// Secretary General Jonas Instance" and "Alliance Secretary General").
pub(super) fn role_with_holder(long: &str, role: &str) -> bool {
    long.strip_prefix(role)
        .is_some_and(|holder| holder.starts_with(' '))
}

/// The press's question in an official briefing transcript: "Q" and two spaces or a tab,
/// or one space before the question's first word ("Q Thanks, Tessa.").
fn question_mark_label() -> &'static regex::Regex {
    regex!(r#"^\s*Q(?:\s{2,}|\t| [A-Z"\x{201c}])"#)
}

/// A record's roster line: an office, a colon and the one who holds it, with an honorific
/// and perhaps a country ("President: Mr. Olumide Bakare (Sabelia)").
fn roster_line() -> &'static regex::Regex {
    regex!(
        r"^\s*([A-Z][a-z]+(?: [A-Z][a-z]+){0,2}):\s+((?:Mr|Ms|Mrs|Dr|Sir|Dame|Lord|Lady)\.? \p{Lu}[\p{L}'\u{2019}\-]+(?: \p{Lu}[\p{L}'\u{2019}\-]+){0,3})(?:\s*\([^)\n]{1,60}\))?\s*$"
    )
}

/// An interview's guest as its head names them: "… interview with Placeholdian Foreign
/// Minister Taras Mockovskyy", "Joining me now from Templatyn is Placeholdia's foreign
/// minister, Taras Mockovskyy.", "The Herald spoke to Ilse Varga", or as a photo's caption
/// does: "Khrystyna Zabolotna, deputy head of the delegation, speaks to the Kyiv
/// Independent".
fn guest_named() -> &'static regex::Regex {
    regex!(
        r"(?:\binterview with|\b[Jj]oining (?:me|us)\b[^.\n]{0,60}? (?:is|are)(?: [^,.\n]{1,60},)?|\b(?:spoke|speaks|talked|talks|sat down) (?:with|to)) ((?:\p{Lu}[\p{L}'\u{2019}\-]+ ){1,5}\p{Lu}[\p{L}'\u{2019}\-]+)|^\s*((?:\p{Lu}[\p{L}'\u{2019}\-]+ ){1,3}\p{Lu}[\p{L}'\u{2019}\-]+),[^\n]{1,160}?, (?:speaks|spoke|talks|talked) (?:to|with) (?:the )?\p{Lu}"
    )
}

/// Where a paragraph names an interview's guest (see `guest_named`).
fn guest_named_in(text: &str, para: &Range<usize>) -> Option<Range<usize>> {
    let found = guest_named().captures(&text[para.clone()])?;
    let name = found.get(1).or_else(|| found.get(2))?;
    Some(para.start + name.start()..para.start + name.end())
}

/// The label of an interview's guest.
const GUEST: &str = "GUEST";

/// Labels that stand for a role, and whom the text names as its holder: a record's roster
/// lines, and the guest an interview's head names (for "GUEST:").
fn role_holders(text: &str, paragraphs: &[Range<usize>]) -> Vec<(String, Range<usize>)> {
    let mut holders: Vec<(String, Range<usize>)> = paragraphs
        .iter()
        .filter_map(|para| {
            let c = roster_line().captures(&text[para.clone()])?;
            let (office, name) = (c.get(1)?, c.get(2)?);
            Some((
                office.as_str().to_uppercase(),
                para.start + name.start()..para.start + name.end(),
            ))
        })
        .collect();
    let guest = paragraphs
        .iter()
        .take(12)
        .find_map(|para| guest_named_in(text, para));
    holders.extend(guest.map(|name| (GUEST.to_owned(), name)));
    holders
}

/// Whether a paragraph is a record's roster line, no one's words.
fn is_roster_line(body: &str) -> bool {
    roster_line().is_match(body)
}

/// A label on a line of its own: a name or an office, perhaps a role after a comma and a
/// seat and party in parentheses, and a colon ("Lauren Oduya:", "Q1. [907214] Bryony Hale
/// (Sandmoor South) (Prog)"). Group 1 is the label, group 2 the colon.
fn label_line() -> &'static regex::Regex {
    regex!(
        r"^\s*(?:Q\d{1,4}\.?\s*(?:\[\d+\]\s*)?)?((?:The )?[A-Z][\w'\x{2019}.\-]*(?: (?:[A-Z][\w'\x{2019}.\-]*|of|for|the|and|on|in|at|to|de|van|von)){0,7}(?:, [A-Z][^:\n()]{1,80})?(?:\s*\([^)\n]{1,80}\)){0,3})\s*(:)?\s*$"
    )
}

/// A label without a committee's question number before it ("Q3 Rhys Caddock" is "Rhys
/// Caddock"), or a press conference's numbered question or answer and a dash ("Q1 — Anouk
/// Brems, Quillport Daily", "A2 (continued) — VANDERMOLEN").
pub(super) fn without_question_number(label: &str) -> &str {
    regex!(r"^\s*(?:[QA]\d{1,3}(?:\s*\((?:continued|cont'd|cont\.)\))?\s*[\x{2014}\x{2013}-]\s*|Q\d{1,4}\.?\s+(?:\[\d+\]\s*)?)")
        .find(label)
        .map_or(label, |m| &label[m.end()..])
}

/// A programme's host welcoming the audience or a guest, or a co-host introducing
/// themselves: "Good evening and welcome to …", "Welcome back", "Joining me now, Senator …",
/// "… Mr. Secretary, welcome back.", "And I'm Hattie Morrow."
fn host_greeting() -> &'static regex::Regex {
    regex!(
        r"(?i)^\W*(?:(?:good\s+(?:morning|afternoon|evening)|hello)\W*)?(?:and\s+)?welcome|joining\s+(?:me|us)\s+now|^\W*and\s+I['\x{2019}]m\s+|(?-u:\b)welcome(?:\s+back)?\W*$|^[^.?!]{0,40}thanks?(?:\s+you)?\s+(?:(?:very|so)\s+much\s+)?for\s+(?:joining|being\s+with)\s+us"
    )
}

/// A label that gives a news outlet after the name ("Kirsten Dahl (Brennholm Evening
/// Post)", "Oleh Vynar, Placeholdian Public Broadcasting"): a journalist's.
fn outlet_in_label(label: &str) -> bool {
    let Some(at) = label.find(['(', ',']) else {
        return false;
    };
    label[at..]
        .split(|c: char| !c.is_alphanumeric())
        .rfind(|w| !w.is_empty())
        .is_some_and(|last| {
            let last = last.to_lowercase();
            last == "broadcasting"
                || (super::speakers::is_outlet_word(&last) && last != "institute")
        })
}

/// A broadcast script's anchor greeting the viewers: "Good evening."
fn anchor_greeting() -> &'static regex::Regex {
    regex!(r"^\W*Good\s+(?:morning|afternoon|evening)\b")
}

/// A correspondent signing off a report: "For the PBS NewsHour, I'm Ines Whitaker in Vorlen."
fn sign_off() -> &'static regex::Regex {
    regex!(r"(?i)^\W*for\s+[^,\n]{2,60},\s+I['\x{2019}]m\s+")
}

/// A closing stage direction: "(Laughter.)", "(Applause)".
fn stage_direction() -> &'static regex::Regex {
    regex!(r"\s*\([A-Z][^()\n]{0,30}\)\.?\s*$")
}

/// A journalist's first label in a radio or television transcript: "TOMAS ADEYEMI, BYLINE:",
/// "BROCK DANVERS, LNN HOST:".
fn press_label() -> &'static regex::Regex {
    regex!(
        r"^\s*([A-Z][A-Z'\u{2019}.\-]+(?: [A-Z][A-Z'\u{2019}.\-]+){0,3}), (?:[A-Z]{2,8} )?(?:BYLINE|HOST|ANCHOR|CORRESPONDENT|REPORTER|PRESENTER)\b[^:\n]{0,40}:"
    )
}

/// A journalist the text introduces by role ("told presenter Tom Halvorsen", "The presenter
/// was Martin Crosby", a bulletin's "Newsreader: Solveig Harrander"): the name.
fn press_named() -> &'static regex::Regex {
    regex!(
        r"(?:(?i:presenter|host|interviewer|anchor|moderator|newsreader|newscaster)(?:\s+(?:was|is))?|(?i:newsreader|newscaster):)\s+((?:[A-Z][\w'\u{2019}-]+\s+){0,2}[A-Z][\w'\u{2019}-]+)|((?:[A-Z][\w-]+\s+){1,2}[A-Z][\w-]+)['\u{2019}]s\s+(?:[a-z][\w-]*\s+){0,2}(?:show|programme|program|podcast)\b"
    )
}

/// The outlet's own journalist who did the interview or files the report: "Our Daniel
/// Prescott spoke earlier today with …", "our correspondent Ines Whitaker asked", a
/// bulletin's "Our defence correspondent Tove Ankarsvik was there:".
fn our_interviewer() -> &'static regex::Regex {
    regex!(
        r"(?:^|[^\w])[Oo]ur\s+(?:(?:[a-z]+\s+){0,2}(?:correspondent|reporter|editor|colleague)\s+)?((?:[A-Z][\w'\u{2019}-]+\s+){0,2}[A-Z][\w'\u{2019}-]+)\s+(?:(?:has\s+)?(?:spoke|spoken|talked|sat\s+down|interviewed|asked|put\s+it\s+to|met)|(?:earlier\s+)?(?:spoke|talked)|reports|reported|is\s+there|was\s+there|sent\s+this|has\s+(?:this|more|the\s+details|the\s+story))"
    )
}

/// Who a guest spoke with on a programme: "spoke with Francine Osei and Jonathan Farr on
/// "The Open"", "talking to Tom Halvorsen for Nordic Radio".
fn interviewers_named() -> &'static regex::Regex {
    regex!(
        r#"(?:spoke|speaking|talked|talking)\s+(?:with|to)\s+((?:[A-Z][\w'\u{2019}-]+\s+){0,2}[A-Z][\w'\u{2019}-]+)(?:\s+and\s+((?:[A-Z][\w'\u{2019}-]+\s+){0,2}[A-Z][\w'\u{2019}-]+))?\s+(?:on\s+["\u{201c}\u{2018}']|for\s+)"#
    )
}

/// Labels of the press's turns in a briefing, in capitals or in Title Case.
fn is_press_label(label: &str) -> bool {
    matches!(
        label.to_uppercase().as_str(),
        "Q" | "QUESTION"
            | "REPORTER"
            | "AUDIENCE MEMBER"
            | "MODERATOR"
            | "HOST"
            | "INTERVIEWER"
            | "PRESENTER"
            | "ANCHOR"
            | "CORRESPONDENT"
            | "NARRATOR"
    )
}

/// A fact-check's or a newsletter's section heading before a colon ("THE FACTS:", "OUR
/// RULING:", "WHY IT MATTERS:"): the outlet's own words follow, not a speaker's.
fn is_section_heading(label: &str) -> bool {
    let label = label.to_uppercase().replace('\u{2019}', "'");
    let label = label.strip_prefix("THE ").unwrap_or(&label);
    let label = label.strip_prefix("OUR ").unwrap_or(label);
    matches!(
        label,
        "FACTS"
            | "FACT"
            | "FACT CHECK"
            | "CLAIM"
            | "VERDICT"
            | "RULING"
            | "CONCLUSION"
            | "CONTEXT"
            | "BACKGROUND"
            | "ANALYSIS"
            | "BOTTOM LINE"
            | "BIG PICTURE"
            | "WHY IT MATTERS"
            | "BETWEEN THE LINES"
            | "DRIVING THE NEWS"
            | "STATE OF PLAY"
            | "WHAT'S NEXT"
            | "WHAT THEY'RE SAYING"
            | "ZOOM IN"
            | "ZOOM OUT"
            | "YES, BUT"
            | "FLASHBACK"
            | "BY THE NUMBERS"
            | "LATEST"
            | "UPDATE"
            | "CORRECTION"
            | "INTERVIEW"
            | "GUEST"
            | "GUESTS"
            | "EDITOR'S NOTE"
            // A Ukrainian outlet's news brief: "Source:", "Quote:", "Details:".
            | "SOURCE"
            | "SOURCES"
            | "QUOTE"
            | "DETAILS"
            | "REMINDER"
            | "PREVIOUSLY"
            | "PREHISTORY"
            | "FOR REFERENCE"
            | "REFERENCE"
            | "LITERALLY"
    )
}

/// The words of `text` written as names ("Fennimore"), in lower case, and how often each is.
fn capitalised_words(text: &str) -> std::collections::HashMap<String, usize> {
    let mut counts = std::collections::HashMap::new();
    for word in text.split(|c: char| !c.is_alphabetic()).filter(|w| {
        let mut chars = w.chars();
        chars.next().is_some_and(char::is_uppercase) && chars.all(char::is_lowercase)
    }) {
        *counts.entry(word.to_lowercase()).or_default() += 1;
    }
    counts
}

/// Words in the first or second person ("we", "you"): a speaker's, not a reporter's.
pub(super) fn has_personal_pronoun(words: &str) -> bool {
    in_first_person(words) || addressed(words)
}

/// The turns of an interview or briefing transcript ("SYNTHETIC: If there's a ceasefire…",
/// "Q: …" / "A: …"): the words after each label, as a passage of speech. A text is a
/// transcript when at least two labels each open two paragraphs or more (one heading in
/// capitals is not a dialogue). The press's turns stay the reporter's text: "Q", a
/// journalist the text introduces ("presenter Tom Halvorsen") or labels so ("NAME, BYLINE:"),
/// a programme's host who welcomes the audience, and a label whose turns are mostly questions
/// (unless a committee numbers them: its members' questions are theirs). A turn goes on over
/// the unlabelled paragraphs up to the next label, or after the last label over those that
/// speak in the first or second person; quotation marks, a stage direction or a label of
/// another form end it.
/// (`guest_named`: the transcript's head names its guest, so "GUEST:" labels the guest's
/// turns rather than heading a programme's listing.)
fn transcript_turns(text: &str, paragraphs: &[Range<usize>], guest_named: bool) -> Vec<Piece> {
    // (paragraph, label, where the words start)
    let mut labelled: Vec<(usize, &str, usize)> = Vec::new();
    // Labels whose questions are their own words: a committee's members (labelled with a
    // question number), a parliament's members and speakers labelled with their role.
    let mut members: std::collections::HashSet<&str> = Default::default();
    // Of them, those labelled on a line of their own with a seat or a role in parentheses.
    let mut seated: std::collections::HashSet<&str> = Default::default();
    // And those labelled in their paragraph with a role after a comma ("Yelena Markova,
    // Norlandia-1:").
    let mut with_role: std::collections::HashSet<&str> = Default::default();
    // Paragraphs that are a label alone, whose speaker's words follow in the next ones.
    let mut label_lines: std::collections::HashSet<usize> = Default::default();
    // Labels of a broadcast script's voice-overs: its journalists.
    let mut voice_over: Vec<&str> = Vec::new();
    // Labels that name a journalist's outlet.
    let mut reporters: Vec<&str> = Vec::new();
    // Such labels with the parentheses left off, and whom they name.
    let mut named_before: std::collections::HashMap<&str, &str> = Default::default();
    for (p, para) in paragraphs.iter().enumerate() {
        let body = &text[para.clone()];
        // A briefing's official transcript marks a question with "Q" and a wide space, no
        // colon ("Q  Thank you. Will there be troops…").
        if let Some(m) = question_mark_label().find(body) {
            labelled.push((p, "Q", para.start + m.end()));
            continue;
        }
        // "Adele Winthrop, Special Envoy for Placeholdia:", "The Prime Minister (Aurel
        // Kestrin)": a label on a line of its own, before the words.
        if let Some(m) = label_line().captures(body)
            && let Some(label) = m.get(1)
            && let Some(next) = paragraphs.get(p + 1)
            && !label_line().is_match(&text[next.clone()])
        {
            let label = label.as_str();
            let name = if m.get(2).is_some() || label.ends_with(')') {
                let name = &label[label_name(label)];
                // Later the record names the speaker without the parentheses: "Bryony
                // Hale", "The Prime Minister".
                if let Some(open) = label.find('(') {
                    named_before.insert(label[..open].trim_end(), name);
                }
                // (A parliament's record labels the minister "The Minister of Defence
                // (Odile Farrant)" once, then "Odile Farrant".)
                named_before.insert(name, name);
                Some(name)
            } else if let Some(name) = named_before.get(label.trim_end()) {
                Some(*name)
            } else if answers_questions(text, paragraphs, p) {
                // "High Representative Maren Tollefsen", then her words and the press's
                // "Q. …": a doorstep's record names each speaker on a line of their own.
                seated.insert(label);
                Some(&label[label_name(label)])
            } else {
                None
            };
            if let Some(name) = name {
                // (After the speaker's name, a speech's note to the press: "Check against
                // delivery!")
                let first = (p + 1..paragraphs.len())
                    .find(|&q| !delivery_note(&text[paragraphs[q].clone()]))
                    .unwrap_or(p + 1);
                if outlet_in_label(label) {
                    reporters.push(name);
                } else if label.contains(['(', ','])
                    || body.trim_start().starts_with('Q')
                    || seated.contains(label)
                {
                    members.insert(name);
                    // (Not a digest's channel with its count: "Grey Heron (712,000)".)
                    if label.contains('(') && !label.contains(|c: char| c.is_ascii_digit()) {
                        seated.insert(name);
                    }
                }
                label_lines.insert(p);
                labelled.push((first, name, paragraphs[first].start));
                continue;
            }
        }
        if label_lines.contains(&p.wrapping_sub(1)) {
            continue;
        }
        // A headline in a transcript's form that quotes ("Mockovskyy: Placeholdia 'will not
        // trade land for paper'"), with no stop at its end, is no turn.
        if p <= 2
            && !is_prose(body)
            && body.contains(['"', '\u{201c}', '\u{2018}', '\u{00ab}', '\''])
        {
            continue;
        }
        // Nor is a live page's entry heading under its time stamp ("11:30" / "Air Force: 41
        // drones launched overnight, 35 downed").
        if !is_prose(body) && p > 0 && time_stamp().is_match(&text[paragraphs[p - 1].clone()]) {
            continue;
        }
        // A committee's numbered questions ("Q3 Rhys Caddock: …") are its members' words.
        let unnumbered = without_question_number(body);
        let number = body.len() - unnumbered.len();
        // (A press conference's numbered question, "Q2 — Timofei Garanin, Norinform: …", is
        // the press's, whatever its outlet is called.)
        let press_question = number > 0
            && body[..number].contains(['\u{2014}', '\u{2013}', '-'])
            && body.trim_start().starts_with('Q');
        let body = unnumbered;
        if is_roster_line(body) {
            continue;
        }
        let Some(m) = turn_label().captures(body) else {
            continue;
        };
        let (Some(label), Some(whole)) = (m.get(1), m.get(0)) else {
            continue;
        };
        // A parliament's record names a member by seat and party, or by office and name;
        // members' questions are their own words.
        // (So does a label that gives the speaker's role: "Nina Bondarenko, Vorlen Resident:".)
        // (And a council's record names a member by honorific and country: "Ms. Tennant
        // (Exampleland):".)
        let by_honorific = label
            .as_str()
            .split_once(". ")
            .is_some_and(|(title, _)| (2..=4).contains(&title.len()) && !title.contains(' '));
        let parliament = label.as_str().contains(['(', ','])
            || whole.as_str().matches('(').count() >= 2
            || (by_honorific && whole.as_str().contains('('));
        let whole_label = label.as_str();
        let label = &whole_label[label_name(whole_label)];
        // ("Hon. Members: Hear, hear!": the House's interjection, no one's turn.)
        if label.ends_with(" Members") {
            continue;
        }
        if press_question || outlet_in_label(whole_label) {
            reporters.push(label);
        } else if number > 0 || parliament {
            members.insert(label);
            if number == 0 && !whole.as_str().contains('(') {
                with_role.insert(label);
            }
        }
        // "KERR (VO):": a correspondent's voice-over in a broadcast script.
        if whole.as_str().contains("(VO)") || whole.as_str().contains("(V/O)") {
            voice_over.push(label);
        }
        // The words start at the match's last character, which may be a curly mark.
        let matched = &body[..whole.end()];
        let last = matched.chars().next_back().map_or(0, char::len_utf8);
        labelled.push((p, label, para.start + number + matched.len() - last));
    }
    let mut counts: std::collections::HashMap<&str, (usize, usize)> = Default::default();
    // A programme's host, who welcomes the audience or the guest, speaks for the programme
    // like a reporter: the host's labels, by surname, are the press's.
    let mut greeters: Vec<&str> = Vec::new();
    let mut correspondents: Vec<String> = Vec::new();
    // Labels whose question opens by addressing someone ("Mr President, …?").
    let mut addressing: std::collections::HashSet<&str> = Default::default();
    for &(p, label, start) in &labelled {
        let entry = counts.entry(label).or_default();
        entry.0 += 1;
        let words = &text[start..paragraphs[p].end];
        if words.trim_end().ends_with('?') {
            entry.1 += 1;
            if vocative().is_match(words) {
                addressing.insert(label);
            }
        }
        // (A broadcast script's anchor opens with "Good evening." and no "welcome".)
        if host_greeting().is_match(words)
            || (!voice_over.is_empty() && anchor_greeting().is_match(words))
        {
            greeters.push(label);
        }
        if sign_off().is_match(words) {
            correspondents.extend(label.split(' ').next_back().map(str::to_owned));
        }
    }
    // (A leader who welcomes a guest to a press conference and asks nothing is no host; a
    // broadcast script's anchor, who welcomes the viewers, is.)
    let script = !voice_over.is_empty();
    let hosts = greeters
        .into_iter()
        .filter(|label| script || counts[label].1 > 0)
        .chain(voice_over)
        .filter_map(|label| label.split(' ').next_back().map(str::to_owned));
    // (A parliament's member who asks once is labelled as one, on a line of its own:
    // "Gwen Talbrook (Marrow Vale) (SD)".)
    let recurring = counts
        .iter()
        .filter(|(label, (turns, _))| *turns >= 2 || seated.contains(*label))
        .count();
    // (A spokesperson's briefing: one label answers, and the journalists, labelled by their
    // outlets, each ask once: "Lumen Television: Could you share …?")
    let askers = counts
        .values()
        .filter(|(turns, questions)| turns == questions)
        .count();
    if recurring < 2 && !(recurring == 1 && askers >= 2) {
        return Vec::new();
    }
    let turn = |p: usize, start: usize, continues: bool| Piece {
        continues,
        ..whole_paragraph_turn(text, paragraphs, p, start)
    };
    // A guest who speaks once ("FENNIMORE: I have. …") is someone the text names. The
    // text's capitalised words are gathered once, so that a text of thousands of such
    // labels stays linear.
    let names: std::cell::OnceCell<std::collections::HashMap<String, usize>> = Default::default();
    // A speaker first labelled in full ("OLENA MOCKENKO:", "Sen. Roderick Finchley:") and
    // then by surname ("MOCKENKO:") is the same person.
    let surname = |label: &str| label.split(' ').next_back().map(str::to_lowercase);
    let surnames: std::collections::HashSet<String> = counts
        .iter()
        .filter(|(_, (turns, _))| *turns >= 2)
        .filter_map(|(label, _)| surname(label))
        .collect();
    // (So is one labelled by full name whom the text names again: "Mr Fakenko, please
    // report", then "Sergey Fakenko: Thank you, Mr President.")
    let named_in_text = |label: &str| {
        label.split(' ').next_back().is_some_and(|last| {
            let named = |times: usize| {
                names
                    .get_or_init(|| capitalised_words(text))
                    .get(&last.to_lowercase())
                    .is_some_and(|&n| n >= times)
            };
            last.len() >= 3
                && (surnames.contains(&last.to_lowercase())
                    || (last.chars().all(char::is_uppercase) && named(1))
                    || (label.contains(' ') && named(2)))
        })
    };
    // "TOMAS ADEYEMI, BYLINE:", "PAULA RENN, HOST:": a radio transcript names its
    // journalists once; their later turns ("ADEYEMI:") are the programme's own words.
    let mut press: Vec<String> = paragraphs
        .iter()
        .filter_map(|para| press_label().captures(&text[para.clone()]))
        .filter_map(|c| c.get(1))
        .flat_map(|name| name.as_str().split(' '))
        .map(str::to_owned)
        .collect();
    // "Speaking to presenter Rowan Teale": "TEALE:" asks the questions; so does "Our
    // Daniel Prescott", who "spoke earlier today with" the guest.
    // ("MC:" is Martin Crosby by his initials.)
    for introduced in [press_named(), our_interviewer()] {
        for name in introduced
            .captures_iter(text)
            // (Or the name that owns a show: "Gareth Pryce's morning show".)
            .filter_map(|c| c.get(1).or_else(|| c.get(2)))
        {
            let words: Vec<&str> = name.as_str().split_whitespace().collect();
            if let Some(last) = words.last() {
                press.push(last.to_uppercase());
            }
            if words.len() >= 2 {
                press.push(words.iter().filter_map(|w| w.chars().next()).collect());
            }
        }
    }
    // "He spoke with Francine Osei and Jonathan Farr on "The Open"": the programme's
    // interviewers.
    press.extend(
        interviewers_named()
            .captures_iter(text)
            .flat_map(|c| [c.get(1), c.get(2)])
            .flatten()
            .filter_map(|name| name.as_str().split_whitespace().next_back())
            .map(str::to_uppercase),
    );
    press.extend(hosts);
    press.extend(correspondents);
    press.extend(
        reporters
            .iter()
            .filter_map(|label| label.split(' ').next_back())
            .map(str::to_owned),
    );
    // (Introduced in running words, labelled in capitals or not.)
    for name in &mut press {
        *name = name.to_uppercase();
    }
    // "SPIEGEL: Ms Ammerland, …" under "[From DER SPIEGEL 45/2026]": the outlet asks.
    let head = text[..text.floor_char_boundary(1_000)].to_lowercase();
    let outlet = |label: &str| {
        let label = label.to_lowercase();
        let named = |phrase: String| {
            head.match_indices(&phrase)
                .any(|(at, _)| !head[at + phrase.len()..].starts_with(char::is_alphanumeric))
        };
        label.len() >= 3
            && ["from ", "from the ", "from der ", "["]
                .iter()
                .any(|from| named(format!("{from}{label}")))
    };
    let of_press = |label: &str| {
        is_press_label(label)
            || outlet(label)
            || label.split(' ').next_back().is_some_and(|w| {
                let w = w.to_uppercase();
                press.contains(&w)
            })
    };
    // "Alliance Secretary General Jonas Instance:" once, then "Alliance Secretary General:":
    // a role labelled with its holder's name, then alone.
    let role_and_holder = |label: &str| {
        counts
            .keys()
            .any(|other| role_with_holder(label, other) || role_with_holder(other, label))
    };
    // "MC: Foreign Minister, good morning." … "MC: Is he wrong?" beside "LS:", who never asks:
    // an interviewer who asks in a third of the turns or more, when another label answers
    // and hardly ever asks.
    let asks_beside_an_answerer = |label: &str| {
        let (count, questions) = counts[label];
        questions >= 3
            && questions * 3 >= count
            && counts
                .iter()
                .any(|(other, &(other_count, other_questions))| {
                    *other != label && other_count >= 3 && other_questions * 6 <= other_count
                })
    };
    let mut turns = Vec::new();
    for (k, &(p, label, start)) in labelled.iter().enumerate() {
        let (count, questions) = counts[label];
        if (count < 2
            && !named_in_text(label)
            && !members.contains(label)
            && !role_and_holder(label))
            || of_press(label)
            || (is_section_heading(label) && !(label == GUEST && count >= 2 && guest_named))
            // (Half of four turns or more is an interviewer's too: "And ground troops?",
            // then "Your partners are going further.")
            || ((questions * 2 > count
                || (count >= 4 && questions * 2 >= count)
                || asks_beside_an_answerer(label))
                && !members.contains(label))
            // (At a press conference, someone labelled with an outlet no list knows, who only
            // asks and asks someone by name or title, is a journalist: "Agnes Lindqvist,
            // Nordwire: Mr President, …?"; so is one who only asks among others who only ask:
            // "Elena Voskresenskaya, NTR: …? Your comment?")
            || (with_role.contains(label)
                && questions == count
                && (addressing.contains(label) || askers >= 3)
                && recurring >= 1)
        {
            continue;
        }
        turns.push(turn(p, start, false));
        let next_label = labelled.get(k + 1).map(|l| l.0);
        for q in p + 1..next_label.unwrap_or(paragraphs.len()) {
            if label_lines.contains(&q) {
                break;
            }
            let body = &text[paragraphs[q].clone()];
            // A record's time stamp between paragraphs ("3.38 pm") is no one's words, nor is
            // a journalist's question in a doorstep's record ("Q. Will you veto?").
            if time_stamp().is_match(body) || question_paragraph(body) {
                continue;
            }
            // Quotation marks, single ones too (" 'Olena and I talk'"), show the reporter's
            // words again, and so does a stage direction ("(END VIDEO CLIP)"). Between two
            // turns a paragraph goes on with the first; after the last one, only a paragraph
            // in the first or second person does (the story may take over again).
            let single_quote = body.contains('\u{2018}') || body.contains(" '");
            // ("[STUDIO]", "[VOX POP — TESTBURG]": a script's cue in brackets is one too.)
            let stage = (body.trim_start().starts_with('(') && body.trim_end().ends_with(')'))
                || (body.trim_start().starts_with('[') && body.trim_end().ends_with(']'));
            // A label of a form not read as a turn ("Q3 Rhys Caddock: …") is someone else's.
            // (Not a time: "Between 06:00 on 1 March …"; but an inquiry's answer is someone
            // else's: "A. At 03:41 the depot reported …".)
            let labelled_otherwise = inquiry_answer().is_match(body)
                || without_question_number(body).len() < body.len()
                || body.split_once(':').is_some_and(|(head, rest)| {
                    let words: Vec<&str> = head.split_whitespace().collect();
                    rest.starts_with(char::is_whitespace)
                        && (1..=6).contains(&words.len())
                        && words.iter().all(|w| {
                            w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                        })
                });
            // (Unless, between two turns, the paragraph speaks in the first or second person
            // and only quotes words inside it: "we spent months arguing about "shall consult"".)
            let quoted = body.contains(['"', '\u{201c}', '\u{00ab}']) || single_quote;
            let own_words = next_label.is_some()
                && has_personal_pronoun(body)
                && !body
                    .trim_start()
                    .starts_with(['"', '\u{201c}', '\u{00ab}', '\u{2018}', '\'']);
            // A paragraph that names the speaker ("Halyk said a foreign force…") is the
            // reporter's again.
            let names_speaker = surname(label).is_some_and(|name| {
                name.len() >= 3
                    && body
                        .split(|c: char| !c.is_alphabetic())
                        .any(|w| w.to_lowercase() == name)
            });
            if (quoted && !own_words)
                || stage
                || labelled_otherwise
                || names_speaker
                || (next_label.is_none() && !has_personal_pronoun(body))
            {
                break;
            }
            let start = paragraphs[q].start + (body.len() - body.trim_start().len());
            turns.push(turn(q, start, true));
        }
    }
    turns
}

/// Words that open by addressing someone by title or by name: "Mr President, …", "Boris
/// Nikolaevich, …".
fn vocative() -> &'static regex::Regex {
    regex!(
        r"^\W*(?:(?:Mr|Mrs|Ms|Madam|Madame|Monsieur|Dr|Sir|Minister|Senator|Ambassador)\.?\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+),\s"
    )
}

/// A journalist's question in a doorstep's or a briefing's record: "Q. Will you veto?".
fn question_paragraph(body: &str) -> bool {
    // ("— Question (Halyna Rudko, Templatyn Today): …", "Question – Tom Ashdown, Northern
    // Wire: …": the journalist named after the word.)
    regex!(
        r"^\s*(?:[\x{2014}\x{2013}-]\s*)?(?:Q|Question)(?:\s*\([^()\n]{1,80}\)|\s+[\x{2014}\x{2013}-]\s+[^:\n]{1,80})?\s*[.:]\s+\S"
    )
    .is_match(body)
}

/// A speech's note to the press: "Check against delivery!", "As prepared for delivery".
pub(super) fn delivery_note(body: &str) -> bool {
    regex!(r"(?i)^\W*(?:check\s+against\s+delivery|as\s+prepared\s+for\s+delivery)\W*$")
        .is_match(body)
}

/// Whether the paragraphs after a label line `p` hold a journalist's question before the
/// next label line: the label names who answers.
fn answers_questions(text: &str, paragraphs: &[Range<usize>], p: usize) -> bool {
    paragraphs[p + 1..]
        .iter()
        .take(40)
        .map(|para| &text[para.clone()])
        .take_while(|body| !label_line().is_match(body) && !turn_label().is_match(body))
        .any(|body| dotted_question().is_match(body))
}

/// An inquiry's answer, marked "A." ("A. At 03:41 the depot reported …").
fn inquiry_answer() -> &'static regex::Regex {
    regex!(r"^\s*A[.:]\s")
}

/// A doorstep's question, marked "Q." ("Q. Will you veto?").
fn dotted_question() -> &'static regex::Regex {
    regex!(r"^\s*Q\.\s+\S")
}

/// A record's time stamp on a line of its own: "3.38 pm", "15:42", "17.42 GMT".
fn time_stamp() -> &'static regex::Regex {
    regex!(&format!(
        r"^\s*\d{{1,2}}[.:]\d{{2}}(?:\s*[ap]\.?m\.?)?(?:\s*{})?\s*$",
        super::TIME_ZONE
    ))
}

/// The signature a live page's embedded post keeps under its words: "— Ilse Mockmann
/// (@IlseMockmann) June 18, 2026".
fn post_signature() -> &'static regex::Regex {
    regex!(r"^\s*[\u{2014}\u{2013}-]\s*[^\n(@]{2,60}?\s*\(@\w{1,30}\)[^\n]{0,40}$")
}

/// Posts embedded in a page, as their signature shows: the words above it, in its paragraph
/// or the one before, are the poster's (quoted without quotation marks).
fn signed_posts(text: &str, paragraphs: &[Range<usize>]) -> Vec<Piece> {
    let mut posts = Vec::new();
    for (p, para) in paragraphs.iter().enumerate() {
        let body = &text[para.clone()];
        if !body.contains("(@") {
            continue;
        }
        let Some(line_at) = body
            .match_indices('\n')
            .map(|(at, _)| at + 1)
            .chain(std::iter::once(0))
            .find(|&at| post_signature().is_match(body[at..].split('\n').next().unwrap_or("")))
        else {
            continue;
        };
        let (p, words) = if body[..line_at].trim().is_empty() {
            match p.checked_sub(1) {
                Some(before) => (before, paragraphs[before].clone()),
                None => continue,
            }
        } else {
            (p, para.start..para.start + line_at)
        };
        let start = words.start + leading_space(&text[words.clone()]);
        let mut end = start + text[start..words.end].trim_end().len();
        // (Without the link to the post's picture: "… believes it. pic.relay.example/q7Fz".)
        if let Some((kept, link)) = text[start..end].rsplit_once(char::is_whitespace)
            && link.contains('/')
            && link.contains('.')
        {
            end = start + kept.trim_end().len();
        }
        if end > start {
            posts.push(Piece {
                open: start,
                inner: start..end,
                after: end,
                closed: true,
                para: p,
                continues: false,
                sentence: 0,
                turn: true,
            });
        }
    }
    posts
}

/// Whole paragraphs as turns, each from its first word, or after its number when
/// `numbered` ("1. We, the leaders …").
fn paragraph_turns<'t>(
    text: &'t str,
    paragraphs: &'t [Range<usize>],
    paras: &'t [usize],
    numbered: bool,
) -> impl Iterator<Item = Piece> + 't {
    paras.iter().map(move |&p| {
        let body = &text[paragraphs[p].clone()];
        let number = numbered
            .then(|| paragraph_number().find(body).map(|m| m.end()))
            .flatten()
            // (Nor the dash that opens an interview's answer.)
            .or_else(|| dialogue_dash().find(body).map(|m| m.end()))
            .unwrap_or(0);
        let start = paragraphs[p].start + number.max(leading_space(body));
        whole_paragraph_turn(text, paragraphs, p, start)
    })
}

/// A transcript's turn: paragraph `p` from `start`, without a stage direction at its end.
fn whole_paragraph_turn(text: &str, paragraphs: &[Range<usize>], p: usize, start: usize) -> Piece {
    let body = text[start..paragraphs[p].end].trim_end();
    let body = stage_direction()
        .find(body)
        .map_or(body, |m| &body[..m.start()]);
    Piece {
        open: start,
        inner: start..start + body.len(),
        after: start + body.len(),
        closed: true,
        para: p,
        continues: false,
        sentence: 0,
        turn: true,
    }
}

fn leading_space(body: &str) -> usize {
    body.len() - body.trim_start().len()
}

/// A paragraph of sentences, not a heading, a dateline or a section's title: four words or
/// more, ending with a stop.
fn is_prose(body: &str) -> bool {
    let end = body
        .trim_end()
        .trim_end_matches(['"', '\u{201d}', '\u{00bb}', '\u{2019}', ')']);
    body.split_whitespace().nth(3).is_some() && end.ends_with(['.', '!', '?', '\u{2026}'])
}

/// The header of a published address, briefing, speech or statement, and the speaker it
/// names: "Briefing by Foreign Ministry Spokeswoman Irina Nullova", "“…” – address by the
/// President of Placeholdia", "Statement by the Prime Minister on the ceasefire", "Doorstep by
/// High Representative Maren Tollefsen upon arrival", "Briefing by Foreign Ministry Spokeswoman
/// Irina Nullova, Testburg, January 28, 2027".
fn address_header() -> &'static regex::Regex {
    regex!(
        r"(?i)^(?:[^\n]{0,160}(?:\s[\x{2013}\x{2014}-]|:)\s+)?(?:(?:weekly|press|news|video|televised|opening|closing|keynote)\s+)?(?:briefing|remarks|speech|address|statement|comments|doorstep)\s+by\s+(?-i:(?:the\s+)?([A-Z][^,\n]{2,80}?))(?:\s+(?:at|on|upon|to|following|during|before|after|in|for)\s+[^\n]*|,[^\n]{1,80})?\s*$"
    )
}

/// A document published as one speaker's words (see `Address`): its header among the first
/// paragraphs names one speaker, and most of its prose paragraphs, up to the first labelled
/// turn, speak in the first or second person.
fn address(text: &str, paragraphs: &[Range<usize>]) -> Option<Address> {
    let (header, m) = paragraphs
        .iter()
        .enumerate()
        .take(6)
        .find_map(|(p, para)| {
            let body = &text[para.clone()];
            (body.len() <= 300)
                .then(|| address_header().captures(body))
                .flatten()
                .map(|m| (p, m))
        })?;
    let name = m.get(1)?;
    // One speaker: "remarks by X and Y" is a transcript of several.
    if name.as_str().contains(" and ") || name.as_str().contains('&') {
        return None;
    }
    let start = paragraphs[header].start;
    let speaker = start + name.start()..start + name.end();
    let first = header + 1;
    let end = (first..paragraphs.len())
        .find(|&p| {
            let body = &text[paragraphs[p].clone()];
            turn_label().is_match(body)
                || question_mark_label().is_match(body)
                || label_line()
                    .captures(body)
                    .is_some_and(|c| c.get(2).is_some())
        })
        .unwrap_or(paragraphs.len());
    // (A doorstep's questions, "Q. Will you veto?", are the press's.)
    let paras: Vec<usize> = (first..end)
        .filter(|&p| {
            let body = &text[paragraphs[p].clone()];
            is_prose(body) && !question_paragraph(body)
        })
        .collect();
    let personal = paras
        .iter()
        .filter(|&&p| has_personal_pronoun(&text[paragraphs[p].clone()]))
        .count();
    (!paras.is_empty() && personal * 2 >= paras.len()).then_some(Address { speaker, paras })
}

/// The line that announces a document's text after the story: "The full text, as released
/// by the Fictonian chancellery, follows.", "Read the full text of the statement below:".
fn full_text_follows() -> &'static regex::Regex {
    regex!(
        r"(?i)^\s*(?:the|read the|here is the)\s+(?:full|complete|whole)\s+text\b[^\n]{0,120}(?:\bfollows|\bbelow)\s*[.:]?\s*$"
    )
}

/// A document's paragraph number: "1. ", "iv) ".
fn paragraph_number() -> &'static regex::Regex {
    regex!(r"^\s*(?:\d{1,2}|[ivx]{1,4})[.)]\s+")
}

/// A published document's title, up to its document noun: "Joint Statement" of "Joint
/// Statement of the Leaders of the Coalition …".
fn document_title() -> &'static regex::Regex {
    regex!(
        r"^(?:[A-Z][\w\-]*\s+){0,3}?(?:Statement|Declaration|Communiqu[eé]|Memorandum|Agreement|Treaty|Letter|Resolution|Conclusions|Charter|Compact|Accord|Text)\b"
    )
}

/// The document a story publishes in full (see `Doc::published`): after the line that
/// announces it, a title with a document's noun ("Joint Statement of the Leaders …",
/// "Declaration on …"), then its prose or numbered paragraphs to the end.
fn published_in_full(text: &str, paragraphs: &[Range<usize>]) -> Option<(String, Vec<usize>)> {
    let announced = paragraphs
        .iter()
        .position(|para| full_text_follows().is_match(&text[para.clone()]))?;
    let title_at = announced + 1;
    let title = text[paragraphs.get(title_at)?.clone()].trim();
    let head = document_title().find(title)?;
    let paras: Vec<usize> = (title_at + 1..paragraphs.len())
        .filter(|&p| is_prose(&text[paragraphs[p].clone()]))
        .collect();
    (!paras.is_empty()).then(|| (head.as_str().to_owned(), paras))
}

/// Words in the first person, the guest's ("I", "we", "our"), not "you".
fn in_first_person(words: &str) -> bool {
    words.split_whitespace().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '\u{2019}');
        matches!(
            w.replace('\u{2019}', "'").as_str(),
            "I" | "I'm"
                | "I've"
                | "I'll"
                | "I'd"
                | "we"
                | "We"
                | "our"
                | "Our"
                | "us"
                | "my"
                | "My"
                | "me"
                | "we're"
                | "We're"
                | "we've"
                | "We've"
                | "we'll"
                | "We'll"
        )
    })
}

/// Words that speak to someone ("you", "your").
fn addressed(words: &str) -> bool {
    words.split_whitespace().any(|w| {
        matches!(
            w.trim_matches(|c: char| !c.is_alphanumeric()),
            "you" | "You" | "your" | "Your"
        )
    })
}

/// A headline opened by a person's name and a colon: "Marek Wiśniak: We will not be …".
fn headline_label() -> &'static regex::Regex {
    regex!(r"^\s*((?:[A-Z][\w.'\x{2019}\-]+ ){0,3}[A-Z][\w'\x{2019}\-]+)\s?:\s+\S")
}

/// An interview printed without labels, as European papers print one: the headline names
/// the guest ("Marek Wiśniak: We will not be only the coalition's warehouse"), and the
/// questions — in bold, or ending with a question mark and put to the guest ("you") —
/// alternate with answers in the first person. The answers are the guest's words; an
/// explainer's questions ("What is the guarantee?") are put to no one and are not read so.
fn unlabelled_interview(text: &str, paragraphs: &[Range<usize>]) -> Option<Address> {
    // (Past a kicker in capitals, "THE BRENNHOLM REVIEW | THE WEEKEND INTERVIEW", and an
    // editor's note in brackets, "[From Ukrainska Pravda, translated from Placeholdian.]";
    // a section's name may come first: "Politics".)
    let headline = paragraphs
        .iter()
        .take(6)
        .filter(|para| {
            let line = &text[(*para).clone()];
            line.contains(char::is_lowercase) && !line.trim_start().starts_with('[')
        })
        .take(3)
        .find_map(|para| {
            let name = headline_label().captures(&text[para.clone()])?.get(1)?;
            (name.as_str().contains(' '))
                .then(|| para.start + name.start()..para.start + name.end())
        })
        // Or the introduction names the guest: "a translation of an interview with
        // Lieutenant Colonel Yurii Verbovyi, commander of …".
        .or_else(|| {
            paragraphs
                .iter()
                .take(8)
                .find_map(|para| guest_named_in(text, para))
        })?;
    let body = |p: usize| text[paragraphs[p].clone()].trim();
    if let Some(answers) = dash_interview(text, paragraphs) {
        return Some(Address {
            speaker: headline,
            paras: answers,
        });
    }
    let bold = |p: usize| body(p).starts_with("**") && body(p).ends_with("**");
    let question = |p: usize| bold(p) || body(p).ends_with('?');
    let questions: Vec<usize> = (0..paragraphs.len()).filter(|&p| question(p)).collect();
    let put_to_guest = questions
        .iter()
        .filter(|&&p| bold(p) || addressed(body(p)))
        .count();
    // ("Interview by Elsa Moreau-Ngata": the paper says the questions are put to the guest.)
    let bylined = paragraphs
        .iter()
        .take(8)
        .any(|para| interview_byline().is_match(&text[para.clone()]));
    if questions.len() < 3 || (put_to_guest < 2 && !bylined) {
        return None;
    }
    let mut answers = Vec::new();
    for (k, &q) in questions.iter().enumerate() {
        let next = questions.get(k + 1).copied();
        for p in q + 1..next.unwrap_or(paragraphs.len()) {
            let words = body(p);
            // A prompt without a question mark ("Some of your counterparts defend the
            // so-called "tripwire" approach.") is the interviewer's; after the last
            // question, the answer ends where the first person does.
            // (So is a short statement between two answers: "Testburg says such a force
            // would be a provocation.")
            let between_answers = p > q + 1
                && p + 1 < next.unwrap_or(paragraphs.len())
                && words.split_whitespace().count() <= 12;
            let prompt = (addressed(words) || between_answers) && !in_first_person(words);
            let quoted = words.starts_with(['"', '\u{201c}', '\u{00ab}', '\u{201e}']);
            if prompt || quoted || (next.is_none() && !in_first_person(words)) {
                if next.is_none() {
                    break;
                }
                continue;
            }
            answers.push(p);
        }
    }
    let personal = answers
        .iter()
        .filter(|&&p| in_first_person(body(p)))
        .count();
    (answers.len() >= 3 && (bylined || personal * 2 >= answers.len())).then_some(Address {
        speaker: headline,
        paras: answers,
    })
}

/// The attribution that ends a quotation opened by a dialogue dash: ", she says.",
/// ", Ruohola tells HS.", ", says Defence Minister Ingunn Sagvolden."; in Polish and Czech
/// papers after a second dash: " – Kazimierz Dębowiak told journalists.".
fn dash_attribution() -> &'static regex::Regex {
    regex!(
        r"(?:,|\s[\x{2014}\x{2013}])\s*(?:(?:he|she|they|\p{Lu}[\w\-]+(?:\s+\p{Lu}[\w\-]+){0,2})\s+)?(?:says|said|adds|added|continues|continued|tells|told|explains|explained|notes|noted|stresses|stressed|points\s+out|pointed\s+out|replies|replied|answers|answered|asks|asked|insists|insisted|warns|warned|admits|admitted)\b"
    )
}

/// A newsletter's item opened by a dash and a heading in capitals: "— HOUSE SIDE: …".
fn dashed_heading() -> &'static regex::Regex {
    regex!(r"^\s*[\x{2014}\x{2013}]\s+\p{Lu}[\p{Lu}\s'\x{2019}]+:")
}

/// A dash after a stop, going on with the quotation: "…, she continues. – We are …", or
/// before one, as Spanish papers close the attribution: "—… —says Adrià—. What we …".
fn dash_after_stop() -> &'static regex::Regex {
    regex!(r"[.!?]\s+([\x{2014}\x{2013}])\s+|([\x{2014}\x{2013}])[.,]\s+\p{Lu}")
}

/// Quotations printed as Nordic and Spanish papers print them, each paragraph opened by a
/// dialogue dash and the attribution after a comma, a dash going on with the words after
/// it: "– We are not sending anyone to play at peacekeeping, she continues. – We are
/// sending people who know how to build a defence line." (Spanish papers set the dash
/// against the words: "—We've trained for this —says Adrià—. What we …".) A text prints
/// them so when one of its dashed paragraphs ends a quotation with such an attribution; a
/// dashed list without one is not read so.
fn dash_quotes(text: &str, paragraphs: &[Range<usize>]) -> Vec<Piece> {
    // (Not a newsletter's item, "— HOUSE SIDE: Rep. June Castellano … “before the August
    // recess”": a dash that opens a heading, or words with quotations of their own.)
    // (Nor the line that signs a quotation alone on the line above it: "“…”" then "— Sergey
    // Fakenko, Norlandia’s foreign minister, on Tuesday, asked about drills".)
    let signs_quotation_above = |p: usize| {
        p > 0 && {
            let above = text[paragraphs[p - 1].clone()].trim();
            above.starts_with(is_open_mark)
                && above.ends_with(['"', '\u{201d}', '\u{00bb}', '\u{201c}'])
        }
    };
    let dashed: Vec<usize> = (0..paragraphs.len())
        .filter(|&p| {
            let body = &text[paragraphs[p].clone()];
            dialogue_dash().is_match(body)
                && !body.contains(['"', '\u{201c}', '\u{201d}', '\u{00ab}', '\u{201e}'])
                && !dashed_heading().is_match(body)
                && !signs_quotation_above(p)
        })
        .collect();
    let attributed = dashed
        .iter()
        .any(|&p| dash_attribution().is_match(&text[paragraphs[p].clone()]));
    if !attributed || dash_interview(text, paragraphs).is_some() {
        return Vec::new();
    }
    // (A paragraph of prose may go on with a dashed quotation after a stop: "Neither has
    // replied. – Maybe now one of them will answer – she says." Such a one needs its
    // attribution.)
    let prose = (0..paragraphs.len()).filter(|p| {
        let body = &text[paragraphs[*p].clone()];
        dashed.binary_search(p).is_err()
            && !dialogue_dash().is_match(body)
            && dash_after_stop().is_match(body)
    });
    let mut pieces = Vec::new();
    for p in dashed.iter().copied().chain(prose) {
        let para = paragraphs[p].clone();
        let body = &text[para.clone()];
        let opened = dashed.binary_search(&p).is_ok();
        // The paragraph's segments, each opened by a dash: the first, and one after a stop.
        let mut opens: Vec<usize> = Vec::new();
        if opened {
            opens.push(body.len() - body.trim_start().len());
        }
        opens.extend(
            dash_after_stop()
                .captures_iter(body)
                .filter_map(|c| c.get(1).or_else(|| c.get(2)))
                .map(|m| m.start()),
        );
        for (k, &open) in opens.iter().enumerate() {
            let end = opens.get(k + 1).copied().unwrap_or(body.len());
            let segment = &body[open..end];
            let Some(dash) = dialogue_dash().find(segment) else {
                continue;
            };
            let start = open + dash.end();
            let attribution = dash_attribution().find(&body[start..end]);
            if !opened
                && (attribution.is_none()
                    || body[start..end]
                        .contains(['"', '\u{201c}', '\u{201d}', '\u{00ab}', '\u{201e}']))
            {
                continue;
            }
            // (The words end before the comma or the second dash.)
            let words_end = attribution.map_or(open + segment.trim_end().len(), |m| {
                start + m.start() + usize::from(body[start + m.start()..].starts_with(','))
            });
            if words_end <= start {
                continue;
            }
            pieces.push(Piece {
                open: para.start + open,
                inner: para.start + start..para.start + words_end,
                after: para.start + words_end,
                closed: true,
                para: p,
                continues: false,
                sentence: 0,
                turn: false,
            });
        }
    }
    pieces
}

/// An interview's byline: "Interview by Elsa Moreau-Ngata", "Interviewed by …".
fn interview_byline() -> &'static regex::Regex {
    regex!(r"(?i)^\s*(?:interview(?:ed)?\s+by|interview\s*:)\s+\p{Lu}")
}

/// A paragraph opened by a dialogue dash, as Russian, Spanish and Nordic papers print an
/// interview's turns or a quotation: "— Does Testburg have any contact with them?".
fn dialogue_dash() -> &'static regex::Regex {
    regex!(r"^\s*[\x{2014}\x{2013}][.,]?(?:\s+|\b)")
}

/// The answers of an interview printed as turns opened by a dialogue dash, questions and
/// answers in turn ("— Does Testburg have any contact?", "— We have channels …"); an
/// answer goes on in the paragraphs without a dash after it. Most of the questions end with
/// a question mark; otherwise the dashes are not an interview's.
fn dash_interview(text: &str, paragraphs: &[Range<usize>]) -> Option<Vec<usize>> {
    let body = |p: usize| text[paragraphs[p].clone()].trim();
    let dashed: Vec<usize> = (0..paragraphs.len())
        .filter(|&p| dialogue_dash().is_match(body(p)))
        .collect();
    let asked = dashed
        .iter()
        .step_by(2)
        .filter(|&&p| body(p).ends_with('?'))
        .count();
    if dashed.len() < 4 || asked * 3 < dashed.len().div_ceil(2) * 2 {
        return None;
    }
    let mut answers = Vec::new();
    for (k, &p) in dashed.iter().enumerate().skip(1).step_by(2) {
        answers.push(p);
        let next = dashed.get(k + 1).copied();
        for q in p + 1..next.unwrap_or(paragraphs.len()) {
            let words = body(q);
            // (After the last answer, the paper's own words may follow.)
            if !is_prose(words)
                || words.starts_with(['"', '\u{201c}', '\u{00ab}', '\u{201e}'])
                || (next.is_none() && !in_first_person(words))
            {
                break;
            }
            answers.push(q);
        }
    }
    Some(answers)
}

/// The line that signs an expert's section of a collected commentary ("Experts react"):
/// "—Ottoline Brisard is the director of the Continental program at the Halvorsen Center."
fn section_signature() -> &'static regex::Regex {
    regex!(
        r"^\s*[\x{2014}\x{2013}]\s*([A-Z][\w'\x{2019}.\-]+(?: [A-Z][\w'\x{2019}.\-]+){1,3}),? (?:is|was|serves as|heads|leads|directs|teaches) "
    )
}

/// A section's lead line: one short sentence alone ("Exampleland has done just enough—for
/// now.").
fn is_lead_line(body: &str) -> bool {
    let body = body.trim();
    let words = body.split_whitespace().count();
    (3..=16).contains(&words)
        && body.ends_with('.')
        && !body[..body.len() - 1].contains(['.', '?', '!', ':', '"', '\u{201c}', '\u{00ab}'])
}

/// A collected commentary's sections, each signed on the line under it by its author: the
/// paragraphs since the last signature, and for the first, since its lead line. One
/// signature alone is an author's note under an article, not a series of sections.
fn signed_sections(text: &str, paragraphs: &[Range<usize>]) -> Vec<Address> {
    let signatures: Vec<(usize, Range<usize>)> = paragraphs
        .iter()
        .enumerate()
        .filter_map(|(p, para)| {
            let name = section_signature().captures(&text[para.clone()])?.get(1)?;
            Some((p, para.start + name.start()..para.start + name.end()))
        })
        .collect();
    if signatures.len() < 2 {
        return Vec::new();
    }
    let mut sections = Vec::new();
    let mut after: Option<usize> = None;
    for (p, speaker) in signatures {
        let first = match after {
            Some(before) => before + 1,
            None => (p.saturating_sub(6)..p)
                .rev()
                .find(|&q| is_lead_line(&text[paragraphs[q].clone()]))
                .unwrap_or(p.saturating_sub(1)),
        };
        after = Some(p);
        sections.push(Address {
            speaker,
            paras: (first..p).collect(),
        });
    }
    sections
}

/// An attribution set between dashes inside the marks, as Spanish and Italian copy prints
/// it ("“We are not sending anyone to fight —the minister insisted—. We are sending people
/// to teach.”") and Russian copy too ("«…many years ago, — he stressed. — But …»"). The
/// dashes end one quoted passage and open the next; the words between them are the
/// reporter's.
fn aside_between_dashes() -> &'static regex::Regex {
    regex!(
        r#"\s?[\x{2014}\x{2013}]\s?(\p{L}[^\x{2014}\x{2013}"\x{201c}\x{201d}\x{ab}\x{bb}]{2,160}?)\s?[\x{2014}\x{2013}][.,;:]?\s*"#
    )
}

fn split_at_asides(text: &str, pieces: Vec<Piece>) -> Vec<Piece> {
    if !text.contains(['\u{2014}', '\u{2013}']) {
        return pieces;
    }
    let mut out = Vec::with_capacity(pieces.len());
    for piece in pieces {
        let mut rest = piece;
        loop {
            let inner = &text[rest.inner.clone()];
            let aside = aside_between_dashes().captures_iter(inner).find(|c| {
                let (whole, clause) = (c.get(0).unwrap(), c.get(1).unwrap());
                whole.start() > 0
                    && whole.end() < inner.trim_end().len()
                    && super::quotes::attributes(clause.as_str())
            });
            let Some(aside) = aside else { break };
            let whole = aside.get(0).unwrap();
            let (cut, resume) = (
                rest.inner.start + whole.start(),
                rest.inner.start + whole.end(),
            );
            out.push(Piece {
                inner: rest.inner.start..cut,
                after: cut,
                closed: true,
                ..rest.clone()
            });
            rest = Piece {
                open: resume,
                inner: resume..rest.inner.end,
                continues: false,
                ..rest
            };
        }
        out.push(rest);
    }
    out
}

/// Puts transcript turns among the quoted passages; a turn holds its whole paragraph, so the
/// passages inside it are dropped.
fn with_turns(pieces: Vec<Piece>, turns: Vec<Piece>) -> Vec<Piece> {
    let paras: std::collections::HashSet<usize> = turns.iter().map(|t| t.para).collect();
    merged(pieces, turns, |pc| paras.contains(&pc.para))
}

/// Puts dashed quotations among the quoted passages: a passage inside one is dropped, and
/// one before it in the same paragraph is kept ("… had „three hundred people”. – If the
/// president wants to help … – she added.").
fn with_dash_quotes(pieces: Vec<Piece>, dashed: Vec<Piece>) -> Vec<Piece> {
    // (The dashed quotations do not overlap; in order, the last one opened before a passage
    // ends is the only one that may hold it.)
    let mut spans: Vec<Range<usize>> = dashed.iter().map(|d| d.open..d.after).collect();
    spans.sort_by_key(|span| span.start);
    merged(pieces, dashed, |pc| {
        let before = spans.partition_point(|span| span.start < pc.after);
        before > 0 && pc.open < spans[before - 1].end
    })
}

fn merged(pieces: Vec<Piece>, turns: Vec<Piece>, covered: impl Fn(&Piece) -> bool) -> Vec<Piece> {
    if turns.is_empty() {
        return pieces;
    }
    let mut out: Vec<Piece> = pieces
        .into_iter()
        .filter(|pc| !covered(pc))
        .chain(turns)
        .collect();
    out.sort_by_key(|pc| pc.open);
    out
}

fn closing_for(open: char) -> &'static [char] {
    match open {
        '\u{201c}' => &['\u{201d}'],
        '\u{00ab}' => &['\u{00bb}'],
        '\u{201e}' => &['\u{201c}', '\u{201d}'],
        '\u{201d}' => &['\u{201d}'],
        '\u{00bb}' => &['\u{00ab}', '\u{00bb}'],
        '\u{2018}' => &['\u{2019}'],
        '\'' => &['\'', '\u{2019}'],
        _ => &['"', '\u{201d}'],
    }
}

/// Whether `rest` begins with a word that goes on a sentence rather than a noun phrase.
fn starts_with_function_word(rest: &str) -> bool {
    let word = rest
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    matches!(
        word,
        "and"
            | "or"
            | "but"
            | "as"
            | "in"
            | "on"
            | "at"
            | "to"
            | "for"
            | "with"
            | "of"
            | "that"
            | "which"
            | "from"
            | "by"
            | "while"
            | "when"
            | "if"
            | "is"
            | "was"
            | "were"
            | "are"
            | "and,"
            | "after"
            | "before"
            | "because"
            | "so"
    )
}

/// Puts the passages in single marks together with those in double marks. A text with no
/// double marks quotes with single ones; otherwise a passage in single marks counts only when
/// it stands outside every passage in double marks (a headline's `X: 'We will not…'`, a
/// British text that nests "…" inside '…'), and the double ones nested in it are dropped.
fn merge_single(double: Vec<Piece>, single: Vec<Piece>) -> Vec<Piece> {
    if double.is_empty() || single.is_empty() {
        return if double.is_empty() { single } else { double };
    }
    let mut kept: Vec<Piece> = Vec::new();
    let mut j = 0;
    for s in single.into_iter().filter(|s| s.closed) {
        while j < double.len() && double[j].after <= s.open {
            j += 1;
        }
        let mut k = j;
        let mut nests = true;
        while k < double.len() && double[k].open < s.after {
            let d = &double[k];
            if !(s.open < d.open && d.after <= s.after) {
                nests = false;
                break;
            }
            k += 1;
        }
        if nests {
            kept.push(s);
        }
    }
    if kept.is_empty() {
        return double;
    }
    let mut out = Vec::with_capacity(double.len() + kept.len());
    let mut s = 0;
    for d in double {
        while s < kept.len() && kept[s].after <= d.open {
            out.push(kept[s].clone());
            s += 1;
        }
        let inside = s < kept.len() && kept[s].open < d.open && d.after <= kept[s].after;
        if !inside {
            out.push(d);
        }
    }
    out.extend(kept.drain(s..));
    out
}

/// Finds the quoted passages paragraph by paragraph. A straight mark opens when it follows a
/// space or the start and closes otherwise; a paragraph left open and followed by one that
/// opens with a mark goes on there.
fn quote_pieces(text: &str, paragraphs: &[Range<usize>], single: bool) -> Vec<Piece> {
    let mut pieces = Vec::new();
    let mut left_open = false;
    for (p, para) in paragraphs.iter().enumerate() {
        let body = &text[para.clone()];
        let chars: Vec<(usize, char)> = body.char_indices().collect();
        let first_word = chars.iter().position(|(_, c)| !c.is_whitespace());
        let mut open: Option<(usize, char)> = None;
        let mut k = 0;
        let mut opened_here = false;
        let mut possessive: Option<usize> = None;
        // The passage between an opening mark `(o, oc)` and its closing mark `(end, ec)`.
        let closed = |(o, oc): (usize, char), (end, ec): (usize, char)| Piece {
            open: para.start + o,
            inner: para.start + o + oc.len_utf8()..para.start + end,
            after: para.start + end + ec.len_utf8(),
            closed: true,
            para: p,
            continues: left_open && Some(o) == first_word.map(|f| chars[f].0),
            sentence: 0,
            turn: false,
        };
        while k < chars.len() {
            let (at, c) = chars[k];
            let prev = k.checked_sub(1).map(|j| chars[j].1);
            let next = chars.get(k + 1).map(|x| x.1);
            match open {
                None => {
                    let opens = if single {
                        (c == '\u{2018}'
                            && !prev.is_some_and(char::is_alphanumeric)
                            && next.is_some_and(|n| !n.is_whitespace()))
                            // A straight mark opens before a letter, after a space or a
                            // bracket: not in "Testburg's", nor "'90s".
                            || (c == '\''
                                && !prev.is_some_and(|x| x.is_alphanumeric() || x == '\'')
                                && next.is_some_and(char::is_alphabetic))
                    } else {
                        match c {
                            '\u{201c}' | '\u{00ab}' | '\u{201e}' => true,
                            // Swedish and Finnish papers open with the closing mark too
                            // (”We are ready”), German ones with a reversed guillemet
                            // (»Wir sind bereit«): where a quotation opens, before a word.
                            '\u{201d}' | '\u{00bb}' => {
                                prev.is_none_or(|x| {
                                    x.is_whitespace() || "([\u{2014}\u{2013}-".contains(x)
                                }) && next.is_some_and(char::is_alphanumeric)
                            }
                            '"' => {
                                !prev.is_some_and(|x| x.is_alphanumeric() || x == '.' || x == ',')
                                    && next.is_some_and(|n| !n.is_whitespace())
                            }
                            _ => false,
                        }
                    };
                    if opens {
                        open = Some((at, c));
                        possessive = None;
                        opened_here = true;
                    } else if !single
                        && left_open
                        && !opened_here
                        && pieces.last().is_none_or(|pc: &Piece| pc.para != p)
                        && matches!(c, '"' | '\u{201d}' | '\u{00bb}')
                    {
                        // A continuation that did not repeat the opening mark.
                        let start = para.start + first_word.map_or(0, |f| chars[f].0);
                        if start < para.start + at {
                            pieces.push(Piece {
                                open: start,
                                inner: start..para.start + at,
                                after: para.start + at + c.len_utf8(),
                                closed: true,
                                para: p,
                                continues: true,
                                sentence: 0,
                                turn: false,
                            });
                        }
                        opened_here = true;
                    }
                }
                Some((o, oc))
                    if matches!(oc, '\'' | '\u{2018}')
                        && c == oc
                        && prev.is_some_and(char::is_whitespace)
                        && next.is_some_and(char::is_alphabetic)
                        && possessive.is_some() =>
                {
                    // "'stands by its partners' and 'taken in the usual way'", "would ‘draw
                    // its own conclusions’ about …. ‘Mr Kestrin …’": a mark that opens again
                    // shows the possessive-looking one closed.
                    pieces.push(closed((o, oc), chars[possessive.take().unwrap_or(k)]));
                    open = Some((at, c));
                }
                Some((o, oc)) => {
                    let mut closes = closing_for(oc).contains(&c)
                        && !(single && next.is_some_and(char::is_alphanumeric));
                    // A lower-case word follows, but not one that goes on the sentence
                    // ("goods' and warned" closes; "partners' concerns" is a possessive).
                    let word_next = || {
                        next == Some(' ')
                            && chars.get(k + 2).is_some_and(|x| x.1.is_lowercase())
                            && !starts_with_function_word(
                                &body[chars.get(k + 2).map_or(0, |x| x.0)..],
                            )
                    };
                    if closes && oc == '\'' {
                        // A straight mark closes after a word, not before one; "the
                        // allies' plan" is a possessive unless nothing else closes.
                        if prev.is_none_or(char::is_whitespace) {
                            closes = false;
                        } else if prev == Some('s') && word_next() {
                            possessive.get_or_insert(k);
                            closes = false;
                        }
                    } else if closes && oc == '\u{2018}' && prev == Some('s') && word_next() {
                        // ‘We understand our partners’ concerns, …’: the same with curly marks.
                        possessive.get_or_insert(k);
                        closes = false;
                    }
                    if closes {
                        let piece = closed((o, oc), (at, c));
                        if !text[piece.inner.clone()].trim().is_empty() {
                            pieces.push(piece);
                        }
                        open = None;
                    }
                }
            }
            k += 1;
        }
        if let (Some((o, oc)), Some(at)) = (open, possessive) {
            // Nothing closed a straight mark but a plural possessive: that was the close.
            pieces.push(closed((o, oc), chars[at]));
            open = None;
        }
        let was_open = left_open;
        left_open = false;
        if let Some((o, oc)) = open {
            let inner = para.start + o + oc.len_utf8()..para.end;
            if !text[inner.clone()].trim().is_empty() {
                pieces.push(Piece {
                    open: para.start + o,
                    inner,
                    after: para.end,
                    closed: false,
                    para: p,
                    continues: was_open && Some(o) == first_word.map(|f| chars[f].0),
                    sentence: 0,
                    turn: false,
                });
                left_open = true;
            }
        }
    }
    pieces
}

/// Strips diacritics and folds to lower case.
pub(super) fn fold_char(c: char, out: &mut String) {
    let base = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å'
        | 'Ā' | 'Ă' | 'Ą' => 'a',
        'ç' | 'ć' | 'č' | 'ĉ' | 'Ç' | 'Ć' | 'Č' => 'c',
        'ď' | 'đ' | 'Ď' | 'Đ' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' | 'È' | 'É' | 'Ê' | 'Ë' | 'Ē' | 'Ė' | 'Ę'
        | 'Ě' => 'e',
        'ğ' | 'Ğ' => 'g',
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' | 'Ì' | 'Í' | 'Î' | 'Ï' | 'Ī' | 'Į' | 'İ' => {
            'i'
        }
        'ł' | 'ľ' | 'ĺ' | 'Ł' | 'Ľ' | 'Ĺ' => 'l',
        'ñ' | 'ń' | 'ň' | 'Ñ' | 'Ń' | 'Ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'Ō'
        | 'Ő' => 'o',
        'ř' | 'ŕ' | 'Ř' | 'Ŕ' => 'r',
        'ś' | 'š' | 'ş' | 'ș' | 'Ś' | 'Š' | 'Ş' | 'Ș' => 's',
        'ť' | 'ţ' | 'ț' | 'Ť' | 'Ţ' | 'Ț' => 't',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' | 'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ū' | 'Ů' | 'Ű'
        | 'Ų' => 'u',
        'ý' | 'ÿ' | 'Ý' | 'Ÿ' => 'y',
        'ź' | 'ż' | 'ž' | 'Ź' | 'Ż' | 'Ž' => 'z',
        'ß' => {
            out.push_str("ss");
            return;
        }
        '\u{2019}' | '\u{2018}' | '`' | '\u{00b4}' => '\'',
        '\u{2010}' | '\u{2011}' => '-',
        c => {
            for l in c.to_lowercase() {
                out.push(l);
            }
            return;
        }
    };
    out.push(base);
}

/// Lower case without diacritics.
pub(super) fn fold(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        fold_char(c, &mut out);
    }
    out
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Words (letters and digits, with inner apostrophes, hyphens, dots of initials) and single
/// punctuation marks.
fn tokens(text: &str, pieces: &[Piece]) -> Vec<Tok> {
    let mut toks = Vec::with_capacity(text.len() / 5);
    let mut piece = 0;
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        // Markdown's bold and italic marks ("**Kasimir Drell**") are no words or punctuation.
        if c.is_whitespace() || c == '*' {
            continue;
        }
        while piece < pieces.len() && pieces[piece].inner.end <= i {
            piece += 1;
        }
        let quoted = piece < pieces.len() && pieces[piece].inner.contains(&i);
        if is_word_char(c) {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = iter.peek() {
                if is_word_char(d) {
                    end = j + d.len_utf8();
                    iter.next();
                    continue;
                }
                // Inner apostrophe, hyphen or dot followed by a letter.
                if matches!(d, '\'' | '\u{2019}' | '-' | '\u{2010}' | '\u{2011}' | '.') {
                    let after = text[j + d.len_utf8()..].chars().next();
                    if after.is_some_and(is_word_char)
                        && !(d == '.' && end - i > 1 && !is_initialism(&text[i..end]))
                    {
                        end = j + d.len_utf8();
                        iter.next();
                        continue;
                    }
                }
                break;
            }
            let raw = &text[i..end];
            let mut lower = fold(raw);
            let mut possessive = false;
            if lower.ends_with("'s") && lower.len() > 2 {
                lower.truncate(lower.len() - 2);
                possessive = true;
            } else if let Some(next) = text[end..].chars().next()
                && matches!(next, '\'' | '\u{2019}')
                && lower.ends_with('s')
                && !text[end + next.len_utf8()..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric)
            {
                // The plural possessive's mark belongs to its word, as "'s" does ("the
                // Greens' defence spokesman"), and is no quotation mark.
                possessive = true;
                iter.next();
                end += next.len_utf8();
            }
            let upper = raw.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && raw.chars().all(|c| !c.is_lowercase());
            toks.push(Tok {
                start: i,
                end,
                kind: TokKind::Word,
                lower,
                cap: c.is_uppercase(),
                possessive,
                upper,
                quoted,
            });
        } else {
            toks.push(Tok {
                start: i,
                end: i + c.len_utf8(),
                kind: TokKind::Punct(c),
                lower: String::new(),
                cap: false,
                possessive: false,
                upper: false,
                quoted: quoted || is_quote_mark(c),
            });
        }
    }
    toks
}

/// "U.S", "U.K": single letters joined by dots.
pub(super) fn is_initialism(word: &str) -> bool {
    word.split('.').all(|part| part.chars().count() == 1)
}
