//! Dates in news text, resolved against the publication date: when words were said ("on
//! Wednesday", "yesterday", "on 19 August") and deadlines ("within ten days", "by the end of
//! the year", "by 1 March").

use time::{Date, Month, Weekday};

use super::text::{Doc, Tok};
use crate::values::Day;

/// The weekday a lower-case name ("monday") names.
pub(super) fn weekday(lower: &str) -> Option<Weekday> {
    Some(match lower {
        "monday" => Weekday::Monday,
        "tuesday" => Weekday::Tuesday,
        "wednesday" => Weekday::Wednesday,
        "thursday" => Weekday::Thursday,
        "friday" => Weekday::Friday,
        "saturday" => Weekday::Saturday,
        "sunday" => Weekday::Sunday,
        _ => return None,
    })
}

fn month(lower: &str) -> Option<Month> {
    Some(match lower {
        "january" | "jan" => Month::January,
        "february" | "feb" => Month::February,
        "march" | "mar" => Month::March,
        "april" | "apr" => Month::April,
        "may" => Month::May,
        "june" | "jun" => Month::June,
        "july" | "jul" => Month::July,
        "august" | "aug" => Month::August,
        "september" | "sept" | "sep" => Month::September,
        "october" | "oct" => Month::October,
        "november" | "nov" => Month::November,
        "december" | "dec" => Month::December,
        _ => return None,
    })
}

/// "ten", "10", "a": a small count.
pub(super) fn number(lower: &str) -> Option<i64> {
    if let Ok(n) = lower.parse::<i64>() {
        return (0..=10_000).contains(&n).then_some(n);
    }
    Some(match lower {
        "a" | "an" | "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "fourteen" => 14,
        "fifteen" => 15,
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "forty-five" => 45,
        "sixty" => 60,
        "ninety" => 90,
        "hundred" => 100,
        _ => return None,
    })
}

/// The most recent `day` on or before `on`.
pub(super) fn last_weekday(on: Day, day: Weekday, strictly_before: bool) -> Day {
    let mut back = (i64::from(on.0.weekday().number_days_from_monday())
        - i64::from(day.number_days_from_monday()))
    .rem_euclid(7);
    if back == 0 && strictly_before {
        back = 7;
    }
    on.plus_days(-back)
}

fn day_number(lower: &str) -> Option<u8> {
    let digits = lower.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let n: u8 = digits.parse().ok()?;
    (1..=31).contains(&n).then_some(n)
}

/// A calendar date at token `i` ("19 August 2025", "August 19, 2025", "Aug. 19"): the date and
/// the tokens it spans.
fn calendar(toks: &[Tok], i: usize, published: Option<Day>) -> Option<(Day, usize)> {
    let t = |k: usize| toks.get(k).map(|t| t.lower.as_str()).unwrap_or("");
    let skip_dot = |k: usize| {
        if toks.get(k).is_some_and(|t| t.is_punct('.')) {
            k + 1
        } else {
            k
        }
    };
    let (day, mon, mut next) = if let (Some(d), Some(m)) = (day_number(t(i)), month(t(i + 1))) {
        (d, m, i + 2)
    } else if let Some(m) = month(t(i)) {
        let k = skip_dot(i + 1);
        let d = day_number(t(k))?;
        (d, m, k + 1)
    } else {
        return None;
    };
    if toks.get(next).is_some_and(|t| t.is_punct(',')) && t(next + 1).len() == 4 {
        next += 1;
    }
    let year = match t(next).parse::<i32>() {
        Ok(y) if (1900..=2100).contains(&y) => {
            next += 1;
            y
        }
        _ => {
            let published = published?;
            let y = published.0.year();
            // A day later than publication is last year's.
            match Date::from_calendar_date(y, mon, day) {
                Ok(d) if d > published.0 + time::Duration::days(1) => y - 1,
                _ => y,
            }
        }
    };
    let date = Date::from_calendar_date(year, mon, day).ok()?;
    Some((Day(date), next - i))
}

