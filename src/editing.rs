//! What every edit form shares: reading and checking fields, turning database refusals into
//! messages beside the field, and answering with the form again when something is wrong.

use std::future::Future;

use askama::Template;
use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use sqlx::{SqliteConnection, SqlitePool};

use crate::AppState;
use crate::audit::{self, FieldChange, RecordType};
use crate::auth::{Editor, SessionUser, Viewer};
use crate::error::{AppError, Result};
use crate::forms::{FieldErrors, FormData};
use crate::values::{CountryCode, DatePrecision, Day, Slug};

/// Changes made by others since a form was loaded: (when, who, what).
pub type Conflict = Vec<(String, String, Vec<FieldChange>)>;

/// What a form page needs besides the record's own fields.
pub struct FormContext<F> {
    pub viewer: Viewer,
    /// The record being edited, or `None` for a new one.
    pub id: Option<i64>,
    pub fields: F,
    pub errors: FieldErrors,
    /// Set when a save was refused because someone else saved first.
    pub conflict: Conflict,
}

impl<F> FormContext<F> {
    /// "New article" or "Edit article 3".
    pub fn heading(&self, noun: &str) -> String {
        match self.id {
            Some(id) => format!("Edit {noun} {id}"),
            None => format!("New {noun}"),
        }
    }

    /// Where the form posts: `/{collection}` to create, `/{collection}/{id}/edit` to update.
    pub fn action(&self, collection: &str) -> String {
        match self.id {
            Some(id) => format!("/{collection}/{id}/edit"),
            None => format!("/{collection}"),
        }
    }
}

/// Messages for the two refusals a form's fields can cause: a value already taken (UNIQUE)
/// and a reference to a record that is gone (foreign key). Anything else is `None`.
pub fn refusal_messages(
    error: &sqlx::Error,
    taken: (&str, &str),
    gone: (&str, &str),
) -> Option<FieldErrors> {
    let mut errors = FieldErrors::default();
    if is_unique_violation(error) {
        errors.add(taken.0, taken.1);
    } else if is_foreign_key_violation(error) {
        errors.add(gone.0, gone.1);
    } else {
        return None;
    }
    Some(errors)
}

/// A record that editors create and update through a form. The generic handlers below do
/// the rest the same way for every record: check, store in one transaction with its
/// revision, refuse stale edits, and answer with the form again when something is wrong.
pub trait Editable: Send + Sync + 'static {
    /// Which record the audit log calls it.
    const RECORD: RecordType;
    /// The URL collection: `/{COLLECTION}/new`, `/{COLLECTION}/{id}/edit`.
    const COLLECTION: &'static str;
    /// The fields as typed, for showing the form again.
    type Fields: Default + Send + Sync + 'static;
    /// The checked values, ready to store.
    type Input: Send + Sync + 'static;

    /// The fields of a submitted form.
    fn fields(form: &FormData) -> Self::Fields;
    /// Checks every field; all the problems at once.
    fn check(form: &FormData) -> Result<Self::Input, FieldErrors>;
    /// The stored record as form fields (with its version), or `None`.
    fn load(db: &SqlitePool, id: i64) -> impl Future<Output = Result<Option<Self::Fields>>> + Send;
    /// Stores a new record and what belongs to it; returns its id.
    fn insert(
        conn: &mut SqliteConnection,
        user: &SessionUser,
        input: &Self::Input,
    ) -> impl Future<Output = Result<i64, sqlx::Error>> + Send;
    /// Updates the record if it is still at `version`; `false` when someone saved first.
    fn update(
        conn: &mut SqliteConnection,
        user: &SessionUser,
        id: i64,
        version: i64,
        input: &Self::Input,
    ) -> impl Future<Output = Result<bool, sqlx::Error>> + Send;
    /// A refusal by the database as messages beside fields, or `None` when it is not the
    /// editor's doing.
    fn refusal(error: &sqlx::Error) -> Option<FieldErrors>;
    /// Renders the form page.
    fn form_page(
        db: &SqlitePool,
        context: FormContext<Self::Fields>,
    ) -> impl Future<Output = Result<String>> + Send;
    /// Where to go after saving.
    fn location(db: &SqlitePool, id: i64) -> impl Future<Output = Result<String>> + Send;
    /// Checks that the records the input points to exist, with a message beside each field
    /// that points nowhere.
    fn check_references(
        _db: &SqlitePool,
        _input: &Self::Input,
    ) -> impl Future<Output = Result<FieldErrors>> + Send {
        async { Ok(FieldErrors::default()) }
    }
    /// Checks that need the database before a new record is stored (a likely duplicate);
    /// an answer here is sent instead of storing.
    fn before_create(
        _db: &SqlitePool,
        _user: &SessionUser,
        _form: &FormData,
        _input: &Self::Input,
    ) -> impl Future<Output = Result<Option<Response>>> + Send {
        async { Ok(None) }
    }
}

