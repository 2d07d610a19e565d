//! CSV exports of any filtered view. Rows are streamed from the database as they are read, so
//! a whole dataset goes out with flat memory. Cells that a spreadsheet would run as a formula
//! are neutralised.

use std::borrow::Cow;

use axum::body::{Body, Bytes};
use axum::extract::{RawQuery, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use sqlx::{QueryBuilder, Sqlite};
use tokio::sync::mpsc;
use tokio_stream::wrappers::ReceiverStream;

use crate::AppState;
use crate::api::ApiError;
use crate::commitments::{TrackerFilter, all_summaries};
use crate::filter::StatementFilter;

/// Bytes gathered before a chunk is sent.
const CHUNK: usize = 64 * 1024;

/// Prefixes a cell that a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, tab,
/// carriage return) with an apostrophe, so that it stays text.
pub fn neutralise(cell: &str) -> Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// A CSV response whose body is fed, chunk by chunk, by a task writing rows.
fn csv_response(filename: &str, body: Body) -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{filename}\""),
            ),
        ],
        body,
    )
        .into_response()
}

/// Writes records to a CSV buffer and sends it on in chunks.
struct ChunkedCsv {
    writer: csv::Writer<Vec<u8>>,
    sender: mpsc::Sender<Result<Bytes, std::io::Error>>,
}

/// An RFC 4180 writer: CRLF line ends, quotes where needed.
fn csv_writer() -> csv::Writer<Vec<u8>> {
    csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::with_capacity(CHUNK * 2))
}

impl ChunkedCsv {
    fn new(sender: mpsc::Sender<Result<Bytes, std::io::Error>>) -> Self {
        Self {
            writer: csv_writer(),
            sender,
        }
    }

    /// Writes one record (cells neutralised); false when the client has gone.
    async fn write(&mut self, record: &[&str]) -> bool {
        let cells: Vec<Cow<'_, str>> = record.iter().map(|c| neutralise(c)).collect();
        if let Err(error) = self.writer.write_record(cells.iter().map(|c| c.as_bytes())) {
            tracing::error!(%error, "CSV write failed");
            return false;
        }
        if self.writer.get_ref().len() >= CHUNK {
            return self.flush().await;
        }
        true
    }

    /// Writes one statement's record.
    async fn write_statement(&mut self, row: &StatementRow, base: &str) -> bool {
        let id = row.id.to_string();
        let article_id = row.article_id.map(|a| a.to_string()).unwrap_or_default();
        let url = format!("{base}/statements/{}", row.id);
        self.write(&[
            &id,
            row.said_on.as_deref().unwrap_or_default(),
            &row.date_precision,
            &row.actor_slug,
            &row.actor_name,
            row.actor_country.as_deref().unwrap_or_default(),
            &row.kind,
            &row.sourcing,
            row.stance.as_deref().unwrap_or_default(),
            &row.text,
            row.context.as_deref().unwrap_or_default(),
            row.countries.as_deref().unwrap_or_default(),
            &article_id,
            row.article_title.as_deref().unwrap_or_default(),
            row.outlet.as_deref().unwrap_or_default(),
            row.article_url.as_deref().unwrap_or_default(),
            row.published_on.as_deref().unwrap_or_default(),
            &url,
        ])
        .await
    }

    async fn flush(&mut self) -> bool {
        let full = std::mem::replace(&mut self.writer, csv_writer());
        let Ok(chunk) = full.into_inner() else {
            return false;
        };
        chunk.is_empty() || self.sender.send(Ok(Bytes::from(chunk))).await.is_ok()
    }

    async fn fail(self, error: sqlx::Error) {
        tracing::error!(%error, "CSV export failed midway");
        // An error in the stream ends the response abruptly, so a partial file is not
        // mistaken for a whole one.
        let _ = self
            .sender
            .send(Err(std::io::Error::other("export failed")))
            .await;
    }
}

/// One exported statement, as a JSON array from the database (see `statements_csv`).
#[derive(serde::Deserialize)]
struct StatementRow {
    id: i64,
    said_on: Option<String>,
    date_precision: String,
    actor_slug: String,
    actor_name: String,
    actor_country: Option<String>,
    kind: String,
    sourcing: String,
    stance: Option<String>,
    text: String,
    context: Option<String>,
    countries: Option<String>,
    article_id: Option<i64>,
    article_title: Option<String>,
    outlet: Option<String>,
    article_url: Option<String>,
    published_on: Option<String>,
}

/// Statements read per query when exporting.
const EXPORT_BLOCK: i64 = 2048;

const STATEMENT_HEADER: &[&str] = &[
    "id",
    "said_on",
    "date_precision",
    "actor",
    "actor_name",
    "actor_country",
    "kind",
    "sourcing",
    "stance",
    "text",
    "context",
    "countries",
    "article_id",
    "article_title",
    "outlet",
    "article_url",
    "published_on",
    "url",
];

