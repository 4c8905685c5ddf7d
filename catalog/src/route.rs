//! The app's URL state. Every view lives in the query string of the one page the site has
//! (`<base>?lan=18&lang=en`, `?kommun=1881`, `?sida=utforska&metod=mim`), so any static file
//! server, from any sub-path, serves a deep link as it serves the front page. Parsing is
//! strict: an unknown parameter or value is a problem the app names, never silently ignored
//! — except the explore page's filter values, which shared links carry across data changes:
//! those are dropped and named (`explore::query`). The staff pages' own parameters are read
//! by their module (`explore::ExploreQuery`, `compare::CompareQuery`), which the app loads
//! only for them.

use std::fmt;

/// The language the interface is shown in. Swedish is the default and is left out of URLs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Sv,
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Sv => "sv",
            Lang::En => "en",
        }
    }

    pub fn other(self) -> Lang {
        match self {
            Lang::Sv => Lang::En,
            Lang::En => Lang::Sv,
        }
    }
}

/// Which view the URL asks for.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Page {
    /// The front page: the search, the counties of the data set, every municipality.
    #[default]
    Home,
    /// One county (län) by its official two-digit code (`?lan=18`).
    County { code: String },
    /// One municipality (kommun) by its official four-digit code (`?kommun=1881`).
    Municipality { code: String },
    /// The glossary of methods and abbreviations (`?sida=ordlista`).
    Glossary,
    /// One of the staff pages, which the app loads on demand (a module of their own): the
    /// parameters are theirs to read (`explore::ExploreQuery`, `compare::CompareQuery`).
    Tool {
        page: ToolPage,
        params: Vec<(String, String)>,
    },
    /// The URL cannot be understood; the reason is shown to the user.
    Invalid(Problem),
}

/// The staff pages (`?sida=…`), loaded on demand.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ToolPage {
    /// Every offer as a card, filtered (`?sida=utforska&metod=mim`).
    Explore,
    /// The comparison tables (`?sida=jamfor&tabell=kommuner`).
    Compare,
    /// The open data files (`?sida=data`).
    OpenData,
}

impl ToolPage {
    pub fn key(self) -> &'static str {
        match self {
            ToolPage::Explore => PAGE_EXPLORE,
            ToolPage::Compare => PAGE_COMPARE,
            ToolPage::OpenData => PAGE_OPEN_DATA,
        }
    }
}

/// Why a URL cannot be shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The path is not the site's own page (e.g. `/base/foo`).
    UnknownPath(String),
    /// A query parameter the app does not know.
    UnknownParameter(String),
    /// A known parameter given twice.
    RepeatedParameter(String),
    /// A known parameter with a value it cannot take.
    InvalidValue { key: String, value: String },
    /// Two parameters that each choose a page (`?lan=18&kommun=1881`).
    Conflicting { first: String, second: String },
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::UnknownPath(p) => write!(f, "unknown path {p:?}"),
            Problem::UnknownParameter(k) => write!(f, "unknown parameter {k:?}"),
            Problem::RepeatedParameter(k) => write!(f, "parameter {k:?} given more than once"),
            Problem::InvalidValue { key, value } => {
                write!(f, "parameter {key:?} cannot be {value:?}")
            }
            Problem::Conflicting { first, second } => {
                write!(
                    f,
                    "parameters {first:?} and {second:?} choose different pages"
                )
            }
        }
    }
}

/// A parsed URL: the view and the language.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Route {
    pub page: Page,
    pub lang: Lang,
}

/// The query parameters the app understands besides each page's own.
const KEY_COUNTY: &str = "lan";
const KEY_MUNICIPALITY: &str = "kommun";
const KEY_PAGE: &str = "sida";
const KEY_LANG: &str = "lang";

/// The values of `sida`.
const PAGE_GLOSSARY: &str = "ordlista";
const PAGE_EXPLORE: &str = "utforska";
const PAGE_COMPARE: &str = "jamfor";
const PAGE_OPEN_DATA: &str = "data";