/// The form routes of a record type.
pub fn routes<R: Editable>() -> Router<AppState> {
    let collection = R::COLLECTION;
    Router::new()
        .route(&format!("/{collection}/new"), get(new_form::<R>))
        .route(&format!("/{collection}"), post(create::<R>))
        .route(
            &format!("/{collection}/{{id}}/edit"),
            get(edit_form::<R>).post(update::<R>),
        )
}

/// Answers with the form for `R` and a status.
pub async fn respond_with_form<R: Editable>(
    db: &SqlitePool,
    status: StatusCode,
    context: FormContext<R::Fields>,
) -> Result<Response> {
    let html = R::form_page(db, context).await?;
    Ok((status, Html(html)).into_response())
}

fn context<F>(
    user: SessionUser,
    id: Option<i64>,
    fields: F,
    errors: FieldErrors,
) -> FormContext<F> {
    FormContext {
        viewer: Viewer { user: Some(user) },
        id,
        fields,
        errors,
        conflict: Vec::new(),
    }
}

/// A record id from the path; anything else is a 404.
pub fn path_id(id: &str, record: RecordType) -> Result<i64> {
    id.parse::<i64>()
        .ok()
        .filter(|id| *id > 0)
        .ok_or_else(|| AppError::not_found(format!("There is no {} {id:?}.", record.as_str())))
}

/// The form's fields checked, then the records they point to.
async fn checked<R: Editable>(
    db: &SqlitePool,
    form: &FormData,
) -> Result<Result<R::Input, FieldErrors>> {
    let input = match R::check(form) {
        Ok(input) => input,
        Err(errors) => return Ok(Err(errors)),
    };
    let errors = R::check_references(db, &input).await?;
    Ok(if errors.is_empty() {
        Ok(input)
    } else {
        Err(errors)
    })
}

async fn new_form<R: Editable>(
    Editor(user): Editor,
    State(state): State<AppState>,
) -> Result<Response> {
    let fields = R::fields(&FormData::default());
    respond_with_form::<R>(
        &state.db,
        StatusCode::OK,
        context(user, None, fields, FieldErrors::default()),
    )
    .await
}

