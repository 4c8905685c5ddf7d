//! SVG text of the maps: the patterns (shared by the page's map and the download) and the
//! downloadable file — a standalone SVG with the map, its title, its legends with counts,
//! the teams' places and the source line, painted with attributes only (no stylesheet), so
//! any viewer or editor shows it as the page does.

use super::colour;
use super::drawn::{DrawnMap, Legend};
use super::status::{LegendKey, StanceMark};
use super::words;
use crate::route::Lang;
use std::fmt::Write;

/// `text` with `&`, `<`, `>`, `"` and `'` escaped, for SVG text and attributes.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

/// One shape of a pattern's tile, in tile units.
#[derive(Debug, Clone, PartialEq)]
pub enum TileShape {
    Rect {
        x: i64,
        width: i64,
        height: i64,
        fill: String,
    },
    Circle {
        cx: i64,
        cy: i64,
        r: i64,
        fill: String,
    },
    /// A stroked path (the crosses).
    Path {
        d: String,
        stroke: String,
        width: i64,
    },
}

/// One `<pattern>`: its id after the map's prefix, its square tile's size, its rotation.
#[derive(Debug, Clone, PartialEq)]
pub struct PatternTile {
    pub id: &'static str,
    pub size: i64,
    pub rotate: Option<i32>,
    pub shapes: Vec<TileShape>,
}

/// The patterns a map's paints and marks refer to, as data (the page draws them as
/// elements, the download writes them as text), tiles of `cell` map units: bands of both
/// access colours (a county where some municipalities have a team), the grey hatch of "not
/// in the data set", and the social services' paper-coloured dots, slanted lines and
/// crosses.
pub fn pattern_tiles(cell: i64) -> Vec<PatternTile> {
    let c = cell.max(2);
    let (team, no_team, hatch, paper) = (
        colour::TEAM.hex(),
        colour::NO_TEAM.hex(),
        colour::HATCH.hex(),
        colour::PAPER.hex(),
    );
    let line = (c / 5).max(1);
    let dot = (c / 5).max(1);
    let (a, b) = (c / 4, c - c / 4);
    let rect = |x: i64, width: i64, height: i64, fill: &String| TileShape::Rect {
        x,
        width,
        height,
        fill: fill.clone(),
    };
    vec![
        PatternTile {
            id: "band",
            size: 2 * c,
            rotate: None,
            shapes: vec![rect(0, c, 2 * c, &team), rect(c, c, 2 * c, &no_team)],
        },
        PatternTile {
            id: "saknas",
            size: c,
            rotate: Some(45),
            shapes: vec![rect(0, c, c, &paper), rect(0, line, c, &hatch)],
        },
        PatternTile {
            id: "erbjuder",
            size: c,
            rotate: None,
            shapes: vec![TileShape::Circle {
                cx: c / 2,
                cy: c / 2,
                r: dot,
                fill: paper.clone(),
            }],
        },
        PatternTile {
            id: "annat",
            size: c,
            rotate: Some(-45),
            shapes: vec![rect(0, line, c, &paper)],
        },
        PatternTile {
            id: "inget",
            size: c,
            rotate: None,
            shapes: vec![TileShape::Path {
                d: format!("M{a} {a}L{b} {b}M{b} {a}L{a} {b}"),
                stroke: paper,
                width: line,
            }],
        },
    ]
}

/// The `<pattern>` elements of `pattern_tiles` as SVG text, ids prefixed with `prefix`
/// (`sverige-band`), for the downloadable file.
pub fn pattern_defs(prefix: &str, cell: i64) -> String {
    let mut out = String::new();
    for tile in pattern_tiles(cell) {
        let size = tile.size;
        let rotate = tile.rotate.map_or(String::new(), |r| {
            format!(" patternTransform=\"rotate({r})\"")
        });
        let _ = write!(
            out,
            "<pattern id=\"{prefix}-{}\" patternUnits=\"userSpaceOnUse\" width=\"{size}\" height=\"{size}\"{rotate}>",
            tile.id
        );
        for shape in &tile.shapes {
            let _ = match shape {
                TileShape::Rect {
                    x,
                    width,
                    height,
                    fill,
                } => {
                    let x = if *x == 0 {
                        String::new()
                    } else {
                        format!(" x=\"{x}\"")
                    };
                    write!(
                        out,
                        "<rect{x} width=\"{width}\" height=\"{height}\" fill=\"{fill}\"/>"
                    )
                }
                TileShape::Circle { cx, cy, r, fill } => write!(
                    out,
                    "<circle cx=\"{cx}\" cy=\"{cy}\" r=\"{r}\" fill=\"{fill}\"/>"
                ),
                TileShape::Path { d, stroke, width } => write!(
                    out,
                    "<path d=\"{d}\" stroke=\"{stroke}\" stroke-width=\"{width}\" fill=\"none\"/>"
                ),
            };
        }
        out.push_str("</pattern>");
    }
    out
}