impl Route {
    pub fn home(lang: Lang) -> Route {
        Route::of(Page::Home, lang)
    }

    pub fn county(code: &str, lang: Lang) -> Route {
        Route::of(
            Page::County {
                code: code.to_string(),
            },
            lang,
        )
    }

    pub fn municipality(code: &str, lang: Lang) -> Route {
        Route::of(
            Page::Municipality {
                code: code.to_string(),
            },
            lang,
        )
    }

    pub fn of(page: Page, lang: Lang) -> Route {
        Route { page, lang }
    }

    /// Reads a URL's path (relative to the site's base: empty or `index.html` for the one
    /// page) and query string (with or without the leading `?`).
    pub fn parse(relative_path: &str, query: &str) -> Route {
        let query = query.strip_prefix('?').unwrap_or(query);
        let pairs: Vec<(String, String)> = form_urlencoded::parse(query.as_bytes())
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect();
        let single = |key: &str| -> Result<Option<&str>, Problem> {
            let mut values = pairs
                .iter()
                .filter(|(k, _)| k == key)
                .map(|(_, v)| v.as_str());
            let first = values.next();
            match values.next() {
                Some(_) => Err(Problem::RepeatedParameter(key.to_string())),
                None => Ok(first),
            }
        };
        // The language first, so that any problem is shown in it.
        let lang = match single(KEY_LANG).and_then(|v| v.map(parse_lang).transpose()) {
            Ok(l) => l.unwrap_or_default(),
            Err(p) => return Route::of(Page::Invalid(p), Lang::default()),
        };
        let page = if !(relative_path.is_empty() || relative_path == "index.html") {
            Page::Invalid(Problem::UnknownPath(relative_path.to_string()))
        } else {
            parse_page(&pairs, single).unwrap_or_else(Page::Invalid)
        };
        Route { page, lang }
    }

    /// The query string for this route, `""` for the Swedish front page, otherwise starting
    /// with `?`. An invalid page has no URL of its own and maps to the front page.
    pub fn to_query(&self) -> String {
        let mut q = form_urlencoded::Serializer::new(String::new());
        match &self.page {
            Page::Home | Page::Invalid(_) => {}
            Page::County { code } => {
                q.append_pair(KEY_COUNTY, code);
            }
            Page::Municipality { code } => {
                q.append_pair(KEY_MUNICIPALITY, code);
            }
            Page::Glossary => {
                q.append_pair(KEY_PAGE, PAGE_GLOSSARY);
            }
            Page::Tool { page, params } => {
                q.append_pair(KEY_PAGE, page.key());
                for (k, v) in params {
                    q.append_pair(k, v);
                }
            }
        }
        if self.lang != Lang::Sv {
            q.append_pair(KEY_LANG, self.lang.code());
        }
        let q = q.finish();
        if q.is_empty() {
            q
        } else {
            format!("?{q}")
        }
    }

    /// The same view in another language.
    pub fn with_lang(&self, lang: Lang) -> Route {
        Route {
            page: self.page.clone(),
            lang,
        }
    }
}

