//! `cargo run -p ingest [-- build] [--data-dir DIR] [--out DIR] [--check] [--strict]`:
//! builds the site's data files under `public/data/` (the index, the lexicon, one file per
//! county, the map and lookup files, the open data files under `open/`)
//! from the county pages and reports what it understood;
//! `cargo run -p ingest -- export municipalities` writes the municipalities as CSV instead;
//! `cargo run -p ingest -- scaled 20 --out target/scaled-20` writes a data set 20× the
//! seeds (`catalog::explore::scale`) for the explore page's speed benchmark.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

const USAGE: &str = "usage: ingest [build] [--data-dir DIR] [--out DIR] [--check] [--strict]
       ingest export municipalities [--data-dir DIR] [--strict]
       ingest scaled FACTOR --out DIR [--data-dir DIR]
  --data-dir DIR  folder with counties/*.txt and geo/*.geojson (default: data)
  --out DIR       the folder of the site's data files (default: public/data): index.json,
                  lexicon.json, counties/<code>.json, geo/*.json and open/* (CSV,
                  GeoJSON, HSDS and their manifest)
  --check         write nothing; fail if a file under DIR differs from what would be
                  written, is missing, or is a generated file no longer written
  --strict        treat warnings as errors
  export municipalities
                  write one CSV row per municipality to standard output; the report goes
                  to standard error and no data set is written
  scaled FACTOR   write the same files for a data set FACTOR times the county pages
                  (renamed copies, for the speed benchmark) under --out, which must be
                  given and is never public/data
Run from the repository root.";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Command {
    Build,
    ExportMunicipalities,
    /// The data set this many times the pages (`catalog::explore::scale`).
    Scaled(usize),
}

#[derive(Debug)]
struct Options {
    command: Command,
    data_dir: String,
    out: String,
    check: bool,
    strict: bool,
}

enum Parsed {
    Run(Options),
    Help,
}

fn parse_args(args: impl IntoIterator<Item = String>) -> Result<Parsed, String> {
    let mut o = Options {
        command: Command::Build,
        data_dir: "data".to_string(),
        out: ingest::SITE_DATA_DIR.to_string(),
        check: false,
        strict: false,
    };
    let mut args = args.into_iter().peekable();
    match args.peek().map(String::as_str) {
        Some("build") => {
            args.next();
        }
        Some("export") => {
            args.next();
            match args.next().as_deref() {
                Some("municipalities") => o.command = Command::ExportMunicipalities,
                Some(what) => return Err(format!("cannot export {what:?}: only municipalities")),
                None => return Err("export needs what to export: municipalities".to_string()),
            }
        }
        Some("scaled") => {
            args.next();
            let factor = args.next().unwrap_or_default();
            match factor.parse::<usize>() {
                Ok(n) if n >= 1 => o.command = Command::Scaled(n),
                _ => {
                    return Err(format!(
                        "scaled needs a factor of 1 or more, not {factor:?}"
                    ))
                }
            }
        }
        _ => {}
    }
    let mut out_given = false;
    while let Some(arg) = args.next() {
        let mut value = |name: &str| {
            args.next()
                .filter(|v| !v.starts_with("--"))
                .ok_or_else(|| format!("{name} needs a value"))
        };
        match arg.as_str() {
            "--data-dir" => o.data_dir = value("--data-dir")?,
            "--out" => {
                o.out = value("--out")?;
                out_given = true;
            }
            "--check" => o.check = true,
            "--strict" => o.strict = true,
            "-h" | "--help" => return Ok(Parsed::Help),
            _ => return Err(format!("unknown argument {arg:?}")),
        }
        if o.command == Command::ExportMunicipalities && matches!(arg.as_str(), "--out" | "--check")
        {
            return Err(format!(
                "{arg} is for build; export writes to standard output"
            ));
        }
    }
    if let Command::Scaled(_) = o.command {
        if !out_given || Path::new(&o.out) == Path::new(ingest::SITE_DATA_DIR) || o.check {
            return Err("scaled writes a benchmark data set: give --out DIR, not public/data, and no --check".to_string());
        }
    }
    Ok(Parsed::Run(o))
}

/// The report on standard error: per county what was understood and every doubt, then the
/// findings about other files and the decisions used.
fn report(build: &ingest::Build) {
    let mut shown = Vec::new();
    for county in &build.dataset.counties {
        eprintln!("{}", ingest::summary(county));
        for line in ingest::coverage::describe_county(county) {
            eprintln!("  {line}");
        }
        let mut findings: Vec<(u32, String)> = Vec::new();
        let file = &county.source_file;
        findings.extend(
            build
                .warnings
                .iter()
                .filter(|w| &w.file == file)
                .map(|w| (w.line, w.to_string())),
        );
        findings.extend(
            build
                .infos
                .iter()
                .filter(|i| &i.file == file)
                .map(|i| (i.line, i.to_string())),
        );
        findings.sort_by_key(|f| f.0);
        for (_, f) in findings {
            eprintln!("  {f}");
        }
        shown.push(file.as_str());
    }
    for w in build
        .warnings
        .iter()
        .filter(|w| !shown.contains(&w.file.as_str()))
    {
        eprintln!("{w}");
    }
    for i in build
        .infos
        .iter()
        .filter(|i| !shown.contains(&i.file.as_str()))
    {
        eprintln!("{i}");
    }
    let d = &build.decisions;
    let used: Vec<_> = d.used().collect();
    eprintln!(
        "decisions: {}: {} used of {}",
        d.file,
        used.len(),
        d.entries.len()
    );
    for e in used {
        eprintln!(
            "  {}:{}: {} (county {}, {}, {:?}): {}\n    reason: {}",
            d.file,
            e.line,
            e.id,
            e.county_code,
            e.question.as_str(),
            e.unit,
            e.decision,
            e.reason
        );
    }
}

fn main() -> ExitCode {
    let options = match parse_args(std::env::args().skip(1)) {
        Ok(Parsed::Run(o)) => o,
        Ok(Parsed::Help) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("error: {message}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match run(&options) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}

fn run(o: &Options) -> Result<(), String> {
    let mut build = match ingest::build(Path::new(&o.data_dir), &o.data_dir) {
        Ok(b) => b,
        Err(errors) => {
            for e in &errors {
                eprintln!("{e}");
            }
            return Err(format!("{} error(s); nothing written", errors.len()));
        }
    };
    report(&build);
    if o.strict && !build.warnings.is_empty() {
        for w in &build.warnings {
            eprintln!("{}", w.clone().into_error());
        }
        return Err(format!(
            "{} warning(s) are errors with --strict; nothing written",
            build.warnings.len()
        ));
    }
    if o.command == Command::ExportMunicipalities {
        let csv = catalog::export::municipalities_csv(&build.dataset);
        std::io::stdout()
            .write_all(csv.as_bytes())
            .and_then(|()| std::io::stdout().flush())
            .map_err(|e| format!("error: cannot write to standard output: {e}"))?;
        let rows = csv.lines().count().saturating_sub(1);
        eprintln!("exported {rows} municipalities as CSV to standard output");
        return Ok(());
    }
    if let Command::Scaled(factor) = o.command {
        build.dataset = catalog::explore::scale::scaled_dataset(&build.dataset, factor)
            .map_err(|e| format!("error: {e}"))?;
    }
    // The benchmark's data set is for the app: its renamed copies are no open data.
    let site_files = if let Command::Scaled(_) = o.command {
        ingest::app_site_files
    } else {
        ingest::all_site_files
    };
    let files = site_files(&build, Path::new(&o.data_dir), &o.data_dir).map_err(|errors| {
        for e in &errors {
            eprintln!("{e}");
        }
        format!("{} error(s); nothing written", errors.len())
    })?;
    let counties = build.dataset.counties.len();
    let warnings = build.warnings.len();
    let out = Path::new(&o.out);
    if o.check {
        let stale = stale_files(out, &files);
        if !stale.is_empty() {
            return Err(format!(
                "stale data files under {}: {}\nrun `cargo run -p ingest`",
                o.out,
                stale.join("; ")
            ));
        }
        eprintln!(
            "{} is up to date: {} files ({counties} counties, {warnings} warnings)",
            o.out,
            files.len()
        );
        return Ok(());
    }
    for stray in strays(out, &files) {
        std::fs::remove_file(out.join(&stray))
            .map_err(|e| format!("{}/{stray}: error: cannot remove: {e}", o.out))?;
        eprintln!("removed {}/{stray} (no longer generated)", o.out);
    }
    for f in &files {
        let path = out.join(&f.path);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)
                .map_err(|e| format!("{}: error: cannot create folder: {e}", dir.display()))?;
        }
        if std::fs::read_to_string(&path).ok().as_deref() != Some(f.contents.as_str()) {
            std::fs::write(&path, &f.contents)
                .map_err(|e| format!("{}: error: cannot write: {e}", path.display()))?;
        }
    }
    let bytes: usize = files.iter().map(|f| f.contents.len()).sum();
    eprintln!(
        "wrote {} files, {bytes} bytes, under {} ({counties} counties, {warnings} warnings)",
        files.len(),
        o.out
    );
    Ok(())
}

/// What differs between the folder and the files that would be written, one entry each.
fn stale_files(out: &Path, files: &[ingest::SiteFile]) -> Vec<String> {
    let mut stale = Vec::new();
    for f in files {
        match std::fs::read_to_string(out.join(&f.path)) {
            Ok(on_disk) if on_disk == f.contents => {}
            Ok(_) => stale.push(format!("{} differs", f.path)),
            Err(e) => stale.push(format!("{} cannot be read ({e})", f.path)),
        }
    }
    stale.extend(
        strays(out, files)
            .into_iter()
            .map(|p| format!("{p} is no longer generated")),
    );
    stale
}

/// Files in the generated folders under `out` that the data tool does not write.
fn strays(out: &Path, files: &[ingest::SiteFile]) -> Vec<String> {
    let mut strays = Vec::new();
    for dir in ingest::GENERATED_DIRS {
        let Ok(entries) = std::fs::read_dir(out.join(dir)) else {
            continue;
        };
        for entry in entries.flatten() {
            let rel = format!("{dir}/{}", entry.file_name().to_string_lossy());
            if !files.iter().any(|f| f.path == rel) {
                strays.push(rel);
            }
        }
    }
    strays.sort();
    strays
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(a: &[&str]) -> Result<Parsed, String> {
        parse_args(a.iter().map(|s| s.to_string()))
    }

    #[test]
    fn arguments() {
        let Ok(Parsed::Run(o)) = args(&[]) else {
            panic!()
        };
        assert_eq!(
            (o.data_dir.as_str(), o.out.as_str(), o.check, o.strict),
            ("data", "public/data", false, false)
        );
        let Ok(Parsed::Run(o)) = args(&[
            "build",
            "--data-dir",
            "d",
            "--out",
            "x.json",
            "--check",
            "--strict",
        ]) else {
            panic!()
        };
        assert_eq!(
            (o.data_dir.as_str(), o.out.as_str(), o.check, o.strict),
            ("d", "x.json", true, true)
        );
        assert!(matches!(args(&["--help"]), Ok(Parsed::Help)));
        assert_eq!(
            args(&["--frobnicate"]).err().unwrap(),
            "unknown argument \"--frobnicate\""
        );
        assert_eq!(args(&["--out"]).err().unwrap(), "--out needs a value");
        assert!(args(&["check"]).is_err());
        let Ok(Parsed::Run(o)) = args(&["export", "municipalities", "--data-dir", "d"]) else {
            panic!()
        };
        assert_eq!(
            (o.command, o.data_dir.as_str()),
            (Command::ExportMunicipalities, "d")
        );
        assert_eq!(
            args(&["export"]).err().unwrap(),
            "export needs what to export: municipalities"
        );
        assert!(args(&["export", "units"]).is_err());
        assert!(args(&["export", "municipalities", "--out", "x"]).is_err());
        let Ok(Parsed::Run(o)) = args(&["scaled", "20", "--out", "target/scaled-20"]) else {
            panic!()
        };
        assert_eq!(
            (o.command, o.out.as_str()),
            (Command::Scaled(20), "target/scaled-20")
        );
        assert!(args(&["scaled", "20"]).is_err(), "--out is required");
        assert!(args(&["scaled", "20", "--out", "public/data"]).is_err());
        assert!(args(&["scaled", "20", "--out", "x", "--check"]).is_err());
        assert!(args(&["scaled", "zero", "--out", "x"]).is_err());
        assert!(args(&["scaled", "0", "--out", "x"]).is_err());
    }
}
