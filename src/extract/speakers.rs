//! Names: folding spellings together, finding known actors' names and aliases in a text, and
//! the small vocabularies (titles, honorifics, institutions, first names) that tell a name
//! from a description.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// FNV-1a: a fast hash for the short keys of names.
#[derive(Default)]
pub(super) struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

pub(super) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

use super::KnownActor;
use super::text::{Tok, TokKind, fold};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Gender {
    Unknown,
    Male,
    Female,
    /// An institution: "it".
    Neuter,
}

/// A spelling key that folds common transliteration variants together: case, diacritics,
/// y/i/j, w/v, ph/f, kh/h, ck/k and doubled letters (Zelensky, Zelenskyy and Zelenskiy;
/// Sergey and Sergei; Dmitry and Dmitri), and the American "-ense" of "defense".
pub(super) fn skeleton(lower: &str) -> String {
    let mut out = String::with_capacity(lower.len());
    let mut prev: Option<char> = None;
    let mut buffer = [' '; 32];
    let heap: Vec<char>;
    let chars: &[char] = if lower.chars().count() <= 32 {
        let mut n = 0;
        for c in lower.chars() {
            buffer[n] = c;
            n += 1;
        }
        &buffer[..n]
    } else {
        heap = lower.chars().collect();
        &heap
    };
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        let mapped = match (c, next) {
            ('p', Some('h')) => {
                i += 1;
                'f'
            }
            ('k', Some('h')) => {
                i += 1;
                'h'
            }
            ('c', Some('k')) => {
                i += 1;
                'k'
            }
            ('s', Some('e')) if prev == Some('n') && i + 2 == chars.len() => 'c',
            ('y' | 'j', _) => 'i',
            ('w', _) => 'v',
            ('\'' | '-' | '.', _) => {
                i += 1;
                continue;
            }
            (c, _) => c,
        };
        if prev != Some(mapped) {
            out.push(mapped);
        }
        prev = Some(mapped);
        i += 1;
    }
    out
}

/// The skeleton of a lower-case word, borrowed when folding changes nothing (most words).
pub(super) fn skeleton_of(lower: &str) -> Cow<'_, str> {
    let bytes = lower.as_bytes();
    let plain = bytes.iter().enumerate().all(|(i, &b)| {
        b.is_ascii_lowercase()
            && !matches!(b, b'y' | b'j' | b'w')
            && !(b == b'h' && i > 0 && matches!(bytes[i - 1], b'p' | b'k'))
            && !(b == b'k' && i > 0 && bytes[i - 1] == b'c')
            && !(i > 0 && bytes[i - 1] == b)
    }) && !lower.ends_with("nse");
    if plain {
        Cow::Borrowed(lower)
    } else {
        Cow::Owned(skeleton(lower))
    }
}

/// The words of a name or alias, folded, without a possessive.
fn name_words(name: &str) -> impl Iterator<Item = String> + '_ {
    name.split(|c: char| c.is_whitespace() || matches!(c, ',' | '(' | ')'))
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut lower = fold(w);
            if lower.ends_with("'s") {
                lower.truncate(lower.len() - 2);
            }
            lower
        })
}

/// The last word of a name or alias, folded but not reduced to its skeleton.
fn last_spelled(name: &str) -> String {
    name_words(name).last().unwrap_or_default()
}

/// The words of a name or alias as skeleton keys, without a possessive or a leading "the".
pub(super) fn name_keys(name: &str) -> Vec<String> {
    let mut keys: Vec<String> = name_words(name)
        .map(|w| skeleton(&w))
        .filter(|k| !k.is_empty())
        .collect();
    if keys.len() > 1 && keys[0] == "the" {
        keys.remove(0);
    }
    keys
}

/// The other ways the press writes an alias that names an office: "the PM's spokesman" for
/// "the Prime Minister's spokesperson".
fn alias_variants(keys: &[String]) -> Vec<Vec<String>> {
    // (The keys are skeletons; these are worked out once, for every alias of every actor.)
    static FORMS: std::sync::LazyLock<[String; 6]> = std::sync::LazyLock::new(|| {
        [
            "prime",
            "minister",
            "pm",
            "spokesperson",
            "spokesman",
            "spokeswoman",
        ]
        .map(skeleton)
    });
    let [prime, minister, pm, spokes @ ..] = &*FORMS;
    let short = keys
        .windows(2)
        .position(|w| w[0] == *prime && w[1] == *minister)
        .map(|at| {
            let mut short = keys[..at].to_vec();
            short.push(pm.clone());
            short.extend_from_slice(&keys[at + 2..]);
            short
        });
    let mut variants: Vec<Vec<String>> = short.into_iter().collect();
    for base in [keys.to_vec()].into_iter().chain(variants.clone()) {
        if let Some(at) = base.iter().position(|k| spokes.contains(k)) {
            for other in spokes.iter().filter(|o| **o != base[at]) {
                let mut variant = base.clone();
                variant[at] = other.clone();
                variants.push(variant);
            }
        }
    }
    variants
}

pub(super) struct ActorInfo {
    pub gender: Gender,
    pub institution: bool,
    /// Role, affiliation and country words, lower case, for matching titles.
    pub role_words: Vec<String>,
    /// The role's own words, before "of", "for" or "to" ("spokesman" of "Spokesman for the
    /// President of Norlandia").
    pub role_head: Vec<String>,
    /// Names in capitals among the role's own words ("Vallmark" of "Vallmark's chief
    /// negotiator on the treaty for Placeholdia"): whose title it is.
    pub role_owner: Vec<String>,
    /// The places the actor belongs to: the country, the affiliation's words and the place a
    /// role is "of" ("Norlandia" of "Foreign Minister of Norlandia"), for demonyms no country
    /// list knows ("the Norlandian foreign minister").
    pub home: Vec<String>,
}

/// One of an actor's names, as the index keeps it.
struct Alias {
    /// The name's skeleton keys.
    keys: Vec<String>,
    actor: usize,
    /// The name's last word as spelled, folded: of two actors whose names share a skeleton,
    /// "Ostrow" is the one spelled so.
    spelled: String,
    /// Whether the name is a title in lower case (see `is_title_alias`).
    title: bool,
}

/// An alias made only of lower-case words and the words of titles and institutions, after
/// an optional article ("the defence minister", "the Prime Minister", "Foreign ministry",
/// "the Government"): a title or a description, which names the actor only where the text
/// does not give it another owner.
fn is_title_alias(name: &str) -> bool {
    let mut words = name.split_whitespace().peekable();
    if words
        .peek()
        .is_some_and(|w| matches!(w.to_lowercase().as_str(), "the" | "a" | "an"))
    {
        words.next();
    }
    let mut any = false;
    for w in words {
        if !w.starts_with(char::is_lowercase)
            && !is_generic_word(&name_words(w).collect::<String>())
        {
            return false;
        }
        any = true;
    }
    any
}

/// A word of a title or an institution's description ("prime", "minister", "ministry"),
/// not of a name; "Kremlin" and "Pentagon" are the names of buildings.
fn is_generic_word(lower: &str) -> bool {
    is_title_word(lower)
        || is_speaker_noun(lower)
        || (is_institution_head(lower) && !matches!(lower, "kremlin" | "pentagon"))
}

/// The known actors' names and aliases, indexed by their first word.
pub(super) struct ActorIndex<'a> {
    pub actors: &'a [KnownActor],
    pub info: Vec<ActorInfo>,
    by_first: FastMap<String, Vec<Alias>>,
    /// Each actor's first name as a key ("andriy"), empty for a one-word name.
    first_names: Vec<String>,
    /// Each actor's last name as a key ("stubenko"), empty for a one-word name.
    family_names: Vec<String>,
    /// Places that own a known institution ("Norlandia" of "Norlandia's Foreign Ministry",
    /// "Vallmark" of "Government of Vallmark"), in lower case: they speak as institutions.
    places: FastMap<String, ()>,
}