/// When the words of sentence `s` were said, from the reporter's words in it.
pub(super) fn said_on(doc: &Doc<'_>, s: usize, published: Option<Day>) -> Option<Day> {
    let range = doc.sentences[s].toks.clone();
    let toks = &doc.toks[range];
    // "Published 27 May 2026.", "Last updated on …" dates the page, not what anyone said.
    let page_date = match toks {
        [first, ..]
            if first.cap && matches!(first.lower.as_str(), "published" | "updated" | "posted") =>
        {
            true
        }
        [first, second, ..] if first.cap && matches!(first.lower.as_str(), "first" | "last") => {
            second.is("published") || second.is("updated")
        }
        _ => false,
    };
    if page_date {
        return None;
    }
    for (i, t) in toks.iter().enumerate() {
        if t.quoted || !t.is_word() {
            continue;
        }
        let first = t.lower.as_bytes()[0];
        if !(t.cap
            || first.is_ascii_digit()
            || matches!(
                t.lower.as_str(),
                "yesterday" | "today" | "tonight" | "night" | "morning" | "afternoon" | "evening"
            ))
        {
            continue;
        }
        let prev = i
            .checked_sub(1)
            .map(|k| toks[k].lower.as_str())
            .unwrap_or("");
        if matches!(
            prev,
            "by" | "until" | "next" | "since" | "before" | "from" | "till" | "coming" | "every"
        ) {
            continue;
        }
        // ("Templatyn Today" is an outlet.)
        let in_name = t.cap && i > 0 && toks[i - 1].cap && toks[i - 1].is_word();
        if let Some(p) = published {
            match t.lower.as_str() {
                "yesterday" | "today" | "tonight" if in_name => {}
                "yesterday" => return Some(p.plus_days(-1)),
                "today" | "tonight" => return Some(p),
                "night" if prev == "last" => return Some(p.plus_days(-1)),
                "morning" | "afternoon" | "evening" if prev == "this" => return Some(p),
                _ => {}
            }
            if let Some(w) = weekday(&t.lower) {
                return Some(last_weekday(p, w, prev == "last"));
            }
        }
        if let Some((day, _)) = calendar(toks, i, published) {
            return Some(day);
        }
    }
    None
}

/// A deadline is in the future: a day already past (and not by a year given) is next year's.
fn next_after(day: Day, published: Day) -> Day {
    if day.0 >= published.0 {
        return day;
    }
    let year = day.0.year() + 1;
    let dom = day
        .0
        .day()
        .min(time::util::days_in_month(day.0.month(), year));
    Date::from_calendar_date(year, day.0.month(), dom).map_or(day, Day)
}

fn last_of_month(year: i32, month: Month) -> Day {
    Day(
        Date::from_calendar_date(year, month, time::util::days_in_month(month, year))
            .unwrap_or(Date::MIN),
    )
}

/// A deadline in tokens `toks`: "within ten days", "in the next two weeks", "by the end of the
/// year", "by 1 March", "by March", "before the end of the month".
pub(super) fn due_on(toks: &[Tok], published: Option<Day>) -> Option<Day> {
    let t = |k: usize| toks.get(k).map(|t| t.lower.as_str()).unwrap_or("");
    for i in 0..toks.len() {
        let w = t(i);
        if matches!(w, "within" | "in") {
            let mut k = i + 1;
            if matches!(t(k), "the") && matches!(t(k + 1), "next" | "coming") {
                k += 2;
            }
            if let (Some(n), Some(p)) = (number(t(k)), published) {
                let unit = t(k + 1);
                let days = match unit {
                    "day" | "days" => Some(n),
                    "week" | "weeks" => Some(n * 7),
                    "month" | "months" => {
                        let total = i64::from(u8::from(p.0.month())) - 1 + n;
                        let year = p.0.year() + (total / 12) as i32;
                        let month = Month::try_from((total % 12 + 1) as u8).ok()?;
                        let day = p.0.day().min(time::util::days_in_month(month, year));
                        return Date::from_calendar_date(year, month, day).ok().map(Day);
                    }
                    "year" | "years" => Some(n * 365),
                    _ => None,
                };
                if let Some(days) = days {
                    return Some(p.plus_days(days));
                }
            }
        }
        if matches!(w, "by" | "before") {
            if t(i + 1) == "the" && t(i + 2) == "end" && t(i + 3) == "of" {
                let p = published?;
                let k = if matches!(t(i + 4), "the" | "this") {
                    i + 5
                } else {
                    i + 4
                };
                return match t(k) {
                    "year" => Some(last_of_month(p.0.year(), Month::December)),
                    "month" => Some(last_of_month(p.0.year(), p.0.month())),
                    "week" => Some(last_weekday(p.plus_days(6), Weekday::Sunday, false)),
                    other => month(other).map(|m| {
                        let year = if m < p.0.month() {
                            p.0.year() + 1
                        } else {
                            p.0.year()
                        };
                        last_of_month(year, m)
                    }),
                };
            }
            if let Some((day, _)) = calendar(toks, i + 1, None) {
                return Some(day);
            }
            if let Some(p) = published {
                if let Some(m) = month(t(i + 1))
                    && t(i + 1) != "may"
                {
                    // "by 1 March" read above; "by March" is the month's end.
                    let (day, _) = calendar(toks, i + 1, Some(p)).unwrap_or_else(|| {
                        let year = if m < p.0.month() {
                            p.0.year() + 1
                        } else {
                            p.0.year()
                        };
                        (last_of_month(year, m), 1)
                    });
                    return Some(next_after(day, p));
                }
                if day_number(t(i + 1)).is_some()
                    && let Some((day, _)) = calendar(toks, i + 1, Some(p))
                {
                    return Some(next_after(day, p));
                }
                if t(i + 1) == "next"
                    && let Some(w) = weekday(t(i + 2))
                {
                    return Some(last_weekday(p.plus_days(7), w, false));
                }
                if t(i + 1) == "next" && t(i + 2) == "week" {
                    return Some(last_weekday(p.plus_days(7), Weekday::Sunday, false));
                }
            }
        }
    }
    None
}
