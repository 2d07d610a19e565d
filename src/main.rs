//! The command line: parses arguments and starts things.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use guarantee_watch::Config;
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
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the site (the default).
    Serve,
}

#[tokio::main]
async fn main() -> ExitCode {
    tracing_subscriber::fmt()
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
    };
    let result = match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => guarantee_watch::serve(config).await,
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("guarantee-watch: {error}");
            ExitCode::FAILURE
        }
    }
}
