//! Who is who in a text: the people and institutions it mentions, with the titles it gives
//! them, and how a speaker phrase ("he", "the foreign minister", "Moscow", "a spokeswoman for
//! the ministry", "Ada Synthetic, the defence minister") resolves to one of them.

use std::borrow::Cow;
use std::collections::HashMap;
use std::ops::Range;

use super::speakers::{
    ActorIndex, FastMap, Gender, first_name_gender, honorific_gender, is_institution_head,
    is_name_particle, is_name_word, is_non_name, is_speaker_noun, is_title_word, noun_gender,
    skeleton_of,
};
use super::text::{Doc, Tok};
use super::{SpeakerGuess, commitments};

#[derive(Debug, Clone)]
pub(super) struct Entity {
    pub name: String,
    pub actor: Option<usize>,
    /// Skeleton keys of the name's words.
    pub keys: Vec<String>,
    pub gender: Gender,
    pub institution: bool,
    /// Titles and descriptions given to it, as canonical words.
    pub titles: Vec<Vec<String>>,
    /// Introduced by a description only ("a senior official"); a name may come later.
    pub vague: bool,
    pub plural: bool,
    /// Known to be a person or institution (not just a capitalised word).
    pub speaker_like: bool,
    /// A document or a place ("the Eskerby Framework", "Sadova Street"): never what a
    /// pronoun or a description means.
    pub thing: bool,
    pub last_subject: Option<usize>,
    pub last_mention: usize,
    /// The sentence that first mentions it.
    pub first_mention: usize,
    pub merged: Option<usize>,
    /// Introduced as one of several ("a cabinet minister", "one participant"): an
    /// anonymous source, not the office a person named next holds.
    pub one_of_several: bool,
}

/// What a noun phrase names.
#[derive(Debug, Clone)]
enum Head {
    Actor(usize),
    Name(Range<usize>),
    Title(Vec<String>, Range<usize>),
    Pronoun(Gender, bool),
}

struct Np {
    head: Head,
    /// Where the whole phrase ends, "of …" included.
    extent: usize,
    /// Title words before a name inside the phrase ("Defence Minister" Ada Synthetic).
    titles: Vec<String>,
    gender: Gender,
    end: usize,
    /// Whose it is, for "its foreign ministry": named as theirs ("Russia's foreign ministry").
    owner: Option<usize>,
}

pub(super) struct Discourse<'d, 'a> {
    pub doc: &'d Doc<'a>,
    pub index: &'d ActorIndex<'a>,
    skels: Vec<Cow<'d, str>>,
    pub entities: Vec<Entity>,
    by_actor: HashMap<usize, usize>,
    /// Entities by the spelling key of their name's last word.
    by_last_key: FastMap<String, Vec<usize>>,
    /// The entities mentioned most recently, the latest last: where pronouns, titles and
    /// vague descriptions look (a bounded window keeps long texts linear).
    pub recent: Vec<usize>,
    /// Where the noun phrase of the last successful `resolve` began and ended (before any
    /// apposition).
    pub np_start: usize,
    pub np_end: usize,
    /// The day each sentence says its words were said, if it does.
    pub said_on: Vec<Option<crate::values::Day>>,
    /// The places the text names: the words it writes with a capital, in lower case, and
    /// the countries among them (made when first needed).
    named_places: std::cell::OnceCell<(FastMap<&'d str, ()>, Vec<&'static str>)>,
    /// Whether the text has a known person's last name, by actor, looked up once each.
    family_named: std::cell::RefCell<FastMap<usize, bool>>,
    /// Each known actor's country (or the place its role is "of"), folded, once.
    actor_places: std::cell::OnceCell<ActorPlaces>,
}

pub(super) fn is_intro(lower: &str) -> bool {
    INTRO.contains(&lower)
        // "Arriving at the conference centre, President Stubenko stopped": a participle.
        || (lower.len() > 6 && lower.ends_with("ing") && !matches!(lower, "according" | "morning" | "evening"))
}

const INTRO: &[&str] = &[
    // "Every time the phone buzzes, Halyna Maliarchuk stops …".
    "every",
    "each",
    "whenever",
    "until",
    "unless",
    "after",
    "afterwards",
    "afterward",
    "back",
    "outside",
    "inside",
    "nearby",
    "before",
    "following",
    "speaking",
    "asked",
    "pressed",
    "questioned",
    "challenged",
    "quizzed",
    "reached",
    "contacted",
    "approached",
    "reacting",
    "replying",
    "in",
    "on",
    "at",
    "during",
    "earlier",
    "later",
    "meanwhile",
    "however",
    "but",
    "and",
    "separately",
    "elsewhere",
    "still",
    "yet",
    "also",
    "then",
    "when",
    "while",
    "since",
    "despite",
    "addressing",
    "writing",
    "responding",
    "referring",
    "commenting",
    "with",
    "without",
    "within",
    "unlike",
    "like",
    "as",
    "for",
    "under",
    "amid",
    "last",
    "this",
    "by",
    "instead",
    "now",
    "today",
    "yesterday",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "overnight",
    "once",
    "if",
    "although",
    "though",
    "because",
    "from",
    "to",
    "of",
    "over",
    "indeed",
    "nevertheless",
    "in a",
    // Places beside someone: "Next to him, Corporal Yuriy Dovhal … is less philosophical".
    "next",
    "beside",
    "alongside",
    "near",
    "across",
    "throughout",
    "against",
    "beyond",
    "towards",
    "toward",
    "until",
    "upon",
];

fn canon(word: &str) -> String {
    match commitments::country_of_word(word) {
        Some(code) => format!("@{code}"),
        None => super::speakers::british(word).to_owned(),
    }
}

impl<'d, 'a> Discourse<'d, 'a> {
    pub fn new(doc: &'d Doc<'a>, index: &'d ActorIndex<'a>) -> Self {
        let skels = doc
            .toks
            .iter()
            .map(|t| {
                if t.is_word() {
                    skeleton_of(&t.lower)
                } else {
                    Cow::Borrowed("")
                }
            })
            .collect();
        Discourse {
            doc,
            index,
            skels,
            entities: Vec::new(),
            by_actor: HashMap::new(),
            by_last_key: FastMap::default(),
            recent: Vec::new(),
            np_start: 0,
            np_end: 0,
            said_on: Vec::new(),
            named_places: std::cell::OnceCell::new(),
            actor_places: std::cell::OnceCell::new(),
            family_named: std::cell::RefCell::default(),
        }
    }

    /// Whether the text has the known person's last name ("Corporal Jade Mirren" for
    /// Callum Mirren). Each actor's is looked up once, so a text that repeats a first name
    /// stays linear.
    fn family_named(&self, actor: usize) -> bool {
        *self
            .family_named
            .borrow_mut()
            .entry(actor)
            .or_insert_with(|| {
                let surname = self.index.family_name(actor);
                !surname.is_empty() && self.skels.iter().any(|k| k.as_ref() == surname)
            })
    }

    /// The known actor whose name or alias starts at token `i`.
    pub fn actor_at(&self, i: usize) -> Option<(usize, usize)> {
        let (actor, len) = self.index.match_at(
            &self.doc.toks,
            i,
            &self.skels,
            |a| self.by_actor.contains_key(&a),
            |a| self.home_named(a),
            |a| self.family_named(a),
        )?;
        // "Shift engineer Roman Tkach … Tkach told DW": a surname the text has given to
        // someone it named in full, and not to the known actor, is that person's (with an
        // honorific too: "Olha Savchuk … Ms Savchuk said").
        let surname_at = match len {
            1 => Some(i),
            2 if self.doc.toks[i].lower.trim_end_matches('.') == "dr"
                || super::speakers::honorific_gender(
                    self.doc.toks[i].lower.trim_end_matches('.'),
                )
                .is_some() =>
            {
                Some(i + 1)
            }
            _ => None,
        };
        let someone_else = surname_at.is_some_and(|at| {
            !self.by_actor.contains_key(&actor)
                && self
                    .by_last_key
                    .get(self.skels[at].as_ref())
                    .is_some_and(|ids| {
                        ids.iter().any(|&id| {
                            let e = &self.entities[id];
                            e.merged.is_none()
                                && e.actor.is_none()
                                && !e.institution
                                && e.keys.len() >= 2
                        })
                    })
        });
        (!someone_else).then_some((actor, len))
    }

    /// Of several known institutions a description fits ("the foreign ministry" at token
    /// `at`), the one whose country is the last country named before it in its sentence and
    /// the one before ("Norlandian assets were little moved. In Testburg, the foreign ministry
    /// said"); none when that country is no candidate's, or no country is named there.
    fn home_named_nearest(
        &self,
        actors: impl Iterator<Item = usize>,
        sentence: usize,
        at: usize,
    ) -> Option<usize> {
        let (places, all) = self.actor_places.get_or_init(|| {
            let places: Vec<Option<String>> = self
                .index
                .actors
                .iter()
                .map(|actor| {
                    match &actor.country {
                        Some(country) => Some(super::text::fold(country)),
                        None => actor
                            .role
                            .as_deref()
                            .and_then(|role| role.rsplit_once(" of "))
                            .map(|(_, place)| super::text::fold(place.trim())),
                    }
                    .filter(|place| !place.is_empty() && !place.contains(' '))
                })
                .collect();
            let all = places.iter().flatten().map(|p| (p.clone(), ())).collect();
            (places, all)
        });
        let candidates: Vec<(usize, &str)> = actors
            .filter(|&a| self.index.info[a].institution)
            .filter_map(|a| places[a].as_deref().map(|place| (a, place)))
            .collect();
        if candidates.len() < 2 {
            return None;
        }
        let names_place = |word: &str, place: &str| word == place || demonym_of(word, place);
        // A country's name or its demonym ("Norlandian"), as `demonym_of` forms it.
        let is_place = |word: &str| {
            all.contains_key(word)
                || DEMONYM_ENDINGS.iter().any(|suffix| {
                    word.strip_suffix(suffix)
                        .is_some_and(|place| place.len() >= 5 && all.contains_key(place))
                })
        };
        let from = self.doc.sentences[sentence.saturating_sub(1)].toks.start;
        let to = at.max(from);
        // The last word naming any known actor's country decides.
        let last = self.doc.toks[from..to]
            .iter()
            .rev()
            .find(|t| t.is_word() && t.cap && is_place(&t.lower))?;
        let mut named = candidates
            .iter()
            .filter(|(_, place)| names_place(&last.lower, place));
        match (named.next(), named.next()) {
            (Some((a, _)), None) => Some(*a),
            _ => None,
        }
    }

    /// Whether the text names the actor's country, or a demonym of it ("Tessaria",
    /// "Tessarian"); true for an actor of no country.
    fn home_named(&self, actor: usize) -> bool {
        let Some(country) = &self.index.actors[actor].country else {
            return true;
        };
        let place = super::text::fold(country);
        let code = super::commitments::country_name(country)
            .map(|_| country.as_str())
            .or_else(|| super::commitments::country_of_word(&place));
        let (words, countries) = self.named_places.get_or_init(|| {
            let words: FastMap<&'d str, ()> = self
                .doc
                .toks
                .iter()
                .filter(|t| t.is_word() && t.cap)
                .map(|t| (t.lower.as_str(), ()))
                .collect();
            let countries = words
                .keys()
                .filter_map(|w| super::commitments::country_of_word(w))
                .collect();
            (words, countries)
        });
        match code {
            Some(code) => countries.contains(&code),
            None => {
                words.contains_key(place.as_str())
                    || words.keys().any(|word| demonym_of(word, &place))
            }
        }
    }

    fn tok(&self, i: usize) -> Option<&Tok> {
        self.doc.toks.get(i)
    }

    /// The entity an id now stands for, following merges.
    pub fn root(&self, mut id: usize) -> usize {
        while let Some(next) = self.entities[id].merged {
            id = next;
        }
        id
    }

    /// Moves an entity to the end of the recent window.
    fn touch(&mut self, id: usize) {
        const WINDOW: usize = 48;
        if let Some(at) = self.recent.iter().rposition(|&r| r == id) {
            self.recent.remove(at);
        }
        self.recent.push(id);
        if self.recent.len() > WINDOW {
            self.recent.remove(0);
        }
    }

