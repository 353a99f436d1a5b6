//! The output folder as one unit: a lock, temp names, a journal and a manifest.
//!
//! - **Lock.** A run holds `_numfacts/lock` exclusively (a shard run of a dataset holds it
//!   shared, and `_numfacts/lock-shardIofN` exclusively), so a second run into the same
//!   folder (an overlapping cron job) stops at once with the holder's pid and start time
//!   instead of corrupting the tables. The lock is the operating system's: it goes with the
//!   process, so a killed run leaves none behind.
//! - **Temp names.** Everything a run writes goes to `.NAME.PID.tmp` beside its final name.
//! - **Journal.** When all is written, the run lists its renames in `_numfacts/journal*.json`,
//!   renames, and removes the journal; the manifest is the last rename. A run killed in the
//!   middle leaves the journal, and the next run finishes the renames before anything else,
//!   so the folder always ends up as one run left it.
//! - **Manifest.** `_numfacts/manifest*.json` lists exactly the files of the last complete
//!   run. After it is in place, every file numfacts could have written that it does not list
//!   (another format, the other layout, a killed run's parts, claims that no longer match the
//!   facts) is removed.
//!
//! What this module does not do: decide what to write. Paths read back from the journal or
//! manifest are used only when they are plain relative paths inside the folder.

use super::state::STATE_DIR;
use crate::ingest::rel_path;
pub use crate::write::tmp_path;
use serde::{Deserialize, Serialize};
use std::fs::{self, File};
use std::io::Write;
use std::path::{Component, Path, PathBuf};

/// Why a run could not take the output folder.
#[derive(Debug)]
pub enum RunError {
    /// Another run holds the folder; the text names it.
    Locked(String),
    Failed(String),
}

impl From<String> for RunError {
    fn from(s: String) -> RunError {
        RunError::Failed(s)
    }
}

impl std::fmt::Display for RunError {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        match self {
            RunError::Locked(s) | RunError::Failed(s) => f.write_str(s),
        }
    }
}

/// Whether `rel` is a plain relative path (no root, no `..`), so that it stays inside the
/// folder it is joined to.
pub fn confined(rel: &str) -> bool {
    !rel.is_empty()
        && Path::new(rel)
            .components()
            .all(|c| matches!(c, Component::Normal(_)))
}

/// The files of one complete run, relative to the output folder.
#[derive(Debug, Serialize, Deserialize)]
pub struct Manifest {
    pub numfacts_manifest: u32,
    pub numfacts_version: String,
    /// `files` or `dataset`.
    pub layout: String,
    /// The shard (`I/N`) the run wrote, if any.
    pub shard: Option<String>,
    pub files: Vec<String>,
}

impl Manifest {
    /// Reads a manifest; none when it is missing or unreadable. Paths that would leave the
    /// folder are dropped.
    pub fn read(path: &Path) -> Option<Manifest> {
        let text = fs::read_to_string(path).ok()?;
        let mut m: Manifest = serde_json::from_str(&text).ok()?;
        m.files.retain(|f| confined(f));
        Some(m)
    }
}

#[derive(Serialize, Deserialize)]
struct Journal {
    renames: Vec<(String, String)>,
}

/// A locked output folder.
pub struct OutputFolder {
    root: PathBuf,
    /// `-shardIofN` for a shard of a dataset, else empty.
    suffix: String,
    /// Whether this run owns the whole folder (not one shard of it).
    whole: bool,
    _locks: Vec<File>,
}

fn lock(path: &Path, shared: bool) -> Result<File, RunError> {
    let f = fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(path)
        .map_err(|e| format!("could not open {}: {e}", path.display()))?;
    let r = if shared {
        f.try_lock_shared()
    } else {
        f.try_lock()
    };
    match r {
        Ok(()) => Ok(f),
        Err(fs::TryLockError::WouldBlock) => Err(RunError::Locked(holder(path))),
        Err(fs::TryLockError::Error(e)) => {
            Err(format!("could not lock {}: {e}", path.display()).into())
        }
    }
}

