//! Opening the SQLite database: connection settings, migrations and the first-start seed.

use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

use sqlx::SqlitePool;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};

/// The migrations in `migrations/`, embedded at build time.
pub static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!();

/// Errors while opening the database.
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    #[error("cannot open the database {path}: {source}")]
    Connect { path: String, source: sqlx::Error },
    #[error("cannot migrate the database: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("cannot seed the database: {0}")]
    Seed(#[from] sqlx::Error),
}

/// Connection settings every connection gets: WAL so readers never wait for the writer,
/// foreign keys enforced, a busy timeout instead of immediate "database is locked" errors,
/// and `synchronous = full` so an acknowledged write survives a power loss.
pub fn connect_options(path: &Path) -> Result<SqliteConnectOptions, sqlx::Error> {
    Ok(SqliteConnectOptions::from_str("sqlite:")?
        .filename(path)
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Full)
        .foreign_keys(true)
        .busy_timeout(Duration::from_secs(5))
        // Keeps the planner's statistics fresh, so filters keep using their indexes.
        .optimize_on_close(true, None))
}

/// Opens (creating if needed) and migrates the database at `path`.
pub async fn open(path: &Path) -> Result<SqlitePool, OpenError> {
    let connect_error = |source| OpenError::Connect {
        path: path.display().to_string(),
        source,
    };
    let options = connect_options(path).map_err(connect_error)?;
    let pool = SqlitePoolOptions::new()
        .max_connections(8)
        // A local file cannot drop a connection the way a network can; a ping before every
        // query would cost a round trip to the connection's thread.
        .test_before_acquire(false)
        // Waiting longer than this for a connection means overload: answer 503 instead.
        .acquire_timeout(Duration::from_secs(5))
        .connect_with(options)
        .await
        .map_err(connect_error)?;
    MIGRATOR.run(&pool).await?;
    sqlx::query("pragma optimize")
        .execute(&pool)
        .await
        .map_err(connect_error)?;
    Ok(pool)
}

/// The pool every write goes through: one connection, so writers queue here in order instead
/// of contending for SQLite's lock (no "database is locked", no busy waiting).
pub fn writer(path: &Path) -> Result<SqlitePool, sqlx::Error> {
    Ok(SqlitePoolOptions::new()
        .max_connections(1)
        .test_before_acquire(false)
        .acquire_timeout(Duration::from_secs(10))
        .connect_lazy_with(connect_options(path)?))
}

/// Opens the database and, on first start, seeds it.
pub async fn open_and_seed(path: &Path) -> Result<SqlitePool, OpenError> {
    let pool = open(path).await?;
    crate::seed::seed_if_new(&pool).await?;
    Ok(pool)
}

/// Writes a consistent copy of the live database to `path` (`VACUUM INTO` reads one snapshot,
/// so writes may go on meanwhile). To restore, stop the server and put the copy in place of
/// the database file.
pub async fn backup(pool: &SqlitePool, path: &Path) -> Result<(), sqlx::Error> {
    sqlx::query("vacuum into ?")
        .bind(path.to_string_lossy().into_owned())
        .execute(pool)
        .await?;
    Ok(())
}
