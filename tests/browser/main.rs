//! The site as people use it, in a real browser: the journalist's, editor's and analyst's
//! journeys in headless Chromium at a desktop and a phone width, axe-core on every page type
//! (WCAG 2.1 A and AA), keyboard use, and the Nu HTML Checker on every page type.
//!
//! Needs Debian's `chromium` and `chromium-driver`, Java, and the checkers installed by
//! `npm ci --ignore-scripts` in `tests/browser/tools` (`.ci/run` installs all of them).
//! `build.rs` finds them; where one is missing the tests that need it are reported as ignored
//! with the reason, unless `GW_REQUIRE_BROWSER=1` asks for them (CI), which makes them run
//! and fail. Screenshots of every page type at both widths go to
//! `target/tmp/browser-screenshots/`.

mod accessibility;
mod browser;
mod checkers;
mod journeys;
mod keyboard;
mod pages;
mod selftest;
mod site;
mod validity;
