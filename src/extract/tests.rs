//! One test per pattern. Every person, place and quotation here is invented; real actors
//! appear only as names to match, never with words.

use super::*;

fn actor(slug: &str, name: &str, aliases: &[&str], role: &str) -> KnownActor {
    KnownActor {
        slug: slug.into(),
        name: name.into(),
        aliases: aliases.iter().map(|a| (*a).to_owned()).collect(),
        role: Some(role.into()),
        ..KnownActor::default()
    }
}

fn actors() -> Vec<KnownActor> {
    vec![
        actor(
            "ada-synthetic",
            "Ada Synthetic",
            &["Synthetic", "Ms Synthetic"],
            "Defence Minister of Exampleland",
        ),
        actor(
            "boris-example",
            "Boris Example",
            &["Example", "Mr Example"],
            "President of Norlandia",
        ),
        actor(
            "taras-mockovskyy",
            "Taras Mockovskyy",
            &["Mockovskyy"],
            "Foreign Minister of Placeholdia",
        ),
        actor(
            "sergey-fakenko",
            "Sergey Fakenko",
            &["Fakenko"],
            "Foreign Minister of Norlandia",
        ),
        actor(
            "lena-dummy",
            "Lena Dummy",
            &["Dummy"],
            "Spokeswoman of the Placeholdia Foreign Ministry",
        ),
        KnownActor {
            institution: true,
            ..actor(
                "testburg-palace",
                "Testburg Palace",
                &["the Testburg Palace", "Testburg"],
                "Office of the President of Norlandia",
            )
        },
        // Real actors, as names to match only.
        KnownActor {
            country: Some("UA".into()),
            ..actor(
                "zelensky",
                "Volodymyr Zelensky",
                &["Zelensky", "Mr Zelensky"],
                "President of Ukraine",
            )
        },
        KnownActor {
            country: Some("RU".into()),
            ..actor(
                "lavrov",
                "Sergey Lavrov",
                &["Lavrov", "Russia's foreign minister"],
                "Foreign Minister of Russia",
            )
        },
        KnownActor {
            institution: true,
            country: Some("RU".into()),
            ..actor(
                "kremlin",
                "The Kremlin",
                &["Kremlin", "Moscow"],
                "Office of the President of Russia",
            )
        },
    ]
}

fn day(text: &str) -> Option<Day> {
    Day::parse(text).ok()
}

/// The test actors and some more.
fn actors_with(more: impl IntoIterator<Item = KnownActor>) -> Vec<KnownActor> {
    let mut all = actors();
    all.extend(more);
    all
}

fn institution(slug: &str, name: &str, aliases: &[&str], role: &str) -> KnownActor {
    KnownActor {
        institution: true,
        ..actor(slug, name, aliases, role)
    }
}

fn run(text: &str) -> Extraction {
    extract(text, &actors(), day("2031-05-07"))
}

fn direct(text: &str) -> Vec<QuoteProposal> {
    direct_with(text, &actors())
}

/// The direct quotations found in `text` with these known actors.
fn direct_with(text: &str, known: &[KnownActor]) -> Vec<QuoteProposal> {
    extract(text, known, day("2031-05-07"))
        .quotes
        .into_iter()
        .filter(|q| q.kind == "direct")
        .collect()
}

fn reported(text: &str) -> Vec<QuoteProposal> {
    run(text)
        .quotes
        .into_iter()
        .filter(|q| q.kind == "reported")
        .collect()
}

/// The speaker of the quotation whose text is `words`: the slug, or the name with no slug.
fn speaker_of(found: &[QuoteProposal], words: &str) -> String {
    let q = found
        .iter()
        .find(|q| q.text.trim_end_matches(['!', '?', '.']) == words)
        .unwrap_or_else(|| panic!("{words:?} is proposed: {found:#?}"));
    q.speaker
        .slug
        .clone()
        .unwrap_or_else(|| format!("name:{}", q.speaker.name))
}

fn texts(found: &[QuoteProposal]) -> Vec<&str> {
    found.iter().map(|q| q.text.as_str()).collect()
}

#[test]
fn offsets_are_characters_even_after_non_ascii_text() {
    let text =
        "Ünïcode — «Nous résisterons,» said Ada Synthetic. \u{201c}We stay,\u{201d} she added.";
    let found = direct(text);
    assert_eq!(texts(&found), ["Nous résisterons", "We stay"]);
    for q in &found {
        let at: String = text.chars().skip(q.start).take(q.end - q.start).collect();
        assert_eq!(at, q.text);
    }
}

#[test]
fn attribution_after_the_quotation() {
    for text in [
        "\"The border stays open,\" said Ada Synthetic.",
        "\"The border stays open,\" Ada Synthetic said on Tuesday.",
        "\"The border stays open,\" Synthetic told reporters.",
        "\"The border stays open,\" Ada Synthetic, the defence minister, said.",
        "\"The border stays open!\" Synthetic said.",
        "\"The border stays open?\" asked Ada Synthetic.",
        "\"The border stays open.\" \u{2013} Ada Synthetic",
        "\"The border stays open,\" Synthetic was quoted as saying by SynthPress.",
        "\"The border stays open,\" said a defiant Ada Synthetic.",
        "\"The border stays open,\" lead negotiator Ada Synthetic told about 200 officials.",
    ] {
        assert_eq!(
            speaker_of(&direct(text), "The border stays open"),
            "ada-synthetic",
            "{text}"
        );
    }
    // A lower-case description before an unknown name; not the name of someone else's aide.
    let found = direct(
        "\"Governments never sign long-term contracts,\" lead author Beatrix Kolding told \
         about 200 officials at the launch.",
    );
    assert_eq!(
        speaker_of(&found, "Governments never sign long-term contracts"),
        "name:Beatrix Kolding"
    );
    // Words after the quotation that go on with the reporter's sentence are no attribution.
    let found = direct(
        "Finance Minister Regula Hartwigsen made the claim on Sunday.\n\n\
         \"Fictonia is the largest donor,\" said Lotte Fiersen, who leads the tracker.\n\n\
         On Tuesday, Hartwigsen told reporters that she \"stood by the substance\" of what \
         she had said.",
    );
    assert_eq!(
        speaker_of(&found, "stood by the substance"),
        "name:Regula Hartwigsen"
    );
    let found = direct("\"The border stays open,\" an aide to Ada Synthetic told reporters.");
    assert_ne!(speaker_of(&found, "The border stays open"), "ada-synthetic");
}

#[test]
fn attribution_before_the_quotation() {
    for text in [
        "Ada Synthetic said: \"The border stays open.\"",
        "Synthetic told reporters \"The border stays open.\"",
        "Synthetic said in a statement posted on Telegram: \"The border stays open.\"",
        "In an interview, Ada Synthetic said: \"The border stays open.\"",
        "According to Synthetic, \"The border stays open.\"",
        "Synthetic: \"The border stays open\"",
        "As Synthetic put it: \"The border stays open.\"",
    ] {
        assert_eq!(
            speaker_of(&direct(text), "The border stays open"),
            "ada-synthetic",
            "{text}"
        );
    }
}

#[test]
fn an_interrupted_quotation_has_one_speaker() {
    let found = direct("\"If the alliance wants peace,\" Boris Example said, \"it has to pay.\"");
    assert_eq!(
        speaker_of(&found, "If the alliance wants peace"),
        "boris-example"
    );
    assert_eq!(speaker_of(&found, "it has to pay"), "boris-example");
}

#[test]
fn a_quotation_goes_on_across_paragraphs_and_sentences() {
    let text = "\"We are asking for observers, nothing more,\" said Sergei Fakenko. \"Observers carry notebooks.\n\n\"They do not carry rifles.\"\n\nA second paragraph about something else follows here.";
    let found = direct(text);
    assert_eq!(
        texts(&found),
        [
            "We are asking for observers, nothing more",
            "Observers carry notebooks",
            "They do not carry rifles"
        ]
    );
    assert!(
        found
            .iter()
            .all(|q| q.speaker.slug.as_deref() == Some("sergey-fakenko"))
    );
}

#[test]
fn an_unattributed_quotation_after_a_speaker_is_theirs() {
    let text = "Ada Synthetic spoke after the vote.\n\n\"Nobody here is counting on a quick deal, and nobody should.\"";
    assert_eq!(
        speaker_of(
            &direct(text),
            "Nobody here is counting on a quick deal, and nobody should"
        ),
        "ada-synthetic"
    );
}

#[test]
fn elisions_and_insertions_stay_in_the_quotation() {
    let found = direct(
        "\"Guarantees \u{2026} are only as good as [the partners] who stand behind them,\" Synthetic said.",
    );
    assert_eq!(
        texts(&found),
        ["Guarantees \u{2026} are only as good as [the partners] who stand behind them"]
    );
}

#[test]
fn partial_quotations_woven_into_a_sentence() {
    let found = direct("Fakenko called the plan \"a paper umbrella\".");
    assert_eq!(speaker_of(&found, "a paper umbrella"), "sergey-fakenko");
    let found = direct("Boris Example praised what he called \"a model contribution\" on Monday.");
    assert_eq!(speaker_of(&found, "a model contribution"), "boris-example");
    let found = direct("Synthetic said the country would \"listen before we build\".");
    assert_eq!(
        speaker_of(&found, "listen before we build"),
        "ada-synthetic"
    );
    let found = direct(
        "Exampleland's parliament voted, a move Testburg welcomed as \"a signal of seriousness\".",
    );
    assert_eq!(
        speaker_of(&found, "a signal of seriousness"),
        "testburg-palace"
    );
}

#[test]
fn labels_titles_and_scare_quotes_are_not_proposed() {
    for text in [
        "The so-called \"coalition of the reluctant\" met again.",
        "A plan dubbed \"Quiet Harbour\" was discussed.",
        "The alliance's plan, known as \"Operation Quiet Harbour\", is premature.",
        "On the talk show \"Evening with Example Nation\", a general spoke.",
        "The group's paper, headlined \"Security Without Spectacle\", was published.",
        "Synthetic said the \"reassurance force\" would meet in spring.",
        "Officials insisted the gathering was not an \"anti-Shield\" club.",
        "Talks on \"security architecture\" have stalled, Synthetic said.",
        "A group called \"Friends of Exampleland\" protested.",
        "The \"special border regime\" was not discussed.",
        "The government has launched a scheme it calls \u{201c}Home by Spring\u{201d}, offering grants.",
        "Under a programme the Northern Sample Alliance calls \"Clean Ground\", deminers trained.",
        "Mockhaus, speaking on Radio Sampleton's \"Morning Ledger,\" said the ministry would publish the terms.",
        "Tax holidays go to plants in what Templatyn calls \u{201c}priority resilience zones\u{201d}.",
        "Mockovskyy warned against what he calls \u{201c}security guarantees light.\u{201d}",
        "The package commits Vallmark to what officials have been calling a \"reassurance force\" \u{2014} a contingent far from the front.",
        "Investors will not return, Templenko argued, without what he called a \u{201c}security roof\u{201d} \u{2013} air defence over the cities.",
        "Norlandia's Defence Ministry said that the command-staff exercises \"Northern Bastion-2026\" had begun.",
        "Officials in several allied capitals have privately described the force as a \"tripwire,\" a term Synthetic rejected.",
        "Loans would follow, an arrangement officials in the Union describe as a \"reparations loan\".",
        "Allies to deploy air defence 'umbrella' over western Placeholdia, Synthetic says",
        "Synthetic's government leads the group of 11 countries, known informally as the \u{201c}Brennholm group\u{201d}, that has pledged troops.",
        "Fakenko told Al Jazeera's \"Counterpoint\" programme that the plan was dead.",
        "Diplomats have started calling it \"guarantee week\": ambassadors meet on Wednesday.",
        "In Sampleton, officials speak of a \u{ab}backstop\u{bb} \u{2013} intelligence, airlift, perhaps air patrols.",
        "Diplomats said Quillonia had floated a compromise, described in the draft as a \"neutral observer corps\", staffed by outsiders.",
        "Placeholdia was promised protection once, in a document that officials here still bitterly call \"the paper shield.\"",
        "The Norlandian side calls this contact group a \"war council.\" Is it?",
        "She was alluding to a document, known in Placeholdia simply as \"the Paper,\" in which several powers pledged to respect its borders.",
        "Boris Example told \u{201c}Sunday Questions\u{201d}, the flagship politics programme, that he would not resign.",
        "Lena Dummy recalled that this principle was enshrined in \"the Charter for European Security\".",
        "Members were studying what he called \"layered guarantees\" \u{2014} a mix of weapons deliveries and sanctions.",
        "The deputy prime minister said that residents would track the works through the state application \u{ab}Rebuild\u{bb}, where photos are published weekly.",
        "Observers noted that Tessaria has put forward a consensus which calls for a \u{201c}de-escalation first, guarantees through dialogue\u{201d} approach.",
        "Checkpoint rates claims as \"Accurate\", \"Mostly accurate\", \"Misleading\", \"False\" or \"Unproven\".",
        "Markvard said the motors, declared on invoices as \"irrigation pump components\", had been found in the wreckage.",
        "The regiment's soldiers have been known locally for decades as \"les Guetteurs\" \u{2014} the watchers \u{2014} and the mayor said businesses would keep their lights on.",
        "Mockovskyy said his government had briefed Ambrekar on the draft, informally referred to in Quillport as the \"Lighthouse text\", to which Kavelia is not a party.",
        // Marked as a name elsewhere in the text, a term is a label in its headline too.
        "Stubov: \"reassurance force\" is an attempt to legitimise the alliance\n\nHe noted that the so-called \u{ab}reassurance force\u{bb} is being discussed.",
    ] {
        assert!(direct(text).is_empty(), "{text}: {:?}", direct(text));
    }
}

#[test]
fn a_term_someone_used_once_is_their_words() {
    // Past tense, or a description with its own article: what they said.
    let found = direct(
        "The diplomats have been working on what one of them calls \"the world's most expensive promise.\" Ada Synthetic condemned what she called \"blackmail\". Testburg denounced what it called a \"deliberate provocation\".",
    );
    assert_eq!(
        texts(&found),
        [
            "the world's most expensive promise",
            "blackmail",
            "deliberate provocation"
        ]
    );
    // One person's word for something, and a verb's complement, are theirs.
    let found = direct(
        "Ada Synthetic described the plan as a \"betrayal\". Sergey Fakenko calls the summit \"theatre\" and says Norlandia would provide \"nothing\".",
    );
    assert_eq!(texts(&found), ["betrayal", "theatre", "nothing"]);
    // A headline's present tense is news.
    let found = direct("Boris Example calls the deal a \"disaster\"");
    assert_eq!(texts(&found), ["disaster"]);
}

#[test]
fn pronouns_resolve_by_gender_and_subject() {
    let text = "Ms Synthetic met Boris Example in Testburg. \"A camera does not stop a tank,\" he said. \"Not now,\" she replied.";
    let found = direct(text);
    assert_eq!(
        speaker_of(&found, "A camera does not stop a tank"),
        "boris-example"
    );
    assert_eq!(speaker_of(&found, "Not now"), "ada-synthetic");
    // Without a gender cue, the most recent subject speaks.
    let text = "Piet Caseworth spoke first. Then Kestrel Mockridge took the floor. \"We disagree,\" he said.";
    assert_eq!(
        speaker_of(&direct(text), "We disagree"),
        "name:Kestrel Mockridge"
    );
    // "It" is an institution; "they" a group.
    let text = "The Testburg Palace issued a statement. \"This is the largest pledge we have made,\" it said.";
    assert_eq!(
        speaker_of(&direct(text), "This is the largest pledge we have made"),
        "testburg-palace"
    );
    let text = "Norlandian officials welcomed the news. \"It is what we asked for,\" they said.";
    assert_eq!(
        speaker_of(&direct(text), "It is what we asked for"),
        "name:Norlandian officials"
    );
}

#[test]
fn titles_resolve_to_the_person_introduced_with_them_or_whose_role_fits() {
    let text = "Kestrel Mockridge, Norlandia's envoy, arrived on Monday. \"The substance will take weeks,\" the envoy said.";
    assert_eq!(
        speaker_of(&direct(text), "The substance will take weeks"),
        "name:Kestrel Mockridge"
    );
    // A known actor's role: "Placeholdia's foreign minister" is Taras Mockovskyy.
    let text = "Placeholdia's foreign minister called the pact \"a paper umbrella\".";
    assert_eq!(
        speaker_of(&direct(text), "a paper umbrella"),
        "taras-mockovskyy"
    );
    // "The foreign minister" is not the defence minister met before.
    let text = "Ada Synthetic, the defence minister, spoke first. Then Sergei Fakenko, the foreign minister, spoke. Later, \"Listening is cheap,\" the foreign minister said.";
    assert_eq!(
        speaker_of(&direct(text), "Listening is cheap"),
        "sergey-fakenko"
    );
    // An office that joins two portfolios with "and" is one title before the name, while
    // "and General …" begins another person.
    let text = "Minister for Trade and Economic Security Dr Anjali Ferris said:\n\n\"Today we \
                are closing more of those routes.\"";
    assert_eq!(
        speaker_of(&direct(text), "Today we are closing more of those routes"),
        "name:Anjali Ferris"
    );
    let known = actors_with([actor(
        "anjali-ferris",
        "Anjali Ferris",
        &["Ferris", "Dr Ferris"],
        "Minister for Trade and Economic Security",
    )]);
    assert_eq!(
        speaker_of(
            &direct_with(text, &known),
            "Today we are closing more of those routes"
        ),
        "anjali-ferris"
    );
    // An actor with several roles is matched by any of them.
    let known = actors_with([actor(
        "shinji-koyanagi",
        "Shinji Koyanagi",
        &["Koyanagi"],
        "Chief Cabinet Secretary of Isolaria; top government spokesman",
    )]);
    let text = "Isolaria will send two officers, Chief Cabinet Secretary Shinji Koyanagi said.\n\n\
                \"It is a contribution of knowledge,\" the top government spokesman said.";
    assert_eq!(
        speaker_of(
            &direct_with(text, &known),
            "It is a contribution of knowledge"
        ),
        "shinji-koyanagi"
    );
    let text = "The Secretary of Defense and General Mara Holt met on Monday. \"We are ready,\" \
                General Holt said.";
    assert_eq!(speaker_of(&direct(text), "We are ready"), "name:Mara Holt");
}

#[test]
fn institutions_are_matched_by_their_aliases() {
    let found = direct("\"There can be no talk of soldiers,\" Testburg said.");
    assert_eq!(
        speaker_of(&found, "There can be no talk of soldiers"),
        "testburg-palace"
    );
    let found = direct("\"That is unacceptable,\" Moscow said.");
    assert_eq!(speaker_of(&found, "That is unacceptable"), "kremlin");
    // An institution named "X of Y" in mid-sentence is the whole name, not its last word.
    let known = actors_with([institution(
        "vallmark-mod",
        "Vallmark Ministry of Defence",
        &["the Ministry of Defence"],
        "Defence ministry of Vallmark",
    )]);
    let found = direct_with(
        "Vallmark sent 40 instructors. The mother spoke out after the Ministry of Defence \
         admitted that the base had 'no dedicated air defence' on the night.",
        &known,
    );
    assert_eq!(
        speaker_of(&found, "no dedicated air defence"),
        "vallmark-mod"
    );
}

#[test]
fn a_speaker_introduced_vaguely_is_named_later() {
    let text = "A spokeswoman for Placeholdia's foreign ministry spoke on Thursday. \"Our position has not changed,\" the spokeswoman told a briefing.\n\nThe spokeswoman, Lena Dummy, said the ministry had written to the alliance.";
    assert_eq!(
        speaker_of(&direct(text), "Our position has not changed"),
        "lena-dummy"
    );
}

#[test]
fn the_speaker_of_said_wins_over_a_source_of_according_to() {
    let text = "Placeholdia, which opposes the plan, said it was \"studying the decision\", according to the agency SynthPress.";
    assert_eq!(
        speaker_of(&direct(text), "studying the decision"),
        "name:Placeholdia"
    );
    let text = "The talks were \"constructive and long\", according to Lena Dummy.";
    assert_eq!(
        speaker_of(&direct(text), "constructive and long"),
        "lena-dummy"
    );
}

#[test]
fn speaker_matching_folds_case_diacritics_transliteration_and_possessives() {
    let all = actors();
    for phrase in [
        "ZELENSKY",
        "Zelenskyy",
        "Zelenskiy",
        "Zelenskyy's office",
        "Volodymyr Zelenskyy",
        "Mr Zelénsky",
    ] {
        assert_eq!(
            match_speaker(phrase, &all).slug.as_deref(),
            Some("zelensky"),
            "{phrase}"
        );
    }
    assert_eq!(
        match_speaker("Sergei Lavrov", &all).slug.as_deref(),
        Some("lavrov")
    );
    assert_eq!(
        match_speaker("Mockovskiy", &all).slug.as_deref(),
        Some("taras-mockovskyy")
    );
    assert_eq!(
        match_speaker("Russia's foreign minister", &all)
            .slug
            .as_deref(),
        Some("lavrov")
    );
    assert_eq!(
        match_speaker("Defence Minister Ada Synthetic of Exampleland", &all)
            .slug
            .as_deref(),
        Some("ada-synthetic")
    );
    let mut with_ministry = actors();
    with_ministry.push(KnownActor {
        institution: true,
        ..actor(
            "norlandia-defence-ministry",
            "Norlandia Defence Ministry",
            &["the Norlandian Defence Ministry"],
            "Defence Ministry of Norlandia",
        )
    });
    assert_eq!(
        match_speaker("the Norlandian Defense Ministry", &with_ministry)
            .slug
            .as_deref(),
        Some("norlandia-defence-ministry")
    );
    let unknown = match_speaker("Jane Instance, a synthetic minister", &all);
    assert_eq!(unknown.slug, None);
    assert_eq!(unknown.name, "Jane Instance");
}

#[test]
fn an_unknown_speaker_is_proposed_by_name_without_a_slug() {
    let found = direct("\"We are ready,\" said Jane Instance, a synthetic minister.");
    assert_eq!(found[0].speaker.slug, None);
    assert_eq!(found[0].speaker.name, "Jane Instance");
}

#[test]
fn reported_speech_in_its_common_forms() {
    for (text, speaker) in [
        (
            "Ada Synthetic said on Tuesday that Exampleland would send instructors.",
            "ada-synthetic",
        ),
        (
            "Synthetic told reporters the brigade would stay far from the front.",
            "ada-synthetic",
        ),
        (
            "Boris Example promised to raise the matter at the summit.",
            "boris-example",
        ),
        (
            "The Testburg Palace rejected the proposal floated last week.",
            "testburg-palace",
        ),
        (
            "Example ruled out any foreign soldiers on its soil.",
            "boris-example",
        ),
        (
            "The talks will resume on Monday, the Testburg Palace said.",
            "testburg-palace",
        ),
        (
            "The talks will resume on Monday, said Lena Dummy.",
            "lena-dummy",
        ),
        (
            "According to Lena Dummy, the talks will resume on Monday.",
            "lena-dummy",
        ),
        (
            "After meeting Piet Caseworth, Sergei Fakenko and others, Boris Example warned that winter was coming.",
            "boris-example",
        ),
        (
            "Two senior diplomats involved in the talks said a compromise could be found.",
            "name:two senior diplomats",
        ),
        (
            "Exampleland and Norlandia have said they are prepared to hold talks.",
            "name:Exampleland",
        ),
    ] {
        let found = reported(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        let got = found[0]
            .speaker
            .slug
            .clone()
            .unwrap_or_else(|| format!("name:{}", found[0].speaker.name));
        assert_eq!(got, speaker, "{text}");
        let at: String = text
            .chars()
            .skip(found[0].start)
            .take(found[0].end - found[0].start)
            .collect();
        assert_eq!(at, found[0].text);
    }
    // The span starts at the subject, after an introductory phrase, and leaves the stop out.
    let found = reported("After the vote, Ada Synthetic said the offer stood.");
    assert_eq!(found[0].text, "Ada Synthetic said the offer stood");
}

#[test]
fn what_is_not_reported_speech() {
    for text in [
        "Ten European states could send troops.",
        "The plan is said to be ready.",
        "Ada Synthetic said in a statement.",
        "The weather stayed cold all week in Testburg.",
    ] {
        assert!(reported(text).is_empty(), "{text}: {:?}", reported(text));
    }
}

#[test]
fn dates_resolve_against_the_publication_day() {
    // 2031-05-07 is a Wednesday.
    let said = |text: &str| run(text).quotes[0].said_on.clone();
    assert_eq!(
        said("\"We stay,\" Synthetic said on Wednesday.").as_deref(),
        Some("2031-05-07")
    );
    assert_eq!(
        said("\"We stay,\" Synthetic said on Monday.").as_deref(),
        Some("2031-05-05")
    );
    assert_eq!(
        said("\"We stay,\" Synthetic said Thursday.").as_deref(),
        Some("2031-05-01")
    );
    assert_eq!(
        said("\"We stay,\" Synthetic said yesterday.").as_deref(),
        Some("2031-05-06")
    );
    assert_eq!(
        said("\"We stay,\" Synthetic said on 19 April.").as_deref(),
        Some("2031-04-19")
    );
    assert_eq!(
        said("\"We stay,\" Synthetic said on Sept. 9, 2030.").as_deref(),
        Some("2030-09-09")
    );
    assert_eq!(said("\"We stay,\" Synthetic said.").as_deref(), None);
    // Without a publication date, only a full date is resolved.
    let found = extract("\"We stay,\" Synthetic said on Monday.", &actors(), None);
    assert_eq!(found.quotes[0].said_on, None);
}

#[test]
fn a_day_carries_over_to_the_same_speaker_and_across_a_live_page() {
    let found = direct(
        "Allies promised on Monday to keep air defence in the country, a pledge Ada Synthetic said would \"change the arithmetic\".\n\n\
         Talks went on late into the night.\n\n\
         \"That is what a guarantee looks like,\" Synthetic told reporters after the meeting.\n\n\
         \"We will see,\" Boris Example said.",
    );
    let day = |words: &str| {
        found
            .iter()
            .find(|q| q.text == words)
            .and_then(|q| q.said_on.clone())
    };
    assert_eq!(
        day("That is what a guarantee looks like").as_deref(),
        Some("2031-05-05")
    );
    // Another speaker, no day of their own: none is guessed.
    assert_eq!(day("We will see"), None);
    // Entries of a live page under their times were said on the day of the page.
    let found = direct(
        "Live: leaders meet in Testburg\n\n14:52\n\n\"We are ready,\" Boris Example said.\n\n13:10\n\n\"Not yet,\" Ada Synthetic said.",
    );
    assert!(
        found
            .iter()
            .all(|q| q.said_on.as_deref() == Some("2031-05-07")),
        "{found:#?}"
    );
    // A wire's times are written "1548 GMT".
    let found = direct(
        "LIVE: leaders meet in Testburg\n\n1548 GMT\n\n\"We are ready,\" Boris Example said.\n\n1402 GMT\n\n\"Not yet,\" Ada Synthetic said.",
    );
    assert!(
        found
            .iter()
            .all(|q| q.said_on.as_deref() == Some("2031-05-07")),
        "{found:#?}"
    );
}

#[test]
fn deadlines_resolve_against_the_publication_day() {
    let due = |words: &str| {
        let doc = text::Doc::new(words);
        dates::due_on(&doc.toks, day("2031-05-07")).map(|d| d.to_string())
    };
    assert_eq!(due("within ten days").as_deref(), Some("2031-05-17"));
    assert_eq!(due("within two weeks").as_deref(), Some("2031-05-21"));
    assert_eq!(due("in the next 3 days").as_deref(), Some("2031-05-10"));
    assert_eq!(due("within a month").as_deref(), Some("2031-06-07"));
    assert_eq!(due("by the end of the year").as_deref(), Some("2031-12-31"));
    assert_eq!(
        due("by the end of the month").as_deref(),
        Some("2031-05-31")
    );
    assert_eq!(due("by 1 March").as_deref(), Some("2032-03-01"));
    assert_eq!(due("by June 30").as_deref(), Some("2031-06-30"));
    assert_eq!(due("by March").as_deref(), Some("2032-03-31"));
    assert_eq!(due("some day").as_deref(), None);
}

// Commitments name real countries (their codes are the record's): these sentences are
// grammar examples, marked synthetic, not reports.

#[test]
fn a_commitment_has_providers_type_quantity_geography_and_stance() {
    let found = run(
        "Synthetic example: The UK and France would send several hundred troops to Ukraine, to be stationed far from the front.",
    )
    .commitments;
    assert_eq!(found.len(), 1, "{found:#?}");
    let c = &found[0];
    assert_eq!(c.by, ["GB", "FR"]);
    assert_eq!(c.kind, "troops");
    assert_eq!(c.stance, "offered");
    assert_eq!(c.quantity.as_deref(), Some("several hundred troops"));
    assert_eq!(c.geography.as_deref(), Some("far from the front"));
}

#[test]
fn commitment_types_come_from_keywords_and_countries_from_demonyms_and_capitals() {
    let found = run(
        "Synthetic example: Warsaw would provide intelligence sharing, border surveillance, weapons and potentially anti-aircraft systems.",
    )
    .commitments;
    let kinds: Vec<&str> = found.iter().map(|c| c.kind).collect();
    assert_eq!(
        kinds,
        [
            "intelligence",
            "border_surveillance",
            "weapons",
            "air_defense"
        ]
    );
    assert!(found.iter().all(|c| c.by == ["PL"]));
    let found =
        run("Synthetic example: Dutch and Norwegian officials pledged funding for training.")
            .commitments;
    assert!(found.iter().all(|c| c.by == ["NL", "NO"]), "{found:#?}");
}

#[test]
fn commitment_stances() {
    let stance = |text: &str| {
        run(text)
            .commitments
            .first()
            .map(|c| c.stance)
            .unwrap_or("none")
    };
    assert_eq!(
        stance("Synthetic example: Portugal will not send troops."),
        "rejected"
    );
    assert_eq!(
        stance("Synthetic example: Spain would send troops only if a ceasefire holds."),
        "conditional"
    );
    assert_eq!(
        stance("Synthetic example: Kyiv demanded more air defence systems from Germany."),
        "demanded"
    );
    assert_eq!(
        stance("Synthetic example: Norway pledged two air defence batteries within ten days."),
        "offered"
    );
    let found = run("Synthetic example: Norway pledged two air defence batteries within ten days.");
    assert_eq!(found.commitments[0].due_on.as_deref(), Some("2031-05-17"));
    // Ukraine receives, Russia opposes: neither provides.
    assert_eq!(
        stance("Synthetic example: Moscow rejected any deployment of troops to Ukraine."),
        "none"
    );
}

#[test]
fn unbalanced_marks_and_odd_input_do_not_break_it() {
    for text in [
        "\"never closed",
        "\u{201c}",
        "\u{00ab}x",
        "",
        "\"\"",
        "\" \"",
        "said said said \" , \" said",
        "\u{201e}Wir bleiben,\u{201c} sagte Ada Synthetic.",
        "\n\n\n\"\n\"\n",
        "Mr. . . \"Gen.\" said",
    ] {
        let found = run(text);
        for q in &found.quotes {
            let at: String = text.chars().skip(q.start).take(q.end - q.start).collect();
            assert_eq!(at, q.text, "{text:?}");
        }
    }
}

#[test]
fn the_largest_accepted_texts_stay_fast_whatever_their_shape() {
    // 256 KiB is what the API accepts. Each shape would be quadratic if a window were not
    // bounded: one endless sentence full of quotation marks, thousands of distinct names,
    // pronouns and titles without end, a first name looked up in the whole text each time.
    let limit = 256 * 1024;
    let repeat = |unit: &str| unit.repeat(limit / unit.len());
    let shapes = [
        repeat("\"a\" "),
        repeat("\u{201c}We stay\u{201d} and "),
        (0..6000)
            .map(|i| format!("Name{i} Person{i} said \"we stay here {i}\", he added. "))
            .collect::<String>(),
        repeat("The minister said the spokeswoman told them she would. "),
        repeat("\u{00ab}x\u{00bb}, said X, "),
        repeat("Mr. Gen. Dr. "),
        // A known actor's first name alone, her surname never given.
        repeat("Yana said \"we stay\". "),
    ];
    let known = actors_with([actor(
        "yana-synthetic",
        "Yana Synthetic",
        &["Yana"],
        "Analyst",
    )]);
    for text in &shapes {
        let started = std::time::Instant::now();
        let found = extract(&text[..text.len().min(limit)], &known, day("2031-05-07"));
        assert!(
            started.elapsed() < std::time::Duration::from_secs(20),
            "{} bytes took {:?}",
            text.len(),
            started.elapsed()
        );
        assert!(found.quotes.iter().all(|q| q.start <= q.end));
    }
}

#[test]
fn a_pronoun_with_nobody_before_it_looks_back_into_its_sentence() {
    let text = "When Lena Dummy took over last spring, she promised journalists \"fewer adjectives and more facts\".";
    assert_eq!(
        speaker_of(&direct(text), "fewer adjectives and more facts"),
        "lena-dummy"
    );
}

#[test]
fn a_persons_title_is_not_an_institutions_role() {
    // "President of Norlandia" (Boris Example) and "Office of the President of Norlandia"
    // (the Testburg Palace) both hold the words; the president is the person.
    let text = "Norlandia's president says the offer is \"not enough\".";
    assert_eq!(speaker_of(&direct(text), "not enough"), "boris-example");
}

#[test]
fn a_banner_in_capitals_is_not_a_name() {
    let text = "SYNTHETIC TEXT FOR TESTING\n\nWhen Lena Dummy took over, she promised \"fewer adjectives\".";
    assert_eq!(speaker_of(&direct(text), "fewer adjectives"), "lena-dummy");
}

#[test]
fn a_word_for_something_a_name_called_by_people_and_a_name_as_it_is_known_are_labels() {
    for text in [
        "Placeholdians have a word for a guarantee that fails: \"Corvin\".",
        "Twelve states are in the grouping officials call the \"coalition of the willing\".",
        "Diplomats say they solved \u{2018}the Sandmoor problem\u{2019}, as it is known in the corridors of Brennholm.",
    ] {
        let found = direct(text);
        assert!(found.is_empty(), "{text}: {found:?}");
    }
}

#[test]
fn a_person_just_named_takes_the_pronoun_from_an_older_subject() {
    let text = "Lena Dummy was dismissive. \"Testburg has no veto,\" she told reporters.\n\n\
                Our correspondent has spoken to Ada Synthetic, the defence minister. She was \
                cautious.\n\n\"Rules deter nobody,\" she said.";
    let found = direct(text);
    assert_eq!(speaker_of(&found, "Testburg has no veto"), "lena-dummy");
    assert_eq!(speaker_of(&found, "Rules deter nobody"), "ada-synthetic");
    // But not when a pronoun before the new name goes on with the older subject.
    let text = "Lena Dummy was dismissive. \"Testburg has no veto,\" she told reporters.\n\n\
                She is asked whether she trusts Ada Synthetic. She does not hesitate.\n\n\
                \"No,\" she said.";
    assert_eq!(speaker_of(&direct(text), "No"), "lena-dummy");
}

#[test]
fn a_pronoun_with_its_verb_is_not_a_name() {
    let text = "Ada Synthetic spoke first. \"We stay,\" she said.\n\n\
                We're told the leaders are in a restricted session.\n\n\
                \"Nobody leaves,\" she said.";
    assert_eq!(speaker_of(&direct(text), "Nobody leaves"), "ada-synthetic");
}

/// Texts whose clauses end where a rule looks past them (a naming verb that ends a heading,
/// "The phone call"; a verb before a paragraph break; a comma alone after a banner) name
/// nothing and fail nowhere.
#[test]
fn clauses_that_end_early_are_read_without_failing() {
    for text in [
        "The phone call\n\nThe recording captures a conversation between two officers.",
        "he called \n\n on Monday",
        "SYNTHETIC TEXT \n\n ,",
    ] {
        let found = run(text);
        assert!(found.quotes.is_empty(), "{:?}", found.quotes);
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(200))]

    /// Any text, with a publication date, gives proposals whose offsets point at their text.
    #[test]
    fn any_text_with_a_date_gives_offsets_that_point_at_the_proposals(
        words in proptest::collection::vec(
            "(\\PC{0,3}|[\"“”«»‘’,.:;—–-]|said|told reporters|according to|he|she|it|they|Ada|Synthetic|Ms|Mr|the minister|on Monday|yesterday|within ten days|by 1 March|19 August|UK|France|troops|would send|will not|if|\n\n|SYNTHETIC TEXT|one of them|Sept\\.|Mr\\.|SYNTHETIC:|Host:|Q:|\\(Laughter\\.\\)|TESTBURG, March 24\\. /NNA/\\.|STATE OF PLAY:|Rep\\. KIM|the Multinational Reassurance Force for Placeholdia|Force|for|of|officially|Placeholdia|called|The phone call|\n|\\(Laughs\\.\\)|MS\\. MARLOWE:|Briefing by|address by the President|THE FACTS:|1548 GMT|his office|her aides|according to a copy of the draft|the testimony reads|Kirsten Dahl \\(Brennholm Post\\):|who|told me|QUOTE OF THE DAY|\\(@AdaS\\) June 18|— Ada Synthetic \\(@A\\)|pic\\.x\\.example/q7|OF:|INTERVIEW:|\\(Speaking Norlandian\\)\\.|Minister of State for International Cooperation|By|”We are|»We are|RFE/RL:|3\\.38 pm|The Minister of Defence \\(Ada Synthetic\\)|Bryony Hale \\(Sandmoor South\\) \\(Prog\\)|—Ada Synthetic is a senior fellow|The full text follows\\.|Joint Statement|1\\. We|\\*\\*|Ada Synthetic: We|\\?|you|I|Jan|the head of state|a producer|the ministry|– |— |, she says\\. – |, says Defence Minister|Q\\. |Check against delivery!|Interview by Elsa|SÉRAPHIN LAURÉN:|Yelena Markova, Norlandia-1: Mr President,|rang Gareth Pryce’s morning show|OLEKSANDRA VERES \\(Placeholdia\\) said|Ada Synthetic, defence minister, in a video posted on Sunday\\.|hammered home|and accused|the chairman of the Citizens' Movement, Bohuslav Drnek,|Norlandia's embassy)",
            0..120,
        )
    ) {
        let text = words.join(" ");
        // A known name with "for" inside it too.
        let all = actors_with([institution(
            "reassurance-force",
            "Multinational Reassurance Force for Placeholdia",
            &[],
            "Multinational force to secure a ceasefire in Placeholdia",
        )]);
        let found = extract(&text, &all, day("2031-05-07"));
        let chars: Vec<char> = text.chars().collect();
        for q in &found.quotes {
            proptest::prop_assert!(q.start <= q.end && q.end <= chars.len());
            let at: String = chars[q.start..q.end].iter().collect();
            proptest::prop_assert_eq!(&at, &q.text);
        }
        for c in &found.commitments {
            proptest::prop_assert!(c.start <= c.end && c.end <= chars.len());
        }
    }
}

