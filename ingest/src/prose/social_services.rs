//! What each municipality's social services say about samspelsbehandling: a stance per
//! social-services statement, read with the editor's phrase table
//! `data/editorial/stance_phrases.csv`, then per municipality the derived stance, the methods
//! named and the statements that are its evidence.
//!
//! Rules, in order:
//! 1. The first phrase of the table (file order) found in the lower-cased statement decides
//!    (`…` in a phrase stands for any text between). Its stance may be `unattributed`: the
//!    statement is kept but not attached to anyone; or `refers`: the municipality sends
//!    families elsewhere, `via_unit` when the statement names one of the county's units and
//!    `none` otherwise, and the places it sends them to ("till BUP i Lycksele") are not the
//!    statement's subject.
//! 2. Otherwise, naming a method that works on the interaction itself (lexicon column
//!    `interaction = yes`: Marte Meo, Trygghetscirkeln, ICDP, …) is an offer
//!    ("Sundbyberg: Marte Meo.").
//! 3. The status of the statement (`Statement::status`, from the status table or a past
//!    period of years) qualifies an offer: an offer (`offers`, `limited`, `via_unit`) or no
//!    stance that is planned or being built is `planned`, one that has ended is `ended`.
//!    A stance about the present without an own offer (`buys`, `none`, `not_reported`)
//!    stands: "ingen egen … sedan Knoppen upphörde; vid behov bekostar kommunen …" buys.
//! 4. A statement naming no municipality of the county continues the statement before it in
//!    the same paragraph ("Personalen har … Marte Meo." after "… i Sundsvall erbjuder …"):
//!    it is evidence for the same municipalities and, without a stance of its own, shares
//!    that statement's stance. At the start of a paragraph it is attached to nobody and
//!    reported (unless it speaks of the whole county).
//! 5. A statement naming a municipality but matching no rule is `not_reported`, and reported.
//!
//! Methods of statements that are not an offer (`none`, `not_reported`, `planned`:
//! "avser att pröva MIM och Theraplay", `ended`) are not counted as the municipality's
//! methods.

use crate::editorial::methods::Lexicon;
use crate::report::{IngestError, Warning, WarningKind};
use crate::text::matching::occurrences;
use crate::text::patterns::{contains_in_order, gapped};
use catalog::model::{County, Section, SocialServices, Stance, Statement};
use catalog::OfferStatus;
use serde::Deserialize;

/// The phrase table under the data directory.
pub const STANCE_FILE: &str = "editorial/stance_phrases.csv";

/// What a phrase decides.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Stance(Stance),
    /// Kept as a statement, attached to no municipality.
    Unattributed,
    /// Sends families elsewhere: `via_unit` to one of the county's units, else `none`.
    Refers,
}

/// The phrase table, in priority order.
#[derive(Debug, Clone, Default)]
pub struct StanceRules {
    /// (the phrase's parts between `…`, lower-cased; outcome; reason).
    pub rules: Vec<(Vec<String>, Outcome, String)>,
}

#[derive(Deserialize)]
struct Row {
    phrase: String,
    stance: String,
    reason: String,
}

impl StanceRules {
    /// Reads the table (`csv_text` of `file`; `None` gives no phrases).
    pub fn new(file: &str, csv_text: Option<&str>) -> Result<StanceRules, Vec<IngestError>> {
        let mut out = StanceRules::default();
        let Some(text) = csv_text else {
            return Ok(out);
        };
        let (rows, mut errors) = crate::editorial::rows::rows::<Row>(file, text);
        for (line, row) in rows {
            let outcome = match row.stance.trim() {
                "offers" => Outcome::Stance(Stance::Offers),
                "limited" => Outcome::Stance(Stance::Limited),
                "buys" => Outcome::Stance(Stance::Buys),
                "none" => Outcome::Stance(Stance::None),
                "via_unit" => Outcome::Stance(Stance::ViaUnit),
                "not_reported" => Outcome::Stance(Stance::NotReported),
                "unattributed" => Outcome::Unattributed,
                "refers" => Outcome::Refers,
                other => {
                    errors.push(IngestError::at(
                        file,
                        line,
                        format!("unknown stance {other:?}"),
                    ));
                    continue;
                }
            };
            if row.phrase.trim().is_empty() || row.reason.trim().is_empty() {
                errors.push(IngestError::at(
                    file,
                    line,
                    "a row needs a phrase and a reason",
                ));
                continue;
            }
            out.rules.push((gapped(&row.phrase), outcome, row.reason));
        }
        if errors.is_empty() {
            Ok(out)
        } else {
            Err(errors)
        }
    }

    /// Rules 1 and 2 for one statement with the methods it names.
    pub fn read(&self, text: &str, methods: &[String], lexicon: &Lexicon) -> Option<Outcome> {
        let lower = text.to_lowercase();
        let found = self
            .rules
            .iter()
            .find(|(parts, _, _)| contains_in_order(&lower, parts));
        if let Some((_, outcome, _)) = found {
            return Some(*outcome);
        }
        methods
            .iter()
            .any(|m| lexicon.is_interaction(m))
            .then_some(Outcome::Stance(Stance::Offers))
    }
}

