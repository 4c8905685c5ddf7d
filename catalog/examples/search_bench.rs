//! How long "Var bor du?" takes per query on the shipped lists:
//! `cargo run --release -p catalog --example search_bench`.

use catalog::search::SearchIndex;

fn main() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../public/data");
    let dataset = catalog::load::read_site_dataset(std::path::Path::new(dir))
        .expect("the shipped data files");
    let start = std::time::Instant::now();
    let index = SearchIndex::from_lists(&dataset.search);
    println!(
        "{} names, index built in {:?}",
        index.len(),
        start.elapsed()
    );
    let rounds = 1000;
    for query in ["ornskoldsv", "karlskogas", "qwertyuiop", "k"] {
        let start = std::time::Instant::now();
        for _ in 0..rounds {
            std::hint::black_box(index.suggest(std::hint::black_box(query), 8));
        }
        println!("{query:>12}: {:?} per query", start.elapsed() / rounds);
    }
}
