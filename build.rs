//! Embeds every `resources/<lang>/lexicon.toml` and `context.toml` (and the shared
//! `resources/context.toml`, `units.toml` and `currencies.toml`) in the binary, so adding a language means
//! adding a folder, and the binary runs from anywhere.
use std::{env, fs, path::Path};

fn main() {
    // Read when the script runs, not when it is compiled: one compiled script may serve two
    // checkouts that share a target folder.
    let manifest_dir = env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let root = Path::new(&manifest_dir).join("resources");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut langs: Vec<String> = fs::read_dir(&root)
        .expect("resources/ is missing")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().join("lexicon.toml").is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    langs.sort();
    let mut code = String::from("/// Embedded lexicons: (language code, TOML text).\npub const LEXICONS: &[(&str, &str)] = &[\n");
    for l in &langs {
        let p = root.join(l).join("lexicon.toml");
        println!("cargo:rerun-if-changed={}", p.display());
        // The text itself, not an include_str! of it: the generated file then changes with
        // the lexicon, so the crate is always rebuilt with the lexicon as it is on disk.
        let text = fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
        code.push_str(&format!("    ({l:?}, {text:?}),\n"));
    }
    code.push_str("];\n");
    // Units and currencies, one table each for all languages.
    for (file, name) in [("units.toml", "UNITS"), ("currencies.toml", "CURRENCIES")] {
        let p = root.join(file);
        println!("cargo:rerun-if-changed={}", p.display());
        let text = fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
        code.push_str(&format!(
            "/// Embedded `resources/{file}`.\npub const {name}: &str = {text:?};\n"
        ));
    }
    // The context stage's files: the shared gazetteer, and each language's names and terms.
    let shared = root.join("context.toml");
    println!("cargo:rerun-if-changed={}", shared.display());
    let text = fs::read_to_string(&shared).unwrap_or_else(|e| panic!("{}: {e}", shared.display()));
    code.push_str(&format!(
        "/// Embedded `resources/context.toml`.\npub const CONTEXT_SHARED: &str = {text:?};\n"
    ));
    code.push_str("/// Embedded `resources/<lang>/context.toml`: (language code, TOML text).\npub const CONTEXTS: &[(&str, &str)] = &[\n");
    for l in &langs {
        let p = root.join(l).join("context.toml");
        println!("cargo:rerun-if-changed={}", p.display());
        let text = fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
        code.push_str(&format!("    ({l:?}, {text:?}),\n"));
    }
    code.push_str("];\n");
    let out = Path::new(&env::var("OUT_DIR").unwrap()).join("lexicons.rs");
    fs::write(out, code).unwrap();
}