impl<'a> ActorIndex<'a> {
    pub fn new(actors: &'a [KnownActor]) -> Self {
        let mut by_first: FastMap<String, Vec<Alias>> = FastMap::default();
        let mut surnames: FastMap<String, Vec<usize>> = FastMap::default();
        let mut info = Vec::with_capacity(actors.len());
        for (n, actor) in actors.iter().enumerate() {
            let mut gender = if actor.institution {
                Gender::Neuter
            } else {
                Gender::Unknown
            };
            for name in std::iter::once(&actor.name).chain(&actor.aliases) {
                let keys = name_keys(name);
                if keys.is_empty() {
                    continue;
                }
                if !actor.institution && gender == Gender::Unknown {
                    gender = honorific_gender(&keys[0]).unwrap_or(Gender::Unknown);
                }
                // "the Norlandian Embassy" is also "Norlandia's embassy".
                if actor.institution
                    && let Some(place) = home_country(actor)
                    && let Some(owned) = owned_by_place(name, place)
                {
                    by_first.entry(owned[0].clone()).or_default().push(Alias {
                        keys: owned,
                        actor: n,
                        spelled: last_spelled(name),
                        title: false,
                    });
                }
                for keys in alias_variants(&keys) {
                    by_first.entry(keys[0].clone()).or_default().push(Alias {
                        keys,
                        actor: n,
                        spelled: last_spelled(name),
                        title: is_title_alias(name),
                    });
                }
                by_first.entry(keys[0].clone()).or_default().push(Alias {
                    keys,
                    actor: n,
                    spelled: last_spelled(name),
                    title: is_title_alias(name),
                });
            }
            if !actor.institution {
                let keys = name_keys(&actor.name);
                if keys.len() >= 2 {
                    surnames
                        .entry(keys[keys.len() - 1].clone())
                        .or_default()
                        .push(n);
                }
                if gender == Gender::Unknown
                    && let Some(first) = actor.name.split_whitespace().next()
                {
                    gender = first_name_gender(&fold(first));
                }
            }
            let mut role_words: Vec<String> = [&actor.role, &actor.affiliation]
                .into_iter()
                .flatten()
                .flat_map(|r| words_of(r))
                .collect();
            if let Some(code) = &actor.country
                && let Some(name) = super::commitments::country_name(code)
            {
                role_words.extend(words_of(name));
            }
            // Country names and demonyms compare as their code ("Russian" is "Russia").
            for w in &mut role_words {
                if let Some(code) = super::commitments::country_of_word(w) {
                    *w = format!("@{code}");
                } else if british(w) != w {
                    *w = british(w).to_owned();
                }
            }
            // (Each of several roles: "Chief Cabinet Secretary; top government spokesman".)
            let role_head = actor
                .role
                .as_deref()
                .map(|role| {
                    fold(role)
                        .split(';')
                        .flat_map(|part| {
                            part.split_whitespace()
                                .take_while(|w| !matches!(*w, "of" | "for" | "to" | "at"))
                                .flat_map(words_of)
                                .collect::<Vec<_>>()
                        })
                        .collect()
                })
                .unwrap_or_default();
            let role_owner = actor
                .role
                .as_deref()
                .map(|role| {
                    role.split_whitespace()
                        .take_while(|w| !matches!(*w, "of" | "for" | "to" | "at" | "on"))
                        .filter(|w| w.starts_with(char::is_uppercase))
                        .map(|w| {
                            let w = w.trim_end_matches(|c: char| !c.is_alphanumeric());
                            let w = w
                                .strip_suffix("'s")
                                .or_else(|| w.strip_suffix("\u{2019}s"))
                                .unwrap_or(w);
                            fold(w)
                        })
                        .filter(|w| !is_title_word(w) && !is_speaker_noun(w))
                        .map(|w| match super::commitments::country_of_word(&w) {
                            Some(code) => format!("@{code}"),
                            None => w,
                        })
                        .collect()
                })
                .unwrap_or_default();
            let role_of = actor.role.as_deref().into_iter().flat_map(|role| {
                let words: Vec<&str> = role.split_whitespace().collect();
                (0..words.len())
                    .filter(|&i| words[i] == "of")
                    .filter_map(|i| {
                        words[i + 1..]
                            .iter()
                            .find(|w| **w != "the")
                            .filter(|w| w.starts_with(char::is_uppercase))
                            .map(|w| words_of(w).into_iter().next().unwrap_or_default())
                    })
                    .filter(|w| !is_title_word(w))
                    .collect::<Vec<_>>()
            });
            let home = [&actor.country, &actor.affiliation]
                .into_iter()
                .flatten()
                .flat_map(|r| words_of(r))
                .chain(role_of)
                .collect();
            info.push(ActorInfo {
                gender,
                institution: actor.institution,
                role_words,
                role_head,
                role_owner,
                home,
            });
        }
        for (surname, owners) in surnames {
            let entry = by_first.entry(surname.clone()).or_default();
            if owners.len() == 1 && !entry.iter().any(|alias| alias.keys.len() == 1) {
                entry.push(Alias {
                    keys: vec![surname],
                    actor: owners[0],
                    spelled: last_spelled(&actors[owners[0]].name),
                    title: false,
                });
            }
        }
        // Longest aliases first.
        for list in by_first.values_mut() {
            list.sort_by_key(|alias| std::cmp::Reverse(alias.keys.len()));
        }
        let (first_names, family_names) = actors
            .iter()
            .map(|actor| match &name_keys(&actor.name)[..] {
                [first, .., last] => (first.clone(), last.clone()),
                _ => (String::new(), String::new()),
            })
            .unzip();
        let places = actors
            .iter()
            .filter(|actor| actor.institution)
            .flat_map(|actor| std::iter::once(&actor.name).chain(&actor.aliases))
            .filter_map(|name| owning_place(name))
            .map(|place| (place, ()))
            .collect();
        ActorIndex {
            actors,
            info,
            by_first,
            first_names,
            family_names,
            places,
        }
    }

    /// Whether the actor's name, role or an alias places it "in" somewhere other than
    /// `place` (lower case): "Norlandian embassy in Granhavn" is not Norlandia's embassy in
    /// Brennholm.
    pub fn placed_elsewhere(&self, actor: usize, place: &str) -> bool {
        let known = &self.actors[actor];
        let place = fold(place);
        std::iter::once(&known.name)
            .chain(known.role.as_ref())
            .chain(&known.aliases)
            .filter_map(|text| text.split_once(" in ").map(|(_, after)| after))
            .filter_map(|after| after.split_whitespace().next())
            .filter(|w| w.starts_with(char::is_uppercase))
            .any(|w| fold(&w.to_lowercase()) != place)
    }

    /// The known institution a person's affiliation or role names, whose name ends in
    /// `head` ("ministry" of "Spokeswoman of the Placeholdia Foreign Ministry" is the
    /// Placeholdia Foreign Ministry).
    pub fn institution_of(&self, person: usize, head: &str) -> Option<usize> {
        let known = &self.actors[person];
        let belongs: Vec<String> = [&known.affiliation, &known.role]
            .into_iter()
            .flatten()
            .map(|text| fold(&text.to_lowercase()))
            .collect();
        (0..self.actors.len()).find(|&i| {
            let institution = &self.actors[i];
            institution.institution
                && std::iter::once(&institution.name)
                    .chain(&institution.aliases)
                    .any(|name| {
                        let name = fold(&name.to_lowercase());
                        name.contains(' ')
                            && words_of(&name).last().is_some_and(|w| british(w) == head)
                            && belongs.iter().any(|b| b.contains(name.as_str()))
                    })
        })
    }

