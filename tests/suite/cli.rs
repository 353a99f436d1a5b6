//! The command line: bad input never stops a batch; bad arguments fail with one clear line.

use crate::common::{numfacts, path_str, run_into, temp_dir};
use std::fs;

fn read(p: &std::path::Path) -> String {
    fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

#[test]
fn bad_input_becomes_rejects_and_the_run_succeeds() {
    let inp = temp_dir("bad-in");
    let out = temp_dir("bad-out");
    fs::write(
        inp.join("good.txt"),
        "Exporten sjönk med 28,7 procent till 420,5 ton i september, enligt tullen.",
    )
    .unwrap();
    fs::write(inp.join("empty.txt"), "").unwrap();
    fs::write(inp.join("binary.txt"), b"PK\x03\x04\x00\x00\x08\x00binary").unwrap();
    fs::write(inp.join("invalid.txt"), b"ab\x80\x81\x82\x83\xff cd").unwrap();
    fs::write(
        inp.join("latin.txt"),
        b"Priset steg med 12 procent till 9 812 dollar per ton och exporten \xf6kade.",
    )
    .unwrap();
    fs::write(inp.join("bom.md"), "\u{feff}# Rubrik\n\nLKAB investerar 2 mdkr i den nya anläggningen och det är mer än väntat.").unwrap();
    fs::write(inp.join("docs.jsonl"), "{\"id\":\"j1\",\"text\":\"Output rose 5% to 40 kt.\",\"date\":\"2025-10-21\",\"title\":\"T\"}\nnot json\n").unwrap();
    fs::write(inp.join("notes.pdf"), "not read").unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(inp.join("missing-target"), inp.join("broken.txt")).unwrap();
    let o = numfacts(&["run", "--input", path_str(&inp), "--output", path_str(&out)]);
    assert!(
        o.status.success(),
        "run failed: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    let rejects = read(&out.join("rejects.csv"));
    for reason in ["empty", "binary", "unknown_encoding", "bad_jsonl"] {
        assert!(
            rejects.contains(&format!(",{reason},")),
            "no {reason} reject in:\n{rejects}"
        );
    }
    #[cfg(unix)]
    assert!(
        rejects.contains(",unreadable,"),
        "no unreadable reject in:\n{rejects}"
    );
    let docs = read(&out.join("documents.csv"));
    assert!(
        docs.contains("latin,") && docs.contains("windows-1252"),
        "{docs}"
    );
    assert!(
        docs.contains("j1,") && docs.contains("2025-10-21"),
        "{docs}"
    );
    let facts = read(&out.join("facts.csv"));
    assert!(
        facts.contains("28,7 procent") && facts.contains("2 mdkr") && facts.contains("40 kt"),
        "{facts}"
    );
    // The BOM is not part of the text: offsets count from after it.
    assert!(facts.contains("bom,bom:26-32,26,32,2 mdkr"), "{facts}");
    let run: serde_json::Value = serde_json::from_str(&read(&out.join("run.json"))).unwrap();
    assert_eq!(run["files_skipped"], 1);
    assert!(run["rejects"].as_u64().unwrap() >= 5);
}

#[test]
fn missing_input_fails_with_one_line() {
    let o = numfacts(&[
        "run",
        "--input",
        "no/such/folder",
        "--output",
        path_str(&temp_dir("x")),
    ]);
    assert!(!o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(err.contains("no/such/folder"), "{err}");
}

#[test]
fn broken_pipeline_file_fails_with_one_line() {
    let dir = temp_dir("pipe");
    let p = dir.join("broken.toml");
    fs::write(&p, "[input]\npaths = [\"x\"\n").unwrap();
    let o = numfacts(&["run", path_str(&p)]);
    assert!(!o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(err.contains("broken.toml"), "{err}");
    fs::write(
        &p,
        "[input]\npaths = [\"x\"]\n[segment]\nlanguages = [\"xx\"]\n",
    )
    .unwrap();
    let err = String::from_utf8_lossy(&numfacts(&["run", path_str(&p)]).stderr).into_owned();
    assert!(err.contains("unknown language \"xx\""), "{err}");
    fs::write(&p, "[inputs]\npaths = [\"x\"]\n").unwrap();
    let err = String::from_utf8_lossy(&numfacts(&["run", path_str(&p)]).stderr).into_owned();
    assert!(err.contains("unknown field"), "{err}");
}

#[test]
fn run_without_input_says_what_to_do() {
    let o = numfacts(&["run"]);
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("--input"));
}

#[test]
fn extract_reads_stdin_and_writes_jsonl() {
    let o = crate::common::extract(
        "Trump announced a nearly $12 billion reserve. Ring +46 8 5191 7931.",
    );
    assert!(o.status.success());
    let lines: Vec<serde_json::Value> = String::from_utf8(o.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert_eq!(lines[0]["surface"], "nearly $12 billion");
    assert_eq!(lines[0]["value_low"], 12e9);
    assert_eq!(lines[0]["unit"], "USD");
    assert_eq!(lines[0]["qualifier"], "approx");
}

#[test]
fn format_flag_limits_outputs() {
    let out = run_into("fmt", &["pipelines/sample.toml", "--format", "csv"]);
    assert!(out.join("facts.csv").is_file() && !out.join("facts.parquet").exists());
    let o = numfacts(&[
        "run",
        "pipelines/sample.toml",
        "--output",
        path_str(&out),
        "--format",
        "xlsx",
    ]);
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("xlsx"));
}

/// Pseudo-random texts built from the characters that matter to the extractor (digits,
/// separators, signs, currency symbols, Swedish letters, no-break and thin spaces, combining
/// marks, emoji) never make it panic, and every fact's offsets point at its surface.
#[test]
fn no_panic_on_generated_text() {
    use numfacts::pipeline::{process_text, Pipeline};
    let pieces = [
        "0",
        "1",
        "7",
        "12",
        "000",
        "2025",
        ",",
        ".",
        " ",
        "\u{a0}",
        "\u{2009}",
        "\u{202f}",
        "-",
        "−",
        "–",
        "+",
        "%",
        "$",
        "US$",
        "€",
        "£",
        "¥",
        "元",
        "(",
        ")",
        "/",
        ":",
        "\n",
        "\r\n",
        "procent",
        "per cent",
        "ton",
        "Mt",
        "kr",
        "mdkr",
        "MSEK",
        "miljarder",
        "billion",
        "bn",
        "m",
        "k",
        "år",
        "years",
        "ago",
        "sedan",
        "mellan",
        "och",
        "between",
        "and",
        "to",
        "till",
        "från",
        "from",
        "minst",
        "nearly",
        "upp till",
        "a",
        "ett",
        "en",
        "dozen",
        "tjugofem",
        "twenty-",
        "five",
        "ökade",
        "med",
        "fell",
        "by",
        "länder",
        "mines",
        "per",
        "t",
        "lb",
        "oz",
        "årligen",
        "a year",
        "e\u{301}",
        "😀",
        "Å",
        "ö",
        "G",
        "F-",
        "COVID-",
        "www.",
        "@",
        "08:12",
        "+46 8",
        "(1 987)",
        "#",
        "§",
        ".\n\n",
        "   ",
        "\t",
        "|",
        "›",
        "▲",
    ];
    let p = Pipeline::default_stages();
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    for _ in 0..4000 {
        let mut text = String::new();
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let len = 1 + (seed % 60) as usize;
        for _ in 0..len {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            text.push_str(pieces[(seed % pieces.len() as u64) as usize]);
        }
        let (_, facts) = process_text("fuzz", &text, &p);
        let chars: Vec<char> = text.chars().collect();
        for f in facts {
            let surface: String = chars[f.start..f.end].iter().collect();
            assert_eq!(surface, f.surface, "offsets in {text:?}");
            assert!(
                f.value_low <= f.value_high && f.value_low.is_finite(),
                "{f:?} in {text:?}"
            );
        }
    }
}

#[test]
fn glob_and_file_inputs_give_path_ids() {
    let out = run_into(
        "glob",
        &[
            "--input",
            "corpus/sample/sv_*.txt",
            "--input",
            "corpus/sample/en_03_mp_materials.md",
        ],
    );
    let docs = read(&out.join("documents.csv"));
    let ids: Vec<&str> = docs
        .lines()
        .skip(1)
        .map(|l| l.split(',').next().unwrap())
        .collect();
    assert_eq!(ids.len(), 7, "{ids:?}");
    assert!(
        ids.contains(&"en_03_mp_materials") && ids.contains(&"sv_01_lkab_jordartsmetaller"),
        "{ids:?}"
    );
    assert!(
        !ids.iter().any(|i| i.starts_with("sv_03")),
        "the .md file does not match *.txt: {ids:?}"
    );
    let o = numfacts(&[
        "run",
        "--input",
        "corpus/sample/zz_*.txt",
        "-o",
        path_str(&out),
    ]);
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("matches no file"));
}

/// A language given fixes the reading of a string too short to detect: `--lang` for
/// `extract` and `run`, a JSONL record's `lang`; an unknown code is an error (flag) or a
/// `field_ignored` reject (record); a record's `url` on an Australian host makes "$" AUD.
#[test]
fn language_and_outlet_hints() {
    let units = |o: std::process::Output| -> Vec<String> {
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        String::from_utf8(o.stdout)
            .unwrap()
            .lines()
            .map(|l| {
                let v: serde_json::Value = serde_json::from_str(l).unwrap();
                format!(
                    "{} {} {}",
                    v["value_low"],
                    v["unit"].as_str().unwrap(),
                    v["lang"].as_str().unwrap()
                )
            })
            .collect()
    };
    let text = "Bolaget betalar tio kronor per aktie.";
    assert_eq!(
        units(crate::common::extract_with(text, &["--lang", "sv"])),
        ["10.0 SEK sv"]
    );
    assert_eq!(
        units(crate::common::extract_with("10 kr", &["--lang", "sv-SE"])),
        ["10.0 SEK sv"]
    );
    let bad = crate::common::extract_with(text, &["--lang", "xx"]);
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("available: "));

    let dir = temp_dir("hints");
    let input = dir.join("in.jsonl");
    fs::write(
        &input,
        concat!(
            r#"{"id":"a","text":"10 kr","lang":"sv"}"#,
            "\n",
            r#"{"id":"b","text":"Fees rose to $5 a tonne.","url":"https://news.example.com.au/x"}"#,
            "\n",
            r#"{"id":"c","text":"Fees rose to $5 a tonne.","lang":"klingon"}"#,
            "\n",
        ),
    )
    .unwrap();
    let out = run_into("hints", &["--input", path_str(&input), "--lang", "en"]);
    let facts = read(&out.join("facts.csv"));
    let row = |id: &str| {
        facts
            .lines()
            .find(|l| l.starts_with(&format!("{id},")))
            .unwrap_or_else(|| panic!("no fact of {id}: {facts}"))
            .to_string()
    };
    assert!(row("a").contains(",sv,money,10,10,SEK,"), "{}", row("a"));
    assert!(row("b").contains(",money,5,5,AUD,"), "{}", row("b"));
    assert!(row("c").contains(",en,money,5,5,USD,"), "{}", row("c"));
    let rejects = read(&out.join("rejects.csv"));
    assert!(
        rejects.contains("field_ignored") && rejects.contains("klingon"),
        "{rejects}"
    );
}
