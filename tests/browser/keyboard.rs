//! Keyboard only: Tab reaches every link, filter and form control in document order with a
//! visible focus ring, filter groups open with Enter, and forms are sent with Enter.

use fantoccini::key::Key;
use serde::Deserialize;

use crate::browser::{Browser, with_browser};
use crate::pages::{PAGE_TYPES, log_in, prepare, show};
use crate::site::Site;

/// Describes the element with the focus after a key press, and remembers it as reached.
const FOCUSED: &str = r#"
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) return null;
    window.gwReached = window.gwReached || new Set();
    // A date field takes several presses of Tab, one per part of the date.
    const same = el === window.gwLast;
    // Where the previous stop is now (after any scrolling): the next one should not sit
    // wholly above it unless it starts a column further right.
    const previous = window.gwLast && !same ? window.gwLast.getBoundingClientRect() : null;
    window.gwLast = el;
    const again = !same && window.gwReached.has(el);
    window.gwReached.add(el);
    const style = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    const all = Array.from(document.querySelectorAll('*'));
    const text = (el.innerText || el.value || el.getAttribute('aria-label') || '').trim().slice(0, 40);
    return {
        same,
        name: el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (text ? ' "' + text + '"' : '')
            + (el.getAttribute('href') ? ' ' + el.getAttribute('href') : ''),
        position: all.indexOf(el),
        again,
        ring: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1)
            || (style.boxShadow !== 'none' && style.boxShadow !== ''),
        shown: rect.width >= 4 && rect.height >= 4,
        closed_summary: el.tagName === 'SUMMARY' && !el.parentElement.open,
        jumps_back: previous !== null && rect.height > 0
            && rect.bottom <= previous.top && rect.left < previous.right,
    };
"#;

/// Everything a keyboard user should be able to reach that Tab did not, and any element
/// with a positive tabindex (which puts the tab order out of reading order).
const MISSED: &str = r#"
    const reached = window.gwReached || new Set();
    const focusable = 'a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]';
    const describe = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
        + (el.getAttribute('href') ? ' ' + el.getAttribute('href') : '')
        + ' "' + (el.innerText || el.value || '').trim().slice(0, 40) + '"';
    const missed = Array.from(document.querySelectorAll(focusable))
        .filter(el => !el.disabled && el.tabIndex >= 0 && el.getClientRects().length > 0)
        .filter(el => !reached.has(el))
        .filter(el => !(el.type === 'radio' && Array.from(reached).some(r => r.name === el.name && r.form === el.form)))
        .map(describe);
    const positive = Array.from(document.querySelectorAll('[tabindex]'))
        .filter(el => el.tabIndex > 0).map(describe);
    return { missed, positive };
"#;

#[derive(Debug, Deserialize)]
struct Stop {
    same: bool,
    name: String,
    position: i64,
    again: bool,
    ring: bool,
    shown: bool,
    closed_summary: bool,
    jumps_back: bool,
}

#[derive(Debug, Deserialize)]
struct Missed {
    missed: Vec<String>,
    positive: Vec<String>,
}

/// What a walk with Tab through the page shown found wrong, if anything.
#[derive(Debug, Default)]
pub struct Walk {
    pub stops: Vec<String>,
    pub problems: Vec<String>,
}

/// Tabs through the whole page from the top, opening each closed filter group with Enter
/// on the way, as a keyboard user would; reports stops without a visible focus, stops out
/// of document order, and focusable elements never reached.
pub async fn tab_through(browser: &Browser) -> Walk {
    let mut walk = Walk::default();
    let count = browser
        .eval("return document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]').length;")
        .await
        .as_u64()
        .unwrap_or_default();
    let mut last_position = -1;
    for _ in 0..count * 2 + 10 {
        browser.press(Key::Tab).await;
        let stop = browser.eval(FOCUSED).await;
        if stop.is_null() {
            break;
        }
        let stop: Stop = serde_json::from_value(stop).expect("a focus description");
        if stop.again {
            break;
        }
        if stop.same {
            continue;
        }
        if !stop.ring {
            walk.problems
                .push(format!("no visible focus ring on {}", stop.name));
        }
        if !stop.shown {
            walk.problems
                .push(format!("{} has the focus but cannot be seen", stop.name));
        }
        if stop.jumps_back {
            walk.problems.push(format!(
                "{} is reached after {} but shown above and left of it",
                stop.name,
                walk.stops.last().map_or("", String::as_str)
            ));
        }
        if stop.position < last_position {
            walk.problems.push(format!(
                "{} comes after {} in the tab order but before it in the page",
                stop.name,
                walk.stops.last().map_or("", String::as_str)
            ));
        }
        last_position = stop.position;
        if stop.closed_summary {
            browser.press(Key::Enter).await;
        }
        walk.stops.push(stop.name);
    }
    let missed: Missed =
        serde_json::from_value(browser.eval(MISSED).await).expect("a list of missed elements");
    for name in missed.missed {
        walk.problems.push(format!("Tab never reaches {name}"));
    }
    for name in missed.positive {
        walk.problems
            .push(format!("{name} has a positive tabindex"));
    }
    walk
}

/// Presses Tab until the element matching `css` has the focus; fails after `limit` presses.
pub async fn tab_to(browser: &Browser, css: &str) {
    let check = format!(
        "return document.activeElement && document.activeElement.matches({});",
        serde_json::json!(css)
    );
    for _ in 0..300 {
        browser.press(Key::Tab).await;
        if browser.eval(&check).await == serde_json::Value::Bool(true) {
            return;
        }
    }
    panic!("Tab never reached {css} on {}", browser.path().await);
}