/// Sends the statements matching `filter`, newest first, in blocks of JSON arrays (one array
/// per statement, fields in `StatementRow`'s order), until there are no more or the receiver
/// has gone.
async fn read_export_blocks(
    db: sqlx::SqlitePool,
    filter: StatementFilter,
    blocks: mpsc::Sender<Result<String, sqlx::Error>>,
) {
    let mut after: Option<(String, i64)> = None;
    loop {
        let mut query = QueryBuilder::<Sqlite>::new(
            "select json_group_array(json_array(s.id, s.said_on, s.date_precision, a.slug,
                        a.name, a.country, s.kind, s.sourcing, s.stance, s.text, s.context,
                        (select group_concat(country, ' ') from
                           (select country from statement_country where statement_id = s.id
                            order by country)),
                        ar.id, ar.title, o.name, ar.url, ar.published_on)
                    order by s.sort_day desc, s.id desc),
                    count(*),
                    -- The last row's position: ids padded so that text order is number order.
                    min(s.sort_day || ' ' || printf('%020d', s.id))
             from (select s.* from statement s where 1 = 1",
        );
        filter.push_conditions(&mut query, None);
        if let Some((day, id)) = &after {
            query
                .push(" and (s.sort_day, s.id) < (")
                .push_bind(day.clone())
                .push(", ")
                .push_bind(*id)
                .push(")");
        }
        query.push(" order by s.sort_day desc, s.id desc limit ");
        query.push_bind(EXPORT_BLOCK);
        // The first appearance: the earliest article, then the first recorded.
        query.push(
            ") s
             join actor a on a.id = s.actor_id
             left join article ar on ar.id = (
                 select fa.id from appearance first join article fa on fa.id = first.article_id
                 where first.statement_id = s.id
                 order by fa.published_on is null, fa.published_on, first.id limit 1)
             left join outlet o on o.id = ar.outlet_id",
        );
        let block: Result<(String, i64, Option<String>), sqlx::Error> =
            query.build_query_as().fetch_one(&db).await;
        let (json, count, last) = match block {
            Ok(block) => block,
            Err(error) => {
                let _ = blocks.send(Err(error)).await;
                return;
            }
        };
        if count == 0 {
            return;
        }
        after = last.as_deref().and_then(|last| {
            let (day, id) = last.split_once(' ')?;
            Some((day.to_owned(), id.parse().ok()?))
        });
        if blocks.send(Ok(json)).await.is_err() || count < EXPORT_BLOCK || after.is_none() {
            return;
        }
    }
}

/// `GET /api/v1/statements.csv`: every statement matching the timeline's filters.
pub async fn statements_csv(
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
) -> Result<Response, ApiError> {
    let filter = StatementFilter::parse(query.as_deref())?;
    crate::facets::check_references(&state, &filter).await?;
    let (sender, receiver) = mpsc::channel(4);
    let db = state.db.clone();
    let base = state.config.public_url.clone();
    // Rows pass through the driver one at a time at a few microseconds each; a block of rows
    // as one JSON array costs a fraction of that. One task reads blocks while another writes
    // the CSV, so both cores work.
    let (blocks, mut received) = mpsc::channel::<Result<String, sqlx::Error>>(2);
    tokio::spawn(read_export_blocks(db, filter, blocks));
    tokio::spawn(async move {
        let mut csv = ChunkedCsv::new(sender);
        if !csv.write(STATEMENT_HEADER).await {
            return;
        }
        while let Some(block) = received.recv().await {
            let rows = match block.map(|json| serde_json::from_str::<Vec<StatementRow>>(&json)) {
                Ok(Ok(rows)) => rows,
                Ok(Err(error)) => return csv.fail(sqlx::Error::Decode(error.into())).await,
                Err(error) => return csv.fail(error).await,
            };
            for row in rows {
                if !csv.write_statement(&row, &base).await {
                    return;
                }
            }
        }
        csv.flush().await;
    });
    Ok(csv_response(
        "statements.csv",
        Body::from_stream(ReceiverStream::new(receiver)),
    ))
}

/// `GET /api/v1/commitments.csv`: the tracker's list with its filters.
pub async fn commitments_csv(
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
) -> Result<Response, ApiError> {
    let filter = TrackerFilter::parse(query.as_deref())?;
    let summaries = all_summaries(&state.db).await?;
    let mut writer = csv_writer();
    let base = &state.config.public_url;
    let header = [
        "id",
        "title",
        "type",
        "status",
        "providers",
        "due_on",
        "deadline",
        "url",
    ];
    let write_error =
        |e: csv::Error| crate::error::AppError::Internal(std::io::Error::from(e).into());
    writer.write_record(header).map_err(write_error)?;
    for c in summaries.into_iter().filter(|c| filter.keeps(c)) {
        let providers: Vec<String> = c
            .providers
            .iter()
            .map(|p| p.code.to_ascii_uppercase())
            .collect();
        let record = [
            c.id.to_string(),
            c.title.clone(),
            c.kind.as_str().to_owned(),
            c.status.map(|s| s.as_str().to_owned()).unwrap_or_default(),
            providers.join(" "),
            c.due_on.map(|d| d.to_string()).unwrap_or_default(),
            c.deadline.as_str().to_owned(),
            format!("{base}/commitments/{}", c.id),
        ];
        writer
            .write_record(record.iter().map(|cell| neutralise(cell).into_owned()))
            .map_err(write_error)?;
    }
    let bytes = writer
        .into_inner()
        .map_err(|e| crate::error::AppError::Internal(e.into_error().into()))?;
    Ok(csv_response("commitments.csv", Body::from(bytes)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_cells_are_neutralised() {
        for cell in ["=1+1", "+44 20", "-2", "@SUM(A1)", "\tx", "\rx"] {
            assert!(neutralise(cell).starts_with('\''), "{cell:?}");
        }
        assert_eq!(neutralise("Lavrov said"), "Lavrov said");
        assert_eq!(neutralise(""), "");
    }
}