    /// A place that owns a known institution (see `places`).
    pub fn is_place(&self, lower: &str) -> bool {
        self.places.contains_key(lower)
    }

    /// The known actor whose name or alias starts at `toks[at]`, and how many tokens it spans.
    /// Of several actors who share the words ("Brandt" for Katja and Ellis Brandt), the first
    /// that `preferred` accepts (one the text has named already). `family_named` tells
    /// whether the text has a person's last name (see `family_name`).
    pub fn match_at(
        &self,
        toks: &[Tok],
        at: usize,
        skels: &[Cow<'_, str>],
        preferred: impl Fn(usize) -> bool,
        home_named: impl Fn(usize) -> bool,
        family_named: impl Fn(usize) -> bool,
    ) -> Option<(usize, usize)> {
        let first = skels.get(at)?.as_ref();
        if first.is_empty() || is_banner(toks, at) {
            return None;
        }
        let candidates = self.by_first.get(first)?;
        let mut found: Option<(usize, usize)> = None;
        let mut found_spelled = false;
        'next: for Alias {
            keys,
            actor,
            spelled,
            title,
        } in candidates
        {
            if at + keys.len() > toks.len() {
                continue;
            }
            // (The longest words first: a shorter match only when no one is preferred.)
            if found.is_some_and(|(_, len)| keys.len() < len) {
                break;
            }
            for (k, key) in keys.iter().enumerate().skip(1) {
                let t = &toks[at + k];
                if !t.is_word() || skels[at + k].as_ref() != key {
                    continue 'next;
                }
            }
            // A single lower-case word is not a name ("kyiv" may be, "leavitt" in running
            // lower-case text rarely is, but common words are never aliases).
            if keys.len() == 1 && !toks[at].cap {
                continue;
            }
            // A surname after another first name is someone else: "Yurii Stubenko" is not
            // the known Andriy Stubenko.
            if keys.len() == 1 && self.other_first_name(toks, at, skels, *actor) {
                continue;
            }
            // A first name alone ("His wife, Yana, said") is a known actor's only once the
            // text has named them or their family ("Corporal Jade Mirren … Her husband,
            // Callum"), and not when another surname follows ("Yana Horbenko").
            if keys.len() == 1
                && !self.info[*actor].institution
                && self.first_names[*actor] == keys[0]
                && ((!preferred(*actor) && !family_named(*actor))
                    || toks.get(at + 1).is_some_and(is_name_word))
            {
                continue;
            }
            // "Norlandian embassy in Brennholm" is not the one in Granhavn.
            let end = at + keys.len();
            if toks.get(end).is_some_and(|t| t.is("in"))
                && let Some(place) = toks.get(end + 1).filter(|t| t.is_word() && t.cap)
                && self.placed_elsewhere(*actor, &place.lower)
            {
                continue;
            }
            // An alias that is a title ("the defence minister", "the foreign ministry") is
            // not the actor's when the text gives the title an owner ("Placeholdia's
            // defence minister", "its foreign ministry"), a person's short one is theirs
            // only once the text has named them (other people hold the same title), and an
            // institution's only once the text has named it or its country.
            if *title {
                let owned = at
                    .checked_sub(1)
                    .and_then(|i| toks.get(i))
                    .is_some_and(|t| {
                        t.is_word()
                            && (t.possessive
                            || matches!(
                                t.lower.as_str(),
                                "its" | "his" | "her" | "their" | "our" | "my" | "your"
                            )
                            // "Placeholdia's", "the Norlandian": not "the Vallmark-led".
                            || (t.cap
                                && !t.lower.contains('-')
                                && !matches!(t.lower.as_str(), "the" | "a" | "an"))
                            || super::commitments::country_of_word(&t.lower).is_some())
                    });
                // (A longer title is the actor's own: "the government's top spokesman".)
                let institution = self.info[*actor].institution;
                // ("The head of state" is as common as "the president".)
                let content = keys
                    .iter()
                    .filter(|k| !matches!(k.as_str(), "of" | "the" | "for" | "and"))
                    .count();
                let common = content <= 2 && !institution;
                if owned
                    || (common && !preferred(*actor))
                    || (institution && !preferred(*actor) && !home_named(*actor))
                {
                    continue;
                }
            }
            if preferred(*actor) {
                return Some((*actor, keys.len()));
            }
            // Of equals, the one spelled as the text spells it.
            let as_spelled = fold(&toks[at + keys.len() - 1].lower) == *spelled;
            if found.is_none() || (as_spelled && !found_spelled) {
                found = Some((*actor, keys.len()));
                found_spelled = as_spelled;
            }
        }
        found
    }
}

impl ActorIndex<'_> {
    /// A person's last name as a key ("stubenko"), empty for a one-word name.
    pub fn family_name(&self, actor: usize) -> &str {
        &self.family_names[actor]
    }

    /// Whether the word before `toks[at]` is a first name other than `actor`'s own.
    fn other_first_name(
        &self,
        toks: &[Tok],
        at: usize,
        skels: &[Cow<'_, str>],
        actor: usize,
    ) -> bool {
        let Some(before) = at.checked_sub(1).and_then(|i| toks.get(i)) else {
            return false;
        };
        is_name_word(before)
            && self.first_names[actor] != skels[at - 1].as_ref()
            && honorific_gender(&before.lower).is_none()
            && super::commitments::country_of_word(&before.lower).is_none()
    }
}

/// One spelling for the words of institutions and titles that American and British English
/// spell apart ("defense ministry" is "defence ministry").
pub(super) fn british(lower: &str) -> &str {
    match lower {
        "defense" => "defence",
        "center" => "centre",
        "program" => "programme",
        "organization" => "organisation",
        "labor" => "labour",
        _ => lower,
    }
}

pub(super) fn words_of(text: &str) -> Vec<String> {
    fold(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() > 1 && !matches!(*w, "the" | "of" | "and" | "for"))
        .map(str::to_owned)
        .collect()
}

pub(super) fn honorific_gender(lower: &str) -> Option<Gender> {
    match lower {
        "mr" | "sir" | "lord" | "mister" | "monsieur" | "herr" | "king" | "prince" => {
            Some(Gender::Male)
        }
        "ms" | "mrs" | "miss" | "madam" | "madame" | "dame" | "lady" | "frau" | "queen"
        | "princess" => Some(Gender::Female),
        _ => None,
    }
}

/// Nouns that carry a gender (spokeswoman, chairman).
pub(super) fn noun_gender(lower: &str) -> Option<Gender> {
    match lower {
        "spokesman" | "chairman" | "congressman" | "businessman" | "statesman" | "countryman"
        | "father" | "son" | "brother" | "husband" | "grandfather" | "uncle" | "boy" | "man" => {
            Some(Gender::Male)
        }
        "spokeswoman" | "chairwoman" | "congresswoman" | "businesswoman" | "stateswoman"
        | "mother" | "daughter" | "sister" | "wife" | "grandmother" | "aunt" | "girl" | "widow"
        | "woman" => Some(Gender::Female),
        _ => honorific_gender(lower),
    }
}

