//! Charts drawn on the server as SVG: no script runs in the reader's browser. Each chart
//! comes with its numbers as text, for screen readers and for copying.

use std::fmt::Write;

/// One bar: its label and its value.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub label: String,
    pub value: i64,
}

/// A chart ready for a page: the SVG, and its data as rows for the text alternative.
#[derive(Debug, Clone)]
pub struct Chart {
    pub id: String,
    pub title: String,
    pub svg: String,
    pub rows: Vec<Bar>,
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A bar chart of counts over time; bars are labelled at the ends and the maximum is marked.
pub fn bar_chart(id: &str, title: &str, bars: Vec<Bar>) -> Chart {
    const WIDTH: f64 = 640.0;
    const HEIGHT: f64 = 160.0;
    const BOTTOM: f64 = 24.0;
    let max = bars.iter().map(|b| b.value).max().unwrap_or(0).max(1) as f64;
    let slot = WIDTH / bars.len().max(1) as f64;
    let mut svg = String::new();
    let _ = write!(
        svg,
        "<svg class=\"chart\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" role=\"img\" \
         aria-labelledby=\"{id}-title\" aria-describedby=\"{id}-data\" \
         xmlns=\"http://www.w3.org/2000/svg\"><title id=\"{id}-title\">{}</title>",
        escape(title)
    );
    for (i, bar) in bars.iter().enumerate() {
        let h = (HEIGHT - BOTTOM - 14.0) * bar.value as f64 / max;
        let x = i as f64 * slot + slot * 0.1;
        let y = HEIGHT - BOTTOM - h;
        let _ = write!(
            svg,
            "<rect class=\"bar\" x=\"{x:.1}\" y=\"{y:.1}\" width=\"{:.1}\" height=\"{h:.1}\"><title>{}: {}</title></rect>",
            slot * 0.8,
            escape(&bar.label),
            bar.value
        );
    }
    if let (Some(first), Some(last)) = (bars.first(), bars.last()) {
        let _ = write!(
            svg,
            "<text class=\"axis\" x=\"0\" y=\"{:.1}\">{}</text>\
             <text class=\"axis\" x=\"{WIDTH}\" y=\"{:.1}\" text-anchor=\"end\">{}</text>",
            HEIGHT - 6.0,
            escape(&first.label),
            HEIGHT - 6.0,
            escape(&last.label)
        );
    }
    let _ = write!(
        svg,
        "<text class=\"axis\" x=\"0\" y=\"10\">max {}</text></svg>",
        max as i64
    );
    Chart {
        id: id.to_owned(),
        title: title.to_owned(),
        svg,
        rows: bars,
    }
}

/// A grid of coloured cells (rows × columns) with a word in each cell, so that colour never
/// carries the meaning alone.
pub fn grid_chart(
    id: &str,
    title: &str,
    rows: &[String],
    columns: &[String],
    cells: &[Vec<Option<(String, String)>>],
) -> String {
    const LABEL: f64 = 130.0;
    const CELL_W: f64 = 84.0;
    const CELL_H: f64 = 26.0;
    const HEAD: f64 = 34.0;
    let width = LABEL + CELL_W * columns.len() as f64;
    let height = HEAD + CELL_H * rows.len() as f64;
    let mut svg = String::new();
    let _ = write!(
        svg,
        "<svg class=\"chart grid-chart\" viewBox=\"0 0 {width} {height}\" role=\"img\" \
         aria-labelledby=\"{id}-title\" aria-describedby=\"{id}-data\" \
         xmlns=\"http://www.w3.org/2000/svg\"><title id=\"{id}-title\">{}</title>",
        escape(title)
    );
    for (c, column) in columns.iter().enumerate() {
        let _ = write!(
            svg,
            "<text class=\"axis\" x=\"{:.1}\" y=\"24\" text-anchor=\"middle\">{}</text>",
            LABEL + CELL_W * (c as f64 + 0.5),
            escape(column)
        );
    }
    for (r, row) in rows.iter().enumerate() {
        let y = HEAD + CELL_H * r as f64;
        let _ = write!(
            svg,
            "<text class=\"axis\" x=\"0\" y=\"{:.1}\">{}</text>",
            y + 17.0,
            escape(row)
        );
        for (c, cell) in cells.get(r).into_iter().flatten().enumerate() {
            let x = LABEL + CELL_W * c as f64;
            match cell {
                // Whole numbers, and the centring in the style sheet: a large grid has
                // hundreds of cells.
                Some((class, word)) => {
                    let _ = write!(
                        svg,
                        "<rect class=\"cell {}\" x=\"{x}\" y=\"{y}\" width=\"{}\" height=\"{}\" rx=\"3\"/>\
                         <text class=\"cell-word\" x=\"{}\" y=\"{}\">{}</text>",
                        escape(class),
                        CELL_W - 4.0,
                        CELL_H - 4.0,
                        x + (CELL_W - 4.0) / 2.0,
                        y + 16.0,
                        escape(word)
                    );
                }
                None => {
                    let _ = write!(
                        svg,
                        "<rect class=\"cell empty\" x=\"{x}\" y=\"{y}\" width=\"{}\" height=\"{}\" rx=\"3\"/>",
                        CELL_W - 4.0,
                        CELL_H - 4.0
                    );
                }
            }
        }
    }
    svg.push_str("</svg>");
    svg
}

/// Statements per week (weeks start on Monday) from (Monday, count) rows, with the empty
/// weeks in between; at most the last two years.
pub fn weekly(id: &str, title: &str, rows: Vec<(String, i64)>) -> Option<Chart> {
    use crate::values::Day;
    let parsed: Vec<(Day, i64)> = rows
        .into_iter()
        .filter_map(|(day, n)| Some((Day::parse(&day).ok()?, n)))
        .collect();
    let (first, last) = (parsed.first()?.0, parsed.last()?.0);
    let start = if (last.0 - first.0).whole_weeks() > 104 {
        last.plus_days(-7 * 104)
    } else {
        first
    };
    let mut bars = Vec::new();
    let mut week = start;
    while week <= last {
        let value = parsed
            .iter()
            .find(|(d, _)| *d == week)
            .map_or(0, |(_, n)| *n);
        bars.push(Bar {
            label: format!("week of {}", week.long()),
            value,
        });
        week = week.plus_days(7);
    }
    Some(bar_chart(id, title, bars))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_scale_to_the_maximum_and_labels_are_escaped() {
        let chart = bar_chart(
            "c",
            "Statements <per> week",
            vec![
                Bar {
                    label: "week 1".into(),
                    value: 2,
                },
                Bar {
                    label: "week 2".into(),
                    value: 4,
                },
            ],
        );
        assert!(
            chart
                .svg
                .contains("<title id=\"c-title\">Statements &lt;per&gt; week</title>")
        );
        assert_eq!(chart.svg.matches("<rect class=\"bar\"").count(), 2);
        assert!(
            chart
                .svg
                .contains("height=\"122.0\"><title>week 2: 4</title>")
        );
        assert!(
            chart
                .svg
                .contains("height=\"61.0\"><title>week 1: 2</title>")
        );
        assert_eq!(chart.rows.len(), 2);
    }

    #[test]
    fn an_empty_chart_is_still_valid() {
        let chart = bar_chart("c", "Nothing", Vec::new());
        assert!(chart.svg.starts_with("<svg") && chart.svg.ends_with("</svg>"));
    }

    #[test]
    fn weeks_without_statements_are_shown_empty() {
        let chart = weekly(
            "w",
            "Weekly",
            vec![("2025-08-04".into(), 2), ("2025-08-18".into(), 3)],
        )
        .unwrap();
        let values: Vec<i64> = chart.rows.iter().map(|b| b.value).collect();
        assert_eq!(values, [2, 0, 3]);
        assert_eq!(chart.rows[1].label, "week of 11 August 2025");
        assert!(weekly("w", "Weekly", Vec::new()).is_none());
    }

    #[test]
    fn grid_cells_carry_words() {
        let svg = grid_chart(
            "g",
            "Grid",
            &["France".into()],
            &["Troops".into(), "Training".into()],
            &[vec![
                Some(("status-floated".into(), "Floated".into())),
                None,
            ]],
        );
        assert!(svg.contains(">Floated</text>"));
        assert!(svg.contains("class=\"cell empty\""));
    }
}
