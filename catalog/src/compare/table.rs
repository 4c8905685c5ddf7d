//! What every comparison table shares: its columns (a Swedish key for the URL, an English
//! CSV header, a label in each language), the value of a cell for CSV and a key to sort it
//! by, and sorting: numbers numerically, text in Swedish order, "not stated" last in both
//! directions, ties in the table's own order.

use crate::format::Decimal;
use crate::route::Lang;
use crate::search::swedish_cmp;
use std::cmp::Ordering;

/// A column of a table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    /// Its name in the URL (`sort=barn`): Swedish, lower-case ASCII and hyphens.
    pub key: String,
    /// Its CSV header: English snake_case, like `export municipalities`.
    pub csv: String,
    pub sv: String,
    pub en: String,
    /// Holds numbers (a view right-aligns them).
    pub numeric: bool,
    /// The direction of a first click on its header: numbers largest first, text A to Ö,
    /// unless the table says otherwise (stances: the most favourable first).
    pub first_order: Order,
}

impl Column {
    pub fn new(key: &str, csv: &str, sv: &str, en: &str, numeric: bool) -> Column {
        Column {
            key: key.to_string(),
            csv: csv.to_string(),
            sv: sv.to_string(),
            en: en.to_string(),
            numeric,
            first_order: if numeric {
                Order::Descending
            } else {
                Order::Ascending
            },
        }
    }

    /// The same column with another first direction.
    pub fn first(mut self, order: Order) -> Column {
        self.first_order = order;
        self
    }

    pub fn label(&self, lang: Lang) -> &str {
        match lang {
            Lang::Sv => &self.sv,
            Lang::En => &self.en,
        }
    }
}

/// A sort direction.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Order {
    #[default]
    Ascending,
    Descending,
}

impl Order {
    /// Its value in the URL: `stigande`, `fallande`.
    pub fn key(self) -> &'static str {
        match self {
            Order::Ascending => "stigande",
            Order::Descending => "fallande",
        }
    }

    pub fn parse(key: &str) -> Option<Order> {
        [Order::Ascending, Order::Descending]
            .into_iter()
            .find(|o| o.key() == key)
    }

    /// The `aria-sort` value of a sorted column header.
    pub fn aria(self) -> &'static str {
        match self {
            Order::Ascending => "ascending",
            Order::Descending => "descending",
        }
    }

    pub fn reversed(self) -> Order {
        match self {
            Order::Ascending => Order::Descending,
            Order::Descending => Order::Ascending,
        }
    }
}

/// A table's sort: a column key and a direction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sort {
    pub column: String,
    pub order: Order,
}

/// The sort after a click on a column's header: the same column flips its direction,
/// another column starts at its `first_order`.
pub fn next_sort(current: Option<&Sort>, clicked: &Column) -> Sort {
    match current {
        Some(s) if s.column == clicked.key => Sort {
            column: s.column.clone(),
            order: s.order.reversed(),
        },
        _ => Sort {
            column: clicked.key.clone(),
            order: clicked.first_order,
        },
    }
}

/// A cell as a CSV file holds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Number(Decimal),
    Text(String),
    /// An empty field.
    NotStated,
}

impl Value {
    pub fn count(n: u32) -> Value {
        Value::Number(Decimal::whole(u64::from(n)))
    }

    /// The CSV field: numbers as plain digits with `decimal` before the fraction, text as
    /// it is, not stated empty.
    pub fn csv(&self, decimal: char) -> String {
        match self {
            Value::Number(d) => d.plain(decimal),
            Value::Text(t) => t.clone(),
            Value::NotStated => String::new(),
        }
    }
}

/// What a cell is sorted by.
#[derive(Debug, Clone, PartialEq)]
pub enum SortKey {
    Number(f64),
    Text(String),
    /// Always last.
    NotStated,
}

impl SortKey {
    /// Ascending order of two keys of one column; "not stated" is placed by `sorted_rows`.
    fn cmp_stated(&self, other: &SortKey) -> Ordering {
        match (self, other) {
            (SortKey::Number(a), SortKey::Number(b)) => a.total_cmp(b),
            (SortKey::Text(a), SortKey::Text(b)) => swedish_cmp(a, b),
            (SortKey::Number(_), _) => Ordering::Less,
            (_, SortKey::Number(_)) => Ordering::Greater,
            _ => Ordering::Equal,
        }
    }
}

impl From<&Value> for SortKey {
    fn from(v: &Value) -> SortKey {
        match v {
            Value::Number(d) => SortKey::Number(d.to_f64()),
            Value::Text(t) => SortKey::Text(t.clone()),
            Value::NotStated => SortKey::NotStated,
        }
    }
}

