//! The load benchmark: `cargo bench --bench load`.
//!
//! It builds the release binary (cargo does, for benches), creates the synthetic dataset once
//! (`target/tmp/bench/synth-N.db`; N from `GW_BENCH_STATEMENTS`, a million by default), serves
//! a copy of it on a free port of 127.0.0.1, and measures with `wrk` (Debian's package) at
//! concurrency 64 for `GW_BENCH_SECONDS` (10 by default) per line: the trivial route as the
//! ceiling, each page hot (one address repeated) and cold (every request a different filter,
//! so no cache can answer), a CSV export of everything, and editors writing while readers
//! read. It prints a Markdown table, also written to `target/tmp/bench/results.md`.
//!
//! Traffic goes to 127.0.0.1 only, and every run is bounded in time.

use std::fmt::Write as _;
use std::io::Write as _;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const CONNECTIONS: usize = 64;
const WRITERS: usize = 32;
const EDITOR_PASSWORD: &str = "synthetic-bench-password";

/// What one `wrk` run measured.
#[derive(Debug, Clone, Copy, Default)]
struct Measured {
    requests: u64,
    per_second: f64,
    p50_ms: f64,
    p99_ms: f64,
    errors: u64,
}

/// The `wrk` script: cycles through the addresses in a file, each thread from its own offset,
/// and prints the figures on one line.
const WRK_SCRIPT: &str = r#"
local threads = 0
function setup(thread)
  thread:set("id", threads)
  threads = threads + 1
end
function init(args)
  urls = {}
  for line in io.lines(args[1]) do urls[#urls + 1] = line end
  stride = tonumber(args[2])
  n = 0
end
function request()
  local i = (n * stride + id) % #urls + 1
  n = n + 1
  return wrk.format("GET", urls[i])
end
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %d %d %d %d %d\n", summary.requests, summary.duration,
    latency:percentile(50), latency:percentile(99),
    e.connect + e.read + e.write + e.timeout + e.status))
end
"#;

struct Bench {
    dir: PathBuf,
    base: String,
    seconds: u64,
    statements: u64,
    rows: Vec<(String, Measured)>,
}