#[test]
fn a_named_spokesperson_speaks_for_the_one_they_name() {
    let text = "Example's spokeswoman, Mira Stubb, said: \"The president stands by every word.\"";
    assert_eq!(
        speaker_of(&direct(text), "The president stands by every word"),
        "name:Mira Stubb"
    );
    // Without a name, the office speaks for the person.
    let text = "Example's spokeswoman said: \"The president stands by every word.\"";
    assert_eq!(
        speaker_of(&direct(text), "The president stands by every word"),
        "boris-example"
    );
}

#[test]
fn an_alias_that_is_a_title_names_its_actor_only_where_the_text_allows() {
    let all = actors_with([
        actor(
            "vallmark-defence",
            "Joanna Kestrel",
            &["Kestrel", "the defence minister"],
            "Defence Minister of Vallmark",
        ),
        institution(
            "vallmark-foreign",
            "Vallmark Foreign Ministry",
            &["the foreign ministry"],
            "Foreign Ministry of Vallmark",
        ),
    ]);
    let speaker = |text: &str, words: &str| {
        let found = direct_with(text, &all);
        speaker_of(&found, words)
    };
    // Someone else's defence minister, and a defence minister before Kestrel is named.
    assert_eq!(
        speaker(
            "Placeholdia's defence minister said the line \"will hold\".",
            "will hold"
        ),
        "name:Placeholdia's defence minister"
    );
    assert_ne!(
        speaker(
            "The defence minister said the line \"will hold\".",
            "will hold"
        ),
        "vallmark-defence"
    );
    // Once she is named, the title is hers.
    assert_eq!(
        speaker(
            "Joanna Kestrel flew to Templatyn on Monday.\n\n\
             Later the defence minister said the line \"will hold\".",
            "will hold"
        ),
        "vallmark-defence"
    );
    // An institution's title is its own unless another owner is given.
    assert_eq!(
        speaker("The foreign ministry said the talks were \"over\".", "over"),
        "vallmark-foreign"
    );
    assert_ne!(
        speaker(
            "Russia rejected the plan. Its foreign ministry said the talks were \"over\".",
            "over"
        ),
        "vallmark-foreign"
    );
}

#[test]
fn a_title_alias_in_capitals_or_of_a_countrys_institution_waits_for_its_owner() {
    let all = actors_with([
        actor(
            "kilbrannia-pm",
            "Declan Furlong",
            &["Furlong", "the Prime Minister"],
            "Prime Minister of Kilbrannia",
        ),
        KnownActor {
            country: Some("Tessaria".into()),
            ..institution(
                "tessaria-foreign",
                "Tessaria Ministry of Foreign Affairs",
                &["Foreign ministry"],
                "Foreign ministry of Tessaria",
            )
        },
    ]);
    let speaker = |text: &str, words: &str| {
        let found = direct_with(text, &all);
        speaker_of(&found, words)
    };
    // Another country's prime minister is not Furlong; the prime minister once he is named
    // is.
    assert_eq!(
        speaker(
            "Placeholdia's Prime Minister said the line \"will hold\".",
            "will hold"
        ),
        "name:Placeholdia's Prime Minister"
    );
    assert_eq!(
        speaker(
            "Declan Furlong flew to Templatyn.\n\nThe Prime Minister said the line \"will hold\".",
            "will hold"
        ),
        "kilbrannia-pm"
    );
    // A foreign ministry in a story that never names Tessaria is not Tessaria's.
    assert_ne!(
        speaker(
            "Norlandia rejected the plan. The foreign ministry said the talks were \"over\".",
            "over"
        ),
        "tessaria-foreign"
    );
    assert_eq!(
        speaker(
            "Tessarian diplomats left the hall. The foreign ministry said the talks were \"over\".",
            "over"
        ),
        "tessaria-foreign"
    );
}

#[test]
fn his_ministry_or_her_office_is_the_institution_of_the_persons_role() {
    let all = actors_with([
        actor(
            "norlandia-fm",
            "Sergey Fakenko",
            &["Fakenko"],
            "Foreign Minister of Norlandia",
        ),
        institution(
            "norlandia-mfa",
            "Norlandia Foreign Ministry",
            &["Norlandia's foreign ministry"],
            "Foreign Ministry of Norlandia",
        ),
    ]);
    let text = "Sergey Fakenko will hold a press conference on Wednesday. His ministry said on \
                Sunday that foreign troops would be \"a legitimate target\".";
    let found = direct_with(text, &all);
    assert_eq!(speaker_of(&found, "a legitimate target"), "norlandia-mfa");
    // With no such institution known, the office is the person's, not the person.
    let found = direct(
        "Ada Synthetic flew home on Monday. Her office said the visit had been \"productive\".",
    );
    assert_eq!(
        speaker_of(&found, "productive"),
        "name:Ada Synthetic's office"
    );
}

#[test]
fn a_columnists_colleague_named_after_my_is_that_person() {
    let found = direct(
        "\u{201c}We go,\u{201d} Ada Synthetic said.\n\n\
         \u{201c}We stay,\u{201d} my colleague Mara Lind, who covers the alliance from Brennholm, told me.",
    );
    assert_eq!(speaker_of(&found, "We stay"), "name:Mara Lind");
}

#[test]
fn a_persons_aides_speak_for_themselves() {
    let found = reported(
        "Ada Synthetic returned from the summit on Monday. Synthetic's aides insist the \
         statement was a triumph.\n\nHer aides argue that the force is large enough.",
    );
    for words in [
        "Synthetic's aides insist the statement was a triumph",
        "Her aides argue that the force is large enough",
    ] {
        let speaker = speaker_of(&found, words);
        assert!(speaker.ends_with("aides"), "{words}: {speaker}");
    }
}

#[test]
fn a_possessive_pronouns_description_is_matched_with_its_owner() {
    let text = "Placeholdia rejected the charge. Its foreign ministry said it wanted \"clear rules on who pays\".";
    let all = actors_with([institution(
        "placeholdia-ministry",
        "Placeholdia Foreign Ministry",
        &["Placeholdia's foreign ministry"],
        "Foreign Ministry of Placeholdia",
    )]);
    let found = extract(text, &all, day("2031-05-07")).quotes;
    let quote = found.iter().find(|q| q.kind == "direct").unwrap();
    assert_eq!(quote.speaker.slug.as_deref(), Some("placeholdia-ministry"));
    // An owner not known as an actor names the new one; the owner stays itself.
    let found = direct(
        "Russia has refused to hand over its maps. Its foreign ministry said the maps were \"a matter of military secrecy\".\n\n\
         Russia said on Friday that the talks were \"going nowhere\".",
    );
    assert_eq!(
        speaker_of(&found, "a matter of military secrecy"),
        "name:Russia's foreign ministry"
    );
    assert_eq!(speaker_of(&found, "going nowhere"), "name:Russia");
}

#[test]
fn according_to_inside_a_sentence_names_the_speaker() {
    let found =
        reported("The sticking point, according to people familiar with the talks, is command.");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].speaker.name, "people");
}

#[test]
fn straight_single_marks_quote_when_they_stand_outside_double_ones() {
    // A British text in straight single marks, with double marks nested inside.
    let text = "'Our offer stands. My mother used to say: \"Bread first, butter later.\" I agree,' Ada Synthetic said. The ministry said only that it 'stands by its partners' and that costs would be 'shared fairly'. 'The allies' patience is thin,' Synthetic said.";
    let found = direct(text);
    assert_eq!(
        texts(&found),
        [
            "Our offer stands. My mother used to say: \"Bread first, butter later.\" I agree",
            "stands by its partners",
            "shared fairly",
            "The allies' patience is thin"
        ]
    );
    assert_eq!(
        speaker_of(&found, "The allies' patience is thin"),
        "ada-synthetic"
    );
    // A headline in single marks above a story in double ones; apostrophes stay words.
    let text = "Synthetic: 'We will not wait for Testburg's permission'\n\n\"We will not wait,\" Ada Synthetic said. Norlandia's reply came late.";
    let found = direct(text);
    assert_eq!(
        texts(&found),
        [
            "We will not wait for Testburg's permission",
            "We will not wait"
        ]
    );
    assert_eq!(
        speaker_of(&found, "We will not wait for Testburg's permission"),
        "ada-synthetic"
    );
}

#[test]
fn honorifics_with_a_stop_and_clauses_that_open_with_a_participle() {
    let text = "Ada Synthetic met Sergey Fakenko on Tuesday. \"He listened,\" Mr. Synthetic said of Mr. Fakenko. \"He did not agree with most things.\"";
    let found = direct(text);
    assert_eq!(speaker_of(&found, "He listened"), "ada-synthetic");
    assert_eq!(
        speaker_of(&found, "He did not agree with most things"),
        "ada-synthetic"
    );
    let text = "Sergey Fakenko spoke in Testburg. Pressed on whether Norlandia was acting alone, he said: \"Alone? No. First, perhaps.\"";
    assert_eq!(
        speaker_of(&direct(text), "Alone? No. First, perhaps"),
        "sergey-fakenko"
    );
}

#[test]
fn words_after_a_colon_belong_to_the_clauses_subject() {
    let text = "Ada Synthetic, Exampleland's defence minister, has reacted to the offer on X: \"Thank you, Boris. A fine offer.\" Lena Dummy interrupted her, laughing: \"She walks faster.\"";
    let found = direct(text);
    assert_eq!(
        speaker_of(&found, "Thank you, Boris. A fine offer"),
        "ada-synthetic"
    );
    assert_eq!(speaker_of(&found, "She walks faster"), "lena-dummy");
    // A slogan after a colon is not speech.
    let text = "The banner read: \"Guarantees Now\".";
    assert!(direct(text).is_empty());
}

#[test]
fn a_second_quotation_in_a_sentence_goes_on_with_the_first_ones_speaker() {
    let text = "Sergey Fakenko told reporters that Exampleland was \"playing with fire\" and warned that Testburg would \"draw the necessary conclusions\".";
    let found = direct(text);
    assert_eq!(
        speaker_of(&found, "draw the necessary conclusions"),
        "sergey-fakenko"
    );
}

#[test]
fn a_participle_after_a_comma_speaks_with_the_clauses_subject() {
    let text = "Norlandia has rejected a proposal by the alliance to deploy monitors along its border with Placeholdia, saying the plan would \"freeze the conflict in place\" rather than end it.";
    let found = direct(text);
    assert_eq!(
        speaker_of(&found, "freeze the conflict in place"),
        "name:Norlandia"
    );
}

#[test]
fn a_name_in_apposition_or_after_an_adjective_speaks() {
    let text = "\"They call it a guarantee. I call it an invoice,\" the show's host, Arkady Mockov, told viewers. \"The army has the will but not the numbers,\" said retired General Konrad Vorlage, who commanded an earlier mission.";
    let found = direct(text);
    assert_eq!(
        speaker_of(&found, "They call it a guarantee. I call it an invoice"),
        "name:Arkady Mockov"
    );
    assert_eq!(
        speaker_of(&found, "The army has the will but not the numbers"),
        "name:Konrad Vorlage"
    );
}

#[test]
fn a_generic_description_refers_back_to_a_person_whose_title_fits() {
    let text = "On Wednesday, Deputy Foreign Minister Anatoly Stubnev told a newspaper that Norlandia was ready to discuss \"a package of mutual guarantees\" if its concerns were met. \"The ball is in their court,\" the diplomat said.";
    let found = direct(text);
    assert_eq!(
        speaker_of(&found, "The ball is in their court"),
        "name:Anatoly Stubnev"
    );
}

#[test]
fn an_institution_by_its_description_or_its_aliases_head_noun() {
    let all = actors_with([institution(
        "fictonia-chancellery",
        "Fictonian Chancellery",
        &["Dummyville", "the Fictonian chancellery"],
        "Office of the Chancellor of Fictonia",
    )]);
    let text = "Norlandia's presidential administration warned that soldiers would be seen as \"a party to the conflict.\" Dummyville will not commit troops yet, the chancellery said.";
    let found = extract(text, &all, day("2031-05-07")).quotes;
    let of = |words: &str| {
        found
            .iter()
            .find(|q| q.text.starts_with(words))
            .and_then(|q| q.speaker.slug.clone())
    };
    assert_eq!(
        of("a party to the conflict").as_deref(),
        Some("testburg-palace")
    );
    assert_eq!(
        of("Dummyville will not commit").as_deref(),
        Some("fictonia-chancellery")
    );
    // "a phrase its spokesman, X, repeated" does not make X the speaker of what came before.
    let text = "Testburg said that troops would be \"a legitimate target,\" a phrase its spokesman, Pavel Stubov, repeated twice.";
    assert_eq!(
        speaker_of(&direct(text), "a legitimate target"),
        "testburg-palace"
    );
}

#[test]
fn members_of_groups_and_named_spokespeople_after_a_possessive() {
    let all = actors_with([institution(
        "placeholdia-ministry",
        "Placeholdia Foreign Ministry",
        &["the Placeholdian foreign ministry"],
        "Foreign Ministry of Placeholdia",
    )]);
    let text = "The Placeholdian foreign ministry dismissed the statements. Its spokeswoman Lena Dummy said that Mockford \"will not ask Testburg for permission\". \"A guarantee without a vote is a wish,\" one of his own ministers told me. Demonstrators gathered. One of them, a retired teacher, said she had come for her son. \"I want to know who will stand next to him,\" she said.";
    let found = extract(text, &all, day("2031-05-07")).quotes;
    let of = |words: &str| {
        let q = found
            .iter()
            .find(|q| q.text.starts_with(words))
            .unwrap_or_else(|| panic!("{words:?} in {found:#?}"));
        q.speaker
            .slug
            .clone()
            .unwrap_or_else(|| q.speaker.name.clone())
    };
    assert_eq!(of("will not ask Testburg"), "lena-dummy");
    assert!(of("A guarantee without a vote").contains("minister"));
    assert!(of("I want to know").contains("teacher"));
    assert!(of("One of them").contains("teacher"));
}

#[test]
fn a_title_case_headline_speaker_is_named_in_the_story() {
    let found = reported(
        "Minister Says Talks Could Resume by Summer\n\nSergey Fakenko, Norlandia's foreign minister, spoke on Tuesday in Testburg.",
    );
    assert_eq!(
        speaker_of(&found, "Minister Says Talks Could Resume by Summer"),
        "sergey-fakenko"
    );
}

#[test]
fn an_attribution_that_ends_the_sentence_reports_all_of_it() {
    let found = reported(
        "Testburg believes that the talks are aimed at prolonging the conflict, Fakenko added.",
    );
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].speaker.slug.as_deref(), Some("sergey-fakenko"));
    let found = reported(
        "Any guarantees must take the interests of Norlandia into account, Testburg Palace spokeswoman Lena Dummy told journalists on Thursday.",
    );
    assert_eq!(found[0].speaker.slug.as_deref(), Some("lena-dummy"));
    // A clause of its own after the comma is not an attribution of what came before.
    let found = reported(
        "Speaking in Testburg on Monday, Sergey Fakenko said the proposal ignored Norlandia's concerns.",
    );
    assert_eq!(found.len(), 1);
    assert!(found[0].text.starts_with("Sergey Fakenko said"));
}

#[test]
fn a_sentence_opening_with_asked_after_a_quotation_is_not_its_attribution() {
    let found = reported(
        "Fakenko said the meeting had been \"constructive\" but that \"the details will decide everything.\" Asked whether he trusted Mr. Example, he laughed.",
    );
    assert_eq!(found.len(), 1);
    assert!(
        found[0].text.ends_with("decide everything"),
        "{:?}",
        found[0].text
    );
}

#[test]
fn a_person_named_after_the_title_of_an_office_is_that_person() {
    for (sentence, name) in [
        (
            "Secretary of State Lina Morrow said the talks would go on.",
            "Lina Morrow",
        ),
        (
            "Head of the Presidential Office Oleh Tymko said the draft was ready.",
            "Oleh Tymko",
        ),
        (
            "Minister of Foreign Affairs Ivo Marek said the text was agreed.",
            "Ivo Marek",
        ),
    ] {
        let found = reported(sentence);
        assert_eq!(found.len(), 1, "{sentence}");
        assert_eq!(found[0].speaker.name, name, "{sentence}");
        assert_eq!(found[0].speaker.slug, None);
    }
    // The title of a country alone is still a description.
    let found = reported("The President of Norlandia said his country would not wait.");
    assert_eq!(found[0].speaker.slug.as_deref(), Some("boris-example"));
}

#[test]
fn a_named_speaker_with_an_apposition_after_a_question_is_its_attribution() {
    let found = extract_quotes(
        "Headline\n\n\"What happens to my plant if the shelling starts again?\" Ada Synthetic, the defence minister, told the Daily Example. \"Until we know, the cheques stay in the drawer.\"",
        &actors(),
    );
    let direct: Vec<_> = found.iter().filter(|q| q.kind == "direct").collect();
    assert_eq!(direct.len(), 2);
    assert!(
        direct
            .iter()
            .all(|q| q.speaker.slug.as_deref() == Some("ada-synthetic"))
    );
    // The audience alone is no reported statement.
    assert!(found.iter().all(|q| q.kind == "direct"), "{found:?}");
}

#[test]
fn an_official_briefing_transcript_with_bare_q_and_honorific_labels() {
    let text = "Press Briefing by Defence Minister Ada Synthetic\n\nMS. SYNTHETIC: Good afternoon. We had a productive call with our partners this morning.\n\nQ  Thank you, Minister. Will there be troops on the ground?\n\nMS. SYNTHETIC: There will be no troops on the ground. But we will help in other ways.\n\nQ  What kind of help?\n\nMS. SYNTHETIC: I am not going to get ahead of the cabinet on that.";
    let found = direct(text);
    assert_eq!(found.len(), 3, "{found:?}");
    assert!(
        found
            .iter()
            .all(|q| q.speaker.slug.as_deref() == Some("ada-synthetic"))
    );
    assert!(found[1].text.starts_with("There will be no troops"));
}

#[test]
fn the_source_of_an_attributed_quotation_is_no_speaker() {
    let found = extract_quotes(
        "Headline\n\n\"The ball is in their court,\" Fakenko said, according to NorInform.",
        &actors(),
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].speaker.slug.as_deref(), Some("sergey-fakenko"));
}

#[test]
fn reported_speech_starts_at_the_description_before_a_name() {
    let found = reported(
        "President Example's foreign policy aide, Yuri Ulanov, said the side had handed over its proposals.",
    );
    assert_eq!(found.len(), 1);
    assert!(
        found[0].text.starts_with("President Example's"),
        "{:?}",
        found[0].text
    );
    assert_eq!(found[0].speaker.name, "Yuri Ulanov");
}

#[test]
fn the_title_of_a_named_place_or_body_describes_a_person() {
    let found =
        reported("The president of Norlandia has said his country will not wait for approval.");
    assert_eq!(found[0].speaker.slug.as_deref(), Some("boris-example"));
}

#[test]
fn a_plural_noun_after_a_possessive_is_a_speaker() {
    let found = reported("Example's critics say he has oversold the project.");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].speaker.name, "Example's critics");
}

#[test]
fn a_headline_names_its_speaker_before_a_colon() {
    let found = reported(
        "Testburg Palace: security guarantees must take Norlandia's interests into account\n\nAnalysis: the talks will be long and the outcome is unclear.",
    );
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].speaker.slug.as_deref(), Some("testburg-palace"));
    assert!(found[0].text.starts_with("security guarantees"));
}

#[test]
fn laying_out_and_doubting_report_speech() {
    let found = reported(
        "Norlandia's foreign minister on Friday laid out for the first time how his country would respond to a new attack.",
    );
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].speaker.slug.as_deref(), Some("sergey-fakenko"));
    let found = reported(
        "Military experts doubt that the army could send more than a few hundred soldiers.",
    );
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].speaker.name, "Military experts");
}

#[test]
fn a_short_claim_with_its_source_and_one_of_that_source() {
    let text = "Ministers gather today. The draft says nothing about money. That's deliberate, according to two officials familiar with the drafting. \"If we put a number in, we lose three capitals,\" one of them told us.";
    let found = run(text).quotes;
    let of = |words: &str| {
        let q = found
            .iter()
            .find(|q| q.text.starts_with(words))
            .unwrap_or_else(|| panic!("{words:?} in {found:#?}"));
        q.speaker.name.clone()
    };
    assert!(of("That's deliberate").contains("officials"));
    assert!(of("If we put a number in").contains("officials"));
}

#[test]
fn a_possessive_in_a_closing_attribution_owns_the_claims_subject() {
    let found =
        reported("Lena Dummy will propose a common fund, her spokesman confirmed to reporters.");
    assert_eq!(found[0].speaker.slug.as_deref(), Some("lena-dummy"));
}

#[test]
fn a_presenter_and_a_heading_before_the_speaker() {
    let text = "State television devoted its programme to the speech. Its presenter called Synthetic \"the new face of an old mistake\".\n\nPARTING WORDS: Jonas Instance, asked what he expected, kept it short: \"Progress. Small progress.\"";
    let found = direct(text);
    assert!(speaker_of(&found, "the new face of an old mistake").contains("presenter"));
    assert_eq!(
        speaker_of(&found, "Progress. Small progress"),
        "name:Jonas Instance"
    );
}

#[test]
fn a_capitalised_qualifier_must_fit_the_institution() {
    let all = actors_with([institution(
        "exampleland-government",
        "Government of Exampleland",
        &["Sampleton", "the Exampleland government"],
        "Government of Exampleland",
    )]);
    let text = "Talks were held in Sampleton. According to the Placeholdian government, the two leaders agreed to set up a working group.";
    let found = extract(text, &all, day("2031-05-07")).quotes;
    let q = found.iter().find(|q| q.kind == "reported").unwrap();
    assert_eq!(q.speaker.slug, None);
    assert!(q.speaker.name.contains("Placeholdian government"));
}

#[test]
fn a_known_surname_after_another_first_name_is_someone_else() {
    let found = direct(
        "\"We need more batteries,\" said Yuri Example, a city councillor. \
         \"Not yet,\" said Boris Example. \"Soon,\" PM Example added.",
    );
    assert_eq!(
        speaker_of(&found, "We need more batteries"),
        "name:Yuri Example"
    );
    assert_eq!(speaker_of(&found, "Not yet"), "boris-example");
    assert_eq!(speaker_of(&found, "Soon"), "boris-example");
}

#[test]
fn a_known_surname_is_the_person_the_text_named_in_full_with_another_first_name() {
    let found = direct(
        "Shift engineer Yuri Example runs the control room. \"The screens are green,\" Example told reporters.",
    );
    assert_eq!(
        speaker_of(&found, "The screens are green"),
        "name:Yuri Example"
    );
}

#[test]
fn a_television_transcript_leaves_out_its_host_and_keeps_a_guests_paragraphs() {
    let text = "Headline\n\n\
                BROCK TESTER, LNN HOST: Welcome back. Joining me now, Ada Synthetic. Minister, good to have you.\n\n\
                ADA SYNTHETIC (DEFENCE MINISTER): Good to be with you.\n\n\
                TESTER: Will there be troops?\n\n\
                SYNTHETIC: Not this year.\n\n\
                Allies agreed on a framework last week. It has three parts.\n\n\
                (END VIDEO CLIP)\n\n\
                TESTER: And next year?\n\n\
                SYNTHETIC: That depends on the vote.";
    let found = direct(text);
    let said: Vec<&str> = found.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(
        said,
        [
            "Good to be with you.",
            "Not this year.",
            "Allies agreed on a framework last week. It has three parts.",
            "That depends on the vote."
        ]
        .map(|t| t.trim_end_matches('.')),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .all(|q| q.speaker.slug.as_deref() == Some("ada-synthetic"))
    );
    // A host known only by the welcome: "CORA HOST:" then "HOST:".
    let text = "Headline\n\n\
                CORA PRESENTA: Welcome to Sunday Questions. Minister, will you accept a cap?\n\n\
                SYNTHETIC: We will not.\n\n\
                PRESENTA: Not even for a year?\n\n\
                SYNTHETIC: Not even for a year.\n\n\
                PRESENTA: Mr Secretary, thank you for your time.\n\n\
                SYNTHETIC: Thank you.";
    let found = direct(text);
    assert_eq!(found.len(), 3, "{found:?}");
}

#[test]
fn a_transcripts_labels_in_capitals_are_names_however_long() {
    let text = "Headline\n\n\
                SERGEY FAKENKO: Good morning. Two things from me.\n\n\
                QUESTION (Marten Questor, Exampleland Broadcasting Corporation): Minister, is this a substitute?\n\n\
                SERGEY FAKENKO: No. It is a road.\n\n\
                QUESTION (Anna Askew, Daily Example): And the timetable?\n\n\
                SERGEY FAKENKO: Soon.";
    let found = direct(text);
    assert_eq!(found.len(), 3, "{found:?}");
    assert!(
        found
            .iter()
            .all(|q| q.speaker.slug.as_deref() == Some("sergey-fakenko"))
    );
}

#[test]
fn who_after_a_name_and_the_title_of_a_place_is_the_named_person() {
    let found = direct(
        "The rebels were led by Ada Synthetic, the MP for Harrowgate East, who said she had 'never cast a harder vote'.",
    );
    assert_eq!(found[0].speaker.slug.as_deref(), Some("ada-synthetic"));
}

#[test]
fn a_heading_in_title_case_names_nobody_a_pronoun_could_mean() {
    let found = direct(
        "The Chancellor's Reluctant Promise\n\nThe parade ground is empty, apart from a man smoking by the fence. \"Everyone in town asks me the same question,\" he says.",
    );
    assert_eq!(found.len(), 1);
    assert!(
        !found[0].speaker.name.contains("Promise"),
        "{:?}",
        found[0].speaker
    );
}

#[test]
fn a_description_from_another_country_is_not_the_person_named_later() {
    let found = direct(
        "A senior Vallmark diplomat said a veto would be \"an invitation to probe\". \"Deterrence by committee is not deterrence,\" the diplomat said.\n\n\
         Lena Questa, the Fictonian diplomat who chairs the group, said the idea had \"real traction\".",
    );
    assert_eq!(
        speaker_of(&found, "an invitation to probe"),
        "name:senior Vallmark diplomat"
    );
    assert_eq!(
        speaker_of(&found, "Deterrence by committee is not deterrence"),
        "name:senior Vallmark diplomat"
    );
    assert_eq!(speaker_of(&found, "real traction"), "name:Lena Questa");
}

#[test]
fn people_are_many_and_never_a_she() {
    let found = direct(
        "Ada Synthetic led the talks.\n\nPeople close to the delegation say she was furious. In public she is measured.\n\n\"Brennholm is a floor,\" she said.",
    );
    assert_eq!(speaker_of(&found, "Brennholm is a floor"), "ada-synthetic");
}

#[test]
fn a_news_sites_one_word_kicker_is_no_speaker() {
    let found = run(
        "Headline\n\nDetails: Fakenko said 271 deputies voted for the bill. He noted that a second reading could come in July.\n\n\
         Quote from Fakenko: \"The bill has been adopted at first reading.\"",
    )
    .quotes;
    assert_eq!(found.len(), 3, "{found:?}");
    assert!(
        found
            .iter()
            .all(|q| q.speaker.slug.as_deref() == Some("sergey-fakenko")),
        "{found:?}"
    );
}

#[test]
fn a_common_noun_before_a_full_name_describes_the_person_named() {
    let found = direct(
        "Ada Synthetic said her officers were 'guests'.\n\n\
         At the Central Market, stallholder Nadiya Questova, 61, said she had heard 'a lot of promises from a lot of capitals'.",
    );
    assert_eq!(
        speaker_of(&found, "a lot of promises from a lot of capitals"),
        "name:Nadiya Questova"
    );
}

#[test]
fn a_participle_of_urging_or_promising_says_the_subject_spoke() {
    let found = direct(
        "Ada Synthetic opened the session by urging both sides to \"separate what is possible from what is desirable\".",
    );
    assert_eq!(
        speaker_of(&found, "separate what is possible from what is desirable"),
        "ada-synthetic"
    );
}

#[test]
fn in_the_words_of_someone_names_the_speaker() {
    let found = direct(
        "The question remains, in the words of one senior Vallmarkian official, \u{201c}the paragraph nobody wants to write.\u{201d}\n\n\
         \u{201c}We are building a house and arguing about the insurance,\u{201d} said the official.",
    );
    assert_eq!(
        speaker_of(&found, "the paragraph nobody wants to write"),
        "name:senior Vallmarkian official"
    );
    assert_eq!(
        speaker_of(
            &found,
            "We are building a house and arguing about the insurance"
        ),
        "name:senior Vallmarkian official"
    );
}

#[test]
fn a_participle_opening_the_sentence_is_no_speaker_of_its_second_quotation() {
    let found = direct(
        "Opening the debate, Ada Synthetic told MPs the force would be 'a shield, not a spear' and insisted its purpose was to make a return to war 'so costly that nobody attempts it'.",
    );
    assert_eq!(
        speaker_of(&found, "so costly that nobody attempts it"),
        "ada-synthetic"
    );
}

#[test]
fn the_subject_of_the_clauses_first_verb_said_what_a_participle_adds() {
    let found = direct(
        "But on Sunday evening military commentator Anton Questov mocked the contingent on state television, calling the soldiers \"tourists with rifles\". He predicted that they would leave.",
    );
    assert_eq!(
        speaker_of(&found, "tourists with rifles"),
        "name:Anton Questov"
    );
}

#[test]
fn a_committees_numbered_questions_are_its_members_words() {
    let text = "Defence Committee: oral evidence\n\n\
                Q1 Rhys Questor: Minister, how long are we committing to?\n\n\
                Ada Synthetic: Three years, with a review.\n\n\
                Q2 Rhys Questor: And then?\n\n\
                Ada Synthetic: Then parliament decides.";
    let found = direct(text);
    assert_eq!(found.len(), 4, "{found:?}");
    assert_eq!(found[0].speaker.name, "Rhys Questor");
    assert_eq!(found[1].speaker.slug.as_deref(), Some("ada-synthetic"));
}

#[test]
fn a_place_or_heading_before_the_subject_is_not_the_speaker() {
    let text = "Back in Templatyn, Ms Synthetic said she would judge the talks by one test.\n\n\
                State of play: The Testburg Palace said Monday it was \"studying the text carefully.\"\n\n\
                TESTBURG/SAMPLETON, Oct 2 (Synthetic Wire) - Norlandia's president on Thursday rejected the plan, saying it would \"prolong the conflict rather than end it\".";
    let found = run(text).quotes;
    let claim = found.iter().find(|q| q.kind == "reported").unwrap();
    assert_eq!(claim.speaker.slug.as_deref(), Some("ada-synthetic"));
    assert_eq!(
        speaker_of(&found, "studying the text carefully"),
        "testburg-palace"
    );
    assert_eq!(
        speaker_of(&found, "prolong the conflict rather than end it"),
        "boris-example"
    );
}

#[test]
fn one_of_a_group_is_someone_of_that_group() {
    let found = reported(
        "Two officials familiar with the document described it. Norlandia's foreign ministry \
         said nothing. Two smaller allies would sign, one of the officials said.",
    );
    let claim = found
        .iter()
        .find(|q| q.text.contains("smaller allies"))
        .unwrap();
    assert_eq!(claim.speaker.slug, None);
    assert!(claim.speaker.name.contains("officials"), "{claim:?}");
}

#[test]
fn transcript_turns_are_the_speakers_words_and_questions_are_not_proposed() {
    let text = "Ada Synthetic spoke to Bret Mockery on Sunday.\n\n\
                MOCKERY: Minister, will troops be on the ground?\n\n\
                SYNTHETIC: If there's a ceasefire, yes. We'd be there to keep the peace.\n\n\
                MOCKERY: What about the cost?\n\n\
                SYNTHETIC: It's cheaper than the alternative. Always.";
    let found = direct(text);
    assert_eq!(
        texts(&found),
        [
            "If there's a ceasefire, yes. We'd be there to keep the peace",
            "It's cheaper than the alternative. Always"
        ]
    );
    assert!(
        found
            .iter()
            .all(|q| q.speaker.slug.as_deref() == Some("ada-synthetic"))
    );
    let text = "Bret Mockery: Will troops be on the ground?\n\n\
                Ada Synthetic: If there's a ceasefire, yes.\n\n\
                Bret Mockery: What about the cost?\n\n\
                Ada Synthetic: It's cheaper than the alternative.";
    assert_eq!(
        texts(&direct(text)),
        [
            "If there's a ceasefire, yes",
            "It's cheaper than the alternative"
        ]
    );
    // One heading in capitals is not a transcript.
    assert!(direct("BREAKING: Troops will stay, officials say.\n\nNothing else.").is_empty());
}

#[test]
fn a_meeting_transcripts_minister_called_by_name_speaks_once() {
    let found = direct(
        "Meeting with Government members\n\n\
         Boris Example: Good afternoon, colleagues.\n\n\
         Mr Fakenko, please report on the contacts of the past week.\n\n\
         Sergey Fakenko: Thank you, Mr President.\n\n\
         As you instructed, we held consultations with the mediators.\n\n\
         Boris Example: Good. Ms Synthetic, please.\n\n\
         General Ada Synthetic: The troops are ready.\n\n\
         Synthetic said later that the order would come within days.\n\n\
         Boris Example: Then we are done?\n\n\
         General Ada Synthetic: We are.",
    );
    assert_eq!(
        speaker_of(&found, "Thank you, Mr President"),
        "sergey-fakenko"
    );
    assert_eq!(
        speaker_of(
            &found,
            "As you instructed, we held consultations with the mediators"
        ),
        "sergey-fakenko"
    );
    assert_eq!(speaker_of(&found, "The troops are ready"), "ada-synthetic");
    // The reporter's paragraph that names the speaker is no part of her turn.
    assert!(!texts(&found).iter().any(|t| t.contains("said later")));
}

#[test]
fn swedish_and_german_quotation_marks() {
    let found = direct(
        "Ada Synthetic said the decision was wrong. \u{201d}The president can announce,\u{201d} Synthetic said.\n\n\
         Boris Example considers the package typical. \u{201d}It is small and concrete.\u{201d} In his view, the question is elsewhere.\n\n\
         Lena Dummy welcomed the vote. \u{bb}We are ready to send them\u{ab}, she said.",
    );
    assert_eq!(
        texts(&found),
        [
            "The president can announce",
            "It is small and concrete",
            "We are ready to send them"
        ]
    );
    assert_eq!(
        speaker_of(&found, "It is small and concrete"),
        "boris-example"
    );
    assert_eq!(
        speaker_of(&found, "We are ready to send them"),
        "lena-dummy"
    );
}

#[test]
fn a_ministers_portfolio_is_no_name() {
    let found = direct(
        "Saffaria's Minister of State for International Cooperation, Hessa Al Qadiri, said the exchange was \"proof that enemies can keep a promise\".\n\n\
         The Minister for Veterans, Oskar Lind, said it was \"a good day\".",
    );
    assert_eq!(
        speaker_of(&found, "proof that enemies can keep a promise"),
        "name:Hessa Al Qadiri"
    );
    assert_eq!(speaker_of(&found, "a good day"), "name:Oskar Lind");
}

#[test]
fn a_transcripts_labels_of_initials_are_the_names_they_spell() {
    let found = direct(
        "SUNDAY WITH BRET MOCKERY\n\n\
         INTERVIEW: ADA SYNTHETIC, DEFENCE MINISTER\n\n\
         BM: Ada Synthetic, will the troops stay?\n\n\
         AS: Good morning. They will stay as long as it takes.\n\n\
         BM: And the cost?\n\n\
         AS: It is a fraction of the alternative.\n\n\
         INTERVIEW: LENA DUMMY, SPOKESWOMAN\n\n\
         BM: Lena Dummy, what does the ministry say?\n\n\
         LD: We welcome it.\n\n\
         BM: Thank you?\n\n\
         LD: Thank you.",
    );
    assert_eq!(
        texts(&found),
        [
            "Good morning. They will stay as long as it takes",
            "It is a fraction of the alternative",
            "We welcome it",
            "Thank you"
        ]
    );
    assert_eq!(
        speaker_of(&found, "It is a fraction of the alternative"),
        "ada-synthetic"
    );
    assert_eq!(speaker_of(&found, "We welcome it"), "lena-dummy");
}

#[test]
fn a_common_title_of_several_words_is_an_actors_only_once_named() {
    // Another country's president is known by "the head of state" too.
    let known = actors_with([actor(
        "ryhor-mockovich",
        "Ryhor Mockovich",
        &["Mockovich", "the head of state"],
        "President of Drevania",
    )]);
    let found = direct_with(
        "President Boris Example met his security council on Friday.\n\n\
         \"We will not allow anyone to threaten us,\" the head of state said.",
        &known,
    );
    assert_eq!(
        speaker_of(&found, "We will not allow anyone to threaten us"),
        "boris-example"
    );
}

#[test]
fn a_producer_a_strategist_and_an_employee_are_people_who_speak() {
    for (text, who) in [
        (
            "A producer at the channel described it. \"The instruction was simple,\" the producer told reporters.",
            "name:producer",
        ),
        (
            "\"Our job for the next month is vocabulary,\" said a political strategist who works with the ministry.",
            "name:political strategist",
        ),
        (
            "An employee of the fund said managers wanted \"flags on the map\".",
            "name:employee of the fund",
        ),
    ] {
        let found = direct(text);
        assert_eq!(found.len(), 1, "{text}");
        let speaker = speaker_of(&found, found[0].text.trim_end_matches(['.', ',']));
        assert_eq!(speaker, who, "{text}");
    }
}