/// The page the query's parameters (other than `lang`) choose.
fn parse_page<'a>(
    pairs: &'a [(String, String)],
    single: impl Fn(&str) -> Result<Option<&'a str>, Problem>,
) -> Result<Page, Problem> {
    let own = || {
        pairs
            .iter()
            .filter(|(k, _)| k != KEY_PAGE && k != KEY_LANG)
            .map(|(k, v)| (k.clone(), v.clone()))
    };
    if let Some(page) = single(KEY_PAGE)? {
        let tool = |page| Page::Tool {
            page,
            params: own().collect(),
        };
        return match page {
            PAGE_EXPLORE => Ok(tool(ToolPage::Explore)),
            PAGE_COMPARE => Ok(tool(ToolPage::Compare)),
            PAGE_GLOSSARY | PAGE_OPEN_DATA => match own().next() {
                Some((key, _)) => Err(Problem::UnknownParameter(key)),
                None if page == PAGE_GLOSSARY => Ok(Page::Glossary),
                None => Ok(tool(ToolPage::OpenData)),
            },
            other => Err(invalid(KEY_PAGE, other)),
        };
    }
    if let Some((key, _)) = own().find(|(k, _)| k != KEY_COUNTY && k != KEY_MUNICIPALITY) {
        return Err(Problem::UnknownParameter(key));
    }
    match (single(KEY_COUNTY)?, single(KEY_MUNICIPALITY)?) {
        (Some(_), Some(_)) => Err(Problem::Conflicting {
            first: KEY_COUNTY.to_string(),
            second: KEY_MUNICIPALITY.to_string(),
        }),
        (Some(c), None) => digits(KEY_COUNTY, c, 2).map(|code| Page::County { code }),
        (None, Some(m)) => digits(KEY_MUNICIPALITY, m, 4).map(|code| Page::Municipality { code }),
        (None, None) => Ok(Page::Home),
    }
}

fn parse_lang(value: &str) -> Result<Lang, Problem> {
    match value {
        "sv" => Ok(Lang::Sv),
        "en" => Ok(Lang::En),
        _ => Err(invalid(KEY_LANG, value)),
    }
}

/// An official code: exactly `n` ASCII digits.
fn digits(key: &str, value: &str, n: usize) -> Result<String, Problem> {
    if value.len() == n && value.bytes().all(|b| b.is_ascii_digit()) {
        Ok(value.to_string())
    } else {
        Err(invalid(key, value))
    }
}