fn main() {
    let statements: u64 = env_number("GW_BENCH_STATEMENTS", 1_000_000);
    let seconds: u64 = env_number("GW_BENCH_SECONDS", 10);
    let binary = env!("CARGO_BIN_EXE_guarantee-watch");
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("bench");
    std::fs::create_dir_all(&dir).expect("bench folder");
    if Command::new("wrk").arg("--version").output().is_err() {
        eprintln!("wrk is missing: install it with `apt-get install wrk`.");
        std::process::exit(2);
    }

    let dataset = dir.join(format!("synth-{statements}.db"));
    if !dataset.exists() {
        let partial = dir.join("partial.db");
        remove_db(&partial);
        let started = Instant::now();
        run(Command::new(binary).arg("--db").arg(&partial).args([
            "synth",
            "--statements",
            &statements.to_string(),
        ]));
        std::fs::rename(&partial, &dataset).expect("dataset in place");
        println!(
            "synthetic dataset: {statements} statements in {:.1} s",
            started.elapsed().as_secs_f64()
        );
    }
    // Each run serves a fresh copy: the writes below must not pile up in the dataset.
    let served = dir.join("served.db");
    remove_db(&served);
    std::fs::copy(&dataset, &served).expect("copy of the dataset");
    let mut add_user = Command::new(binary);
    add_user
        .arg("--db")
        .arg(&served)
        .args(["user", "add", "bench-editor", "--role", "editor"]);
    run_with_input(&mut add_user, EDITOR_PASSWORD);

    let port = TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    let base = format!("http://127.0.0.1:{port}");
    let started = Instant::now();
    let mut server = Command::new(binary)
        .arg("--db")
        .arg(&served)
        .args(["--addr", &format!("127.0.0.1:{port}")])
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("server starts");
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client");
    let startup = runtime.block_on(async {
        loop {
            if let Ok(r) = client.get(format!("{base}/healthz")).send().await
                && r.status().is_success()
            {
                return started.elapsed();
            }
            if started.elapsed() > Duration::from_secs(60) {
                panic!("the server did not answer within 60 s");
            }
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
    });
    // The first filtered page waits for the in-memory facet columns.
    let first_filtered = runtime.block_on(async {
        let at = Instant::now();
        let response = client
            .get(format!("{base}/?kind=direct"))
            .send()
            .await
            .expect("first page");
        assert!(response.status().is_success());
        at.elapsed()
    });

    let mut bench = Bench {
        dir: dir.clone(),
        base: base.clone(),
        seconds,
        statements,
        rows: Vec::new(),
    };
    let deep = runtime.block_on(deep_page(&client, &base));
    bench.pages(&deep);
    let csv = runtime.block_on(export_csv(&client, &base));
    let idle_readers = bench.measure("readers, idle", &["/".to_owned()], 32);
    let writes = runtime.block_on(bench.writes(&client));
    let peak_rss_kib = peak_rss_kib(&server);
    stop(&mut server);

    let table = bench.table(Report {
        startup,
        first_filtered,
        csv,
        idle_readers,
        writes,
        peak_rss_kib,
    });
    println!("\n{table}");
    std::fs::write(dir.join("results.md"), &table).expect("results written");
}

struct Report {
    startup: Duration,
    first_filtered: Duration,
    csv: CsvRun,
    idle_readers: Measured,
    writes: WriteRun,
    peak_rss_kib: u64,
}

struct CsvRun {
    rows: u64,
    bytes: u64,
    seconds: f64,
}

struct WriteRun {
    created: u64,
    refused: u64,
    locked: u64,
    seconds: f64,
    readers: Measured,
}

impl Bench {
    /// Every page, hot and cold.
    fn pages(&mut self, deep: &str) {
        let n = self.statements.max(1);
        let actors = 500.min(n);
        let mut dice = Dice(0x5eed);
        let day = |i: u64| {
            // The synthetic generator spreads statement i over 1,400 days from 2022-01-01.
            let date = time::Date::from_calendar_date(2022, time::Month::January, 1).unwrap()
                + time::Duration::days((i * 1400 / n) as i64);
            date.to_string()
        };
        let countries: Vec<String> = guarantee_watch::seed::COUNTRIES
            .iter()
            .map(|c| c.0.to_ascii_lowercase())
            .collect();
        let cold = |dice: &mut Dice, make: &dyn Fn(&mut Dice) -> String| -> Vec<String> {
            (0..200_000).map(|_| make(dice)).collect()
        };

        self.measure(
            "`/healthz` (ceiling)",
            &["/healthz".to_owned()],
            CONNECTIONS,
        );
        self.both(
            "timeline",
            "/",
            cold(&mut dice, &|d| {
                let i = 1 + d.below(n);
                format!("/?after={}_{i}", day(i))
            }),
        );
        self.both(
            "timeline, one actor",
            "/?actor=synthetic-actor-7",
            cold(&mut dice, &|d| {
                format!(
                    "/?actor=synthetic-actor-{}&from={}",
                    1 + d.below(actors),
                    day(1 + d.below(n))
                )
            }),
        );
        self.both(
            "timeline, one country",
            "/?country=fr",
            cold(&mut dice, &|d| {
                format!(
                    "/?country={}&from={}",
                    countries[d.below(countries.len() as u64) as usize],
                    day(1 + d.below(n))
                )
            }),
        );
        self.both(
            "timeline, two countries and dates",
            "/?country=fr&country=de&from=2023-01-01&to=2023-12-31",
            cold(&mut dice, &|d| {
                let (a, b) = (d.below(n), d.below(n));
                format!(
                    "/?country={}&country={}&from={}&to={}",
                    countries[d.below(countries.len() as u64) as usize],
                    countries[d.below(countries.len() as u64) as usize],
                    day(1 + a.min(b)),
                    day(1 + a.max(b))
                )
            }),
        );
        self.both(
            "timeline, full text",
            "/?q=statement+4242",
            cold(&mut dice, &|d| format!("/?q=statement+{}", 1 + d.below(n))),
        );
        self.both(
            "timeline, page 1,000",
            deep,
            cold(&mut dice, &|d| {
                // Page 1,000 and beyond: at least 20,000 statements from the newest.
                let i = 1 + d.below(n.saturating_sub(20_000).max(1));
                format!("/?after={}_{i}", day(i))
            }),
        );
        self.both(
            "actor page",
            "/actors/synthetic-actor-7",
            cold(&mut dice, &|d| {
                let i = 1 + d.below(n);
                format!(
                    "/actors/synthetic-actor-{}?after={}_{i}",
                    1 + d.below(actors),
                    day(i)
                )
            }),
        );
        self.both(
            "commitments",
            "/commitments",
            cold(&mut dice, &|d| {
                format!(
                    "/commitments?country={}&country={}",
                    countries[d.below(countries.len() as u64) as usize],
                    countries[d.below(countries.len() as u64) as usize],
                )
            }),
        );
        self.both(
            "API statements",
            "/api/v1/statements?actor=synthetic-actor-7&kind=direct",
            cold(&mut dice, &|d| {
                format!(
                    "/api/v1/statements?actor=synthetic-actor-{}&kind=direct&from={}",
                    1 + d.below(actors),
                    day(1 + d.below(n))
                )
            }),
        );
    }

    fn both(&mut self, name: &str, hot: &str, cold: Vec<String>) {
        self.measure(&format!("{name}, hot"), &[hot.to_owned()], CONNECTIONS);
        self.measure(&format!("{name}, cold"), &cold, CONNECTIONS);
    }

    /// Runs `wrk` over `paths` and records the figures.
    fn measure(&mut self, name: &str, paths: &[String], connections: usize) -> Measured {
        let measured = wrk(&self.dir, &self.base, paths, connections, self.seconds);
        let unique = if paths.len() > 1 {
            format!(" ({} distinct addresses)", paths.len())
        } else {
            String::new()
        };
        println!(
            "{name}: {:.0} req/s, p50 {:.1} ms, p99 {:.1} ms, {} errors{unique}",
            measured.per_second, measured.p50_ms, measured.p99_ms, measured.errors
        );
        if paths.len() > 1 && measured.requests > paths.len() as u64 {
            println!("  (more requests than addresses: some repeated)");
        }
        self.rows.push((name.to_owned(), measured));
        measured
    }

    /// 32 editors create statements through the form while readers load the timeline.
    async fn writes(&mut self, client: &reqwest::Client) -> WriteRun {
        let mut cookies = Vec::new();
        for _ in 0..WRITERS {
            cookies.push(login(client, &self.base).await);
        }
        let (base, dir, seconds) = (self.base.clone(), self.dir.clone(), self.seconds);
        let readers =
            tokio::task::spawn_blocking(move || wrk(&dir, &base, &["/".to_owned()], 32, seconds));
        let until = Instant::now() + Duration::from_secs(self.seconds);
        let started = Instant::now();
        let mut tasks = Vec::new();
        for (w, cookie) in cookies.into_iter().enumerate() {
            let client = client.clone();
            let base = self.base.clone();
            let articles = (self.statements / 10).max(1);
            tasks.push(tokio::spawn(async move {
                let (mut created, mut refused, mut locked) = (0u64, 0u64, 0u64);
                let mut i = 0u64;
                while Instant::now() < until {
                    i += 1;
                    let text = format!("Synthetic load statement {w}-{i}");
                    let article = (1 + (w as u64 * 7919 + i) % articles).to_string();
                    let actor = (1 + (w as u64 + i) % 500).to_string();
                    let fields = [
                        ("article_id", article.as_str()),
                        ("actor_id", actor.as_str()),
                        ("kind", "reported"),
                        ("sourcing", "on_record"),
                        ("text", text.as_str()),
                        ("said_on", "2025-11-20"),
                        ("date_precision", "day"),
                        ("version", "0"),
                    ];
                    let response = client
                        .post(format!("{base}/statements"))
                        .header("origin", &base)
                        .header("sec-fetch-site", "same-origin")
                        .header("cookie", &cookie)
                        .form(&fields)
                        .send()
                        .await;
                    match response {
                        Ok(r) if r.status() == reqwest::StatusCode::SEE_OTHER => created += 1,
                        Ok(r) => {
                            refused += 1;
                            let body = r.text().await.unwrap_or_default();
                            if body.contains("locked") {
                                locked += 1;
                            }
                        }
                        Err(_) => refused += 1,
                    }
                }
                (created, refused, locked)
            }));
        }
        let (mut created, mut refused, mut locked) = (0, 0, 0);
        for task in tasks {
            let (c, r, l) = task.await.expect("writer");
            created += c;
            refused += r;
            locked += l;
        }
        let seconds = started.elapsed().as_secs_f64();
        let readers = readers.await.expect("readers");
        println!(
            "writes: {created} statements in {seconds:.1} s ({:.0}/s), {refused} refused, {locked} 'locked'; readers meanwhile p99 {:.1} ms",
            created as f64 / seconds,
            readers.p99_ms
        );
        WriteRun {
            created,
            refused,
            locked,
            seconds,
            readers,
        }
    }

    fn table(&self, report: Report) -> String {
        let ceiling = self.rows[0].1.per_second.max(1.0);
        let mut out = String::new();
        let _ = writeln!(
            out,
            "{} statements, {} s per line, {CONNECTIONS} connections (wrk, 2 threads).\n",
            self.statements, self.seconds
        );
        let _ = writeln!(
            out,
            "| what | req/s | p50 ms | p99 ms | errors | of ceiling |\n|---|---:|---:|---:|---:|---:|"
        );
        for (name, m) in &self.rows {
            let _ = writeln!(
                out,
                "| {name} | {:.0} | {:.1} | {:.1} | {} | {:.1} % |",
                m.per_second,
                m.p50_ms,
                m.p99_ms,
                m.errors,
                100.0 * m.per_second / ceiling
            );
        }
        let w = &report.writes;
        let _ = writeln!(
            out,
            "| readers while {WRITERS} editors write | {:.0} | {:.1} | {:.1} | {} | {:.1} % |",
            w.readers.per_second,
            w.readers.p50_ms,
            w.readers.p99_ms,
            w.readers.errors,
            100.0 * w.readers.per_second / ceiling
        );
        let _ = writeln!(out);
        let c = &report.csv;
        let _ = writeln!(
            out,
            "- CSV export of everything: {} rows, {:.1} MB in {:.2} s = {:.0} rows/s",
            c.rows,
            c.bytes as f64 / 1e6,
            c.seconds,
            c.rows as f64 / c.seconds
        );
        let _ = writeln!(
            out,
            "- Writes: {} statements through the form in {:.1} s = {:.0}/s, {} refused, {} \"database is locked\"; readers' p99 {:.1} ms idle, {:.1} ms meanwhile ({:.1}×)",
            w.created,
            w.seconds,
            w.created as f64 / w.seconds,
            w.refused,
            w.locked,
            report.idle_readers.p99_ms,
            w.readers.p99_ms,
            w.readers.p99_ms / report.idle_readers.p99_ms.max(0.001)
        );
        let _ = writeln!(
            out,
            "- Start-up (process start to first answer): {:.0} ms; first filtered page (waits for the facet columns): {:.0} ms",
            report.startup.as_secs_f64() * 1000.0,
            report.first_filtered.as_secs_f64() * 1000.0
        );
        let _ = writeln!(
            out,
            "- Peak RSS of the server over the whole run: {:.0} MB",
            report.peak_rss_kib as f64 / 1024.0
        );
        out
    }
}

/// The address of timeline page 1,000, reached by following `next` links.
async fn deep_page(client: &reqwest::Client, base: &str) -> String {
    let mut path = "/api/v1/statements?limit=100".to_owned();
    // Page 1,000 of 20 starts after statement 19,980: 200 pages of 100 come close enough.
    for _ in 0..200 {
        let body: serde_json::Value = client
            .get(format!("{base}{path}"))
            .send()
            .await
            .expect("a page")
            .json()
            .await
            .expect("a JSON page");
        let Some(next) = body["next"].as_str() else {
            break;
        };
        path = next.strip_prefix(base).unwrap_or(next).to_owned();
    }
    // The same position on the timeline: `/?after=…`.
    path.replace("/api/v1/statements", "/")
        .replace("&limit=100", "")
}

/// Downloads the whole CSV export and counts its rows.
async fn export_csv(client: &reqwest::Client, base: &str) -> CsvRun {
    let started = Instant::now();
    let mut response = client
        .get(format!("{base}/api/v1/statements.csv"))
        .send()
        .await
        .expect("export");
    assert!(
        response.status().is_success(),
        "export answered {}",
        response.status()
    );
    let (mut bytes, mut lines) = (0u64, 0u64);
    while let Some(chunk) = response.chunk().await.expect("export body") {
        bytes += chunk.len() as u64;
        lines += chunk.iter().filter(|&&b| b == b'\n').count() as u64;
    }
    let seconds = started.elapsed().as_secs_f64();
    let rows = lines.saturating_sub(1);
    println!(
        "CSV: {rows} rows, {bytes} bytes in {seconds:.2} s ({:.0} rows/s)",
        rows as f64 / seconds
    );
    CsvRun {
        rows,
        bytes,
        seconds,
    }
}

/// Logs the bench editor in; returns the session cookie.
async fn login(client: &reqwest::Client, base: &str) -> String {
    let response = client
        .post(format!("{base}/login"))
        .header("origin", base)
        .header("sec-fetch-site", "same-origin")
        .form(&[("username", "bench-editor"), ("password", EDITOR_PASSWORD)])
        .send()
        .await
        .expect("login");
    assert_eq!(response.status(), reqwest::StatusCode::SEE_OTHER, "login");
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|v| v.split(';').next().filter(|c| c.contains('=')))
        .expect("a session cookie")
        .to_owned()
}

