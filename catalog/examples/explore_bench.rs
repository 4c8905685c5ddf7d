//! How long the explore page's filtering takes natively, on the shipped data set and on
//! one 20× its size (`explore::scale`):
//! `cargo run --release -p catalog --example explore_bench [-- FACTOR…]` (default 1 20).
//! Prints, per scale, the time to build the index and the median, p95 and worst time of
//! `Offers::run` for each keystroke of typed words and for a series of facet clicks.

use catalog::explore::scale::scaled;
use catalog::explore::{ExploreQuery, Facet, Offers};
use catalog::index::Lexicon;
use std::time::{Duration, Instant};

/// Rounds per measured step.
const ROUNDS: usize = 40;

fn main() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../public/data");
    let dataset = catalog::load::read_site_dataset(std::path::Path::new(dir))
        .expect("the shipped data files");
    let lexicon = Lexicon::of(&dataset);
    let factors: Vec<usize> = std::env::args()
        .skip(1)
        .map(|a| a.parse().expect("a factor is a whole number"))
        .collect();
    let factors = if factors.is_empty() {
        vec![1, 20]
    } else {
        factors
    };
    for factor in factors {
        let counties = scaled(&dataset.counties, &lexicon, factor).expect("a factor that fits");
        let start = Instant::now();
        let offers = Offers::build(&counties, &lexicon);
        let built = start.elapsed();
        println!(
            "{factor}×: {} counties, {} cards; index built in {built:.2?}",
            counties.len(),
            offers.len()
        );

        // Keystrokes: every prefix of the words typed, as the page runs them.
        let mut keystrokes = Vec::new();
        for typed in [
            "trygghetscirkeln",
            "marte meo",
            "vägledande samspel",
            "kumla",
        ] {
            let chars: Vec<char> = typed.chars().collect();
            for n in 1..=chars.len() {
                let mut q = ExploreQuery::default();
                q.text = chars[..n].iter().collect();
                keystrokes.push(time(&offers, &q));
            }
        }
        report("keystroke", keystrokes);

        // Facet clicks: a filter added at a time, then taken away, with and without text.
        let county = offers.options(Facet::County)[0].value.clone();
        let clicks: [(Facet, &str); 6] = [
            (Facet::Method, "cos-p"),
            (Facet::Age, "0-1"),
            (Facet::Kind, "enhet"),
            (Facet::Kind, "socialtjanst"),
            (Facet::County, &county),
            (Facet::SelfReferral, "ja"),
        ];
        for text in ["", "marte"] {
            let mut samples = Vec::new();
            let mut q = ExploreQuery::default();
            q.text = text.to_string();
            for (f, v) in clicks.iter().chain(clicks.iter().rev()) {
                q.toggle(*f, v);
                samples.push(time(&offers, &q));
            }
            let what = if text.is_empty() {
                "click"
            } else {
                "click+text"
            };
            report(what, samples);
        }
    }
}

/// The median time of `ROUNDS` runs of one query.
fn time(offers: &Offers, q: &ExploreQuery) -> Duration {
    let mut runs: Vec<Duration> = (0..ROUNDS)
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(offers.run(std::hint::black_box(q)));
            start.elapsed()
        })
        .collect();
    runs.sort();
    runs[ROUNDS / 2]
}

fn report(what: &str, mut samples: Vec<Duration>) {
    samples.sort();
    let at = |p: f64| samples[((samples.len() - 1) as f64 * p).round() as usize];
    println!(
        "  {what:<12} {:>3} steps: median {:>9.3?}  p95 {:>9.3?}  worst {:>9.3?}",
        samples.len(),
        at(0.5),
        at(0.95),
        samples[samples.len() - 1]
    );
}
