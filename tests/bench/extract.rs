//! How long the extraction takes on a 5,000-word article (target: under 5 ms, release build).
//!
//! `cargo bench --bench extract` builds a visibly synthetic article from varied sentences
//! (quotations with attribution before, after and around them, pronouns, titles, reported
//! speech, labels in quotation marks, commitments and dates), extracts it many times and
//! prints the mean, median and 99th percentile.

use std::hint::black_box;
use std::time::{Duration, Instant};

use guarantee_watch::extract::{KnownActor, extract};
use guarantee_watch::values::Day;

// The server's allocator, so that the figures are the ones `POST /api/v1/extract` sees.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const WORDS: usize = 5_000;
const RUNS: usize = 300;

/// Invented people, with the titles the article gives them.
const PEOPLE: &[(&str, &str, &str)] = &[
    (
        "Ada Synthetic",
        "Synthetic",
        "the defence minister of Exampleland",
    ),
    ("Boris Example", "Example", "the president of Norlandia"),
    ("Mara Testova", "Testova", "Placeholdia's prime minister"),
    (
        "Jonas Instance",
        "Instance",
        "the alliance's secretary general",
    ),
    ("Kestrel Mockridge", "Mockridge", "Norlandia's envoy"),
    ("Lena Dummy", "Dummy", "the foreign ministry spokeswoman"),
];

const SAYINGS: &[&str] = &[
    "We will not leave our neighbours alone in the dark",
    "A guarantee that cannot be tested is not a guarantee",
    "Nobody in this region wants a frozen conflict",
    "Money is not the problem. Time is the problem",
    "We have offered air defence, we have offered training, and we have offered money",
    "Observers do not carry rifles; they carry notebooks",
    "They [the partners] have the money. We have the will",
    "Guarantees \u{2026} are only as good as the people who stand behind them",
];

fn sentence(n: usize) -> String {
    let (name, surname, title) = PEOPLE[n % PEOPLE.len()];
    let saying = SAYINGS[(n / 3) % SAYINGS.len()];
    let day = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"][n % 5];
    match n % 12 {
        0 => format!("\"{saying},\" {name}, {title}, said on {day}."),
        1 => format!("\"{saying},\" she said, adding that the talks would resume."),
        2 => format!("{surname} told reporters in Sampleton: \u{201c}{saying}.\u{201d}"),
        3 => format!(
            "{title_cap} said on {day} that the alliance would deploy up to 2,000 troops to a reassurance mission if a ceasefire held.",
            title_cap = capitalise(title)
        ),
        4 => "The so-called \"coalition of the reluctant\" met again in Mockford, where the \"Sampleton Format\" was discussed.".to_owned(),
        5 => format!(
            "\u{00ab}{saying},\u{00bb} said {name}. \u{00ab}Nobody here is counting on it.\u{00bb}"
        ),
        6 => format!(
            "{surname} called the plan \"a paper umbrella in a storm\" and warned against haste."
        ),
        7 => "The talks will continue next week, the Testburg Palace said in a statement posted on Telegram.".to_owned(),
        8 => format!(
            "According to {surname}, the batteries would be delivered within ten days and operated by trained crews."
        ),
        9 => "He added that the alliance's members had pledged to decide on the force by the end of the year.".to_owned(),
        10 => "A spokeswoman for the Placeholdian government, speaking on condition of anonymity, said the country was ready to host talks.".to_owned(),
        _ => "On the talk show \"Evening with Example Nation\", broadcast in Testburg, a former general said the plan would leave Norlandia \"naked\".".to_owned(),
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// A synthetic article of about `words` words in paragraphs of three sentences.
fn article(words: usize) -> String {
    let mut text = String::from(
        "SYNTHETIC TEXT built for the extraction benchmark; everyone in it is invented.\n\n",
    );
    let mut n = 0;
    while text.split_whitespace().count() < words {
        let paragraph: Vec<String> = (0..3).map(|k| sentence(n * 3 + k)).collect();
        text.push_str(&paragraph.join(" "));
        text.push_str("\n\n");
        n += 1;
    }
    text
}

fn actors() -> Vec<KnownActor> {
    let mut actors: Vec<KnownActor> = PEOPLE
        .iter()
        .enumerate()
        .map(|(k, (name, surname, title))| KnownActor {
            slug: format!("synthetic-{k}"),
            name: (*name).to_owned(),
            aliases: vec![(*surname).to_owned()],
            role: Some((*title).to_owned()),
            ..KnownActor::default()
        })
        .collect();
    // A record of realistic size: a few hundred more actors to match against.
    for k in 0..300 {
        actors.push(KnownActor {
            slug: format!("filler-{k}"),
            name: format!("Filler Person{k}"),
            aliases: vec![format!("Person{k}"), format!("Mr Person{k}")],
            role: Some("Invented official".to_owned()),
            ..KnownActor::default()
        });
    }
    actors.push(KnownActor {
        slug: "testburg-palace".into(),
        name: "Testburg Palace".into(),
        aliases: vec!["the Testburg Palace".into()],
        institution: true,
        ..KnownActor::default()
    });
    actors
}

fn main() {
    let text = article(WORDS);
    let actors = actors();
    let published = Day::parse("2031-05-07").ok();
    let words = text.split_whitespace().count();
    let first = extract(&text, &actors, published);
    for _ in 0..20 {
        black_box(extract(black_box(&text), &actors, published));
    }
    let mut times: Vec<Duration> = Vec::with_capacity(RUNS);
    let mut cpu: Vec<Duration> = Vec::with_capacity(RUNS);
    for _ in 0..RUNS {
        let cpu_start = thread_cpu();
        let start = Instant::now();
        black_box(extract(black_box(&text), &actors, published));
        times.push(start.elapsed());
        if let (Some(a), Some(b)) = (cpu_start, thread_cpu()) {
            cpu.push(b.saturating_sub(a));
        }
    }
    let (mean, median, p99) = summary(&mut times);
    println!(
        "extract: {words} words, {} actors, {} quotations and {} commitments proposed",
        actors.len(),
        first.quotes.len(),
        first.commitments.len()
    );
    println!(
        "extract: {RUNS} runs, wall clock: mean {:.3} ms, median {:.3} ms, p99 {:.3} ms, fastest {:.3} ms (target < 5 ms)",
        ms(mean),
        ms(median),
        ms(p99),
        ms(times[0])
    );
    if cpu.len() == RUNS {
        // The kernel accounts CPU time in coarse steps: the mean over many runs is exact
        // enough, single runs are not, so no percentiles.
        let mean = cpu.iter().sum::<Duration>() / RUNS as u32;
        println!(
            "extract: CPU time of the thread, mean over {RUNS} runs: {:.3} ms (what a busy machine does not inflate)",
            ms(mean)
        );
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

/// Sorts the samples and gives their mean, median and 99th percentile.
fn summary(samples: &mut [Duration]) -> (Duration, Duration, Duration) {
    samples.sort();
    let n = samples.len();
    let mean = samples.iter().sum::<Duration>() / n as u32;
    (mean, samples[n / 2], samples[(n * 99 / 100).min(n - 1)])
}

/// CPU time this thread has run, from Linux's schedstat (nanoseconds on the CPU); `None`
/// elsewhere.
fn thread_cpu() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let nanos: u64 = stat.split_whitespace().next()?.parse().ok()?;
    Some(Duration::from_nanos(nanos))
}