/// Types on the keyboard into whatever has the focus.
async fn type_text(browser: &Browser, text: &str) {
    browser
        .client
        .active_element()
        .await
        .expect("a focused element")
        .send_keys(text)
        .await
        .expect("typed");
}

#[tokio::test]
#[cfg_attr(
    not(with_chromium),
    ignore = "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver; .ci/run installs them)"
)]
async fn tab_reaches_everything_in_order_with_a_visible_focus() {
    tab_through_every_page_type(1280).await;
}

#[tokio::test]
#[cfg_attr(
    not(with_chromium),
    ignore = "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver; .ci/run installs them)"
)]
async fn tab_reaches_everything_in_order_with_a_visible_focus_on_a_phone() {
    tab_through_every_page_type(360).await;
}

/// Walks every page type with Tab at one width; fails with every problem found.
async fn tab_through_every_page_type(width: u32) {
    let site = Site::start().await;
    prepare(&site).await;
    with_browser(&site.base, width, |browser| async move {
        let mut problems = Vec::new();
        let mut logged_in = false;
        let (readers, editors): (Vec<_>, Vec<_>) = PAGE_TYPES.iter().partition(|p| !p.editor);
        for page in readers.into_iter().chain(editors) {
            if page.editor && !logged_in {
                log_in(&browser, "editor").await;
                logged_in = true;
            }
            show(&browser, page).await;
            let walk = tab_through(&browser).await;
            assert!(
                walk.stops.len() >= 5,
                "{}: Tab stopped only at {:?}",
                page.name,
                walk.stops
            );
            problems.extend(
                walk.problems
                    .into_iter()
                    .map(|p| format!("{}: {p}", page.name)),
            );
        }
        assert!(
            problems.is_empty(),
            "at {width} px:\n{}",
            problems.join("\n")
        );
    })
    .await;
}

#[tokio::test]
#[cfg_attr(
    not(with_chromium),
    ignore = "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver; .ci/run installs them)"
)]
async fn timeline_filters_work_with_the_keyboard_alone() {
    let site = Site::start().await;
    with_browser(&site.base, 1280, |browser| async move {
        browser.goto("/").await;
        // The speaker group starts closed: open it with Enter, tick a speaker with Space.
        tab_to(&browser, "details.facet:not([open]) > summary").await;
        browser.press(Key::Enter).await;
        tab_to(&browser, "#f-actor-lavrov").await;
        browser.press(Key::Space).await;
        tab_to(&browser, "#f-kind-direct").await;
        browser.press(Key::Space).await;
        tab_to(&browser, ".filter-form button[type=submit]").await;
        browser.press_and_wait(Key::Enter).await;
        let path = browser.path().await;
        assert!(
            path.contains("actor=lavrov") && path.contains("kind=direct"),
            "after the filters: {path}"
        );
        assert_eq!(
            browser.texts("article.statement .speaker-name").await,
            ["Sergey Lavrov"]
        );
        // The active filters can be removed from the keyboard too.
        tab_to(&browser, ".active-filters a:not([href*='actor='])").await;
        browser.press_and_wait(Key::Enter).await;
        let path = browser.path().await;
        assert!(
            path.contains("kind=direct") && !path.contains("actor="),
            "after removing the speaker: {path}"
        );
    })
    .await;
}

#[tokio::test]
#[cfg_attr(
    not(with_chromium),
    ignore = "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver; .ci/run installs them)"
)]
async fn forms_are_sent_with_enter() {
    let site = Site::start().await;
    site.add_editor("editor");
    with_browser(&site.base, 1280, |browser| async move {
        // Search: type, Enter.
        browser.goto("/").await;
        tab_to(&browser, "#f-q").await;
        type_text(&browser, "utopia").await;
        browser.press_and_wait(Key::Enter).await;
        assert!(browser.path().await.starts_with("/?q=utopia"));
        assert_eq!(
            browser.texts("article.statement .speaker-name").await,
            ["Sergey Lavrov"]
        );

        // Log in: follow the header link with Enter, fill both fields, Enter.
        tab_to(&browser, "a[href='/login']").await;
        browser.press_and_wait(Key::Enter).await;
        assert_eq!(browser.path().await, "/login");
        tab_to(&browser, "#username").await;
        type_text(&browser, "editor").await;
        browser.press(Key::Tab).await;
        type_text(&browser, crate::site::PASSWORD).await;
        browser.press_and_wait(Key::Enter).await;
        assert!(
            browser
                .text(".account")
                .await
                .contains("Signed in as editor")
        );

        // An edit form: Enter in a text field sends it; the answer shows what is missing.
        browser.goto("/outlets/new").await;
        tab_to(&browser, "#f-homepage").await;
        type_text(&browser, "not an address").await;
        browser.press_and_wait(Key::Enter).await;
        assert_eq!(browser.path().await, "/outlets");
        assert!(!browser.find_all("#f-homepage-error").await.is_empty());
        assert_eq!(browser.value("#f-homepage").await, "not an address");

        // The history filter.
        browser.goto("/history").await;
        tab_to(&browser, "#h-id").await;
        type_text(&browser, "1").await;
        browser.press_and_wait(Key::Enter).await;
        assert!(browser.path().await.contains("record_id=1"));
    })
    .await;
}
