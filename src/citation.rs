//! The citation a journalist pastes: speaker, date, words, source and permalink.

use crate::cards::StatementCard;

/// A plain-text citation of a statement, with its permalink.
pub fn citation(card: &StatementCard, permalink: &str) -> String {
    let mut text = card.speaker.name.clone();
    if let Some(role) = &card.speaker.role {
        text.push_str(&format!(" ({role})"));
    }
    if let Some(principal) = &card.speaks_for {
        text.push_str(&format!(", speaking for {}", principal.name));
    }
    text.push_str(&format!(", {}", card.date.display()));
    if card.is_direct() {
        text.push_str(&format!(
            ": \u{201c}{}.\u{201d}",
            card.text.trim_end_matches('.')
        ));
    } else {
        text.push_str(&format!(
            ", as reported: {}.",
            card.text.trim_end_matches('.')
        ));
    }
    if let Some(source) = &card.source {
        text.push_str(" Source: ");
        if let Some(outlet) = &source.outlet {
            text.push_str(&format!("{outlet}, "));
        }
        text.push_str(&format!("\u{201c}{}\u{201d}", source.title));
        if let Some(day) = source.published_on {
            text.push_str(&format!(", {}", day.long()));
        }
        if let Some(translator) = &source.translator {
            text.push_str(&format!(", translated by {translator}"));
        }
        if let Some(url) = &source.url {
            text.push_str(&format!(", {url}"));
        }
        text.push('.');
    }
    if card.is_retracted() {
        text.push_str(" Retracted by Guarantee Watch.");
    }
    text.push_str(&format!(" Guarantee Watch, {permalink}"));
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cards::{ActorLink, Source, Speaker};
    use crate::values::{
        ActorKind, DatePrecision, Day, EditorialState, FuzzyDate, Sourcing, StatementKind,
    };

    fn card(kind: StatementKind) -> StatementCard {
        StatementCard {
            id: 1,
            text: "We can certainly help with coordination".to_owned(),
            kind,
            sourcing: Sourcing::Spokesperson,
            date: FuzzyDate::from_stored(Some("2025-08-19"), DatePrecision::Day),
            context: None,
            stance: None,
            state: EditorialState::Published,
            retraction_reason: None,
            retracted_on: None,
            speaker: Speaker {
                slug: "leavitt".to_owned(),
                kind: ActorKind::Person,
                name: "Karoline Leavitt".to_owned(),
                role: Some("White House press secretary".to_owned()),
                country: None,
            },
            speaks_for: Some(ActorLink {
                slug: "trump".to_owned(),
                name: "Donald Trump".to_owned(),
            }),
            source: Some(Source {
                article_id: 1,
                title: "NATO military leaders discuss".to_owned(),
                url: None,
                outlet: None,
                published_on: None,
                translator: Some("Iurie Tataru".to_owned()),
            }),
            countries: Vec::new(),
            sort_day: "2025-08-19".to_owned(),
            text_parts: Vec::new(),
        }
    }

    #[test]
    fn a_direct_quote_is_cited_in_quotation_marks_with_its_source() {
        let text = citation(
            &card(StatementKind::Direct),
            "http://example.test/statements/1",
        );
        assert_eq!(
            text,
            "Karoline Leavitt (White House press secretary), speaking for Donald Trump, \
             19 August 2025: \u{201c}We can certainly help with coordination.\u{201d} \
             Source: \u{201c}NATO military leaders discuss\u{201d}, translated by Iurie Tataru. \
             Guarantee Watch, http://example.test/statements/1"
        );
    }

    #[test]
    fn reported_speech_is_never_cited_as_a_quote() {
        let mut reported = card(StatementKind::Reported);
        reported.source.as_mut().unwrap().published_on = Day::parse("2025-08-20").ok();
        let text = citation(&reported, "http://example.test/statements/1");
        assert!(text.contains(", as reported: We can certainly help with coordination."));
        assert!(!text.contains('\u{201c}') || !text.contains("\u{201c}We can"));
        assert!(text.contains(", 20 August 2025, translated by Iurie Tataru."));
    }
}