/// Sets the stance of every social-services statement of `county` and each municipality's
/// `social_services`. `paragraph_of[i]` is the paragraph of statement `i`; `names_unit`
/// tells whether a text names one of the county's units.
pub fn attribute(
    county: &mut County,
    paragraph_of: &[usize],
    rules: &StanceRules,
    lexicon: &Lexicon,
    names_unit: &dyn Fn(&str) -> bool,
) -> Vec<Warning> {
    let mut warnings = Vec::new();
    let file = county.source_file.clone();
    let own: Vec<String> = county
        .municipalities
        .iter()
        .map(|m| m.code.clone())
        .collect();
    let mut attached: Vec<Vec<String>> = vec![Vec::new(); county.statements.len()];
    // The last attributed statement: (paragraph, municipalities, stance).
    let mut previous: Option<(usize, Vec<String>, Stance)> = None;
    for (i, st) in county.statements.iter_mut().enumerate() {
        if st.section != Section::SocialServices {
            continue;
        }
        let paragraph = paragraph_of.get(i).copied().unwrap_or(usize::MAX);
        let outcome = rules.read(&st.text, &st.methods, lexicon);
        // Where a referral sends families: the places after its "till" are not its subject.
        let destination = (outcome == Some(Outcome::Refers))
            .then(|| st.text.find(" till "))
            .flatten();
        let mut codes: Vec<String> = Vec::new();
        for p in &st.places {
            let first = occurrences(&st.text, &p.name, false).first().map(|o| o.0);
            let subject = match (destination, first) {
                (Some(cut), Some(at)) => at < cut,
                _ => true,
            };
            if subject && own.contains(&p.municipality) && !codes.contains(&p.municipality) {
                codes.push(p.municipality.clone());
            }
        }
        if outcome == Some(Outcome::Unattributed) {
            st.stance = None;
            previous = None;
            warnings.push(Warning::new(
                &file,
                st.first_line,
                WarningKind::UnattributedStatement,
                "social-services statement attached to no municipality (phrase table: unattributed)",
                &st.text,
            ));
            continue;
        }
        let stated = match outcome {
            Some(Outcome::Stance(s)) => Some(s),
            Some(Outcome::Refers) if names_unit(&st.text) => Some(Stance::ViaUnit),
            Some(Outcome::Refers) => Some(Stance::None),
            _ => None,
        };
        let stated = qualified(stated, st.status);
        let stance = if !codes.is_empty() {
            stated.unwrap_or_else(|| {
                warnings.push(Warning::new(
                    &file,
                    st.first_line,
                    WarningKind::UnreadStance,
                    "no stance could be read from this social-services statement; taken as not_reported",
                    &st.text,
                ));
                Stance::NotReported
            })
        } else {
            match &previous {
                Some((p, prev_codes, prev_stance)) if *p == paragraph && !st.county_wide => {
                    codes = prev_codes.clone();
                    stated.unwrap_or(*prev_stance)
                }
                _ => {
                    st.stance = if st.county_wide { stated } else { None };
                    previous = None;
                    if !st.county_wide {
                        warnings.push(Warning::new(
                            &file,
                            st.first_line,
                            WarningKind::StatementWithoutMunicipality,
                            "social-services statement names no municipality of the county; attached to none",
                            &st.text,
                        ));
                    }
                    continue;
                }
            }
        };
        st.stance = Some(stance);
        previous = Some((paragraph, codes.clone(), stance));
        attached[i] = codes;
    }
    for m in &mut county.municipalities {
        let evidence: Vec<usize> = (0..attached.len())
            .filter(|&i| attached[i].contains(&m.code))
            .collect();
        let stances = evidence.iter().filter_map(|&i| county.statements[i].stance);
        let mut methods: Vec<String> = evidence
            .iter()
            .map(|&i| &county.statements[i])
            .filter(|s| {
                !matches!(
                    s.stance,
                    Some(Stance::None | Stance::NotReported | Stance::Planned | Stance::Ended)
                )
            })
            .flat_map(|s| methods_for(s, &m.code, lexicon))
            .collect();
        methods.sort();
        methods.dedup();
        m.social_services = SocialServices {
            stance: Stance::derive(stances),
            methods,
            evidence,
        };
    }
    warnings
}

/// A statement's stance given the status of the offer it speaks of (rule 3).
fn qualified(stated: Option<Stance>, status: OfferStatus) -> Option<Stance> {
    let offer_or_nothing = matches!(
        stated,
        None | Some(Stance::Offers | Stance::Limited | Stance::ViaUnit)
    );
    match status {
        OfferStatus::Planned | OfferStatus::UnderConstruction if offer_or_nothing => {
            Some(Stance::Planned)
        }
        OfferStatus::Ended if offer_or_nothing => Some(Stance::Ended),
        _ => stated,
    }
}

/// Joins clauses about different municipalities ("I Hallsberg har … Marte Meo och
/// Trygghetscirkeln …, medan Kumla har Marte Meo och … PYC …").
const CONTRAST: &str = ", medan ";

/// The methods a statement gives one municipality: all its methods, unless it contrasts
/// municipalities in clauses joined by ", medan " and a clause names this one; then only the
/// methods of the clauses that name it.
fn methods_for(st: &Statement, code: &str, lexicon: &Lexicon) -> Vec<String> {
    let clauses: Vec<&str> = st.text.split(CONTRAST).collect();
    let names: Vec<&str> = st
        .places
        .iter()
        .filter(|p| p.municipality == code)
        .map(|p| p.name.as_str())
        .collect();
    let naming: Vec<&&str> = clauses
        .iter()
        .filter(|c| names.iter().any(|n| !occurrences(c, n, false).is_empty()))
        .collect();
    if clauses.len() < 2 || naming.is_empty() {
        return st.methods.clone();
    }
    naming
        .into_iter()
        .flat_map(|c| lexicon.find(c).ids)
        .collect()
}