/// Honorifics and titles that come before a name and are not part of it.
pub(super) fn is_title_word(lower: &str) -> bool {
    is_title_qualifier(lower)
        || matches!(
            lower,
            "mr" | "mrs"
                | "ms"
                | "miss"
                | "dr"
                | "sir"
                | "dame"
                | "lord"
                | "lady"
                | "madam"
                | "president"
                | "vice"
                | "prime"
                | "minister"
                | "ministers"
                | "deputy"
                | "secretary"
                | "general"
                | "gen"
                | "chancellor"
                | "spokesman"
                | "spokeswoman"
                | "spokesperson"
                | "press"
                | "chief"
                | "head"
                | "commander"
                | "ambassador"
                | "envoy"
                | "special"
                | "adviser"
                | "advisor"
                | "senator"
                | "sen"
                | "rep"
                | "representative"
                | "governor"
                | "mayor"
                | "king"
                | "queen"
                | "prince"
                | "princess"
                | "pope"
                | "admiral"
                | "adm"
                | "colonel"
                | "col"
                | "lt"
                | "lieutenant"
                | "major"
                | "maj"
                | "captain"
                | "capt"
                | "cmdr"
                | "cdr"
                | "sergeant"
                | "sgt"
                | "marshal"
                | "field"
                | "premier"
                | "pm"
                | "fm"
                | "gov"
                | "commissioner"
                | "director"
                | "chairman"
                | "chairwoman"
                | "chair"
                | "leader"
                | "officer"
                | "official"
                | "affairs"
                | "staff"
                | "army"
                | "navy"
                | "retired"
                | "veteran"
                | "outgoing"
                | "longtime"
                | "opposition"
                | "mp"
                | "lawmaker"
                | "diplomat"
                | "negotiator"
                | "mediator"
                | "coordinator"
                | "co-ordinator"
                | "facilitator"
                | "rapporteur"
                | "ombudsman"
                | "inspector"
                | "administrator"
                | "consul"
                | "aide"
                | "presidential"
                | "executive"
                | "allied"
                | "assistant"
                | "undersecretary"
                | "under-secretary"
                | "attorney"
                | "prosecutor"
                | "speaker"
                | "spokesperson's"
                | "professor"
                | "prof"
                | "father"
                | "cardinal"
                | "archbishop"
                | "bishop"
                | "sheikh"
                | "emir"
                | "crown"
                | "then-president"
                | "chief-of-staff"
                | "minister-president"
                | "mep"
                | "rev"
                | "reverend"
                | "judge"
                | "justice's"
                | "economic"
                | "digital"
                | "military"
                | "veterans"
                | "culture"
                | "education"
                | "infrastructure"
                | "agriculture"
                | "environment"
                | "industry"
                | "industries"
                | "strategic"
                | "european"
                | "commission"
                | "council"
        )
}

/// The place in an institution's name: "Norlandia's Foreign Ministry", "Government of
/// Vallmark".
/// The name of the country an actor belongs to: its code's name, or the name as given.
fn home_country(actor: &KnownActor) -> Option<&str> {
    let country = actor.country.as_deref()?;
    super::commitments::country_name(country).or(Some(country))
}

/// The keys of a name that opens with the demonym of `place`, with the place instead: "the
/// Norlandian Embassy in Migdalon" as "Norlandia's Embassy in Migdalon", "Russian Foreign
/// Ministry" as "Russia's Foreign Ministry" (the keys leave out a possessive).
fn owned_by_place(name: &str, place: &str) -> Option<Vec<String>> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let words = match words.first() {
        Some(article) if article.eq_ignore_ascii_case("the") => &words[1..],
        _ => &words[..],
    };
    let (first, rest) = words.split_first()?;
    if rest.is_empty() || !first.starts_with(char::is_uppercase) {
        return None;
    }
    let word = fold(first);
    let place_word = fold(place);
    let known = super::commitments::country_of_word(&word);
    let demonym = (known.is_some() && known == super::commitments::country_of_word(&place_word))
        || super::discourse::demonym_of(&word, &place_word);
    (demonym && word != place_word).then(|| {
        let mut keys = name_keys(place);
        keys.extend(rest.iter().flat_map(|w| name_keys(w)));
        keys
    })
}

fn owning_place(name: &str) -> Option<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let owner = words
        .first()
        .and_then(|w| w.strip_suffix("'s").or_else(|| w.strip_suffix("\u{2019}s")));
    let of_place = match words.as_slice() {
        [.., of, last] if *of == "of" => Some(*last),
        _ => None,
    };
    owner
        .or(of_place)
        .filter(|w| capitalised(w) && !is_title_word(&w.to_lowercase()))
        .map(fold)
}

/// Head nouns of a description of a person who speaks ("the minister", "a senior official"),
/// singular or plural ("Farmers say…").
pub(super) fn is_speaker_noun(lower: &str) -> bool {
    speaker_noun(lower)
        // "schoolteacher", "steelworkers": a compound ending in a speaker noun.
        || (lower.len() > 8
            && [
                "teacher", "worker", "workers", "driver", "keeper", "fighter", "owner", "seller",
                "trader", "farmer", "soldier", "officer", "nurse", "woman", "women",
            ]
            .iter()
            .any(|end| lower.ends_with(end)))
        || lower
            .strip_suffix('s')
            .is_some_and(|one| one.len() > 3 && speaker_noun(one))
        || lower
            .strip_suffix("men")
            .is_some_and(|one| speaker_noun(&format!("{one}man")))
}

fn speaker_noun(lower: &str) -> bool {
    matches!(
        lower,
        "minister"
            // Who posts on a social network: "a second account added", "its original
            // uploader told us".
            | "account"
            | "user"
            | "uploader"
            | "blogger"
            | "influencer"
            | "commenter"
            | "media"
            | "president"
            | "chancellor"
            | "premier"
            | "secretary"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "official"
            | "officials"
            | "diplomat"
            | "diplomats"
            | "source"
            | "sources"
            | "commander"
            | "general"
            | "chief"
            | "head"
            | "ambassador"
            | "envoy"
            | "adviser"
            | "advisor"
            | "aide"
            | "aides"
            | "negotiator"
            | "negotiators"
            | "mediator"
            | "mediators"
            | "leader"
            | "leaders"
            | "lawmaker"
            | "lawmakers"
            | "senator"
            | "governor"
            | "mayor"
            | "officer"
            | "officers"
            | "analyst"
            | "analysts"
            | "expert"
            | "experts"
            | "director"
            | "chairman"
            | "chairwoman"
            | "chair"
            | "commissioner"
            | "representative"
            | "king"
            | "queen"
            | "pope"
            | "admiral"
            | "colonel"
            | "mp"
            | "mep"
            | "deputy"
            | "speaker"
            | "ministers"
            | "presidents"
            | "generals"
            | "spokespeople"
            | "spokesmen"
            | "spokeswomen"
            | "figure"
            | "figures"
            | "insider"
            | "insiders"
            | "observer"
            | "observers"
            | "delegate"
            | "delegates"
            | "delegation"
            | "counterpart"
            | "participant"
            | "participants"
            | "people"
            | "persons"
            | "person"
            | "researcher"
            | "researchers"
            | "spokespersons"
            | "envoys"
            | "presenter"
            | "host"
            | "anchor"
            | "commentator"
            | "correspondent"
            | "columnist"
            | "journalist"
            | "resident"
            | "residents"
            | "teacher"
            | "engineer"
            | "activist"
            | "activists"
            | "protester"
            | "protesters"
            | "witness"
            | "witnesses"
            | "woman"
            | "man"
            | "soldier"
            | "soldiers"
            | "veteran"
            | "veterans"
            | "volunteer"
            | "volunteers"
            | "student"
            | "students"
            | "voter"
            | "voters"
            | "pensioner"
            | "pensioners"
            | "farmer"
            | "worker"
            | "workers"
            | "doctor"
            | "nurse"
            | "allies"
            | "critics"
            | "partners"
            | "governments"
            | "capitals"
            | "opponents"
            | "supporters"
            | "ally"
            | "member"
            | "members"
            | "scientist"
            | "professor"
            | "economist"
            | "historian"
            | "academic"
            | "lawyer"
            | "fellow"
            | "administrator"
            | "lieutenant"
            | "sergeant"
            | "captain"
            | "coordinator"
            | "manager"
            | "shopkeeper"
            | "executive"
            | "neighbour"
            | "neighbor"
            | "friend"
            | "colleague"
            | "wife"
            | "husband"
            | "son"
            | "daughter"
            | "mother"
            | "father"
            | "brother"
            | "sister"
            | "driver"
            | "pilot"
            | "mechanic"
            | "miner"
            | "baker"
            | "priest"
            | "steelworker"
            | "deminer"
            | "sapper"
            | "gunner"
            | "sniper"
            | "curator"
            | "medic"
            | "surgeon"
            | "paramedic"
            | "firefighter"
            | "owner"
            | "instructor"
            | "instructors"
            | "recruit"
            | "recruits"
            | "monitor"
            | "monitors"
            | "banker"
            | "bankers"
            // Who works on a programme, a campaign or a staff.
            | "producer"
            | "editor"
            | "staffer"
            | "strategist"
            | "consultant"
            | "employee"
            | "planner"
            | "campaigner"
            | "organiser"
            | "organizer"
            | "lobbyist"
            | "pollster"
            | "investor"
            | "investors"
            | "trader"
            | "traders"
    )
}