#[test]
fn the_ministry_after_its_spokesperson_is_the_ministry_not_the_spokesperson() {
    let text = "Defence Ministry spokesperson Zeki Mockturk said at a briefing that officers had met.\n\n\
         In a written statement on Thursday, the ministry said the mission would be open \"to financing and equipment\".";
    let spokesperson = KnownActor {
        affiliation: Some("Tarsovia Defence Ministry".into()),
        ..actor(
            "zeki-mockturk",
            "Zeki Mockturk",
            &["Mockturk"],
            "Spokesperson of Tarsovia's Defence Ministry",
        )
    };
    let ministry = institution(
        "tarsovia-defence-ministry",
        "Tarsovia Defence Ministry",
        &["the Tarsovian Defence Ministry"],
        "Defence ministry of Tarsovia",
    );
    let found = direct_with(text, &actors_with([spokesperson.clone(), ministry]));
    assert_eq!(
        speaker_of(&found, "to financing and equipment"),
        "tarsovia-defence-ministry"
    );
    // Without the ministry known, the ministry is described, not its spokesperson.
    let found = direct_with(text, &actors_with([spokesperson]));
    assert_eq!(
        speaker_of(&found, "to financing and equipment"),
        "name:ministry"
    );
}

#[test]
fn a_pronoun_after_a_sentence_that_names_only_someone_met_before_is_theirs() {
    // Named first in the headline, then in the sentence before the pronoun.
    let found = direct(
        "Playbook: vote \u{2014} Mockovskyy's red pen \u{2014} threats\n\n\
         The counter-argument: **Boris Example** was in town. According to two people in the room, Example told MEPs that a failed vote would be an invitation.\n\n\
         MOCKOVSKYY'S RED PEN: Budget rapporteur **Taras Mockovskyy** wants the price tag split across three budget years. \"I am for the force,\" he told Playbook Tuesday.",
    );
    assert_eq!(speaker_of(&found, "I am for the force"), "taras-mockovskyy");
}

#[test]
fn a_quotation_opening_a_paragraph_alone_is_the_person_the_next_sentence_opens_with() {
    let found = direct(
        "Boris Example said on Monday that the talks would go on.\n\n\
         TEMPLATYN \u{2014} \u{ab}If there is a truce, we will not stand at the window\u{bb}. Taras Mockovskyy chose the parade to send a message to the partners.",
    );
    assert_eq!(
        speaker_of(
            &found,
            "If there is a truce, we will not stand at the window"
        ),
        "taras-mockovskyy"
    );
}

#[test]
fn a_name_after_the_is_an_organisation_that_it_stands_for() {
    let found = reported(
        "Ada Synthetic said the frigate would sail in May.\n\n\
         The Civic Front was more cautious. It said the plan was a blank cheque for the government.",
    );
    let party = found
        .iter()
        .find(|q| q.text.starts_with("It said"))
        .unwrap_or_else(|| panic!("{found:#?}"));
    assert_eq!(party.speaker.name, "Civic Front");
}

#[test]
fn someone_of_a_persons_described_then_named_in_apposition_is_the_one_named() {
    let found = direct(
        "Boris Example spoke first.\n\n\
         His colleague from the National Security Bureau, Ivan Mockov, went further. \"Two amendments, one afternoon of work,\" he told reporters.",
    );
    assert_eq!(
        speaker_of(&found, "Two amendments, one afternoon of work"),
        "name:Ivan Mockov"
    );
}

#[test]
fn the_main_opposition_party_speaks() {
    let found = reported(
        "The defence ministry said the frigate would sail in May.\n\n\
         The main opposition New Horizon Party warned the move could endanger relations with Norlandia.",
    );
    assert!(
        found
            .iter()
            .any(|q| q.text.starts_with("The main opposition")),
        "{found:#?}"
    );
}

#[test]
fn a_members_group_and_country_in_parentheses_leave_the_member_the_subject() {
    let found = direct(
        "The plenary debated the fund.\n\n\
         Bastien Mockov (Sovereign Nations, Lorumbia) said the Union was \"sleepwalking into a war\".",
    );
    assert_eq!(
        speaker_of(&found, "sleepwalking into a war"),
        "name:Bastien Mockov"
    );
    let found =
        reported("Frauke Mockel (Social Democrats) said her group would support the motion.");
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].speaker.name, "Frauke Mockel");
}

#[test]
fn a_label_with_a_two_word_rank_is_the_person_named() {
    let found = direct(
        "MS. DUMMY: Good afternoon. I'll bring up Admiral Synthetic.\n\n\
         REAR ADM. ADA SYNTHETIC: Thanks. Our planning assumes a backstop role.\n\n\
         Q: Admiral, how many personnel?\n\n\
         ADM. SYNTHETIC: I'm not going to give you a number.\n\n\
         Q: And the aircraft?\n\n\
         MS. DUMMY: We will come back to that.",
    );
    assert_eq!(
        speaker_of(&found, "Thanks. Our planning assumes a backstop role"),
        "ada-synthetic"
    );
}

#[test]
fn a_last_turn_goes_on_in_a_paragraph_that_says_we_have() {
    let found = direct(
        "MS. DUMMY: Good afternoon.\n\n\
         Q: Will there be troops?\n\n\
         MS. DUMMY: No. That hasn't changed.\n\n\
         Q: And the exercise?\n\n\
         MS. DUMMY: First, the exercise will go ahead.\n\n\
         Second, the training effort we've been running will move next month.",
    );
    assert!(
        texts(&found)
            .iter()
            .any(|t| t.starts_with("Second, the training effort")),
        "{found:#?}"
    );
}

#[test]
fn jan_before_a_surname_is_a_first_name_not_a_month() {
    let found = direct(
        "The opposition was angry. Jan Kowalczyk said the government wanted \"credit for peace\".",
    );
    assert_eq!(speaker_of(&found, "credit for peace"), "name:Jan Kowalczyk");
    let found = run("On Jan. 5, Ada Synthetic said she was \"ready\".");
    assert_eq!(found.quotes[0].said_on.as_deref(), Some("2031-01-05"));
}

#[test]
fn an_outlets_label_with_a_slash_asks_the_questions() {
    let found = direct(
        "RFE/RL: What should Templatyn be looking for in that text?\n\n\
         Synthetic: Three things, and in this order.\n\n\
         RFE/RL: Is that enough?\n\n\
         Synthetic: It is not supposed to fight Norlandia.",
    );
    assert_eq!(
        texts(&found),
        [
            "Three things, and in this order",
            "It is not supposed to fight Norlandia"
        ]
    );
    assert_eq!(
        speaker_of(&found, "Three things, and in this order"),
        "ada-synthetic"
    );
}

#[test]
fn an_interviewer_the_outlet_calls_its_own_or_who_thanks_the_guest_for_joining_asks() {
    let turns = "Ada Synthetic, Defence Minister: Thank you for having me.\n\n\
                 Bret Mockery: Some senators say a backstop could drag us into a war.\n\n\
                 Ada Synthetic: I understand this fear.\n\n\
                 Bret Mockery: Norlandia's government says troops would be a provocation.\n\n\
                 Ada Synthetic: Mr Example has said many things.\n\n\
                 Bret Mockery: Will the troops stay?";
    for opening in [
        "Our Bret Mockery spoke earlier today with the minister.\n\nBret Mockery: Minister, good to see you.",
        "Bret Mockery: Minister, thank you for joining us.",
    ] {
        let found = direct(&format!("{opening}\n\n{turns}"));
        assert_eq!(
            texts(&found),
            [
                "Thank you for having me",
                "I understand this fear",
                "Mr Example has said many things"
            ],
            "{opening}"
        );
    }
}

#[test]
fn a_label_whose_turns_are_half_questions_is_the_interviewer() {
    let found = direct(
        "THE COMPASS: Minister, does Exampleland have a number?\n\n\
         Synthetic: We have a plan, which is more important than a number.\n\n\
         THE COMPASS: And ground troops?\n\n\
         Synthetic: Not in the first phase.\n\n\
         THE COMPASS: Your partners are going further.\n\n\
         Synthetic: They have their reasons, and we have ours.\n\n\
         THE COMPASS: Minister, thank you for this interview.",
    );
    assert_eq!(
        texts(&found),
        [
            "We have a plan, which is more important than a number",
            "Not in the first phase",
            "They have their reasons, and we have ours"
        ]
    );
}

#[test]
fn a_title_is_not_the_role_someone_used_to_hold() {
    let known = actors_with([
        actor(
            "ingrid-former",
            "Ingrid Formera",
            &["Formera"],
            "General (retired); former Chief of Defence Staff of Vallmark",
        ),
        actor(
            "mirjam-envoy",
            "Mirjam Envoya",
            &["Envoya"],
            "Special envoy of the Concord Commission; former Vallmark ambassador",
        ),
    ]);
    let found = direct_with(
        "The Chief of the Defence Staff warned that it would cost \"well over a billion\".\n\n\
         The Concord Commission's special envoy called it \"the boring part\".",
        &known,
    );
    assert_ne!(speaker_of(&found, "well over a billion"), "ingrid-former");
    assert_eq!(speaker_of(&found, "the boring part"), "mirjam-envoy");
}

#[test]
fn a_bylines_name_is_no_one_in_the_story() {
    let found = direct(
        "Palace against government over the guarantees. Example: \u{201e}No soldier under a foreign flag\u{201d}\n\n\
         Prime Minister Synthetic promised a battalion. The president says he will not sign off on it unless the alliance takes command.\n\n\
         Bartek Zarembowski\n\n\
         29 May 2026\n\n\
         On Wednesday evening President Boris Example, who as commander-in-chief must approve any deployment, made it clear he had no intention of doing so. \
         \u{201e}No soldier will serve under a foreign flag\u{201d}, he said.",
    );
    assert_eq!(
        speaker_of(&found, "No soldier will serve under a foreign flag"),
        "boris-example"
    );
}

#[test]
fn an_appraisal_before_a_noun_is_the_speakers_words() {
    let found = direct(
        "Ada Synthetic called it a \"useful and responsible\" contribution.\n\n\
         Boris Example welcomed a \"very good\" start.\n\n\
         The ministers backed the sanctions \"snapback\" mechanism on Tuesday.\n\n\
         Lena Dummy spoke of a \"useful and responsible\" contribution.",
    );
    assert_eq!(
        texts(&found),
        [
            "useful and responsible",
            "very good",
            "useful and responsible"
        ]
    );
    assert_eq!(speaker_of(&found, "very good"), "boris-example");
    assert_eq!(found[2].speaker.slug.as_deref(), Some("lena-dummy"));
}

#[test]
fn a_turn_that_is_only_a_stage_direction_is_no_quotation() {
    let found = direct(
        "(SOUNDBITE OF ARCHIVED RECORDING)\n\n\
         BORIS EXAMPLE: (Speaking Norlandian).\n\n\
         HOST: He said troops would make any ceasefire impossible?\n\n\
         SYNTHETIC: That is his view.\n\n\
         HOST: And yours?\n\n\
         SYNTHETIC: Ours is different.\n\n\
         BORIS EXAMPLE: (Speaking Norlandian).",
    );
    assert_eq!(texts(&found), ["That is his view", "Ours is different"]);
}

#[test]
fn an_embedded_post_is_its_posters_words() {
    let found = direct(
        "14.40 CEST\n\n\
         Exampleland's defence minister has just posted this:\n\n\
         Two more air-defence units will go this summer. Guarantees are built from hardware. pic.relay.example/q7Fz2Lm\n\
         \u{2014} Ada Synthetic (@AdaSynthetic) June 18, 2031\n\n\
         Testburg replied within the hour.\n\n\
         Paper is still paper.\n\n\
         \u{2014} Boris Example (@BExample) June 18, 2031",
    );
    assert_eq!(
        texts(&found),
        [
            "Two more air-defence units will go this summer. Guarantees are built from hardware",
            "Paper is still paper"
        ]
    );
    assert_eq!(
        speaker_of(
            &found,
            "Two more air-defence units will go this summer. Guarantees are built from hardware"
        ),
        "ada-synthetic"
    );
    assert_eq!(speaker_of(&found, "Paper is still paper"), "boris-example");
}

#[test]
fn an_adverb_opening_a_sentence_is_no_name() {
    let found = direct(
        "Officially, of course, the Foreign Ministry denies any disagreement, and Ada Synthetic limited herself to a laconic: \"The line is the one the Premier has indicated.\"\n\n\
         Reportedly, the talks stalled. \"We are not there yet.\"",
    );
    assert_eq!(found.len(), 2);
    for q in &found {
        assert!(
            !["Officially", "Reportedly"].contains(&q.speaker.name.as_str()),
            "{q:?}"
        );
    }
}

#[test]
fn a_chief_or_top_diplomat_named_later_is_that_minister() {
    let found = direct(
        "Exampleland's defence chief says allies 'won't blink'\n\n\
         Exampleland Defence Minister Ada Synthetic spoke on Sunday.\n\n\
         Norlandia's top diplomat called the idea \"a provocation\".\n\n\
         Foreign Minister Sergey Fakenko spoke to reporters later.",
    );
    assert_eq!(speaker_of(&found, "won't blink"), "ada-synthetic");
    assert_eq!(speaker_of(&found, "a provocation"), "sergey-fakenko");
}

#[test]
fn a_person_described_then_named_by_her_name_is() {
    let found = direct(
        "The woman at the bus stop laughed.\n\n\
         \"Everybody guarantees something,\" she said.\n\n\
         Her name was Halyna Testchuk, and she was 61.",
    );
    assert_eq!(
        speaker_of(&found, "Everybody guarantees something"),
        "name:Halyna Testchuk"
    );
}

#[test]
fn a_kicker_caption_or_wire_dateline_is_not_the_subject() {
    let text = "TEMPLATYN COUNTS: Ms Synthetic warned ministers in a letter that delays were costly. \"Every week counts,\" she wrote.\n\n\
                Image caption, Taras Mockovskyy: \"We know what a memorandum is worth\"\n\n\
                TESTBURG, March 24. /NorInform/. The plan is a threat, Boris Example said on Thursday.\n\n\
                NORLANDIA'S NEW FAVORITE WORD: \"Racket.\"";
    let found = run(text).quotes;
    assert_eq!(speaker_of(&found, "Every week counts"), "ada-synthetic");
    assert_eq!(
        speaker_of(&found, "We know what a memorandum is worth"),
        "taras-mockovskyy"
    );
    let claims: Vec<_> = found.iter().filter(|q| q.kind == "reported").collect();
    assert!(
        claims
            .iter()
            .any(|q| q.text.starts_with("Ms Synthetic warned"))
    );
    assert!(
        claims
            .iter()
            .any(|q| q.text.starts_with("The plan is a threat"))
    );
    assert!(!texts(&found).contains(&"Racket"), "{found:#?}");
}

#[test]
fn descriptions_of_new_people_and_of_the_head_of_state() {
    let found = direct(
        "In Velnik, two kilometres from the line, a woman selling eggs said she was tired. \
         \"They sign, and the windows break anyway,\" she said.\n\n\
         It is a task its own chief has called \"impossible with the numbers we have\".\n\n\
         A diplomat said little. Another diplomat was blunter: \"It is a promise to a corpse.\"\n\n\
         Norlandian President Boris Example spoke. \"This is about the next round,\" the head of state stressed. \
         According to him, Norlandia \"has never rejected dialogue\".",
    );
    assert_eq!(
        speaker_of(&found, "They sign, and the windows break anyway"),
        "name:woman"
    );
    assert!(texts(&found).contains(&"impossible with the numbers we have"));
    assert_eq!(
        speaker_of(&found, "It is a promise to a corpse"),
        "name:diplomat"
    );
    assert_eq!(
        speaker_of(&found, "This is about the next round"),
        "boris-example"
    );
    assert_eq!(
        speaker_of(&found, "has never rejected dialogue"),
        "boris-example"
    );
}

#[test]
fn reported_speech_answering_a_question_or_told_by_part_of_a_group() {
    let found = reported(
        "Asked on Tuesday whether there was a rift, Synthetic said there was none. \
         Three sources spoke to us. Two of the sources said the plan had its roots in a paper. \
         One European diplomat said several capitals wanted the scope limited. \
         Some allies argue that sanctions should stay. \
         The guarantees being prepared by alliance countries pose a direct threat to regional stability, \
         Norlandian President Boris Example said on Thursday at a meeting with permanent members of the council.",
    );
    let starts: Vec<&str> = found.iter().map(|q| &q.text[..12]).collect();
    assert_eq!(
        starts,
        [
            "Asked on Tue",
            "Two of the s",
            "One European",
            "Some allies ",
            "The guarante"
        ]
    );
    assert_eq!(found[0].speaker.slug.as_deref(), Some("ada-synthetic"));
    assert_eq!(found[4].speaker.slug.as_deref(), Some("boris-example"));
}

#[test]
fn a_partial_quotation_after_that_or_in_a_reported_clause_is_speech() {
    let found = direct(
        "Fakenko told reporters that \"nobody is proposing a gift\" and that relief would be \"reversible\". \
         Ms Synthetic said in Testburg that any mission must be made up of \"genuinely neutral\" countries \
         and must not include \"a single soldier from the alliance.\" \
         Testburg Palace rejected it. Pavel Stubov said it was \"unacceptable under any flag,\" while Sergey Fakenko warned of \"parties to the conflict.\"",
    );
    assert_eq!(
        speaker_of(&found, "nobody is proposing a gift"),
        "sergey-fakenko"
    );
    assert_eq!(speaker_of(&found, "genuinely neutral"), "ada-synthetic");
    assert_eq!(
        speaker_of(&found, "a single soldier from the alliance"),
        "ada-synthetic"
    );
    assert_eq!(
        speaker_of(&found, "unacceptable under any flag"),
        "name:Pavel Stubov"
    );
}

#[test]
fn a_newsletters_name_in_capitals_after_its_title_is_a_name() {
    let found = direct(
        "TALKER — Rep. KIM PLACEHOLDER, the party's loudest hawk, sent an email on Wednesday. \
         In it, Placeholder wrote that the administration was moving \"at the speed of a committee.\"",
    );
    assert_eq!(
        speaker_of(&found, "at the speed of a committee"),
        "name:Kim Placeholder"
    );
}

#[test]
fn a_slogan_on_a_banner_is_not_speech() {
    let found = run(
        "Image caption, Protesters outside the talks carried banners reading \"No deal about us without us\"",
    );
    assert!(found.quotes.is_empty(), "{:#?}", found.quotes);
}

#[test]
fn a_description_is_named_in_the_next_sentence() {
    let found = direct(
        "Earlier in the day, the head of the Presidential Office told journalists that a draft \
         was \"90% ready.\" Kyrylo Mockchuk did not say when it would be signed.\n\n\
         Placeholdia's military said two soldiers were killed. Mark Exemplar, a senior fellow, \
         called the attack \"predictable\" in an interview.",
    );
    assert_eq!(speaker_of(&found, "90% ready"), "name:Kyrylo Mockchuk");
    assert_eq!(speaker_of(&found, "predictable"), "name:Mark Exemplar");
}

#[test]
fn adjectives_before_a_source_participles_after_it_and_as_one_put_it() {
    let found = run(
        "Three diplomatic sources familiar with the matter told Synthetic Wire that the force could number 8,000 troops. \
         In Velnik, a woman selling eggs from the boot of a car said she no longer believed in agreements. \
         The department has circulated a draft, two officials familiar with the document tell Axiomatic. \
         Fictonia wants them pegged to \"what each country already gave,\" as one Fictonian diplomat put it to Playbook.",
    )
    .quotes;
    let of = |start: &str| {
        let q = found.iter().find(|q| q.text.starts_with(start)).unwrap();
        q.speaker.name.clone()
    };
    assert_eq!(of("Three diplomatic sources"), "three diplomatic sources");
    assert_eq!(of("a woman selling eggs"), "woman");
    assert_eq!(of("The department has circulated"), "two officials");
    assert_eq!(of("what each country already gave"), "Fictonian diplomat");
}

#[test]
fn the_owner_opening_a_sentence_after_an_introduction_is_its_subject() {
    let found = direct(
        "Her name was Halyna Testchuk, and she was 61.\n\n\
         A senior Exampleland official said ground troops could wait.\n\n\
         Back at the bus stop, Ms. Testchuk's bus finally arrived. \"Write this down,\" she said.",
    );
    assert_eq!(
        speaker_of(&found, "Write this down"),
        "name:Halyna Testchuk"
    );
}

#[test]
fn a_headline_dash_attribution_phrasal_verbs_and_a_said_phrase_after_an_article() {
    let found = run(
        "Norlandia will not allow alliance troops in Placeholdia — Fakenko\n\n\
         At the same time, he pointed out that no serious proposals had been received. \
         Boris Example said Norlandia supported a \"political and diplomatic settlement\" and was ready to talk. \
         The \"coalition of the willing\" plan was discussed.",
    )
    .quotes;
    let headline = &found[0];
    assert_eq!(headline.kind, "reported");
    assert_eq!(
        headline.text,
        "Norlandia will not allow alliance troops in Placeholdia"
    );
    assert_eq!(headline.speaker.slug.as_deref(), Some("sergey-fakenko"));
    assert!(
        found
            .iter()
            .any(|q| q.text.starts_with("he pointed out that"))
    );
    assert_eq!(
        speaker_of(&found, "political and diplomatic settlement"),
        "boris-example"
    );
    assert!(!texts(&found).contains(&"coalition of the willing"));
}

#[test]
fn a_transcript_turn_may_open_with_any_character() {
    let text = "Host: “Will troops go?”\n\nSYNTHETIC: “Yes,” I said then.\n\nHost: ¿Y ahora?\n\nSYNTHETIC: — Ещё нет. (Laughter.)";
    let found = run(text);
    let chars: Vec<char> = text.chars().collect();
    for q in &found.quotes {
        let at: String = chars[q.start..q.end].iter().collect();
        assert_eq!(at, q.text);
    }
}

#[test]
fn a_quotation_that_opens_inside_a_heading_stays_in_its_sentence() {
    for text in [
        "STATE 'OF PLAY: Synthetic: 'We stay,' she said.",
        "TESTBURG 'S, March 24. /NNA/. 'We stay,' Synthetic said.",
        "DRIVING \"THE DAY: Synthetic: We stay\" she said.",
    ] {
        let found = run(text);
        let chars: Vec<char> = text.chars().collect();
        for q in &found.quotes {
            let at: String = chars[q.start..q.end].iter().collect();
            assert_eq!(at, q.text, "{text}");
        }
    }
}

#[test]
fn names_in_capitals_inside_a_newsletters_sentences() {
    let found = direct(
        "DRIVING THE DAY: Committee chair ROSA FIELDNAME is confident. \"We have the votes,\" she told Playbook.\n\n\
         PALACE WATCH: The president's spokesman, TEO MARCHWICK, said the president \"will sign it the day it reaches his desk.\"\n\n\
         QUOTE OF THE DAY: \"I could teach it myself.\" — A committee member, walking in.",
    );
    assert_eq!(
        speaker_of(&found, "We have the votes"),
        "name:Rosa Fieldname"
    );
    assert_eq!(
        speaker_of(&found, "will sign it the day it reaches his desk"),
        "name:Teo Marchwick"
    );
    assert_eq!(
        speaker_of(&found, "I could teach it myself"),
        "name:committee member"
    );
}

#[test]
fn a_person_described_before_who_speaks_after() {
    let found = direct(
        "The team, led by Col. Aziz Maraval, arrived on Monday. \"We do not assign blame,\" he said.\n\n\
         A machine gunner, who asked to be identified only by his call sign, was less impressed. \"Reports,\" he said.",
    );
    assert_eq!(speaker_of(&found, "Reports"), "name:machine gunner");
}

#[test]
fn nicknames_and_what_banners_say_are_labels() {
    let found = run(
        "His staff have taken to calling it \u{201c}the red circle.\u{201d} \
         The diplomats who drafted the memorandum called it, without irony, the \"forever paper.\" \
         The banners outside the Assembly say \"Stand With Placeholdia.\" \
         Ms Synthetic called the plan \"a trap for everyone\".",
    );
    assert_eq!(texts(&found.quotes), ["a trap for everyone"]);
}

#[test]
fn a_subject_after_when_or_before_used_to_and_the_one_asked() {
    let found = direct(
        "Probe.\n\nWhen President Boris Example stood in Testburg and promised that Norlandia would stay \"for as long as it takes,\" the crowd cheered.\n\n\
         My old mentor, the late ambassador Conrad Pellweather, used to say that \"a guarantee is a bet you hope nobody calls.\"\n\n\
         Walter Stubbs spoke first. I asked Sergey Fakenko whether he agreed. \"Ask me after the budget,\" he said.",
    );
    assert_eq!(
        speaker_of(&found, "for as long as it takes"),
        "boris-example"
    );
    assert_eq!(
        speaker_of(&found, "a guarantee is a bet you hope nobody calls"),
        "name:Conrad Pellweather"
    );
    assert_eq!(
        speaker_of(&found, "Ask me after the budget"),
        "sergey-fakenko"
    );
}

#[test]
fn experts_bylines_and_long_reported_clauses() {
    let found = direct(
        "Chancellor says systems will arrive 'within weeks'\n\n\
         Rowan Ashdeane in Dummyville and Tamsin Orly in Templatyn\n\n\
         Speaking on Wednesday, Ada Synthetic said the systems would arrive \"within weeks, not months\".\n\n\
         According to political scientist Arseny Templov, the capitals \"are selling an insurance policy with no insurer.\" \
         \"It will pay out nothing,\" the expert told reporters.\n\n\
         The Norlandian Defence Ministry said in a statement that air defence units in the border regions had been placed on heightened alert \"in connection with the provocative activity.\"",
    );
    assert_ne!(speaker_of(&found, "within weeks"), "name:Rowan Ashdeane");
    assert_eq!(
        speaker_of(&found, "are selling an insurance policy with no insurer"),
        "name:Arseny Templov"
    );
    assert_eq!(
        speaker_of(&found, "It will pay out nothing"),
        "name:Arseny Templov"
    );
    assert_eq!(
        speaker_of(&found, "in connection with the provocative activity"),
        "name:Norlandian Defence Ministry"
    );
}

#[test]
fn a_source_qualified_and_described_by_a_relative_clause_reports() {
    let found = reported(
        "Two officials from alliance member states, who spoke on condition of anonymity because \
         the talks are private, said Fictonia was reluctant to commit aircraft.",
    );
    assert_eq!(found.len(), 1);
    assert!(found[0].text.starts_with("Two officials from alliance"));
    assert_eq!(found[0].speaker.name, "two officials");
}

#[test]
fn a_closing_attribution_is_in_the_span_with_its_claim() {
    let found = reported(
        "Norlandia will not allow monitors unless partners ease sanctions, three sources \
         familiar with the talks told Northwire, in a move that could complicate talks.",
    );
    assert_eq!(
        texts(&found),
        [
            "Norlandia will not allow monitors unless partners ease sanctions, three sources familiar with the talks told Northwire"
        ]
    );
}

#[test]
fn a_person_described_then_given_a_name_or_call_sign() {
    let found = direct(
        "\"They learn fast,\" said the sergeant, a 41-year-old from Dummyville who gave only his first name, Jannik, in line with army rules.\n\n\
         In the village, shopkeeper Nadiya Kovalchuk sells coffee to the instructors. \"They pay in cash,\" she said.\n\n\
         A young lieutenant, who asks to be identified only by his call sign, Kit, is less diplomatic. \"A ceasefire is when they shoot less,\" he says.\n\n\
         Ada Synthetic visited last month. Afterwards she called the town \"the place where the ceasefire is real\".",
    );
    assert_eq!(speaker_of(&found, "They learn fast"), "name:Jannik");
    assert_eq!(
        speaker_of(&found, "They pay in cash"),
        "name:Nadiya Kovalchuk"
    );
    assert_eq!(
        speaker_of(&found, "A ceasefire is when they shoot less"),
        "name:Kit"
    );
    assert_eq!(
        speaker_of(&found, "the place where the ceasefire is real"),
        "ada-synthetic"
    );
    // Named in the next sentence, through her pronoun.
    let found = direct(
        "One of the instructors, a former combat engineer from Vallmark, said the hardest thing to teach was patience. She asked that only her first name, Inge, be used.\n\n\
         \"We teach them to be boring,\" she said.",
    );
    assert_eq!(
        speaker_of(&found, "We teach them to be boring"),
        "name:Inge"
    );
    // Named as someone the actor list knows.
    let found = direct(
        "One woman said she had returned.\n\nThe woman, who later gave her name as Lena Dummy, is a nurse.\n\n\"We need it,\" she said.",
    );
    assert_eq!(speaker_of(&found, "We need it"), "lena-dummy");
}

#[test]
fn inverted_subjects_and_a_common_nouns_possessive_before_a_title() {
    let found = direct(
        "Sergey Fakenko spoke first. Among the recruits is Dmytro, 23, a former developer.\n\n\
         \"I never held a rifle before March,\" he said.\n\n\
         The town's military administrator, Borys Ostapchuk, spends his days waiting. \"We were promised 40 million,\" he says.\n\n\
         A young Placeholdian lieutenant, who asks to be identified only by his call sign, Kit, is less diplomatic. \"Peace is far,\" he says.",
    );
    assert_eq!(
        speaker_of(&found, "I never held a rifle before March"),
        "name:Dmytro"
    );
    assert_eq!(
        speaker_of(&found, "We were promised 40 million"),
        "name:Borys Ostapchuk"
    );
    assert_eq!(speaker_of(&found, "Peace is far"), "name:Kit");
}

#[test]
fn a_title_matches_a_roles_own_head_and_a_named_woman_over_an_unnamed_source() {
    let all = actors_with([actor(
        "pavel-stubov",
        "Pavel Stubov",
        &["Stubov"],
        "Spokesman for the President of Norlandia",
    )]);
    let text = "Earlier, Testburg Palace spokesman Pavel Stubov said that President Boris Example had been briefed.\n\n\
                \"Norlandia has been here for a thousand years,\" the head of state added.\n\n\
                The walkout came after the chief monitor, Anna Probeck, presented figures, according to a Quillonian official.\n\n\
                \"My teams have counted 412 impacts,\" she told delegates.";
    let found: Vec<QuoteProposal> = extract(text, &all, None)
        .quotes
        .into_iter()
        .filter(|q| q.kind == "direct")
        .collect();
    assert_eq!(
        speaker_of(&found, "Norlandia has been here for a thousand years"),
        "boris-example"
    );
    assert_eq!(
        speaker_of(&found, "My teams have counted 412 impacts"),
        "name:Anna Probeck"
    );
}

#[test]
fn a_headline_quote_is_who_the_story_says_and_a_kicker_after_a_dash() {
    let found = direct(
        "Placeholdia and Norlandia swap prisoners: \"Every name on that list was a fight\"\n\n\
         The exchange took place on Friday.\n\n\
         \"Every name on that list was a fight,\" Ada Synthetic told reporters.\n\n\
         Rep. Walter Stubbs called the bill \"mission creep\" and vowed to amend it.\n\n\
         SCOOP — SYNTHETIC'S LETTER: Defence Minister ADA SYNTHETIC sent members a letter. \"We stay,\" she wrote.",
    );
    assert_eq!(found[0].text, "Every name on that list was a fight");
    assert_eq!(found[0].speaker.slug.as_deref(), Some("ada-synthetic"));
    assert_eq!(speaker_of(&found, "We stay"), "ada-synthetic");
}

#[test]
fn a_headline_quote_the_story_does_not_repeat_is_its_first_speakers() {
    let found = direct(
        "\u{2018}We came back for the roof, not for the politicians\u{2019}: returning families weigh the guarantees\n\n\
         People returning to the port city say the only guarantee they trust is one they can see\n\n\
         Ada Synthetic has fixed the roof three times. \u{201c}If I buy tiles, it means I believe,\u{201d} she says.\n\n\
         \u{201c}Every family that returns is a vote of confidence,\u{201d} Boris Example said.",
    );
    assert_eq!(
        speaker_of(&found, "We came back for the roof, not for the politicians"),
        "ada-synthetic"
    );
}

#[test]
fn a_pull_quote_is_signed_on_the_line_under_it() {
    let found = direct(
        "Ministers met in Brennholm on Tuesday.\n\n\
         QUOTE OF THE DAY\n\n\
         \"A promise is only as strong as the last time someone tested it.\"\n\
         \u{2014} Placeholdia's Foreign Minister Taras Mockovskyy, speaking to students\n\n\
         \u{201c}We will hold.\u{201d}\n\n\
         \u{2014} Lena Dummy, spokeswoman\n\n\
         \u{201c}Nobody will be left alone.\u{201d}\n\
         Ada Synthetic, defence minister\n\n\
         \u{201c}Not yet.\u{201d}\n\
         Reactions in the capital were muted, officials said.",
    );
    assert_eq!(
        speaker_of(
            &found,
            "A promise is only as strong as the last time someone tested it"
        ),
        "taras-mockovskyy"
    );
    assert_eq!(speaker_of(&found, "We will hold"), "lena-dummy");
    assert_eq!(
        speaker_of(&found, "Nobody will be left alone"),
        "ada-synthetic"
    );
    assert_ne!(speaker_of(&found, "Not yet"), "officials");
}

#[test]
fn terms_names_and_call_signs_are_labels_and_a_curly_possessive_does_not_close() {
    let found = run(
        "Fakenko: Alliance \"training mission\" in Placeholdia is cover for combat units\n\n\
         Fakenko: deployment of troops 'absolutely unacceptable' for Testburg\n\n\
         The so-called training mission began in March. Warnings reach the directorate through a link that officers call \"the Pipe,\" he said. \
         A gunner, who gave only his call sign, \"Tractor,\" was less impressed.\n\n\
         She added: \u{2018}We understand our partners\u{2019} concerns, but the money is not a gift.\u{2019}",
    );
    assert_eq!(
        texts(&found.quotes),
        [
            "absolutely unacceptable",
            "We understand our partners\u{2019} concerns, but the money is not a gift"
        ]
    );
}

#[test]
fn live_blog_times_headline_openers_and_quotes_whoever_said_them() {
    let found = run(
        "18:12 — Ada Synthetic: \"This is not the end\"\n\n\
         \u{2018}Every field is a question\u{2019}: deminers race the planting season\n\n\
         Read also: Synthetic: Alliance guarantees 'must come with soldiers, not signatures'\n\n\
         A statement blamed the hold-up on \"technical issues on the other side\". \
         One banker involved in the deal, who asked not to be named, said early demand \u{2018}looks healthy but nervous\u{2019}. \
         The bond, which Norlandia called \u{2018}trading in stolen goods\u{2019} and warned against, drew buyers. \
         A group of states that diplomats have nicknamed the \u{201c}coalition of the guarantors\u{201d} met.",
    )
    .quotes;
    let direct: Vec<&str> = found
        .iter()
        .filter(|q| q.kind == "direct")
        .map(|q| q.text.as_str())
        .collect();
    assert_eq!(
        direct,
        [
            "This is not the end",
            "Every field is a question",
            "must come with soldiers, not signatures",
            "technical issues on the other side",
            "looks healthy but nervous",
            "trading in stolen goods"
        ]
    );
    assert_eq!(speaker_of(&found, "This is not the end"), "ada-synthetic");
}

#[test]
fn an_institutions_statement_speaks_for_it() {
    let found = direct(
        "A Testburg Palace statement blamed the delay on \"technical issues on the other side\".",
    );
    assert_eq!(
        speaker_of(&found, "technical issues on the other side"),
        "testburg-palace"
    );
}

#[test]
fn a_description_by_age_refers_back_and_a_plural_noun_is_no_name() {
    // "Farmers" opening a sentence is a group, not a name; "the 58-year-old farmer" is the
    // person introduced before.
    let found = direct(
        "Farmers say they cannot wait a decade.\n\n\
         Kovrin, Placeholdia – Bohdan Liss walks the edge of his wheat field.\n\n\
         \"There is a tripwire,\" the 58-year-old farmer told reporters.",
    );
    assert_eq!(
        speaker_of(&found, "There is a tripwire"),
        "name:Bohdan Liss"
    );
}

#[test]
fn a_pronoun_after_its_noun_is_the_relative_clauses_subject() {
    let found = direct(
        "Fictonia is ready to send soldiers, Chancellor Ilse Mockmann said. Mockmann said the troops would be based away from the front. They would operate under a mandate she described as \"defensive and visible\".",
    );
    assert_eq!(
        speaker_of(&found, "defensive and visible"),
        "name:Ilse Mockmann"
    );
}

#[test]
fn one_of_a_group_with_a_capitalised_qualifier_is_one_of_them() {
    let found = direct(
        "Exampleland has doubled its instructors, according to two Exampleland officials.\n\n\
         \"The best guarantee is an army,\" said one of the Exampleland officials.",
    );
    assert_eq!(
        speaker_of(&found, "The best guarantee is an army"),
        "name:one of the Exampleland officials"
    );
}

#[test]
fn a_place_that_owns_a_known_institution_speaks_as_one() {
    // Known only as the owner in "Norlandia's foreign ministry", Norlandia is a place: "its"
    // after it is Norlandia's, not the alliance's met before.
    let all = actors_with([institution(
        "norlandia-ministry",
        "Norlandia Foreign Ministry",
        &["Norlandia's foreign ministry"],
        "Foreign Ministry of Norlandia",
    )]);
    let text = "The Northern Sample Alliance said it would share intelligence.\n\n\
                Norlandia reacted angrily. In a statement, its foreign ministry described the agreement as \"direct participation in hostilities\".";
    let found = extract(text, &all, day("2031-05-07")).quotes;
    let quote = found
        .iter()
        .find(|q| q.text == "direct participation in hostilities")
        .unwrap();
    assert_eq!(quote.speaker.slug.as_deref(), Some("norlandia-ministry"));
}

#[test]
fn a_described_person_named_with_named_or_an_age_in_apposition() {
    let found = direct(
        "Ada Synthetic spoke first.\n\n\
         Back on Freedom Street, a man behind her, a former steelworker named Oleh, laughed. \"They talk, we queue,\" he said.",
    );
    assert_eq!(speaker_of(&found, "They talk, we queue"), "name:Oleh");
    let found = direct(
        "The recruits were mostly young, Ada Synthetic said. One of them, a 41-year-old former bus driver, said he had volunteered. \"I drove a bus,\" he said.",
    );
    assert_eq!(
        speaker_of(&found, "I drove a bus"),
        "name:a 41-year-old former bus driver"
    );
}

#[test]
fn american_and_british_spellings_of_an_institution_match() {
    let all = actors_with([institution(
        "norlandia-defence",
        "Norlandia Defence Ministry",
        &["Norlandia's defence ministry"],
        "Defence Ministry of Norlandia",
    )]);
    for text in [
        "Norlandia's defense ministry said the trainers were \"participants in the conflict\".",
        "Norlandia has demanded that trainers leave. Its defense ministry said they were \"participants in the conflict\".",
    ] {
        let found = extract(text, &all, day("2031-05-07")).quotes;
        let quote = found.iter().find(|q| q.kind == "direct").unwrap();
        assert_eq!(
            quote.speaker.slug.as_deref(),
            Some("norlandia-defence"),
            "{text}"
        );
    }
}