async fn edit_form<R: Editable>(
    Editor(user): Editor,
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Response> {
    let id = path_id(&id, R::RECORD)?;
    let fields = R::load(&state.db, id)
        .await?
        .ok_or_else(|| AppError::not_found(format!("There is no {} {id}.", R::RECORD.as_str())))?;
    respond_with_form::<R>(
        &state.db,
        StatusCode::OK,
        context(user, Some(id), fields, FieldErrors::default()),
    )
    .await
}

async fn create<R: Editable>(
    Editor(user): Editor,
    State(state): State<AppState>,
    body: Bytes,
) -> Result<Response> {
    let form = FormData::parse(&body);
    let input = match checked::<R>(&state.db, &form).await? {
        Ok(input) => input,
        Err(errors) => {
            let context = context(user, None, R::fields(&form), errors);
            return respond_with_form::<R>(&state.db, StatusCode::UNPROCESSABLE_ENTITY, context)
                .await;
        }
    };
    if let Some(answer) = R::before_create(&state.db, &user, &form, &input).await? {
        return Ok(answer);
    }
    let mut tx = state.write().await?;
    let id = match R::insert(&mut tx, &user, &input).await {
        Ok(id) => id,
        Err(error) => {
            drop(tx);
            let errors = R::refusal(&error).ok_or(error)?;
            let context = context(user, None, R::fields(&form), errors);
            return respond_with_form::<R>(&state.db, StatusCode::UNPROCESSABLE_ENTITY, context)
                .await;
        }
    };
    audit::log_change(&mut tx, user.id, R::RECORD, id, "create", None).await?;
    tx.commit().await?;
    Ok(saved(&R::location(&state.db, id).await?))
}

async fn update<R: Editable>(
    Editor(user): Editor,
    State(state): State<AppState>,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response> {
    let id = path_id(&id, R::RECORD)?;
    let form = FormData::parse(&body);
    let version = Checker::new(&form).version();
    let input = match checked::<R>(&state.db, &form).await? {
        Ok(input) => input,
        Err(errors) => {
            let context = context(user, Some(id), R::fields(&form), errors);
            return respond_with_form::<R>(&state.db, StatusCode::UNPROCESSABLE_ENTITY, context)
                .await;
        }
    };
    let mut tx = state.write().await?;
    let before = audit::before_change(&mut tx, R::RECORD, id).await?;
    match R::update(&mut tx, &user, id, version, &input).await {
        Ok(true) => {}
        Ok(false) => {
            drop(tx);
            let mut context = context(user, Some(id), R::fields(&form), FieldErrors::default());
            context.conflict = audit::changes_since(&state.db, R::RECORD, id, version).await?;
            return respond_with_form::<R>(&state.db, StatusCode::CONFLICT, context).await;
        }
        Err(error) => {
            drop(tx);
            let errors = R::refusal(&error).ok_or(error)?;
            let context = context(user, Some(id), R::fields(&form), errors);
            return respond_with_form::<R>(&state.db, StatusCode::UNPROCESSABLE_ENTITY, context)
                .await;
        }
    }
    audit::log_change(&mut tx, user.id, R::RECORD, id, "update", Some(&before)).await?;
    tx.commit().await?;
    Ok(saved(&R::location(&state.db, id).await?))
}

/// One option of a select or a group of checkboxes.
#[derive(Debug, Clone)]
pub struct Choice {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

impl Choice {
    /// Options from (value, label) pairs, with those in `selected` marked; `blank` adds a
    /// first, empty option with that label.
    pub fn list(
        pairs: impl IntoIterator<Item = (String, String)>,
        selected: &[String],
        blank: Option<&str>,
    ) -> Vec<Choice> {
        let mut choices: Vec<Choice> = blank
            .map(|label| Choice {
                value: String::new(),
                label: label.to_owned(),
                selected: selected.iter().all(String::is_empty),
            })
            .into_iter()
            .collect();
        choices.extend(pairs.into_iter().map(|(value, label)| Choice {
            selected: selected.contains(&value),
            value,
            label,
        }));
        choices
    }
}

/// Every country as (lower-case code, name), for the country pickers of the forms.
pub async fn country_options(db: &SqlitePool) -> Result<Vec<(String, String)>> {
    Ok(
        sqlx::query_as("select lower(code), name from country order by name")
            .fetch_all(db)
            .await?,
    )
}

/// Answers with a rendered page and a status.
pub fn page_response(status: StatusCode, page: &impl Template) -> Result<Response> {
    Ok((status, Html(page.render()?)).into_response())
}

/// After a successful POST: see the record (POST-redirect-GET).
pub fn saved(location: &str) -> Response {
    Redirect::to(location).into_response()
}

/// Reads and checks fields one by one, collecting every problem rather than stopping at the
/// first, so the editor sees all of them at once.
pub struct Checker<'a> {
    pub form: &'a FormData,
    pub errors: FieldErrors,
}

impl<'a> Checker<'a> {
    pub fn new(form: &'a FormData) -> Self {
        Self {
            form,
            errors: FieldErrors::default(),
        }
    }

    /// Trimmed text that must be present, at most `max` characters, with no control characters
    /// other than line breaks and tabs.
    pub fn required(&mut self, field: &str, label: &str, max: usize) -> String {
        let value = self.form.get(field).trim();
        if value.is_empty() {
            self.errors.add(field, format!("{label} is required."));
        } else {
            self.check_text(field, label, value, max);
        }
        value.to_owned()
    }

    /// Trimmed text that may be empty (then `None`).
    pub fn optional(&mut self, field: &str, label: &str, max: usize) -> Option<String> {
        let value = self.form.get(field).trim();
        if value.is_empty() {
            return None;
        }
        self.check_text(field, label, value, max);
        Some(value.to_owned())
    }

    fn check_text(&mut self, field: &str, label: &str, value: &str, max: usize) {
        let length = value.chars().count();
        if length > max {
            self.errors.add(
                field,
                format!("{label} is too long: {length} characters, at most {max}."),
            );
        } else if value.contains('\u{fffd}') {
            self.errors.add(
                field,
                format!("{label} contains bytes that are not valid text (UTF-8)."),
            );
        } else if value
            .chars()
            .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
        {
            self.errors
                .add(field, format!("{label} contains control characters."));
        }
    }

    /// An optional web address, which must be http or https.
    pub fn url(&mut self, field: &str, label: &str) -> Option<String> {
        let value = self.optional(field, label, 2000)?;
        let lower = value.to_ascii_lowercase();
        let valid = (lower.starts_with("http://") || lower.starts_with("https://"))
            && value.len() > lower.find("//").unwrap_or(0) + 2
            && !value.chars().any(char::is_whitespace);
        if !valid {
            self.errors.add(
                field,
                format!("{label} must be a web address starting with http:// or https://."),
            );
        }
        Some(value)
    }

    /// An optional day, `YYYY-MM-DD`, that exists.
    pub fn day(&mut self, field: &str, label: &str) -> Option<Day> {
        let value = self.form.get(field).trim();
        if value.is_empty() {
            return None;
        }
        match Day::parse(value) {
            Ok(day) => Some(day),
            Err(why) => {
                self.errors.add(field, format!("{label}: {why}."));
                None
            }
        }
    }

    /// A date and how precisely it is known, from a date field and a precision field.
    /// A month-precise date is kept as the first of its month.
    pub fn fuzzy_date(
        &mut self,
        field: &str,
        precision_field: &str,
    ) -> (Option<Day>, DatePrecision) {
        let day = self.day(field, "Date");
        let precision = self
            .choice(precision_field, "Date precision", DatePrecision::parse)
            .unwrap_or(DatePrecision::Unknown);
        match (day, precision) {
            (None, DatePrecision::Unknown) => (None, DatePrecision::Unknown),
            (Some(_), DatePrecision::Unknown) => {
                self.errors.add(
                    precision_field,
                    "A date is given: say whether it is exact to the day or only to the month.",
                );
                (None, DatePrecision::Unknown)
            }
            (None, _) => {
                self.errors
                    .add(field, "Give the date, or set the precision to \"unknown\".");
                (None, DatePrecision::Unknown)
            }
            (Some(day), DatePrecision::Month) => {
                let first = time::Date::from_calendar_date(day.0.year(), day.0.month(), 1)
                    .map(Day)
                    .unwrap_or(day);
                (Some(first), DatePrecision::Month)
            }
            (Some(day), precision) => (Some(day), precision),
        }
    }

    /// A required choice from a vocabulary.
    pub fn choice<T>(
        &mut self,
        field: &str,
        label: &str,
        parse: impl Fn(&str) -> Option<T>,
    ) -> Option<T> {
        let value = self.form.get(field).trim();
        if value.is_empty() {
            self.errors
                .add(field, format!("Choose the {}.", label.to_lowercase()));
            return None;
        }
        let parsed = parse(value);
        if parsed.is_none() {
            self.errors.add(
                field,
                format!("{label}: {value:?} is not one of the choices."),
            );
        }
        parsed
    }

    /// An optional choice from a vocabulary (empty is `None`).
    pub fn optional_choice<T>(
        &mut self,
        field: &str,
        label: &str,
        parse: impl Fn(&str) -> Option<T>,
    ) -> Option<T> {
        if self.form.get(field).trim().is_empty() {
            return None;
        }
        self.choice(field, label, parse)
    }

    /// A required slug.
    pub fn slug(&mut self, field: &str, label: &str) -> Option<Slug> {
        let value = self.form.get(field).trim();
        if value.is_empty() {
            self.errors.add(field, format!("{label} is required."));
            return None;
        }
        match Slug::parse(value) {
            Ok(slug) => Some(slug),
            Err(why) => {
                self.errors.add(field, format!("{label}: {why}."));
                None
            }
        }
    }

    /// Every country code of a repeated field.
    pub fn countries(&mut self, field: &str) -> Vec<CountryCode> {
        let mut codes = Vec::new();
        for value in self.form.all(field) {
            match CountryCode::parse(value.trim()) {
                Ok(code) if !codes.contains(&code) => codes.push(code),
                Ok(_) => {}
                Err(why) => self.errors.add(field, format!("{why}.")),
            }
        }
        codes
    }

    /// An optional positive record id.
    pub fn id(&mut self, field: &str, label: &str) -> Option<i64> {
        let value = self.form.get(field).trim();
        if value.is_empty() {
            return None;
        }
        match value.parse::<i64>() {
            Ok(id) if id > 0 => Some(id),
            _ => {
                self.errors
                    .add(field, format!("{label}: choose one from the list."));
                None
            }
        }
    }

    /// The checked value when no field is wrong, else every message.
    pub fn finish<T>(self, value: T) -> Result<T, FieldErrors> {
        if self.errors.is_empty() {
            Ok(value)
        } else {
            Err(self.errors)
        }
    }

    /// The record version the form was loaded at.
    pub fn version(&mut self) -> i64 {
        self.form.get("version").trim().parse().unwrap_or(0)
    }
}

/// Whether a database error is a UNIQUE violation (the caller knows which field it concerns).
pub fn is_unique_violation(error: &sqlx::Error) -> bool {
    matches!(error, sqlx::Error::Database(e) if e.is_unique_violation())
}

/// Whether a database error is a foreign-key violation: a referenced record is gone.
pub fn is_foreign_key_violation(error: &sqlx::Error) -> bool {
    matches!(error, sqlx::Error::Database(e) if e.is_foreign_key_violation())
}

/// One line per alias from a textarea: trimmed, without blanks or repeats.
pub fn lines(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        if !out.iter().any(|o| o == line) {
            out.push(line.to_owned());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(body: &str) -> (Checker<'static>, &'static FormData) {
        let form: &'static FormData = Box::leak(Box::new(FormData::parse(body.as_bytes())));
        (Checker::new(form), form)
    }

    #[test]
    fn text_is_required_bounded_and_clean() {
        let (mut c, _) = check("a=&b=%01x&c=xxxxxx&d=ok");
        c.required("a", "Title", 5);
        c.required("b", "Title", 5);
        c.required("c", "Title", 5);
        assert_eq!(c.required("d", "Title", 5), "ok");
        assert_eq!(c.errors.get("a"), Some("Title is required."));
        assert!(c.errors.get("b").unwrap().contains("control characters"));
        assert!(
            c.errors
                .get("c")
                .unwrap()
                .contains("too long: 6 characters")
        );
        assert!(c.errors.get("d").is_none());
    }

    #[test]
    fn urls_must_be_http() {
        let (mut c, _) = check("a=javascript:alert(1)&b=https://example.test/x&c=http://");
        c.url("a", "Address");
        c.url("b", "Address");
        c.url("c", "Address");
        assert!(c.errors.get("a").is_some());
        assert!(c.errors.get("b").is_none());
        assert!(c.errors.get("c").is_some());
    }

    #[test]
    fn dates_and_their_precision_agree() {
        let (mut c, _) =
            check("d=2025-08-19&p=month&e=2025-08-19&q=unknown&f=&r=day&g=2025-02-30&s=day");
        assert_eq!(c.fuzzy_date("d", "p").0.unwrap().to_string(), "2025-08-01");
        assert_eq!(c.fuzzy_date("e", "q").0, None);
        assert!(c.errors.get("q").is_some());
        c.fuzzy_date("f", "r");
        assert!(c.errors.get("f").is_some());
        c.fuzzy_date("g", "s");
        assert!(c.errors.get("g").unwrap().contains("does not exist"));
    }

    #[test]
    fn alias_lines_are_trimmed_and_unique() {
        assert_eq!(
            lines(" Mr Lavrov \n\nLavrov\nMr Lavrov\r\n"),
            ["Mr Lavrov", "Lavrov"]
        );
    }
}