/// Runs `wrk` over `paths` (cycled, each thread from its own offset).
fn wrk(dir: &Path, base: &str, paths: &[String], connections: usize, seconds: u64) -> Measured {
    assert!(
        base.starts_with("http://127.0.0.1:"),
        "load goes to 127.0.0.1 only"
    );
    let script = dir.join("cycle.lua");
    std::fs::write(&script, WRK_SCRIPT).expect("script");
    let list = dir.join(format!("paths-{}.txt", std::process::id()));
    std::fs::write(&list, paths.join("\n") + "\n").expect("paths");
    let out = Command::new("wrk")
        .args(["-t2", &format!("-c{connections}"), &format!("-d{seconds}s")])
        .args(["--timeout", "10s", "-s"])
        .arg(&script)
        .arg(base)
        .arg("--")
        .arg(&list)
        .arg("2")
        .output()
        .expect("wrk runs");
    let text = String::from_utf8_lossy(&out.stdout);
    let line = text
        .lines()
        .find_map(|l| l.strip_prefix("RESULT "))
        .unwrap_or_else(|| panic!("wrk printed no result:\n{text}"));
    let n: Vec<u64> = line
        .split_whitespace()
        .map(|x| x.parse().unwrap_or(0))
        .collect();
    let (requests, micros) = (n[0], n[1].max(1));
    Measured {
        requests,
        per_second: requests as f64 * 1e6 / micros as f64,
        p50_ms: n[2] as f64 / 1000.0,
        p99_ms: n[3] as f64 / 1000.0,
        errors: n[4],
    }
}

/// The server's peak resident memory so far (`VmHWM`), in KiB.
fn peak_rss_kib(server: &Child) -> u64 {
    std::fs::read_to_string(format!("/proc/{}/status", server.id()))
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        })
        .unwrap_or(0)
}

fn stop(server: &mut Child) {
    let _ = Command::new("kill")
        .args(["-TERM", &server.id().to_string()])
        .status();
    let _ = server.wait();
}

fn run(command: &mut Command) {
    let status = command.status().expect("command runs");
    assert!(status.success(), "{command:?} failed");
}

fn run_with_input(command: &mut Command, input: &str) {
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .expect("command runs");
    writeln!(child.stdin.take().expect("stdin"), "{input}").expect("input written");
    assert!(
        child.wait().expect("command ends").success(),
        "{command:?} failed"
    );
}

fn remove_db(path: &Path) {
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
}

fn env_number(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.replace('_', "").parse().ok())
        .unwrap_or(default)
}

/// A small deterministic random source: the same addresses on every run.
struct Dice(u64);

impl Dice {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % n.max(1)
    }
}
