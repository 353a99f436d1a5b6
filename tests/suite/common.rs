//! Helpers shared by the integration tests.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `../shared` beside the checkout (or `$NUMFACTS_SHARED`), when it is there.
pub fn shared() -> Option<PathBuf> {
    let p = std::env::var_os("NUMFACTS_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo().join("../shared"));
    p.join("spec/facts.md").is_file().then_some(p)
}

/// Writes to stderr past the test harness's capture, so reports and skips show in CI logs.
pub fn report(text: &str) {
    use std::io::Write;
    let _ = std::io::stderr().write_all(text.as_bytes());
}

/// Says why a test that needs `../shared` did nothing.
pub fn skip(what: &str) {
    report(&format!(
        "SKIPPED {what}: ../shared is not beside the checkout (set NUMFACTS_SHARED to point at it)\n"
    ));
}

/// A fresh empty folder under the system temp folder.
pub fn temp_dir(tag: &str) -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let p = std::env::temp_dir().join(format!(
        "numfacts-test-{}-{tag}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::SeqCst)
    ));
    let _ = std::fs::remove_dir_all(&p);
    std::fs::create_dir_all(&p).unwrap();
    p
}

/// Runs the numfacts binary in the repository folder.
pub fn numfacts(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_numfacts"))
        .args(args)
        .current_dir(repo())
        .output()
        .expect("numfacts binary runs")
}

pub fn path_str(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}
