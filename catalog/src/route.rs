//! The app's URL state. Every view lives in the query string of the one page the site has
//! (`<base>?lan=18&lang=en`), so any static file server, from any sub-path, serves a deep
//! link as it serves the front page. Parsing is strict: an unknown parameter or value is a
//! problem the app names, never silently ignored.

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
    /// The front page: all counties of the data set.
    #[default]
    Home,
    /// One county (län) by its official two-digit code.
    County { code: String },
    /// The URL cannot be understood; the reason is shown to the user.
    Invalid(Problem),
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
        }
    }
}

/// A parsed URL: the view and the language.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Route {
    pub page: Page,
    pub lang: Lang,
}

/// The query parameters the app understands.
const KEY_COUNTY: &str = "lan";
const KEY_LANG: &str = "lang";

impl Route {
    pub fn home(lang: Lang) -> Route {
        Route {
            page: Page::Home,
            lang,
        }
    }

    pub fn county(code: &str, lang: Lang) -> Route {
        Route {
            page: Page::County {
                code: code.to_string(),
            },
            lang,
        }
    }

    /// Reads a URL's path (relative to the site's base: empty or `index.html` for the one
    /// page) and query string (with or without the leading `?`).
    pub fn parse(relative_path: &str, query: &str) -> Route {
        let mut lang = None;
        let mut county = None;
        let mut problem = None;
        if !(relative_path.is_empty() || relative_path == "index.html") {
            problem = Some(Problem::UnknownPath(relative_path.to_string()));
        }
        let query = query.strip_prefix('?').unwrap_or(query);
        for (key, value) in form_urlencoded::parse(query.as_bytes()) {
            let found = match key.as_ref() {
                KEY_LANG => parse_lang(&value).map(|l| lang.replace(l).is_none()),
                KEY_COUNTY => parse_county(&value).map(|c| county.replace(c).is_none()),
                _ => Err(Problem::UnknownParameter(key.to_string())),
            };
            let result = found.and_then(|first| {
                first
                    .then_some(())
                    .ok_or_else(|| Problem::RepeatedParameter(key.to_string()))
            });
            if let (Err(p), None) = (result, &problem) {
                problem = Some(p);
            }
        }
        let page = match (problem, county) {
            (Some(p), _) => Page::Invalid(p),
            (None, Some(code)) => Page::County { code },
            (None, None) => Page::Home,
        };
        Route {
            page,
            lang: lang.unwrap_or_default(),
        }
    }

    /// The query string for this route, `""` for the Swedish front page, otherwise starting
    /// with `?`. An invalid page has no URL of its own and maps to the front page.
    pub fn to_query(&self) -> String {
        let mut q = form_urlencoded::Serializer::new(String::new());
        if let Page::County { code } = &self.page {
            q.append_pair(KEY_COUNTY, code);
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

fn parse_lang(value: &str) -> Result<Lang, Problem> {
    match value {
        "sv" => Ok(Lang::Sv),
        "en" => Ok(Lang::En),
        _ => Err(invalid(KEY_LANG, value)),
    }
}

fn parse_county(value: &str) -> Result<String, Problem> {
    if value.len() == 2 && value.bytes().all(|b| b.is_ascii_digit()) {
        Ok(value.to_string())
    } else {
        Err(invalid(KEY_COUNTY, value))
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
        ] {
            let q = r.to_query();
            assert_eq!(Route::parse("", &q), r, "{q}");
        }
        assert_eq!(Route::home(Lang::Sv).to_query(), "");
        assert_eq!(Route::county("18", Lang::En).to_query(), "?lan=18&lang=en");
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
