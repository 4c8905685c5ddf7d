//! The opening of a county page is data too: its list ("- Gryningen, Karlskoga, BUP & …")
//! names the county's units, and the sentences after it say what they cover. An item is
//! matched to its unit block by a rule (they share a word that no other item and no other
//! block has) or by an editorial decision; an item without a block is a unit of its own.

use crate::editorial::decisions::{Decisions, Question, NO_BLOCK};
use crate::page::county_page::single;
use crate::page::unit_block::unit_id;
use crate::report::{Log, WarningKind};
use crate::text::words::significant;
use catalog::model::{County, Unit};
use std::collections::BTreeMap;

/// Markers of a list item.
const ITEM_MARKERS: &[&str] = &["- ", "– ", "• "];

/// The opening of a page: the lines of its paragraphs before the first heading.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Opening {
    /// The list items: line number, the line as written, and the item without its marker.
    pub items: Vec<(u32, String, String)>,
    /// The sentences after the list, cut into clauses.
    pub clauses: Vec<Clause>,
}

/// A clause of an opening sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clause {
    pub line: u32,
    pub text: String,
    /// The sentence it belongs to (counted over the opening).
    pub sentence: usize,
}

/// Where a sentence is cut into clauses, each of which may have its own subject: "…,
/// medan den i Västervik täcker …", "…; arbetet är nu avslutat", "…, och Skövdes mottagning
/// täcker …", "De två förstnämnda är i gång: Kotten …".
const CLAUSE_BREAKS: &[&str] = &["; ", ", medan ", ", men ", ", och ", ": "];

/// Reads the opening out of the county's paragraphs of the empty section.
pub fn read(county: &County) -> Opening {
    let mut opening = Opening::default();
    let lines = county
        .paragraphs
        .iter()
        .filter(|p| p.section.is_empty())
        .flat_map(|p| (p.source.first_line..).zip(p.source.text.lines()));
    for (number, line) in lines {
        let item = ITEM_MARKERS
            .iter()
            .find_map(|m| line.trim_start().strip_prefix(m));
        match item {
            Some(name) => opening
                .items
                .push((number, line.to_string(), name.trim().to_string())),
            None => {
                for sentence in sentences(line) {
                    let n = opening
                        .clauses
                        .last()
                        .map_or(0, |c: &Clause| c.sentence + 1);
                    for text in clauses(&sentence) {
                        opening.clauses.push(Clause {
                            line: number,
                            text,
                            sentence: n,
                        });
                    }
                }
            }
        }
    }
    opening
}

/// The sentences of a line: each ends at a full stop before a space or the line's end.
fn sentences(line: &str) -> Vec<String> {
    let mut sentences = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        let next = chars.get(k + 1).map(|&(_, n)| n);
        if c == '.' && next.is_none_or(char::is_whitespace) {
            sentences.push(&line[start..=i]);
            start = i + 1;
        }
    }
    sentences.push(&line[start..]);
    sentences
        .into_iter()
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