/// Words of a text in lines of at most `width` characters (a longer word on a line of its
/// own).
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// Characters of a line `width` map units wide at font size `size` (0.55 em a character).
fn chars_in(width: i64, size: i64) -> usize {
    (width * 20 / (11 * size.max(1))).max(8) as usize
}

/// Writes a block of wrapped lines from `y` (the first line's top); returns the y below it.
fn text_block(out: &mut String, lines: &[String], x: i64, y: i64, size: i64, extra: &str) -> i64 {
    let step = size * 13 / 10;
    let mut y = y;
    for line in lines {
        y += step;
        let _ = write!(
            out,
            "<text x=\"{x}\" y=\"{}\" font-size=\"{size}\"{extra}>{}</text>",
            y - (step - size),
            escape(line)
        );
    }
    y
}

/// The downloadable file of a drawn map: a standalone SVG (XML declaration, SVG namespace,
/// `<title>` and `<desc>`) with the title above the map, the legends, the teams' places
/// and the source line; the legends stand beside a map taller than wide, below one that is
/// wider.
pub fn standalone(map: &DrawnMap, lang: Lang) -> String {
    let [_, _, w, h] = map.view_box;
    let s = map.sizes;
    let m = s.name;
    let tall = w < h;
    let panel = if tall { 26 * s.name } else { w };
    let total_w = if tall { w + panel + 3 * m } else { w + 2 * m };
    let title_size = s.name * 5 / 4;
    let paper = colour::PAPER.hex();
    let ink = colour::INK.hex();
    let border = (w.max(h) / 500).max(1);

    // Title.
    let mut head = String::new();
    let title_lines = wrap(&map.title, chars_in(total_w - 2 * m, title_size));
    let map_top = text_block(
        &mut head,
        &title_lines,
        m,
        m / 2,
        title_size,
        " font-weight=\"bold\"",
    ) + m;

    // The map.
    let mut body = String::new();
    let _ = write!(body, "<g transform=\"translate({m} {map_top})\">");
    for r in &map.regions {
        let _ = write!(
            body,
            "<path d=\"{}\" fill=\"{}\" stroke=\"{paper}\" stroke-width=\"{border}\" stroke-linejoin=\"round\"><title>{}</title></path>",
            r.d,
            r.fill.attr(&map.id),
            escape(&r.accessible_name)
        );
        if let Some(id) = r.mark.and_then(StanceMark::pattern) {
            let _ = write!(body, "<path d=\"{}\" fill=\"url(#{}-{id})\"/>", r.d, map.id);
        }
    }
    if let Some(outline) = &map.outline {
        let _ = write!(
            body,
            "<path d=\"{outline}\" fill=\"none\" stroke=\"{ink}\" stroke-width=\"{border}\" stroke-linejoin=\"round\"/>"
        );
    }
    for r in map.regions.iter().filter(|r| r.marked) {
        ring(&mut body, &r.d, border);
    }
    for r in &map.regions {
        if let Some([x, y]) = r.name_at {
            let _ = write!(
                body,
                "<text x=\"{x}\" y=\"{y}\" font-size=\"{}\" text-anchor=\"middle\" dominant-baseline=\"central\" fill=\"{ink}\" stroke=\"{paper}\" stroke-width=\"{}\" paint-order=\"stroke\" stroke-linejoin=\"round\">{}</text>",
                s.name,
                (s.name / 5).max(1),
                escape(&r.name)
            );
        }
    }
    for p in &map.pins {
        if let Some(at) = p.at {
            pin(&mut body, at, p.number, s.pin);
        }
    }
    body.push_str("</g>");

    // Legends, pins and the source, in a panel beside or below the map.
    let (px, mut y) = if tall {
        (w + 2 * m, map_top)
    } else {
        (m, map_top + h + m)
    };
    let width = chars_in(panel - s.name * 2, s.name);
    let mut side = String::new();
    for legend in &map.legends {
        y = legend_block(&mut side, legend, &map.id, px, y, s.name, width) + m / 2;
    }
    if !map.pins.is_empty() {
        let title = [words::units_legend_title(lang).to_string()];
        y = text_block(&mut side, &title, px, y, s.name, " font-weight=\"bold\"");
        for p in &map.pins {
            let lines = wrap(&p.text, width);
            pin(&mut side, [px + s.pin, y + s.name * 3 / 4], p.number, s.pin);
            y = text_block(&mut side, &lines, px + 2 * s.name, y, s.name, "") + s.name / 3;
        }
        y += m / 2;
    }
    if !map.unpinned.is_empty() {
        let title = [words::unpinned_title(lang).to_string()];
        y = text_block(
            &mut side,
            &wrap(&title[0], width),
            px,
            y,
            s.name,
            " font-weight=\"bold\"",
        );
        for name in &map.unpinned {
            y = text_block(&mut side, &wrap(name, width), px, y, s.name, "");
        }
        y += m / 2;
    }
    let panel_bottom = y;
    let source_top = if tall {
        (map_top + h + m).max(panel_bottom)
    } else {
        panel_bottom
    };
    let source_size = (s.name * 4 / 5).max(1);
    let source_lines = wrap(words::source(lang), chars_in(total_w - 2 * m, source_size));
    let mut foot = String::new();
    let bottom = text_block(&mut foot, &source_lines, m, source_top, source_size, "") + m;

    let px_w = 800;
    let px_h = (bottom * px_w + total_w / 2) / total_w.max(1);
    let mut out = String::new();
    let _ = write!(
        out,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"{px_w}\" height=\"{px_h}\" viewBox=\"0 0 {total_w} {bottom}\" font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif\" fill=\"{ink}\"><title>{}</title><desc>{}</desc><defs>{}</defs><rect width=\"{total_w}\" height=\"{bottom}\" fill=\"{paper}\"/>",
        escape(&map.title),
        escape(words::source(lang)),
        pattern_defs(&map.id, s.cell),
    );
    out.push_str(&head);
    out.push_str(&body);
    out.push_str(&side);
    out.push_str(&foot);
    out.push_str("</svg>\n");
    out
}