#[test]
fn reported_speech_after_an_apposition_a_pledge_of_something_or_a_question() {
    let found = reported(
        "The mayor, Ada Synthetic, says about 40 percent of the population has returned.\n\n\
         Boris Example promised 600 million thalers for transformers.\n\n\
         Sergey Fakenko, who leads the committee, has questioned whether the commitment is sustainable.\n\n\
         One woman in a green coat, clutching a folder of documents, said she had returned to check on her flat.",
    );
    assert_eq!(
        texts(&found),
        [
            "The mayor, Ada Synthetic, says about 40 percent of the population has returned",
            "Boris Example promised 600 million thalers for transformers",
            "Sergey Fakenko, who leads the committee, has questioned whether the commitment is sustainable",
            "One woman in a green coat, clutching a folder of documents, said she had returned to check on her flat",
        ]
    );
    assert_eq!(
        speaker_of(
            &found,
            "The mayor, Ada Synthetic, says about 40 percent of the population has returned"
        ),
        "ada-synthetic"
    );
}

#[test]
fn a_description_named_later_by_the_same_noun_or_in_its_own_sentence() {
    let found = direct(
        "At a command post, a senior officer showed reporters a screen.\n\n\
         \"Here is where the warning comes in,\" he said.\n\n\
         The officer, Maj. Gen. Roman Zavada, commands air defence in the region.\n\n\
         Another resident, a retired engineer who gave only his first name, Petro, was blunter: \"Soldiers who stay are better.\"",
    );
    assert_eq!(
        speaker_of(&found, "Here is where the warning comes in"),
        "name:Roman Zavada"
    );
    assert_eq!(
        speaker_of(&found, "Soldiers who stay are better"),
        "name:Petro"
    );
}

#[test]
fn a_partial_quote_runs_on_into_nouns_and_coordinated_clauses() {
    let found = direct(
        "The Testburg Palace said the deployment would operate \"alongside, not under\" alliance command, a formula designed to reassure member states.\n\n\
         Ada Synthetic spoke later. She said a decision would come \"in weeks rather than months\" and that \"at least five\" member states had offered aircraft.",
    );
    assert_eq!(
        speaker_of(&found, "alongside, not under"),
        "testburg-palace"
    );
    assert_eq!(speaker_of(&found, "at least five"), "ada-synthetic");
}

#[test]
fn the_official_who_did_something_is_not_the_official_met_before() {
    let found = direct(
        "One official described the approach as \"a guarantee with a dimmer switch.\"\n\n\
         Senator Hal Dormer said any such pledge was \"an invitation to a second invasion.\"\n\n\
         Inside the department, the official who has led the talks sees the gap clearly. \"We can give them everything,\" he said.\n\n\
         The official, Ansel Pike, said the administration was looking at an arms package.",
    );
    assert_eq!(
        speaker_of(&found, "a guarantee with a dimmer switch"),
        "name:official"
    );
    assert_eq!(
        speaker_of(&found, "We can give them everything"),
        "name:Ansel Pike"
    );
}

#[test]
fn a_known_name_of_an_institution_named_after_another_actor() {
    // "Testburg" is an alias of the palace; the analyst is still Ada Synthetic.
    let found = direct(
        "Ada Synthetic of the Testburg Institute for Security Studies said the limits revealed \"a lingering fear of escalation\".",
    );
    assert_eq!(
        speaker_of(&found, "a lingering fear of escalation"),
        "ada-synthetic"
    );
}

#[test]
fn an_indefinite_description_is_someone_new_not_a_known_actor_whose_role_fits() {
    let all = actors_with([actor(
        "pike",
        "Ansel Pike",
        &["Pike"],
        "Senior defence official of Exampleland",
    )]);
    let text = "A senior Exampleland official, who spoke on condition of anonymity, said the mission was \"cheaper than the alternative\".";
    let found = extract(text, &all, day("2031-05-07")).quotes;
    let quote = found.iter().find(|q| q.kind == "direct").unwrap();
    assert_eq!(quote.speaker.slug, None, "{quote:?}");
    assert!(quote.speaker.name.contains("official"), "{quote:?}");
}

#[test]
fn a_sentence_adverb_with_a_capital_is_no_name() {
    let found = direct(
        "Previously, on March 30, President Boris Example said that Norlandia \"has never threatened anyone.\"",
    );
    assert_eq!(
        speaker_of(&found, "has never threatened anyone"),
        "boris-example"
    );
}

#[test]
fn people_named_as_identified_or_by_name_in_a_sentence_with_someone_else() {
    let found = direct(
        "At a bakery, a woman in her fifties who asked to be identified only as Iryna said she had stopped following the news.\n\n\
         \"Nobody comes to guarantee my windows,\" she said.\n\n\
         Her neighbour, a retired railway engineer, was more hopeful. \"Radar is something,\" he said.",
    );
    assert_eq!(
        speaker_of(&found, "Nobody comes to guarantee my windows"),
        "name:Iryna"
    );
    assert_eq!(
        speaker_of(&found, "Radar is something"),
        "name:Iryna's neighbour"
    );
    let found = direct(
        "The man on the bridge does not like to be called brave.\n\n\
         \"Brave is for people who have a choice,\" he says.\n\n\
         His name is Ilkka Varjonen, and, as one harbour pilot put it, \"he always delivers.\"",
    );
    assert_eq!(
        speaker_of(&found, "Brave is for people who have a choice"),
        "name:Ilkka Varjonen"
    );
    assert_eq!(
        speaker_of(&found, "he always delivers"),
        "name:harbour pilot"
    );
}

#[test]
fn state_agency_titles_one_of_a_kind_and_a_participle_after_an_attribution() {
    let all = actors_with([actor(
        "stubov",
        "Pavel Stubov",
        &["Stubov"],
        "Spokesman for the President of Norlandia",
    )]);
    let text = "Spokesman for the President of Norlandia Pavel Stubov told journalists that the palace \"took note\" of the statements.";
    let found = extract(text, &all, day("2031-05-07")).quotes;
    let quote = found.iter().find(|q| q.kind == "direct").unwrap();
    assert_eq!(quote.speaker.slug.as_deref(), Some("stubov"));
    // "One … ambassador" is someone new, not the ambassador the list knows.
    let found =
        direct("\"I've lost count of the guarantees,\" one Testburg ambassador told reporters.");
    assert_eq!(
        speaker_of(&found, "I've lost count of the guarantees"),
        "name:Testburg ambassador"
    );
    let found = direct(
        "Exampleland will train 10,000 soldiers a year, Ada Synthetic announced on Monday, calling the plan \"a long-term insurance policy\".",
    );
    assert_eq!(
        speaker_of(&found, "a long-term insurance policy"),
        "ada-synthetic"
    );
}

#[test]
fn single_words_quoted_after_accusations_descriptions_and_points_made() {
    let found = direct(
        "Opposition leader Ada Synthetic accused the government of \"sleepwalking\" into a commitment.\n\n\
         Boris Example has been careful to describe the force as \"supportive\" and \"non-combat\".\n\n\
         Sergey Fakenko spoke next. He pointed out that the participants \"did not dare\" to include the clause, which, in his words, \u{ab}speaks for itself\u{bb}.",
    );
    assert_eq!(speaker_of(&found, "sleepwalking"), "ada-synthetic");
    assert_eq!(speaker_of(&found, "supportive"), "boris-example");
    assert_eq!(speaker_of(&found, "non-combat"), "boris-example");
    assert_eq!(speaker_of(&found, "did not dare"), "sergey-fakenko");
    assert_eq!(speaker_of(&found, "speaks for itself"), "sergey-fakenko");
}

#[test]
fn who_speaks_after_a_closing_clause_a_conjunction_a_with_phrase_or_markdown() {
    let found = direct(
        "Lena Dummy said she had stopped counting.\n\n\
         Officials have privately described the force as a \"tripwire,\" a term Ada Synthetic rejected on Wednesday.\n\n\
         \"It is not a tripwire,\" she said.",
    );
    assert_eq!(speaker_of(&found, "It is not a tripwire"), "ada-synthetic");
    let found = direct(
        "Ada Synthetic spoke first. Placeholdia is building its own satellites, but she said it would take \"years, not months\".",
    );
    assert_eq!(speaker_of(&found, "years, not months"), "ada-synthetic");
    let found = direct(
        "Lena Dummy spoke for the Testburg Palace.\n\n\
         Russia has rejected responsibility, with its foreign ministry describing the plans as \"legalised robbery\".",
    );
    assert_eq!(
        speaker_of(&found, "legalised robbery"),
        "name:Russia's foreign ministry"
    );
    let found = direct(
        "NORLANDIA'S TAKE \u{2014} Ambassador **Boris Example** called the text \u{201c}a manifesto for militarisation.\u{201d}",
    );
    assert_eq!(
        speaker_of(&found, "a manifesto for militarisation"),
        "boris-example"
    );
}

#[test]
fn reported_speech_of_groups_and_companies() {
    let found = reported(
        "Lawyers for several Norlandian banks have already said they will challenge any transfer in court.\n\n\
         Executives and officials say the missing piece is political-risk insurance.\n\n\
         The company said it had received export approval from the government.",
    );
    assert_eq!(found.len(), 3, "{found:#?}");
    // "The company" after a company that spoke is that company.
    let found = direct(
        "The Testburg Palace said in a statement that it needed more time. \"Every day counts,\" the company said.",
    );
    assert_eq!(speaker_of(&found, "Every day counts"), "testburg-palace");
}

#[test]
fn feature_and_live_page_speakers() {
    // A described person with a demonym, and the subject of a relative clause.
    let found = direct(
        "Sergey Fakenko spoke first.\n\n\
         At a checkpoint, a Placeholdian soldier who gave only his call sign watched the convoy pass.\n\n\
         \"I will make them coffee,\" he said.\n\n\
         It commits signatories to consult \u{2013} language that one diplomat involved in the talks described as \"a clause with the teeth filed down\".",
    );
    assert_eq!(
        speaker_of(&found, "I will make them coffee"),
        "name:Placeholdian soldier"
    );
    assert_eq!(
        speaker_of(&found, "a clause with the teeth filed down"),
        "name:diplomat"
    );
    // A question in a headline names nobody; a woman met as an object speaks next.
    let found = direct(
        "Can foreign troops keep the peace?\n\n\
         Solvyne \u{2013} For the woman who runs the clinic, the talk of guarantees sounds familiar.\n\n\
         \"I was promised safety twice before,\" she says.",
    );
    assert_eq!(
        speaker_of(&found, "I was promised safety twice before"),
        "name:woman"
    );
    // A newsletter's kicker with a comma, "will tell", "Per her team".
    let found = direct(
        "SNAPBACK, EXPLAINED: Ms Synthetic is pushing hard. \"The sanctions come back the same night,\" she told Playbook.\n\n\
         QUELLMANN'S LINE: Boris Example will tell ambassadors the bloc must pay \"for as long as it takes,\" according to a draft.\n\n\
         Per her team, Lena Dummy will say Templatyn \"will not trade territory for promises.\"",
    );
    assert_eq!(
        speaker_of(&found, "The sanctions come back the same night"),
        "ada-synthetic"
    );
    assert_eq!(
        speaker_of(&found, "for as long as it takes"),
        "boris-example"
    );
    assert_eq!(
        speaker_of(&found, "will not trade territory for promises"),
        "lena-dummy"
    );
    // A live page: a byline inside an entry, a participle before the subject, and an
    // entry's heading that the entry quotes again.
    let found = direct(
        "Live: talks open\n\n12:47\n\nMediator: 'If everybody leaves happy, we have failed'\n\
         Rob Hollins\nReporting from Quillport\n\n\
         Arriving at the centre a few minutes ago, Sergey Fakenko stopped to speak to reporters.\n\n\
         \"If everybody leaves happy, we have failed,\" he said.",
    );
    assert!(
        found
            .iter()
            .all(|q| q.speaker.slug.as_deref() == Some("sergey-fakenko")),
        "{found:#?}"
    );
}

#[test]
fn a_described_title_fits_the_actor_whose_title_it_is() {
    let all = actors_with([
        actor(
            "harrow",
            "Lise Harrow",
            &["Harrow"],
            "Vallmark's chief negotiator on the treaty for Placeholdia",
        ),
        actor(
            "melnar",
            "Ostap Melnar",
            &["Melnar"],
            "Secretary of the Security Council of Placeholdia; Placeholdia's chief negotiator",
        ),
    ]);
    let text =
        "\"We came to talk about monitoring,\" Placeholdia's chief negotiator told reporters.";
    let found = extract(text, &all, day("2031-05-07")).quotes;
    assert_eq!(found[0].speaker.slug.as_deref(), Some("melnar"));
}

#[test]
fn a_transcripts_label_of_title_and_name_is_that_person() {
    let found = direct(
        "President Boris Example and Defence Minister Ada Synthetic met reporters. Foreign Minister Sergey Fakenko said he disagreed.\n\n\
         MINISTER SYNTHETIC: Thank you. I want to be very concrete.\n\n\
         PRESIDENT EXAMPLE: Let me add one thing.\n\n\
         MINISTER SYNTHETIC: I tell them the truth.\n\n\
         PRESIDENT EXAMPLE: That is all.",
    );
    assert_eq!(
        speaker_of(&found, "Thank you. I want to be very concrete"),
        "ada-synthetic"
    );
    assert_eq!(speaker_of(&found, "I tell them the truth"), "ada-synthetic");
    assert_eq!(speaker_of(&found, "Let me add one thing"), "boris-example");
}

#[test]
fn a_spokesperson_named_in_apposition_after_his_speaks() {
    let found = reported(
        "President Boris Example did not speak. His spokeswoman, Lena Dummy, says he has spoken to the allies.",
    );
    assert_eq!(
        speaker_of(
            &found,
            "His spokeswoman, Lena Dummy, says he has spoken to the allies"
        ),
        "lena-dummy"
    );
}

#[test]
fn words_that_go_on_with_a_verb_or_a_preposition_are_no_name() {
    let found = direct(
        "Lena Dummy said the alliance \"welcomes every contribution\" but stressed its limits.\n\n\
         Boris Example said the army had been planning for such a mission \"for many months\" and that troops would rotate.",
    );
    assert_eq!(
        speaker_of(&found, "welcomes every contribution"),
        "lena-dummy"
    );
    assert_eq!(speaker_of(&found, "for many months"), "boris-example");
    // A name after the same words is still a label.
    assert!(direct("Ada Synthetic said the alliance \"Northern Shield\" would meet.").is_empty());
}

#[test]
fn a_name_after_a_preposition_running_on_or_called_its_is_a_label() {
    let found = direct(
        "Speaking on \"Face the Nation\", Foreign Minister Ada Synthetic said Fictonia would send trainers. \
         In an interview with \"Fox & Friends\", she added that \"nobody is going anywhere.\"\n\n\
         \"Coalition of the Willing\" members agreed a timetable. \
         Norlandia calls the war its \"special military operation\".",
    );
    assert_eq!(texts(&found), ["nobody is going anywhere"]);
    assert_eq!(
        speaker_of(&found, "nobody is going anywhere"),
        "ada-synthetic"
    );
}

#[test]
fn a_title_case_headline_quotes_in_title_case() {
    let found = direct(
        "Synthetic Says Guarantee Deal Is 'Very Close' After Talks\n\n\
         NORLANDIA WARNS ALLIANCE OVER 'PROVOCATIVE' DRILLS\n\n\
         Ada Synthetic spoke in Vallmark on Monday.",
    );
    assert_eq!(texts(&found), ["Very Close"]);
    assert_eq!(speaker_of(&found, "Very Close"), "ada-synthetic");
}

#[test]
fn names_set_off_by_commas_owned_by_a_broadcaster_or_defined_are_labels() {
    let found = direct(
        "She went further on Friday, telling a local radio show, \u{201c}Capitol Morning,\u{201d} that she had the votes. \
         Speaking on Euronews' programme \u{201c}Union Morning\u{201d}, Ada Synthetic said the Union had \u{201c}finally learned to buy together.\u{201d}\n\n\
         Residents have given the building a nickname: \u{ab}the aquarium\u{bb}. \
         Lena Dummy warned that what Sampleton calls its \u{201c}deterrence package\u{201d} would be treated as preparation for war. \
         Placeholdia should focus on what she calls \u{201c}guarantees you can touch\u{201d} \u{2013} weapons factories and air defence.\n\n\
         Boris Example stated that the \"party of war\" in several capitals was \"not interested in peace, but in a pause.\" \
         In the government quarter, nobody says \"peace\".\n\n\
         As Western states prepare a 'reassurance force', neutral mediators in Quillport warn the talks could collapse.\n\n\
         Boris Example said the clause, which, in his words, \u{ab}speaks for itself\u{bb}, would stay.",
    );
    assert_eq!(
        texts(&found),
        [
            "finally learned to buy together",
            "not interested in peace, but in a pause",
            "speaks for itself"
        ]
    );
    assert_eq!(
        speaker_of(&found, "not interested in peace, but in a pause"),
        "boris-example"
    );
}

#[test]
fn one_quoted_noun_after_a_name_ends_a_compound() {
    let found = direct(
        "Vallmark ready to lead Placeholdia force but wants Exampleland 'backstop' -PM\n\n\
         A former general, Boris Example, said the plan would leave Norlandia \"naked\".",
    );
    assert_eq!(texts(&found), ["naked"]);
}

#[test]
fn an_adverb_a_description_called_a_country_heading_and_a_guest_speaking_once() {
    let found = direct(
        "Ada Synthetic insisted that the mission would have a \u{ab}strictly defensive\u{bb} character. \
         Boris Example called the guarantee programme \"a subsidy for risk.\" \
         Lena Dummy, too, said it was \"a subsidy for risk.\"",
    );
    assert_eq!(speaker_of(&found, "strictly defensive"), "ada-synthetic");
    assert_eq!(speaker_of(&found, "a subsidy for risk"), "boris-example");
    assert_eq!(found.len(), 3);

    let all = actors_with([institution(
        "norlandia-mfa",
        "Norlandia Foreign Ministry",
        &["Norlandia's foreign ministry"],
        "Foreign Ministry of Norlandia",
    )]);
    let live = "Live: allies finalise the force\n\n16:55\n\
                Norlandia: foreign troops 'a target, not a guarantee'\n\
                We're getting reaction from Testburg, where Norlandia's Foreign Minister Sergey Fakenko has been speaking to state media.\n\n\
                He described the allied plans as \"a target, not a guarantee\".";
    let found = extract(live, &all, day("2031-05-07")).quotes;
    assert_eq!(
        speaker_of(&found, "a target, not a guarantee"),
        "sergey-fakenko"
    );

    let found = direct(
        "HOST: Good evening. With me is Ada Synthetic.\n\n\
         SYNTHETIC: Thank you. It is good to be here.\n\n\
         HOST: Joining us now is Ivo Fennimore of the Brennholm Institute. You argue the numbers don't add up?\n\n\
         FENNIMORE: I do. Eight thousand troops is not a deterrent on its own.\n\n\
         HOST: Ms Synthetic, a last word?\n\n\
         SYNTHETIC: We will defend ourselves.",
    );
    assert_eq!(
        speaker_of(
            &found,
            "I do. Eight thousand troops is not a deterrent on its own"
        ),
        "name:Ivo Fennimore"
    );
}

#[test]
fn a_noun_before_the_speaker_noun_describes_someone_new() {
    let found = direct(
        "Executives from banks told ministers that the premium remained prohibitive, according to three people present.\n\n\
         \"Nobody is going to build a power station on a line of contact,\" one insurance executive said.",
    );
    assert_eq!(
        speaker_of(
            &found,
            "Nobody is going to build a power station on a line of contact"
        ),
        "name:insurance executive"
    );
}

#[test]
fn a_doers_noun_after_one_is_someone_new_even_when_no_list_knows_it() {
    let found = direct(
        "Ada Synthetic said the corridor would stay open.\n\n\
         Insurers remain cautious. \"Nobody is pricing peace yet,\" one underwriter in Quillport told the paper. \
         \"We are pricing the hope of peace,\" a lobbyist said.",
    );
    assert_eq!(
        speaker_of(&found, "Nobody is pricing peace yet"),
        "name:underwriter"
    );
    assert_eq!(
        speaker_of(&found, "We are pricing the hope of peace"),
        "name:lobbyist"
    );
}

#[test]
fn an_interviews_quoted_answers_are_the_interviewees_whoever_the_question_names() {
    let found = direct(
        "Mockovskyy: «A ceasefire without guarantees is only an intermission»\n\n\
         TEMPLATYN – Taras Mockovskyy receives us on Friday evening.\n\n\
         Boris Example says the force would be a target. Is he bluffing?\n\n\
         «Example has never attacked a country where allied soldiers stand.»\n\n\
         Ada Synthetic promised air defence last week.\n\n\
         «She is a friend, and she has done more for us than many.»",
    );
    assert_eq!(
        speaker_of(
            &found,
            "Example has never attacked a country where allied soldiers stand"
        ),
        "taras-mockovskyy"
    );
    assert_eq!(
        speaker_of(
            &found,
            "She is a friend, and she has done more for us than many"
        ),
        "taras-mockovskyy"
    );
    // A question that is itself quoted is someone's words, not the interviewer's.
    let found = direct(
        "Boris Example spoke on Monday. \"Who will pay for it?\n\n\
         \"Nobody has answered that,\" he said.",
    );
    assert_eq!(
        speaker_of(&found, "Nobody has answered that"),
        "boris-example"
    );
}

#[test]
fn the_premier_and_the_pm_are_the_prime_minister() {
    let all = actors_with([actor(
        "aurel-kestrin",
        "Aurel Kestrin",
        &["Kestrin"],
        "Prime Minister of Vallmark",
    )]);
    let text = "Aurel Kestrin spoke in Brennholm on Monday.\n\n\
                Asked whether ground troops could follow, the premier was categorical: 'No. That is not on the table.'\n\n\
                The Vallmark PM later said the force would stay \"as long as needed\".";
    let found = direct_with(text, &all);
    assert_eq!(
        speaker_of(&found, "No. That is not on the table"),
        "aurel-kestrin"
    );
    assert_eq!(speaker_of(&found, "as long as needed"), "aurel-kestrin");
}

#[test]
fn a_possessive_pronouns_description_then_a_name_is_the_person_named() {
    let found = direct(
        "Ada Synthetic backs the mission. The Greens support it in principle. \
         'Clearing mines is the most peaceful thing a soldier can do,' said their foreign policy spokeswoman Sigrid Tannauer.",
    );
    assert_eq!(
        speaker_of(
            &found,
            "Clearing mines is the most peaceful thing a soldier can do"
        ),
        "name:Sigrid Tannauer"
    );
}

#[test]
fn a_press_conference_labels_a_role_with_its_holder_then_the_role_alone() {
    let all = actors_with([
        actor(
            "jonas-instance",
            "Jonas Instance",
            &["Instance"],
            "Secretary General of the Alliance",
        ),
        institution(
            "alliance",
            "Northern Sample Alliance",
            &["the Alliance", "Alliance"],
            "Defence alliance",
        ),
    ]);
    let text = "Pre-ministerial press conference by Alliance Secretary General Jonas Instance\n\n\
                Alliance Spokesperson Petra Stubwell: Good afternoon and welcome.\n\n\
                Alliance Secretary General Jonas Instance: Thank you, Petra, and good afternoon.\n\n\
                Tomorrow I will welcome Defence Ministers here at headquarters.\n\n\
                Question [Oksana Vitruk, Placeholdian Public Radio]: Will the Alliance send troops?\n\n\
                Alliance Secretary General: The Alliance as such is not deploying a force.\n\n\
                Question [Galina Vesnina, NORPRESS]: Is this an escalation?\n\n\
                Alliance Secretary General: No. The only escalation is Norlandia's.\n\n\
                Alliance Spokesperson: Thank you very much. This concludes the press conference.";
    let found = direct_with(text, &all);
    for words in [
        "Thank you, Petra, and good afternoon",
        "Tomorrow I will welcome Defence Ministers here at headquarters",
        "The Alliance as such is not deploying a force",
        "No. The only escalation is Norlandia's",
    ] {
        assert_eq!(speaker_of(&found, words), "jonas-instance", "{words}");
    }
    assert_eq!(
        speaker_of(
            &found,
            "Thank you very much. This concludes the press conference"
        ),
        "name:Petra Stubwell"
    );
    // The press's questions are not proposed.
    assert!(!texts(&found).iter().any(|t| t.contains("escalation?")));
}

#[test]
fn names_that_qualify_a_plural_noun_name_nobody() {
    let found = direct(
        "Pro-war Norlandian Telegram channels have reacted with scorn to Boris Example's speech on Monday, \
         at which he said the plan was \"a target list\".",
    );
    assert_eq!(speaker_of(&found, "a target list"), "boris-example");
}

#[test]
fn people_a_plural_noun_describes_report_what_they_say() {
    let found = reported(
        "The advocates of the model argue that precisely the openness is a deterrent.\n\n\
         Critics of the deployment argue that the army is too stretched.\n\n\
         A group of Frontier Party senators said this week they would oppose any guarantee.\n\n\
         The talks on guarantees are expected to continue at the summit.\n\n\
         Asked about the talks on guarantees, Boris Example said any deal was premature.",
    );
    let speaker = |start: &str| {
        found
            .iter()
            .find(|q| q.text.starts_with(start))
            .map(|q| q.speaker.name.clone())
            .unwrap_or_else(|| panic!("{start:?} is proposed: {found:#?}"))
    };
    assert_eq!(
        speaker("The advocates of the model argue"),
        "advocates of the model"
    );
    assert_eq!(
        speaker("Critics of the deployment argue"),
        "Critics of the deployment"
    );
    assert_eq!(
        speaker("A group of Frontier Party senators"),
        "A group of Frontier Party senators"
    );
    assert_eq!(speaker("Asked about the talks"), "Boris Example");
    // "guarantees" after "on" is a noun: the talks say nothing.
    assert!(
        !found.iter().any(|q| q.text.starts_with("The talks")),
        "{found:#?}"
    );
}

#[test]
fn and_before_a_new_subject_opens_a_claim_of_its_own() {
    let found = reported(
        "Several members of his party have questioned what they call the \"forever clause,\" \
         and Boris Example said he would offer an amendment limiting the annex to three years.",
    );
    let example = found
        .iter()
        .find(|q| q.text.starts_with("Boris Example said"))
        .unwrap_or_else(|| panic!("{found:#?}"));
    assert_eq!(example.speaker.slug.as_deref(), Some("boris-example"));
}

#[test]
fn the_interviewers_a_guest_spoke_with_on_a_programme_ask_the_questions() {
    let found = direct(
        "Boris Example said on Thursday that the guarantee was hollow. He spoke with Francine Osei and Jonathan Farr on \"The Open\" from Quillport.\n\n\
         OSEI: Placeholdia's bonds are up again this morning.\n\n\
         EXAMPLE: Some of it is froth and some of it is rational.\n\n\
         FARR: What's in the annexes that matters to you?\n\n\
         EXAMPLE: Two things. Who pays, and who shows up.\n\n\
         OSEI: War-risk cover has been the bottleneck for two years now.\n\n\
         EXAMPLE: It has.",
    );
    assert_eq!(
        speaker_of(&found, "Two things. Who pays, and who shows up"),
        "boris-example"
    );
    assert!(
        !texts(&found)
            .iter()
            .any(|t| t.contains("bonds are up") || t.contains("bottleneck")),
        "{found:#?}"
    );
}

#[test]
fn a_plural_noun_before_its_auxiliary_is_no_reporting_verb() {
    let found = run(
        "Lena Dummy joined the foreign ministry at twenty-six. Her posting, which ended before the war, was, \
         by her own account, an education in how promises are made in capitals.\n\n\
         \"In Sampleton, everybody is sincere,\" she said.",
    )
    .quotes;
    assert!(
        !found.iter().any(|q| q.speaker.name == "education"),
        "{found:#?}"
    );
}

#[test]
fn an_institution_placed_in_one_city_is_not_its_namesake_in_another() {
    let all = actors_with([institution(
        "embassy-granhavn",
        "Norlandian embassy in Granhavn",
        &["Norlandian embassy", "the embassy"],
        "Embassy of Norlandia in Skarvia",
    )]);
    let speaker = |text: &str| {
        extract(text, &all, day("2031-05-07"))
            .quotes
            .into_iter()
            .find(|q| q.kind == "direct")
            .map(|q| q.speaker.slug.unwrap_or(q.speaker.name))
            .unwrap()
    };
    assert_ne!(
        speaker("Norlandia's embassy in Brennholm said any deployment would be \"a hostile act\"."),
        "embassy-granhavn"
    );
    assert_ne!(
        speaker("The Norlandian embassy in Quillport said the plan was \"a provocation\"."),
        "embassy-granhavn"
    );
    assert_eq!(
        speaker("The Norlandian embassy in Granhavn said the plan was \"a provocation\"."),
        "embassy-granhavn"
    );
}

#[test]
fn a_transcripts_labels_on_lines_of_their_own_name_the_words_below() {
    // A broadcaster's transcript: "Name, Role:" alone, then the words.
    let found = direct(
        "Transcript\n\n\
         Lauren Oduya:\n\n\
         Ada Synthetic is the defence minister. Minister, senators say they are being asked to back a commitment they haven't seen. Are they wrong?\n\n\
         Ada Synthetic, Defence Minister of Exampleland:\n\n\
         I understand the frustration.\n\n\
         Lauren Oduya:\n\n\
         What would you say to them?\n\n\
         Ada Synthetic, Defence Minister of Exampleland:\n\n\
         That they're right to be skeptical.",
    );
    assert_eq!(
        speaker_of(&found, "I understand the frustration"),
        "ada-synthetic"
    );
    assert_eq!(
        speaker_of(&found, "That they're right to be skeptical"),
        "ada-synthetic"
    );
    assert!(!texts(&found).iter().any(|t| t.contains("say to them")));
    // A parliament's record: a member by seat and party, a minister by office and name,
    // neither with a colon, and later without the parentheses.
    let found = direct(
        "Prime Minister\n\n\
         Engagements\n\n\
         Q1. [907214] Bryony Hale (Sandmoor South) (Prog)\n\n\
         If he will list his official engagements for Wednesday 16 September.\n\n\
         The Prime Minister (Boris Example)\n\n\
         This morning I had meetings with ministerial colleagues.\n\n\
         Bryony Hale\n\n\
         Families read in the papers that their sons will serve.\n\n\
         The Prime Minister\n\n\
         The hon. Lady raises a fair point.",
    );
    assert_eq!(
        speaker_of(
            &found,
            "This morning I had meetings with ministerial colleagues"
        ),
        "boris-example"
    );
    assert_eq!(
        speaker_of(&found, "The hon. Lady raises a fair point"),
        "boris-example"
    );
    assert_eq!(
        speaker_of(
            &found,
            "Families read in the papers that their sons will serve"
        ),
        "name:Bryony Hale"
    );
    // A briefing's "Q" with one space before the question.
    let found = direct(
        "MS. SYNTHETIC: Good afternoon, everybody.\n\n\
         Q Thanks. Will there be troops?\n\n\
         MS. SYNTHETIC: No. That hasn't changed.\n\n\
         Q And the Senate?\n\n\
         MS. SYNTHETIC: The Senate always has a say.",
    );
    assert_eq!(
        speaker_of(&found, "No. That hasn't changed"),
        "ada-synthetic"
    );
    assert!(
        !texts(&found)
            .iter()
            .any(|t| t.contains("Will there be troops"))
    );
}

#[test]
fn a_ministers_statement_in_the_record_with_members_who_ask_once() {
    // The minister labelled by office and name once, then by name; each member once, by
    // seat and party; a time stamp between the paragraphs.
    let found = direct(
        "Placeholdia: Reassurance Force\n\n\
         3.32 pm\n\n\
         The Minister of Defence (Ada Synthetic)\n\n\
         With permission, Mr Speaker, I will make a statement on the force.\n\n\
         3.36 pm\n\n\
         Eleven nations have now confirmed their contributions.\n\n\
         Bryony Hale (Sandmoor South) (Prog)\n\n\
         I thank the Minister for advance sight of her statement.\n\n\
         Ada Synthetic\n\n\
         The hon. Lady asks a fair question.",
    );
    assert_eq!(
        texts(&found),
        [
            "With permission, Mr Speaker, I will make a statement on the force",
            "Eleven nations have now confirmed their contributions",
            "I thank the Minister for advance sight of her statement",
            "The hon. Lady asks a fair question"
        ]
    );
    assert_eq!(
        speaker_of(&found, "The hon. Lady asks a fair question"),
        "ada-synthetic"
    );
    assert_eq!(
        speaker_of(
            &found,
            "I thank the Minister for advance sight of her statement"
        ),
        "name:Bryony Hale"
    );
    // A digest's channels with their subscribers are headings, not a record's members.
    let found = direct(
        "Grey Heron (1.3 million subscribers)\n\n\
         The channel wrote that the plan was a bluff.\n\n\
         Frontline Notebook (712,000)\n\n\
         The channel called the plan weak.",
    );
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn a_commentarys_sections_are_the_words_of_the_authors_who_sign_them() {
    let sections = "Experts react: a ceasefire is initialled\n\n\
         On Monday, the delegations initialled a ceasefire. Does the package deter? Our experts weigh in.\n\n\
         The ceasefire is only as strong as its guarantees.\n\n\
         The agreement is short, and that is deliberate. Everything difficult was left out.\n\n\
         \u{2014}Ada Synthetic is the director of the defence program at the Halvorsen Center.\n\n\
         Norlandia has done just enough for now.\n\n\
         The administration has threaded a needle. That is smart and fragile.\n\n\
         \u{2014}Lena Dummy is a senior fellow at the Halvorsen Center.";
    let found = direct(sections);
    assert_eq!(
        texts(&found),
        [
            "The ceasefire is only as strong as its guarantees",
            "The agreement is short, and that is deliberate. Everything difficult was left out",
            "Norlandia has done just enough for now",
            "The administration has threaded a needle. That is smart and fragile"
        ]
    );
    assert_eq!(
        speaker_of(&found, "The ceasefire is only as strong as its guarantees"),
        "ada-synthetic"
    );
    assert_eq!(
        speaker_of(&found, "Norlandia has done just enough for now"),
        "lena-dummy"
    );
    // One signature under an article is its author's note.
    let (article, _) = sections.split_once("Norlandia has done").unwrap();
    assert!(direct(article).is_empty());
}

#[test]
fn a_document_published_in_full_after_the_story_speaks_its_paragraphs() {
    let found = direct(
        "Leaders pledged on Friday to respond to any new attack, in a joint statement.\n\n\
         The full text, as released by the chancellery, follows.\n\n\
         Joint Statement of the Leaders of the Coalition on Security Guarantees\n\n\
         Dummyville, 26 June 2031\n\n\
         1. We reaffirm our unwavering support for Placeholdia.\n\n\
         2. We will consult within 24 hours of a renewed attack.",
    );
    assert_eq!(
        texts(&found),
        [
            "We reaffirm our unwavering support for Placeholdia",
            "We will consult within 24 hours of a renewed attack"
        ]
    );
    assert_eq!(found[0].speaker.name, "Joint Statement");
    assert_eq!(found[0].speaker.slug, None);
}

#[test]
fn an_interview_printed_without_labels_is_the_guest_named_in_the_headline() {
    let interview = "Ada Synthetic: We will not be only the coalition's warehouse\n\n\
         The defence minister says her country must have a say. By Jan Kowalczyk\n\n\
         **The act was signed after three weeks of dispute. Who won?**\n\n\
         Exampleland won. That is exactly what we proposed in June.\n\n\
         **Your partners say the dispute cost three weeks.**\n\n\
         I hear that argument often. Our allies did not lose a single day.\n\n\
         Some of your counterparts call it a veto mentality.\n\n\
         **Is the hub a condition?**\n\n\
         It is an expectation that we communicate very clearly.";
    let found = direct(interview);
    assert_eq!(
        texts(&found),
        [
            "Exampleland won. That is exactly what we proposed in June",
            "I hear that argument often. Our allies did not lose a single day",
            "It is an expectation that we communicate very clearly"
        ]
    );
    assert!(
        found
            .iter()
            .all(|q| q.speaker.slug.as_deref() == Some("ada-synthetic"))
    );
    // An explainer's questions are put to no one; its answers are the outlet's.
    let explainer = "Guarantees: what we know\n\n\
         What is the guarantee?\n\n\
         It is a promise by eleven countries to send troops.\n\n\
         Who will pay for it?\n\n\
         The cost will be shared among the partners.\n\n\
         When does it start?\n\n\
         Only after a ceasefire is signed.";
    assert!(direct(explainer).is_empty());
}

#[test]
fn a_broadcast_scripts_anchor_and_voice_overs_are_the_journalists() {
    let found = direct(
        "[WHITLOW / ON CAM]\n\n\
         WHITLOW: Good evening. The promise to guard the peace ran into its first real test today.\n\n\
         KERR (VO): Boris Example laid down his marker before the first witness was sworn in.\n\n\
         (SOT / BORIS EXAMPLE)\n\
         EXAMPLE: If you are asking this country to stand behind a border, you are asking us to vote.\n\n\
         KERR (VO): Ada Synthetic insisted the commitment was built to prevent a war.\n\n\
         (SOT / ADA SYNTHETIC)\n\
         SYNTHETIC: Nobody is going to conclude that we are bluffing.\n\n\
         WHITLOW: Nadia Kerr, thank you.",
    );
    assert_eq!(
        speaker_of(&found, "Nobody is going to conclude that we are bluffing"),
        "ada-synthetic"
    );
    assert!(
        !texts(&found)
            .iter()
            .any(|t| t.contains("Good evening") || t.contains("laid down his marker")),
        "{found:#?}"
    );
}

#[test]
fn thanking_someone_for_something_is_reported() {
    let found = reported(
        "Taras Mockovskyy thanked the Kingdom for its role in arranging three prisoner exchanges since last year.",
    );
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].speaker.slug.as_deref(), Some("taras-mockovskyy"));
}