/// A comparison table: columns, rows in the table's own order, a CSV value and a sort key
/// per cell.
pub trait Table {
    fn columns(&self) -> &[Column];
    fn row_count(&self) -> usize;
    /// The cell as the CSV holds it; `lang` only for the few cells with words of the app
    /// (staff and cases with what they count and their caveats).
    fn value(&self, row: usize, column: usize, lang: Lang) -> Value;
    /// What the cell is sorted by: by default its value.
    fn sort_key(&self, row: usize, column: usize) -> SortKey {
        SortKey::from(&self.value(row, column, Lang::Sv))
    }

    /// The index of the column with this URL key.
    fn column_index(&self, key: &str) -> Option<usize> {
        self.columns().iter().position(|c| c.key == key)
    }
}

/// The table's rows in the order of `sort` (indices into the table's own order); the own
/// order without a sort or for a column the table does not have. Stable: rows that sort
/// alike keep their own order, in both directions. "Not stated" comes last in both.
pub fn sorted_rows(table: &impl Table, sort: Option<&Sort>) -> Vec<usize> {
    let mut rows: Vec<usize> = (0..table.row_count()).collect();
    let Some((column, order)) = sort.and_then(|s| Some((table.column_index(&s.column)?, s.order)))
    else {
        return rows;
    };
    let keys: Vec<SortKey> = rows.iter().map(|&r| table.sort_key(r, column)).collect();
    rows.sort_by(|&a, &b| {
        let (ka, kb) = (&keys[a], &keys[b]);
        match (ka == &SortKey::NotStated, kb == &SortKey::NotStated) {
            (true, true) => Ordering::Equal,
            (true, false) => Ordering::Greater,
            (false, true) => Ordering::Less,
            (false, false) => match order {
                Order::Ascending => ka.cmp_stated(kb),
                Order::Descending => kb.cmp_stated(ka),
            },
        }
    });
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Toy {
        columns: Vec<Column>,
        rows: Vec<(&'static str, Option<u32>)>,
    }

    impl Table for Toy {
        fn columns(&self) -> &[Column] {
            &self.columns
        }
        fn row_count(&self) -> usize {
            self.rows.len()
        }
        fn value(&self, row: usize, column: usize, _: Lang) -> Value {
            let (name, n) = self.rows[row];
            match column {
                0 => Value::Text(name.to_string()),
                _ => n.map_or(Value::NotStated, Value::count),
            }
        }
    }

    fn toy() -> Toy {
        Toy {
            columns: vec![
                Column::new("namn", "name", "Namn", "Name", false),
                Column::new("antal", "count", "Antal", "Count", true),
            ],
            rows: vec![
                ("Örebro", Some(9)),
                ("Ale", None),
                ("Västerås", Some(10)),
                ("Åre", Some(9)),
                ("Zinkgruvan", Some(100)),
            ],
        }
    }

    fn names(t: &Toy, sort: Option<Sort>) -> Vec<&'static str> {
        sorted_rows(t, sort.as_ref())
            .iter()
            .map(|&r| t.rows[r].0)
            .collect()
    }

    #[test]
    fn numbers_numerically_not_stated_last_both_ways() {
        let t = toy();
        let by = |order| {
            Some(Sort {
                column: "antal".into(),
                order,
            })
        };
        assert_eq!(
            names(&t, by(Order::Ascending)),
            ["Örebro", "Åre", "Västerås", "Zinkgruvan", "Ale"]
        );
        // Ties keep the table's order in both directions.
        assert_eq!(
            names(&t, by(Order::Descending)),
            ["Zinkgruvan", "Västerås", "Örebro", "Åre", "Ale"]
        );
    }

    #[test]
    fn text_in_swedish_order_and_unknown_column_keeps_order() {
        let t = toy();
        let by = |order| {
            Some(Sort {
                column: "namn".into(),
                order,
            })
        };
        assert_eq!(
            names(&t, by(Order::Ascending)),
            ["Ale", "Västerås", "Zinkgruvan", "Åre", "Örebro"]
        );
        assert_eq!(
            names(&t, by(Order::Descending)),
            ["Örebro", "Åre", "Zinkgruvan", "Västerås", "Ale"]
        );
        let own = ["Örebro", "Ale", "Västerås", "Åre", "Zinkgruvan"];
        assert_eq!(names(&t, None), own);
        assert_eq!(
            names(
                &t,
                Some(Sort {
                    column: "x".into(),
                    order: Order::Descending
                })
            ),
            own
        );
    }

    #[test]
    fn clicks_flip_or_start_at_the_columns_first_order() {
        let t = toy();
        let count = &t.columns()[1];
        let first = next_sort(None, count);
        assert_eq!(
            first,
            Sort {
                column: "antal".into(),
                order: Order::Descending
            }
        );
        assert_eq!(next_sort(Some(&first), count).order, Order::Ascending);
        assert_eq!(
            next_sort(Some(&first), &t.columns()[0]).order,
            Order::Ascending
        );
        assert_eq!(Order::parse("fallande"), Some(Order::Descending));
        assert_eq!(Order::Descending.aria(), "descending");
        assert_eq!(Order::parse("down"), None);
    }
}
