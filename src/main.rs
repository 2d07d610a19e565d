//! The command line: parses arguments and starts things.

use std::io::BufRead;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use guarantee_watch::Config;
use guarantee_watch::auth::Role;
use tracing_subscriber::EnvFilter;

/// Guarantee Watch: who said what about security guarantees for Ukraine.
#[derive(Parser)]
#[command(version, about)]
struct Cli {
    /// The SQLite database file; created, migrated and seeded on first start.
    #[arg(
        long,
        env = "GW_DB",
        default_value = "guarantee-watch.db",
        global = true
    )]
    db: PathBuf,
    /// The address to serve on.
    #[arg(long, env = "GW_ADDR", default_value = "127.0.0.1:3000", global = true)]
    addr: SocketAddr,
    /// The address readers reach the site at, used in citations (default: http://ADDR).
    #[arg(long, env = "GW_PUBLIC_URL", global = true)]
    public_url: Option<String>,
    /// Mark the session cookie Secure; use when the site is served over HTTPS.
    #[arg(long, env = "GW_SECURE_COOKIES", global = true)]
    secure_cookies: bool,
    /// Requests handled at once; more are answered 503 with Retry-After.
    #[arg(long, env = "GW_MAX_IN_FLIGHT", default_value_t = guarantee_watch::protection::DEFAULT_MAX_IN_FLIGHT, global = true)]
    max_in_flight: usize,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the site (the default).
    Serve,
    /// Manage editor and admin accounts.
    #[command(subcommand)]
    User(UserCommand),
    /// Write the whole dataset (all but accounts) as JSON Lines to PATH ("-" for stdout).
    Export { path: PathBuf },
    /// Load a JSON Lines dataset into a new, empty database (created and migrated, not seeded).
    Import { path: PathBuf },
    /// Write a consistent copy of the database to PATH, even while the site is serving.
    Backup { path: PathBuf },
    /// Fill a new database with visibly synthetic data, for benchmarks.
    Synth {
        /// How many statements.
        #[arg(long)]
        statements: i64,
        /// The same seed gives the same data.
        #[arg(long, default_value_t = 1)]
        seed: i64,
    },
}

#[derive(Subcommand)]
enum UserCommand {
    /// Create an account; the password is read from standard input.
    Add {
        name: String,
        #[arg(long, value_enum)]
        role: RoleArg,
    },
    /// Set a new password, read from standard input, and end the user's sessions.
    Passwd { name: String },
    /// List the accounts.
    List,
}

#[derive(Clone, Copy, ValueEnum)]
enum RoleArg {
    Editor,
    Admin,
}

impl From<RoleArg> for Role {
    fn from(role: RoleArg) -> Self {
        match role {
            RoleArg::Editor => Role::Editor,
            RoleArg::Admin => Role::Admin,
        }
    }
}

// glibc's allocator spent a sixth of a busy server's time in its own bookkeeping and kept
// freed memory per thread; mimalloc is faster here and returns memory sooner.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[tokio::main]
async fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        // Colour codes only for a person at a terminal, never in a log file.
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info")),
        )
        .init();
    let cli = Cli::parse();
    let public_url = cli
        .public_url
        .unwrap_or_else(|| format!("http://{}", cli.addr))
        .trim_end_matches('/')
        .to_owned();
    let config = Config {
        addr: cli.addr,
        db_path: cli.db,
        public_url,
        secure_cookies: cli.secure_cookies,
        max_in_flight: cli.max_in_flight,
        header_read_timeout: guarantee_watch::protection::HEADER_READ_TIMEOUT,
    };
    let result = match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => guarantee_watch::serve(config).await,
        Command::User(command) => user(&config, command).await,
        Command::Export { path } => export(&config, &path).await,
        Command::Import { path } => import(&config, &path).await,
        Command::Backup { path } => backup(&config, &path).await,
        Command::Synth { statements, seed } => synth(&config, statements, seed).await,
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("guarantee-watch: {error}");
            ExitCode::FAILURE
        }
    }
}