/// Says who holds a lock, from what the holder wrote into it (or into a shard's lock).
fn holder(path: &Path) -> String {
    let dir = path.parent().unwrap_or(Path::new("."));
    let mut who: Vec<String> = fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with("lock"))
        .filter_map(|e| fs::read_to_string(e.path()).ok())
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect();
    who.sort();
    let folder = dir.parent().unwrap_or(dir).display();
    if who.is_empty() {
        format!("output folder {folder} is in use by another numfacts run; wait for it to finish, or choose another --output")
    } else {
        format!(
            "output folder {folder} is in use by another numfacts run ({}); wait for it to finish, or choose another --output",
            who.join("; ")
        )
    }
}

fn now_utc() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let day = crate::model::Date::from_days((secs / 86_400) as i32)
        .map_or(String::new(), |d| d.to_string());
    let s = secs % 86_400;
    format!("{day}T{:02}:{:02}:{:02}Z", s / 3600, s / 60 % 60, s % 60)
}

impl OutputFolder {
    /// Creates and locks the folder, finishes a journal a killed run left, and removes the
    /// temp files of killed runs (of this shard, when it is one).
    pub fn open(root: &Path, shard: Option<(u64, u64)>, dataset: bool) -> Result<Self, RunError> {
        let state = root.join(STATE_DIR);
        fs::create_dir_all(&state)
            .map_err(|e| format!("could not create output folder {}: {e}", root.display()))?;
        let shard = shard.filter(|_| dataset);
        let suffix = shard.map_or(String::new(), |(i, n)| format!("-shard{i}of{n}"));
        let mut locks = vec![lock(&state.join("lock"), shard.is_some())?];
        if !suffix.is_empty() {
            locks.push(lock(&state.join(format!("lock{suffix}")), false)?);
        }
        let own = locks.last_mut().expect("a lock");
        let me = format!(
            "pid {} since {}{}",
            std::process::id(),
            now_utc(),
            shard.map_or(String::new(), |(i, n)| format!(", shard {i}/{n}"))
        );
        let _ = own.set_len(0).and_then(|()| own.write_all(me.as_bytes()));
        let out = OutputFolder {
            root: root.to_path_buf(),
            suffix,
            whole: shard.is_none(),
            _locks: locks,
        };
        out.finish_journal();
        for f in out.candidates(true) {
            let _ = fs::remove_file(&f);
        }
        Ok(out)
    }

    fn journal_path(&self) -> PathBuf {
        self.root
            .join(STATE_DIR)
            .join(format!("journal{}.json", self.suffix))
    }

    fn manifest_path(&self) -> PathBuf {
        self.root
            .join(STATE_DIR)
            .join(format!("manifest{}.json", self.suffix))
    }

    /// Completes the renames a killed run listed but did not finish.
    fn finish_journal(&self) {
        let path = self.journal_path();
        let Ok(text) = fs::read_to_string(&path) else {
            return;
        };
        if let Ok(j) = serde_json::from_str::<Journal>(&text) {
            for (tmp, fin) in j.renames {
                if confined(&tmp) && confined(&fin) && self.root.join(&tmp).is_file() {
                    let _ = fs::rename(self.root.join(&tmp), self.root.join(&fin));
                }
            }
        }
        let _ = fs::remove_file(&path);
    }

    /// Removes the temp files this process wrote (an attempt that is given up).
    pub fn remove_own_temp_files(&self) {
        let mine = format!(".{}.tmp", std::process::id());
        for f in self.candidates(true) {
            if f.to_string_lossy().ends_with(&mine) {
                let _ = fs::remove_file(&f);
            }
        }
    }

    /// Puts a run's files in place: the renames, then the manifest, which lists `kept` (the
    /// files carried over) and every renamed file. Then removes what numfacts wrote earlier
    /// that the manifest does not list.
    pub fn commit(
        &self,
        renames: Vec<(PathBuf, PathBuf)>,
        kept: Vec<String>,
        layout: &str,
        shard: Option<String>,
    ) -> Result<(), String> {
        let manifest = self.switch(renames, kept, layout, shard, &self.manifest_path())?;
        self.sweep(&manifest);
        Ok(())
    }

    /// Puts a claims table built over the folder in place, with its own manifest.
    pub fn commit_claims(&self, renames: Vec<(PathBuf, PathBuf)>) -> Result<(), String> {
        let path = self.root.join(STATE_DIR).join("manifest-claims.json");
        self.switch(renames, vec![], "claims", None, &path)
            .map(|_| ())
    }

