//! Rules about the app's own source that a review could miss: no view sets HTML from a
//! string (`inner_html`), so nothing from the data can become markup; no script of the site
//! writes `innerHTML` or evaluates code from a string.

use std::path::Path;

fn files(dir: &Path, ext: &str, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, ext, out);
        } else if path.extension().is_some_and(|e| e == ext) {
            out.push(path);
        }
    }
}

#[test]
fn no_markup_from_strings() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut found = Vec::new();
    let mut rust = Vec::new();
    files(&root.join("src"), "rs", &mut rust);
    assert!(rust.len() > 10, "the app's sources are found");
    for file in rust {
        let text = std::fs::read_to_string(&file).unwrap();
        if text.contains("inner_html") || text.contains("set_inner_html") {
            found.push(file.display().to_string());
        }
    }
    let mut scripts = Vec::new();
    files(&root.join("assets"), "js", &mut scripts);
    for file in scripts {
        let text = std::fs::read_to_string(&file).unwrap();
        for banned in [
            "innerHTML",
            "outerHTML",
            "eval(",
            "new Function",
            "document.write",
        ] {
            if text.contains(banned) {
                found.push(format!("{}: {banned}", file.display()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "markup or code from strings in: {found:?}"
    );
}