#[test]
fn an_aside_in_his_view_gives_the_sentence_as_an_opinion() {
    let found = reported(
        "Boris Example spoke to the paper on Monday. What matters, in his view, is whether troops are present.\n\n\
         Lena Dummy joined the ministry at twenty-six. Her posting was, by her own account, an education in how promises are made.",
    );
    let speaker = |start: &str| {
        found
            .iter()
            .find(|q| q.text.starts_with(start))
            .and_then(|q| q.speaker.slug.clone())
            .unwrap_or_else(|| panic!("{start:?} is proposed: {found:#?}"))
    };
    assert_eq!(speaker("What matters, in his view"), "boris-example");
    assert_eq!(speaker("Her posting was, by her own account"), "lena-dummy");
}

#[test]
fn a_radio_transcripts_journalists_narrate_and_a_term_talked_about_is_a_label() {
    let found = direct(
        "PAULA RENN, HOST: Negotiators say a ceasefire could be signed within weeks.\n\n\
         IVO ADEYEMI, BYLINE: On a muddy field west of Templatyn, a crew is learning to run a launcher.\n\n\
         BORIS EXAMPLE: Before, we had old systems and we had luck.\n\n\
         ADEYEMI: Example says his crew has shot down eleven drones this year.\n\n\
         EXAMPLE: Everyone says ceasefire, ceasefire. But the drones don't read newspapers.\n\n\
         ADEYEMI: Asked what he'll do the day a deal is signed, Example laughs.\n\n\
         EXAMPLE: Sleep. Then train again.\n\n\
         RENN: Officials keep talking about \"strategic patience.\" What do they mean?",
    );
    assert_eq!(
        texts(&found),
        [
            "Before, we had old systems and we had luck",
            "Everyone says ceasefire, ceasefire. But the drones don't read newspapers",
            "Sleep. Then train again"
        ]
    );
    assert_eq!(
        speaker_of(&found, "Before, we had old systems and we had luck"),
        "boris-example"
    );
}

#[test]
fn a_name_given_in_the_present_and_a_headline_with_no_speaker() {
    let actors = actors_with([actor(
        "viktoria-hrabal",
        "Viktoria Hrabal",
        &["Hrabal"],
        "Member of parliament of Placeholdia; chair of the parliamentary committee on national security",
    )]);
    let text = "Placeholdia security guarantees: Union leaders back \u{2018}coalition of the committed\u{2019} \u{2013} as it happened\n\n\
                Monitors file their reports through an encrypted app the mission calls \"Tally\", which feeds a daily map.\n\n\
                13:05\n\
                'People are sleeping again' - mayor\n\
                In Solvyne, Mayor Nadia Orvenko said residents had noticed the difference.";
    let found = extract(text, &actors, day("2031-05-07")).quotes;
    let direct: Vec<&str> = found
        .iter()
        .filter(|q| q.kind == "direct")
        .map(|q| q.text.as_str())
        .collect();
    assert_eq!(direct, ["People are sleeping again"]);
}

#[test]
fn a_quote_label_and_a_participle_opening_are_no_names() {
    let found = direct(
        "Ada Synthetic said Exampleland would deliver two more batteries this year.\n\n\
         Quote: \u{ab}We are not asking for a miracle. We are asking for an umbrella.\u{bb}\n\n\
         Posting on social media, the defence minister of Norlandia, Boris Example, wrote: \u{201c}Today is historic.\u{201d}",
    );
    assert_eq!(
        speaker_of(
            &found,
            "We are not asking for a miracle. We are asking for an umbrella"
        ),
        "ada-synthetic"
    );
    assert_eq!(speaker_of(&found, "Today is historic"), "boris-example");
}

#[test]
fn a_hyphenated_noun_starts_a_compound_and_known_in_the_west_as_names() {
    let found = direct(
        "The city has been promised a share of a new air-defence \u{201c}umbrella\u{201d} \u{2013} but nobody can say when. \
         Asked about the programme, known in the West as \"Operation Steady Lantern\", Boris Example said that \"the name changes nothing\".",
    );
    assert_eq!(texts(&found), ["the name changes nothing"]);
}

#[test]
fn a_stage_direction_after_a_label_leaves_the_label_its_speakers() {
    let found = direct(
        "MS. SYNTHETIC: Good afternoon. We have a lot to cover today, so let us begin.\n\n\
         Q Follow-up, Ada. Is that the official name?\n\n\
         MS. SYNTHETIC: (Laughs.) I have heard a lot of names for it.\n\n\
         Q And the timing?\n\n\
         MS. SYNTHETIC: Soon.",
    );
    assert_eq!(
        speaker_of(&found, "I have heard a lot of names for it"),
        "ada-synthetic"
    );
}

#[test]
fn a_headline_in_a_transcripts_form_is_no_turn() {
    let found = direct(
        "Synthetic: Exampleland 'will not trade land for paper'\n\n\
         The minister spoke to us on Monday.\n\n\
         HOST: Minister, will you sign?\n\n\
         SYNTHETIC: No. We will not trade land for paper.\n\n\
         HOST: Never?\n\n\
         SYNTHETIC: Not while I am minister.",
    );
    assert_eq!(
        texts(&found),
        [
            "will not trade land for paper",
            "No. We will not trade land for paper",
            "Not while I am minister"
        ]
    );
}

#[test]
fn a_moderators_turns_are_not_quotes() {
    let found = direct(
        "MODERATOR: Good afternoon. The minister will begin with a short statement.\n\n\
         SYNTHETIC: Thank you. We signed the agreement today.\n\n\
         MODERATOR: First question, please.\n\n\
         SYNTHETIC: The force will deploy after a ceasefire.",
    );
    assert_eq!(
        texts(&found),
        [
            "Thank you. We signed the agreement today",
            "The force will deploy after a ceasefire"
        ]
    );
}

#[test]
fn a_label_that_names_an_outlet_is_a_journalists() {
    let found = direct(
        "Jonas Instance (Secretary General):\nThe alliance will not deploy.\n\n\
         Kirsten Dahl (Brennholm Evening Post):\nWould an attack trigger the clause?\n\n\
         Jonas Instance (Secretary General):\nThe clause covers allies.\n\n\
         Kirsten Dahl (Brennholm Evening Post):\nSo the answer is no?\n\n\
         Jonas Instance (Secretary General):\nThe answer is what I said.",
    );
    assert_eq!(
        texts(&found),
        [
            "The alliance will not deploy",
            "The clause covers allies",
            "The answer is what I said"
        ]
    );
}

#[test]
fn a_published_address_is_its_speakers_words_up_to_the_questions() {
    let text = "Briefing by Foreign Ministry Spokeswoman Lena Dummy\n\n\
                Templatyn, June 4, 2031\n\n\
                On the so-called framework\n\n\
                We have taken note of the document. I will say straight away: we were not consulted.\n\n\
                Question: Will you present a draft of your own?\n\n\
                Lena Dummy: Our proposals have been on the table for a long time.\n\n\
                Question: And the talks?\n\n\
                Lena Dummy: They go on.";
    let found = direct(text);
    assert_eq!(
        speaker_of(
            &found,
            "We have taken note of the document. I will say straight away: we were not consulted"
        ),
        "lena-dummy"
    );
    // Headings and datelines are no one's words; the questions are not quotations.
    assert_eq!(
        texts(&found),
        [
            "We have taken note of the document. I will say straight away: we were not consulted",
            "Our proposals have been on the table for a long time",
            "They go on"
        ]
    );
    // A report that only names a speech in its headline is the reporter's.
    let report = "Speech by Ada Synthetic at the summit\n\n\
                  The minister spoke for an hour. Delegates listened politely and left early.";
    assert!(direct(report).is_empty());
}

#[test]
fn a_fact_checks_headings_are_the_outlets_words() {
    let found = direct(
        "SYNTHETIC: \"The alliance will put 100,000 soldiers on our border.\"\n\n\
         THE FACTS: That's false. The draft envisions a force of 12,000 troops.\n\n\
         SYNTHETIC: \"They have already signed a secret treaty.\"\n\n\
         THE FACTS: No treaty has been signed.",
    );
    assert_eq!(
        texts(&found),
        [
            "\"The alliance will put 100,000 soldiers on our border.\"",
            "\"They have already signed a secret treaty.\""
        ]
    );
}

#[test]
fn a_presenter_the_text_introduces_asks_and_the_reporter_speaks_after_the_last_turn() {
    let found = direct(
        "Ada Synthetic spoke to presenter Kestrel Mockridge on Monday.\n\n\
         KESTREL MOCKRIDGE: Minister, the envoy says your troops would be a party to the conflict.\n\n\
         SYNTHETIC: They would not. We keep a ceasefire, we do not fight a war.\n\n\
         MOCKRIDGE: And if they are attacked?\n\n\
         SYNTHETIC: Then the attacker has a problem.\n\n\
         MOCKRIDGE: Critics call it a 'paper brigade'.\n\n\
         SYNTHETIC: Critics can come and see it.\n\n\
         Later, Lena Dummy said her ministry would 'not be lectured', adding: 'Ada and I talk every week.'",
    );
    assert_eq!(
        texts(&found),
        [
            "They would not. We keep a ceasefire, we do not fight a war",
            "Then the attacker has a problem",
            "Critics can come and see it",
            "not be lectured",
            "Ada and I talk every week"
        ]
    );
}