fn invalid(key: &str, value: &str) -> Problem {
    Problem::InvalidValue {
        key: key.to_string(),
        value: value.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_page_and_county() {
        assert_eq!(Route::parse("", ""), Route::home(Lang::Sv));
        assert_eq!(Route::parse("index.html", "?"), Route::home(Lang::Sv));
        assert_eq!(Route::parse("", "?lan=18"), Route::county("18", Lang::Sv));
        assert_eq!(
            Route::parse("", "?lang=en&lan=05"),
            Route::county("05", Lang::En)
        );
    }

    #[test]
    fn round_trip() {
        for r in [
            Route::home(Lang::Sv),
            Route::home(Lang::En),
            Route::county("01", Lang::Sv),
            Route::county("22", Lang::En),
            Route::municipality("1881", Lang::Sv),
            Route::municipality("0128", Lang::En),
            Route::of(Page::Glossary, Lang::En),
            Route::of(
                Page::Tool {
                    page: ToolPage::OpenData,
                    params: vec![],
                },
                Lang::Sv,
            ),
            Route::parse("", "?sida=utforska&metod=mim&egen_remiss=ja&q=trygghet"),
            Route::parse("", "?sida=jamfor&tabell=kommuner&lan=18&lang=en"),
        ] {
            assert!(!matches!(r.page, Page::Invalid(_)), "{r:?}");
            let q = r.to_query();
            assert_eq!(Route::parse("", &q), r, "{q}");
        }
        assert_eq!(Route::home(Lang::Sv).to_query(), "");
        assert_eq!(Route::county("18", Lang::En).to_query(), "?lan=18&lang=en");
        assert_eq!(
            Route::municipality("1881", Lang::Sv).to_query(),
            "?kommun=1881"
        );
        assert_eq!(
            Route::of(Page::Glossary, Lang::En).to_query(),
            "?sida=ordlista&lang=en"
        );
    }

    #[test]
    fn staff_pages_carry_their_parameters_to_their_module() {
        match Route::parse("", "?sida=utforska&typ=enhet&typ=trolleri&lang=en") {
            Route {
                page: Page::Tool { page, params },
                lang: Lang::En,
            } => {
                assert_eq!(page, ToolPage::Explore);
                assert_eq!(
                    params,
                    [
                        ("typ".into(), "enhet".into()),
                        ("typ".into(), "trolleri".into())
                    ]
                );
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(
            Route::parse("", "?sida=data&x=1").page,
            Page::Invalid(Problem::UnknownParameter("x".into()))
        );
    }

    #[test]
    fn pages_without_parameters_of_their_own() {
        assert_eq!(Route::parse("", "?sida=ordlista").page, Page::Glossary);
        assert_eq!(
            Route::parse("", "?sida=data&lang=en").page,
            Page::Tool {
                page: ToolPage::OpenData,
                params: vec![]
            }
        );
        assert_eq!(
            Route::parse("", "?sida=ordlista&lan=18").page,
            Page::Invalid(Problem::UnknownParameter("lan".into()))
        );
        assert_eq!(
            Route::parse("", "?sida=kartan").page,
            Page::Invalid(Problem::InvalidValue {
                key: "sida".into(),
                value: "kartan".into()
            })
        );
    }

    #[test]
    fn problems_are_named() {
        let page = |p: &str, q: &str| Route::parse(p, q).page;
        assert_eq!(
            page("", "?x=1"),
            Page::Invalid(Problem::UnknownParameter("x".into()))
        );
        assert_eq!(
            page("", "?lan=18&lan=05"),
            Page::Invalid(Problem::RepeatedParameter("lan".into()))
        );
        assert_eq!(
            page("", "?lan=abc"),
            Page::Invalid(Problem::InvalidValue {
                key: "lan".into(),
                value: "abc".into()
            })
        );
        assert_eq!(
            page("foo", ""),
            Page::Invalid(Problem::UnknownPath("foo".into()))
        );
        assert_eq!(
            page("", "?lan=18&kommun=1881"),
            Page::Invalid(Problem::Conflicting {
                first: "lan".into(),
                second: "kommun".into()
            })
        );
        assert_eq!(
            page("", "?kommun=188"),
            Page::Invalid(Problem::InvalidValue {
                key: "kommun".into(),
                value: "188".into()
            })
        );
        // The language survives a problem elsewhere, so the error is shown in it.
        assert_eq!(Route::parse("", "?lang=en&zzz").lang, Lang::En);
        assert_eq!(
            page("", "?lang=fr"),
            Page::Invalid(Problem::InvalidValue {
                key: "lang".into(),
                value: "fr".into()
            })
        );
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    /// Query strings made of the app's own keys and values, other keys, and junk.
    fn query() -> impl Strategy<Value = String> {
        let key = prop_oneof![
            Just("lan".to_string()),
            Just("kommun".to_string()),
            Just("sida".to_string()),
            Just("lang".to_string()),
            Just("metod".to_string()),
            Just("tabell".to_string()),
            "[a-zåäö%=&+#]{0,6}",
        ];
        let value = prop_oneof![
            Just("18".to_string()),
            Just("1881".to_string()),
            Just("en".to_string()),
            Just("utforska".to_string()),
            Just("jamfor".to_string()),
            Just("ordlista".to_string()),
            Just("data".to_string()),
            "\\PC{0,8}",
        ];
        prop::collection::vec((key, value), 0..6).prop_map(|pairs| {
            let mut s = form_urlencoded::Serializer::new(String::new());
            for (k, v) in pairs {
                s.append_pair(&k, &v);
            }
            s.finish()
        })
    }

    proptest! {
        /// Any path and query string gives a route or a named problem, never a panic.
        #[test]
        fn any_url_parses(path in "\\PC{0,20}", raw in "\\PC{0,60}") {
            let _ = Route::parse(&path, &raw);
            let _ = Route::parse("", &raw);
        }

        /// A route the app can show has a URL that leads back to it.
        #[test]
        fn shown_routes_round_trip(q in query()) {
            let route = Route::parse("", &q);
            if !matches!(route.page, Page::Invalid(_)) {
                prop_assert_eq!(Route::parse("", &route.to_query()), route);
            }
        }
    }
}
