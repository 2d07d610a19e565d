//! Managing accounts from the command line: add, change a password, list.

use sqlx::SqlitePool;

use crate::auth::{MIN_PASSWORD_CHARS, Role, hash_password};

/// Why an account change was refused.
#[derive(Debug, thiserror::Error)]
pub enum UserError {
    #[error("the password must have at least {MIN_PASSWORD_CHARS} characters")]
    ShortPassword,
    #[error("a user name is 1 to 64 letters, digits, dots, hyphens or underscores")]
    BadName,
    #[error("there is already a user called {0:?}")]
    Taken(String),
    #[error("there is no user called {0:?}")]
    Unknown(String),
    #[error("cannot hash the password: {0}")]
    Hash(String),
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
}

fn check_password(password: &str) -> Result<(), UserError> {
    if password.chars().count() < MIN_PASSWORD_CHARS {
        return Err(UserError::ShortPassword);
    }
    Ok(())
}

fn check_name(name: &str) -> Result<(), UserError> {
    let valid = (1..=64).contains(&name.len())
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"._-".contains(&b));
    if valid {
        Ok(())
    } else {
        Err(UserError::BadName)
    }
}

/// Creates an account.
pub async fn add_user(
    db: &SqlitePool,
    name: &str,
    role: Role,
    password: &str,
) -> Result<i64, UserError> {
    check_name(name)?;
    check_password(password)?;
    let hash = hash_password(password.to_owned())
        .await
        .map_err(UserError::Hash)?;
    let result = sqlx::query_scalar(
        "insert into user (username, password_hash, role) values (?, ?, ?) returning id",
    )
    .bind(name)
    .bind(hash)
    .bind(role.as_str())
    .fetch_one(db)
    .await;
    match result {
        Ok(id) => Ok(id),
        Err(sqlx::Error::Database(error)) if error.is_unique_violation() => {
            Err(UserError::Taken(name.to_owned()))
        }
        Err(error) => Err(error.into()),
    }
}

/// Sets a new password and ends the user's sessions.
pub async fn set_password(db: &SqlitePool, name: &str, password: &str) -> Result<(), UserError> {
    check_password(password)?;
    let hash = hash_password(password.to_owned())
        .await
        .map_err(UserError::Hash)?;
    let mut tx = db.begin().await?;
    let id: Option<i64> =
        sqlx::query_scalar("update user set password_hash = ? where username = ? returning id")
            .bind(hash)
            .bind(name)
            .fetch_optional(&mut *tx)
            .await?;
    let id = id.ok_or_else(|| UserError::Unknown(name.to_owned()))?;
    sqlx::query("delete from session where user_id = ?")
        .bind(id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(())
}

/// Every account: (name, role, created at).
pub async fn list_users(db: &SqlitePool) -> Result<Vec<(String, String, String)>, UserError> {
    Ok(
        sqlx::query_as("select username, role, created_at from user order by username")
            .fetch_all(db)
            .await?,
    )
}