async fn user(config: &Config, command: UserCommand) -> Result<(), Box<dyn std::error::Error>> {
    let db = guarantee_watch::db::open_and_seed(&config.db_path).await?;
    match command {
        UserCommand::Add { name, role } => {
            let password = read_password()?;
            guarantee_watch::users::add_user(&db, &name, role.into(), &password).await?;
            println!("added {name}");
        }
        UserCommand::Passwd { name } => {
            let password = read_password()?;
            guarantee_watch::users::set_password(&db, &name, &password).await?;
            println!("password changed for {name}; their sessions have ended");
        }
        UserCommand::List => {
            for (name, role, created) in guarantee_watch::users::list_users(&db).await? {
                println!("{name}\t{role}\t{created}");
            }
        }
    }
    db.close().await;
    Ok(())
}

async fn export(config: &Config, path: &std::path::Path) -> Result<(), Box<dyn std::error::Error>> {
    if !config.db_path.exists() {
        return Err(format!("there is no database at {}", config.db_path.display()).into());
    }
    let db = guarantee_watch::db::open(&config.db_path).await?;
    let rows = if path.as_os_str() == "-" {
        let mut out = std::io::BufWriter::new(std::io::stdout().lock());
        guarantee_watch::dataset::export(&db, &mut out).await?
    } else {
        // Written beside the target and renamed into place, so a failed export leaves no
        // half-written file where a whole one is expected.
        let partial = path.with_extension("partial");
        let mut out = std::io::BufWriter::new(std::fs::File::create(&partial)?);
        let rows = guarantee_watch::dataset::export(&db, &mut out).await?;
        out.into_inner().map_err(|e| e.into_error())?.sync_all()?;
        std::fs::rename(&partial, path)?;
        rows
    };
    db.close().await;
    eprintln!("exported {rows} rows");
    Ok(())
}

async fn import(config: &Config, path: &std::path::Path) -> Result<(), Box<dyn std::error::Error>> {
    let file =
        std::fs::File::open(path).map_err(|e| format!("cannot open {}: {e}", path.display()))?;
    let db = guarantee_watch::db::open(&config.db_path).await?;
    let result = guarantee_watch::dataset::import(&db, std::io::BufReader::new(file)).await;
    db.close().await;
    let rows = result?;
    eprintln!("imported {rows} rows into {}", config.db_path.display());
    Ok(())
}

async fn backup(config: &Config, path: &std::path::Path) -> Result<(), Box<dyn std::error::Error>> {
    if !config.db_path.exists() {
        return Err(format!("there is no database at {}", config.db_path.display()).into());
    }
    if path.exists() {
        return Err(format!("{} already exists; choose a new file", path.display()).into());
    }
    let db = guarantee_watch::db::open(&config.db_path).await?;
    guarantee_watch::db::backup(&db, path).await?;
    db.close().await;
    eprintln!(
        "backed up {} to {}",
        config.db_path.display(),
        path.display()
    );
    Ok(())
}

async fn synth(
    config: &Config,
    statements: i64,
    seed: i64,
) -> Result<(), Box<dyn std::error::Error>> {
    if config.db_path.file_name() == Some(std::ffi::OsStr::new("guarantee-watch.db")) {
        return Err(
            "synthetic data never goes into the default database; give --db a new file".into(),
        );
    }
    let started = std::time::Instant::now();
    let db = guarantee_watch::db::open(&config.db_path).await?;
    let result = guarantee_watch::synth::generate(&db, statements, seed).await;
    db.close().await;
    let summary = result?;
    eprintln!(
        "wrote {} statements, {} articles, {} actors, {} commitments to {} in {:.1} s",
        summary.statements,
        summary.articles,
        summary.actors,
        summary.commitments,
        config.db_path.display(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// The first line of standard input, without its line ending.
fn read_password() -> std::io::Result<String> {
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line)?;
    Ok(line.trim_end_matches(['\r', '\n']).to_owned())
}