    fn switch(
        &self,
        mut renames: Vec<(PathBuf, PathBuf)>,
        mut files: Vec<String>,
        layout: &str,
        shard: Option<String>,
        mpath: &Path,
    ) -> Result<Manifest, String> {
        let err =
            |p: &Path, e: &dyn std::fmt::Display| format!("could not write {}: {e}", p.display());
        files.extend(renames.iter().map(|(_, f)| rel_path(&self.root, f)));
        files.push(rel_path(&self.root, mpath));
        files.sort();
        files.dedup();
        let manifest = Manifest {
            numfacts_manifest: 1,
            numfacts_version: env!("CARGO_PKG_VERSION").into(),
            layout: layout.into(),
            shard,
            files,
        };
        let mtmp = tmp_path(mpath);
        let json = serde_json::to_string_pretty(&manifest).map_err(|e| err(mpath, &e))?;
        write_synced(&mtmp, json.as_bytes()).map_err(|e| err(mpath, &e))?;
        renames.push((mtmp, mpath.to_path_buf()));
        let journal = Journal {
            renames: renames
                .iter()
                .map(|(t, f)| (rel_path(&self.root, t), rel_path(&self.root, f)))
                .collect(),
        };
        let jpath = self.journal_path();
        let json = serde_json::to_string(&journal).map_err(|e| err(&jpath, &e))?;
        write_synced(&jpath, json.as_bytes()).map_err(|e| err(&jpath, &e))?;
        for (tmp, fin) in &renames {
            fs::rename(tmp, fin).map_err(|e| err(fin, &e))?;
        }
        fs::remove_file(&jpath).map_err(|e| err(&jpath, &e))?;
        Ok(manifest)
    }

    /// Removes the files numfacts may have written that `keep` does not list and that are
    /// this run's to replace ([`Self::mine`]: claims too, which no longer match the facts).
    fn sweep(&self, keep: &Manifest) {
        let keep: std::collections::HashSet<&str> = keep.files.iter().map(String::as_str).collect();
        for f in self.candidates(false) {
            let rel = rel_path(&self.root, &f);
            let name = f
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let ours = self.mine(&name);
            if ours && !keep.contains(rel.as_str()) {
                let _ = fs::remove_file(&f);
            }
        }
        // Another shard may be about to write into an empty folder: only a run of the
        // whole folder removes them.
        if self.whole {
            for table in TABLE_DIRS {
                remove_empty_dirs(&self.root.join(table));
            }
        }
    }

    /// Whether a file numfacts writes (its final name) is this run's to replace: any in a
    /// run of the whole folder; in a shard's run, this shard's and those of no shard (an
    /// earlier run of the whole folder, which no shard run can overlap: it held the lock
    /// exclusively).
    fn mine(&self, name: &str) -> bool {
        let shard = shard_in(name);
        self.whole || shard == self.suffix || shard.is_empty()
    }

    /// The files in the folder that numfacts writes, by their exact names: tables, parts,
    /// `run.json`, and in `_numfacts` its state and manifests (the locks aside); with `tmp`,
    /// instead the temp files `.NAME.PID.tmp` of such names that are this run's kind
    /// (this shard's, or all in a run of the whole folder). Nothing else is ever listed, so
    /// nothing else is ever removed.
    fn candidates(&self, tmp: bool) -> Vec<PathBuf> {
        let mut out = Vec::new();
        let pick = |dir: &Path, ok: &dyn Fn(&str) -> bool, out: &mut Vec<PathBuf>| {
            for e in fs::read_dir(dir).into_iter().flatten().flatten() {
                let n = e.file_name().to_string_lossy().into_owned();
                if !e.file_type().is_ok_and(|t| t.is_file()) {
                    continue;
                }
                let take = match tmp_target(&n) {
                    Some(target) => tmp && ok(target) && self.mine(target),
                    None => !tmp && ok(&n),
                };
                if take {
                    out.push(e.path());
                }
            }
        };
        pick(&self.root, &is_root_file, &mut out);
        pick(&self.root.join(STATE_DIR), &is_state_file, &mut out);
        for table in TABLE_DIRS {
            let dir = self.root.join(table);
            pick(&dir, &is_part, &mut out);
            for e in fs::read_dir(&dir).into_iter().flatten().flatten() {
                if e.file_type().is_ok_and(|t| t.is_dir())
                    && e.file_name().to_string_lossy().starts_with("lang=")
                {
                    pick(&e.path(), &is_part, &mut out);
                }
            }
        }
        out
    }
}

