//! The vocabularies of the record (kinds, sourcings, stances, statuses…) and the small values
//! with rules (slugs, country codes, dates). Everything past the edge of the program works with
//! these parsed values; the database enforces the same rules with `CHECK` constraints.

use std::fmt;

use sqlx::error::BoxDynError;
use sqlx::sqlite::{Sqlite, SqliteTypeInfo, SqliteValueRef};
use sqlx::{Decode, Type};
use time::{Date, Month};

/// Declares a closed vocabulary stored as lower-case text: its variants, their stored names,
/// their human labels, parsing, and decoding from SQLite.
macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $text:literal, $label:literal;)+ }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($variant),+ }

        impl $name {
            /// Every value, in display order.
            pub const ALL: &'static [Self] = &[$(Self::$variant),+];

            /// The stored and URL form.
            pub fn as_str(self) -> &'static str {
                match self { $(Self::$variant => $text),+ }
            }

            /// The label shown to readers.
            pub fn label(self) -> &'static str {
                match self { $(Self::$variant => $label),+ }
            }

            /// Parses the stored and URL form; anything else is `None`.
            pub fn parse(text: &str) -> Option<Self> {
                match text { $($text => Some(Self::$variant),)+ _ => None }
            }

            /// (value, label) pairs for a select or a group of checkboxes.
            pub fn options() -> Vec<(String, String)> {
                Self::ALL
                    .iter()
                    .map(|v| (v.as_str().to_owned(), v.label().to_owned()))
                    .collect()
            }

            /// The accepted values, for error messages.
            pub fn expected() -> String {
                Self::ALL.iter().map(|v| v.as_str()).collect::<Vec<_>>().join(", ")
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
                Self::parse(&text).ok_or_else(|| {
                    serde::de::Error::custom(format!("unknown {} {text:?}", stringify!($name)))
                })
            }
        }

        impl Type<Sqlite> for $name {
            fn type_info() -> SqliteTypeInfo {
                <str as Type<Sqlite>>::type_info()
            }
            fn compatible(ty: &SqliteTypeInfo) -> bool {
                <str as Type<Sqlite>>::compatible(ty)
            }
        }

        impl<'r> Decode<'r, Sqlite> for $name {
            fn decode(value: SqliteValueRef<'r>) -> Result<Self, BoxDynError> {
                let text = <&str as Decode<Sqlite>>::decode(value)?;
                Self::parse(text)
                    .ok_or_else(|| format!("unknown {} {text:?}", stringify!($name)).into())
            }
        }
    };
}

vocabulary! {
    /// Whether a statement gives the actor's own words or a paraphrase.
    StatementKind {
        Direct => "direct", "Direct quote";
        Reported => "reported", "Reported speech";
    }
}

vocabulary! {
    /// How the source knows what was said.
    Sourcing {
        OnRecord => "on_record", "On the record";
        Spokesperson => "spokesperson", "Via a spokesperson";
        SecondHand => "second_hand", "Second-hand";
        Anonymous => "anonymous", "Anonymous officials";
        MediaReport => "media_report", "Media report";
    }
}

vocabulary! {
    /// How precisely a date is known.
    DatePrecision {
        Day => "day", "Day";
        Month => "month", "Month";
        Unknown => "unknown", "Unknown";
    }
}

vocabulary! {
    /// A statement's stance on the security guarantees.
    Stance {
        Supports => "supports", "Supports";
        Opposes => "opposes", "Opposes";
        Conditional => "conditional", "Conditional";
        Neutral => "neutral", "Neutral";
    }
}

vocabulary! {
    /// Whether a statement stands or has been retracted.
    EditorialState {
        Published => "published", "Published";
        Retracted => "retracted", "Retracted";
    }
}

vocabulary! {
    /// Whether an actor is a person or an institution.
    ActorKind {
        Person => "person", "Person";
        Institution => "institution", "Institution";
    }
}

vocabulary! {
    /// A typed, directed link from one statement to another.
    RelationKind {
        RespondsTo => "responds_to", "responds to";
        Contradicts => "contradicts", "contradicts";
        Denies => "denies", "denies";
        Confirms => "confirms", "confirms";
        WalksBack => "walks_back", "walks back";
        Repeats => "repeats", "repeats";
        Clarifies => "clarifies", "clarifies";
    }
}

