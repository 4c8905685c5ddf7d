//! Pages updated far apart: a page whose "Senast uppdaterad" date lies more than a year from
//! the median date of all pages is probably much older or newer than the rest, and its facts
//! are not of the same time as theirs.

use crate::report::{Warning, WarningKind};
use catalog::model::County;

/// How far from the median a page's date may lie, in days.
pub const MAX_DAYS_FROM_MEDIAN: i64 = 365;

/// The fewest dated pages for a median to mean anything.
const MIN_PAGES: usize = 3;

/// Days since 1970-01-01 of an ISO date `YYYY-MM-DD` (proleptic Gregorian calendar).
pub fn days(date: &str) -> Option<i64> {
    let mut parts = date.split('-').map(|p| p.parse::<i64>().ok());
    let (y, m, d) = (parts.next()??, parts.next()??, parts.next()??);
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// A warning for each page dated more than a year from the median of all pages' dates (the
/// lower middle one for an even number of pages).
pub fn check(counties: &[County]) -> Vec<Warning> {
    let mut dated: Vec<(i64, &County)> = counties
        .iter()
        .filter_map(|c| Some((days(&c.updated.as_ref()?.date)?, c)))
        .collect();
    if dated.len() < MIN_PAGES {
        return Vec::new();
    }
    dated.sort_by_key(|d| d.0);
    let (median, median_county) = dated[(dated.len() - 1) / 2];
    let median_date = &median_county.updated.as_ref().expect("dated").date;
    dated
        .iter()
        .filter(|(d, _)| (d - median).abs() > MAX_DAYS_FROM_MEDIAN)
        .map(|(d, c)| {
            let u = c.updated.as_ref().expect("dated");
            let (n, side) = ((d - median).abs(), if *d > median { "newer" } else { "older" });
            Warning::new(
                &c.source_file,
                u.source.first_line,
                WarningKind::DateFarFromMedian,
                format!(
                    "page updated {}, {n} days {side} than the median date {median_date} of all {} pages; its facts may not be of the same time",
                    u.date,
                    dated.len()
                ),
                &u.source.text,
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_numbers() {
        assert_eq!(days("1970-01-01"), Some(0));
        assert_eq!(days("2000-03-01"), Some(11_017));
        assert_eq!(
            days("2021-02-03").unwrap() - days("2018-10-13").unwrap(),
            844
        );
        assert_eq!(days("2018-13-01"), None);
        assert_eq!(days("x"), None);
    }
}
