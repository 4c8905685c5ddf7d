//! Which part of a county page a paragraph or line stands in: the heading variants
//! ("Prevention och promotion" / "Promotion och prevention", "Övriga möjligheter" or not)
//! and the BHV / BUP / Socialtjänst parts of "Andra möjligheter …", as `catalog` sections.

use catalog::model::Section;

/// The heading that opens the "Andra möjligheter …" section, whose parts start with
/// "BHV"/"MBHV", "BUP" or "Socialtjänst".
pub const OTHER_OPTIONS: &str = "Andra möjligheter";

/// The section a heading opens (`""` is the opening, before any heading). `None` for the
/// "Andra möjligheter" heading, whose parts are told by their first words, and for a heading
/// this table does not know.
pub fn of_heading(heading: &str) -> Option<Section> {
    let h = heading.trim();
    if h.is_empty() {
        Some(Section::Opening)
    } else if h.starts_with("Prevention och promotion") || h.starts_with("Promotion och prevention")
    {
        Some(Section::Prevention)
    } else if h.starts_with("Familjecentraler") {
        Some(Section::FamilyCentres)
    } else if h.starts_with("Övriga möjligheter") {
        Some(Section::OtherActors)
    } else {
        None
    }
}

/// The part of "Andra möjligheter …" a line starts, and whether the line is only that
/// part's name ("Socialtjänst" alone). "BHV …"/"MBHV …" is child health care, "BUP …" child
/// psychiatry, "Socialtjänst …" social services; any other line continues the part before.
pub fn part_of_line(line: &str) -> Option<(Section, bool)> {
    let t = line.trim();
    let word = t.split_whitespace().next().unwrap_or("");
    let section = match word {
        "BHV" | "MBHV" => Section::ChildHealthCare,
        "BUP" => Section::ChildPsychiatry,
        "Socialtjänst" => Section::SocialServices,
        _ => return None,
    };
    Some((section, t == word))
}

/// Whether a trimmed line only names a part of "Andra möjligheter …".
pub fn is_bare_part_name(line: &str) -> bool {
    part_of_line(line).is_some_and(|(_, bare)| bare)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_and_parts() {
        assert_eq!(of_heading(""), Some(Section::Opening));
        assert_eq!(
            of_heading("Promotion och prevention – några exempel"),
            Some(Section::Prevention)
        );
        assert_eq!(of_heading("Familjecentraler"), Some(Section::FamilyCentres));
        assert_eq!(of_heading("Övriga möjligheter"), Some(Section::OtherActors));
        assert_eq!(
            of_heading("Andra möjligheter till samspelsbehandling"),
            None
        );
        assert_eq!(
            part_of_line("BHV MBHV erbjuder"),
            Some((Section::ChildHealthCare, false))
        );
        assert_eq!(
            part_of_line("BUP Sundsvall har"),
            Some((Section::ChildPsychiatry, false))
        );
        assert_eq!(
            part_of_line("Socialtjänst"),
            Some((Section::SocialServices, true))
        );
        assert_eq!(part_of_line("Spädbarnsmottagningen vid"), None);
        assert_eq!(part_of_line("BUP:s team"), None);
    }
}