    fn index_keys(&mut self, id: usize) {
        if let Some(last) = self.entities[id].keys.last().cloned() {
            let ids = self.by_last_key.entry(last).or_default();
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
    }

    pub fn guess(&self, id: usize) -> SpeakerGuess {
        let e = &self.entities[self.root(id)];
        match e.actor {
            Some(a) => SpeakerGuess {
                name: self.index.actors[a].name.clone(),
                slug: Some(self.index.actors[a].slug.clone()),
            },
            None => SpeakerGuess {
                name: e.name.clone(),
                slug: None,
            },
        }
    }

    /// The country of an entity, when it is a known actor with one.
    pub fn country(&self, id: usize) -> Option<String> {
        let e = &self.entities[self.root(id)];
        e.actor.and_then(|a| self.index.actors[a].country.clone())
    }

    fn text_of(&self, range: Range<usize>) -> String {
        let toks = &self.doc.toks[range];
        match (toks.first(), toks.last()) {
            (Some(first), Some(last)) => self.doc.text[first.start..last.end].to_owned(),
            _ => String::new(),
        }
    }

    /// A name as the text writes it, without the "'s" of a name that owns something.
    fn name_text(&self, run: Range<usize>) -> String {
        let possessive = self
            .tok(run.end.saturating_sub(1))
            .is_some_and(|t| t.possessive);
        let name = self.text_of(run);
        match name.rsplit_once(['\'', '\u{2019}']) {
            Some((owner, "s" | "S" | "")) if possessive => owner.to_owned(),
            _ => name,
        }
    }

    /// A description in lower case of up to `words` words from token `from`, then a
    /// person's name ("foreign policy spokeswoman Sigrid Tannauer", "colleague Ines
    /// Kowalczyk"): the person named. With `titled`, the description must hold a title or a
    /// speaker's noun.
    fn named_after_description(
        &self,
        from: usize,
        limit: usize,
        words: usize,
        titled: bool,
    ) -> Option<Np> {
        let toks = &self.doc.toks;
        let mut k = from;
        while k < limit.min(from + words)
            && toks[k].is_word()
            && !toks[k].cap
            && !toks[k].quoted
            && !is_non_name(&toks[k].lower)
            && super::reported::verb_like(&toks[k].lower).is_none()
        {
            k += 1;
        }
        let description = &toks[from..k];
        if description.is_empty()
            || (titled
                && !description
                    .iter()
                    .any(|t| is_speaker_noun(&t.lower) || is_title_word(&t.lower)))
            || !toks.get(k).is_some_and(|t| k < limit && is_name_word(t))
        {
            return None;
        }
        let named = self.parse_np(k, limit)?;
        matches!(named.head, Head::Name(_) | Head::Actor(_)).then_some(named)
    }

    /// Parses the noun phrase that starts at token `i`, within `limit`.
    fn parse_np(&self, i: usize, limit: usize) -> Option<Np> {
        let toks = &self.doc.toks;
        let mut j = i;
        let first = toks.get(j).filter(|_| j < limit)?;
        if !first.is_word() || first.quoted {
            return None;
        }
        // "According to him", "according to her,".
        let object = matches!(first.lower.as_str(), "him" | "them")
            || (first.lower == "her" && toks.get(j + 1).is_none_or(|n| !n.is_word()));
        if matches!(first.lower.as_str(), "he" | "she" | "it" | "they") || object {
            let gender = match first.lower.as_str() {
                "he" | "him" => Gender::Male,
                "she" | "her" => Gender::Female,
                "it" => Gender::Neuter,
                _ => Gender::Unknown,
            };
            return Some(Np {
                head: Head::Pronoun(gender, matches!(first.lower.as_str(), "they" | "them")),
                extent: j + 1,
                titles: Vec::new(),
                gender,
                end: j + 1,
                owner: None,
            });
        }
        // "His Excellency Aleksei Vintrov", "Her Excellency explained": an honorific, not a
        // possessive; alone, it is the one named so before.
        if matches!(first.lower.as_str(), "his" | "her")
            && toks
                .get(j + 1)
                .is_some_and(|n| matches!(n.lower.as_str(), "excellency" | "highness" | "majesty"))
        {
            let gender = if first.lower == "his" {
                Gender::Male
            } else {
                Gender::Female
            };
            if let Some(mut named) = self.parse_np(j + 2, limit)
                && matches!(named.head, Head::Name(_) | Head::Actor(_))
            {
                if named.gender == Gender::Unknown {
                    named.gender = gender;
                }
                return Some(named);
            }
            return Some(Np {
                head: Head::Pronoun(gender, false),
                extent: j + 2,
                titles: Vec::new(),
                gender,
                end: j + 2,
                owner: None,
            });
        }
        // "My colleague Ines Kowalczyk", "my old friend Mara Lind": the person named. (A
        // columnist's "my"; the outlet's "our correspondent" is its own journalist.)
        if first.lower == "my"
            && let Some(named) = self.named_after_description(j + 1, limit, 4, false)
        {
            return Some(named);
        }
        // "His spokesman", "her team": the pronoun's referent speaks. ("His office", "her
        // ministry" are institutions of the referent's, and "his aides" are people of the
        // referent's, below.)
        if matches!(first.lower.as_str(), "his" | "its" | "their")
            || (first.lower == "her" && toks.get(j + 1).is_some_and(|n| n.is_word()))
        {
            let voice = toks.get(j + 1).is_some_and(|n| {
                matches!(
                    n.lower.as_str(),
                    "spokesman" | "spokeswoman" | "spokesperson" | "team" | "press" | "camp"
                )
            });
            let gender = match first.lower.as_str() {
                "his" => Gender::Male,
                "her" => Gender::Female,
                "its" => Gender::Neuter,
                _ => Gender::Unknown,
            };
            // "Their foreign policy spokeswoman Sigrid Tannauer": a description in lower
            // case, then the person's name.
            if let Some(named) = self.named_after_description(j + 1, limit, 5, true) {
                return Some(named);
            }
            // "His colleague from the National Security Bureau, Marek Wiśniak, went
            // further": someone of the possessor's, described, then named in apposition.
            if !voice
                && toks
                    .get(j + 1)
                    .is_some_and(|n| n.is_word() && !n.cap && is_speaker_noun(&n.lower))
                && let Some(comma) = (j + 2..limit.min(j + 10)).find(|&k| !toks[k].is_word())
                && toks[comma].is_punct(',')
                && let Some(named) = self.parse_np(comma + 1, limit)
                && matches!(named.head, Head::Name(_) | Head::Actor(_))
                && self.tok(named.end).is_some_and(|t| t.is_punct(','))
            {
                return Some(Np {
                    extent: named.end + 1,
                    ..named
                });
            }
            if !voice {
                // "Its foreign ministry", "her deputy": a description of the possessor's,
                // matched with the possessor's name ("Placeholdia foreign ministry").
                let rest = self.parse_np(j + 1, limit)?;
                let Head::Title(words, range) = rest.head else {
                    return None;
                };
                let owner = self
                    .pronoun_entity(gender, first.lower == "their")
                    .map(|owner| self.root(owner));
                let mut owned: Vec<String> = owner
                    .map(|owner| {
                        let e = &self.entities[owner];
                        let head = words.last().map_or("", String::as_str);
                        match e.actor {
                            // "His ministry", "her office": the institution of a known
                            // person's role ("Foreign Minister of Norlandia" → "Foreign
                            // Ministry of Norlandia", "President" → "Office of the
                            // President").
                            Some(a) if !e.institution && is_institution_head(head) => {
                                self.index.info[a]
                                    .role_words
                                    .iter()
                                    .map(|w| match w.as_str() {
                                        "minister" if head == "ministry" => head.to_owned(),
                                        w => w.to_owned(),
                                    })
                                    .collect()
                            }
                            _ => super::speakers::words_of(&e.name)
                                .iter()
                                .map(|w| canon(w))
                                .collect(),
                        }
                    })
                    .unwrap_or_default();
                owned.extend(words);
                return Some(Np {
                    head: Head::Title(owned, j..range.end),
                    extent: rest.extent,
                    titles: Vec::new(),
                    gender: rest.gender,
                    end: rest.end,
                    owner,
                });
            }
            let mut end = j + 2;
            while end < limit
                && toks[end].is_word()
                && matches!(toks[end].lower.as_str(), "service" | "secretary")
            {
                end += 1;
            }
            // "Its spokeswoman Lena Dummy": the person named speaks.
            if toks
                .get(end)
                .is_some_and(|t| end < limit && is_name_word(t))
                && let Some(named) = self.parse_np(j + 1, limit)
                && matches!(named.head, Head::Name(_) | Head::Actor(_))
            {
                return Some(named);
            }
            // "His spokeswoman, Svitlana Horobets, says": named in apposition.
            let spokesperson = toks.get(j + 1).is_some_and(|n| {
                matches!(
                    n.lower.as_str(),
                    "spokesman" | "spokeswoman" | "spokesperson" | "press"
                )
            });
            if spokesperson
                && toks
                    .get(end)
                    .is_some_and(|t| end < limit && t.is_punct(','))
                && let Some(named) = self.parse_np(end + 1, limit)
                && matches!(named.head, Head::Name(_) | Head::Actor(_))
                && self
                    .tok(named.end)
                    .is_some_and(|t| t.is_punct(',') || t.is_punct(')'))
            {
                return Some(Np {
                    extent: named.end + 1,
                    ..named
                });
            }
            return Some(Np {
                head: Head::Pronoun(gender, first.lower == "their"),
                extent: end,
                titles: Vec::new(),
                gender,
                end,
                owner: None,
            });
        }
        // "One of his own ministers": someone of a group that belongs to another, a new
        // person described by the group's noun.
        if first.lower == "one"
            && toks.get(j + 1).is_some_and(|t| t.is("of"))
            && toks.get(j + 2).is_some_and(|t| {
                matches!(
                    t.lower.as_str(),
                    "his" | "her" | "its" | "their" | "our" | "my"
                )
            })
        {
            let mut end = j + 3;
            while end < limit && toks[end].is_word() && !toks[end].quoted && toks[end].is("own") {
                end += 1;
            }
            let noun = toks.get(end).filter(|t| end < limit && t.is_word())?;
            let singular = noun.lower.strip_suffix('s').unwrap_or(&noun.lower);
            if is_speaker_noun(singular) || is_title_word(singular) {
                return Some(Np {
                    head: Head::Title(vec!["a".to_owned(), singular.to_owned()], j..end + 1),
                    extent: end + 1,
                    titles: Vec::new(),
                    gender: Gender::Unknown,
                    end: end + 1,
                    owner: None,
                });
            }
        }
        // "One of the officials", "two of the sources": part of a group met before, described
        // by the group's noun.
        let of_the = toks.get(j + 1).is_some_and(|t| t.is("of"))
            && toks
                .get(j + 2)
                .is_some_and(|t| t.is("the") || t.is("those"));
        let one = first.lower == "one";
        let some = matches!(
            first.lower.as_str(),
            "two" | "three" | "four" | "several" | "some" | "many" | "most" | "both"
        );
        let mut end = j + 3;
        if of_the && (one || some) {
            // "One of the Exampleland officials": a capitalised qualifier before the noun.
            let mut scan = j + 3;
            while scan < limit
                && toks[scan].is_word()
                && !toks[scan].quoted
                && (is_speaker_noun(&toks[scan].lower)
                    || is_title_word(&toks[scan].lower)
                    || (toks[scan].cap && scan < j + 5))
            {
                scan += 1;
                if is_speaker_noun(&toks[scan - 1].lower) || is_title_word(&toks[scan - 1].lower) {
                    end = scan;
                }
            }
            if end > j + 3 {
                let words = if one {
                    let noun = &toks[end - 1].lower;
                    let singular = noun.strip_suffix('s').unwrap_or(noun);
                    vec!["a".to_owned(), singular.to_owned()]
                } else {
                    toks[j + 3..end].iter().map(|t| canon(&t.lower)).collect()
                };
                return Some(Np {
                    head: Head::Title(words, j..end),
                    extent: end,
                    titles: Vec::new(),
                    gender: Gender::Unknown,
                    end,
                    owner: None,
                });
            }
        }
        // "One of them": someone of a group met before.
        if one
            && toks.get(j + 1).is_some_and(|t| t.is("of"))
            && toks.get(j + 2).is_some_and(|t| t.is_word())
        {
            return Some(Np {
                head: Head::Pronoun(Gender::Unknown, true),
                extent: end,
                titles: Vec::new(),
                gender: Gender::Unknown,
                end,
                owner: None,
            });
        }
        // "That official said": a demonstrative before a speaker's noun is an article.
        if j + 1 < limit
            && matches!(first.lower.as_str(), "that" | "this")
            && toks[j + 1].is_word()
            && !toks[j + 1].cap
            && (is_speaker_noun(&toks[j + 1].lower) || is_title_word(&toks[j + 1].lower))
        {
            j += 1;
        }
        while j < limit
            && toks[j].is_word()
            && (matches!(
                toks[j].lower.as_str(),
                "the"
                    | "one"
                    | "a"
                    | "an"
                    | "other"
                    | "all"
                    | "most"
                    | "few"
                    | "another"
                    | "fellow"
                    | "late"
            ) || KEPT_IN_NAME.contains(&toks[j].lower.as_str()))
        {
            j += 1;
        }
        // "The 58-year-old farmer told Al Jazeera": a definite description by age is of
        // someone already introduced (someone new is "a 58-year-old farmer").
        if j > i && toks[j - 1].is("the") && j < limit && toks[j].lower.ends_with("-year-old") {
            let mut end = j + 1;
            let mut gender = Gender::Unknown;
            if let Some(noun) = toks.get(end).filter(|n| {
                end < limit
                    && n.is_word()
                    && !n.cap
                    && (is_speaker_noun(&n.lower) || is_title_word(&n.lower))
            }) {
                gender = noun_gender(&noun.lower).unwrap_or(Gender::Unknown);
                end += 1;
            }
            return Some(Np {
                head: Head::Pronoun(gender, false),
                extent: end,
                titles: Vec::new(),
                gender,
                end,
                owner: None,
            });
        }
        // "A 41-year-old former bus driver": the age describes whoever the noun is.
        if j < limit && toks[j].lower.ends_with("-year-old") && !toks[j].quoted {
            j += 1;
        }
        let start = j;
        let mut best_actor: Option<(usize, usize, usize)> = None; // (actor, from, to)
        // The one before it ("Lukas Fennimore of the Brennholm Institute").
        let mut earlier_actor: Option<(usize, usize, usize)> = None;
        while j < limit {
            let t = &toks[j];
            if t.quoted && !t.is_word() {
                break;
            }
            if let Some((actor, len)) = self.actor_at(j)
                && j + len <= limit
            {
                if best_actor.is_some() {
                    earlier_actor = best_actor;
                }
                best_actor = Some((actor, j, j + len));
                j += len;
                if toks[j - 1].possessive {
                    continue;
                }
                continue;
            }
            if !t.is_word() {
                // "Gen." and "Mr." stay inside the phrase.
                if t.is_punct('.')
                    && j > start
                    && toks[j - 1].end == t.start
                    && matches!(
                        toks[j - 1].lower.as_str(),
                        "mr" | "mrs"
                            | "ms"
                            | "dr"
                            | "gen"
                            | "lt"
                            | "col"
                            | "sen"
                            | "rep"
                            | "adm"
                            | "maj"
                            | "capt"
                            | "cmdr"
                            | "cdr"
                            | "brig"
                            | "cpl"
                            | "pvt"
                            | "sgt"
                            | "gov"
                            | "prof"
                            | "hon"
                            | "rev"
                            | "st"
                    )
                    // (And so do initials: "I.V. Nullova", "L. Santerre".)
                    || (t.is_punct('.')
                        && j > start
                        && toks[j - 1].end == t.start
                        && toks[j - 1].cap
                        && super::text::is_initialism(&toks[j - 1].lower)
                        && toks.get(j + 1).is_some_and(|n| n.is_word() && n.cap))
                {
                    j += 1;
                    continue;
                }
                break;
            }
            let lower = t.lower.as_str();
            let banner = super::speakers::is_banner(toks, j);
            // "A machine gunner, who asked…": words before a relative "who" describe a person.
            let before_who = !t.cap
                && j < start + 3
                && (j + 1..(j + 4).min(limit))
                    .any(|k| toks[k].is_punct(',') && toks.get(k + 1).is_some_and(|n| n.is("who")))
                && toks[j..].iter().take_while(|n| !n.is_punct(',')).all(|n| {
                    n.is_word()
                        && !matches!(
                            n.lower.as_str(),
                            "on" | "of" | "in" | "at" | "from" | "with" | "for" | "to" | "by"
                        )
                });
            // "Three diplomatic sources", "a European defence official".
            let adjective = !t.cap
                && ["ic", "al", "ian", "ese", "ish", "ive", "ary", "ern"]
                    .iter()
                    .any(|end| lower.ends_with(end))
                && toks.get(j + 1).is_some_and(|n| {
                    n.is_word() && (is_speaker_noun(&n.lower) || is_title_word(&n.lower))
                });
            // "An insurance executive", "one aid worker": a noun before the noun, after the
            // determiner.
            let modifier = !t.cap
                && j == start
                && start > i
                && noun_modifier(lower)
                && super::reported::verb_like(lower).is_none()
                && !super::speakers::is_auxiliary(lower)
                && toks.get(j + 1).is_some_and(|n| {
                    j + 1 < limit && n.is_word() && !n.cap && is_speaker_noun(&n.lower)
                });
            // "One underwriter in Brennholm told CNN": after "a" or "one", a word made like
            // a doer's noun that ends the subject or is followed by where the person is.
            let doer = !t.cap
                && j == start
                && after_indefinite(toks, start, i)
                && is_doer_noun(lower)
                && (j + 1 == limit
                    || toks.get(j + 1).is_some_and(|n| {
                        j + 1 < limit
                            && n.is_word()
                            && matches!(n.lower.as_str(), "in" | "from" | "at" | "based")
                    }));
            // "The town's military administrator", "the country's president".
            let owner = t.possessive
                && !t.cap
                && j == start
                && toks.get(j + 1).is_some_and(|n| n.is_word() && !n.quoted)
                && toks[j + 1..(j + 4).min(limit)]
                    .iter()
                    .any(|n| is_speaker_noun(&n.lower));
            // "Dietmar Klausen of the right-wing Homeland Alliance": a word that describes
            // the body named after it.
            let of_the_described = !t.cap
                && !t.possessive
                && j >= start + 2
                && toks[j - 1].is("the")
                && toks[j - 2].is("of")
                && super::reported::verb_like(lower).is_none()
                && toks
                    .get(j + 1)
                    .is_some_and(|n| j + 1 < limit && n.is_word() && n.cap && !n.quoted);
            // "Sgt. 1st Class Dominic Varela", "2nd Lt. Mara Oyelaran": a rank's ordinal
            // and its class.
            let ordinal = |w: &str| {
                w.len() >= 3
                    && w.as_bytes()[0].is_ascii_digit()
                    && ["st", "nd", "rd", "th"].iter().any(|end| w.ends_with(end))
            };
            let rank_part = (ordinal(lower)
                && toks
                    .get(j + 1)
                    .is_some_and(|n| n.is("class") || is_title_word(&n.lower)))
                || (lower == "class" && j > start && ordinal(&toks[j - 1].lower));
            let fits = (t.cap && !is_non_name(lower) && !banner)
                || rank_part
                || adjective
                || of_the_described
                || modifier
                || doer
                || before_who
                || owner
                || is_title_word(lower)
                || is_speaker_noun(lower)
                || is_institution_head(lower)
                || commitments::country_of_word(lower).is_some()
                || member_group(toks, j)
                || (j > start
                    && matches!(lower, "of" | "for")
                    && toks.get(j + 1).is_some_and(|n| {
                        n.is_word()
                            && (n.cap
                                || is_title_word(&n.lower)
                                || is_institution_head(&n.lower)
                                || matches!(n.lower.as_str(), "the" | "state" | "foreign"))
                    }))
                // "Minister for Trade and Economic Security Dr Anjali Ferris": one office.
                || (j > start
                    && lower == "and"
                    && toks[j - 1].cap
                    && toks[start..j]
                        .iter()
                        .any(|w| matches!(w.lower.as_str(), "of" | "for"))
                    && toks
                        .get(j + 1)
                        .is_some_and(|n| n.is_word() && n.cap && is_portfolio(&n.lower)))
                // "The deputy prime minister and defence chief Bartłomiej Zarębski": two
                // offices of the one person named after them.
                || (j > start
                    && lower == "and"
                    && is_title_word(&toks[j - 1].lower)
                    && {
                        let second = (j + 1..(j + 4).min(limit))
                            .take_while(|&k| toks[k].is_word() && !toks[k].cap)
                            .last();
                        second.is_some_and(|k| {
                            (is_title_word(&toks[k].lower) || is_speaker_noun(&toks[k].lower))
                                && toks.get(k + 1).is_some_and(|n| k + 1 < limit && is_name_word(n))
                        })
                    })
                // "the Parliamentary Committee on Foreign Policy Lesia Yavorivska".
                || (j > start
                    && lower == "on"
                    && matches!(
                        toks[j - 1].lower.as_str(),
                        "committee" | "subcommittee" | "commission" | "council" | "panel"
                    )
                    && toks.get(j + 1).is_some_and(|n| n.is_word() && n.cap))
                || (j > start
                    && lower == "the"
                    && toks[j - 1].is_word()
                    && matches!(toks[j - 1].lower.as_str(), "of" | "for"))
                || (j > start && is_name_particle(lower) && toks.get(j + 1).is_some_and(|n| n.cap));
            if !fits {
                // "Benchley's critics", "Norlandia's allies": a plural noun after a
                // possessive ends the phrase as its head.
                if j > start
                    && toks[j - 1].possessive
                    && !t.cap
                    && t.lower.len() > 4
                    && t.lower.ends_with('s')
                    && !t.lower.ends_with("ss")
                    && super::reported::verb_like(&t.lower).is_none()
                {
                    j += 1;
                }
                break;
            }
            j += 1;
            if t.possessive && toks.get(j).is_none_or(|n| !n.is_word() || n.quoted) {
                break;
            }
        }
        if j == start {
            return None;
        }
        // Trailing "of"/"for"/"the" do not belong.
        while j > start && matches!(toks[j - 1].lower.as_str(), "of" | "for" | "the" | "on") {
            j -= 1;
        }
        let mut end = j;
        let extent = j;
        let mut titles = Vec::new();
        // "President Boris Example of Norlandia", "Jonas Instance of the alliance": a name
        // followed by "of …" keeps the name as the head.
        if let Some(k) = (start + 1..end).find(|&k| matches!(toks[k].lower.as_str(), "of" | "for"))
            // (Not inside a known name: "the Multinational Reassurance Force for Placeholdia".)
            && !best_actor.is_some_and(|(_, from, to)| from < k && k < to)
            && (is_name_word(&toks[k - 1])
                || best_actor.is_some_and(|(_, _, to)| {
                    to == k && !self.index.info[best_actor.map_or(0, |b| b.0)].institution
                }))
            && (start..k - 1).any(|i| is_title_word(&toks[i].lower) || is_name_word(&toks[i]))
        {
            titles.extend(toks[k + 1..end].iter().map(|t| canon(&t.lower)));
            end = k;
            if best_actor.is_some_and(|(_, from, _)| from >= k) {
                best_actor = earlier_actor.filter(|&(_, _, to)| to <= k);
            }
        }
        let mut gender = Gender::Unknown;
        for t in &toks[start..end] {
            if let Some(g) = noun_gender(&t.lower) {
                gender = g;
            }
        }
        // A known actor that ends the phrase (or owns a spokesperson or an office).
        if let Some((actor, from, to)) = best_actor {
            let rest = &toks[to..end];
            let owned_voice = toks[to - 1].possessive
                && !rest.is_empty()
                && rest.iter().all(|t| {
                    matches!(
                        t.lower.as_str(),
                        "office"
                            | "spokesman"
                            | "spokeswoman"
                            | "spokesperson"
                            | "press"
                            | "service"
                            | "team"
                            | "camp"
                    )
                })
                // "A Norlandian defence ministry statement": the institution speaks.
                || (self.index.info[actor].institution
                    && rest.len() == 1
                    && matches!(
                        rest[0].lower.as_str(),
                        "statement" | "readout" | "communique" | "spokesperson"
                    ));
            // "A spokeswoman for Placeholdia's foreign ministry": the institution only
            // qualifies the person who speaks.
            let qualifies = from > start
                && if self.index.info[actor].institution {
                    toks[start..from]
                        .iter()
                        .any(|t| is_speaker_noun(&t.lower) && !is_institution_head(&t.lower))
                } else {
                    // "A spokesperson for Foreign Minister Greta Sampleberg", "an aide to
                    // Mr Example": someone who speaks for the person.
                    // Unless the title is the person's own ("Spokesman for the President of
                    // Norlandia Pavel Stubov", as state agencies write).
                    toks[start..from].windows(2).any(|w| {
                        is_speaker_noun(&w[0].lower)
                            && matches!(w[1].lower.as_str(), "for" | "to")
                            && !self.index.info[actor].role_head.contains(&w[0].lower)
                    })
                };
            if (to == end || owned_voice) && !qualifies {
                titles.extend(
                    toks[start..from]
                        .iter()
                        .filter(|t| !t.possessive)
                        .map(|t| canon(&t.lower)),
                );
                return Some(Np {
                    head: Head::Actor(actor),
                    extent,
                    titles,
                    gender,
                    end,
                    owner: None,
                });
            }
        }
        // "The president of Exampleland", "the head of the commission": a title of something
        // named is a description of a person, not the name.
        let of_at = (start + 1..end).find(|&k| matches!(toks[k].lower.as_str(), "of" | "for"));
        let title_of = of_at.is_some_and(|k| {
            // (After an article or an owner: "the MP for Harrowgate East", "Saffaria's
            // Minister for International Cooperation".)
            let mut title = toks[start..k]
                .iter()
                .skip_while(|t| matches!(t.lower.as_str(), "the" | "a" | "an") || t.possessive)
                .peekable();
            title.peek().is_some()
                && title.all(|t| is_title_word(&t.lower) || is_speaker_noun(&t.lower))
        });
        // "Secretary of State Lina Morrow", "Head of the Presidential Office Oleh Tymko": the
        // title of something, then the person it belongs to, by first name and surname.
        let mut name_from = end;
        while name_from > start
            && is_name_word(&toks[name_from - 1])
            && !toks[name_from - 1].possessive
            && !is_institution_head(&toks[name_from - 1].lower)
            && !matches!(
                toks[name_from - 1].lower.as_str(),
                "affairs" | "relations" | "chiefs"
            )
            && !is_portfolio(&toks[name_from - 1].lower)
        {
            name_from -= 1;
        }
        let named_after_title = title_of
            && best_actor.is_none()
            && end - name_from >= 2
            // ("The MP for Harrowgate East" names a place, "the Minister for Trade and
            // Economic Security Dr Anjali Ferris" a portfolio and then a person.)
            && of_at.is_some_and(|k| {
                k + 1 < name_from
                    && (toks[k].is("of")
                        || is_portfolio(&toks[name_from - 1].lower)
                        || is_title_word(&toks[name_from - 1].lower))
            })
            && !toks[name_from..end]
                .iter()
                .any(|t| commitments::country_of_word(&t.lower).is_some());
        let title_of = title_of && !named_after_title;
        let name_floor = if named_after_title { name_from } else { start };
        // A proper name at the end of the phrase.
        let last = &toks[end - 1];
        // "Ms. Testchuk's bus finally arrived": a person's name that owns what follows is
        // still that person mentioned.
        let owner = last.possessive
            && end == extent
            && toks.get(end).is_some_and(|n| n.is_word() && !n.cap)
            && toks[start..end - 1].iter().all(|t| {
                is_name_word(t) || honorific_gender(&t.lower).is_some() || t.is_punct('.')
            });
        // "Pro-war Norlandian Telegram channels have reacted": the names qualify a plural
        // noun, the subject of the verb after it; no person is named.
        let qualifier = end == extent
            && toks
                .get(end)
                .is_some_and(|n| n.is_word() && !n.cap && is_plural_noun(&n.lower))
            && toks.get(end + 1).is_some_and(|v| {
                v.is_word()
                    && (super::speakers::is_auxiliary(&v.lower)
                        || super::reported::verb_like(&v.lower).is_some())
            });
        if qualifier {
            return None;
        }
        if is_name_word(last)
            && (!last.possessive || owner)
            && !is_institution_head(&last.lower)
            && !title_of
        {
            let mut from = end - 1;
            while from > name_floor
                && (is_name_word(&toks[from - 1])
                    || (is_name_particle(&toks[from - 1].lower) && from - 1 > start))
                && !toks[from - 1].possessive
            {
                from -= 1;
            }
            // A country or demonym alone is not a person.
            let run = &toks[from..end];
            let all_places = run
                .iter()
                .all(|t| commitments::country_of_word(&t.lower).is_some());
            if !all_places {
                for t in &toks[start..from] {
                    if let Some(g) = honorific_gender(&t.lower) {
                        gender = g;
                    }
                    if !t.possessive || commitments::country_of_word(&t.lower).is_some() {
                        titles.push(canon(&t.lower));
                    }
                }
                if gender == Gender::Unknown {
                    gender = first_name_gender(&run[0].lower);
                }
                return Some(Np {
                    head: Head::Name(from..end),
                    extent,
                    titles,
                    gender,
                    end,
                    owner: None,
                });
            }
        }
        // A description: a title, a speaker noun or an institution.
        let words: Vec<String> = toks[start..end].iter().map(|t| canon(&t.lower)).collect();
        let head = &toks[end - 1].lower;
        let who_follows = self.who_follows(end);
        // (Qualifiers alone are no title: "the first [day]", "the security [situation]".)
        // ("a former bus driver" goes on to its noun.)
        let titled = is_title_word(head)
            && (words
                .iter()
                .any(|w| is_title_word(w) && !super::speakers::is_title_qualifier(w))
                || (end..(end + 2).min(toks.len()))
                    .take_while(|&k| toks[k].is_word() && !toks[k].cap)
                    .any(|k| {
                        is_speaker_noun(&toks[k].lower) || is_institution_head(&toks[k].lower)
                    }));
        // "The opposition benches rumbled": a title qualifying a plural thing, the subject of
        // the verb after it, names no one.
        let qualifies_thing = toks.get(end).is_some_and(|n| {
            n.is_word()
                && !n.cap
                && is_plural_noun(&n.lower)
                && !is_speaker_noun(&n.lower)
                && !is_doer_noun(&n.lower)
        }) && toks.get(end + 1).is_some_and(|v| {
            v.is_word()
                && (super::speakers::is_auxiliary(&v.lower)
                    || super::reported::verb_like(&v.lower).is_some()
                    || (v.lower.len() > 4 && v.lower.ends_with("ed")))
        });
        if qualifies_thing && !toks[start..end].iter().any(|t| t.cap) {
            return None;
        }
        // ("One underwriter": see `doer` above.)
        let doer = end == start + 1 && after_indefinite(toks, start, i) && is_doer_noun(head);
        if titled
            || doer
            || is_speaker_noun(head)
            || is_institution_head(head)
            || commitments::country_of_word(head).is_some()
            || (end - start >= 2 && member_group(toks, end - 1))
            || toks[start..end].iter().any(|t| t.cap)
            || who_follows
        {
            return Some(Np {
                head: Head::Title(words, start..end),
                extent,
                titles: Vec::new(),
                gender,
                end,
                owner: None,
            });
        }
        None
    }

    /// "Halina has run the same shop for 31 years": a common given name opening a sentence
    /// as the subject of a verb is a person (a place or any word could open it too).
    fn first_name_acting(&self, at: usize) -> bool {
        first_name_gender(&self.doc.toks[at].lower) != Gender::Unknown
            && self.tok(at + 1).is_some_and(|verb| {
                verb.is_word()
                    && !verb.cap
                    && (super::speakers::is_auxiliary(&verb.lower)
                        || super::reported::verb_like(&verb.lower).is_some()
                        || (verb.lower.len() > 4 && verb.lower.ends_with("ed")))
            })
    }

    /// "Oksana, our protection officer in Solvyne, spends …": from token `at`, a phrase set
    /// off by commas that opens with a determiner and holds a person's role, so the word
    /// before it names a person.
    fn role_in_apposition(&self, at: usize) -> bool {
        // (Or with an owner: "Taras, Halyna's son, is less diplomatic.")
        let opens = self.tok(at).is_some_and(|t| {
            t.possessive
                || matches!(
                    t.lower.as_str(),
                    "our" | "a" | "an" | "the" | "their" | "his" | "her" | "my"
                )
        });
        let Some(close) = (at + 1..at + 8).find(|&k| self.tok(k).is_none_or(|t| !t.is_word()))
        else {
            return false;
        };
        opens
            && self.tok(close).is_some_and(|t| t.is_punct(','))
            && (at + 1..close).any(|k| {
                let w = &self.doc.toks[k].lower;
                is_speaker_noun(w) || (is_title_word(w) && !super::speakers::is_title_qualifier(w))
            })
    }

    /// ", who" follows token `end`: what ends there is a person.
    fn who_follows(&self, end: usize) -> bool {
        self.tok(end).is_some_and(|t| t.is_punct(','))
            && self.tok(end + 1).is_some_and(|t| t.is("who"))
    }

    /// Whether the entity has a name or is a known actor, not only a description ("the
    /// monitor", "a Lorumbian national").
    pub fn is_named(&self, id: usize) -> bool {
        let e = &self.entities[self.root(id)];
        !e.keys.is_empty() || e.actor.is_some()
    }

    /// The entity for a known actor, created on first mention.
    pub fn actor_entity(&mut self, actor: usize, sentence: usize) -> usize {
        if let Some(&id) = self.by_actor.get(&actor) {
            return self.root(id);
        }
        let info = &self.index.info[actor];
        let known = &self.index.actors[actor];
        let mut titles = Vec::new();
        if !info.role_words.is_empty() {
            titles.push(info.role_words.clone());
        }
        if info.institution {
            let mut words: Vec<String> = super::speakers::words_of(&known.name);
            for alias in &known.aliases {
                words.extend(super::speakers::words_of(alias));
            }
            titles.push(words.iter().map(|w| canon(w)).collect());
        }
        let id = self.entities.len();
        self.entities.push(Entity {
            name: known.name.clone(),
            actor: Some(actor),
            keys: super::speakers::name_keys(&known.name),
            gender: info.gender,
            institution: info.institution,
            titles,
            vague: false,
            plural: false,
            speaker_like: true,
            thing: false,
            last_subject: None,
            last_mention: sentence,
            first_mention: sentence,
            merged: None,
            one_of_several: false,
        });
        self.by_actor.insert(actor, id);
        self.index_keys(id);
        self.touch(id);
        id
    }

    /// "His wife, Oksana Kotsyuba, bakes … Oksana, 27, said": one name word that is the first
    /// name of exactly one person the text has named in full, when nobody goes by it as a
    /// surname and it does not introduce someone new ("Andriy, 45, a taxi driver").
    fn by_first_name(&self, keys: &[String], end: usize) -> Option<usize> {
        let [key] = keys else {
            return None;
        };
        let toks = &self.doc.toks;
        // (Past an age: "Andriy, 45, a taxi driver".)
        let mut next = end;
        if toks.get(next).is_some_and(|t| t.is_punct(','))
            && toks
                .get(next + 1)
                .is_some_and(|t| t.lower.starts_with(|c: char| c.is_ascii_digit()))
        {
            next += 2;
        }
        let introduced = toks.get(next).is_some_and(|t| t.is_punct(','))
            && toks
                .get(next + 1)
                .is_some_and(|t| matches!(t.lower.as_str(), "a" | "an"));
        // "His daughter, Iryna, 24": a description's name, given here.
        let start = end - 1;
        let apposed = start >= 2
            && toks[start - 1].is_punct(',')
            && toks[start - 2].is_word()
            && !toks[start - 2].cap;
        let word = &toks[start];
        let name_like = word.cap
            && word.lower.chars().count() >= 3
            && !word.upper
            && !self.index.is_place(&word.lower)
            && commitments::country_of_word(&word.lower).is_none();
        if introduced || apposed || !name_like {
            return None;
        }
        let mut people = self.entities.iter().enumerate().filter(|(_, e)| {
            e.merged.is_none()
                && (e.actor.is_some() || e.speaker_like)
                && e.gender != Gender::Neuter
                && !e.institution
                && !e.thing
                && e.keys.len() >= 2
                && e.keys.first() == Some(key)
        });
        let (id, _) = people.next()?;
        people.next().is_none().then_some(id)
    }

    /// The entity for a proper name: one already met (by full name or surname), or a new one.
    fn name_entity(&mut self, run: Range<usize>, sentence: usize, speaker_like: bool) -> usize {
        // "Ottoline Barraclough KC", "Jan Kowal MEP": letters after a name are no part of it.
        let mut run = run;
        while run.len() > 2
            && matches!(
                self.doc.toks[run.end - 1].lower.as_str(),
                "kc" | "qc"
                    | "sc"
                    | "mp"
                    | "mep"
                    | "msp"
                    | "obe"
                    | "mbe"
                    | "cbe"
                    | "kbe"
                    | "dbe"
                    | "phd"
                    | "jr"
                    | "sr"
                    | "md"
            )
        {
            run.end -= 1;
        }
        let keys: Vec<String> = run.clone().map(|i| self.skels[i].to_string()).collect();
        let candidates = keys
            .last()
            .and_then(|last| self.by_last_key.get(last))
            .map(Vec::as_slice)
            .unwrap_or_default();
        let found = candidates.iter().rev().copied().find(|&id| {
            let e = &self.entities[id];
            e.merged.is_none()
                && !e.keys.is_empty()
                && (e.keys == keys
                    || (keys.len() == 1 && !e.institution)
                    || (e.keys.len() == 1 && !e.institution))
        });
        // ("Mum Janine is counting the days … Janine Garside has stopped …": a first name met
        // before the full name is that person's once the full name is known. A surname that
        // matched a full name met since stays that person's: "Lyle Ferraby … Ferraby said"
        // after "Ferraby Research".)
        let found = match found {
            Some(id) if self.entities[id].actor.is_none() && !self.entities[id].institution => self
                .by_first_name(&keys, run.end)
                .filter(|&first| {
                    self.entities[id].keys.len() == 1
                        || self.entities[first].last_mention >= self.entities[id].last_mention
                })
                .or(found),
            _ => found.or_else(|| self.by_first_name(&keys, run.end)),
        };
        if let Some(id) = found {
            // A surname met first and the full name later: keep the full name.
            if keys.len() > self.entities[id].keys.len() && self.entities[id].actor.is_none() {
                self.entities[id].keys = keys;
                self.entities[id].name = self.name_text(run);
            }
            if speaker_like {
                self.entities[id].speaker_like = true;
            }
            self.touch(id);
            return id;
        }
        let last = &self.doc.toks[run.end - 1].lower;
        let institution = run
            .clone()
            .any(|i| is_institution_head(&self.doc.toks[i].lower))
            || last
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
            || commitments::country_of_word(last).is_some()
            || (run.len() == 1 && self.index.is_place(last))
            // "The Democratic Rally", "the Civic Front": a person's name takes no article.
            || (run.len() >= 2 && run.start > 0 && self.doc.toks[run.start - 1].is("the"));
        let gender = if institution {
            Gender::Neuter
        } else {
            first_name_gender(&self.doc.toks[run.start].lower)
        };
        // "KIM PLACEHOLDER" in a newsletter is Kim Placeholder.
        let mut name = self.name_text(run.clone());
        if !name.chars().any(char::is_lowercase) {
            name = name
                .split(' ')
                .map(|w| {
                    let mut chars = w.chars();
                    chars.next().map_or_else(String::new, |c| {
                        c.to_uppercase()
                            .chain(chars.flat_map(char::to_lowercase))
                            .collect()
                    })
                })
                .collect::<Vec<_>>()
                .join(" ");
        }
        // "The Eskerby Framework", "the Sandmoor Memorandum", "Sadova Street": a document's or
        // a place's name, which no pronoun or description means.
        let thing = run.len() >= 2
            && matches!(
                last.as_str(),
                "declaration"
                    | "treaty"
                    | "memorandum"
                    | "agreement"
                    | "accord"
                    | "pact"
                    | "compact"
                    | "charter"
                    | "protocol"
                    | "framework"
                    | "convention"
                    | "communique"
                    | "resolution"
                    | "plan"
                    | "initiative"
                    | "programme"
                    | "program"
                    | "act"
                    | "law"
                    | "doctrine"
                    | "street"
                    | "road"
                    | "avenue"
                    | "square"
                    | "lane"
                    | "boulevard"
                    | "bridge"
                    | "station"
                    | "district"
            );
        let id = self.entities.len();
        self.entities.push(Entity {
            name,
            actor: None,
            keys,
            gender,
            institution,
            titles: Vec::new(),
            vague: false,
            plural: false,
            speaker_like: !thing && (speaker_like || run.len() >= 2 || gender != Gender::Unknown),
            thing,
            last_subject: None,
            last_mention: sentence,
            first_mention: sentence,
            merged: None,
            one_of_several: false,
        });
        self.index_keys(id);
        self.touch(id);
        id
    }

    fn add_titles(&mut self, id: usize, words: Vec<String>, gender: Gender) {
        let id = self.root(id);
        let e = &mut self.entities[id];
        if gender != Gender::Unknown && e.gender == Gender::Unknown {
            e.gender = gender;
        }
        let words: Vec<String> = words
            .into_iter()
            .filter(|w| !matches!(w.as_str(), "the" | "a" | "an" | "of" | "for"))
            .collect();
        if !words.is_empty() && !e.titles.contains(&words) {
            if words.iter().any(|w| is_title_word(w) || is_speaker_noun(w)) {
                e.speaker_like = true;
            }
            e.titles.push(words);
        }
    }

    /// A newly named person may be the one a vague description introduced ("a spokeswoman
    /// … The spokeswoman, Ada Synthetic, said").
    fn merge_vague(&mut self, named: usize, sentence: usize) {
        self.merge_described(named, sentence, true);
    }

    /// Like `merge_vague`; `anonymous_too` lets an anonymous source's description merge.
    fn merge_described(&mut self, named: usize, sentence: usize, anonymous_too: bool) {
        let named = self.root(named);
        // The title's head nouns: "the special envoy of the alliance" has "envoy".
        let Some(last) = self.entities[named].titles.last() else {
            return;
        };
        let last = last.clone();
        let mut heads: Vec<String> = last
            .iter()
            .take_while(|w| !matches!(w.as_str(), "of" | "for" | "to" | "at" | "in"))
            .filter(|w| is_speaker_noun(w))
            .cloned()
            .collect();
        if heads.is_empty() {
            heads.extend(last.last().cloned());
        }
        // "Exampleland's defence chief … Defence Minister Ada Synthetic": a chief or head of
        // something is the person whose title names all of that something.
        // "Exampleland's top diplomat … Secretary of External Affairs Nils Fixture": the top
        // diplomat is the foreign minister.
        let known: Vec<&String> = self.entities[named].titles.iter().flatten().collect();
        let has = |w: &str| known.iter().any(|k| *k == w);
        let chief_of = |t: &Vec<String>| {
            let (head, qualifiers) = match t.split_last() {
                Some((head, rest)) => (head.as_str(), rest),
                None => return false,
            };
            let generic = |w: &String| matches!(w.as_str(), "top" | "senior" | "former" | "chief");
            let chief = matches!(head, "chief" | "head" | "boss")
                && qualifiers.iter().any(|w| has(w) && !generic(w));
            let top_diplomat = head == "diplomat"
                && qualifiers.iter().any(|w| w == "top" || w == "chief")
                && (has("foreign") || has("external"))
                && (has("minister") || has("secretary"));
            (chief || top_diplomat) && qualifiers.iter().all(|w| has(w) || generic(w))
        };
        // "A senior Vallmark diplomat" is not "Margo Deschamps, the Fictonian diplomat": the
        // words that say whose they are must agree.
        let whose = |t: &Vec<String>| -> Vec<String> {
            t.iter()
                .filter(|w| {
                    w.len() >= 4
                        && !is_title_word(w)
                        && !is_speaker_noun(w)
                        && !is_institution_head(w)
                        && w.chars().all(char::is_alphabetic)
                        && !matches!(
                            w.as_str(),
                            "senior"
                                | "former"
                                | "chief"
                                | "with"
                                | "from"
                                | "close"
                                | "this"
                                | "that"
                                | "their"
                                | "other"
                                | "another"
                                | "same"
                                | "leading"
                        )
                })
                .cloned()
                .collect()
        };
        let named_whose = whose(&last);
        let agrees = |t: &Vec<String>| {
            let mine = whose(t);
            mine.is_empty()
                || named_whose.is_empty()
                || mine.iter().any(|w| {
                    named_whose
                        .iter()
                        .any(|n| w.get(..5).is_some_and(|p| n.starts_with(p)))
                })
        };
        // "A Norlandian foreign minister of that era" is not Quillonia's foreign minister: a
        // demonym in the description must name a place a known person belongs to.
        let home = self.entities[named]
            .actor
            .map(|a| self.index.info[a].home.clone())
            .unwrap_or_default();
        let home_fits = |t: &Vec<String>| {
            home.is_empty()
                || t.iter()
                    .filter(|w| is_demonym(w) && !w.starts_with('@'))
                    .all(|w| {
                        home.iter().any(|place| {
                            demonym_of(w, place) || w.get(..5).is_some_and(|p| place.starts_with(p))
                        })
                    })
        };
        let candidate =
            self.recent
                .iter()
                .rev()
                .map(|&id| (id, &self.entities[id]))
                .find(|(id, e)| {
                    // Described before the person was first named.
                    *id < named
                        && e.vague
                        && (anonymous_too || !e.one_of_several)
                        && e.merged.is_none()
                        && !e.plural
                        && sentence.saturating_sub(e.last_mention) <= 12
                        && e.titles.iter().any(|t| {
                            (heads.iter().any(|h| t.contains(h))
                            && agrees(t)
                            && home_fits(t)
                            // "foreign minister" is not "defence minister".
                            && t.iter().all(|w| {
                                last.contains(w)
                                    || !(is_title_word(w) || w.starts_with('@'))
                                    || matches!(w.as_str(), "top" | "senior" | "former" | "chief")
                            })) || chief_of(t)
                        })
                });
        if let Some((id, _)) = candidate {
            self.merge_into(id, named);
        }
    }

    /// The vaguely described entity `vague` was `named` all along: it takes its titles,
    /// gender and last subject.
    fn merge_into(&mut self, vague: usize, named: usize) {
        let described = self.entities[vague].clone();
        self.entities[vague].merged = Some(named);
        let e = &mut self.entities[named];
        for t in described.titles {
            if !e.titles.contains(&t) {
                e.titles.push(t);
            }
        }
        if e.gender == Gender::Unknown {
            e.gender = described.gender;
        }
        e.last_subject = e.last_subject.max(described.last_subject);
    }

    /// Resolves a description ("the foreign minister", "the ministry") to the entity last
    /// given that title, or a known actor whose role it matches, or a new vague entity.
    fn title_entity(
        &mut self,
        words: Vec<String>,
        range: Range<usize>,
        gender: Gender,
        sentence: usize,
        owner: Option<usize>,
    ) -> usize {
        // "The head of state" is the president, and so is "the Norlandian leader".
        let words = if words.ends_with(&["head".to_owned(), "of".to_owned(), "state".to_owned()]) {
            vec!["president".to_owned()]
        } else if words.len() == 2 && words[1] == "leader" && is_demonym(&words[0]) {
            vec![words[0].clone(), "president".to_owned()]
        } else if words.iter().any(|w| w == "premier" || w == "pm") {
            // "The premier", "the Vallmark PM": the prime minister.
            words
                .into_iter()
                .flat_map(|w| match w.as_str() {
                    "premier" | "pm" => vec!["prime".to_owned(), "minister".to_owned()],
                    _ => vec![w],
                })
                .collect()
        } else {
            words
        };
        let content: Vec<&String> = words
            .iter()
            .filter(|w| {
                !matches!(
                    w.as_str(),
                    "the" | "a" | "an" | "of" | "for" | "its" | "their"
                )
            })
            .collect();
        // The head noun comes before "of"/"for" ("spokeswoman for the ministry").
        let head = words
            .iter()
            .take_while(|w| !matches!(w.as_str(), "of" | "for" | "to" | "at" | "in"))
            .filter(|w| !matches!(w.as_str(), "the" | "a" | "an" | "its" | "their"))
            .last()
            .or(content.last().copied())
            .map(|s| s.as_str())
            .unwrap_or("");
        let plural = (head.ends_with('s')
            && !matches!(
                head,
                "press" | "affairs" | "forces" | "headquarters" | "news" | "status"
            )
            && (is_speaker_noun(head) || head == "authorities")
            && !head.ends_with("ss"))
            || matches!(head, "people" | "police" | "staff" | "crowd" | "public")
            || (range.end - range.start >= 2 && member_group(&self.doc.toks, range.end - 1));
        // "Another diplomat" is someone new.
        let generic = words.first().is_some_and(|w| w == "a" || w == "an")
            || (range.start > 0
                && matches!(
                    self.doc.toks[range.start - 1].lower.as_str(),
                    "another" | "a" | "an" | "one"
                ));
        // "The official who has led the talks": a relative clause with no comma picks out
        // someone other than the officials described so far (a known actor may still fit).
        let picked_out = self.tok(range.end).is_some_and(|t| t.is("who"));
        let definite = range.start > 0 && self.doc.toks[range.start - 1].is("the");
        // A country speaks as an institution ("Britain said it…").
        let institution = is_institution_head(head) || head.starts_with('@');
        // Capitalised qualifiers ("the Placeholdian government") must fit as well.
        let proper: Vec<String> = self.doc.toks[range.clone()]
            .iter()
            .filter(|t| {
                t.is_word()
                    && t.cap
                    && !is_title_word(&t.lower)
                    && !is_speaker_noun(&t.lower)
                    && !is_institution_head(&t.lower)
                    && !is_non_name(&t.lower)
            })
            .map(|t| canon(&t.lower))
            .collect();
        // "Norlandia's embassy in Brennholm": where the described is, which a known actor
        // placed elsewhere ("Norlandian embassy in Granhavn") is not.
        let placed_in = (self.tok(range.end).is_some_and(|t| t.is("in")))
            .then(|| self.tok(range.end + 1))
            .flatten()
            .filter(|t| t.is_word() && t.cap)
            .map(|t| t.lower.clone());
        let placed_elsewhere = |actor: usize| {
            placed_in
                .as_deref()
                .is_some_and(|place| self.index.placed_elsewhere(actor, place))
        };
        // Entities in the text that carry this title, most recently mentioned first.
        if !generic && !plural {
            let mut best: Option<(usize, usize, usize)> = None; // (score, recency, id)
            let mut best_person = None;
            // (The most recent first, then the one that shares more words.)
            let newer =
                |a: (usize, usize, usize), b: (usize, usize, usize)| (a.1, a.0) > (b.1, b.0);
            // (Nor is "the ministry" its spokesperson, "National Defense Ministry
            // spokesperson Zeki Aktürk": see below.)
            let institution_head = is_institution_head(head);
            for &id in &self.recent {
                let e = &self.entities[id];
                // "Norlandia's president" is not the Office of the President of Norlandia.
                if e.merged.is_some()
                    || e.plural
                    || (e.institution && !institution)
                    || (picked_out && e.vague)
                    || e.actor.is_some_and(placed_elsewhere)
                {
                    continue;
                }
                let role = e.actor.map(|a| &self.index.info[a]);
                for t in &e.titles {
                    // The title's own head: "the president" is not the "spokesman for the
                    // president".
                    let own = match role {
                        Some(info) if *t == info.role_words => {
                            info.role_head.iter().any(|w| w == head)
                        }
                        _ => {
                            let mut own_words = t.iter().take_while(|w| {
                                !matches!(w.as_str(), "of" | "for" | "to" | "at" | "in")
                            });
                            // "Russia" is not "Russia's foreign ministry": a country is
                            // the head, not a qualifier.
                            if head.starts_with('@') {
                                own_words.last().is_some_and(|w| w == head)
                            } else {
                                own_words.any(|w| w == head)
                            }
                        }
                    };
                    if !own {
                        continue;
                    }
                    let overlap = content.iter().filter(|w| t.contains(w)).count();
                    // Every qualifying word must fit: "foreign minister" is not "defence minister".
                    // A demonym fits its place ("Norlandian", "Norlandia").
                    let fits = |w: &String| {
                        t.iter().any(|x| {
                            x == w
                                || (x.len().min(w.len()) >= 5
                                    && (w.starts_with(x.as_str()) || x.starts_with(w.as_str())))
                        })
                    };
                    let misfit = content.iter().any(|w| {
                        // "presidential spokesman" fits "spokesman for the president".
                        let w = &match w.as_str() {
                            "presidential" => "president".to_owned(),
                            _ => (*w).clone(),
                        };
                        !t.contains(w)
                            && (is_title_word(w) || w.starts_with('@'))
                            && !matches!(w.as_str(), "top" | "senior" | "former" | "chief")
                    });
                    if misfit || !proper.iter().all(fits) {
                        continue;
                    }
                    let key = (overlap, e.last_mention, id);
                    let best = if !e.institution && institution_head {
                        &mut best_person
                    } else {
                        &mut best
                    };
                    if best.is_none_or(|b| newer(key, b)) {
                        *best = Some(key);
                    }
                }
            }
            // (A person who carries the institution's title stands for the institution
            // only when it is known: "the ministry" after "Defence Ministry spokesperson
            // Zeki Aktürk".)
            let person_for = best_person
                .filter(|&p| best.is_none_or(|b| newer(p, b)))
                .and_then(|(_, _, id)| {
                    self.entities[id]
                        .actor
                        .and_then(|person| self.index.institution_of(person, head))
                });
            if let Some(known) = person_for {
                return self.actor_entity(known, sentence);
            }
            if let Some((_, _, id)) = best {
                return self.root(id);
            }
            // "Dummyville will not commit troops, the chancellery said": an institution
            // named earlier in the sentence by an alias ending in the same noun.
            if institution && definite {
                // Within a bounded window, so that a sentence of thousands of words stays linear.
                let mut i = self.doc.sentences[sentence]
                    .toks
                    .start
                    .max(range.start.saturating_sub(120));
                let mut hit = None;
                while i < range.start {
                    if let Some((a, len)) = self.actor_at(i) {
                        let known = &self.index.actors[a];
                        if self.index.info[a].institution
                            && std::iter::once(&known.name).chain(&known.aliases).any(|n| {
                                super::speakers::words_of(n)
                                    .last()
                                    .is_some_and(|w| canon(w) == head)
                            })
                        {
                            hit = Some(a);
                        }
                        i += len.max(1);
                    } else {
                        i += 1;
                    }
                }
                if let Some(a) = hit {
                    return self.actor_entity(a, sentence);
                }
            }
            // "Placegrid said … "…," the company said": a business named before.
            if definite
                && matches!(
                    head,
                    "company" | "firm" | "lender" | "operator" | "manufacturer"
                )
                && let Some(id) = self.pronoun_entity(Gender::Neuter, false)
                && self.entities[id].last_mention + 1 >= sentence
            {
                return self.root(id);
            }
            // "The ball is in their court," the diplomat said: a person just named whose
            // title makes them one.
            let family: &[&str] = match head {
                "expert" | "analyst" => &[
                    "expert",
                    "analyst",
                    "scientist",
                    "professor",
                    "economist",
                    "historian",
                    "researcher",
                    "academic",
                    "fellow",
                ],
                "diplomat" => &["ambassador", "envoy", "diplomat", "negotiator", "foreign"],
                "lawmaker" | "legislator" | "parliamentarian" | "mp" => &[
                    "lawmaker",
                    "legislator",
                    "parliamentarian",
                    "mp",
                    "deputy",
                    "senator",
                    "representative",
                    "chairman",
                    "chairwoman",
                    "member",
                    "speaker",
                ],
                "official" => &[
                    "minister",
                    "secretary",
                    "spokesman",
                    "spokeswoman",
                    "spokesperson",
                    "adviser",
                    "advisor",
                    "aide",
                    "official",
                    "deputy",
                    "director",
                    "commissioner",
                    "ambassador",
                    "envoy",
                    "negotiator",
                ],
                _ => &[],
            };
            if !family.is_empty() && definite {
                let near = self
                    .recent
                    .iter()
                    .map(|&id| (id, &self.entities[id]))
                    .filter(|(_, e)| {
                        e.merged.is_none()
                            && !e.institution
                            && !e.plural
                            && (!picked_out || !e.vague)
                            && e.last_mention + 2 >= sentence
                            && e.titles
                                .iter()
                                .flatten()
                                .any(|w| family.contains(&w.as_str()))
                    })
                    .max_by_key(|(_, e)| (e.last_mention, e.last_subject))
                    .map(|(id, _)| id);
                if let Some(id) = near {
                    return self.root(id);
                }
            }
            // A known actor whose role fits every word of the description.
            // A person's title fits a person, an institution's an institution; of several,
            // the role with the fewest other words ("President of Norlandia" before "Office
            // of the President of Norlandia").
            // (A description ends in the noun for a person or a body: "Placeholdia security"
            // in "Placeholdia security guarantees:" is none.)
            // (Not someone a text introduces as "a 64-year-old retired teacher": an
            // indefinite description is someone new, whatever a known actor's role says.)
            let introduced = {
                let mut k = range.start;
                while k > 0
                    && k + 2 >= range.start
                    && self.doc.toks[k - 1].is_word()
                    && !self.doc.toks[k - 1].cap
                    && self.doc.toks[k - 1]
                        .lower
                        .contains(|c: char| c == '-' || c.is_ascii_digit())
                {
                    k -= 1;
                }
                words.first().is_some_and(|w| w == "a" || w == "an")
                    || (k > 0 && matches!(self.doc.toks[k - 1].lower.as_str(), "a" | "an"))
            };
            if content.len() >= 2 && !super::speakers::is_title_qualifier(head) && !introduced {
                // "Russia's presidential administration" is the "Office of the President of
                // Russia".
                let role_like: Vec<&str> = content
                    .iter()
                    .flat_map(|w| match w.as_str() {
                        "presidential" => vec!["president"],
                        "administration" if institution => vec!["office"],
                        "presidency" => vec!["president", "office"],
                        w => vec![w],
                    })
                    .collect();
                let described_former = content
                    .iter()
                    .any(|w| matches!(w.as_str(), "former" | "retired" | "ex"));
                let mut fitting: Vec<(usize, usize)> = self
                    .index
                    .info
                    .iter()
                    .enumerate()
                    .filter(|(a, info)| {
                        info.institution == institution
                            && !placed_elsewhere(*a)
                            && role_like
                                .iter()
                                .all(|w| {
                                    info.role_words.iter().any(|r| r == w)
                                        || info.home.iter().any(|place| demonym_of(w, place))
                                })
                            // "Placeholdia's chief negotiator" is not "Vallmark's chief
                            // negotiator on the treaty for Placeholdia".
                            && info.role_owner.iter().all(|o| role_like.contains(&o.as_str()))
                            // Nor is "the foreign ministry" of a story that never names
                            // Tessaria Tessaria's.
                            && self.home_named(*a)
                            // "The Chief of the Defence Staff" is not a former one.
                            && (described_former
                                || !self.index.actors[*a]
                                    .role
                                    .as_deref()
                                    .is_some_and(|role| past_role(role, head)))
                    })
                    .map(|(a, info)| (info.role_words.len(), a))
                    .collect();
                fitting.sort_unstable();
                let unique = match fitting.as_slice() {
                    [only] => Some(only.1),
                    [first, second, ..] if first.0 < second.0 => Some(first.1),
                    [_, ..] => {
                        self.home_named_nearest(fitting.iter().map(|f| f.1), sentence, range.start)
                    }
                    [] => None,
                };
                if let Some(a) = unique {
                    // "Exampleland minister: '…'" in a headline, then "Exampleland's defence
                    // minister has said": the vaguer description was this person.
                    let id = self.actor_entity(a, sentence);
                    let words: Vec<String> = content.iter().map(|w| (*w).clone()).collect();
                    self.add_titles(id, words, gender);
                    self.merge_vague(id, sentence);
                    return self.root(id);
                }
            }
        }
        let name = match owner {
            // Not "Its foreign ministry" but "Norlandia's foreign ministry".
            Some(owner) => format!(
                "{}'s {}",
                self.entities[owner].name,
                self.text_of(range.start + 1..range.end)
            ),
            None => {
                // "Two diplomats", "the regional military administration": the number and
                // the qualifiers skipped for matching still tell the reader who spoke.
                let mut from = range.start;
                while from > 0
                    && !self.doc.toks[from - 1].quoted
                    && KEPT_IN_NAME.contains(&self.doc.toks[from - 1].lower.as_str())
                {
                    from -= 1;
                }
                let mut t = self.text_of(from..range.end);
                // (Written the same mid-sentence and at its start: "two diplomats".)
                if from < range.start {
                    t[..1].make_ascii_lowercase();
                }
                t.strip_prefix("the ")
                    .or_else(|| t.strip_prefix("The "))
                    .unwrap_or(&t)
                    .to_owned()
            }
        };
        let gender = if institution { Gender::Neuter } else { gender };
        // (The word before the description, or before the qualifiers it skipped: "a senior
        // official", "one participant".)
        let indefinite = |t: &Tok| matches!(t.lower.as_str(), "a" | "an" | "one" | "another");
        let one_of_several = self.doc.toks[..range.start]
            .iter()
            .rev()
            .find(|t| {
                !t.is_word() || t.quoted || indefinite(t) || (!t.cap && !is_title_word(&t.lower))
            })
            .is_some_and(indefinite);
        let id = self.entities.len();
        self.entities.push(Entity {
            name,
            actor: None,
            keys: Vec::new(),
            gender,
            institution,
            titles: vec![content.into_iter().cloned().collect()],
            vague: !institution,
            plural,
            speaker_like: true,
            thing: false,
            last_subject: None,
            last_mention: sentence,
            first_mention: sentence,
            merged: None,
            one_of_several,
        });
        self.touch(id);
        id
    }

    /// A document whose wording is quoted ("draft", "Article 4 of the treaty"): it speaks
    /// only its own words, so no pronoun or description refers to it.
    pub fn document(&mut self, name: &str, sentence: usize) -> usize {
        if let Some(id) = self
            .entities
            .iter()
            .position(|e| e.thing && e.name.eq_ignore_ascii_case(name))
        {
            return id;
        }
        self.entities.push(Entity {
            name: name.to_owned(),
            actor: None,
            keys: Vec::new(),
            gender: Gender::Neuter,
            institution: true,
            titles: Vec::new(),
            vague: false,
            plural: false,
            speaker_like: false,
            thing: true,
            last_subject: None,
            last_mention: sentence,
            first_mention: sentence,
            merged: None,
            one_of_several: false,
        });
        self.entities.len() - 1
    }

    /// The person or institution a pronoun stands for: the most recent subject of a fitting
    /// gender, a known gender winning a tie with an unknown one.
    pub fn pronoun_entity(&self, gender: Gender, plural: bool) -> Option<usize> {
        let fits = |e: &Entity| {
            if e.merged.is_some() || !e.speaker_like {
                return false;
            }
            match gender {
                Gender::Male | Gender::Female => {
                    !e.institution
                        && !e.plural
                        && (e.gender == gender || e.gender == Gender::Unknown)
                }
                Gender::Neuter => e.institution && !e.plural,
                // "The 44-year-old": one person, of either gender.
                Gender::Unknown if !plural => !e.institution && !e.plural,
                Gender::Unknown => e.plural || e.institution,
            }
        };
        let rank = |e: &Entity| (e.last_subject.map_or(0, |s| s + 1), e.last_mention);
        // "A Vallmark diplomat tells Sky News … "…," they said": an unnamed person whose
        // gender is not told may be a singular "they", when they spoke last.
        let unnamed_person = || {
            self.recent
                .iter()
                .map(|&id| (id, &self.entities[id]))
                .filter(|(_, e)| {
                    e.merged.is_none()
                        && e.speaker_like
                        && e.vague
                        && !e.institution
                        && !e.plural
                        && e.gender == Gender::Unknown
                })
                .max_by_key(|(_, e)| rank(e))
        };
        let best = self
            .recent
            .iter()
            .map(|&id| (id, &self.entities[id]))
            .filter(|(_, e)| fits(e))
            .max_by_key(|(_, e)| rank(e));
        if plural
            && gender == Gender::Unknown
            && let Some((person, e)) = unnamed_person()
            && best.is_none_or(|(_, b)| rank(e).0 > rank(b).0)
        {
            return Some(person);
        }
        let best = best?;
        if best.1.gender == Gender::Unknown && matches!(gender, Gender::Male | Gender::Female) {
            let best_rank = rank(best.1);
            if let Some(exact) = self
                .recent
                .iter()
                .map(|&id| (id, &self.entities[id]))
                .filter(|(_, e)| fits(e) && e.gender == gender)
                .max_by_key(|(_, e)| rank(e))
                // Or named since that subject ("…, Ines Probeck, presented figures, according
                // to an official. … she told delegates").
                && (rank(exact.1).0 >= best_rank.0
                    || (!exact.1.keys.is_empty()
                        && exact.1.last_mention + 1 >= best_rank.0
                        && best.1.keys.is_empty()))
            {
                return Some(exact.0);
            }
        }
        Some(best.0)
    }

    /// "Our correspondent has spoken to General Signe Arvola, …. She was cautious.": a person
    /// named in the last sentence that named anybody (for the first time, or again after a
    /// headline), which had no subject the pronoun fits, comes before an older subject
    /// (`resolved`) not mentioned there.
    fn newcomer_instead(&self, resolved: usize, gender: Gender, sentence: usize) -> Option<usize> {
        if !matches!(gender, Gender::Male | Gender::Female) {
            return None;
        }
        // The last sentence before this one that mentions anybody, if it is close.
        let before = self
            .recent
            .iter()
            .map(|&id| self.entities[id].last_mention)
            .filter(|&m| m < sentence)
            .max()
            .filter(|&m| m + 2 >= sentence)?;
        let old = &self.entities[resolved];
        if old.last_mention >= before || old.last_subject.is_none() {
            return None;
        }
        let person =
            |e: &Entity| e.merged.is_none() && e.speaker_like && !e.institution && !e.plural;
        let fits = |e: &Entity| person(e) && e.gender == gender;
        let candidates = || self.recent.iter().map(|&id| (id, &self.entities[id]));
        if candidates().any(|(_, e)| fits(e) && e.last_subject == Some(before)) {
            return None;
        }
        // (A known person whose gender no name or title tells may be the one: "taken up by
        // Ambrose Fettiplace, the opposition MP. "…," he said.")
        let newcomer = candidates()
            .filter(|(_, e)| {
                (fits(e) || (person(e) && e.gender == Gender::Unknown && e.actor.is_some()))
                    && !e.keys.is_empty()
                    && e.last_mention == before
                    && e.last_subject.is_none()
            })
            .max_by_key(|(_, e)| e.last_mention)?;
        // "He is asked whether he thinks Boris Example will attack": a pronoun before the
        // name goes on with someone else.
        let surname = super::text::fold(newcomer.1.name.split_whitespace().last()?);
        let pronouns: &[&str] = match gender {
            Gender::Male => &["he", "him", "his", "himself"],
            _ => &["she", "her", "hers", "herself"],
        };
        let before_name = self.doc.toks[self.doc.sentences[before].toks.clone()]
            .iter()
            .filter(|t| !t.quoted)
            .take_while(|t| t.lower != surname);
        if before_name
            .clone()
            .any(|t| pronouns.contains(&t.lower.as_str()))
        {
            return None;
        }
        Some(newcomer.0)
    }

    fn np_entity(&mut self, np: &Np, sentence: usize, speaking: bool) -> Option<usize> {
        let id = match &np.head {
            Head::Actor(a) => {
                // "…, the defence minister has said. … Odile Farrant told …": a known person
                // named for the first time is the one their office described just before.
                let first_named =
                    !self.by_actor.contains_key(a) && !self.index.info[*a].institution;
                let id = self.actor_entity(*a, sentence);
                self.add_titles(id, np.titles.clone(), np.gender);
                if !np.titles.is_empty() {
                    self.merge_vague(id, sentence);
                } else if first_named {
                    self.merge_described(id, sentence, false);
                }
                id
            }
            Head::Name(run) => {
                let id = self.name_entity(run.clone(), sentence, speaking || !np.titles.is_empty());
                self.add_titles(id, np.titles.clone(), np.gender);
                if !np.titles.is_empty() {
                    self.merge_vague(id, sentence);
                }
                id
            }
            Head::Title(words, range) => {
                // "Fiona Lackland's husband": Fiona Lackland is mentioned too, for a "she"
                // after it.
                let toks = &self.doc.toks;
                if let Some(p) = range.clone().find(|&k| toks[k].possessive)
                    && toks[range.start..=p].iter().all(is_name_word)
                {
                    match self.actor_at(range.start) {
                        Some((actor, len)) if range.start + len == p + 1 => {
                            self.actor_entity(actor, sentence);
                        }
                        // (A person's name, not a country's: "Placeholdia's ombudsman".)
                        _ if p > range.start
                            && !toks[range.start..=p]
                                .iter()
                                .any(|t| commitments::country_of_word(&t.lower).is_some()) =>
                        {
                            self.name_entity(range.start..p + 1, sentence, false);
                        }
                        _ => {}
                    }
                }
                let gender = match np.gender {
                    Gender::Unknown => words
                        .last()
                        .and_then(|w| noun_gender(w))
                        .unwrap_or(Gender::Unknown),
                    g => g,
                };
                self.title_entity(words.clone(), range.clone(), gender, sentence, np.owner)
            }
            Head::Pronoun(g, plural) => {
                self.note_opening_name(np.end.saturating_sub(1), sentence);
                let id = match self.pronoun_entity(*g, *plural) {
                    Some(id) => id,
                    None => {
                        // "When Lena Dummy took over…, she promised": with nobody met before,
                        // the pronoun looks back into its own sentence.
                        self.note_before(np.end.saturating_sub(1), sentence);
                        self.pronoun_entity(*g, *plural)?
                    }
                };
                let id = self.newcomer_instead(id, *g, sentence).unwrap_or(id);
                // "Presenter Miriam Quillby… "…?" she asked": the person is a woman, so a
                // "he" after it is someone else.
                let root = self.root(id);
                let e = &mut self.entities[root];
                if e.gender == Gender::Unknown
                    && !e.keys.is_empty()
                    && matches!(g, Gender::Male | Gender::Female)
                {
                    e.gender = *g;
                }
                id
            }
        };
        Some(self.root(id))
    }

    /// Resolves the speaker phrase in tokens `range` of sentence `sentence`: skips an
    /// introductory phrase ("After the meeting, …"), reads the noun phrase and an apposition
    /// after it (", the defence minister," / ", Ada Synthetic,").
    pub fn resolve(&mut self, range: Range<usize>, sentence: usize) -> Option<usize> {
        self.resolve_from(range, sentence, false, false)
    }

    /// Like `resolve`, but the speaker must open the phrase (after punctuation).
    pub fn resolve_strict(&mut self, range: Range<usize>, sentence: usize) -> Option<usize> {
        self.resolve_from(range, sentence, true, false)
    }

    /// Like `resolve` for a subject before its verb: the noun phrase must reach the end of the
    /// range, or a parenthesis set off by commas must ("After meeting Mr Putin, Mr Zelensky
    /// and European leaders, Mr Trump said" is Mr Trump).
    pub fn resolve_reaching(&mut self, range: Range<usize>, sentence: usize) -> Option<usize> {
        self.resolve_from(range, sentence, false, true)
    }

    /// Whom the possessive pronoun at token `at` ("his", "her", "their") refers to.
    pub fn possessor(&mut self, at: usize, sentence: usize) -> Option<usize> {
        let (gender, plural) = match self.doc.toks.get(at)?.lower.as_str() {
            "his" => (Gender::Male, false),
            "her" => (Gender::Female, false),
            "their" => (Gender::Unknown, true),
            _ => return None,
        };
        let id = match self.pronoun_entity(gender, plural) {
            Some(id) => id,
            None => {
                self.note_before(at, sentence);
                self.pronoun_entity(gender, plural)?
            }
        };
        Some(self.root(id))
    }

    /// "The advocates of the model argue that…", "A group of Frontier Party senators said…":
    /// a subject that names people by a noun no list knows, as a description of them. Only
    /// a short phrase in tokens `range` whose head is a plural noun or a group's.
    pub fn describe_people(&mut self, range: Range<usize>, sentence: usize) -> Option<usize> {
        let toks = &self.doc.toks[range.clone()];
        if !(1..=8).contains(&toks.len()) || toks.iter().any(|t| !t.is_word() || t.quoted) {
            return None;
        }
        let determiner = |t: &Tok| {
            matches!(
                t.lower.as_str(),
                "the"
                    | "a"
                    | "an"
                    | "some"
                    | "many"
                    | "several"
                    | "most"
                    | "other"
                    | "both"
                    | "few"
                    | "two"
                    | "three"
                    | "four"
                    | "five"
            )
        };
        let skip = usize::from(determiner(&toks[0]));
        // The head: the last word before a preposition ("advocates" of "advocates of the
        // model"); a group's noun takes the noun after its "of" ("a group of senators").
        let phrase_end = (skip..toks.len())
            .find(|&k| {
                matches!(
                    toks[k].lower.as_str(),
                    "of" | "in" | "from" | "at" | "on" | "for" | "across" | "within"
                )
            })
            .unwrap_or(toks.len());
        let head = toks
            .get(phrase_end.checked_sub(1)?)
            .filter(|_| phrase_end > skip)?;
        let group = matches!(
            head.lower.as_str(),
            "group" | "handful" | "number" | "majority" | "minority"
        ) && toks.get(phrase_end).is_some_and(|t| t.is("of"))
            && toks[phrase_end..]
                .iter()
                .any(|t| !t.cap && (is_speaker_noun(&t.lower) || is_plural_noun(&t.lower)));
        // (In the subject's place, "advocates" is a noun, not the verb.)
        let plural = plural_form(&head.lower);
        // ("Critics of the deployment": capitalised only because it opens the sentence.)
        let opening = phrase_end == 1 && range.start == self.doc.sentences[sentence].toks.start;
        // (Not "Asked about the talks": the words before the head are its modifiers.)
        let modifiers = toks[skip..phrase_end - 1].iter().all(|t| {
            !t.lower.ends_with("ed")
                && !t.lower.ends_with("ing")
                && super::reported::verb_like(&t.lower).is_none()
                && (!is_non_name(&t.lower) || t.is("and"))
        });
        let people =
            (!head.cap || opening) && modifiers && !is_non_name(&head.lower) && (plural || group);
        if !people {
            return None;
        }
        let words = toks.iter().map(|t| canon(&t.lower)).collect();
        let id = self.title_entity(words, range.clone(), Gender::Unknown, sentence, None);
        self.np_start = range.start;
        self.np_end = range.end;
        Some(id)
    }

    pub fn reaches(&self, from: usize, end: usize) -> bool {
        let rest = &self.doc.toks[from.min(end)..end];
        // "Two officials from alliance member states, who spoke on condition of anonymity,
        // said": a short qualifier, then a relative clause set off by commas.
        if let Some(comma) = rest.iter().position(|t| t.is_punct(','))
            && comma > 0
            && rest.get(comma + 1).is_some_and(|t| t.is("who"))
            && rest[rest.len() - 1].is_punct(',')
            && !rest[comma + 1..rest.len() - 1]
                .iter()
                .any(|t| t.is_punct(','))
        {
            return self.reaches(from, from + comma);
        }
        // "One woman in a green coat, clutching a folder, said": a short prepositional
        // phrase, then a parenthesis.
        if rest.first().is_some_and(|t| {
            matches!(
                t.lower.as_str(),
                "in" | "at" | "from" | "with" | "on" | "behind"
            )
        }) && let Some(comma) = rest.iter().take(7).position(|t| t.is_punct(','))
            && rest[1..comma].iter().all(Tok::is_word)
        {
            return self.reaches(from.min(end) + comma, end);
        }
        rest.is_empty()
            || (rest[0].is_punct(',') && rest[rest.len() - 1].is_punct(','))
            // "Bastien Lecoq (Sovereign Nations, Lorumbia) said": a member's group and
            // country in parentheses.
            || (rest.len() <= 12
                && rest[0].is_punct('(')
                && rest[rest.len() - 1].is_punct(')')
                && !rest[1..rest.len() - 1]
                    .iter()
                    .any(|t| t.is_punct('(') || t.is_punct(')')))
            || rest.iter().all(|t| !t.is_word())
            // "Britain and France have said", "Executives and officials say": the first of
            // coordinated subjects speaks.
            || (rest.len() <= 5
                && rest[0].is("and")
                && rest[1..].iter().all(|t| {
                    t.is_word()
                        && (t.cap
                            || is_title_word(&t.lower)
                            || is_speaker_noun(&t.lower)
                            || t.lower == "the")
                }))
            // "diplomats involved in the talks", "sources familiar with the matter".
            || (rest.len() <= 8
                // "a woman selling eggs from the boot of a car".
                && (rest[0].lower.ends_with("ing") && rest[0].lower.len() > 5
                    || matches!(
                    rest[0].lower.as_str(),
                    "involved" | "familiar" | "close" | "briefed" | "speaking" | "present"
                        | "based" | "from" | "in" | "at" | "with" | "on" | "travelling"
                        | "traveling" | "attending" | "quoted" | "cited" | "who" | "for"
                ))
                // "Back in Templatyn, Ms Testova said": after a comma another subject opens.
                && !rest.iter().any(|t| t.is_punct(';') || t.is_punct(',')))
    }

    fn resolve_from(
        &mut self,
        mut range: Range<usize>,
        sentence: usize,
        strict: bool,
        reach: bool,
    ) -> Option<usize> {
        while range.start < range.end && !self.doc.toks[range.start].is_word() {
            range.start += 1;
        }
        let mut starts = vec![range.start];
        let toks = &self.doc.toks;
        let first_intro = toks.get(range.start).is_some_and(|t| is_intro(&t.lower));
        for i in range.clone() {
            if toks[i].is_punct(',') && !toks[i].quoted {
                // "…since the summer, when Norlandia's foreign ministry said": the clause's
                // subject follows its conjunction.
                let conjunction = toks.get(i + 1).is_some_and(|t| {
                    matches!(
                        t.lower.as_str(),
                        "when"
                            | "while"
                            | "after"
                            | "as"
                            | "because"
                            | "since"
                            | "although"
                            | "though"
                            | "where"
                            | "before"
                            | "until"
                            | "if"
                    )
                });
                // A speaker that must open the phrase is not in a new clause
                // ("…" on Sunday, where he said).
                starts.push(if conjunction && !strict { i + 2 } else { i + 1 });
            }
        }
        if first_intro && starts.len() > 1 {
            starts.remove(0);
        } else if first_intro
            && range.len() > 1
            && matches!(
                toks[range.start].lower.as_str(),
                "when" | "while" | "after" | "before" | "since" | "once" | "as" | "if"
            )
            && toks[range.start + 1].cap
        {
            // "When President Hugo Benchley stood in Templatyn and promised": the subject
            // follows the conjunction.
            starts = vec![range.start + 1];
        } else if first_intro && range.len() > 1 {
            // "After the meeting she said": the subject ends the phrase.
            let last = range.end - 1;
            if toks[last].is_word()
                && matches!(toks[last].lower.as_str(), "he" | "she" | "it" | "they")
            {
                starts = vec![last];
            } else {
                let mut from = range.end;
                while from > range.start + 1 && is_name_word(&toks[from - 1]) {
                    from -= 1;
                }
                if from < range.end {
                    starts = vec![from];
                }
            }
        }
        if strict {
            starts.truncate(1);
        }
        // "At the market, stallholder Nadiya Kovtun, 61, said": a common noun in lower case
        // before a full name describes the person named.
        for start in &mut starts {
            if *start + 2 < range.end
                && toks[*start].is_word()
                && !toks[*start].cap
                && toks[*start].lower.len() > 3
                && !is_non_name(&toks[*start].lower)
                && is_name_word(&toks[*start + 1])
                && is_name_word(&toks[*start + 2])
                && !toks[*start + 1].possessive
            {
                *start += 1;
            }
        }
        let first_start = starts.first().copied();
        for start in starts {
            let Some(np) = self.parse_np(start, range.end) else {
                continue;
            };
            if reach && !self.reaches(np.extent, range.end) {
                continue;
            }
            if matches!(np.head, Head::Title(ref w, _) if !w.iter().any(|w| is_title_word(w) || is_speaker_noun(w) || is_doer_noun(w) || is_institution_head(w) || w.starts_with('@')) && !self.doc.toks[start..np.end].iter().any(|t| t.cap))
            {
                continue;
            }
            let id = self.np_entity(&np, sentence, true)?;
            self.np_end = np.extent;
            self.np_start = start;
            // "Norlandia's envoy to the talks, Kestrel Mockridge, said": the description
            // before the name is the named person's title.
            if reach
                && Some(start) != first_start
                && matches!(np.head, Head::Name(_) | Head::Actor(_))
                && let Some(first) = first_start
                && let Some(description) = self.parse_np(first, start)
                && let Head::Title(words, _) = &description.head
                && words.iter().any(|w| is_speaker_noun(w) || is_title_word(w))
            {
                let words = words.clone();
                self.add_titles(id, words, description.gender);
                self.merge_vague(id, sentence);
                // The subject is the description and the name together.
                self.np_start = first;
            }
            // Apposition, possibly after a short prepositional phrase ("Norlandia's envoy to
            // the talks, Kestrel Mockridge,").
            // (A known person's alias that is a title is a title too when a name follows:
            // "The Placeholdian ambassador in Brennholm, Sofiya Kalyna," is not the
            // ambassador elsewhere whose alias that is.)
            let titled_actor = matches!(np.head, Head::Actor(a) if !self.index.info[a].institution)
                && self.doc.toks[start].is("the");
            let mut after = np.end;
            if (matches!(np.head, Head::Title(..)) || titled_actor)
                && self.tok(after).is_some_and(|t| {
                    t.is_word()
                        && matches!(t.lower.as_str(), "to" | "at" | "in" | "for" | "of" | "on")
                })
                && let Some(comma) =
                    (after..range.end.min(after + 7)).find(|&k| self.doc.toks[k].is_punct(','))
            {
                after = comma;
            }
            if self
                .tok(after)
                .is_some_and(|t| t.is_punct(',') || t.is_punct('(') || t.is_punct('\u{2014}'))
                && let Some(app) =
                    self.parse_np(after + 1, range.end.max(after + 1).min(self.doc.toks.len()))
            {
                match (&np.head, &app.head) {
                    (Head::Actor(_), Head::Name(_) | Head::Actor(_))
                        if titled_actor && self.doc.toks[after].is_punct(',') =>
                    {
                        let named = self.np_entity(&app, sentence, true)?;
                        self.mark_subject(named, sentence);
                        return Some(named);
                    }
                    (Head::Title(words, _), Head::Name(_) | Head::Actor(_)) => {
                        let words = words.clone();
                        let named = self.np_entity(&app, sentence, true)?;
                        self.add_titles(named, words, np.gender);
                        if self.root(id) != named && self.entities[id].vague {
                            self.entities[id].merged = Some(named);
                        }
                        self.mark_subject(named, sentence);
                        return Some(named);
                    }
                    // "One of them, a retired teacher, said", "a second source, a diplomat
                    // from …, said": the one described speaks.
                    (Head::Pronoun(_, true), Head::Title(..) | Head::Name(_))
                    | (Head::Title(..), Head::Title(..))
                        if matches!(
                            self.doc.toks[start].lower.as_str(),
                            "one" | "a" | "an" | "another"
                        ) =>
                    {
                        // The whole apposition describes them ("a retired teacher").
                        let toks = &self.doc.toks;
                        let close = (after + 1..range.end.min(after + 8))
                            .find(|&k| toks[k].is_punct(','))
                            .filter(|&c| toks[after + 1..c].iter().all(Tok::is_word));
                        let app = match (&app.head, close) {
                            (Head::Title(..), Some(c)) => Np {
                                head: Head::Title(
                                    toks[after + 1..c].iter().map(|t| canon(&t.lower)).collect(),
                                    after + 1..c,
                                ),
                                extent: c,
                                titles: Vec::new(),
                                gender: app.gender,
                                end: c,
                                owner: None,
                            },
                            _ => app,
                        };
                        let named = self.np_entity(&app, sentence, true)?;
                        self.mark_subject(named, sentence);
                        return Some(named);
                    }
                    // "Synthetic's spokeswoman, Mira Stubb, said": the spokeswoman speaks.
                    // So does the one named after a known actor's title ("The White House
                    // press secretary, Tessa Marlowe, said"): the office has a new holder.
                    (Head::Actor(a), Head::Name(_) | Head::Actor(_))
                        if {
                            let last = &self.doc.toks[np.end.saturating_sub(1)].lower;
                            matches!(last.as_str(), "spokesman" | "spokeswoman" | "spokesperson")
                                || ((is_title_word(last) || is_speaker_noun(last))
                                    && !self.index.actors[*a].institution
                                    && !matches!(app.head, Head::Actor(b) if b == *a || self.index.actors[b].institution))
                        } =>
                    {
                        let named = self.np_entity(&app, sentence, true)?;
                        let title: Vec<String> = vec![self.doc.toks[np.end - 1].lower.clone()];
                        self.add_titles(named, title, np.gender);
                        self.mark_subject(named, sentence);
                        return Some(named);
                    }
                    (Head::Name(_) | Head::Actor(_), Head::Title(words, _)) => {
                        let words = words.clone();
                        self.add_titles(id, words, app.gender);
                        self.merge_vague(id, sentence);
                    }
                    _ => {}
                }
            }
            let id = self.root(id);
            self.mark_subject(id, sentence);
            return Some(id);
        }
        None
    }

    /// The noun phrase that ends just before token `end` ("… with Bloggs, who called it …").
    pub fn resolve_ending_at(
        &mut self,
        end: usize,
        floor: usize,
        sentence: usize,
    ) -> Option<usize> {
        let toks = &self.doc.toks;
        let before_who = toks.get(end).is_some_and(|t| t.is_punct(','))
            && toks.get(end + 1).is_some_and(|t| t.is("who"));
        let mut start = end;
        while start > floor
            && toks[start - 1].is_word()
            && !toks[start - 1].quoted
            && (toks[start - 1].cap
                || is_title_word(&toks[start - 1].lower)
                || is_speaker_noun(&toks[start - 1].lower)
                || is_institution_head(&toks[start - 1].lower)
                // "foreign" in "the foreign ministry".
                || (start < end && is_institution_head(&toks[start].lower))
                || matches!(toks[start - 1].lower.as_str(), "the" | "a" | "an")
                // "…, the MP for Harrowgate East, who": the title of a place or body.
                || (before_who
                    && matches!(toks[start - 1].lower.as_str(), "of" | "for")
                    && start >= floor + 2
                    && (is_title_word(&toks[start - 2].lower)
                        || is_speaker_noun(&toks[start - 2].lower))))
        {
            start -= 1;
        }
        // "after the Ministry of Defence admitted": the institution's whole name, not
        // "Defence".
        if start >= floor + 2
            && start < end
            && toks[start].cap
            && toks[start - 1].is("of")
            && toks[start - 2].cap
            && is_institution_head(&toks[start - 2].lower)
        {
            start -= 2;
            if start > floor && toks[start - 1].is("the") {
                start -= 1;
            }
        }
        // "Maeve Colquhoun, the MP for Harrowgate East, who said": the person the
        // description is set beside.
        if before_who
            && start >= floor + 2
            && toks[start - 1].is_punct(',')
            && matches!(toks[start].lower.as_str(), "the" | "a" | "an")
            && is_name_word(&toks[start - 2])
        {
            let mut name = start - 1;
            while name > floor && is_name_word(&toks[name - 1]) {
                name -= 1;
            }
            start = name;
        }
        // A phrase opens with a capital or an article, not with "government" of "his
        // government".
        // A lower-case institution is named by a capital ("Norlandia's foreign ministry"),
        // unlike "a statement".
        let named = toks[start..end].iter().any(|t| t.cap)
            || !toks[start..end]
                .iter()
                .any(|t| is_institution_head(&t.lower) && !is_speaker_noun(&t.lower));
        if start == end
            || !named
            || !(toks[start].cap
                || is_title_word(&toks[start].lower)
                || is_speaker_noun(&toks[start].lower)
                || matches!(toks[start].lower.as_str(), "the" | "a" | "an"))
        {
            return None;
        }
        self.resolve(start..end, sentence)
    }

    pub fn mark_subject(&mut self, id: usize, sentence: usize) {
        let id = self.root(id);
        if self.entities[id].thing {
            return;
        }
        self.touch(id);
        let e = &mut self.entities[id];
        e.last_subject = Some(sentence);
        e.last_mention = e.last_mention.max(sentence);
        e.speaker_like = true;
    }

    /// Notes the people and institutions a sentence mentions outside quotations; the first
    /// of them at the start of the sentence (or after an introductory phrase) is its subject.
    pub fn note_sentence(&mut self, sentence: usize) {
        let range = self.doc.sentences[sentence].toks.clone();
        // A byline ("Rob Hollins Reporting from Quillport") names no one in the story.
        let toks = &self.doc.toks[range.clone()];
        if toks.len() <= 8
            && toks
                .windows(2)
                .any(|w| w[0].is("reporting") && (w[1].is("from") || w[1].is("in")))
        {
            return;
        }
        // Nor does a name alone on its line ("Bartłomiej Zaręba", "By Édouard de
        // Saint-Aignan") between the headline and the story, nor a credit line ("Text by:
        // NEWS WIRES").
        let sent = &self.doc.sentences[sentence];
        let paragraph = self.doc.text[self.doc.paragraphs[sent.para].clone()].trim();
        if sent.para <= 8 && paragraph.len() <= 100 && credit_line().is_match(paragraph) {
            return;
        }
        let words = || {
            range
                .clone()
                .skip_while(|&i| self.doc.toks[i].is("by"))
                .filter(|&i| !self.doc.toks[i].is_punct('-'))
        };
        if sent.para <= 6
            && self.doc.text[self.doc.paragraphs[sent.para].clone()].trim()
                == self.doc.text[sent.range.clone()].trim()
            && (2..=4).contains(&words().count())
            && words().all(|i| {
                let t = &self.doc.toks[i];
                t.is_word()
                    && (t.cap || is_name_particle(&t.lower))
                    && !t.upper
                    && self.actor_at(i).is_none()
            })
        {
            return;
        }
        self.name_revealed(range.clone(), sentence);
        // A heading in Title Case ("The Chancellor's Reluctant Promise") names nobody by its
        // capitals; the known actors it names are met again in the story.
        if !self.title_case_heading(sentence) {
            self.note_mentions(range.clone(), sentence);
        }
        self.given_name(range.clone(), sentence);
        self.apposed_clause_subject(range, sentence);
    }

    /// A sentence that is a whole paragraph with no closing stop, in Title Case: every word
    /// capitalised but the short ones ("Why Fictonia Is Struggling with Its Pledge").
    fn title_case_heading(&self, sentence: usize) -> bool {
        let sent = &self.doc.sentences[sentence];
        let para = self.doc.paragraphs[sent.para].clone();
        let body = self.doc.text[para.clone()].trim();
        // (A heading is short, which keeps a paragraph of many sentences linear.)
        // (Not a news brief's line naming its source: "Source: Maksym Stavnyk, Head of the
        // Oblast Military Administration, on Telegram".)
        if body.len() > 300
            || body.ends_with(['.', '!', '?', ':', '"', '\u{201d}', '\u{2019}'])
            || body.starts_with("Source:")
            || body.starts_with("Sources:")
        {
            return false;
        }
        // (All of the paragraph: "Will 'Still Sky' Deter Mockovia? Experts Say It Depends
        // on What the Pilots Are Allowed to Do" is one heading of two sentences.)
        let words = self.doc.toks[self.doc.tok_at(para.start)..self.doc.tok_at(para.end)]
            .iter()
            .filter(|t| t.is_word());
        let (mut capitalised, mut small) = (0, 0);
        for t in words {
            if t.cap {
                capitalised += 1;
            } else if matches!(
                t.lower.as_str(),
                "a" | "an"
                    | "the"
                    | "of"
                    | "for"
                    | "and"
                    | "or"
                    | "but"
                    | "in"
                    | "on"
                    | "at"
                    | "to"
                    | "by"
                    | "with"
                    | "from"
                    | "as"
                    | "s"
            ) {
                small += 1;
            } else {
                return false;
            }
        }
        capitalised + small >= 3 && small < capitalised
    }

    /// "…, a term Mockenko rejected on Wednesday.": the person in a clause that ends the
    /// sentence is the last to have spoken, whom a "she said" next refers to.
    fn apposed_clause_subject(&mut self, range: Range<usize>, sentence: usize) {
        let toks = &self.doc.toks;
        // (The comma may be inside a quotation's closing mark: "a "tripwire," a term …".)
        let Some(comma) = (range.start..range.end)
            .rev()
            .find(|&k| toks[k].is_punct(','))
        else {
            return;
        };
        // Past the quotation's closing mark.
        let article = (comma + 1..range.end)
            .find(|&k| toks[k].is_word())
            .unwrap_or(range.end);
        let at = |k: usize| toks.get(k).filter(|_| k < range.end);
        let shaped = at(article).is_some_and(|t| t.is("a") || t.is("an"))
            && at(article + 1).is_some_and(|t| t.is_word() && !t.cap)
            && at(article + 2).is_some_and(is_name_word);
        if !shaped {
            return;
        }
        let Some(np) = self.parse_np(article + 2, range.end) else {
            return;
        };
        let verb_follows = self
            .tok(np.end)
            .is_some_and(|t| t.is_word() && !t.cap && t.lower.ends_with("ed"));
        if verb_follows
            && matches!(np.head, Head::Name(_) | Head::Actor(_))
            && let Some(id) = self.np_entity(&np, sentence, true)
        {
            self.mark_subject(id, sentence);
        }
    }

    /// The mentions of `note_sentence`, and which of them is the subject.
    fn note_mentions(&mut self, range: Range<usize>, sentence: usize) {
        // "A woman in a grey cardigan … "…," she said. The woman was Yaryna Soroka, …": the
        // one described, now named.
        if self.tok(range.start).is_some_and(|t| t.is("the"))
            && let Some(described) = self.parse_np(range.start + 1, range.end)
            && let Head::Title(words, _) = &described.head
            && let [head] = words.as_slice()
            && is_speaker_noun(head)
            && self
                .tok(described.extent)
                .is_some_and(|t| t.is("was") || t.is("is"))
            && let Some(np) = self.parse_np(described.extent + 1, range.end)
            && matches!(np.head, Head::Name(_) | Head::Actor(_))
            && let Some(vague) = self.recent.iter().rev().copied().find(|&id| {
                let e = &self.entities[id];
                e.vague && e.merged.is_none() && e.titles.iter().any(|t| t.contains(head))
            })
            && let Some(named) = self.np_entity(&np, sentence, true)
            && named != vague
        {
            self.merge_into(vague, named);
            self.mark_subject(named, sentence);
            return;
        }
        // "Among the recruits is Dmytro, 23", "Among the marchers was a former drone
        // operator", "One of the sharpest critics was a veteran lawmaker": the subject comes
        // after its verb.
        let one_of = self.tok(range.start).is_some_and(|t| t.is("one"))
            && self.tok(range.start + 1).is_some_and(|t| t.is("of"));
        if (one_of || self.tok(range.start).is_some_and(|t| t.is("among")))
            && let Some(verb) = (range.start + 1..range.end.min(range.start + 8))
                .find(|&k| matches!(self.doc.toks[k].lower.as_str(), "is" | "was"))
            && let Some(np) = self.parse_np(verb + 1, range.end)
            && (matches!(np.head, Head::Name(_))
                || matches!(&np.head, Head::Title(words, _)
                    if self.tok(verb + 1).is_some_and(|t| t.is("a") || t.is("an"))
                        && words.iter().any(|w| is_speaker_noun(w) || is_title_word(w))))
            && let Some(id) = self.np_entity(&np, sentence, true)
        {
            self.mark_subject(id, sentence);
            return;
        }
        // "His supervisor, Oksana Reva, lost her brother": a relation named in apposition
        // is the subject.
        if self
            .tok(range.start)
            .is_some_and(|t| matches!(t.lower.as_str(), "his" | "her" | "their" | "its"))
            && let Some(comma) = (range.start + 2..range.end.min(range.start + 5))
                .find(|&k| self.doc.toks[k].is_punct(','))
            && self.doc.toks[range.start + 1..comma]
                .iter()
                .all(|t| t.is_word() && !t.cap)
            && let Some(np) = self.parse_np(comma + 1, range.end)
            && matches!(np.head, Head::Name(_) | Head::Actor(_))
            && self.tok(np.extent).is_some_and(|t| t.is_punct(','))
            && let Some(id) = self.np_entity(&np, sentence, true)
            && !self.entities[id].institution
        {
            self.mark_subject(id, sentence);
            return;
        }
        // "For Petrenchuk, the argument is beside the point": the person the sentence is
        // about speaks next.
        if self.tok(range.start).is_some_and(|t| t.is("for"))
            && let Some(np) = self.parse_np(range.start + 1, range.end)
            && (matches!(np.head, Head::Name(_) | Head::Actor(_))
                // ("For the mayor, that is the only timetable that counts".)
                || matches!(&np.head, Head::Title(words, _)
                    if self.tok(range.start + 1).is_some_and(|t| t.is("the"))
                        && words.iter().any(|w| is_speaker_noun(w) || is_title_word(w))))
            && self.tok(np.extent).is_some_and(|t| t.is_punct(','))
            && let Some(id) = self.np_entity(&np, sentence, true)
            && !self.entities[id].institution
        {
            self.mark_subject(id, sentence);
            return;
        }
        let mut i = range.start;
        let mut clause_start = range.start;
        let mut subject_done = false;
        let mut intro = self.tok(range.start).is_some_and(|t| is_intro(&t.lower));
        // "Then Kestrel Mockridge took the floor", "However, the minister said": a single
        // introductory word before the subject.
        if intro
            && self.tok(range.start).is_some_and(|t| {
                matches!(
                    t.lower.as_str(),
                    "then"
                        | "later"
                        | "meanwhile"
                        | "also"
                        | "however"
                        | "but"
                        | "and"
                        | "still"
                        | "yet"
                        | "now"
                        | "instead"
                        | "earlier"
                        | "separately"
                        | "so"
                )
            })
        {
            clause_start = range.start + 1;
            if self.tok(clause_start).is_some_and(|t| t.is_punct(',')) {
                clause_start += 1;
            }
            intro = false;
        }
        while i < range.end {
            let t = &self.doc.toks[i];
            if t.quoted || !t.is_word() {
                // "In Velnik, two kilometres from the line, a woman … said": the subject
                // comes after the last comma of the introduction.
                if t.is_punct(',') && intro && !subject_done {
                    clause_start = i + 1;
                }
                i += 1;
                continue;
            }
            // "A woman selling eggs", "an official", "the official who led the talks": a
            // described person opening a clause.
            let opens_clause = i == range.start || i == clause_start;
            // ("A Placeholdian soldier": a word or two may come before the noun.)
            let described = matches!(t.lower.as_str(), "a" | "an")
                && opens_clause
                && ((i + 1..i + 4).any(|k| {
                    self.tok(k)
                        .is_some_and(|n| is_speaker_noun(&n.lower) || is_title_word(&n.lower))
                        && (i + 1..k).all(|j| self.tok(j).is_some_and(Tok::is_word))
                }) || (i + 2..i + 6).any(|k| {
                    self.tok(k).is_some_and(|t| t.is_punct(','))
                        && self.tok(k + 1).is_some_and(|n| n.is("who"))
                }));
            // A definite one only with a relative clause that picks them out.
            // Anywhere in the sentence: "For the woman who runs the clinic, …".
            let picked_out = t.is("the")
                && self.tok(i + 1).is_some_and(|n| is_speaker_noun(&n.lower))
                && self.tok(i + 2).is_some_and(|n| n.is("who"));
            let described = described || picked_out;
            // ("She served in Quillport": a capital makes no name of a pronoun.)
            let pronoun = matches!(t.lower.as_str(), "he" | "she");
            let starts_np = (t.cap && !pronoun) || is_title_word(&t.lower) || described;
            // "In the village, shopkeeper Nadiya Kovalchuk sells coffee": a description in
            // lower case before the subject's name.
            if !starts_np
                && i == clause_start
                && is_speaker_noun(&t.lower)
                && self.tok(i + 1).is_some_and(is_name_word)
            {
                clause_start = i + 1;
                i += 1;
                continue;
            }
            if !starts_np {
                if i == range.start || (i == clause_start && !intro) {
                    // "He said…", "She added…": the pronoun refreshes its referent.
                    if matches!(t.lower.as_str(), "he" | "she" | "it")
                        && let Some(np) = self.parse_np(i, range.end)
                        && let Some(id) = self.np_entity(&np, sentence, false)
                    {
                        self.mark_subject(id, sentence);
                        subject_done = true;
                    }
                }
                i += 1;
                continue;
            }
            let Some(np) = self.parse_np(i, range.end) else {
                i += 1;
                continue;
            };
            let at_subject = !subject_done && i == clause_start && !(intro && i == range.start);
            let end = np.end.max(i + 1);
            // "Placeholdia's prime minister, Mara Testova, chaired the meeting": the name in
            // apposition to a description at the start is the subject.
            if at_subject
                && let Head::Title(words, _) = &np.head
                && (words.iter().any(|w| is_speaker_noun(w) || is_title_word(w))
                    || self.who_follows(np.extent))
            {
                let words = words.clone();
                // ("The captain of the Vallmark frigate, Cmdr. Jesper Haldorsen,": a word or
                // two in lower case may end the description. Not after a person's
                // possessive: "The official's boss, Osric Mallow," is someone else;
                // "Norlandia's man in town, Ambassador Drell," is not.)
                let toks = &self.doc.toks;
                let owned_by_person = toks[i..np.extent.min(range.end)]
                    .iter()
                    .any(|t| !t.cap && self.doc.text[t.start..t.end].contains(['\'', '\u{2019}']));
                let comma = (np.extent..range.end.min(np.extent + 3)).find(|&k| {
                    toks[k].is_punct(',')
                        && (k == np.extent || !owned_by_person)
                        && toks[np.extent..k].iter().all(|t| t.is_word() && !t.cap)
                });
                let named = if let Some(comma) = comma
                    && let Some(app) = self.parse_np(comma + 1, range.end)
                    && matches!(app.head, Head::Name(_) | Head::Actor(_))
                {
                    let id = self.np_entity(&app, sentence, true);
                    if let Some(id) = id {
                        // "The officer, Maj. Gen. Roman Zavada,": the officer met before.
                        let definite = self.doc.toks[i].is("the");
                        if definite
                            && let Some(before) = self.np_entity(&np, sentence, false)
                            && self.entities[before].vague
                            && self.entities[before].merged.is_none()
                            && before != id
                        {
                            self.merge_into(before, id);
                        }
                        self.add_titles(id, words, np.gender);
                    }
                    id.map(|id| (id, app.extent))
                } else {
                    None
                };
                let (id, end) = match named {
                    Some(found) => (Some(found.0), found.1),
                    None => (self.np_entity(&np, sentence, false), np.extent),
                };
                if let Some(id) = id {
                    self.mark_subject(id, sentence);
                }
                subject_done = true;
                i = end.max(i + 1);
                continue;
            }
            // "Nina Hubska, 71, was selling jars", "Oleh, whose daughter is on a
            // ventilator,": a name with an age or a relative clause is a person.
            let person_clause = self.tok(end).is_some_and(|t| t.is_punct(','))
                && self.tok(end + 1).is_some_and(|t| {
                    t.is("who")
                        || t.is("whose")
                        || (t.lower.bytes().all(|b| b.is_ascii_digit())
                            && self.tok(end + 2).is_some_and(|t| t.is_punct(',')))
                        || self.role_in_apposition(end + 1)
                });
            let register = match &np.head {
                Head::Actor(_) => true,
                // A lone capitalised word opening a sentence may be any word.
                Head::Name(run) => {
                    !(run.len() == 1 && run.start == range.start && np.titles.is_empty())
                        || self.known_name(run.clone())
                        || person_clause
                        || self.first_name_acting(run.start)
                }
                Head::Title(..) => picked_out,
                _ => false,
            };
            let mut end = end;
            if register && let Some(id) = self.np_entity(&np, sentence, false) {
                if at_subject && self.entities[id].first_mention == sentence {
                    self.named_next(id, &np, sentence);
                }
                // "I asked Nils Fixture whether…": the one asked answers next.
                let asked = i > range.start
                    && matches!(
                        self.doc.toks[i - 1].lower.as_str(),
                        "asked" | "pressed" | "questioned" | "interviewed"
                    );
                // "We've been hearing from Maj Gen Signy Halvard": the reporter's source
                // speaks next.
                let heard = i > range.start + 2
                    && self.doc.toks[range.start].is_word()
                    && matches!(
                        self.doc.toks[range.start].lower.as_str(),
                        "we" | "i" | "we've" | "i've"
                    )
                    && matches!(
                        (
                            self.doc.toks[i - 2].lower.as_str(),
                            self.doc.toks[i - 1].lower.as_str()
                        ),
                        ("hearing" | "heard", "from")
                            | ("speaking" | "spoke" | "talking" | "talked", "to" | "with")
                    );
                // "Here's a little more from Stubenko": the same.
                let more_from = i > range.start + 1
                    && self.doc.toks[i - 1].is("from")
                    && self.doc.toks[i - 2].is("more");
                // "When I put this to Melnar", "when the remark was repeated to Nadiya": the
                // one it was put to answers next.
                let put_to = i > range.start + 2 && self.doc.toks[i - 1].is("to") && {
                    let toks = &self.doc.toks[range.start..i - 1];
                    let n = toks.len();
                    let object = |t: &Tok| {
                        matches!(
                            t.lower.as_str(),
                            "this"
                                | "that"
                                | "it"
                                | "question"
                                | "point"
                                | "remark"
                                | "criticism"
                                | "claim"
                                | "charge"
                                | "comment"
                                | "quote"
                        )
                    };
                    let verb = |t: &Tok| {
                        matches!(
                            t.lower.as_str(),
                            "put" | "repeated" | "read" | "relayed" | "showed"
                        )
                    };
                    (n >= 2 && object(&toks[n - 1]) && verb(&toks[n - 2]))
                        || (n >= 3
                            && object(&toks[n - 1])
                            && toks[n - 2].is("the")
                            && verb(&toks[n - 3]))
                        || (n >= 3 && verb(&toks[n - 1]) && toks[n - 2].is("was"))
                        || (n >= 4 && verb(&toks[n - 1]) && toks[n - 2].is("been"))
                };
                let asked = asked || heard || more_from || put_to;
                let e = &mut self.entities[id];
                e.last_mention = sentence;
                if at_subject && person_clause && matches!(np.head, Head::Name(_)) {
                    e.speaker_like = true;
                }
                if (at_subject || asked) && e.speaker_like {
                    self.mark_subject(id, sentence);
                }
                // "Kestrel Mockridge, Norlandia's envoy, arrived": the apposition is a title.
                if self.tok(end).is_some_and(|t| t.is_punct(','))
                    && let Some(app) = self.parse_np(end + 1, range.end)
                    && let Head::Title(words, _) = &app.head
                    && words.iter().any(|w| is_speaker_noun(w) || is_title_word(w))
                    && self
                        .tok(app.extent)
                        .is_some_and(|t| t.is_punct(',') || t.is_punct('.'))
                {
                    let words = words.clone();
                    self.add_titles(id, words, app.gender);
                    self.merge_vague(id, sentence);
                    end = app.extent;
                }
            }
            if at_subject {
                subject_done = true;
            }
            i = end;
        }
    }

    /// "…, the head of the Presidential Office told journalists. Kyrylo Mockchuk did not say
    /// when": a full name met for the first time, with no title, opening the sentence after a
    /// vague description spoke, is who was described.
    fn named_next(&mut self, named: usize, np: &Np, sentence: usize) {
        let Head::Name(run) = &np.head else {
            return;
        };
        // A name given a description of its own ("Mark Exemplar, a senior fellow,") is
        // someone new.
        let described_here = self
            .tok(np.extent)
            .is_some_and(|t| t.is_punct(',') || t.is_punct('('));
        // A byline ("Rowan Ashdeane in Dummyville") or a headline is not a sentence.
        let sentence_range = self.doc.sentences[sentence].range.clone();
        let finished = self.doc.text[sentence_range]
            .trim_end()
            .ends_with(['.', '!', '?', '"', '\u{201d}']);
        // ("The Templatyn Independent identifies the gunner…": a newspaper, not the gunner.)
        let organisation = self.tok(run.end - 1).is_some_and(|t| {
            is_institution_head(&t.lower) || super::speakers::is_outlet_word(&t.lower)
        });
        if run.len() < 2
            || !np.titles.is_empty()
            || described_here
            || sentence == 0
            || !finished
            || organisation
        {
            return;
        }
        let described: Vec<usize> = self
            .recent
            .iter()
            .copied()
            .filter(|&id| {
                let e = &self.entities[id];
                id != named
                    && e.vague
                    && e.merged.is_none()
                    && !e.plural
                    && !e.institution
                    && e.last_subject == Some(sentence - 1)
                    && e.titles
                        .iter()
                        .flatten()
                        .any(|w| is_title_word(w) || is_speaker_noun(w))
            })
            .collect();
        // One person described (perhaps met twice by the same words), not two.
        let one = described
            .iter()
            .all(|&id| self.entities[id].name == self.entities[described[0]].name);
        if described.is_empty() || !one {
            return;
        }
        for id in described {
            self.merge_into(id, named);
        }
    }

    /// "Her name was Halyna Testchuk": the person a pronoun stood for, described until now
    /// ("the woman at the bus stop"), is named.
    fn name_revealed(&mut self, range: Range<usize>, sentence: usize) {
        let toks = &self.doc.toks;
        let opens = |k: usize, words: &[&str]| {
            toks.get(range.start + k)
                .is_some_and(|t| k < range.len() && words.contains(&t.lower.as_str()))
        };
        if !(opens(0, &["her", "his"]) && opens(1, &["name"]) && opens(2, &["is", "was"])) {
            return;
        }
        let gender = if toks[range.start].is("her") {
            Gender::Female
        } else {
            Gender::Male
        };
        // Someone met before this sentence ("The man on the bridge … His name is Ilkka
        // Varjonen, and, as one harbour pilot put it, …": not the pilot), of that gender if
        // one is.
        let described = self
            .recent
            .iter()
            .copied()
            .filter(|&id| {
                let e = &self.entities[id];
                e.merged.is_none()
                    && e.vague
                    && !e.institution
                    && !e.plural
                    && e.first_mention < sentence
                    && (e.gender == gender || e.gender == Gender::Unknown)
            })
            .max_by_key(|&id| {
                let e = &self.entities[id];
                (e.gender == gender, e.last_subject, e.last_mention)
            });
        let Some(described) = described.or_else(|| self.pronoun_entity(gender, false)) else {
            return;
        };
        let Some(np) = self.parse_np(range.start + 3, range.end) else {
            return;
        };
        if !matches!(np.head, Head::Name(_) | Head::Actor(_)) || !self.entities[described].vague {
            return;
        }
        let Some(named) = self.np_entity(&np, sentence, true) else {
            return;
        };
        if named != described {
            self.merge_into(described, named);
            if self.entities[named].gender == Gender::Unknown {
                self.entities[named].gender = gender;
            }
        }
        self.mark_subject(named, sentence);
    }

    /// "…, who gave only his first name, Jannik", "identified only by his call sign, Kit": the
    /// person described in this sentence is named.
    fn given_name(&mut self, range: Range<usize>, sentence: usize) {
        let toks = &self.doc.toks;
        let Some((k, name_at)) = (range.start..range.end.saturating_sub(2)).find_map(|k| {
            let t = &toks[k];
            if t.quoted {
                None
            } else if matches!(t.lower.as_str(), "name" | "sign" | "nickname" | "pseudonym")
                && (toks[k + 1].is_punct(',') || toks[k + 1].is("as"))
            {
                Some((k, k + 2))
            } else if matches!(t.lower.as_str(), "sign" | "nickname")
                && (k + 1..(k + 3).min(range.end))
                    .find(|&j| toks[j].is_word())
                    .is_some_and(|j| toks[j].quoted && toks[j].cap)
            {
                // "who goes by the call sign "Pike,"".
                Some((k, k + 1))
            } else if matches!(t.lower.as_str(), "name" | "sign" | "nickname")
                && toks[k + 1].is("only")
                && toks.get(k + 2).is_some_and(|n| n.is("as"))
            {
                // "who gives his name only as Roman".
                Some((k, k + 3))
            } else if t.is("as")
                && k > range.start + 1
                && (toks[k - 1].is("identified")
                    || (toks[k - 1].is("only") && toks[k - 2].is("identified")))
                && toks[k + 1].cap
            {
                // "a woman who asked to be identified only as Iryna".
                Some((k, k + 1))
            } else if t.is("named")
                && k > range.start + 1
                && toks[k - 1].is_word()
                && !toks[k - 1].cap
                && toks[k.saturating_sub(4).max(range.start)..k - 1]
                    .iter()
                    .any(|w| w.is("a") || w.is("an"))
                && toks[k + 1].cap
            {
                // "a man behind her, a former steelworker named Oleh".
                Some((k, k + 1))
            } else {
                None
            }
        }) else {
            return;
        };
        // "who goes by her call sign, "Sova",": a name in quotation marks.
        let quoted_name = {
            let from = (name_at..range.end.min(name_at + 2)).find(|&j| toks[j].is_word());
            from.filter(|&j| toks[j].quoted && toks[j].cap).map(|j| {
                let mut end = j;
                while end < range.end && toks[end].quoted && toks[end].is_word() && toks[end].cap {
                    end += 1;
                }
                j..end
            })
        };
        let np = match quoted_name {
            Some(_) => None,
            None => match self.parse_np(name_at, range.end) {
                Some(np) if matches!(np.head, Head::Name(_) | Head::Actor(_)) => Some(np),
                _ => return,
            },
        };
        // "Another resident, a retired engineer who gave only his first name, Petro": every
        // description of the sentence's subject is the person named.
        let mut described: Vec<usize> = self
            .recent
            .iter()
            .copied()
            .filter(|&id| {
                let e = &self.entities[id];
                e.vague
                    && e.merged.is_none()
                    && !e.plural
                    && !e.institution
                    && e.last_subject == Some(sentence)
            })
            .collect();
        // "She asked that only her first name, Inge, be used": the person "her" stands for.
        let owner = (range.start..k)
            .rev()
            .take(3)
            .find_map(|j| match toks[j].lower.as_str() {
                "her" => Some(Gender::Female),
                "his" => Some(Gender::Male),
                _ => None,
            });
        if described.is_empty()
            && let Some(id) = owner
                .and_then(|gender| self.pronoun_entity(gender, false))
                .filter(|&id| self.entities[id].vague)
        {
            described.push(id);
        }
        if described.is_empty() {
            return;
        }
        let named = match (np, quoted_name) {
            (Some(np), _) => self.np_entity(&np, sentence, true),
            (None, Some(run)) => Some(self.name_entity(run, sentence, true)),
            (None, None) => None,
        };
        let Some(named) = named else {
            return;
        };
        for id in described {
            if self.root(id) != named {
                self.merge_into(id, named);
            }
        }
        self.mark_subject(named, sentence);
    }

    /// Notes the names in sentence `sentence` before token `until`.
    pub fn note_before(&mut self, until: usize, sentence: usize) {
        let mut i = self.doc.sentences[sentence].toks.start;
        while i < until {
            let t = &self.doc.toks[i];
            if t.quoted || !t.is_word() || !t.cap {
                i += 1;
                continue;
            }
            match self.parse_np(i, until) {
                // A name, or a country ("Russia has rejected …").
                Some(np)
                    if matches!(np.head, Head::Name(_) | Head::Actor(_))
                        || matches!(&np.head, Head::Title(w, _) if w.len() == 1 && w[0].starts_with('@')) =>
                {
                    if let Some(id) = self.np_entity(&np, sentence, false) {
                        self.mark_subject(id, sentence);
                    }
                    i = np.end.max(i + 1);
                }
                _ => i += 1,
            }
        }
    }

    /// "Celeste Ambrin, the finance minister, said …, though she insisted": a person named
    /// at the start of the sentence, before the pronoun at `pronoun`, is its subject, and the
    /// pronoun's freshest referent.
    fn note_opening_name(&mut self, pronoun: usize, sentence: usize) {
        let start = self.doc.sentences[sentence].toks.start;
        if pronoun <= start + 2 {
            return;
        }
        let Some(np) = self.parse_np(start, pronoun) else {
            return;
        };
        let person = match &np.head {
            Head::Actor(a) => !self.index.actors[*a].institution,
            Head::Name(run) => run.len() >= 2 || self.known_name(run.clone()),
            _ => false,
        };
        let verb_follows = self
            .tok(np.extent)
            .is_some_and(|t| (t.is_word() && !t.cap) || t.is_punct(','));
        // ("Ms. Synthetic, she said, had "listened": the pronoun is someone else.)
        let parenthetical = pronoun <= np.extent + 1;
        if person
            && !parenthetical
            && verb_follows
            && let Some(id) = self.np_entity(&np, sentence, false)
            && !self.entities[id].institution
        {
            self.mark_subject(id, sentence);
        }
    }

    /// A name met before, or a country ("Russia reacted angrily").
    fn known_name(&self, run: Range<usize>) -> bool {
        let one_word = run.len() == 1;
        run.last().is_some_and(|i| {
            let lower = &self.doc.toks[i].lower;
            self.by_last_key.contains_key(self.skels[i].as_ref())
                || (one_word
                    && (commitments::country_of_word(lower).is_some()
                        || self.index.is_place(lower)))
        })
    }

    /// Gender cue: "his"/"her" right after a person speaks.
    pub fn gender_cue(&mut self, id: usize, from: usize, to: usize) {
        let id = self.root(id);
        if self.entities[id].gender != Gender::Unknown || self.entities[id].institution {
            return;
        }
        let cue = self.doc.toks[from..to.min(self.doc.toks.len())]
            .iter()
            .filter(|t| !t.quoted)
            .find_map(|t| match t.lower.as_str() {
                "his" | "himself" => Some(Gender::Male),
                "her" | "herself" => Some(Gender::Female),
                _ => None,
            });
        if let Some(g) = cue {
            self.entities[id].gender = g;
        }
    }
}

/// Words before a description's noun that matching skips but its name keeps: a number
/// and qualifiers ("two diplomats", "the regional military administration").
const KEPT_IN_NAME: &[&str] = &[
    "two",
    "three",
    "four",
    "five",
    "second",
    "third",
    "several",
    "many",
    "some",
    "both",
    "numerous",
    "regional",
    "local",
    "western",
    "eastern",
    "unnamed",
    "anonymous",
    "acting",
    "outgoing",
    "incoming",
];

/// The portfolio a minister's title names ("Minister of State for International
/// Cooperation"): capitalised like a name, but no person's; joined to another by "and" in
/// one office ("Minister for Trade and Economic Security"), unlike "General" or a given name.
fn is_portfolio(lower: &str) -> bool {
    matches!(
        lower,
        "cooperation"
            | "co-operation"
            | "development"
            | "trade"
            | "security"
            | "defence"
            | "defense"
            | "finance"
            | "justice"
            | "health"
            | "education"
            | "culture"
            | "energy"
            | "integration"
            | "reintegration"
            | "interior"
            | "economy"
            | "agriculture"
            | "infrastructure"
            | "veterans"
            | "communications"
            | "reconstruction"
            | "diplomacy"
            | "procurement"
            | "industry"
            | "economic"
            | "foreign"
            | "communities"
            | "sport"
            | "environment"
            | "transport"
            | "labour"
            | "social"
            | "digital"
            | "innovation"
            | "science"
            | "technology"
            | "tourism"
            | "housing"
            | "employment"
            | "commerce"
            | "investment"
            | "climate"
            | "fisheries"
            | "welfare"
            | "migration"
            | "humanitarian"
    )
}

/// Whether the parts of a role that carry the title `head` are ones the actor no longer
/// holds: "General (retired); former Chief of Defence Staff of Vallmark" for "chief", but
/// not "Special envoy of the Commission; former ambassador" for "envoy".
fn past_role(role: &str, head: &str) -> bool {
    let has = |part: &str, word: &str| {
        part.split(|c: char| !c.is_alphanumeric())
            .any(|w| w.eq_ignore_ascii_case(word))
    };
    let mut parts = role.split(';').peekable();
    let retired = parts.peek().is_some_and(|first| has(first, "retired"));
    let mut carrying = parts.filter(|part| has(part, head)).peekable();
    carrying.peek().is_some()
        && carrying
            .all(|part| retired || has(part, "former") || part.to_lowercase().contains("ex-"))
}

/// Each known actor's place (by actor), and all of them for lookup.
type ActorPlaces = (Vec<Option<String>>, FastMap<String, ()>);

/// The endings that make a demonym of a place's name ("Norlandia" → "Norlandian").
const DEMONYM_ENDINGS: [&str; 6] = ["n", "an", "ian", "ese", "ish", "er"];

/// `word` is the demonym of the place `place` ("norlandian" of "norlandia", "vallmarkian" of
/// "vallmark"), for places no country list knows.
pub(super) fn demonym_of(word: &str, place: &str) -> bool {
    place.len() >= 5
        && word
            .strip_prefix(place)
            .is_some_and(|rest| DEMONYM_ENDINGS.contains(&rest))
}

/// "Member states", "member countries": the members of a union or an alliance speaking.
fn member_group(toks: &[Tok], i: usize) -> bool {
    i > 0
        && toks[i - 1].is("member")
        && matches!(
            toks[i].lower.as_str(),
            "states" | "countries" | "nations" | "governments"
        )
}

/// A word shaped like a plural noun ("channels", "advocates"), which may also be a verb.
fn plural_form(lower: &str) -> bool {
    lower.len() > 4
        && lower.ends_with('s')
        && !lower.ends_with("ss")
        && !lower.ends_with("ous")
        && !super::speakers::is_auxiliary(lower)
}

/// A plural noun, not a verb in the third person ("channels", "officials"; not "says").
fn is_plural_noun(lower: &str) -> bool {
    plural_form(lower) && super::reported::verb_like(lower).is_none() && !is_non_name(lower)
}

/// Whether the word before the phrase starting at `start` (after `i`, where the phrase's
/// parsing began) is an indefinite article or "one": "one underwriter", "a lobbyist".
fn after_indefinite(toks: &[Tok], start: usize, i: usize) -> bool {
    start > i
        && matches!(
            toks[start - 1].lower.as_str(),
            "a" | "an" | "one" | "another"
        )
}

/// A noun made like a doer's ("underwriter", "lobbyist", "technician", "consultant"), which
/// speakers' nouns list only in part.
fn is_doer_noun(lower: &str) -> bool {
    lower.len() >= 6
        && ["er", "or", "ist", "ian", "ant", "eer"]
            .iter()
            .any(|end| lower.ends_with(end))
        && !is_non_name(lower)
        && super::reported::verb_like(lower).is_none()
}

/// A lower-case word that can stand between a determiner and its noun ("one insurance
/// executive"): not a determiner, a pronoun or a function word.
fn noun_modifier(lower: &str) -> bool {
    // (Determiners, pronouns and conjunctions are among the words that are no name.)
    !is_non_name(lower) && !matches!(lower, "another" | "told")
}

/// A country's adjective, in lower case: a known country's code ("@ua") or a word shaped like
/// a demonym ("placeholdian", "vallmarkian", "japanese", "polish").
fn is_demonym(lower: &str) -> bool {
    lower.starts_with('@')
        || (lower.len() > 5
            && ["ian", "ese", "ean", "ish"]
                .iter()
                .any(|ending| lower.ends_with(ending)))
}

/// A page's credit line above the story: "Text by: NEWS WIRES", "By Ana Mirel". (Its times,
/// "Issued on: … Modified: …", name no one because those words are no names.)
fn credit_line() -> &'static regex::Regex {
    regex!(
        r"(?i)^(?:(?:text|words|story|report|reporting|photos?|pictures?|video|edited|written)\s+)?by\s*:?\s+\S"
    )
}