/// A sentence cut at the clause breaks.
fn clauses(sentence: &str) -> Vec<String> {
    let mut parts = vec![sentence.to_string()];
    for b in CLAUSE_BREAKS {
        parts = parts
            .iter()
            .flat_map(|p| p.split(b).map(str::to_string).collect::<Vec<_>>())
            .collect();
    }
    parts
        .into_iter()
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

/// Gives every unit block its id, matches every list item to a block (by rule, else by
/// decision), adds a unit for each item without a block, and reports items and blocks that
/// do not meet.
pub fn link(county: &mut County, opening: &Opening, decisions: &mut Decisions, log: &mut Log) {
    let file = county.source_file.clone();
    for unit in &mut county.units {
        unit.id = unit_id(&county.code, &unit.name);
    }
    let blocks = county.units.len();
    let matched = by_rule(opening, &county.units);
    let mut linked: Vec<Option<usize>> = vec![None; blocks];
    let mut own_units = Vec::new();
    for (i, (number, line, name)) in opening.items.iter().enumerate() {
        let mut block = matched[i];
        if block.is_none() {
            if let Some(d) = decisions.take(&county.code, name, Question::Opening) {
                let found = county.units[..blocks]
                    .iter()
                    .position(|u| u.name == d.decision);
                if d.decision == NO_BLOCK {
                    let msg = format!("a unit without a block, by decision {}", d.id);
                    log.info(&file, *number, msg, line);
                } else if found.is_some_and(|j| linked[j].is_none()) {
                    let msg = format!(
                        "list item names the unit block {:?}, by decision {}",
                        d.decision, d.id
                    );
                    log.info(&file, *number, msg, line);
                    block = found;
                } else {
                    let msg = format!(
                        "decision {} names no free unit block {:?}",
                        d.id, d.decision
                    );
                    log.warn(&file, *number, WarningKind::BadDecision, msg, line);
                }
            } else {
                let msg = "unit named in the opening list has no unit block (no rule matches it, no decision)";
                log.warn(&file, *number, WarningKind::ItemWithoutBlock, msg, line);
            }
        }
        match block {
            Some(j) => {
                linked[j] = Some(i);
                county.units[j].opening_line = Some(single((*number, line)));
            }
            None => own_units.push(Unit {
                id: unit_id(&county.code, name),
                status: Default::default(),
                name: name.clone(),
                first_line: *number,
                last_line: *number,
                opening_line: Some(single((*number, line))),
                fields: Vec::new(),
                catchment: Default::default(),
                parsed: Default::default(),
            }),
        }
    }
    for (j, unit) in county.units.iter().enumerate() {
        if linked[j].is_none() {
            let quote = format!("Namn {}", unit.name);
            let msg = "unit block not named in the opening list";
            log.warn(
                &file,
                unit.first_line,
                WarningKind::BlockNotListed,
                msg,
                &quote,
            );
        }
    }
    county.units.extend(own_units);
}

/// For each item, the block it shares a distinctive word with: a word of exactly one item
/// and exactly one block. An item whose distinctive words point to two blocks, or a block
/// two items point to, is left to a decision.
fn by_rule(opening: &Opening, units: &[Unit]) -> Vec<Option<usize>> {
    let item_words: Vec<Vec<String>> = opening.items.iter().map(|i| significant(&i.2)).collect();
    let block_words: Vec<Vec<String>> = units.iter().map(|u| significant(&u.name)).collect();
    let holders = |lists: &[Vec<String>], w: &String| -> Vec<usize> {
        (0..lists.len()).filter(|&k| lists[k].contains(w)).collect()
    };
    let mut candidates: Vec<Vec<usize>> = vec![Vec::new(); item_words.len()];
    for (i, words) in item_words.iter().enumerate() {
        for w in words {
            if let ([_], [j]) = (&holders(&item_words, w)[..], &holders(&block_words, w)[..]) {
                if !candidates[i].contains(j) {
                    candidates[i].push(*j);
                }
            }
        }
    }
    let mut claims: BTreeMap<usize, usize> = BTreeMap::new();
    for c in &candidates {
        if let [j] = c[..] {
            *claims.entry(j).or_default() += 1;
        }
    }
    candidates
        .iter()
        .map(|c| match c[..] {
            [j] if claims[&j] == 1 => Some(j),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing;

    const BLOCKS: &str = "Namn Föräldrar-spädbarn Hagadal, Linköping\nUpptagningsområde Hela länet\n\nNamn Spädbarnsverksamheten, Norrköping\nUpptagningsområde Norrköping\n";

    #[test]
    fn reads_items_and_clauses() {
        let c = testing::east(
            "- A, Linköping\n- B\nX har hela länet, medan Y är inriktad mot öster. Z täcker; W.\n",
        );
        let o = read(&c);
        assert_eq!(
            o.items
                .iter()
                .map(|i| (i.0, i.2.as_str()))
                .collect::<Vec<_>>(),
            [(6, "A, Linköping"), (7, "B")]
        );
        let clauses: Vec<&str> = o.clauses.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(
            clauses,
            [
                "X har hela länet",
                "Y är inriktad mot öster.",
                "Z täcker",
                "W."
            ]
        );
        assert!(o.clauses.iter().all(|c| c.line == 8));
        let sentences: Vec<usize> = o.clauses.iter().map(|c| c.sentence).collect();
        assert_eq!(sentences, [0, 0, 1, 1]);
    }

    #[test]
    fn items_meet_blocks_by_distinctive_words() {
        let body = format!("- Föräldra- spädbarnsverksamheten Hagadal, Linköping. BUP\n- Spädbarnsverksamheten, Norrköping. BUP\n- Ett team i Söderköping\n\n{BLOCKS}");
        let mut c = testing::east(&body);
        let mut log = Log::default();
        let o = read(&c);
        link(&mut c, &o, &mut Decisions::default(), &mut log);
        let names: Vec<(&str, Option<u32>)> = c
            .units
            .iter()
            .map(|u| {
                (
                    u.name.as_str(),
                    u.opening_line.as_ref().map(|s| s.first_line),
                )
            })
            .collect();
        assert_eq!(
            names,
            [
                ("Föräldrar-spädbarn Hagadal, Linköping", Some(6)),
                ("Spädbarnsverksamheten, Norrköping", Some(7)),
                ("Ett team i Söderköping", Some(8)),
            ]
        );
        let own = &c.units[2];
        assert_eq!(
            (own.first_line, own.last_line, own.id.as_str()),
            (8, 8, "05-ett-team-i-soderkoping")
        );
        assert!(own.fields.is_empty());
        assert_eq!(log.warnings.len(), 1, "{:?}", log.warnings);
        assert!(log.warnings[0].message.contains("has no unit block"));
    }

    #[test]
    fn undecidable_items_take_a_decision() {
        let body = format!("- Team på BUP:s enheter\n- BUP i Norrköping\n\n{BLOCKS}");
        let mut c = testing::east(&body);
        let csv = "id,county_code,unit,question,decision,municipality_codes,reason\nd,05,Team på BUP:s enheter,opening,\"Föräldrar-spädbarn Hagadal, Linköping\",,because\n";
        let mut decisions = Decisions::parse("d.csv", csv).unwrap();
        let mut log = Log::default();
        let o = read(&c);
        link(&mut c, &o, &mut decisions, &mut log);
        assert_eq!(c.units.len(), 2);
        assert_eq!(c.units[0].opening_line.as_ref().unwrap().first_line, 6);
        assert_eq!(c.units[1].opening_line.as_ref().unwrap().first_line, 7);
        assert!(log.warnings.is_empty(), "{:?}", log.warnings);
        assert!(log.infos[0].message.ends_with("by decision d"));
        assert!(decisions.unused().is_empty());
    }
}
