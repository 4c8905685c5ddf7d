//! Writes the geo files (`ingest::geometry::site_files`) under `public/data/` and prints how
//! the municipalities share their borders and each file's size, raw and gzipped: `cargo run -p ingest --example geo_files` from the repository
//! root. A stop-gap until the data tool writes them with the rest of `public/data/`.

use std::io::Write;
use std::path::Path;
use std::process::{Command, ExitCode, Stdio};

fn main() -> ExitCode {
    let files = match ingest::geometry::site_files(Path::new("data"), "data") {
        Ok(files) => files,
        Err(errors) => {
            for e in errors {
                eprintln!("{e}");
            }
            return ExitCode::FAILURE;
        }
    };
    if let Ok(geo) = ingest::geometry::Geo::load(Path::new("data"), "data") {
        println!("borders: {:?}", geo.topology.stats());
    }
    for (rel, contents) in &files {
        let path = Path::new("public/data").join(rel);
        std::fs::create_dir_all(path.parent().expect("a file under public/data"))
            .and_then(|()| std::fs::write(&path, contents))
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        println!(
            "{rel}: {} bytes, {} gzipped",
            contents.len(),
            gzipped_len(contents)
        );
    }
    ExitCode::SUCCESS
}

/// Size after `gzip -9`, or 0 when gzip is not installed.
fn gzipped_len(text: &str) -> usize {
    let Ok(mut child) = Command::new("gzip")
        .arg("-9c")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
    else {
        return 0;
    };
    child
        .stdin
        .take()
        .expect("piped")
        .write_all(text.as_bytes())
        .expect("gzip reads its input");
    child.wait_with_output().map_or(0, |o| o.stdout.len())
}