vocabulary! {
    /// What a commitment would provide.
    CommitmentType {
        Troops => "troops", "Troops";
        Training => "training", "Training";
        Intelligence => "intelligence", "Intelligence";
        AirDefense => "air_defense", "Air defence";
        Weapons => "weapons", "Weapons";
        BorderSurveillance => "border_surveillance", "Border surveillance";
        SecurityGuarantee => "security_guarantee", "Security guarantee";
        Financial => "financial", "Financial";
        Other => "other", "Other";
    }
}

vocabulary! {
    /// Where a commitment stands; it follows outcomes, not intentions.
    CommitmentStatus {
        Floated => "floated", "Floated";
        Proposed => "proposed", "Proposed";
        Pledged => "pledged", "Pledged";
        Rejected => "rejected", "Rejected";
        InForce => "in_force", "In force";
        Fulfilled => "fulfilled", "Fulfilled";
        Withdrawn => "withdrawn", "Withdrawn";
    }
}

vocabulary! {
    /// A statement's stance on one commitment.
    PositionStance {
        Proposes => "proposes", "Proposes";
        Supports => "supports", "Supports";
        Conditional => "conditional", "Conditional";
        Opposes => "opposes", "Opposes";
        Rejects => "rejects", "Rejects";
    }
}

/// A calendar day, written `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(pub Date);

impl Day {
    /// Parses `YYYY-MM-DD`, refusing days that do not exist (`2025-02-30`).
    pub fn parse(text: &str) -> Result<Self, String> {
        let bytes = text.as_bytes();
        let shape_ok = bytes.len() == 10
            && bytes[4] == b'-'
            && bytes[7] == b'-'
            && bytes
                .iter()
                .enumerate()
                .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
        if !shape_ok {
            return Err(format!("{text:?} is not a date: write it as YYYY-MM-DD"));
        }
        let number = |range: std::ops::Range<usize>| text[range].parse::<u16>().unwrap_or(0);
        let month = Month::try_from(number(5..7) as u8)
            .map_err(|_| format!("{text:?} is not a date: there is no month {}", &text[5..7]))?;
        let date = Date::from_calendar_date(i32::from(number(0..4)), month, number(8..10) as u8)
            .map_err(|_| format!("{text:?} is not a date: that day does not exist"))?;
        Ok(Self(date))
    }

    /// Today in UTC.
    pub fn today() -> Self {
        Self(time::OffsetDateTime::now_utc().date())
    }

    /// The day `days` later.
    pub fn plus_days(self, days: i64) -> Self {
        Self(self.0.saturating_add(time::Duration::days(days)))
    }

    /// "19 August 2025".
    pub fn long(self) -> String {
        format!("{} {} {}", self.0.day(), self.0.month(), self.0.year())
    }

    /// "August 2025".
    pub fn month_long(self) -> String {
        format!("{} {}", self.0.month(), self.0.year())
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:04}-{:02}-{:02}",
            self.0.year(),
            u8::from(self.0.month()),
            self.0.day()
        )
    }
}

/// A date as precisely as it is known: a day, a month (stored as its first day), or nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FuzzyDate {
    pub day: Option<Day>,
    pub precision: DatePrecision,
}

impl FuzzyDate {
    /// Builds one from the stored columns; a stored date that does not parse counts as unknown.
    pub fn from_stored(day: Option<&str>, precision: DatePrecision) -> Self {
        match day.and_then(|d| Day::parse(d).ok()) {
            Some(day) if precision != DatePrecision::Unknown => Self {
                day: Some(day),
                precision,
            },
            _ => Self {
                day: None,
                precision: DatePrecision::Unknown,
            },
        }
    }

    /// How readers see it: "19 August 2025", "August 2025" or "Date not known".
    pub fn display(&self) -> String {
        match (self.day, self.precision) {
            (Some(day), DatePrecision::Day) => day.long(),
            (Some(day), DatePrecision::Month) => day.month_long(),
            _ => "Date not known".to_owned(),
        }
    }

    /// The machine-readable form for `<time datetime>`: `2025-08-19`, `2025-08`, or empty.
    pub fn machine(&self) -> String {
        match (self.day, self.precision) {
            (Some(day), DatePrecision::Day) => day.to_string(),
            (Some(day), DatePrecision::Month) => day.to_string()[..7].to_owned(),
            _ => String::new(),
        }
    }