/// The two-tone ring of a marked region: ink inside a paper halo.
fn ring(out: &mut String, d: &str, border: i64) {
    let _ = write!(
        out,
        "<path d=\"{d}\" fill=\"none\" stroke=\"{}\" stroke-width=\"{}\" stroke-linejoin=\"round\"/><path d=\"{d}\" fill=\"none\" stroke=\"{}\" stroke-width=\"{}\" stroke-linejoin=\"round\"/>",
        colour::PAPER.hex(),
        border * 6,
        colour::INK.hex(),
        border * 3
    );
}

/// A numbered pin: an ink disc with a paper rim and a paper number.
fn pin(out: &mut String, [x, y]: [i64; 2], number: usize, r: i64) {
    let _ = write!(
        out,
        "<circle cx=\"{x}\" cy=\"{y}\" r=\"{r}\" fill=\"{ink}\" stroke=\"{paper}\" stroke-width=\"{}\"/><text x=\"{x}\" y=\"{y}\" font-size=\"{}\" font-weight=\"bold\" text-anchor=\"middle\" dominant-baseline=\"central\" fill=\"{paper}\">{number}</text>",
        (r / 5).max(1),
        r * 5 / 4,
        ink = colour::INK.hex(),
        paper = colour::PAPER.hex(),
    );
}

/// A legend: its title, then each entry's swatch and label with its count; returns the y
/// below it.
#[allow(clippy::too_many_arguments)]
fn legend_block(
    out: &mut String,
    legend: &Legend,
    id: &str,
    x: i64,
    y: i64,
    size: i64,
    width: usize,
) -> i64 {
    let title = [legend.title.to_string()];
    let mut y = text_block(out, &title, x, y, size, " font-weight=\"bold\"");
    let swatch = size * 6 / 5;
    for e in &legend.entries {
        let (fill, mark) = match e.key {
            LegendKey::Fill(f) => (f.attr(id), None),
            // A mark is shown on the grey of a plain area.
            LegendKey::Mark(m) => (colour::HATCH.hex(), m.pattern()),
        };
        let top = y + size / 4;
        let _ = write!(
            out,
            "<rect x=\"{x}\" y=\"{top}\" width=\"{swatch}\" height=\"{swatch}\" fill=\"{fill}\" stroke=\"{}\" stroke-width=\"{}\"/>",
            colour::INK.hex(),
            (size / 12).max(1)
        );
        if let Some(p) = mark {
            let _ = write!(
                out,
                "<rect x=\"{x}\" y=\"{top}\" width=\"{swatch}\" height=\"{swatch}\" fill=\"url(#{id}-{p})\"/>"
            );
        }
        let label = format!("{} ({})", e.label, e.count);
        let lines = wrap(&label, width);
        y = text_block(out, &lines, x + swatch + size / 2, y, size, "") + size / 4;
    }
    y
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup() {
        assert_eq!(
            escape("A & B <C> \"D\" 'E'"),
            "A &amp; B &lt;C&gt; &quot;D&quot; &apos;E&apos;"
        );
    }

    #[test]
    fn wraps_at_word_boundaries() {
        assert_eq!(
            wrap("Källa: länens sidor i den nationella katalogen", 20),
            vec!["Källa: länens sidor", "i den nationella", "katalogen"]
        );
        assert_eq!(wrap("", 10), Vec::<String>::new());
        assert_eq!(
            wrap("Späd-och-småbarnsverksamheter", 5),
            vec!["Späd-och-småbarnsverksamheter"]
        );
    }

    #[test]
    fn patterns_are_prefixed_and_paper_coloured() {
        let defs = pattern_defs("lan-18", 20);
        for id in ["band", "saknas", "erbjuder", "annat", "inget"] {
            assert!(defs.contains(&format!("id=\"lan-18-{id}\"")), "{id}");
        }
        assert_eq!(defs.matches("<pattern ").count(), 5);
        assert!(defs.contains("fill=\"#fbfaf7\""));
    }
}
