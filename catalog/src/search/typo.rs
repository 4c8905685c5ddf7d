//! One typo: whether two keys are at most one edit apart (Damerau–Levenshtein in its
//! restricted form: one letter inserted, removed, replaced, or two neighbours swapped).

/// Whether `a` and `b` differ by at most one edit. Linear in their length.
pub fn within_one(a: &[char], b: &[char]) -> bool {
    if a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let p = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    match a.len().cmp(&b.len()) {
        std::cmp::Ordering::Equal => {
            p == a.len()
                || a[p + 1..] == b[p + 1..]
                || (p + 1 < a.len()
                    && a[p] == b[p + 1]
                    && a[p + 1] == b[p]
                    && a[p + 2..] == b[p + 2..])
        }
        std::cmp::Ordering::Less => a[p..] == b[p + 1..],
        std::cmp::Ordering::Greater => a[p + 1..] == b[p..],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(a: &str, b: &str) -> bool {
        let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
        let there = within_one(&a, &b);
        assert_eq!(there, within_one(&b, &a), "symmetric for {a:?}, {b:?}");
        there
    }

    #[test]
    fn one_edit_of_each_kind() {
        assert!(one("kumla", "kumla"));
        assert!(one("kumal", "kumla")); // swap
        assert!(one("karlskogs", "karlskoga")); // replace
        assert!(one("karlskga", "karlskoga")); // remove
        assert!(one("nnora", "nora")); // insert at the start
        assert!(one("", "a"));
        assert!(!one("kmual", "kumla")); // two swaps
        assert!(!one("karlskrona", "karlskoga"));
        assert!(!one("abc", "cba"));
        assert!(!one("ab", "abcd"));
    }
}
