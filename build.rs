use std::path::Path;

fn main() {
    // Migrations are embedded by `sqlx::migrate!`; without this a new migration is not picked up.
    println!("cargo:rerun-if-changed=migrations");
    browser_test_tools();
}

/// Tells the browser tests (`tests/browser`) which of their tools this machine has, so that
/// `cargo test` reports the tests it cannot run as ignored, with the reason, instead of
/// failing. `GW_REQUIRE_BROWSER=1` (set by `.ci/run`) turns them on regardless, so that a
/// missing tool fails the run loudly instead of skipping it.
fn browser_test_tools() {
    println!("cargo::rustc-check-cfg=cfg(with_chromium, with_checkers)");
    // Directories, not the files: a watched file that does not exist makes cargo rebuild
    // the crate every time. A directory's time changes when an entry is added.
    println!("cargo::rerun-if-changed=/usr/bin");
    println!("cargo::rerun-if-changed=tests/browser/tools");
    println!("cargo::rerun-if-env-changed=GW_REQUIRE_BROWSER");
    let required = std::env::var_os("GW_REQUIRE_BROWSER").is_some_and(|v| v == "1");
    let present = |paths: &[&str]| paths.iter().all(|p| Path::new(p).exists());
    if required || present(&["/usr/bin/chromium", "/usr/bin/chromedriver"]) {
        println!("cargo::rustc-cfg=with_chromium");
    }
    if required
        || present(&[
            "/usr/bin/java",
            "tests/browser/tools/node_modules/axe-core/axe.min.js",
            "tests/browser/tools/node_modules/vnu-jar/build/dist/vnu.jar",
        ])
    {
        println!("cargo::rustc-cfg=with_checkers");
    }
}