/// The name a temp file stands for: `.NAME.PID.tmp` gives `NAME`.
fn tmp_target(n: &str) -> Option<&str> {
    let inner = n.strip_prefix('.')?.strip_suffix(".tmp")?;
    let (name, pid) = inner.rsplit_once('.')?;
    (!pid.is_empty() && pid.bytes().all(|b| b.is_ascii_digit())).then_some(name)
}

/// The shard suffix of a file name (`part-3f2a-shard1of2.csv` gives `-shard1of2`), or ""
/// when it has none.
fn shard_in(name: &str) -> &str {
    let stem = name.split('.').next().unwrap_or(name);
    let Some(i) = stem.rfind("-shard") else {
        return "";
    };
    let tag = &stem[i..];
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    match tag["-shard".len()..].split_once("of") {
        Some((a, b)) if digits(a) && digits(b) => tag,
        _ => "",
    }
}

fn is_state_file(n: &str) -> bool {
    let shard = shard_in(n);
    n == format!("state{shard}.jsonl")
        || n == format!("manifest{shard}.json")
        || n == "manifest-claims.json"
}

/// The folders of a dataset's tables.
const TABLE_DIRS: [&str; 3] = ["facts", "documents", "rejects"];

fn is_root_file(n: &str) -> bool {
    let table = [
        "facts.",
        "documents.",
        "rejects.",
        "claims.",
        "claim_reports.",
    ]
    .iter()
    .any(|t| {
        n.strip_prefix(t)
            .is_some_and(|e| e == "parquet" || e == "csv")
    });
    table || n == format!("run{}.json", shard_in(n))
}

fn is_part(n: &str) -> bool {
    n.starts_with("part-") && (n.ends_with(".parquet") || n.ends_with(".csv"))
}

fn remove_empty_dirs(dir: &Path) {
    for e in fs::read_dir(dir).into_iter().flatten().flatten() {
        if e.file_type().is_ok_and(|t| t.is_dir()) {
            let _ = fs::remove_dir(e.path());
        }
    }
    let _ = fs::remove_dir(dir);
}

/// Writes a small file and flushes it to disk, for the journal and the manifest.
pub fn write_synced(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut f = File::create(path)?;
    f.write_all(bytes)?;
    f.sync_all()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plain_relative_paths_are_confined() {
        assert!(confined("facts/lang=sv/part-1.parquet"));
        for bad in ["", "../victim.txt", "/etc/passwd", "facts/../../x", "./x"] {
            assert!(!confined(bad), "{bad}");
        }
    }

    #[test]
    fn names_numfacts_writes_and_only_those() {
        assert!(is_root_file("claims.csv") && is_root_file("run-shard1of2.json"));
        assert!(is_root_file("run.json"));
        for other in [
            "notes.csv",
            "facts.txt",
            "runbook.json",
            "run_config.json",
            "run-x.json",
        ] {
            assert!(!is_root_file(other), "{other}");
        }
        assert!(is_part("part-discovery.csv") && !is_part("readme.csv"));
        assert!(is_state_file("state-shard2of8.jsonl") && is_state_file("manifest.json"));
        assert!(!is_state_file("lock") && !is_state_file("statement.jsonl"));
        assert_eq!(tmp_target(".facts.csv.123.tmp"), Some("facts.csv"));
        assert_eq!(tmp_target(".swap.tmp"), None);
        assert_eq!(tmp_target(".notes.txt.x1.tmp"), None);
    }

    #[test]
    fn shard_suffixes_are_matched_exactly() {
        assert_eq!(shard_in("part-3f2a-shard1of2.csv"), "-shard1of2");
        assert_eq!(shard_in("part-3f2a-shard1of20.parquet"), "-shard1of20");
        assert_eq!(shard_in("run-shard0of8.json"), "-shard0of8");
        assert_eq!(shard_in("part-3f2a.csv"), "");
        assert_eq!(shard_in("part-x-shardyofz.csv"), "");
    }
}