/// The last word of a news outlet's name ("the Templatyn Independent", "the Quillport
/// Herald"): a name that is no person's.
pub(super) fn is_outlet_word(lower: &str) -> bool {
    matches!(
        lower,
        "independent"
            | "times"
            | "post"
            | "herald"
            | "journal"
            | "news"
            | "gazette"
            | "tribune"
            | "courier"
            | "observer"
            | "guardian"
            | "telegraph"
            | "express"
            | "mail"
            | "review"
            | "chronicle"
            | "standard"
            | "radio"
            | "television"
            | "tv"
            | "press"
            | "daily"
            | "weekly"
            | "institute"
    )
}

/// Head nouns of institutions that speak ("the ministry", "the Foreign Office").
pub(super) fn is_institution_head(lower: &str) -> bool {
    matches!(
        lower,
        "ministry"
            | "office"
            | "department"
            | "commission"
            | "council"
            | "parliament"
            | "government"
            | "kremlin"
            | "pentagon"
            | "agency"
            | "service"
            | "army"
            | "forces"
            | "staff"
            | "command"
            | "embassy"
            | "union"
            | "alliance"
            | "organisation"
            | "organization"
            | "bank"
            | "fund"
            | "party"
            | "cabinet"
            | "assembly"
            | "senate"
            | "congress"
            | "court"
            | "committee"
            | "administration"
            | "presidency"
            | "headquarters"
            | "secretariat"
            | "mission"
            | "directorate"
            | "bureau"
            | "authority"
            | "authorities"
            | "company"
            | "firm"
            | "lender"
            | "operator"
            | "manufacturer"
            | "delegation"
            | "coalition"
            | "institute"
            | "nato"
            | "un"
            | "eu"
            | "osce"
            | "iaea"
            | "statement"
            | "report"
            | "newspaper"
            | "broadcaster"
            | "outlet"
            | "wire"
            | "channel"
            | "website"
            | "readout"
            | "communique"
            | "declaration"
            // "says a Facebook post": the post, not the platform.
            | "post"
            | "team"
            | "palace"
            | "force"
            | "guard"
            | "navy"
            | "police"
            | "chancellery"
            | "residence"
    )
}

/// Capitalised words that begin sentences or name days, months and such, never a speaker.
/// Auxiliaries and modals: "Can foreign troops…", ""must be credible"".
pub(super) fn is_auxiliary(lower: &str) -> bool {
    matches!(
        lower,
        "can"
            | "cannot"
            | "could"
            | "should"
            | "would"
            | "will"
            | "may"
            | "might"
            | "must"
            | "shall"
            | "does"
            | "did"
            | "do"
            | "is"
            | "are"
            | "was"
            | "were"
            | "has"
            | "have"
            | "had"
    )
}

/// A title word that qualifies the noun after it ("security" in "security adviser",
/// "senior" in "senior official") and so cannot end a description of a person.
pub(super) fn is_title_qualifier(lower: &str) -> bool {
    matches!(
        lower,
        "security"
            | "national"
            | "foreign"
            | "defence"
            | "defense"
            | "interior"
            | "finance"
            | "economy"
            | "justice"
            | "health"
            | "energy"
            | "trade"
            | "intelligence"
            // "Committee on Foreign Policy Oleksandr Merezhko": a field, no given name.
            | "policy"
            | "affairs"
            | "relations"
            | "integration"
            | "state"
            | "high"
            | "top"
            | "senior"
            | "former"
            | "first"
            | "air"
            | "supreme"
            | "acting"
            // "The main opposition party", "the ruling party".
            | "main"
            | "largest"
            | "biggest"
            | "ruling"
            | "governing"
    )
}