#[test]
fn a_subordinate_clause_after_a_quotation_is_not_its_attribution() {
    let found = direct(
        "Under the draft, sanctions would \"snap back\" automatically if monitors confirmed a major violation.",
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn what_someone_has_called_is_theirs() {
    let found = direct(
        "Across the capitals that back Placeholdia, officials are trying to settle what a ceasefire would be worth without what one Vallmark minister has called \u{201c}boots, batteries and a binding text\u{201d}.",
    );
    assert_eq!(
        speaker_of(&found, "boots, batteries and a binding text"),
        "name:Vallmark minister"
    );
}

#[test]
fn what_a_group_calls_a_scare_quote_after_its_owner_and_a_labelled_question() {
    let found = direct(
        "- 'Peace in pieces' -\n\n\
         Her regulars jokingly call the ceasefire \"peace in pieces\", she added. \
         Its foreign ministry said in a statement that the West's \"guarantees\" were \"IOUs written in someone else's currency\". \
         Boris Example said demilitarization remained one of Testburg's \"non-negotiable\" demands.",
    );
    assert_eq!(
        texts(&found),
        ["IOUs written in someone else's currency", "non-negotiable"]
    );
    let found = direct(
        "INSTANCE: Good afternoon. We have agreed the plan.\n\n\
         QUESTION (Courier Europa): Secretary General, some say the alliance is dragged into a commitment it cannot afford. What is your answer?\n\n\
         INSTANCE: My answer is that we can afford it.\n\n\
         QUESTION (Radio Templatyn): When will it start?\n\n\
         INSTANCE: Soon.",
    );
    assert!(
        !texts(&found)
            .iter()
            .any(|t| t.contains("Secretary General")),
        "{found:?}"
    );
}

#[test]
fn a_known_name_with_for_inside_it_stays_whole() {
    let all = actors_with([institution(
        "reassurance-force",
        "Multinational Reassurance Force for Placeholdia",
        &[],
        "Multinational force to secure a ceasefire in Placeholdia",
    )]);
    let text = "The force, officially the Multinational Reassurance Force for Placeholdia, is due to reach 4,000 troops. \
                \"We are ready,\" the Multinational Reassurance Force for Placeholdia said.";
    let found = extract(text, &all, day("2031-05-07")).quotes;
    assert_eq!(speaker_of(&found, "We are ready"), "reassurance-force");
}

#[test]
fn per_a_source_a_speech_participle_and_a_hyphenated_term() {
    let found = direct(
        "Boris Example, Norlandia's president, sent the committee a letter \u{2014} seen by this newsletter \u{2014} warning that the fund would \u{201c}make the Union a co-belligerent.\u{201d}\n\n\
         Ada Synthetic is in town today. Her message, per an aide: \u{201c}Less architecture, more air defence.\u{201d}\n\n\
         Vallmark pushes joint borrowing as Exampleland insists on 'burden-shifting' to the Union",
    );
    assert_eq!(
        speaker_of(&found, "make the Union a co-belligerent"),
        "boris-example"
    );
    assert_eq!(
        speaker_of(&found, "Less architecture, more air defence"),
        "name:aide"
    );
    assert_eq!(found.len(), 2);
}

#[test]
fn a_phrase_after_a_preposition_in_a_clause_said_without_that() {
    let found = direct(
        "Norlandia's foreign ministry said any scheme financed with \u{201c}stolen assets\u{201d} would be challenged in court. \
         A binding promise is not in the text, though diplomats say some wording on \"collective consultations\" survived the night.",
    );
    assert_eq!(texts(&found), ["stolen assets"]);
}

#[test]
fn a_slogan_in_title_case_with_a_comma_is_a_label() {
    let found = direct(
        "Ada Synthetic is touring factories under a programme her team has branded \u{201c}Build Once, Defend Twice.\u{201d} \
         She said the tour was \u{201c}long overdue, and welcome.\u{201d}",
    );
    assert_eq!(texts(&found), ["long overdue, and welcome"]);
}

#[test]
fn a_colon_a_bare_verb_of_saying_a_long_clause_and_a_description_heading() {
    let found = direct(
        "\"Everybody loved the guarantees when they were a press release,\" one senior diplomat told reporters. Another was more succinct: \"Sticker shock.\"\n\n\
         Boris Example used a dinner last night to warn that any use of frozen assets would be \"remembered for a very long time.\"\n\n\
         Ada Synthetic told local TV she expected the Union to sign off on the next tranche of reconstruction money \"by June at the latest\".\n\n\
         On one wall, a child has written in blue chalk: \u{201c}Peace is coming\u{201d}.",
    );
    assert_eq!(
        texts(&found),
        [
            "Everybody loved the guarantees when they were a press release",
            "Sticker shock",
            "remembered for a very long time",
            "by June at the latest"
        ]
    );
    assert_eq!(
        speaker_of(&found, "remembered for a very long time"),
        "boris-example"
    );
    assert_eq!(speaker_of(&found, "by June at the latest"), "ada-synthetic");
    let found = direct(
        "Vallmark PM: Force will 'stay as long as needed'\n\n\
         Placeholdia security guarantees: Union leaders back \u{2018}coalition of the committed\u{2019}\n\n\
         Vallmark's prime minister spoke in Templatyn.",
    );
    assert_eq!(texts(&found), ["stay as long as needed"]);
}

#[test]
fn words_with_no_day_were_said_on_the_leads_day_and_a_page_date_is_no_days_words() {
    // 2031-05-07 is a Wednesday.
    let found = run("First troops arrive in Placeholdia\n\n\
         The first soldiers of the force arrived in the capital on Monday, stepping off buses.\n\n\
         About 180 troops make up the advance team.\n\n\
         \"We are not here to fight anyone,\" Ada Synthetic told reporters at the gate.")
    .quotes;
    let direct = found.iter().find(|q| q.kind == "direct").unwrap();
    assert_eq!(direct.said_on.as_deref(), Some("2031-05-05"));

    let found = run(
        "Transcript: joint press conference\n\n\
         Published 7 May 2031. The following is the transcript of the press conference held in Templatyn on 6 May 2031.\n\n\
         MODERATOR: Good afternoon.\n\n\
         SYNTHETIC: Thank you. We signed the agreement.\n\n\
         MODERATOR: Questions, please.\n\n\
         SYNTHETIC: The force will deploy after a ceasefire.",
    )
    .quotes;
    assert!(!found.is_empty());
    assert!(
        found
            .iter()
            .filter(|q| q.kind == "direct")
            .all(|q| q.said_on.as_deref() == Some("2031-05-06")),
        "{found:?}"
    );
}

#[test]
fn a_term_the_text_calls_so_called_without_quotation_marks_is_a_label() {
    let found = direct(
        "Norlandian diplomat says Western \u{ab}guarantees\u{bb} for Placeholdia aim to prolong the conflict\n\n\
         The so-called security guarantees that Western countries are preparing are aimed at rearming Templatyn, Boris Example said.",
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn words_a_label_or_a_new_phrase_shows_are_labels() {
    let found = direct(
        "The mayor keeps a folder on her desk labelled, in thick black marker, \"Promises\". \
         The draft conclusions contain a shiny new phrase: \u{201c}security commitments of a lasting nature.\u{201d} \
         Ada Synthetic called it \u{201c}the most expensive adjective in the building.\u{201d}",
    );
    assert_eq!(
        texts(&found),
        ["the most expensive adjective in the building"]
    );
}

#[test]
fn a_headline_quote_with_its_own_subject_is_the_storys_speakers() {
    let found = direct(
        "\u{2018}We cannot be the last to arrive\u{2019}: Fictonia\u{2019}s parliament backs troops\n\n\
         Parliament voted after a debate in which Ada Synthetic told MPs that the country \u{201c}cannot be the last to arrive and the first to leave\u{201d}.",
    );
    assert_eq!(
        speaker_of(&found, "We cannot be the last to arrive"),
        "ada-synthetic"
    );
}

#[test]
fn state_media_speak_as_media() {
    let found = direct(
        "State media in Testburg have described the reconstruction plans as \"a colonial auction\".",
    );
    assert_eq!(speaker_of(&found, "a colonial auction"), "name:State media");
}

#[test]
fn a_documents_term_is_a_label() {
    let found = direct(
        "A draft seen by The Associated Press describes a \"reassurance force\" of up to 12,000 troops, Ada Synthetic said.",
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_pronoun_inside_a_sentence_is_the_person_who_opened_it() {
    let found = direct(
        "Ines Probeck, a banker, said the fund was \"too small to matter.\"\n\n\
         Vera Quill, the finance minister, said this week that the state would add a backstop, \
         though she insisted that private capital had to carry \u{201c}a fair share\u{201d} of the risk.\n\n\
         Ms. Probeck, she said, had \"listened very carefully\" but made no promises.",
    );
    assert_eq!(speaker_of(&found, "a fair share"), "name:Vera Quill");
    // A pronoun just after the opening name speaks about that person.
    assert_eq!(
        speaker_of(&found, "listened very carefully"),
        "name:Vera Quill"
    );
}

#[test]
fn a_kicker_in_sentence_case_is_no_speaker() {
    let found = direct(
        "Playbook: guarantee math\n\n\
         Industry angle: Commissioner for Defence Industry PIET OSTERLINCK said the Commission would guarantee orders. \"Factories don't run on communiqués,\" he said.\n\n\
         Alliance chief: No membership 'at this stage'",
    );
    let speaker = speaker_of(&found, "Factories don't run on communiqués");
    assert!(
        speaker.to_lowercase().ends_with("piet osterlinck"),
        "{speaker}"
    );
    // A title before the colon is the speaker of what follows.
    assert!(texts(&found).contains(&"at this stage"), "{found:?}");
}

#[test]
fn thanks_and_an_infinitive_call_weave_in_the_subjects_words() {
    let found = direct(
        "Mara Testova thanked Vallmark for \u{201c}carrying the heaviest rucksack\u{201d} and left.\n\n\
         Ada Synthetic went back on state TV on Sunday to call the force a \"bridgehead.\" Diplomats shrugged.",
    );
    assert_eq!(
        speaker_of(&found, "carrying the heaviest rucksack"),
        "name:Mara Testova"
    );
    assert_eq!(speaker_of(&found, "bridgehead"), "ada-synthetic");
}

#[test]
fn a_led_term_a_preferred_word_and_a_term_defined_after_a_typed_dash_are_labels() {
    let found = direct(
        "Ada Synthetic said premiums would fall if the Vallmark-led \"reassurance force\" deployed.\n\n\
         Ada Synthetic says the word promises too much, and she prefers to talk about \"commitments.\"\n\n\
         Ines Probeck said mediators were exploring what she called \"sequenced relief\" -- step-by-step easing.",
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_name_after_a_known_actors_title_is_the_new_holder() {
    let text = "Russia's foreign minister, Ivan Placeholderov, said on Friday that the talks \
                would be \"at the top of the agenda.\"";
    let found = extract(text, &actors(), day("2031-05-07")).quotes;
    assert_eq!(
        speaker_of(&found, "at the top of the agenda"),
        "name:Ivan Placeholderov"
    );
}

#[test]
fn the_lead_is_the_first_prose_after_a_standfirst_and_a_byline() {
    // 2031-05-07 is a Wednesday.
    let found = run("Veterans turn on the security deal\n\n\
         Thousands march as former soldiers demand a say over the terms\n\n\
         By Daniel Harker in Templatyn\n\n\
         Tue 6 May 2031 17.05 BST\n\n\
         Several thousand veterans marched through central Templatyn on Monday to protest against a deal they say was made over their heads.\n\n\
         The march was organised by an association that claims 60,000 members.\n\n\
         Its banners carried a single slogan.\n\n\
         \"We did not bleed for three years to be handed a paper promise,\" Ada Synthetic told the crowd.")
    .quotes;
    let direct = found.iter().find(|q| q.kind == "direct").unwrap();
    assert_eq!(direct.said_on.as_deref(), Some("2031-05-05"));
}

#[test]
fn a_call_sign_in_quotation_marks_names_the_person_described() {
    let found = direct(
        "The march was organised by the Brotherhood of the Line, a veterans' group.\n\n\
         Among the marchers was a 29-year-old former drone operator who goes by her call sign, \
         \u{201c}Sova\u{201d}, and asked that her full name not be used.\n\n\
         \u{201c}I trained with the instructors,\u{201d} she said.",
    );
    assert_eq!(
        speaker_of(&found, "I trained with the instructors"),
        "name:Sova"
    );
}

#[test]
fn a_models_designation_is_a_label() {
    let found = direct(
        "Ada Synthetic said air-defence units had tracked a Norlandian \"Kestrel-3\" drone crossing the line.",
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_name_with_an_age_opening_a_clause_is_a_person_whose_gender_a_possessive_tells() {
    let found = direct(
        "Ines Probeck, the mayor, said the town was ready.\n\n\
         Outside the camp gate, Nadiya, 67, sells pickled vegetables from her folding table.\n\n\
         \"Let them come,\" she said.",
    );
    assert_eq!(speaker_of(&found, "Let them come"), "name:Nadiya");
}

#[test]
fn a_post_speaks_not_the_platform_it_is_on() {
    let found = direct(
        "\"They sold us. Read the annex before they delete it,\" says a Facebook post \
         published on January 11.",
    );
    assert_eq!(
        speaker_of(&found, "They sold us. Read the annex before they delete it"),
        "name:Facebook post"
    );
}

#[test]
fn a_given_name_alone_opening_a_sentence_as_its_subject_is_a_person() {
    let found = direct(
        "Border town adjusts to the ceasefire\n\n\
         Halina has run the same grocery shop on the main square for 31 years.\n\n\
         \"We used to be the end of the world,\" says the 67-year-old, gesturing at the lorries.\n\n\
         \"I sell more coffee now,\" she says.",
    );
    assert_eq!(
        speaker_of(&found, "We used to be the end of the world"),
        "name:Halina"
    );
    assert_eq!(speaker_of(&found, "I sell more coffee now"), "name:Halina");
    // A word that is no given name opening a sentence is not taken for a person.
    let found = direct(
        "Ines Probeck, the mayor, met the families.\n\n\
         Templatyn has run the negotiations for months. \"We are patient,\" she said.",
    );
    assert_eq!(speaker_of(&found, "We are patient"), "name:Ines Probeck");
}

#[test]
fn a_surname_two_known_actors_share_is_the_one_the_text_named() {
    let all = actors_with([
        actor(
            "katja-brandt",
            "Katja Brandt",
            &["Brandt"],
            "Ceasefire monitor",
        ),
        actor(
            "ellis-brandt",
            "Ellis Brandt",
            &["Brandt"],
            "Air-defence instructor",
        ),
    ]);
    let text = "Ellis Brandt, the instructor standing behind them, said the crew was fast.\n\n\
                \"Good. Now do it again,\" Brandt says.";
    let found = extract(text, &all, day("2031-05-07")).quotes;
    assert_eq!(speaker_of(&found, "Good. Now do it again"), "ellis-brandt");
}

#[test]
fn quoted_words_before_a_phrases_noun_and_a_term_someone_describes_are_labels() {
    for text in [
        "Ada Synthetic said the regime underpins everything, from the force to the sanctions \"snapback\" mechanism.",
        "Aides said a nonbinding \"sense of the Senate\" resolution on consultation was discussed, Ada Synthetic said.",
        "Ada Synthetic says the crews will form what he describes as a \"layered dome\" over the cities.",
        "Lawmakers questioned what critics deride as \"guarantees on the cheap,\" Ada Synthetic said.",
        "Diplomats here describe it as money \"in escrow\" - waiting for the treaty.",
    ] {
        let found = direct(text);
        assert!(found.is_empty(), "{text}: {found:?}");
    }
    // An adverb opens speech, even before a noun.
    let found = direct(
        "Ada Synthetic insisted that the mission would have a \u{ab}strictly defensive\u{bb} character.",
    );
    assert_eq!(texts(&found), ["strictly defensive"]);
}

#[test]
fn the_person_a_sentence_is_for_or_a_reporter_heard_from_speaks_next() {
    let found = direct(
        "Arvo Petrenchuk, a veteran, marched with his son.\n\n\
         \"The targets are totals,\" a diplomat said.\n\n\
         For Petrenchuk, the argument is beside the point.\n\n\
         \"My son asks me why I protest,\" he said.\n\n\
         Spokeswoman Lena Dummy told the BBC that the mission would \"establish the facts\".\n\n\
         We've been hearing from Maj Gen Signy Halvard, who commands the air component.\n\n\
         She said the pilots had followed the rules \"to the letter\".",
    );
    assert_eq!(
        speaker_of(&found, "My son asks me why I protest"),
        "name:Arvo Petrenchuk"
    );
    assert_eq!(speaker_of(&found, "to the letter"), "name:Signy Halvard");
}

#[test]
fn one_of_them_was_a_description_and_a_name_given_only_as_are_the_speakers() {
    let found = direct(
        "Showdown in Templatyn: parliament ratifies pact\n\n\
         One of the sharpest critics was a veteran lawmaker who lost a son. \
         \"Consultation is what you do before a funeral,\" she said.\n\n\
         Back in Ostrivka, their leader, a former Vallmark sapper who gives his name only as Roman, 34, \
         says his crew clears a hectare a week.\n\n\
         \"At this speed, Ostrivka is clean in nine years,\" he says.",
    );
    assert_eq!(
        speaker_of(&found, "Consultation is what you do before a funeral"),
        "name:veteran lawmaker"
    );
    assert_eq!(
        speaker_of(&found, "At this speed, Ostrivka is clean in nine years"),
        "name:Roman"
    );
}

#[test]
fn wording_a_document_shows_is_a_label() {
    let found = direct(
        "The term sheets show that losses caused by \"acts of a state party to the ceasefire\" would be covered in full, Ada Synthetic said.",
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn signs_numbered_names_habits_glosses_and_what_documents_are_about_are_labels() {
    for text in [
        "A hand-painted sign on the door reads: \u{201c}Closed. We will be back.\u{201d} Ada Synthetic said she would hold them to it.",
        "Ada Synthetic said he would present a revised draft, which he called \"Map 7\", on Friday.",
        "Diplomats here have taken to calling the disputed strip \"the inch that matters\".",
        "Ada Synthetic said parliament would consider a statement on the \"illegitimacy of the tribunal and of all agreements referring to it\" next week.",
        "The note calls it a plan, which is diplomat-speak for \"we haven't agreed on the hard bits.\"",
        "Ada Synthetic has heard many speeches about \"build back better,\" she added.",
        "Another said three capitals want the costs off-budget, which is Harbourg for \"someone else's budget.\"",
    ] {
        let found = direct(text);
        assert!(found.is_empty(), "{text}: {found:?}");
    }
    // What something is good for is no gloss.
    let found = direct(
        "Ada Synthetic said the aid, which is vital for \"rebuilding our country\", would come.",
    );
    assert_eq!(texts(&found), ["rebuilding our country"]);
}

#[test]
fn descriptions_with_a_trailing_noun_abbreviated_ranks_and_relative_clauses_name_speakers() {
    let found = direct(
        "The captain of the Vallmark frigate, Cmdr. Jesper Haldorsen, described a tense afternoon.\n\n\
         \"We decided it was theater,\" he said.\n\n\
         \"These parts turned up inside drones,\" chief prosecutor Annika Strand told a news conference.\n\n\
         Oleh, whose daughter is on a ventilator, rode in the third ambulance.\n\n\
         \"She slept through the whole thing,\" he said.\n\n\
         \"Air defence gets the headlines,\" said one senior official.\n\n\
         The official's boss, Osric Mallow, has been more guarded in public.",
    );
    assert_eq!(
        speaker_of(&found, "We decided it was theater"),
        "name:Jesper Haldorsen"
    );
    assert_eq!(
        speaker_of(&found, "These parts turned up inside drones"),
        "name:Annika Strand"
    );
    assert_eq!(
        speaker_of(&found, "She slept through the whole thing"),
        "name:Oleh"
    );
    // The official's boss is someone else.
    assert_eq!(
        speaker_of(&found, "Air defence gets the headlines"),
        "name:senior official"
    );
}

#[test]
fn a_kind_of_thing_made_by_someone_and_a_documents_wording_are_labels() {
    for text in [
        "According to Ada Synthetic, Norlandia will never recognise any \"ad hoc court\" created by a group of states.",
        "Playbook has seen the cover note. It calls the package \"a living framework,\" Ada Synthetic said.",
        "The draft memo describes the force as \"a trip-wire presence,\" Ada Synthetic said.",
    ] {
        let found = direct(text);
        assert!(found.is_empty(), "{text}: {found:?}");
    }
    // What an institution calls something is its words.
    let found = direct(
        "Norlandia's foreign ministry has reacted. In a statement, it calls the agreement \"a declaration of permanent hostility\".",
    );
    assert_eq!(texts(&found), ["a declaration of permanent hostility"]);
}

#[test]
fn posters_formulas_and_what_commentators_see_proof_of_are_labels() {
    for text in [
        "Posters on Solvyne's main street promise \"A Roof and a Shield\", Ada Synthetic said.",
        "Ada Synthetic demands a binding clause along the lines of \"an attack on one is an attack on all.\"",
        "Ada Synthetic said the contingent would be little more than a \"tripwire\".",
        "Pro-government commentators described it as proof of \"war fatigue\" in Placeholdia.",
    ] {
        let found = direct(text);
        assert!(found.is_empty(), "{text}: {found:?}");
    }
}

#[test]
fn more_from_someone_on_a_live_page_is_who_speaks_next() {
    let found = direct(
        "\"We wrote one down,\" Taras Mockovskyy said.\n\n\
         Here's a little more from Boris Example, who looked emotional.\n\n\
         \"For thirty years we were told otherwise,\" he said.",
    );
    assert_eq!(
        speaker_of(&found, "For thirty years we were told otherwise"),
        "boris-example"
    );
}

#[test]
fn a_groups_phrase_a_present_description_and_a_laws_name_are_labels() {
    for text in [
        "Transcript\n\nMOCKENKO: Thank you all for coming today.\n\n\
         QUESTION (Radio): Minister, soldiers at the front have a phrase, \"the guarantee that comes too late.\" Are you worried?\n\n\
         MOCKENKO: No. We have the whole text.\n\nQUESTION (Radio): And the timing?\n\nMOCKENKO: Soon.",
        "Critics say it is a clause by another name. Supporters call it \"deterrence you can read.\"",
        "Ada Synthetic said data flow through one node, a design officials describe as \"no single off-switch\".",
        "Ada Synthetic spoke at a briefing.\n\nShe also noted that the \u{ab}Law on the State Language\u{bb}, adopted before the conflict, must be repealed.",
    ] {
        let found = direct(text);
        assert!(
            !texts(&found).iter().any(|t| t.contains("too late")
                || t.contains("you can read")
                || t.contains("off-switch")
                || t.contains("State Language")),
            "{text}: {found:?}"
        );
    }
    // In the past tense, a description is what was said.
    let found = direct(
        "Her spokesman said the chancellor \"fully supports\" the minister, a phrase officials privately described as \"carefully chosen\".",
    );
    assert!(texts(&found).contains(&"carefully chosen"), "{found:?}");
}

#[test]
fn the_title_a_sentence_opens_for_speaks_next() {
    let found = direct(
        "The town's mayor, Nadia Orvenko, met the delegation.\n\n\
         Ada Synthetic promised that the money would be \"visible before winter\".\n\n\
         For the mayor, that is the only timetable that counts. \"People here have heard many promises,\" she says.",
    );
    assert_eq!(
        speaker_of(&found, "People here have heard many promises"),
        "name:Nadia Orvenko"
    );
}

#[test]
fn a_relation_named_in_apposition_and_a_singular_they_find_their_speaker() {
    let found = direct(
        "Drone plant opens\n\n\
         Maria Ferro, a former official, said the plant was \u{201c}oversold.\u{201d}\n\n\
         \u{201c}We had sirens twice yesterday,\u{201d} said Taras Hnyda, 23, who tests boards.\n\n\
         His supervisor, Oksana Reva, lost her brother in the war.\n\n\
         \u{201c}I couldn't hold a rifle,\u{201d} she said.",
    );
    assert_eq!(
        speaker_of(&found, "I couldn't hold a rifle"),
        "name:Oksana Reva"
    );
    let found = direct(
        "Summit – live\n\n\
         15:10\nWho's who\n\n\
         Leaders from Vallmark and Fictonia are present. Norlandia was not invited.\n\n\
         14:36\n'We were sceptical,' says diplomat\n\n\
         A Vallmark diplomat tells Sky News the text was agreed at 3am.\n\n\
         \"We were sceptical until the last hour,\" they said.",
    );
    assert_eq!(
        speaker_of(&found, "We were sceptical until the last hour"),
        "name:Vallmark diplomat"
    );
}

#[test]
fn a_guise_an_episode_title_a_passive_groups_term_and_a_supplied_thing_are_labels() {
    for text in [
        "Anatoly Zherdev said no troops could be deployed under the guise of a \"reassurance force\".",
        "Podcast transcript, Episode 47: \"Who Actually Shows Up?\"\n\nHOST: Welcome back to the show.",
        "QUESTION: General, your force has been described by some analysts as a \"tripwire\" rather than a fighting force. Is that fair?",
        "Norlandia's foreign ministry said that any foreign-supplied \u{201c}umbrella\u{201d} would be treated as a target.",
    ] {
        let found = direct(text);
        assert!(
            !texts(&found).iter().any(|t| t.contains("reassurance force")
                || t.contains("Shows Up")
                || *t == "tripwire"
                || *t == "umbrella"),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn what_claims_are_of_is_a_label() {
    let found = direct(
        "Ada Synthetic said officers log every call, as insurance against later claims of \"he said, she said\".",
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn counted_sized_and_parenthetically_known_terms_are_labels() {
    for text in [
        "He was taken from a home in Ostrivka and, according to Placeholdia\u{2019}s children\u{2019}s ombudsman, moved through three Norlandian \u{201c}rehabilitation camps\u{201d} before being placed with a foster family.",
        "Ada Synthetic has pledged that Vallmark will lead a multinational \"reassurance force\" of up to 12,000 troops.",
        "\u{201c}We wrote a document that obliged nobody,\u{201d} Ada Synthetic told me.\n\n\
         The Sandmoor Memorandum\u{2014}known in Placeholdia, with some bitterness, as \u{201c}the paper umbrella\u{201d}\u{2014}promised to protect the borders.",
        "Ada Synthetic said the bank was expanding a facility \u{2014} informally known inside the bank as \"the umbrella\" \u{2014} that covers $2bn.",
    ] {
        let found = direct(text);
        assert!(
            !texts(&found).iter().any(|t| t.contains("camps")
                || t.contains("umbrella")
                || t.contains("reassurance")),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn a_description_keeps_its_number_and_its_qualifiers() {
    let found = reported(
        "Fictonia will send four batteries this year, two diplomats familiar with the talks said on Thursday.\n\n\
         A team of officers arrived in Vorlen on Sunday, the regional military administration confirmed.",
    );
    assert_eq!(
        speaker_of(
            &found,
            "Fictonia will send four batteries this year, two diplomats familiar with the talks said on Thursday"
        ),
        "name:two diplomats"
    );
    assert_eq!(
        speaker_of(
            &found,
            "A team of officers arrived in Vorlen on Sunday, the regional military administration confirmed"
        ),
        "name:regional military administration"
    );
}

#[test]
fn member_states_are_a_group_and_states_after_member_no_verb() {
    let found = reported(
        "Some member states say the alliance is being dragged into a commitment it cannot afford.",
    );
    assert_eq!(
        speaker_of(
            &found,
            "Some member states say the alliance is being dragged into a commitment it cannot afford"
        ),
        "name:some member states"
    );
    let found = direct(
        "Ada Synthetic cautioned that at least two member states still had \"serious reservations\" about the trigger.",
    );
    assert_eq!(speaker_of(&found, "serious reservations"), "ada-synthetic");
}

#[test]
fn a_parliaments_record_labels_members_by_seat_party_and_office() {
    let found = direct(
        "The Minister for the Armed Forces (Ada Synthetic): With permission, I shall make a statement on the rules of engagement.\n\n\
         Taras Mockovskyy (Harrowgate East) (Unity): Will the Minister give way?\n\n\
         Ada Synthetic: I give way to my hon. Friend.\n\n\
         Taras Mockovskyy: My constituents ask what their sons may do. What does the Minister say to them?\n\n\
         Ada Synthetic: That they may defend themselves.",
    );
    assert_eq!(
        speaker_of(
            &found,
            "With permission, I shall make a statement on the rules of engagement"
        ),
        "ada-synthetic"
    );
    assert_eq!(
        speaker_of(&found, "I give way to my hon. Friend"),
        "ada-synthetic"
    );
    assert_eq!(
        speaker_of(&found, "Will the Minister give way"),
        "taras-mockovskyy"
    );
    assert_eq!(
        speaker_of(&found, "That they may defend themselves"),
        "ada-synthetic"
    );
}

#[test]
fn a_documents_wording_is_the_documents() {
    let found = direct(
        "Leaders signed the Quillport Declaration on Tuesday. The key passage commits signatories to respond to a renewed attack \"individually and collectively, without delay.\"\n\n\
         The draft, titled the \"Early Warning Annex,\" commits Exampleland to provide \"timely indications and warning of hostile military preparations.\"\n\n\
         The memorandum, signed at the ministry in Templatyn, commits both governments to \"share the technical documentation for the full duration of the guarantee.\"\n\n\
         Article 4 of the Brennholm Compact, the security guarantee that 16 countries approved, obliges its signatories to \"consult immediately and decide within seventy-two hours.\"\n\n\
         \"The people deserve to know the price of a promise,\" the letter reads.\n\n\
         Ada Synthetic said the draft was \"a good start, and only a start.\"",
    );
    assert_eq!(
        speaker_of(&found, "individually and collectively, without delay"),
        "name:key passage of the Quillport Declaration"
    );
    assert_eq!(
        speaker_of(
            &found,
            "timely indications and warning of hostile military preparations"
        ),
        "name:draft"
    );
    assert_eq!(
        speaker_of(
            &found,
            "share the technical documentation for the full duration of the guarantee"
        ),
        "name:memorandum"
    );
    assert_eq!(
        speaker_of(
            &found,
            "consult immediately and decide within seventy-two hours"
        ),
        "name:Article 4 of the Brennholm Compact"
    );
    assert_eq!(
        speaker_of(&found, "The people deserve to know the price of a promise"),
        "name:letter"
    );
    // Someone who speaks about a document speaks for themselves.
    assert_eq!(
        speaker_of(&found, "a good start, and only a start"),
        "ada-synthetic"
    );
    // A document "according to" which, perhaps through a copy of it, the words are quoted;
    // a testimony that reads; a draft text that names its document.
    let found = direct(
        "Ada Synthetic spoke on Saturday.\n\n\
         The force would be stationed \"not less than 30 kilometres from the line,\" according to a copy of the draft seen by the Post.\n\n\
         \"The commitments are executive undertakings,\" the testimony reads.\n\n\
         The letter arrived on Monday. The draft text commits the allies to \"act together without delay.\"",
    );
    assert_eq!(
        speaker_of(&found, "not less than 30 kilometres from the line"),
        "name:draft"
    );
    assert_eq!(
        speaker_of(&found, "The commitments are executive undertakings"),
        "name:testimony"
    );
    assert_eq!(
        speaker_of(&found, "act together without delay"),
        "name:draft text"
    );
}

#[test]
fn a_statement_paper_summary_or_bill_words_what_it_says_tells_or_is_quoted_according_to() {
    let found = direct(
        "The joint statement, released late on Wednesday, said the coalition remained \"determined to ensure that any ceasefire is durable\".\n\n\
         According to the draft, the soldiers may use force \"to the extent necessary to protect the airspace\".\n\n\
         \"A deployment of more than two batteries cannot be sustained,\" the paper states.\n\n\
         The final communiqué is out. The key passage reads: \"The participants commit to provide immediate assistance.\"\n\n\
         A summary seen by the Post says contributing nations \"retain full command\" of their contingents.\n\n\
         The letter tells the president that \"no guarantee made in Eskerby binds this Congress\".",
    );
    assert_eq!(
        speaker_of(&found, "determined to ensure that any ceasefire is durable"),
        "name:joint statement"
    );
    assert_eq!(
        speaker_of(&found, "to the extent necessary to protect the airspace"),
        "name:draft"
    );
    assert_eq!(
        speaker_of(
            &found,
            "A deployment of more than two batteries cannot be sustained"
        ),
        "name:paper"
    );
    assert_eq!(
        speaker_of(
            &found,
            "The participants commit to provide immediate assistance"
        ),
        "name:key passage of the final communiqué"
    );
    assert_eq!(speaker_of(&found, "retain full command"), "name:summary");
    assert_eq!(
        speaker_of(&found, "no guarantee made in Eskerby binds this Congress"),
        "name:letter"
    );
}

#[test]
fn a_document_near_a_speaker_is_not_the_speaker() {
    let found = direct(
        "Taras Mockovskyy spoke to reporters in Templatyn.\n\n\
         He added that paper promises \"have failed us before\".\n\n\
         One of the officials who drafted the framework, Ada Synthetic, told the Post that the horizon was \"the most important word in the text.\"\n\n\
         The Norlandian foreign ministry rejected the draft on Monday. It said the plan was \"a provocation dressed up as peace\".\n\n\
         The draft refers to a deployment lasting \"as long as the states deem necessary,\" language one diplomat from a Concord Union country described as \"deliberately elastic.\"",
    );
    assert_eq!(
        speaker_of(&found, "have failed us before"),
        "taras-mockovskyy"
    );
    assert_eq!(
        speaker_of(&found, "the most important word in the text"),
        "ada-synthetic"
    );
    assert_ne!(
        speaker_of(&found, "a provocation dressed up as peace"),
        "name:draft"
    );
    assert_eq!(
        speaker_of(&found, "as long as the states deem necessary"),
        "name:draft"
    );
    assert_eq!(speaker_of(&found, "deliberately elastic"), "name:diplomat");
    // Two words a paper calls for are a term.
    assert!(
        direct("The group's first paper, a four-page note, calls for \"patient guarantees\" at the border.").is_empty()
    );
}

#[test]
fn a_word_or_a_name_from_a_document_is_no_wording_of_it() {
    for text in [
        "A draft security pact promises \"timely\" intelligence.",
        "The draft, circulated to ambassadors on Wednesday, describes the mechanism as a \"sanctions safety catch\".",
    ] {
        assert!(direct(text).is_empty(), "{text}: {:?}", direct(text));
    }
    // "The clause, which obliges …, "changes …"": said about the clause, by the speaker.
    let found = direct(
        "According to Sergey Fakenko, the clause, which obliges Exampleland to regard an attack on Placeholdia as an attack on itself, \"changes the entire architecture of security\" on the continent.",
    );
    assert_eq!(
        speaker_of(&found, "changes the entire architecture of security"),
        "sergey-fakenko"
    );
}

#[test]
fn a_leader_who_welcomes_a_guest_is_no_host_and_a_co_host_introduces_themselves() {
    let found = direct(
        "PRIME MINISTER SYNTHETIC: Good afternoon, and welcome, Mr President, back to Brennholm.\n\n\
         We have agreed the text of the annex.\n\n\
         PRESIDENT EXAMPLE: Thank you. Today we fixed numbers.\n\n\
         Q (ANNA LIND, VALLMARK RADIO): Prime Minister, can you fill the brigade?\n\n\
         PRIME MINISTER SYNTHETIC: Yes. Recruitment is up for the fourth month running.\n\n\
         PRESIDENT EXAMPLE: And we are grateful for it.",
    );
    assert_eq!(
        speaker_of(
            &found,
            "Good afternoon, and welcome, Mr President, back to Brennholm"
        ),
        "ada-synthetic"
    );
    assert_eq!(
        speaker_of(
            &found,
            "Yes. Recruitment is up for the fourth month running"
        ),
        "ada-synthetic"
    );
    let found = direct(
        "BEN TALLIS: Hello and welcome to The Guarantee Gap. I'm Ben Tallis.\n\n\
         HATTIE MORROW: And I'm Hattie Morrow. This week our guest is Lena Dummy. Welcome.\n\n\
         LENA DUMMY: Thank you. It is a pleasure.\n\n\
         HATTIE MORROW: Our listeners have heard it is the best deal ever offered. Is that wrong?\n\n\
         LENA DUMMY: It is not wrong.\n\n\
         I say that carefully. But when I was in the alliance, we spent months arguing about \"shall consult\" and \"shall act\".\n\n\
         BEN TALLIS: Will it be signed this year?\n\n\
         LENA DUMMY: Something will be signed.",
    );
    assert!(
        !found
            .iter()
            .any(|q| q.text.contains("Hattie Morrow") || q.text.contains("best deal")),
        "{found:?}"
    );
    assert_eq!(
        speaker_of(
            &found,
            "I say that carefully. But when I was in the alliance, we spent months arguing about \"shall consult\" and \"shall act\""
        ),
        "lena-dummy"
    );
}

#[test]
fn of_two_actors_whose_names_fold_alike_the_one_spelled_so_speaks() {
    let known = actors_with([
        actor(
            "severin-ostrov",
            "Severin Ostrov",
            &["Ostrov", "General Ostrov"],
            "Commander of the Placeholdian Air Force",
        ),
        actor(
            "harlan-ostrow",
            "Harlan Ostrow",
            &["Ostrow", "General Ostrow"],
            "Commander of Exampleland Air Forces North",
        ),
    ]);
    for (text, slug) in [
        (
            "\"We plan for what we may be asked to do,\" Ostrow said.",
            "harlan-ostrow",
        ),
        (
            "\"We plan for what we may be asked to do,\" Ostrov said.",
            "severin-ostrov",
        ),
    ] {
        let found = extract(text, &known, day("2031-05-07")).quotes;
        assert_eq!(
            speaker_of(&found, "We plan for what we may be asked to do"),
            slug,
            "{text}"
        );
    }
}

#[test]
fn a_news_programme_host_a_correspondent_and_soundbites_labelled_with_roles() {
    // A Sunday show: the host welcomes the guest at the end of her turn; "SEN. SYNTHETIC"
    // is a label with an honorific.
    let found = direct(
        "CORINNE HADLEY: We begin with Defence Minister Ada Synthetic. Minister, welcome back.\n\n\
         SEN. SYNTHETIC: Good to be here, Corinne.\n\n\
         CORINNE HADLEY: What exactly did you promise?\n\n\
         SEN. SYNTHETIC: We promised to decide, and to decide fast.\n\n\
         CORINNE HADLEY: Minister, thank you.",
    );
    assert!(
        !found.iter().any(|q| q.text.contains("thank you")),
        "{found:?}"
    );
    assert_eq!(
        speaker_of(&found, "We promised to decide, and to decide fast"),
        "ada-synthetic"
    );
    // A report: the correspondent signs off; each soundbite's label gives a role.
    let found = direct(
        "Ines Whitaker: In Vorlen, the sirens still sound most nights.\n\n\
         Nina Bondarenko, Vorlen Resident (through interpreter): Seventy-two hours to decide. I know what a missile can do in seventy-two seconds.\n\n\
         Ines Whitaker: The first crews are already here.\n\n\
         Col. Lena Dummy, Reassurance Force Spokeswoman: What the compact does is give every government a deadline.\n\n\
         Nina Bondarenko (through interpreter): The paper is good. Missiles are better.\n\n\
         Ines Whitaker: For the Evening Hour, I'm Ines Whitaker in Vorlen.",
    );
    assert!(
        !found.iter().any(|q| q.text.contains("sirens")),
        "{found:?}"
    );
    assert_eq!(
        speaker_of(
            &found,
            "Seventy-two hours to decide. I know what a missile can do in seventy-two seconds"
        ),
        "name:Nina Bondarenko"
    );
    assert_eq!(
        speaker_of(
            &found,
            "What the compact does is give every government a deadline"
        ),
        "lena-dummy"
    );
}

#[test]
fn a_demonym_no_country_list_knows_fits_the_place_an_actor_belongs_to() {
    let found = direct(
        "The Norlandian foreign minister called the compact \"a paper fortress\" on Sunday.",
    );
    assert_eq!(speaker_of(&found, "a paper fortress"), "sergey-fakenko");
}

#[test]
fn a_title_after_a_heading_word_and_a_colon_is_a_label() {
    for text in [
        "Hearing: \"The Placeholdia Security Guarantee: Force Posture, Costs and Commitments\"\nThursday, 11 June 2031",
        "Episode 47. Title: \"Boots, bonds and bluffs\"",
    ] {
        assert!(direct(text).is_empty(), "{text}: {:?}", direct(text));
    }
}

#[test]
fn a_person_of_a_body_described_before_its_name_speaks() {
    let found = direct(
        "Fictonia will be harder. Ada Synthetic of the right-wing Homeland Alliance says the treaty \u{201c}mortgages Fictonian foreign policy to Templatyn\u{201d}, and her party is rising.",
    );
    assert_eq!(
        speaker_of(&found, "mortgages Fictonian foreign policy to Templatyn"),
        "ada-synthetic"
    );
}

#[test]
fn a_quoted_verb_and_its_object_after_a_documents_noun_are_words_said() {
    for text in [
        "Ada Synthetic says the treaty \u{201c}mortgages Fictonian foreign policy\u{201d}.",
        "Ada Synthetic said the plan \u{201c}guarantees the security of nobody\u{201d}.",
    ] {
        let found = direct(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(
            found[0].speaker.slug.as_deref(),
            Some("ada-synthetic"),
            "{text}"
        );
    }
}

#[test]
fn an_auxiliary_before_the_verb_and_words_after_a_named_object() {
    let found = direct(
        "The last guarantor has signed, and Ada Synthetic has declared the treaty \"open for ratification\".\n\n\
         Lena Dummy said the alliance \"stands ready to support\" the arrangement.",
    );
    assert_eq!(speaker_of(&found, "open for ratification"), "ada-synthetic");
    assert_eq!(speaker_of(&found, "stands ready to support"), "lena-dummy");
    // In a clause someone reports, the words are the reporter's source's.
    let found =
        direct("Lena Dummy said the president had promised allies \"a brigade he does not have.\"");
    assert_eq!(
        speaker_of(&found, "a brigade he does not have"),
        "lena-dummy"
    );
}

#[test]
fn a_modal_quoted_alone_a_word_whose_meaning_is_asked_and_a_scare_quoted_subject_are_labels() {
    for text in [
        "Brennholm wanted \u{ab}shall\u{bb}. Dummyville, according to several sources, would have preferred \u{ab}may\u{bb}.",
        "Even that famous sentence, Ada Synthetic noted, leaves each member to decide what \u{201c}necessary\u{201d} means.",
        "Lena Dummy noted on air that the Western \u{ab}guarantees\u{bb} were worthless.",
    ] {
        assert!(direct(text).is_empty(), "{text}: {:?}", direct(text));
    }
    // A scare-quoted word someone is named as using is theirs.
    let found = direct("Drone strike exposes hollowness of Western \"guarantees\" - Lena Dummy");
    assert_eq!(speaker_of(&found, "guarantees"), "lena-dummy");
}

#[test]
fn a_clause_under_which_signatories_pledge_words_it() {
    let found = direct(
        "At the heart of the dispute is Article Nine, the clause under which signatories pledge to \"take all measures they consider appropriate, including military measures\" in the event of renewed aggression.",
    );
    assert_eq!(
        speaker_of(
            &found,
            "take all measures they consider appropriate, including military measures"
        ),
        "name:Article Nine"
    );
}

#[test]
fn an_interviews_bare_answer_label_is_the_person_the_story_quotes_most() {
    let found = direct(
        "Ada Synthetic said on Sunday that the jets \"will be there.\" Lena Dummy called that \"a long way of saying maybe.\" \"We mean it,\" Synthetic said.\n\n\
         Below is a partial transcript of the interview.\n\n\
         Q: Will the aircraft respond?\n\n\
         A: We will be there.\n\n\
         Q: And if the ceasefire never comes?\n\n\
         A: Then we keep doing what we do today.",
    );
    assert_eq!(speaker_of(&found, "We will be there"), "ada-synthetic");
    assert_eq!(
        speaker_of(&found, "Then we keep doing what we do today"),
        "ada-synthetic"
    );
}

#[test]
fn a_participle_after_a_determiner_is_no_verb_of_saying_and_a_participle_of_speech_reaches_further()
{
    let found = direct(
        "Ada Synthetic spent the spring touring capitals, arguing that a force without agreed rules on what happens if it is attacked is \u{2018}a promise written in pencil\u{2019}.\n\n\
         The guarantee agreement commits Vallmark and Fictonia to consult within 48 hours of a confirmed attack and to \"take all necessary measures, including military assistance\".",
    );
    assert_eq!(
        speaker_of(&found, "a promise written in pencil"),
        "ada-synthetic"
    );
    assert_eq!(
        speaker_of(
            &found,
            "take all necessary measures, including military assistance"
        ),
        "name:guarantee agreement"
    );
}

#[test]
fn a_documents_or_a_streets_name_is_never_who_a_description_means() {
    let found = direct(
        "Pidhirne, Placeholdia \u{2013} Halyna Moskal has lived on Sadova Street for 52 years. She heard about the Eskerby Framework from her granddaughter.\n\n\
         \u{201c}They signed a paper in a town I have never heard of,\u{201d} the 71-year-old said.",
    );
    assert_eq!(
        speaker_of(
            &found,
            "They signed a paper in a town I have never heard of"
        ),
        "name:Halyna Moskal"
    );
}

#[test]
fn accounts_and_uploaders_on_a_social_network_speak() {
    let found = direct(
        "A second account, which describes itself as a \u{201c}Testburg insider\u{201d}, added: \u{201c}The coffins will come home quietly.\u{201d}\n\n\
         The video was first published on a forum two years ago. Its original uploader told us on Monday that he filmed it near Eskerby. \u{201c}I was standing in a field with a flask of coffee,\u{201d} he said.",
    );
    assert_eq!(
        speaker_of(&found, "The coffins will come home quietly"),
        "name:second account"
    );
    assert!(
        speaker_of(&found, "I was standing in a field with a flask of coffee").contains("uploader"),
        "{found:?}"
    );
}

#[test]
fn reported_speech_whose_claim_runs_into_a_long_quotation() {
    // The reporter's words carry the claim up to the quotation: reported speech as well.
    for text in [
        "Synthetic added that the government would \"not negotiate our security with the country that destroyed it.\"",
        "Ada Synthetic accused Sampleton of \"outsourcing the risk to the Europeans while keeping the profits from arms sales.\"",
    ] {
        let found = reported(text);
        assert_eq!(found.len(), 1, "{text}: {found:#?}");
        assert!(found[0].text.starts_with(&text[..10]), "{found:#?}");
    }
    // A quotation that is the whole claim is only a direct quotation.
    for text in [
        "\"We will not negotiate our security with the country that destroyed it,\" Synthetic said on Tuesday.",
        "Ada Synthetic told a NorInform correspondent: \"We stood here today for our comrades and will stand again.\"",
    ] {
        assert!(reported(text).is_empty(), "{text}: {:#?}", reported(text));
        assert_eq!(direct(text).len(), 1, "{text}");
    }
}

#[test]
fn reported_speech_that_names_or_describes_in_the_reporters_words() {
    for text in [
        "The Norlandian presidency called the deployment a provocation.",
        "Ada Synthetic described the talks as businesslike and warm.",
    ] {
        let found = reported(text);
        assert_eq!(found.len(), 1, "{text}: {found:#?}");
        assert_eq!(found[0].text, text.trim_end_matches('.'));
    }
    for text in [
        // Calling a meeting, calling someone in, a phone call: nothing said.
        "Ada Synthetic called a meeting of the cabinet for Friday.",
        "Ada Synthetic calls the squad in for a debrief.",
        "Her daughters call her every evening.",
        // A name someone uses is theirs, not a claim.
        "Ministers approved what they call the Quillport Compact, a promise to decide quickly.",
        // A quotation that is the whole claim is a direct quotation only.
        "Ada Synthetic called the deployment \"a provocation dressed up as a training course.\"",
    ] {
        assert!(reported(text).is_empty(), "{text}: {:#?}", reported(text));
    }
}

#[test]
fn a_quotation_ending_a_long_reported_clause_is_the_speakers() {
    let text = "Ada Synthetic told parliament in Dummyville on Friday that Fictonia would contribute an air defence battalion and fighter jets to the mission known as \"Bright Canopy\", and would do \"what is necessary, for as long as it is necessary\".";
    assert_eq!(
        speaker_of(
            &direct(text),
            "what is necessary, for as long as it is necessary"
        ),
        "ada-synthetic"
    );
}

#[test]
fn an_ordinal_or_a_qualifier_alone_is_nobody() {
    let text = "Ada Synthetic has started a notebook of questions. The first one is underlined twice.\n\n\"If they tell me six months, I can do six months,\" she says.";
    assert_eq!(
        speaker_of(
            &direct(text),
            "If they tell me six months, I can do six months"
        ),
        "ada-synthetic"
    );
}

#[test]
fn an_adverb_between_the_subject_and_its_verb() {
    let text = "The first is the country's own army, which Ada Synthetic has repeatedly described as \"the first and most important guarantee\" the country has.";
    assert_eq!(
        speaker_of(&direct(text), "the first and most important guarantee"),
        "ada-synthetic"
    );
}

#[test]
fn a_subheads_word_or_two_speak_as_the_quotation_that_says_them() {
    let text = "Reactions to the pact\n\n\
                - Norlandia: \u{ab}answer\u{bb} -\n\n\
                \u{ab}Those who sign such papers should not be surprised when they receive an answer,\u{bb} Boris Example told reporters on Friday.";
    assert_eq!(speaker_of(&direct(text), "answer"), "boris-example");
}

#[test]
fn a_statement_speaks_for_who_issued_it() {
    let text = "The Norlandian presidency said in a statement that it supported \"every serious effort to end this war.\"\n\n\
                \"Norlandia will not negotiate over anyone's head,\" the statement said.";
    assert_eq!(
        speaker_of(
            &direct(text),
            "Norlandia will not negotiate over anyone's head"
        ),
        "testburg-palace"
    );
}

#[test]
fn a_memo_speaks_its_own_wording() {
    let text = "Ada Synthetic has ordered planners to draw up options, according to a memo seen by two officials.\n\n\
                The memo calls the work \"prudent planning for a range of contingencies\" and stresses that \"no decision has been taken.\"";
    let found = direct(text);
    assert_eq!(
        speaker_of(&found, "prudent planning for a range of contingencies"),
        "name:memo"
    );
}

#[test]
fn a_newspaper_named_after_a_described_person_is_not_that_person() {
    let text = "The gunner, who goes by the call sign \"Pike,\" was blunter.\n\n\
                \"Send the jets now,\" he said.\n\n\
                The Templatyn Independent identifies the gunner only by his call sign for security reasons.";
    assert_eq!(speaker_of(&direct(text), "Send the jets now"), "name:Pike");
    let text = "The gunner was blunter.\n\n\"Send the jets now,\" he said.\n\n\
                The Quillport Herald met the gunner again in May.";
    assert_eq!(
        speaker_of(&direct(text), "Send the jets now"),
        "name:gunner"
    );
}

#[test]
fn a_newsletters_imperative_is_no_name() {
    let text = "Ada Synthetic will brief ministers this morning. \
                Expect her to repeat what she told ambassadors last week: that the charter \"is a floor, not a ceiling.\"";
    assert_eq!(
        speaker_of(&direct(text), "is a floor, not a ceiling"),
        "ada-synthetic"
    );
}

#[test]
fn the_owner_in_a_possessive_description_is_mentioned_too() {
    let text = "When Ada Synthetic's husband told her his battalion was going, her first question was for how long.\n\n\
                \"Nobody could tell him,\" she says.\n\n\
                Gwen Alder's son is in the same battalion. She has driven past the gate every day.\n\n\
                \"He's proud,\" she says.";
    let found = direct(text);
    assert_eq!(speaker_of(&found, "Nobody could tell him"), "ada-synthetic");
    assert_eq!(speaker_of(&found, "He's proud"), "name:Gwen Alder");
}

#[test]
fn a_term_after_a_determiner_and_a_place_is_a_label() {
    let text = "Ada Synthetic has argued that an Exampleland \"backstop\" would make a new war less likely.";
    assert!(direct(text).is_empty(), "{:#?}", direct(text));
    // A name that is the subject of quoted words is not.
    let text =
        "Ada Synthetic told the briefing that the Commission \"stands ready\" to manage the fund.";
    assert_eq!(direct(text).len(), 1);
}

#[test]
fn reported_speech_after_a_conjunction_a_demonstrative_or_in_a_participle() {
    for (text, speaker) in [
        (
            "But Ada Synthetic has demanded that MPs be given a binding vote before any soldier leaves.",
            "ada-synthetic",
        ),
        (
            "Ada Synthetic retorted that the government would present the mission to parliament.",
            "ada-synthetic",
        ),
        (
            "Ada Synthetic played down the threat, insisting that the amendment would be defeated.",
            "ada-synthetic",
        ),
    ] {
        let found = reported(text);
        assert_eq!(found.len(), 1, "{text}: {found:#?}");
        assert_eq!(found[0].speaker.slug.as_deref(), Some(speaker), "{text}");
    }
    let found = reported(
        "A senior official spoke to reporters. That official said the minister remained wary of any arrangement.",
    );
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].speaker.name, "senior official");
    // A noun in -s after a possessive is no verb.
    assert!(reported("Asked about Synthetic's remarks on Sunday, nobody answered.").is_empty());
}

#[test]
fn a_claim_goes_on_after_its_attribution() {
    let found = reported(
        "The talks will resume on Monday, Ada Synthetic said, though the venue has not been chosen.",
    );
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(found[0].text.ends_with("has not been chosen"), "{found:#?}");
    // An attribution that ends the claim ends the span.
    let found = reported("The talks will resume on Monday, Ada Synthetic said, in Quillport.");
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(found[0].text.ends_with("Ada Synthetic said"), "{found:#?}");
}

#[test]
fn a_time_of_day_can_end_a_sentence() {
    let doc = super::text::Doc::new(
        "The first day ended shortly before 5 p.m. Synthetic told reporters that the delegations would meet again.",
    );
    assert_eq!(doc.sentences.len(), 2);
    // A day after the time goes on with the sentence.
    let doc = super::text::Doc::new(
        "The talks resume at 3 p.m. Tuesday in Quillport. They will last a day.",
    );
    assert_eq!(doc.sentences.len(), 2);
}

#[test]
fn a_claim_may_open_with_a_number_and_someone_is_nobody() {
    let found = reported("Its mayor, Ada Synthetic, says fewer than 3,000 residents remain.");
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].speaker.slug.as_deref(), Some("ada-synthetic"));
    let found = reported("The General Staff reported 41 ceasefire violations over the past day.");
    assert_eq!(found.len(), 1, "{found:#?}");
    let text = "Ada Synthetic keeps the memorandum on a corkboard. Someone has underlined several of its verbs.\n\n\
                \"I translated every word of it,\" she said.";
    assert_eq!(
        speaker_of(&direct(text), "I translated every word of it"),
        "ada-synthetic"
    );
}

#[test]
fn a_two_word_reporting_verb_with_an_adverb_or_it_between() {
    for text in [
        "Ada Synthetic has warned repeatedly against any foreign military role in the region.",
        "Ada Synthetic also made it clear that the country wanted more than a seat at the table.",
    ] {
        let found = reported(text);
        assert_eq!(found.len(), 1, "{text}: {found:#?}");
        assert_eq!(found[0].speaker.slug.as_deref(), Some("ada-synthetic"));
    }
}

#[test]
fn a_television_scripts_cues_and_presenter() {
    let text = "EVENING HERALD — broadcast script\n\n[STUDIO]\n\n\
                PRESENTER (ALLA KOROVINA): Good evening. The leaders signed a paper today.\n\n\
                [SYNC] BORIS EXAMPLE, PRESIDENT OF NORLANDIA: They decided the fate of a country that is not theirs.\n\n\
                [STUDIO]\n\n\
                PRESENTER: The head of state also instructed the government to prepare proposals.\n\n\
                [SYNC] BORIS EXAMPLE, PRESIDENT OF NORLANDIA: The road to peace is known.\n\n\
                [STUDIO]";
    let found = direct(text);
    assert_eq!(
        speaker_of(
            &found,
            "They decided the fate of a country that is not theirs"
        ),
        "boris-example"
    );
    assert_eq!(
        speaker_of(&found, "The road to peace is known"),
        "boris-example"
    );
    // The presenter's words and the cues are no quotation.
    assert_eq!(found.len(), 2, "{found:#?}");
}

#[test]
fn a_transcript_label_in_capitals_with_a_long_role() {
    let text = "Transcript: two views on the guarantees\n\n\
                JOSH MERCER, ANCHOR: Good evening. Natalia, is that how it looks from the capital?\n\n\
                NATALIA KORZUN, TEMPLATYN CENTER FOR DEFENSE STRATEGIES: Exactly like that.\n\n\
                MERCER: And the others?\n\n\
                KORZUN: They are passing the exam in writing.\n\n\
                MERCER: Thank you.\n\n\
                KORZUN: My pleasure.";
    let found = direct(text);
    assert_eq!(
        speaker_of(&found, "Exactly like that").to_lowercase(),
        "name:natalia korzun"
    );
}

#[test]
fn an_institution_named_by_its_countrys_demonym_is_also_the_countrys() {
    let mut known = actors();
    known.push(KnownActor {
        institution: true,
        country: Some("Norlandia".into()),
        ..actor(
            "norlandian-embassy",
            "Embassy of Norlandia in Migdalon",
            &["the Norlandian Embassy in Migdalon", "the embassy"],
            "Embassy of Norlandia in Migdalon",
        )
    });
    known.push(KnownActor {
        institution: true,
        country: Some("RU".into()),
        ..actor(
            "russian-defence-ministry",
            "Russian Defence Ministry",
            &[],
            "Ministry of Defence of Russia",
        )
    });
    let text = "Norlandia's embassy in Migdalon answered within hours. In a statement, the \
                embassy said any such role would \"inevitably affect\" relations.\n\n\
                Russia's Defence Ministry said the drills were \"purely defensive\".";
    let found = direct_with(text, &known);
    assert_eq!(
        speaker_of(&found, "inevitably affect"),
        "norlandian-embassy"
    );
    assert_eq!(
        speaker_of(&found, "purely defensive"),
        "russian-defence-ministry"
    );
}

#[test]
fn a_spokespersons_briefing_answers_journalists_labelled_once_by_outlet() {
    let text = "Foreign Ministry Spokesperson Lena Dummy's Regular Press Conference\n\n\
                Lena Dummy: The foreign minister will travel to Quillport on Monday.\n\n\
                Lumen Television: Will Placeholdia join the talks as a mediator?\n\n\
                Lena Dummy: Placeholdia is not a mediator. We are a party that was attacked.\n\n\
                Nordwire: Does Placeholdia believe foreign troops should be deployed?\n\n\
                Lena Dummy: Our position is clear. Guarantees must be real.";
    let found = direct(text);
    assert_eq!(
        speaker_of(&found, "Our position is clear. Guarantees must be real"),
        "lena-dummy"
    );
    assert_eq!(
        speaker_of(
            &found,
            "The foreign minister will travel to Quillport on Monday"
        ),
        "lena-dummy"
    );
    // The journalists' questions are no quotation.
    assert_eq!(found.len(), 3, "{found:#?}");
}

#[test]
fn a_transcripts_labels_may_carry_accents() {
    let text = "Joint press conference\n\n\
                SÉRAPHIN LAURÉN: Welcome once again to the palace. It will stay so.\n\n\
                JOURNALIST: How many soldiers, and when?\n\n\
                SÉRAPHIN LAURÉN: Not one soldier before a ceasefire.\n\n\
                Zoë Ångström: We agree with every word.\n\n\
                JOURNALIST: And the talks?\n\n\
                Zoë Ångström: The talks go on.";
    let found = direct(text);
    assert_eq!(
        speaker_of(&found, "Not one soldier before a ceasefire").to_lowercase(),
        "name:séraphin laurén"
    );
    assert_eq!(
        speaker_of(&found, "The talks go on").to_lowercase(),
        "name:zoë ångström"
    );
}

#[test]
fn a_doorsteps_record_names_each_speaker_on_a_line_and_skips_the_press_questions() {
    let text = "Foreign Affairs Council: doorstep statements upon arrival\n\n\
                Defence Minister Ada Synthetic\n\n\
                Check against delivery!\n\n\
                Good morning. Today we decide how to pay for the peace.\n\n\
                Q. Do you expect a deal today?\n\n\
                I do not expect miracles today. But we will be ready.\n\n\
                Thank you.\n\n\
                Foreign Minister Taras Mockovskyy (Placeholdia)\n\n\
                Good morning. We came to ask for funding that lasts.\n\n\
                Q. Will you accept conditions?\n\n\
                Nobody has asked us to. We are negotiating.";
    let found = direct(text);
    assert_eq!(
        speaker_of(
            &found,
            "I do not expect miracles today. But we will be ready"
        ),
        "ada-synthetic"
    );
    assert_eq!(
        speaker_of(
            &found,
            "Good morning. Today we decide how to pay for the peace"
        ),
        "ada-synthetic"
    );
    assert_eq!(
        speaker_of(&found, "Nobody has asked us to. We are negotiating"),
        "taras-mockovskyy"
    );
    // Neither the note to the press nor the questions are anyone's quotation.
    assert!(
        found
            .iter()
            .all(|q| !q.text.starts_with("Q.") && !q.text.starts_with("Check")),
        "{found:#?}"
    );
}

#[test]
fn a_press_conferences_journalist_labelled_with_an_outlet_asks_nothing_quoted() {
    let text = "Annual press conference of the President of Norlandia\n\n\
                Boris Example: Good afternoon. Ask, and I will answer.\n\n\
                Yelena Markova, Norlandia-1: Mr President, they are discussing troops. What is our position?\n\n\
                Boris Example: Our position has not changed. We are ready for peace.\n\n\
                Agnes Lindqvist, Nordwire: Mr President, will you accept monitors?\n\n\
                Boris Example: Monitors, yes. Soldiers, no.";
    let found = direct(text);
    assert_eq!(
        speaker_of(&found, "Monitors, yes. Soldiers, no"),
        "boris-example"
    );
    assert!(
        found.iter().all(|q| !q.text.starts_with("Mr President")),
        "{found:#?}"
    );
}

#[test]
fn the_host_whose_show_the_story_names_asks_for_the_programme() {
    let text = "Callers split over troops\n\n\
                Sharon, from Eskerby, rang Gareth Pryce\u{2019}s morning show on Thursday.\n\n\
                GARETH PRYCE: The question this morning is simple. Sharon is on the line.\n\n\
                SHARON, ESKERBY: Morning, Gareth. I\u{2019}m not ringing up to say don\u{2019}t send them.\n\n\
                GARETH PRYCE: Go on.\n\n\
                SHARON, ESKERBY: I want to know how long.";
    let found = direct(text);
    assert_eq!(
        speaker_of(&found, "I want to know how long").to_lowercase(),
        "name:sharon"
    );
    assert!(
        found
            .iter()
            .all(|q| q.text != "Go on." && !q.text.starts_with("The question this morning")),
        "{found:#?}"
    );
}

#[test]
fn a_meetings_summary_names_speakers_in_capitals_with_their_country() {
    let text = "Security Council\n\n\
                Ceasefire must come with guarantees, members told\n\n\
                OLEKSANDRA VERESKO (Placeholdia) said her country had \"asked for peace\". \
                Placeholdia had accepted assurances before, she recalled.\n\n\
                MARJORIE TENNETT (Exampleland) said her delegation had listened \"with some \
                astonishment\" to the representative of Norlandia.";
    let found = direct(text);
    assert_eq!(
        speaker_of(&found, "with some astonishment").to_lowercase(),
        "name:marjorie tennett"
    );
    assert_eq!(
        speaker_of(&found, "asked for peace").to_lowercase(),
        "name:oleksandra veresko"
    );
}

#[test]
fn an_interview_printed_as_dashed_turns_is_the_guest_named_in_the_headline() {
    let text = "Sergey Fakenko: \u{201c}Guarantees cannot be written without us\u{201d}\n\n\
                The foreign minister on the talks and the conditions for a dialogue.\n\n\
                \u{2014} Sergey Ivanovich, do the talks have any contact with Testburg?\n\n\
                \u{2014} We have channels, and they work. I will not name them.\n\n\
                \u{2014} What is unacceptable in the draft?\n\n\
                \u{2014} Practically everything that matters.\n\n\
                Look at Article 3. It speaks of \u{201c}the use of armed force\u{201d}.\n\n\
                \u{2014} When will the war end?\n\n\
                \u{2014} When its causes are removed. I am a diplomat, not a prophet.";
    let found = direct(text);
    assert_eq!(
        speaker_of(
            &found,
            "We have channels, and they work. I will not name them"
        ),
        "sergey-fakenko"
    );
    assert_eq!(
        speaker_of(
            &found,
            "Look at Article 3. It speaks of \u{201c}the use of armed force\u{201d}"
        ),
        "sergey-fakenko"
    );
    assert_eq!(
        speaker_of(
            &found,
            "When its causes are removed. I am a diplomat, not a prophet"
        ),
        "sergey-fakenko"
    );
    // The questions are no quotation, and the answers start after the dash.
    assert!(
        found
            .iter()
            .all(|q| !q.text.ends_with('?') && !q.text.starts_with('\u{2014}')),
        "{found:#?}"
    );
}

#[test]
fn an_interview_under_a_byline_needs_no_you_in_its_questions() {
    let text = "Camille Ordener: \u{201c}A guarantee is worth what the adversary believes\u{201d}\n\n\
                Interview by Elsa Moreau\n\n\
                Camille Ordener has spent ten years studying how wars end.\n\n\
                Placeholdia has been hearing promises for years. What is new this summer?\n\n\
                For the first time, the countries that talk about guarantees are talking about soldiers.\n\n\
                Isn\u{2019}t that simply a tripwire?\n\n\
                Everything depends on what stands behind the wire. It is not meant to stop a division.\n\n\
                Testburg says such a force would be a provocation.\n\n\
                Testburg has been saying for three years that everything is a provocation.\n\n\
                How long would such a force have to stay?\n\n\
                As long as the risk of a new war exists, for years.\n\n\
                And Placeholdia, in all of this?\n\n\
                It is the only party that has no choice. I have said so before.";
    let found = direct(text);
    assert_eq!(
        speaker_of(
            &found,
            "Everything depends on what stands behind the wire. It is not meant to stop a division"
        )
        .to_lowercase(),
        "name:camille ordener"
    );
    assert_eq!(
        speaker_of(
            &found,
            "Testburg has been saying for three years that everything is a provocation"
        )
        .to_lowercase(),
        "name:camille ordener"
    );
    // Neither the questions nor the prompt between two answers are quotations.
    assert!(
        found
            .iter()
            .all(|q| !q.text.ends_with('?') && !q.text.starts_with("Testburg says")),
        "{found:#?}"
    );
}

#[test]
fn quotations_opened_by_a_dialogue_dash_are_the_attributed_speakers() {
    let text = "Exampleland offers what it knows best\n\n\
                Defence Minister Ada Synthetic has spread a map across the table in her office.\n\n\
                \u{2013} This is the kind of terrain we understand, Synthetic says in an interview on Wednesday.\n\n\
                \u{2013} We are not sending anyone to play at peacekeeping, she continues. \u{2013} We are sending engineers.\n\n\
                Not everyone in parliament is convinced.\n\n\
                \u{2013} Our first duty is here, says Foreign Minister Taras Mockovskyy.\n\n\
                Lists in the same story are left alone:\n\n\
                \u{2014} HOUSE SIDE: the committee will hold a hearing \u{201c}before the recess\u{201d}.";
    let found = direct(text);
    assert_eq!(
        speaker_of(&found, "This is the kind of terrain we understand"),
        "ada-synthetic"
    );
    assert_eq!(
        speaker_of(&found, "We are sending engineers"),
        "ada-synthetic"
    );
    assert_eq!(
        speaker_of(&found, "Our first duty is here"),
        "taras-mockovskyy"
    );
    assert!(
        found.iter().all(|q| !q.text.contains("says")
            && !q.text.contains("continues")
            && !q.text.starts_with("HOUSE")),
        "{found:#?}"
    );
}

#[test]
fn a_fact_checks_claim_is_signed_on_the_line_under_it() {
    let text = "Fact check\n\n\
                Claim\n\
                \u{201c}The compact obliges Exampleland to go to war the moment one soldier is hit.\u{201d}\n\
                Ada Synthetic, defence minister, in a video posted on Sunday.\n\n\
                Our verdict\n\
                Incorrect. The compact obliges the signatories to consult within 72 hours.\n\n\
                Claim\n\
                \u{201c}Every base already has air defence cover.\u{201d}\n\
                Taras Mockovskyy, foreign minister, in the debate on Monday.";
    let found = direct(text);
    assert_eq!(
        speaker_of(
            &found,
            "The compact obliges Exampleland to go to war the moment one soldier is hit"
        ),
        "ada-synthetic"
    );
    assert_eq!(
        speaker_of(&found, "Every base already has air defence cover"),
        "taras-mockovskyy"
    );
}

#[test]
fn translated_verbs_of_saying_attribute_a_quotation() {
    let text = "\u{ab}One does not commit soldiers at a press conference,\u{bb} Ada Synthetic, \
                the defence minister, hammered home on Thursday evening.\n\n\
                Boris Example\u{2019}s spokesman shot back that Norlandia \"keeps its word\".";
    let found = direct(text);
    assert_eq!(
        speaker_of(&found, "One does not commit soldiers at a press conference"),
        "ada-synthetic"
    );
    assert_eq!(speaker_of(&found, "keeps its word"), "boris-example");
}

#[test]
fn a_label_in_capitals_with_a_long_role_names_the_person_before_the_comma() {
    let text = "Transcript\n\n\
                DELAINE: Joining me now is the secretary. Good morning.\n\n\
                FIXTURE: Good morning, Marcus.\n\n\
                DELAINE: Will there be troops?\n\n\
                FIXTURE: No boots on the ground.\n\n\
                DELAINE: Joining me now, the ranking member. Does that add up?\n\n\
                SEN. LORRAINE QUARRELL, SENATE FOREIGN RELATIONS COMMITTEE: It adds up to a slogan, Marcus.\n\n\
                DELAINE: Thank you both.";
    let found = direct(text);
    assert_eq!(
        speaker_of(&found, "It adds up to a slogan, Marcus").to_lowercase(),
        "name:lorraine quarrell"
    );
}

#[test]
fn a_description_then_a_name_in_apposition_after_the_quotation_is_the_one_named() {
    let text = "The opposition is not satisfied. \u{201e}This is a step into the unknown,\u{201c} \
                the chairman of the Citizens' Movement, Bohuslav Drnek, said on Thursday.\n\n\
                \"You hear that buzzing and you know what it is,\" the monitor, a Lorumbian \
                national, told reporters.";
    let found = direct(text);
    assert_eq!(
        speaker_of(&found, "This is a step into the unknown").to_lowercase(),
        "name:bohuslav drnek"
    );
    // (A description in apposition leaves the first one: the monitor.)
    assert_eq!(
        speaker_of(&found, "You hear that buzzing and you know what it is").to_lowercase(),
        "name:monitor"
    );
}

#[test]
fn a_verb_joined_by_and_to_an_earlier_quotations_clause_has_its_speaker() {
    let text = "In Testburg, Sergey Fakenko declared that any contingent would become \
                \u{ab}a legitimate target\u{bb} for the Norlandian armed forces, and accused \
                Lorumbia of \u{ab}once again playing the auxiliary of Sampleton\u{bb}.";
    let found = direct(text);
    assert_eq!(
        speaker_of(&found, "once again playing the auxiliary of Sampleton"),
        "sergey-fakenko"
    );
}

#[test]
fn a_countrys_leader_is_its_president_not_a_party_leader() {
    let opposition_leader = actor(
        "opposition-leader",
        "Mykhailo Synthenko",
        &["Synthenko"],
        "Member of parliament of Norlandia; leader of the opposition faction",
    );
    let mut known = actors();
    known.push(opposition_leader);
    let found = direct_with(
        "\"It is like asking the arsonist to join the fire brigade,\" the Norlandian leader said in his nightly address.",
        &known,
    );
    assert_eq!(
        speaker_of(
            &found,
            "It is like asking the arsonist to join the fire brigade"
        ),
        "boris-example"
    );
}

#[test]
fn a_first_name_alone_is_the_person_named_in_full_unless_it_introduces_someone() {
    let found = direct(
        "Ada Synthetic runs the bakery with Olena Probna, her daughter-in-law.\n\n\
         Olena, 27, said she followed the news on her phone. \"My husband says they will come,\" she said.\n\n\
         Her neighbour, Ada, 24, shrugged. \"Of course,\" she said.",
    );
    assert_eq!(
        speaker_of(&found, "My husband says they will come"),
        "name:Olena Probna"
    );
    assert_eq!(speaker_of(&found, "Of course"), "name:Ada");
}

#[test]
fn an_interviewer_labelled_by_initials_or_asking_beside_an_answerer_is_the_press() {
    let text = "Here is the interview in full. The presenter was Martin Crosby.\n\n\
         MC: Foreign Minister, good morning.\n\n\
         AS: Good morning.\n\n\
         MC: Testburg says no foreign troops. Somebody has to move.\n\n\
         AS: Somebody does, and it should be the country that started the war.\n\n\
         MC: Has Exampleland agreed to provide air cover?\n\n\
         AS: We are in close discussions with our friends in Sampleton.\n\n\
         MC: That sounds like a no.\n\n\
         AS: It is not a no.";
    let found = direct(text);
    assert_eq!(
        texts(&found),
        [
            "Somebody does, and it should be the country that started the war",
            "We are in close discussions with our friends in Sampleton",
        ]
    );
    // Without the line that names the presenter, the label that asks in a third of its
    // turns beside one that never does is the interviewer's.
    let text = "MC: Foreign Minister, good morning.\n\n\
         AS: Good morning to you.\n\n\
         MC: Testburg says no foreign troops. Somebody has to move.\n\n\
         AS: Somebody does, and it should be the country that started the war.\n\n\
         MC: Has Exampleland agreed to provide air cover?\n\n\
         AS: We are in close discussions with our friends in Sampleton.\n\n\
         MC: That sounds like a no.\n\n\
         AS: It is not a no, and I will not negotiate on the radio.\n\n\
         MC: Is the force too small?\n\n\
         AS: The force is the right size for the job it has.\n\n\
         MC: Will the treaty be signed before the summer?\n\n\
         AS: I hope so, and that is the aim.\n\n\
         MC: Foreign Minister, thank you.\n\n\
         AS: Thank you for having me.";
    let found = direct(text);
    assert!(
        !texts(&found).contains(&"That sounds like a no"),
        "{:?}",
        texts(&found)
    );
}

#[test]
fn a_doorstep_headed_by_its_speaker_is_theirs_between_the_press_questions() {
    let found = direct(
        "Foreign Affairs Council: Doorstep by High Representative Ada Synthetic upon arrival\n\n\
         Check against delivery!\n\n\
         Good morning. Today we will discuss Placeholdia, and I expect us to approve the next tranche.\n\n\
         Q. Norlandia says the money is \"financing the next war\". Does the Union have any role in the talks?\n\n\
         The Union is not at the table in Quillport, and nobody has asked us to be. We respect that.\n\n\
         Thank you.",
    );
    assert_eq!(
        speaker_of(
            &found,
            "Good morning. Today we will discuss Placeholdia, and I expect us to approve the next tranche"
        ),
        "ada-synthetic"
    );
    assert_eq!(
        speaker_of(
            &found,
            "The Union is not at the table in Quillport, and nobody has asked us to be. We respect that"
        ),
        "ada-synthetic"
    );
    assert!(!texts(&found).iter().any(|t| t.contains("Does the Union")));
}

#[test]
fn a_journalist_labelled_with_an_unknown_outlet_who_only_asks_among_askers_is_the_press() {
    let found = direct(
        "BORIS EXAMPLE: Good afternoon, colleagues. One announcement before we begin.\n\n\
         ANNA GRESHINA, Vestnik: Will the talks resume?\n\n\
         EXAMPLE: We have seen these statements. Our position has not changed.\n\n\
         GRESHINA: Does that include the so-called reassurance force?\n\n\
         EXAMPLE: Names do not change the essence.\n\n\
         MAXIM TOLOKNO, Kommersial Daily: Is a treaty possible?\n\n\
         EXAMPLE: I would not get ahead of events.\n\n\
         TOLOKNO: But concretely, a treaty?\n\n\
         EXAMPLE: The work is continuing at expert level.\n\n\
         ELENA VOSKRESENSKAYA, NTR: The Fictonian chancellor said yesterday that the alliance would \"not be intimidated by threats from Testburg\". Your comment?\n\n\
         EXAMPLE: Nobody is trying to intimidate anyone.\n\n\
         JAMES ORTON, Northern Wire: Can you confirm the dates?\n\n\
         EXAMPLE: I cannot confirm any dates.\n\n\
         ORTON: Will Mr Fakenko lead the delegation?\n\n\
         EXAMPLE: There is no decision yet.",
    );
    assert!(
        !texts(&found).iter().any(|t| t.contains("Your comment")),
        "{:?}",
        texts(&found)
    );
    assert!(texts(&found).contains(&"not be intimidated by threats from Testburg"));
    assert_eq!(
        speaker_of(&found, "Nobody is trying to intimidate anyone"),
        "boris-example"
    );
}

#[test]
fn a_document_that_reads_before_a_colon_words_the_paragraphs_after_it() {
    let found = direct(
        "Leaders met in Brennholm on Thursday to sign the text.\n\n\
         The joint statement, issued after the signing, reads in full:\n\n\
         \u{2018}Exampleland reaffirms its unwavering support for the sovereignty of Placeholdia.\n\n\
         \u{2018}The two leaders call on Norlandia to engage in good faith in the talks.\u{2019}\n\n\
         Ada Synthetic said the text was \u{2018}a promise with soldiers behind it\u{2019}.",
    );
    assert_eq!(
        speaker_of(
            &found,
            "Exampleland reaffirms its unwavering support for the sovereignty of Placeholdia"
        ),
        "name:joint statement"
    );
    assert_eq!(
        speaker_of(
            &found,
            "The two leaders call on Norlandia to engage in good faith in the talks"
        ),
        "name:joint statement"
    );
    assert_eq!(
        speaker_of(&found, "a promise with soldiers behind it"),
        "ada-synthetic"
    );
}

#[test]
fn a_number_word_that_opens_a_sentence_is_no_name() {
    let found = direct(
        "Thirty thousand feet above the border, Taras Mockovskyy takes off his shoes and asks the steward for tea, \u{ab}not the government tea, the real one\u{bb}.\n\n\
         \u{ab}People think diplomacy is about clever sentences,\u{bb} he says.",
    );
    assert_eq!(
        speaker_of(&found, "not the government tea, the real one"),
        "taras-mockovskyy"
    );
    assert_eq!(
        speaker_of(&found, "People think diplomacy is about clever sentences"),
        "taras-mockovskyy"
    );
}

#[test]
fn a_document_with_two_appositions_or_a_relative_clause_words_what_it_says() {
    let found = direct(
        "The nine-page text, published by Kestrel House, the prime minister's office, commits signatories to a force that would deploy \"no later than 60 days after a cessation of hostilities\".\n\n\
         By dawn the attic was empty. The text that the leaders signed that afternoon said signatories \"will consult within 24 hours and act together\".\n\n\
         The palace said the charter was an intergovernmental agreement that did not require ratification but would be \"presented to parliament in full\" once signed.",
    );
    assert_eq!(
        speaker_of(
            &found,
            "no later than 60 days after a cessation of hostilities"
        ),
        "name:nine-page text"
    );
    assert_eq!(
        speaker_of(&found, "will consult within 24 hours and act together"),
        "name:text"
    );
    assert_ne!(
        speaker_of(&found, "presented to parliament in full"),
        "name:intergovernmental agreement"
    );
}

#[test]
fn a_known_person_of_untold_gender_just_introduced_is_the_next_pronoun() {
    let mut known = actors();
    known.push(actor(
        "mp-quillfeather",
        "Ondrai Quillfeather",
        &["Quillfeather"],
        "Member of parliament of Vallmark",
    ));
    let found = direct_with(
        "Mayor Lena Dummy struck a warmer note. \"Now it has a name and an address,\" she said at a briefing.\n\n\
         She promised \"no secrets from residents\" and said the council would meet in September.\n\n\
         The team is led by Major Ondrai Quillfeather, a former instructor who has been learning Placeholdian since the spring. Speaking outside the building on Monday, she said her officers were \"guests, and we intend to behave like guests\".",
        &known,
    );
    assert_eq!(
        speaker_of(&found, "guests, and we intend to behave like guests"),
        "mp-quillfeather"
    );
}

#[test]
fn someone_described_then_identified_by_was_is_the_one_named() {
    let found = direct(
        "A little after one in the morning, a woman in a grey cardigan who had said almost nothing all evening put down her pen.\n\n\
         \"Placeholdia will not leave this castle with 'may',\" she said.\n\n\
         The woman was Lena Dummy, the foreign ministry's spokeswoman, and the only person in the room whose country was at war.",
    );
    assert_eq!(
        speaker_of(&found, "Placeholdia will not leave this castle with 'may'"),
        "lena-dummy"
    );
}

#[test]
fn whom_an_account_or_the_media_quoted_saying_speaks() {
    let found = direct(
        "Placeholdia's foreign ministry spokeswoman, Lena Dummy, was more measured. Her ministry's account quoted her saying that threats \"change nothing about our planning\".\n\n\
         State media quoted Boris Example as saying the force would be \"a target from the first day\".",
    );
    assert_eq!(
        speaker_of(&found, "change nothing about our planning"),
        "lena-dummy"
    );
    assert_eq!(
        speaker_of(&found, "a target from the first day"),
        "boris-example"
    );
}

#[test]
fn the_one_an_absolute_with_clause_names_speaks() {
    let found = direct(
        "Norlandia has dismissed the declaration, with Boris Example, the president, telling state television it was \"a paper tiger with a flag on it\".",
    );
    assert_eq!(
        speaker_of(&found, "a paper tiger with a flag on it"),
        "boris-example"
    );
}

#[test]
fn a_question_marked_with_its_journalist_is_the_press_between_turns() {
    let found = direct(
        "The ministry publishes the full text of the briefing.\n\n\
         Dummy: Good afternoon. Today's briefing is devoted to the training mission.\n\n\
         Mockovskyy: Thank you. The first instructors are working at two ranges in the west.\n\n\
         This is no longer a promise on paper. These are people on our ranges.\n\n\
         \u{2014} Question (Halyna Rudko, Templatyn Today): How many instructors are there?\n\n\
         Mockovskyy: I will not give numbers, for obvious reasons.\n\n\
         Question \u{2013} Tom Ashdown, Northern Wire: Minister, will there be more?\n\n\
         Mockovskyy: Yes, before the summer.\n\n\
         Dummy: Thank you, colleagues.",
    );
    assert!(
        !texts(&found)
            .iter()
            .any(|t| t.contains("How many") || t.contains("will there be more")),
        "{:?}",
        texts(&found)
    );
    assert_eq!(
        speaker_of(
            &found,
            "This is no longer a promise on paper. These are people on our ranges"
        ),
        "taras-mockovskyy"
    );
}

#[test]
fn a_podcast_labels_its_turns_after_a_time_stamp() {
    let found = direct(
        "The Ceasefire Room\n\n\
         Hosts Nell Ashworth and Dev Marlin are joined by Ada Synthetic.\n\n\
         [00:00:00] NELL ASHWORTH: Hello and welcome to The Ceasefire Room.\n\n\
         [00:00:31] ADA SYNTHETIC: Thanks, Nell. Glad to be back.\n\n\
         [00:00:33] DEV MARLIN: How should we read the speech?\n\n\
         [00:01:06] ADA SYNTHETIC: As a negotiating position rather than an energy policy.\n\n\
         [00:01:40] NELL ASHWORTH: So is this a softening?\n\n\
         [00:01:42] ADA SYNTHETIC: I wouldn't go that far.",
    );
    assert_eq!(
        speaker_of(
            &found,
            "As a negotiating position rather than an energy policy"
        ),
        "ada-synthetic"
    );
    assert_eq!(
        speaker_of(&found, "I wouldn't go that far"),
        "ada-synthetic"
    );
    assert!(
        !texts(&found).iter().any(|t| t.contains("softening")),
        "{:?}",
        texts(&found)
    );
}

#[test]
fn a_council_record_labels_members_by_honorific_and_its_president_by_the_roster() {
    let found = direct(
        "Security Council\n\n9912th meeting\n\n\
         President: Mr. Taras Mockovskyy (Placeholdia)\n\n\
         The President: I invite the representative of Exampleland to participate in this meeting.\n\n\
         Ms. Synthetic (Exampleland): Thank you, Mr. President.\n\n\
         My country supports the talks in Eskerby.\n\n\
         Mr. Fakenko (Norlandia) (spoke in Norlandian): Once again the Council is offered a one-sided account.\n\n\
         The President: The representative of Norlandia has asked for the floor.\n\n\
         Mr. Fakenko (Norlandia): I will not respond to theatrical invitations.\n\n\
         The President: The meeting is adjourned.",
    );
    assert!(
        !texts(&found).iter().any(|t| t.contains("Mr. Taras")),
        "{:?}",
        texts(&found)
    );
    assert_eq!(
        speaker_of(
            &found,
            "I invite the representative of Exampleland to participate in this meeting"
        ),
        "taras-mockovskyy"
    );
    assert_eq!(
        speaker_of(&found, "My country supports the talks in Eskerby"),
        "ada-synthetic"
    );
    assert_eq!(
        speaker_of(
            &found,
            "Once again the Council is offered a one-sided account"
        ),
        "sergey-fakenko"
    );
}

#[test]
fn a_guest_label_is_the_guest_the_transcript_names() {
    let found = direct(
        "Transcript: \"The Sunday Ledger\" interview with Placeholdian Foreign Minister Taras Mockovskyy, May 17, 2026\n\n\
         HOST: Good morning, and welcome to The Sunday Ledger. Minister, welcome back.\n\n\
         GUEST: Thank you, Margot. It's good to be with you.\n\n\
         HOST: Mr. Fakenko says the road has run out. Has it?\n\n\
         GUEST: Mr. Fakenko has announced the end of the road many times.\n\n\
         HOST: Is it over?\n\n\
         GUEST: No. We go on.",
    );
    assert_eq!(speaker_of(&found, "No. We go on"), "taras-mockovskyy");
    assert_eq!(
        speaker_of(
            &found,
            "Mr. Fakenko has announced the end of the road many times"
        ),
        "taras-mockovskyy"
    );
}

#[test]
fn an_interview_without_labels_is_found_past_a_kicker_in_capitals() {
    let found = direct(
        "THE BRENNHOLM REVIEW\n\nTHE WEEKEND INTERVIEW\n\n\
         Ada Synthetic: \u{2018}A guarantee with nothing behind it is a greeting card\u{2019}\n\n\
         Interview by Tobias Quennell\n\n\
         **Are you closer to a deal than you were a year ago?**\n\n\
         Closer, yes. Close, no. I think we are arguing about the right things now.\n\n\
         **What is the hardest issue left?**\n\n\
         Enforcement. I want to know who responds on the first day.\n\n\
         **What will you do when it is over?**\n\n\
         I would like to sleep for a month.",
    );
    assert_eq!(
        speaker_of(
            &found,
            "Enforcement. I want to know who responds on the first day"
        ),
        "ada-synthetic"
    );
    assert_eq!(
        speaker_of(&found, "I would like to sleep for a month"),
        "ada-synthetic"
    );
}

#[test]
fn the_houses_interjection_is_no_members_turn() {
    let found = direct(
        "The Prime Minister (Taras Mockovskyy)\n\n\
         Before a single soldier crosses the border, this House will vote. Members on all \
         sides will see the annex, and Members will see it first.\n\n\
         Hon. Members: Hear, hear!\n\n\
         Ada Synthetic (Marrow Vale) (Prog)\n\n\
         Will the Prime Minister publish the annex?\n\n\
         The Prime Minister\n\n\
         I will publish it on Monday.",
    );
    assert!(
        !texts(&found).iter().any(|t| t.contains("Hear")),
        "{:?}",
        texts(&found)
    );
}

#[test]
fn an_office_alias_is_found_as_the_press_shortens_it() {
    let known = actors_with([institution(
        "vallmark-pmos",
        "Prime Minister's Official Spokesperson",
        &["the Prime Minister's official spokesperson"],
        "Official spokesperson of the Prime Minister of Vallmark",
    )]);
    let found = direct_with(
        "The PM's official spokesman said there were \"no plans\" to raise the cap.\n\n\
         Earlier the Prime Minister's official spokeswoman said it was \"not the moment\".",
        &known,
    );
    assert_eq!(speaker_of(&found, "no plans"), "vallmark-pmos");
    assert_eq!(speaker_of(&found, "not the moment"), "vallmark-pmos");
}

#[test]
fn a_dashed_quotation_ends_at_a_second_dash_before_its_attribution() {
    let text = "The meeting ended without a joint statement.\n\n\
         \u{2013} The hub is a strategic facility, and that is the business of the president \u{2013} Ada Synthetic told journalists in the courtyard.\n\n\
         Boris Example is not convinced. In an interview he said that the ministry had \u{201e}three hundred people on the hub\u{201d}. \u{2013} If she wants to help, I invite her to count the trucks with me \u{2013} he added.";
    let found = direct(text);
    assert_eq!(
        speaker_of(
            &found,
            "The hub is a strategic facility, and that is the business of the president"
        ),
        "ada-synthetic"
    );
    assert_eq!(
        speaker_of(&found, "three hundred people on the hub"),
        "boris-example"
    );
    assert_eq!(
        speaker_of(
            &found,
            "If she wants to help, I invite her to count the trucks with me"
        ),
        "boris-example"
    );
    assert!(
        reported(text)
            .iter()
            .any(|q| q.text.contains("the ministry had") && !q.text.contains("trucks")),
        "{:?}",
        texts(&reported(text))
    );
}

#[test]
fn a_dashed_line_that_signs_a_quotation_is_no_dashed_quotation() {
    let found = direct(
        "THE WEEK IN QUOTES\n\n\
         \u{201c}We are down to the last eleven brackets.\u{201d}\n\n\
         \u{2014} Ada Synthetic, the chief negotiator, to reporters on Monday\n\n\
         \u{2014}\n\n\
         \u{201c}Our exercises threaten no one.\u{201d}\n\n\
         \u{2014} Sergey Fakenko, the foreign minister, on Tuesday, asked about drills near the border",
    );
    assert_eq!(
        texts(&found),
        [
            "We are down to the last eleven brackets",
            "Our exercises threaten no one"
        ]
    );
    assert_eq!(
        speaker_of(&found, "Our exercises threaten no one"),
        "sergey-fakenko"
    );
}

#[test]
fn a_signature_under_a_quotation_tells_its_day_and_an_outlet_named_today_tells_none() {
    // 7 May 2031 is a Wednesday.
    let found = direct(
        "THE WEEK IN QUOTES\n\n\
         \u{201c}We are down to the last eleven brackets.\u{201d}\n\n\
         \u{2014} Ada Synthetic, the chief negotiator, to reporters on Monday\n\n\
         \u{201c}We are counting words.\u{201d}\n\n\
         \u{2014} Sergey Fakenko, in an interview with Templatyn Today on Tuesday",
    );
    let day = |words: &str| {
        found
            .iter()
            .find(|q| q.text == words)
            .and_then(|q| q.said_on.clone())
    };
    assert_eq!(
        day("We are down to the last eleven brackets").as_deref(),
        Some("2031-05-05")
    );
    assert_eq!(day("We are counting words").as_deref(), Some("2031-05-06"));
}

#[test]
fn someone_introduced_by_an_indefinite_description_is_no_known_actor_whose_role_fits() {
    let known = actors_with([actor(
        "hilary-gaunt",
        "Hilary Gaunt",
        &["Gaunt", "Ms Gaunt"],
        "Retired teacher; organiser of Tarnfield Stop the Deployment",
    )]);
    let found = direct_with(
        "Fictonia and Placeholdia signed the pact in Brennholm on Monday.\n\n\
         One resident, a 64-year-old retired teacher who gave only her first name, Halya, said she had moved back in January. \"If they put the soldiers here, I will bake for them,\" she said.",
        &known,
    );
    let q = found
        .iter()
        .find(|q| q.text == "If they put the soldiers here, I will bake for them")
        .expect("the quotation is found");
    assert_eq!(q.speaker.slug, None, "{:?}", q.speaker);
}

#[test]
fn an_attribution_between_dashes_inside_the_marks_splits_the_quotation() {
    let found = direct(
        "Ada Synthetic spent three hours before the committee on Monday.\n\n\
         \u{201c}We are not sending anyone to fight \u{2014}the minister insisted, in response to a question\u{2014}. We are sending people to teach.\u{201d}\n\n\
         \u{ab}We have always been on the side of Placeholdia \u{2014}Fakenko said\u{2014}, but not at any price.\u{bb}\n\n\
         \u{201c}We will \u{2014} and I say this clearly \u{2014} defend every village,\u{201d} said Boris Example.",
    );
    assert_eq!(
        texts(&found),
        [
            "We are not sending anyone to fight",
            "We are sending people to teach",
            "We have always been on the side of Placeholdia",
            "but not at any price",
            "We will \u{2014} and I say this clearly \u{2014} defend every village"
        ]
    );
    assert_eq!(
        speaker_of(&found, "We are sending people to teach"),
        "ada-synthetic"
    );
    assert_eq!(speaker_of(&found, "but not at any price"), "sergey-fakenko");
    assert_eq!(
        speaker_of(
            &found,
            "We will \u{2014} and I say this clearly \u{2014} defend every village"
        ),
        "boris-example"
    );
    let russian = direct(
        "\u{ab}We were the first to raise this question, \u{2014} Sergey Fakenko stressed. \u{2014} But security is indivisible.\u{bb}",
    );
    assert_eq!(
        texts(&russian),
        [
            "We were the first to raise this question",
            "But security is indivisible"
        ]
    );
    assert_eq!(
        speaker_of(&russian, "But security is indivisible"),
        "sergey-fakenko"
    );
}

#[test]
fn a_press_conference_numbers_its_questions_and_answers() {
    let text = "TRANSCRIPT\n\n\
         MODERATOR: Good afternoon. The minister will make a short statement.\n\n\
         SYNTHETIC: Thank you. Good afternoon.\n\n\
         Between 06:00 on 1 March and 06:00 on 3 March, our patrols recorded 412 violations.\n\n\
         MODERATOR: Thank you. We will start at the front.\n\n\
         Q1 \u{2014} Anouk Brems, Quillport Daily: Minister, which side denied access?\n\n\
         A1 \u{2014} SYNTHETIC: Both sides restricted our movement this week.\n\n\
         Q2 \u{2014} Timofei Garanin, Norinform: Is the mission repeating Templatyn's version?\n\n\
         A2 \u{2014} SYNTHETIC: No. We report what our cameras record.\n\n\
         A2 (continued) \u{2014} FAKENKO: If I may add one technical point.";
    let found = direct(text);
    assert_eq!(
        texts(&found),
        [
            "Thank you. Good afternoon",
            "Between 06:00 on 1 March and 06:00 on 3 March, our patrols recorded 412 violations",
            "Both sides restricted our movement this week",
            "No. We report what our cameras record",
            "If I may add one technical point"
        ]
    );
    assert_eq!(
        speaker_of(
            &found,
            "Between 06:00 on 1 March and 06:00 on 3 March, our patrols recorded 412 violations"
        ),
        "ada-synthetic"
    );
    assert_eq!(
        speaker_of(&found, "No. We report what our cameras record"),
        "ada-synthetic"
    );
    assert_eq!(
        speaker_of(&found, "If I may add one technical point"),
        "sergey-fakenko"
    );
}

#[test]
fn initials_before_a_surname_are_part_of_the_name() {
    let found = direct(
        "Briefing by the Official Spokeswoman of the Foreign Ministry L.D. Dummy\n\n\
         Testburg, July 9\n\n\
         Our delegation is working constructively, and we will go on doing so.\n\n\
         I would also draw attention to the agenda that we have agreed.",
    );
    assert_eq!(
        speaker_of(
            &found,
            "Our delegation is working constructively, and we will go on doing so"
        ),
        "lena-dummy"
    );
    let found = direct("The talks resumed.\n\n\u{ab}The door is open,\u{bb} S.A. Fakenko said.");
    assert_eq!(speaker_of(&found, "The door is open"), "sergey-fakenko");
}

#[test]
fn a_first_name_met_before_the_full_name_is_that_person() {
    let found = direct(
        "Mum Ada is counting the days.\n\n\
         The calendar has two colours. Ada Synthetic has stopped using green.\n\n\
         \u{2018}He rings when he can, which is never,\u{2019} Ada says.",
    );
    assert_eq!(
        speaker_of(&found, "He rings when he can, which is never"),
        "ada-synthetic"
    );
}

#[test]
fn a_place_beside_someone_opens_the_sentence_before_its_subject() {
    let found = direct(
        "Mr Fakenko inspected the trench, and he said nothing.\n\n\
         Next to him, Boris Example, who flies the drones, is less philosophical. He says \
         little.\n\n\
         \u{201c}They are rebuilding every night,\u{201d} he says.",
    );
    assert_eq!(
        speaker_of(&found, "They are rebuilding every night"),
        "boris-example"
    );
}

#[test]
fn the_one_reported_to_have_told_or_described_speaks_the_words() {
    let found = direct(
        "The ministry's readout said Boris Example had described the plans as \
         \u{201c}a guarantee of a new war\u{201d}.\n\n\
         Lena Dummy said Ada Synthetic had told her counterpart that Exampleland \
         \"stands with the Placeholdian people\".",
    );
    assert_eq!(
        speaker_of(&found, "a guarantee of a new war"),
        "boris-example"
    );
    assert_eq!(
        speaker_of(&found, "stands with the Placeholdian people"),
        "ada-synthetic"
    );
}

#[test]
fn a_participle_or_a_verb_after_but_goes_on_with_the_sentence_subject() {
    let found = direct(
        "Lena Dummy told reporters that any deal signed without Norlandia would be \
         \"worthless paper,\" adding that Norlandia would not accept troops in Placeholdia \
         \"under any flag.\"\n\n\
         Speaking to reporters, Taras Mockovskyy said talks had gone well.\n\n\
         He stressed that Placeholdia would not join any force \u{2018}designed to \
         confront\u{2019} Norlandia, but said a naval role was \u{2018}a different matter \
         entirely\u{2019}.",
    );
    assert_eq!(speaker_of(&found, "worthless paper"), "lena-dummy");
    assert_eq!(
        speaker_of(&found, "designed to confront"),
        "taras-mockovskyy"
    );
    assert_eq!(
        speaker_of(&found, "a different matter entirely"),
        "taras-mockovskyy"
    );
}

#[test]
fn what_someone_thinks_believes_or_welcomes_in_quotation_marks_is_theirs() {
    let found = direct(
        "Lena Dummy said the vote was close.\n\n\
         Ada Synthetic thinks the rebels have \u{201e}a point on the form, but not on the \
         substance\u{201c}.\n\n\
         Boris Example welcomes \"a promise with a hole in it\" from the alliance.",
    );
    assert_eq!(
        speaker_of(&found, "a point on the form, but not on the substance"),
        "ada-synthetic"
    );
    assert_eq!(
        speaker_of(&found, "a promise with a hole in it"),
        "boris-example"
    );
}

#[test]
fn a_description_with_another_country_is_not_a_known_person_named_later() {
    let found = direct(
        "A Vallmarkian foreign minister of that era said the talks were \
         \"a waste of good paper.\"\n\n\
         Foreign Minister Taras Mockovskyy said on Sunday that the country had lost a friend.",
    );
    assert_ne!(
        speaker_of(&found, "a waste of good paper"),
        "taras-mockovskyy"
    );
}

#[test]
fn a_predicate_after_a_copula_in_a_reported_clause_is_the_speakers() {
    let found = direct(
        "Taras Mockovskyy said talks with the coalition were at an \u{201c}advanced \
         stage\u{201d} but gave no date.\n\n\
         Ada Synthetic says families are the \u{2018}quiet backbone\u{2019} of the force.",
    );
    assert_eq!(speaker_of(&found, "advanced stage"), "taras-mockovskyy");
    assert_eq!(speaker_of(&found, "quiet backbone"), "ada-synthetic");
    // A name in capitals after a copula is still a name.
    assert!(
        direct("Ada Synthetic said the plan was the \"Brennholm Formula\" of the alliance.")
            .is_empty()
    );
}

#[test]
fn the_one_something_is_put_to_answers_next() {
    let found = direct(
        "Boris Example met Taras Mockovskyy on Monday.\n\n\
         \u{201c}Boris thinks in brigades,\u{201d} Mockovskyy said. \u{201c}I think in \
         verbs.\u{201d}\n\n\
         When I put this to Example, he smiled. \u{201c}He thinks in subordinate \
         clauses,\u{201d} he said.",
    );
    assert_eq!(
        speaker_of(&found, "He thinks in subordinate clauses"),
        "boris-example"
    );
}

#[test]
fn his_or_her_excellency_is_an_honorific_not_a_possessive() {
    let found = direct(
        "Ada Synthetic thanked the mediators.\n\n\
         His Excellency Boris Example said in a message that Norlandia \"appreciates the \
         humanitarian role\" of the mediators.\n\n\
         Her Excellency Lena Dummy, speaking to reporters, said: \"Each name is a victory.\"",
    );
    assert_eq!(
        speaker_of(&found, "appreciates the humanitarian role"),
        "boris-example"
    );
    assert_eq!(speaker_of(&found, "Each name is a victory"), "lena-dummy");
}

#[test]
fn a_live_page_time_stamp_before_a_name_and_a_colon_is_no_part_of_the_name() {
    let found = direct(
        "Talks in Quillport: live\n\n\
         14:10 Fakenko: \"Some progress on humanitarian issues\"\n\n\
         14:22 Ada Synthetic: talks \"constructive\" but slow",
    );
    assert_eq!(
        speaker_of(&found, "Some progress on humanitarian issues"),
        "sergey-fakenko"
    );
}

/// No quotation proposed in `text` holds `label`.
fn assert_no_quotation_holds(text: &str, label: &str) {
    let found = direct(text);
    assert!(
        !texts(&found).iter().any(|q| q.contains(label)),
        "{text}: {found:?}"
    );
}

#[test]
fn nicknames_titles_shows_and_named_plans_in_ordinary_copy_are_labels() {
    for (text, label) in [
        (
            "The palace said President Eduardo \"Dodong\" Salcedo-Ravel had ordered \"all possible assistance\" for the crew.",
            "Dodong",
        ),
        (
            "Lise Harrow drafted what colleagues called \"Plan B\", a looser set of pledges. \"We never needed it,\" she said.",
            "Plan B",
        ),
        (
            "Brig. Gen. Anneliese Ruark said \"Project Parasol\", the service's interceptor effort, had completed its third test.",
            "Project Parasol",
        ),
        (
            "Larrainzar said the instructor mission, baptised \u{ab}Atalaya\u{bb}, needs no vote. \u{ab}We are not going to war,\u{bb} she said.",
            "Atalaya",
        ),
        (
            "Speaking on VTV's weekly current affairs show \"N\u{e4}dala teema\" on Tuesday, Saarmets said the unit would be \"small in size\".",
            "N\u{e4}dala teema",
        ),
        (
            "Speaking on VRR radio's \"N\u{e4}dala teema\" on Friday, Saarmets said the decision would come in September.",
            "N\u{e4}dala teema",
        ),
        (
            "FACTS: The contingent\n\n\u{2022} Mission name: \"Fyrvakt\"\n\n\u{2022} 240 soldiers in the first rotation",
            "Fyrvakt",
        ),
        (
            "\"We have no lesson to receive,\" the minister said.\n\nRead also: \u{ab} In Vorlen, the ceasefire seen from the trenches \u{bb}",
            "In Vorlen, the ceasefire seen from the trenches",
        ),
        (
            "The Courier goes with \u{2018}Our boys, their war?\u{2019} and the Post splashes on the heatwave: \u{2018}Phew, what a scorcher (again)\u{2019}.",
            "Our boys, their war?",
        ),
        (
            "The editors received a 14-page document with a bureaucratic title: \"On information support for the negotiating process and countering the deployment of foreign contingents\". The Lantern has obtained a copy.",
            "On information support",
        ),
        (
            "Inside the department, the pledge has acquired a nickname \u{2013} \u{201c}the 400 problem\u{201d} \u{2013} according to two officials.",
            "the 400 problem",
        ),
        (
            "\"We will be the back door,\" he said in TVM24's \"One on One\".",
            "One on One",
        ),
        (
            "\"We want a fair share, not charity,\" she told \"Rzeczpospolita\". In her opinion, more is possible.",
            "Rzeczpospolita",
        ),
        (
            "Pidhirne begins with a checkpoint and a hand-painted sign: \"Drive fast, drones are watching.\" Behind it, the street is empty.",
            "Drive fast",
        ),
        (
            "The Insider has obtained a memo, dated 3 April and headed \"On measures to counter the deployment of foreign contingents\", as well as a recording.",
            "On measures",
        ),
        (
            "Melnar says Hrebeniuk sends redrafts at three in the morning with the subject line \"small point.\"",
            "small point",
        ),
        (
            "During the campaign, supporters nicknamed Voronko \"the bunker mayor\", a reference to his office.",
            "the bunker mayor",
        ),
        (
            "Roldán said Platenia will offer volunteers from the \u{ab}Cascos Celestes\u{bb}, the humanitarian corps.",
            "Cascos Celestes",
        ),
    ] {
        assert_no_quotation_holds(text, label);
    }
    // The quotations said in the same texts are still proposed.
    let found = direct(
        "The palace said President Eduardo \"Dodong\" Salcedo-Ravel had ordered \"all possible assistance\" for the crew.",
    );
    assert_eq!(texts(&found), ["all possible assistance"]);
    // "sign" as a verb before an attribution is no sign with words on it.
    let found = direct(
        "Asked whether the government would sign, he said: \u{2018}We do not negotiate through the media.\u{2019}",
    );
    assert_eq!(texts(&found), ["We do not negotiate through the media"]);
    // A quoted word in a Title Case headline is no nickname.
    let found = direct("Kestrin Calls \"Historic\" Deal A Beginning");
    assert_eq!(texts(&found), ["Historic"]);
}

#[test]
fn a_mediator_before_a_name_a_parenthetical_speaker_and_went_on_attribute_the_quotation() {
    let known = actors_with([actor(
        "yannick-morel",
        "Yannick Morel",
        &["Morel"],
        "Chief mediator of Quillonia",
    )]);
    let found = direct_with(
        "\"Tonight the parties have chosen to write,\" chief mediator Yannick Morel told reporters.",
        &known,
    );
    assert_eq!(
        speaker_of(&found, "Tonight the parties have chosen to write"),
        "yannick-morel"
    );
    let found = direct(
        "Fakenko spoke to reporters. The Norlandian delegation, he said, would insist on \"a full review\".",
    );
    assert_eq!(speaker_of(&found, "a full review"), "sergey-fakenko");
    // "The opposition benches rumbled": benches, not a member of the opposition.
    let found = direct(
        "Lena Dummy rose to open the debate.\n\n\
         \"This is not a treaty of war,\" she said.\n\n\
         The opposition benches rumbled in a slightly different key.\n\n\
         \"It commits us to be ready,\" she went on.",
    );
    assert_eq!(
        speaker_of(&found, "It commits us to be ready"),
        "lena-dummy"
    );
    // "Less than an hour after …": no one called Less.
    let found = direct(
        "Less than an hour after the news conference ended, Norlandia's foreign ministry issued a statement calling the plan \"a direct contradiction of its role\".",
    );
    assert_ne!(
        speaker_of(&found, "a direct contradiction of its role"),
        "Less"
    );
}

#[test]
fn a_document_published_as_a_name_and_words_on_a_chalkboard_are_labels() {
    for (text, label) in [
        (
            "The final declaration, published as the \"Brennholm Commitment to a Lasting Peace\", said the force would operate \"under a clear mandate\".",
            "Brennholm Commitment",
        ),
        (
            "The caf\u{e9} has a new item on its chalkboard: \u{201c}tea, proper, with milk\u{201d}. Nina added it in September.",
            "tea, proper",
        ),
    ] {
        assert_no_quotation_holds(text, label);
    }
}

#[test]
fn in_its_words_and_spoke_on_a_day_of_quote_the_owner_of_the_words() {
    let found = direct(
        "Chancellor Ilse Mockmann spoke on Thursday of a \u{201e}responsible contribution to a lasting peace\u{201c}.",
    );
    assert_eq!(
        speaker_of(&found, "responsible contribution to a lasting peace"),
        "name:Ilse Mockmann"
    );
    let found =
        direct("Lena Dummy arrived late. The plan was, in her words, \"a promise with teeth\".");
    assert_eq!(speaker_of(&found, "a promise with teeth"), "lena-dummy");
}

#[test]
fn a_curly_mark_that_opens_again_closes_a_plural_before_it() {
    let found = direct(
        "Lena Dummy told reporters that Placeholdia would \u{2018}draw its own conclusions\u{2019} about any troops on its border. \u{2018}Mr Example speaks of generations,\u{2019} she said.",
    );
    assert_eq!(speaker_of(&found, "draw its own conclusions"), "lena-dummy");
    assert_eq!(
        speaker_of(&found, "Mr Example speaks of generations"),
        "lena-dummy"
    );
}

#[test]
fn words_that_do_something_are_quoted_not_named() {
    let found = direct(
        "Lena Dummy later told reporters that the minister\u{2019}s words \u{201c}require no interpretation.\u{201d}",
    );
    assert_eq!(
        speaker_of(&found, "require no interpretation"),
        "lena-dummy"
    );
    assert_no_quotation_holds(
        "Lena Dummy arrived late. She avoided the words \u{201c}ceasefire line\u{201d} all evening.",
        "ceasefire line",
    );
    assert_no_quotation_holds(
        "Lena Dummy arrived late. The words \u{201c}may include\u{201d} have been underlined by hand.",
        "may include",
    );
}

#[test]
fn a_short_quotation_joined_to_a_label_is_a_label_too() {
    assert_no_quotation_holds(
        "Organisers said around 9,000 people walked to Assembly Square, many draped in blue-and-gold flags and carrying placards reading \u{201c}Keep your promise\u{201d} and \u{201c}A guarantee is not a gesture\u{201d}.",
        "gesture",
    );
    // A single word left out is no list of names: the next words are the speaker's.
    let found = direct(
        "Norlandia insisted Thursday that any guarantees must be agreed with Testburg, rejecting the plans as \"unilateral\" and \"doomed to fail\".",
    );
    assert!(
        found.iter().any(|q| q.text == "doomed to fail"),
        "{found:#?}"
    );
}

#[test]
fn a_pages_credit_times_and_time_zones_name_no_one() {
    let found = direct(
        "Deminers race winter in the farmland\n\nIssued on: 11/11/2031 - 14:20 Modified: 11/11/2031 - 16:05\n\nText by: NEWS WIRES\n\nHrabivka (AFP) \u{2013} Kneeling in the frozen mud, Corporal Mathis Reynaud moves his detector a few centimetres at a time.\n\n\"Here, one mistake is enough,\" the 29-year-old told AFP.",
    );
    assert_eq!(
        speaker_of(&found, "Here, one mistake is enough"),
        "name:Corporal Mathis Reynaud"
    );
    let found = direct(
        "Key events\n\n15.10 GMT Fakenko: guarantees without Norlandia \u{2018}worth nothing\u{2019}\n\n12.30 GMT Mockovskyy: text \u{2018}closer than ever\u{2019}",
    );
    assert_eq!(speaker_of(&found, "worth nothing"), "sergey-fakenko");
}

#[test]
fn a_source_line_names_whose_quotations_follow() {
    let found = direct(
        "Mockovskyy: Placeholdia will not negotiate \"in a room without our allies\"\n\nTaras Mockovskyy has stated that Placeholdia will not negotiate on the annex.\n\nSource: Mockovskyy in an interview with Placeholdian Pravda\n\nQuote: \"Annex C is about our allies.\"",
    );
    assert_eq!(
        speaker_of(&found, "Annex C is about our allies"),
        "taras-mockovskyy"
    );
}

#[test]
fn an_honorific_and_a_surname_the_text_gave_someone_else_are_theirs() {
    let known = [actor(
        "halyna-savchuk",
        "Halyna Savchuk",
        &["Savchuk", "Ms Savchuk"],
        "Vegetable seller in Vorlen",
    )];
    let found = direct_with(
        "Among them was Olha Savchuk, 34, who fled Solvyne with her two daughters.\n\nMs Savchuk said she would not take her daughters back \"to a flat where the wind comes through the wall\".",
        &known,
    );
    assert_eq!(
        speaker_of(&found, "to a flat where the wind comes through the wall"),
        "name:Olha Savchuk"
    );
}

#[test]
fn the_ministry_of_the_country_named_last_before_it_speaks() {
    let ministry = |slug: &str, name: &str, role: &str| KnownActor {
        institution: true,
        ..actor(slug, name, &[], role)
    };
    let known = [
        ministry(
            "norlandia-foreign-ministry",
            "Norlandia Foreign Ministry",
            "Foreign Ministry of Norlandia",
        ),
        ministry(
            "placeholdia-foreign-ministry",
            "Placeholdia Foreign Ministry",
            "Foreign Ministry of Placeholdia",
        ),
    ];
    let speaker = |text: &str| {
        let found = direct_with(text, &known);
        speaker_of(&found, "not be hurried by bond prices")
    };
    assert_eq!(
        speaker(
            "Placeholdia's bonds rallied. Norlandian assets were little moved. In Testburg, the foreign ministry said the talks would \"not be hurried by bond prices\"."
        ),
        "norlandia-foreign-ministry"
    );
    assert_eq!(
        speaker(
            "Norlandian assets were little moved. Placeholdia's bonds rallied. The foreign ministry said the talks would \"not be hurried by bond prices\"."
        ),
        "placeholdia-foreign-ministry"
    );
    // No country named before it: no guess.
    assert_eq!(
        speaker(
            "Bonds were little moved. The foreign ministry said the talks would \"not be hurried by bond prices\", as Norlandia and Placeholdia both know."
        ),
        "name:foreign ministry"
    );
}

#[test]
fn an_outlet_that_labels_its_questions_is_the_press() {
    let found = direct(
        "[From DER SPIEGEL 45/2031, 31 October 2031.]\n\nAn interview by Jonas Westerhaus\n\nSPIEGEL: Ms Synthetic, can Exampleland afford three air-defence systems a year?\n\nSynthetic: We can afford it because we have decided to afford it.\n\nSPIEGEL: Your party promised voters no new debt.\n\nSynthetic: And there won't be any, not for this.",
    );
    assert_eq!(
        speaker_of(
            &found,
            "We can afford it because we have decided to afford it"
        ),
        "ada-synthetic"
    );
    assert!(
        !found.iter().any(|q| q.text.contains("Your party promised")),
        "{found:#?}"
    );
}

#[test]
fn a_spanish_dash_set_against_the_words_opens_and_closes_the_attribution() {
    let found = direct(
        "The band played the same march three times.\n\n\u{2014}We've trained for this for two years \u{2014}says Adri\u{e0} Puig, a diver on the Segura\u{2014}. What we haven't trained for is this part, the goodbye.",
    );
    assert_eq!(
        speaker_of(&found, "We've trained for this for two years"),
        "name:Adri\u{e0} Puig"
    );
    assert_eq!(
        speaker_of(
            &found,
            "What we haven't trained for is this part, the goodbye"
        ),
        "name:Adri\u{e0} Puig"
    );
}

#[test]
fn a_short_quotation_in_reported_speech_is_the_reported_speakers() {
    let found = direct(
        "Placeholdia guarantee \u{2018}worthless\u{2019} without jets, warns former air chief\n\nThe mission would be \"defensive in nature\" and would pose no threat to anyone, General Mark Holt said on Monday.",
    );
    assert_eq!(speaker_of(&found, "worthless"), "name:former air chief");
    assert_eq!(speaker_of(&found, "defensive in nature"), "name:Mark Holt");
    // A term in its place stays a term, whoever the sentence reports.
    let found = direct(
        "The deployment of contingents under the pretext of \u{ab}security guarantees\u{bb} would be a provocation, Fakenko said.\n\nA multinational \"reassurance force\" of 20,000 troops would be a target, he said.\n\nDunleavy's \"not one soldier\" pledge would hold, officials said.",
    );
    for label in [
        "security guarantees",
        "reassurance force",
        "not one soldier",
    ] {
        assert!(
            !found.iter().any(|q| q.text == label),
            "{label}: {found:#?}"
        );
    }
}

#[test]
fn a_news_briefs_source_and_quote_lines_are_no_transcript() {
    let found = direct(
        "09:12\nDrones hit Verbivka overnight\n\nSource: Maksym Stavnyk, head of the regional administration, on Telegram\n\nQuote: \"The enemy continues to call this a ceasefire.\"\n\nDetails: Stavnyk said that power had been restored.\n\n11:30\nAir Force: 41 drones launched overnight, 35 downed\n\nSource: Placeholdian Air Force on Telegram\n\nDetails: The Air Force reported that six drones hit targets.\n\nAir Force spokesman Bohdan Stelmakh later commented on the attack.\n\nQuote: \"This is not a ceasefire violation. It is a test.\"",
    );
    assert_eq!(
        speaker_of(&found, "The enemy continues to call this a ceasefire"),
        "name:Maksym Stavnyk"
    );
    assert_eq!(
        speaker_of(&found, "This is not a ceasefire violation. It is a test"),
        "name:Bohdan Stelmakh"
    );
    assert!(
        !found.iter().any(|q| q.text.starts_with("Stavnyk said")),
        "{found:#?}"
    );
}

#[test]
fn a_title_case_heading_of_two_sentences_names_nobody() {
    let known = [actor(
        "andriy-stubenko",
        "Andriy Stubenko",
        &["Stubenko"],
        "President of Placeholdia",
    )];
    let found = direct_with(
        "ANALYSIS: Will \u{2018}Still Sky\u{2019} Deter Mockovia? Experts Say It Depends on What the Pilots Are Allowed to Do\n\nWhen President Andriy Stubenko announced last week that fighter jets would begin patrolling in December, he insisted the mission was \u{201c}no longer a promise on paper.\u{201d}",
        &known,
    );
    assert_eq!(
        speaker_of(&found, "no longer a promise on paper"),
        "andriy-stubenko"
    );
}

#[test]
fn a_subject_after_an_every_time_clause_is_the_sentences_subject() {
    let found = direct(
        "In a front-line village, a mother waits for her son\n\nEvery time the phone on the oilcloth buzzes, Halyna Maliarchuk stops what she is doing.\n\nHer son Petro is 26. He has spent three years in a trench. She keeps the volume up anyway.\n\n\u{201c}They keep saying it on the television,\u{201d} she said.",
    );
    assert_eq!(
        speaker_of(&found, "They keep saying it on the television"),
        "name:Halyna Maliarchuk"
    );
}

#[test]
fn a_plural_possessive_goes_with_what_follows_it() {
    let found = direct(
        "The Greens' defence spokesman, Rafe Tunstall, went further, calling the deployment \"a blank cheque written in jet fuel\".",
    );
    assert_eq!(
        speaker_of(&found, "a blank cheque written in jet fuel"),
        "name:Rafe Tunstall"
    );
}

#[test]
fn a_committee_on_a_field_is_part_of_the_title_before_a_name() {
    let known = [actor(
        "lesia-yavorivska",
        "Lesia Yavorivska",
        &["Yavorivska"],
        "Chair of the foreign policy committee",
    )];
    let found = direct_with(
        "Chairwoman of the Parliamentary Committee on Foreign Policy Lesia Yavorivska, commenting on the talks on her Facebook page, wrote that the issue \u{ab}must be fixed in the text of the guarantees\u{bb}.\n\nChairman of the Defence Committee on Foreign Policy Oleksandr Merezhko said that sanctions \u{ab}should not depend on elections\u{bb}.",
        &known,
    );
    assert_eq!(
        speaker_of(&found, "must be fixed in the text of the guarantees"),
        "lesia-yavorivska"
    );
    assert_eq!(
        speaker_of(&found, "should not depend on elections"),
        "name:Oleksandr Merezhko"
    );
}

#[test]
fn an_interview_without_labels_is_the_guests_the_introduction_names() {
    let found = direct(
        "Air defence commander on what a ceasefire will look like from his battery\n\nEuromaidan Press presents a translation of an interview with Lieutenant Colonel Yurii Verbovyi, commander of an air defence regiment, originally published by the weekly Dzvin.\n\nWhat do the guarantees mean for your regiment?\n\nFor my regiment they mean one thing: more launchers next to us, or not. Everything else is for diplomats.\n\nHow do your people feel about the partner crews?\n\nWith relief. I have seen what one extra battery does for a village.\n\nAre you worried that foreign crews will hesitate?\n\nI have worked with their officers. They are professionals, but our reflexes are different.",
    );
    assert_eq!(
        speaker_of(
            &found,
            "With relief. I have seen what one extra battery does for a village"
        ),
        "name:Yurii Verbovyi"
    );
    assert!(
        !found
            .iter()
            .any(|q| q.text.starts_with("How do your people")),
        "{found:#?}"
    );
}

#[test]
fn what_a_sign_says_is_written_not_said() {
    let found = direct(
        "Back in Verbivka, the map has been joined by a handwritten notice. \"Bomb shelter -- school basement. Monitors -- ask the mayor,\" it reads.\n\nThe banner over the entrance has been there for three years. It still says \u{201c}We don\u{2019}t abandon our own!\u{201d}\n\nThe ministry issued a statement on Friday. \"We will respond,\" it said.",
    );
    assert_eq!(texts(&found), ["We will respond"], "{found:#?}");
}

#[test]
fn titles_a_writer_or_a_paper_gives_are_names() {
    let found = direct(
        "When I was writing my book, \u{201c}The Sky over Vorlen\u{201d}, a battery commander told me that the worst night is the one after good news.\n\nThe state news agency Norinform headlined its coverage of the debate \u{2018}Kelvora counts its wounded, Brennholm counts its money\u{2019}, and diplomats have privately suggested otherwise.",
    );
    assert!(found.iter().all(|q| q.kind != "direct"), "{found:#?}");
}

#[test]
fn a_crosshead_quoting_a_term_the_story_names_quotes_no_one() {
    let found = direct(
        "\u{201c}When he says everything is fine, I know it is not,\u{201d} said Nadiya Sosnovska.\n\n\u{201c}The road of life\u{201d}\n\nThe road into Kruhlyk is called \u{201c}the road of life\u{201d} by locals. For two years it was the only way to bring in bread.",
    );
    assert!(
        !found
            .iter()
            .any(|q| q.text.eq_ignore_ascii_case("the road of life")),
        "{found:#?}"
    );
}

#[test]
fn placards_say_and_groups_in_the_habit_of_calling_name() {
    let found = direct(
        "Outside the council building, a row of handmade placards is tied to a fence. One reads \"Mom is waiting.\" Another, written in a child's uneven letters, says simply \"Papa, come back.\"\n\nResidents have taken to calling her small reconstruction office on the ground floor of city hall \"the window ministry.\"\n\nYour colleagues at the Defense Department have been calling the air component \"the backstop.\" Is that the official name?",
    );
    assert!(found.iter().all(|q| q.kind != "direct"), "{found:#?}");
}

#[test]
fn an_office_described_then_its_holder_named_is_one_speaker() {
    let farrant = actor(
        "odile-farrant",
        "Odile Farrant",
        &["Farrant"],
        "Defence Minister of Vallmark",
    );
    let kerrow = actor(
        "tobias-kerrow",
        "Tobias Kerrow",
        &["Kerrow"],
        "Cabinet Minister of Vallmark",
    );
    let synthetic = actor(
        "ada-synthetic",
        "Ada Synthetic",
        &["Synthetic"],
        "Defence Minister of Exampleland",
    );
    let found = direct_with(
        "The troops will \"never be left hanging\" if the ceasefire breaks down, the defence minister has said.\n\nOdile Farrant told the Today programme the change would give the force \"continuity\".\n\nOne cabinet minister described the rebels as \"the usual suspects\". Tobias Kerrow, who chaired the meeting, said nothing.",
        &[farrant, kerrow, synthetic],
    );
    assert_eq!(speaker_of(&found, "never be left hanging"), "odile-farrant");
    assert_ne!(speaker_of(&found, "the usual suspects"), "tobias-kerrow");
}

#[test]
fn a_briefings_header_may_give_place_and_date_after_the_name() {
    let found = direct(
        "Briefing by Foreign Ministry Spokeswoman Irina Nullova, Testburg, January 28, 2027\n\nOn Western military deployments\n\nWe continue to monitor closely the build-up of foreign contingents. Such assurances cost nothing to those who give them.\n\nWe have heard the assurances from Harwen. What matters is what is deployed on the ground.\n\nAnswers to media questions\n\nQuestion (Norlandia Today): How will Testburg respond?\n\nIrina Nullova: Our military will draw its own conclusions.",
    );
    assert_eq!(
        speaker_of(
            &found,
            "We continue to monitor closely the build-up of foreign contingents. Such assurances cost nothing to those who give them"
        ),
        "name:Irina Nullova"
    );
}

#[test]
fn words_quoted_again_are_who_said_them_first() {
    let known = [actor(
        "ines-marbeck",
        "Ines Marbeck",
        &["Marbeck"],
        "Battery commander",
    )];
    let found = direct_with(
        "Ines Marbeck, the battery commander, said: \"If something flies toward Vorlen, we will deal with it.\"\n\nReporters asked whether \"if something flies toward Vorlen\" included aircraft.",
        &known,
    );
    assert_eq!(
        speaker_of(&found, "if something flies toward Vorlen"),
        "ines-marbeck"
    );
}

#[test]
fn a_fact_checks_claim_is_whose_the_next_paragraph_names() {
    let found = direct(
        "Andriy Stubenko said on Monday that \"nobody will be left alone\".\n\nClaim 1: \"The treaty gives the guarantors an automatic right to strike.\"\n\nSpokeswoman Irina Nullova made this claim at a briefing on March 4. \"They shoot first and ask later,\" she said.\n\nDW fact check: False.",
    );
    assert_eq!(
        speaker_of(
            &found,
            "The treaty gives the guarantors an automatic right to strike"
        ),
        "name:Irina Nullova"
    );
}

#[test]
fn letters_that_change_length_when_lower_cased_move_no_offsets() {
    // "Ⱥ" grows by a byte when lower-cased and the Kelvin sign shrinks by two: together the
    // text keeps its length while every offset after them moves.
    let text =
        "\u{23a}\u{3a3}\u{ab}\u{212a} told reporters  told reporters \u{23a} told reporters ";
    assert_eq!(text::lowercase_in_place(text).len(), text.len());
    assert!(text::lowercase_in_place("\u{23a}\u{212a}AB").ends_with("ab"));
    let chars: Vec<char> = text.chars().collect();
    for quote in run(text).quotes {
        let at: String = chars[quote.start..quote.end].iter().collect();
        assert_eq!(at, quote.text);
    }
}

#[test]
fn wordings_weighed_cross_references_signatures_and_local_names_are_labels() {
    for text in [
        "Ambassadors argued over whether the text should say \"consult\" or \"assist\".",
        "The dispute is whether allies would respond \u{201c}automatically\u{201d} or only \u{201c}after consultations.\u{201d}",
        "Read also | \u{ab} In Templatyn, the long wait for the foreign soldiers \u{bb}",
        "Commentary on page 1: \u{201e}Twelve months are a fiction\u{201c}",
        "His op-eds, usually signed simply \"C.V.\", argued for binding commitments.",
        "Another reader, signing herself \u{2018}a tired Fictonian taxpayer\u{2019}, asked about the cost.",
        "Tam McGarrity, 58, is known to the whole of Port Callan harbour as \u{201c}Big Tam\u{201d}.",
        "State media has taken to mocking the force as \"the lodger.\"",
    ] {
        assert!(direct(text).is_empty(), "{text}: {:?}", direct(text));
    }
    // Words someone used, weighed by no one, stay theirs.
    let found = direct("Ada Synthetic called the offer \"reckless\" or \"naive\" on Monday.");
    assert_eq!(found.len(), 2, "{found:?}");
}

#[test]
fn a_first_name_alone_is_a_known_actors_only_where_the_text_names_them_or_their_family() {
    let known = vec![
        actor(
            "yana-synthetic",
            "Yana Synthetic",
            &["Yana", "Synthetic"],
            "Security analyst",
        ),
        actor("callum-mirren", "Callum Mirren", &["Callum"], "Mechanic"),
    ];
    let stranger = "Vasyl Horbenko scored twice. His wife, Yana, said little. \
                    \u{201c}He was angry at everything,\u{201d} she said.";
    assert_eq!(
        speaker_of(&direct_with(stranger, &known), "He was angry at everything"),
        "name:Yana"
    );
    let family = "Corporal Jade Mirren leaves on Monday. Her husband, Callum, a mechanic, \
                  said he was \u{2018}more nervous than she is\u{2019}.";
    assert_eq!(
        speaker_of(&direct_with(family, &known), "more nervous than she is"),
        "callum-mirren"
    );
    let named = "Yana Synthetic spoke first. Later Yana added: \u{201c}Nothing is settled.\u{201d}";
    assert_eq!(
        speaker_of(&direct_with(named, &known), "Nothing is settled"),
        "yana-synthetic"
    );
}

#[test]
fn a_columnists_asides_and_imperatives_name_no_one() {
    let text = "Let me start with something I wrote in September: \"A guarantee without air \
                defence is a promise to be angry later.\" I still believe it.\n\n\
                Jonas Instance declined to \"negotiate the text here\". Fair enough; that's his \
                job. But he also said this: \"We are not going to negotiate our posture.\"";
    let found = direct(text);
    assert_ne!(
        speaker_of(
            &found,
            "A guarantee without air defence is a promise to be angry later"
        ),
        "name:Let"
    );
    assert_eq!(
        speaker_of(&found, "We are not going to negotiate our posture"),
        "name:Jonas Instance"
    );
}

#[test]
fn an_interview_whose_photo_caption_names_the_guest_gives_them_the_answers() {
    let text = "'We will not trade the guarantee for a date': the deputy negotiator on the last mile\n\n\
        Khrystyna Zabolotna, deputy head of the delegation, speaks to the Kyiv Independent in Quillport.\n\n\
        **The talks resumed on Tuesday. What is still open?**\n\n\
        Fewer things than the newspapers think. What is open is the sequence, and I will not hide it.\n\n\
        **Is the other side wrong?**\n\n\
        He is describing what every normal country does. I told them so myself.\n\n\
        **How much depends on the treaty?**\n\n\
        They are separate documents. But in practice I read both with the same pen.";
    let found = direct(text);
    assert_eq!(
        speaker_of(
            &found,
            "He is describing what every normal country does. I told them so myself"
        ),
        "name:Khrystyna Zabolotna"
    );
}

#[test]
fn a_preferred_word_a_reports_title_and_a_motto_in_a_headline_are_labels() {
    for text in [
        "Officials fought to keep the word \"guarantee\", while some capitals preferred \"assurances\".",
        "Citing the ministry\u{2019}s own interim report, \u{201c}Lindenwall: Lessons from the First Two Years\u{201d}, Behm said instructors were tired.",
        "'We clear the way': engineers head overseas\n\nThe company's motto, \"We clear the way,\" is stenciled above the door.",
    ] {
        assert!(direct(text).is_empty(), "{text}: {:?}", direct(text));
    }
    // What someone called a thing named by a possessive is still their words.
    for (text, words) in [
        (
            "Ada Synthetic sent a letter calling the monitors' report \"a commissioned verdict\".",
            "a commissioned verdict",
        ),
        (
            "Boris Example called today's agreement \"a step towards war.\"",
            "a step towards war",
        ),
    ] {
        let found = direct(text);
        assert!(
            found.iter().any(|q| q.text.trim_end_matches('.') == words),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn a_sentence_opened_by_she_keeps_her_as_its_subject() {
    let text = "Ada Synthetic opened the debate and defended the mandate for an hour.\n\n\
                In the gallery sat Kerstin Albrecht, whose husband serves in one of the batteries. \
                She had travelled from Kessendorf to hear the debate. \
                \u{201e}They talk about twelve months as if it were a season ticket\u{201c}, she said afterwards.";
    assert_eq!(
        speaker_of(
            &direct(text),
            "They talk about twelve months as if it were a season ticket"
        ),
        "name:Kerstin Albrecht"
    );
}

#[test]
fn a_reactions_roundup_names_each_speaker_in_capitals_on_the_line_before() {
    let text = "WHAT THEY SAID: Reactions to the signing\n\n\
                The treaty was signed in Brennholm on Thursday.\n\n\
                NORLANDIA'S PRESIDENT BORIS EXAMPLE, in a statement released by his office:\n\n\
                \u{201e}Norlandia has signed an agreement that takes account of its interests.\u{201c}\n\n\
                PLACEHOLDIAN FOREIGN MINISTER TARAS MOCKOVSKYY, host of the dinner, to reporters at the airport:\n\n\
                \u{201e}This is a good day for everyone who believes in borders.\u{201c}";
    let found = direct(text);
    assert_eq!(
        speaker_of(
            &found,
            "Norlandia has signed an agreement that takes account of its interests"
        ),
        "boris-example"
    );
    assert_eq!(
        speaker_of(
            &found,
            "This is a good day for everyone who believes in borders"
        ),
        "taras-mockovskyy"
    );
}

#[test]
fn an_unlabelled_interview_is_found_past_an_editors_note_before_its_headline() {
    let text = "Politics\n\n\
         [From a weekly, translated, 14 December 2031.]\n\n\
         Ada Synthetic: \u{201c}A guarantee that says may is an invitation\u{201d}\n\n\
         The defence minister spoke to us in her office.\n\n\
         **Is there a text?**\n\n\
         There is a text. I ask you to write it exactly like that.\n\n\
         **Is the contingent secured?**\n\n\
         In principle, yes. We spend our nights on chapter four.\n\n\
         **What exactly is the argument about?**\n\n\
         About one word. We will not sign a weaker one.";
    let found = direct(text);
    for answer in [
        "There is a text. I ask you to write it exactly like that",
        "In principle, yes. We spend our nights on chapter four",
        "About one word. We will not sign a weaker one",
    ] {
        assert_eq!(speaker_of(&found, answer), "ada-synthetic");
    }
}

#[test]
fn an_interview_with_its_labels_in_bold_is_a_transcript() {
    let text = "Five questions for the minister\n\n\
         **Kyiv Post:** Let\u{2019}s start with the strike. Is there any doubt?\n\n\
         **Mockovskyy:** None. Our radars saw the launch.\n\n\
         **Kyiv Post:** Norlandia says it was an accident. Do you believe it?\n\n\
         **Mockovskyy:** They also said so in 2024. I have a rule about that.";
    let found = direct(text);
    assert_eq!(
        texts(&found),
        [
            "None. Our radars saw the launch",
            "They also said so in 2024. I have a rule about that"
        ]
    );
    assert!(
        found
            .iter()
            .all(|q| q.speaker.slug.as_deref() == Some("taras-mockovskyy"))
    );
}

#[test]
fn a_bulletins_correspondent_files_a_report_and_is_not_quoted() {
    let text = "WORLD NEWS\n\n\
         Newsreader: Solveig Harrander\n\n\
         HARRANDER: The news, read by Solveig Harrander. The president has said the batteries will come. Our correspondent Mattias Grelle reports:\n\n\
         GRELLE: No date, no map. A senior officer told me the timetable was \"tight but real\".\n\n\
         HARRANDER: In Testburg, Boris Example said any unit would be \"a hostile presence\".\n\n\
         GRELLE: The real test is simpler. Mattias Grelle, Templatyn.";
    let found = direct(text);
    assert_eq!(texts(&found), ["tight but real", "a hostile presence"]);
    assert_eq!(speaker_of(&found, "a hostile presence"), "boris-example");
}

#[test]
fn a_first_name_with_a_role_in_apposition_is_a_person() {
    let text = "Nadiya, 67, came back to the village in June.\n\n\
         \u{201c}We stopped counting the sirens,\u{201d} she says.\n\n\
         Oksana, our protection officer in the region, spends her week in kitchens like Nadiya's. \
         \u{201c}I tell them the truth. I don't know,\u{201d} she says.\n\n\
         Taras, Halyna's son, is less diplomatic. He came home with, as he puts it, \u{201c}opinions.\u{201d}";
    let found = direct(text);
    assert_eq!(
        speaker_of(&found, "We stopped counting the sirens"),
        "name:Nadiya"
    );
    assert_eq!(
        speaker_of(&found, "I tell them the truth. I don't know"),
        "name:Oksana"
    );
    assert_eq!(speaker_of(&found, "opinions"), "name:Taras");
}

#[test]
fn a_rank_with_an_ordinal_is_part_of_the_title() {
    let found = direct(
        "\"They did everything right,\" said Sgt. 1st Class Dominic Varela, an observer-coach-trainer.",
    );
    assert_eq!(
        speaker_of(&found, "They did everything right"),
        "name:Dominic Varela"
    );
}

#[test]
fn a_surname_is_the_person_of_that_name_not_a_firm_that_opens_with_it() {
    let text = "A survey by Ferraby Research found that 58% of voters backed a guarantee.\n\n\
         Lyle Ferraby, the firm's founder, said the party was \"not isolationist\".\n\n\
         \"Our voters will pay for a shield,\" Ferraby said.";
    let found = direct(text);
    assert_eq!(
        speaker_of(&found, "Our voters will pay for a shield"),
        "name:Lyle Ferraby"
    );
}

#[test]
fn a_claim_woven_into_a_quotation_is_reported_speech_too() {
    let found = reported(
        "Asked about the warning, Mockovskyy said Placeholdia \"will not take instructions from Testburg.\"",
    );
    assert_eq!(
        texts(&found),
        [
            "Asked about the warning, Mockovskyy said Placeholdia \"will not take instructions from Testburg"
        ]
    );
    assert_eq!(found[0].speaker.slug.as_deref(), Some("taras-mockovskyy"));
    // A quotation the verb introduces alone is the quotation's claim.
    for alone in [
        "Mockovskyy wrote on X: \"Placeholdia will not take instructions from Testburg.\"",
        "Mockovskyy said that \"Placeholdia will not take instructions from Testburg.\"",
    ] {
        assert!(reported(alone).is_empty(), "{alone}");
    }
}

#[test]
fn a_term_in_the_question_put_to_the_speaker_is_not_the_speakers() {
    let found = direct(
        "Asked whether Placeholdia might resort to \u{201c}constructive abstention\u{201d}, the mechanism that lets a state stand aside, Mockovskyy said that was \u{201c}a question for another day\u{201d}.",
    );
    assert_eq!(texts(&found), ["a question for another day"]);
}

#[test]
fn two_offices_joined_by_and_belong_to_the_person_named_after_them() {
    let found = direct(
        "The deputy prime minister and defence chief Lena Dummy announced the mission on Monday.\n\n\
         \"Instructors will go, full stop,\" the deputy prime minister said.",
    );
    assert_eq!(
        speaker_of(&found, "Instructors will go, full stop"),
        "lena-dummy"
    );
}

#[test]
fn an_interviews_answers_are_the_guest_the_story_names_not_the_headlines_description() {
    let text = "NEWSMAKER-Placeholdia's defence chief says \"power first\"\n\n\
         BRENNHOLM, March 25 - Placeholdia wants the first money to go into its grid, Defence Minister Ada Synthetic said.\n\n\
         In an interview on Wednesday, Synthetic said guarantees and reconstruction could not be separated.\n\n\
         Q: What is the single most important thing you want?\n\n\
         A: Power. Everything else follows from it.\n\n\
         Q: Some donors would rather fund schools. Is that a problem?\n\n\
         A: I understand why a minister wants a photograph. We need transformers.";
    let found = direct(text);
    assert_eq!(
        speaker_of(&found, "Power. Everything else follows from it"),
        "ada-synthetic"
    );
    assert_eq!(
        speaker_of(
            &found,
            "I understand why a minister wants a photograph. We need transformers"
        ),
        "ada-synthetic"
    );
}

#[test]
fn words_named_as_words_signs_and_charges_are_labels() {
    for text in [
        "\u{201c}Done on our side,\u{201d} she wrote, referring to phrases such as \u{201c}shall consider\u{201d} that Templatyn had fought to remove.",
        "He noted that Nullova had not once used the word without the adjective \u{201c}so-called,\u{201d} he said.",
        "Norlandian state media had begun citing what one outlet headlined as \u{201c}Sampleton's own verdict: the Lantern will go dark.\u{201d}",
        "A court on Monday sentenced Arseny Kulagin, a blogger with about 60,000 followers, to six years in a prison colony for \"discrediting the armed forces,\" according to the court.",
        "The bus turned into the lot, and the sign \u{2014} \"WELCOME HOME DAD! THE LEAVES ARE ALL YOURS\" \u{2014} went straight back up.",
        "On the gate, a neighbor had painted in white letters: \"Lozivets remembers.\"",
        "The advance teams could arrive once the agreement - known in diplomatic shorthand as \"the Quillport text\" - has been signed.",
    ] {
        let labels = [
            "shall consider",
            "so-called",
            "Sampleton's own verdict",
            "discrediting",
            "WELCOME HOME",
            "Lozivets remembers",
            "the Quillport text",
        ];
        let found = direct(text);
        assert!(
            !found
                .iter()
                .any(|q| labels.iter().any(|l| q.text.starts_with(l))),
            "{text}: {:?}",
            texts(&found)
        );
    }
}

#[test]
fn letters_after_a_name_are_no_part_of_it() {
    let found = direct(
        "Ottoline Barraclough KC, a sanctions barrister, said the plan was \"clever\".\n\n\
         \"If the answer is yes, you are looking at an expropriation,\" Barraclough said.",
    );
    assert_eq!(
        speaker_of(
            &found,
            "If the answer is yes, you are looking at an expropriation"
        ),
        "name:Ottoline Barraclough"
    );
}

#[test]
fn a_title_alias_before_a_name_in_apposition_is_the_named_persons_title() {
    let known = actors_with([actor(
        "oleh-vasylenko",
        "Oleh Vasylenko",
        &["Vasylenko", "the Placeholdian ambassador"],
        "Ambassador of Placeholdia to Kilbrannia",
    )]);
    let found = direct_with(
        "The Placeholdian ambassador in Brennholm, Lena Dummy, said her government was \u{201c}deeply grateful\u{201d}.",
        &known,
    );
    assert_eq!(speaker_of(&found, "deeply grateful"), "lena-dummy");
}

#[test]
fn a_headlines_short_quotation_is_whose_later_quotation_opens_with_it() {
    let text = "Troops cross into Placeholdia\n\n\
         - Norlandia calls the deployment \"a provocation\"\n\n\
         The first soldiers crossed the border on Monday. \"We are here to train,\" Ada Synthetic said.\n\n\
         \"It is a long road,\" Taras Mockovskyy said.\n\n\
         \"Nobody expects a quick end,\" Ada Synthetic added.\n\n\
         \"We will stay as long as needed,\" Mockovskyy said.\n\n\
         Norlandia's foreign ministry spokeswoman Lena Dummy described the deployment as \"a provocation dressed up as a peace mission\".";
    let found = direct(text);
    let headline = found
        .iter()
        .find(|q| q.text == "a provocation")
        .expect("the standfirst's quotation");
    assert_eq!(headline.speaker.slug.as_deref(), Some("lena-dummy"));
}

#[test]
fn reported_speech_ends_before_markdowns_closing_marks() {
    let found = reported(
        "**The opposition says the ministry is negotiating behind the parliament's back.**",
    );
    assert_eq!(
        texts(&found),
        ["The opposition says the ministry is negotiating behind the parliament's back"]
    );
}
