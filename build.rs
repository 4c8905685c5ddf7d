//! Generates the app's text table (`Texts`, included by `src/texts.rs`) from
//! `locales/sv.json` and `locales/en.json`: one field per text, one method per text with
//! `{{ placeholders }}`. Fails the build when the two files differ in keys or placeholders,
//! so no text is missing in either language. Also writes the maps' boxes (`map_boxes`), so
//! a map reserves its place before its file has loaded.

use std::collections::BTreeMap;
use std::error::Error;
use std::fmt::Write;
use std::path::PathBuf;

type Locale = BTreeMap<String, String>;

fn read(lang: &str) -> Result<Locale, Box<dyn Error>> {
    let path = format!("locales/{lang}.json");
    println!("cargo::rerun-if-changed={path}");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))?;
    Ok(serde_json::from_str(&text).map_err(|e| format!("{path}: {e}"))?)
}

/// The placeholder names of a text, in order of first appearance.
fn placeholders(text: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find("{{") {
        let Some(len) = rest[start..].find("}}") else {
            break;
        };
        let name = rest[start + 2..start + len].trim().to_string();
        if !names.contains(&name) {
            names.push(name);
        }
        rest = &rest[start + len + 2..];
    }
    names
}

fn main() -> Result<(), Box<dyn Error>> {
    println!("cargo::rerun-if-changed=build.rs");
    let sv = read("sv")?;
    let en = read("en")?;
    let mut problems = Vec::new();
    for key in sv.keys().filter(|k| !en.contains_key(*k)) {
        problems.push(format!("{key:?} is in sv.json but not in en.json"));
    }
    for key in en.keys().filter(|k| !sv.contains_key(*k)) {
        problems.push(format!("{key:?} is in en.json but not in sv.json"));
    }
    for (key, text) in &sv {
        let (mut a, mut b) = (
            placeholders(text),
            placeholders(en.get(key).unwrap_or(text)),
        );
        a.sort();
        b.sort();
        if a != b {
            problems.push(format!(
                "{key:?} has placeholders {a:?} in sv.json, {b:?} in en.json"
            ));
        }
    }
    if !problems.is_empty() {
        return Err(format!("locales disagree:\n  {}", problems.join("\n  ")).into());
    }

    let mut out =
        String::from("/// Every text of the interface in one language.\npub struct Texts {\n");
    for (key, text) in &sv {
        let field = if placeholders(text).is_empty() {
            key.clone()
        } else {
            format!("{key}_template")
        };
        writeln!(
            out,
            "    {}{field}: &'static str,",
            if placeholders(text).is_empty() {
                "pub "
            } else {
                ""
            }
        )?;
    }
    out.push_str("}\n\nimpl Texts {\n");
    for (key, text) in &sv {
        let names = placeholders(text);
        if names.is_empty() {
            continue;
        }
        let params: Vec<String> = names
            .iter()
            .map(|n| format!("{n}: impl std::fmt::Display"))
            .collect();
        let args: Vec<String> = names
            .iter()
            .map(|n| format!("({n:?}, {n}.to_string())"))
            .collect();
        writeln!(
            out,
            "    /// {text:?}\n    pub fn {key}(&self, {}) -> String {{\n        fill(self.{key}_template, &[{}])\n    }}",
            params.join(", "),
            args.join(", ")
        )?;
    }
    out.push_str("}\n");
    for (name, locale) in [("SV", &sv), ("EN", &en)] {
        writeln!(out, "\npub static {name}: Texts = Texts {{")?;
        for (key, text) in locale {
            let field = if placeholders(text).is_empty() {
                key.clone()
            } else {
                format!("{key}_template")
            };
            writeln!(out, "    {field}: {text:?},")?;
        }
        out.push_str("};\n");
    }
    let path = PathBuf::from(std::env::var("OUT_DIR")?).join("texts.rs");
    std::fs::write(path, out)?;
    map_boxes()
}

/// `MAP_BOXES` (included by `src/components/map/boxes.rs`): the width and height of every
/// map file's viewBox under `public/data/geo/` (`"sweden"`, `"18"`), as the data tool wrote
/// them, so that a map's box has its final shape before its file arrives.
fn map_boxes() -> Result<(), Box<dyn Error>> {
    let dir = "public/data/geo";
    println!("cargo::rerun-if-changed={dir}");
    let mut boxes = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(|e| format!("{dir}: {e}"))? {
        let path = entry?.path();
        let Some(name) = path
            .file_stem()
            .and_then(|n| n.to_str())
            .map(str::to_string)
        else {
            continue;
        };
        if name == "lookup" || path.extension().is_none_or(|e| e != "json") {
            continue;
        }
        println!("cargo::rerun-if-changed={}", path.display());
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let json: serde_json::Value =
            serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
        let side = |i: usize| json["view_box"][i].as_i64();
        let (Some(w), Some(h)) = (side(2), side(3)) else {
            return Err(format!("{}: no view_box [0, 0, width, height]", path.display()).into());
        };
        boxes.push((name, w, h));
    }
    boxes.sort();
    let mut out = String::from("/// `(map, width, height)` of every map file's viewBox.\npub const MAP_BOXES: &[(&str, i64, i64)] = &[\n");
    for (name, w, h) in boxes {
        writeln!(out, "    ({name:?}, {w}, {h}),")?;
    }
    out.push_str("];\n");
    let path = PathBuf::from(std::env::var("OUT_DIR")?).join("map_boxes.rs");
    std::fs::write(path, out)?;
    Ok(())
}