pub(super) fn is_non_name(lower: &str) -> bool {
    // "We're told", "They've said", "I'm": a pronoun with its verb, never a name.
    let lower = match lower.split_once(['\'', '\u{2019}']) {
        Some((pronoun, "re" | "ve" | "ll" | "m" | "d" | "s"))
            if matches!(
                pronoun,
                "we" | "they" | "you" | "i" | "he" | "she" | "it" | "there" | "that"
            ) =>
        {
            pronoun
        }
        _ => lower,
    };
    matches!(
        lower,
        "the"
            // (A rank's: "Sgt. 1st Class".)
            | "class"
            | "a"
            | "an"
            | "in"
            | "on"
            | "at"
            | "after"
            | "before"
            | "but"
            | "and"
            | "or"
            | "however"
            | "meanwhile"
            | "he"
            | "she"
            | "they"
            | "it"
            | "we"
            | "i"
            | "you"
            | "this"
            | "that"
            | "these"
            | "those"
            // Verbs of a headline in title case ("Envoy Says Mission Could Begin").
            | "says"
            | "say"
            | "said"
            | "warn"
            | "warns"
            | "tells"
            | "urges"
            | "vows"
            | "denies"
            | "rejects"
            | "slams"
            | "insists"
            | "claims"
            | "admits"
            | "confirms"
            | "pledges"
            | "threatens"
            | "demands"
            | "accuses"
            | "asked"
            | "pressed"
            | "questioned"
            | "challenged"
            | "quizzed"
            | "reached"
            | "contacted"
            | "approached"
            | "reacting"
            | "replying"
            | "speaking"
            | "when"
            | "while"
            | "earlier"
            | "later"
            | "last"
            | "next"
            | "his"
            | "her"
            | "their"
            | "its"
            | "our"
            | "my"
            | "if"
            | "as"
            | "for"
            | "with"
            | "from"
            | "by"
            | "to"
            | "of"
            | "also"
            | "still"
            | "yet"
            | "so"
            | "then"
            | "there"
            | "here"
            | "such"
            | "some"
            | "many"
            | "most"
            | "both"
            | "each"
            | "all"
            | "no"
            | "not"
            | "one"
            | "two"
            | "three"
            | "four"
            | "five"
            | "six"
            | "seven"
            | "eight"
            | "nine"
            | "ten"
            | "eleven"
            | "twelve"
            | "fifteen"
            | "twenty"
            | "thirty"
            | "forty"
            | "fifty"
            | "sixty"
            | "seventy"
            | "eighty"
            | "ninety"
            | "hundred"
            | "thousand"
            | "million"
            | "dozens"
            | "hundreds"
            | "thousands"
            | "several"
            | "other"
            | "others"
            | "less"
            | "fewer"
            | "just"
            | "only"
            | "barely"
            | "almost"
            | "nearly"
            | "according"
            | "following"
            | "despite"
            | "since"
            | "during"
            | "separately"
            | "elsewhere"
            | "instead"
            | "now"
            | "today"
            | "yesterday"
            | "tomorrow"
            // A page's times ("Issued on: 11/11/2026 - 14:20 Modified: …").
            | "issued"
            | "modified"
            | "published"
            | "posted"
            // A fact-check's and a photo's headings ("Claim 1:", "Finding:", "Caption:").
            | "claim"
            | "finding"
            | "verdict"
            | "caption"
            // A live page's time zone after its time stamp ("15.10 GMT Testburg: …").
            | "gmt"
            | "bst"
            | "utc"
            | "cet"
            | "cest"
            | "eet"
            | "eest"
            | "msk"
            | "edt"
            | "pdt"
            | "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "feb"
            | "aug"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
            | "read"
            | "more"
            | "live"
            | "breaking"
            | "quote"
            // A news site's one-word kickers: "Details: Zharko said …".
            | "details"
            | "background"
            | "context"
            | "reminder"
            | "recap"
            | "prehistory"
            | "posting"
            | "appearing"
            | "testifying"
            | "update"
            | "updated"
            | "photo"
            | "video"
            | "reporting"
            | "editing"
            | "writing"
            | "additional"
            | "translation"
            // Nobody in particular.
            | "someone"
            | "somebody"
            | "anyone"
            | "anybody"
            | "everyone"
            | "everybody"
            | "nobody"
            // A newsletter's imperatives: "Expect her to repeat …", "Watch for …".
            | "expect"
            | "watch"
            | "remember"
            | "consider"
            | "note"
            | "let"
            | "look"
            | "listen"
            | "imagine"
            | "picture"
            | "take"
            // A columnist's asides: "Fair enough; that's his job.", "Sure, but …".
            | "fair"
            | "fine"
            | "sure"
            | "true"
            | "well"
            | "perhaps"
            | "maybe"
            | "frankly"
            | "honestly"
            | "clearly"
            | "obviously"
            | "what"
            | "who"
            | "why"
            | "how"
            | "where"
            | "which"
            | "whose"
            | "whether"
            | "although"
            | "though"
            | "because"
            | "unless"
            | "until"
            | "once"
            | "under"
            | "over"
            | "about"
            | "among"
            | "across"
            | "throughout"
            | "beyond"
            | "behind"
            | "inside"
            | "outside"
            | "around"
            | "along"
            | "amid"
            | "without"
            | "within"
            | "into"
            | "through"
            | "between"
            | "against"
            | "further"
            | "indeed"
            | "thus"
            | "moreover"
            | "nevertheless"
            | "nonetheless"
            // Prepositions that open a sentence ("Per her team, she will …").
            | "per"
            | "via"
            | "regarding"
            | "concerning"
            | "including"
            // Sentence adverbs that open a sentence with a capital ("Previously, on March 30,").
            | "previously"
            | "additionally"
            | "initially"
            | "ultimately"
            | "finally"
            | "currently"
            | "recently"
            | "subsequently"
            | "similarly"
            | "likewise"
            | "overall"
            | "notably"
            | "specifically"
            | "addressing"
            | "responding"
            | "commenting"
            | "referring"
            | "describing"
            | "calling"
            | "adding"
            | "saying"
            | "noting"
            | "warning"
    )
    // Auxiliaries opening a question ("Can foreign troops keep the peace?").
    || is_auxiliary(lower)
    // Adverbs opening a sentence ("Officially, of course, the ministry denies…").
    || (lower.len() >= 7
        && ["ially", "ously", "ively", "edly", "ately", "fully", "ably", "ibly", "ically"]
            .iter()
            .any(|ending| lower.ends_with(ending)))
}

/// Words that may stand inside a proper name between capitalised words ("Ursula von der
/// Leyen", "Abu al-Example").
pub(super) fn is_name_particle(lower: &str) -> bool {
    matches!(
        lower,
        "von"
            | "van"
            | "der"
            | "den"
            | "de"
            | "da"
            | "di"
            | "du"
            | "la"
            | "le"
            | "al"
            | "bin"
            | "ibn"
            | "dos"
            | "das"
            | "del"
            | "ter"
            | "ten"
            | "zu"
            | "y"
    )
}

