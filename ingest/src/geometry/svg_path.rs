//! Compact SVG path data from rings of integer map points: the first point absolute, every
//! further one relative, and no space the grammar does not need.

use std::fmt::Write;

/// A point of a map file: `(x, y)` in map units, y growing downwards.
pub type MapPt = (i64, i64);

/// Path data of closed rings (each given open: its last point is not repeated), all relative:
/// the first ring starts with `m x y` (a path's first move is absolute even when written
/// relative), every later one with `m dx dy` from the start of the ring before (where `z`
/// leaves the pen); the pairs after a relative move are relative line-tos.
/// Example: `[[(0,0),(10,0),(10,5)]]` gives `m0 0 10 0 0 5z`.
pub fn path_data(rings: &[Vec<MapPt>]) -> String {
    let mut out = String::new();
    let mut pen: Option<MapPt> = None;
    for ring in rings {
        let Some(&first) = ring.first() else { continue };
        let (px, py) = pen.unwrap_or((0, 0));
        out.push('m');
        push_pair(&mut out, (first.0 - px, first.1 - py), true);
        for w in ring.windows(2) {
            push_pair(&mut out, (w[1].0 - w[0].0, w[1].1 - w[0].1), false);
        }
        out.push('z');
        pen = Some(first);
    }
    out
}

/// Writes two numbers, each preceded by a space unless it follows a command letter or
/// starts with a minus sign.
fn push_pair(out: &mut String, (x, y): MapPt, after_letter: bool) {
    if !after_letter && x >= 0 {
        out.push(' ');
    }
    write!(out, "{x}").expect("writing to a String");
    if y >= 0 {
        out.push(' ');
    }
    write!(out, "{y}").expect("writing to a String");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_and_without_needless_spaces() {
        assert_eq!(
            path_data(&[vec![(0, 0), (10, 0), (10, 5)]]),
            "m0 0 10 0 0 5z"
        );
        assert_eq!(
            path_data(&[
                vec![(5, 5), (3, 7), (8, 2)],
                vec![(20, 1), (21, 1), (21, 2)]
            ]),
            "m5 5-2 2 5-5zm15-4 1 0 0 1z"
        );
        assert_eq!(path_data(&[]), "");
    }
}