    /// Whether a date is known at all.
    pub fn is_known(&self) -> bool {
        self.day.is_some()
    }
}

/// An ISO 3166-1 alpha-2 code, stored upper-case (`FR`) and written lower-case in URLs.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CountryCode(String);

impl CountryCode {
    /// Accepts two ASCII letters in either case.
    pub fn parse(text: &str) -> Result<Self, String> {
        if text.len() == 2 && text.bytes().all(|b| b.is_ascii_alphabetic()) {
            Ok(Self(text.to_ascii_uppercase()))
        } else {
            Err(format!(
                "{text:?} is not a country code: use two letters, such as \"fr\""
            ))
        }
    }

    /// The stored, upper-case form.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The lower-case form used in URLs.
    pub fn url_form(&self) -> String {
        self.0.to_ascii_lowercase()
    }
}

/// A URL-safe identifier: lower-case letters, digits and single hyphens (`lavrov`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Slug(String);

impl Slug {
    /// The longest slug accepted.
    pub const MAX_LEN: usize = 80;

    /// Accepts `a-z`, `0-9` and inner hyphens, up to [`Slug::MAX_LEN`] characters.
    pub fn parse(text: &str) -> Result<Self, String> {
        let valid = !text.is_empty()
            && text.len() <= Self::MAX_LEN
            && text
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !text.starts_with('-')
            && !text.ends_with('-')
            && !text.contains("--");
        if valid {
            Ok(Self(text.to_owned()))
        } else {
            Err(format!(
                "{text:?} is not a valid identifier: use lower-case letters, digits and hyphens"
            ))
        }
    }

    /// The slug as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vocabularies_round_trip_through_their_text() {
        for kind in CommitmentType::ALL {
            assert_eq!(CommitmentType::parse(kind.as_str()), Some(*kind));
        }
        assert_eq!(Sourcing::parse("media_report"), Some(Sourcing::MediaReport));
        assert_eq!(Stance::parse("Supports"), None);
        assert!(StatementKind::expected().contains("direct, reported"));
    }

    #[test]
    fn days_must_exist() {
        assert_eq!(Day::parse("2025-08-19").unwrap().to_string(), "2025-08-19");
        assert_eq!(Day::parse("2024-02-29").unwrap().long(), "29 February 2024");
        assert!(
            Day::parse("2025-02-29")
                .unwrap_err()
                .contains("does not exist")
        );
        assert!(
            Day::parse("2025-13-01")
                .unwrap_err()
                .contains("no month 13")
        );
        for bad in [
            "",
            "2025-8-19",
            "19/08/2025",
            "2025-08-19x",
            "２０２５-08-19",
            "+025-08-19",
        ] {
            assert!(Day::parse(bad).is_err(), "{bad:?} parsed");
        }
    }

    #[test]
    fn fuzzy_dates_say_only_what_is_known() {
        let month = FuzzyDate::from_stored(Some("2025-08-01"), DatePrecision::Month);
        assert_eq!(month.display(), "August 2025");
        assert_eq!(month.machine(), "2025-08");
        let unknown = FuzzyDate::from_stored(None, DatePrecision::Day);
        assert_eq!(unknown.display(), "Date not known");
        assert_eq!(unknown.machine(), "");
    }

    #[test]
    fn days_add() {
        let day = Day::parse("2025-08-18").unwrap();
        assert_eq!(day.plus_days(10).to_string(), "2025-08-28");
    }

    #[test]
    fn country_codes_are_two_letters() {
        assert_eq!(CountryCode::parse("fr").unwrap().as_str(), "FR");
        assert_eq!(CountryCode::parse("GB").unwrap().url_form(), "gb");
        for bad in ["", "f", "fra", "f1", "ф"] {
            assert!(CountryCode::parse(bad).is_err(), "{bad:?} parsed");
        }
    }

    #[test]
    fn slugs_are_url_safe() {
        assert!(Slug::parse("lavrov").is_ok());
        assert!(Slug::parse("white-house").is_ok());
        for bad in [
            "",
            "Lavrov",
            "-a",
            "a-",
            "a--b",
            "a b",
            "лавров",
            &"a".repeat(81),
        ] {
            assert!(Slug::parse(bad).is_err(), "{bad:?} parsed");
        }
    }
}