/// Guesses gender from a few hundred common first names in news from Europe and beyond.
pub(super) fn first_name_gender(lower: &str) -> Gender {
    const MALE: &[&str] = &[
        "aaron",
        "artyom",
        "tomasz",
        "yurii",
        "adam",
        "alan",
        "albert",
        "aleksandr",
        "alexander",
        "alexandr",
        "alexei",
        "aleksei",
        "alexey",
        "alexis",
        "ali",
        "andrei",
        "andrew",
        "andrey",
        "andriy",
        "andrii",
        "andrzej",
        "angelo",
        "anthony",
        "antonio",
        "antony",
        "arseniy",
        "bart",
        "ben",
        "benjamin",
        "bernard",
        "bill",
        "bob",
        "boris",
        "boyko",
        "brian",
        "carl",
        "carlos",
        "charles",
        "chris",
        "christian",
        "christopher",
        "daniel",
        "david",
        "denys",
        "denis",
        "dmitry",
        "dmitri",
        "dmytro",
        "donald",
        "edward",
        "emmanuel",
        "eric",
        "erik",
        "evgeny",
        "fedir",
        "frank",
        "franz",
        "friedrich",
        "gabriel",
        "george",
        "georgy",
        "gerhard",
        "giorgio",
        "gordon",
        "gregory",
        "hakan",
        "hans",
        "heinrich",
        "henry",
        "herman",
        "hugo",
        "igor",
        "ihor",
        "ivan",
        "jack",
        "jacob",
        "jake",
        "james",
        "jan",
        "jean",
        "jens",
        "jeremy",
        "jim",
        "joe",
        "john",
        "jonathan",
        "jorge",
        "jose",
        "joseph",
        "juan",
        "karl",
        "keir",
        "kevin",
        "klaus",
        "kurt",
        "lars",
        "leon",
        "lloyd",
        "lukas",
        "luis",
        "marco",
        "marcus",
        "mark",
        "martin",
        "matteo",
        "matthew",
        "max",
        "michael",
        "michel",
        "mikhail",
        "mike",
        "mykhailo",
        "mykola",
        "nicolas",
        "nikolai",
        "oleg",
        "oleh",
        "oleksandr",
        "oleksii",
        "oleksiy",
        "olaf",
        "olivier",
        "oscar",
        "pascal",
        "patrick",
        "paul",
        "pavel",
        "pavlo",
        "pedro",
        "pete",
        "peter",
        "petro",
        "philip",
        "philippe",
        "pierre",
        "rafael",
        "recep",
        "richard",
        "robert",
        "roman",
        "rishi",
        "ruslan",
        "rustem",
        "sam",
        "samuel",
        "scott",
        "sebastian",
        "serhiy",
        "serhii",
        "sergei",
        "sergey",
        "simon",
        "stefan",
        "stephen",
        "steve",
        "steven",
        "taras",
        "thomas",
        "tim",
        "timothy",
        "tom",
        "tony",
        "valery",
        "valeriy",
        "viktor",
        "vladimir",
        "vladyslav",
        "volodymyr",
        "walter",
        "william",
        "wolfgang",
        "yuri",
        "yuriy",
        "yury",
        "yevgeny",
        "jd",
        "radoslaw",
        "andrej",
        "mateusz",
        "jaroslaw",
        "kyriakos",
        "giuseppe",
        "dick",
        "alexus",
        "marc",
        "rob",
        "ulf",
        "petr",
        "anders",
        "justin",
        "nicolae",
        "ignazio",
        "dominic",
        "lukasz",
        "tomas",
        "edgars",
        "gitanas",
        "alar",
        "urmas",
        "hristo",
        "rumen",
        "milos",
        "aleksandar",
        "piet",
        "taras",
        "xi",
        "narendra",
        "fumio",
        "shigeru",
        "anthony",
        "kim",
        "joel",
        "sean",
        "ryan",
        "ron",
        "adrian",
        "ahmed",
        "alberto",
        "alessandro",
        "alexandre",
        "alfred",
        "andre",
        "andreas",
        "antoine",
        "anton",
        "arnaud",
        "arthur",
        "artem",
        "artur",
        "axel",
        "bernd",
        "bjorn",
        "bogdan",
        "bohdan",
        "borys",
        "bruno",
        "carsten",
        "cedric",
        "christoph",
        "claude",
        "colin",
        "conor",
        "craig",
        "dan",
        "danylo",
        "dario",
        "darius",
        "dieter",
        "dirk",
        "dominik",
        "edgar",
        "emil",
        "enrico",
        "ernst",
        "etienne",
        "fabian",
        "felipe",
        "felix",
        "fernando",
        "filip",
        "florian",
        "francesco",
        "francis",
        "francois",
        "fred",
        "frederik",
        "gareth",
        "gavin",
        "geoffrey",
        "gerard",
        "gianni",
        "giovanni",
        "graham",
        "grzegorz",
        "guido",
        "gunnar",
        "gustav",
        "harald",
        "harry",
        "heiko",
        "helmut",
        "henrik",
        "holger",
        "hubert",
        "ian",
        "ivo",
        "jakob",
        "jaroslav",
        "javier",
        "jeffrey",
        "jerome",
        "joachim",
        "johan",
        "johannes",
        "jonas",
        "jorg",
        "josef",
        "julian",
        "jurgen",
        "kai",
        "kasper",
        "kenneth",
        "konrad",
        "kristian",
        "krzysztof",
        "lorenzo",
        "lothar",
        "louis",
        "ludwig",
        "luca",
        "lucas",
        "ludovic",
        "magnus",
        "manuel",
        "marcel",
        "marek",
        "mario",
        "marius",
        "markus",
        "mathias",
        "matthias",
        "maurice",
        "maxim",
        "maxime",
        "michal",
        "miguel",
        "mikael",
        "milan",
        "miroslav",
        "morten",
        "nathan",
        "neil",
        "nikita",
        "nils",
        "noah",
        "norbert",
        "ole",
        "oliver",
        "pablo",
        "patrik",
        "per",
        "philipp",
        "piotr",
        "rainer",
        "ralf",
        "raymond",
        "reinhard",
        "rene",
        "ricardo",
        "roberto",
        "rolf",
        "ronald",
        "rudolf",
        "rupert",
        "sandro",
        "sergio",
        "stanislav",
        "stanislaw",
        "sven",
        "theo",
        "thierry",
        "thorsten",
        "tobias",
        "torsten",
        "ulrich",
        "uwe",
        "valentin",
        "vasyl",
        "vincent",
        "vitaliy",
        "vitalii",
        "vladislav",
        "werner",
        "wilhelm",
        "witold",
        "xavier",
        "yannick",
        "yaroslav",
        "yevhen",
        "zbigniew",
        "zoltan",
        "arkady",
        "anatoly",
        "anatolii",
        "gennady",
        "grigory",
        "kirill",
        "konstantin",
        "kostiantyn",
        "leonid",
        "lev",
        "maksym",
        "nikolay",
        "stepan",
        "vadim",
        "vasily",
        "vyacheslav",
        "yegor",
        "yehor",
        "ostap",
        "nazar",
        "myroslav",
        "valerii",
    ];
    const FEMALE: &[&str] = &[
        "ada",
        "ewa",
        "ganna",
        "halina",
        "lyudmyla",
        "nataliya",
        "sofiia",
        "svitlana",
        "tetyana",
        "valentyna",
        "viktoria",
        "vira",
        "zoya",
        "agnes",
        "alice",
        "alina",
        "alla",
        "amanda",
        "amy",
        "ana",
        "anastasia",
        "andrea",
        "angela",
        "anna",
        "anne",
        "annalena",
        "antonia",
        "barbara",
        "beata",
        "camille",
        "caroline",
        "karoline",
        "carla",
        "catherine",
        "charlotte",
        "christine",
        "claire",
        "claudia",
        "diana",
        "elena",
        "elisabeth",
        "elizabeth",
        "ella",
        "ellen",
        "emily",
        "emma",
        "eva",
        "evgenia",
        "giorgia",
        "hanna",
        "hannah",
        "helen",
        "helena",
        "ilona",
        "inna",
        "irina",
        "iryna",
        "isabel",
        "isabella",
        "jane",
        "janet",
        "jessica",
        "joanna",
        "julia",
        "julie",
        "kamala",
        "karin",
        "kate",
        "katarina",
        "katherine",
        "kathryn",
        "kristi",
        "laura",
        "lena",
        "linda",
        "lisa",
        "liz",
        "lucy",
        "lyudmila",
        "maria",
        "marie",
        "marina",
        "marine",
        "martha",
        "mary",
        "melania",
        "mette",
        "michelle",
        "natalia",
        "natalie",
        "natalya",
        "nancy",
        "nina",
        "oksana",
        "olena",
        "olga",
        "olha",
        "petra",
        "rachel",
        "rebecca",
        "ruth",
        "sandra",
        "sara",
        "sarah",
        "sophie",
        "svetlana",
        "tamara",
        "tatiana",
        "tetiana",
        "ursula",
        "valentina",
        "valerie",
        "vera",
        "victoria",
        "viktoriia",
        "yulia",
        "yuliia",
        "zoe",
        "kaja",
        "maia",
        "margrethe",
        "sanna",
        "ingrida",
        "magdalena",
        "yvette",
        "priti",
        "kristalina",
        "roberta",
        "tulsi",
        "pam",
        "marianne",
        "ingrid",
        "kristen",
        "maya",
        "nora",
        "greta",
        "mira",
        "abigail",
        "adriana",
        "agata",
        "agnieszka",
        "aisha",
        "alexandra",
        "alicia",
        "alison",
        "allison",
        "amelia",
        "anastasiia",
        "angelika",
        "anja",
        "anke",
        "annette",
        "antje",
        "astrid",
        "audrey",
        "beatrice",
        "birgit",
        "brigitte",
        "britta",
        "bridget",
        "carmen",
        "carolina",
        "cecilia",
        "celine",
        "chloe",
        "christina",
        "christa",
        "clara",
        "colette",
        "cristina",
        "dagmar",
        "dana",
        "daria",
        "daryna",
        "deborah",
        "denise",
        "dominika",
        "dorothea",
        "dorota",
        "edith",
        "eleanor",
        "elise",
        "elsa",
        "emilia",
        "erika",
        "esther",
        "eugenia",
        "fiona",
        "florence",
        "francesca",
        "frida",
        "gabriela",
        "gemma",
        "grace",
        "gwen",
        "halyna",
        "hanne",
        "harriet",
        "heather",
        "heidi",
        "helga",
        "hilary",
        "hillary",
        "ida",
        "ines",
        "inga",
        "inge",
        "irene",
        "iris",
        "isabelle",
        "ivanka",
        "jacqueline",
        "jana",
        "jennifer",
        "jenny",
        "joanne",
        "johanna",
        "josephine",
        "judith",
        "juliette",
        "justyna",
        "karen",
        "karolina",
        "katarzyna",
        "kateryna",
        "katrin",
        "kerstin",
        "kirsten",
        "klara",
        "kristina",
        "larysa",
        "lea",
        "leah",
        "lilia",
        "lily",
        "liudmyla",
        "louise",
        "lucia",
        "ludmila",
        "lydia",
        "magda",
        "malgorzata",
        "margaret",
        "margarita",
        "margo",
        "mariana",
        "marianna",
        "marta",
        "maryna",
        "mathilde",
        "matilda",
        "meghan",
        "melanie",
        "miriam",
        "monika",
        "nadia",
        "nadiya",
        "nataliia",
        "nicole",
        "olivia",
        "oleksandra",
        "orla",
        "paula",
        "paulina",
        "pauline",
        "penelope",
        "polina",
        "rania",
        "renate",
        "rita",
        "rosa",
        "rosemary",
        "sabine",
        "sabrina",
        "sally",
        "samantha",
        "selma",
        "silke",
        "simone",
        "sofia",
        "sonia",
        "sophia",
        "stella",
        "susan",
        "susanne",
        "suzanne",
        "sylvie",
        "teresa",
        "theresa",
        "tina",
        "ulrike",
        "uta",
        "vanessa",
        "veronika",
        "veronica",
        "vesna",
        "virginia",
        "wendy",
        "yana",
        "yevheniia",
        "yvonne",
        "zofia",
        "zuzana",
        "berit",
        "signe",
        "solveig",
        "liv",
        "marit",
        "tove",
        "annika",
        "elin",
        "ebba",
        "malin",
        "jutta",
        "frauke",
        "hildegard",
        "gudrun",
        "ingeborg",
    ];
    type Set = HashSet<&'static str, BuildHasherDefault<Fnv>>;
    static SETS: OnceLock<(Set, Set)> = OnceLock::new();
    let (female, male) = SETS.get_or_init(|| {
        (
            FEMALE.iter().copied().collect(),
            MALE.iter().copied().collect(),
        )
    });
    if female.contains(lower) {
        Gender::Female
    } else if male.contains(lower) {
        Gender::Male
    } else {
        Gender::Unknown
    }
}

/// A word in capitals longer than an acronym, next to another word in capitals: a banner or
/// a headline in capitals ("SYNTHETIC TEXT"), not a name.
pub(super) fn is_banner(toks: &[Tok], i: usize) -> bool {
    let caps = |k: usize| toks.get(k).is_some_and(|t| t.is_word() && t.upper);
    toks[i].upper && toks[i].lower.len() > 5 && ((i > 0 && caps(i - 1)) || caps(i + 1))
}

/// "Rep. KIM PLACEHOLDER", "spokesman, TEO MARCHWICK, said": a newsletter writes names in
/// capitals inside sentences in lower case. Such words are names, not a banner: a run of one
/// to three words in capitals after a title, or of two or three inside a sentence mostly in
/// lower case, that no colon or dash follows (a kicker's "DRIVING THE DAY:").
pub(super) fn unmark_names_in_capitals(toks: &mut [Tok], sentence: std::ops::Range<usize>) {
    let caps = |t: &Tok| t.is_word() && t.upper;
    let words = toks[sentence.clone()]
        .iter()
        .filter(|t| t.is_word())
        .count();
    let upper = toks[sentence.clone()].iter().filter(|t| caps(t)).count();
    let lower_case_sentence = upper * 5 < words * 2;
    let mut i = sentence.start;
    while i < sentence.end {
        if !caps(&toks[i]) {
            i += 1;
            continue;
        }
        let from = i;
        while i < sentence.end && caps(&toks[i]) {
            i += 1;
        }
        let mut before = from;
        if before > sentence.start && toks[before - 1].is_punct('.') {
            before -= 1;
        }
        let titled = before > sentence.start && {
            let t = &toks[before - 1];
            t.is_word()
                && !t.upper
                && (is_title_word(&t.lower)
                    || is_speaker_noun(&t.lower)
                    || honorific_gender(&t.lower).is_some())
        };
        let heading = toks
            .get(i)
            .is_some_and(|t| t.is_punct(':') || t.is_punct('\u{2014}') || t.is_punct('\u{2013}'));
        let run = i - from;
        let inside = from > sentence.start;
        // (A meeting's summary opens a sentence with the speaker's name in capitals and
        // the country or the role after it: "OLEKSANDRA VERES (Placeholdia) said …".)
        let opening = !inside
            && toks
                .get(i)
                .is_some_and(|t| t.is_punct('(') || t.is_punct(','));
        if !heading
            && ((titled && run <= 3)
                || (lower_case_sentence && (inside || opening) && (2..=3).contains(&run)))
        {
            for t in &mut toks[from..i] {
                t.upper = false;
            }
        }
        // A transcript's "NATALIA KORZUN, TEMPLATYN CENTER FOR DEFENSE STRATEGIES:": a
        // name that opens the sentence, then its role after a comma and before a colon.
        let role_label = from == sentence.start
            && (2..=3).contains(&run)
            && toks.get(i).is_some_and(|t| t.is_punct(','))
            && toks
                .get(i + 1..sentence.end.min(i + 12))
                .unwrap_or_default()
                .iter()
                .take_while(|t| !t.is_punct(':'))
                .all(|t| caps(t) || t.is_punct('(') || t.is_punct(')'))
            && toks
                .get(i + 1..sentence.end.min(i + 13))
                .unwrap_or_default()
                .iter()
                .any(|t| t.is_punct(':'));
        // A reactions roundup's line before the words: "PLACEHOLDIA'S PRESIDENT ANDRIY
        // STUBENKO, in a video address:", "FICTONIAN CHANCELLOR ILSE MOCKMANN:". A run in
        // capitals that opens the line, holds an office, and that a comma or the line's
        // closing colon follows.
        let roundup_label = from == sentence.start
            && (3..=9).contains(&run)
            && toks[sentence.clone()]
                .last()
                .is_some_and(|t| t.is_punct(':'))
            && toks
                .get(i)
                .is_some_and(|t| t.is_punct(',') || t.is_punct(':'))
            && toks[from..i]
                .iter()
                .any(|t| is_title_word(&t.lower) || is_speaker_noun(&t.lower));
        if role_label || roundup_label {
            for t in &mut toks[from..i] {
                t.upper = false;
            }
        }
        // A transcript's "MINISTER MOCKENKO:": a title, then the name.
        if heading
            && (2..=3).contains(&run)
            && (is_title_word(&toks[from].lower) || is_speaker_noun(&toks[from].lower))
        {
            for t in &mut toks[from + 1..i] {
                t.upper = false;
            }
        }
    }
}

pub(super) fn is_name_word(t: &Tok) -> bool {
    // A word in capitals longer than an acronym belongs to a banner or a dateline.
    let banner = t.upper && t.lower.len() > 5;
    t.kind == TokKind::Word
        && t.cap
        && !banner
        && !is_non_name(&t.lower)
        && !is_title_word(&t.lower)
        && !is_speaker_noun(&t.lower)
        && t.lower.chars().any(|c| !c.is_ascii_digit())
}
