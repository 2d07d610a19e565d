//! Reading form bodies and reporting what is wrong with them, field by field.

use std::collections::BTreeMap;

/// A urlencoded form body. Invalid UTF-8 is read with replacement characters, so that a bad
/// byte becomes a validation message rather than a failure.
#[derive(Debug, Default, Clone)]
pub struct FormData {
    pairs: Vec<(String, String)>,
}

impl FormData {
    /// Parses a body.
    pub fn parse(body: &[u8]) -> Self {
        Self {
            pairs: form_urlencoded::parse(body)
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect(),
        }
    }

    /// The first value of a field, or "" when it is absent.
    pub fn get(&self, key: &str) -> &str {
        self.pairs
            .iter()
            .find(|(k, _)| k == key)
            .map_or("", |(_, v)| v.as_str())
    }

    /// Every non-empty value of a repeated field.
    pub fn all(&self, key: &str) -> Vec<String> {
        self.pairs
            .iter()
            .filter(|(k, v)| k == key && !v.trim().is_empty())
            .map(|(_, v)| v.clone())
            .collect()
    }

    /// Whether a checkbox or button with this name was sent.
    pub fn has(&self, key: &str) -> bool {
        self.pairs.iter().any(|(k, _)| k == key)
    }
}

/// Messages for the fields that are wrong, keyed by field name.
#[derive(Debug, Default, Clone)]
pub struct FieldErrors(BTreeMap<String, String>);

impl FieldErrors {
    /// Records a message for a field (the first message wins).
    pub fn add(&mut self, field: &str, message: impl Into<String>) {
        self.0
            .entry(field.to_owned())
            .or_insert_with(|| message.into());
    }

    /// The message for a field, if any.
    pub fn get(&self, field: &str) -> Option<&str> {
        self.0.get(field).map(String::as_str)
    }

    /// Whether any field is wrong.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Every (field, message), for the summary at the top of a form.
    pub fn all(&self) -> Vec<(&str, &str)> {
        self.0
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect()
    }
}

/// A local path to return to after logging in; anything else (another site, `//host`) is `/`.
pub fn safe_next(next: &str) -> String {
    let local = next.starts_with('/')
        && !next.starts_with("//")
        && !next.starts_with("/\\")
        && !next.chars().any(char::is_control);
    if local {
        next.to_owned()
    } else {
        "/".to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_read_repeated_fields_and_survive_bad_bytes() {
        let form = FormData::parse(b"a=1&b=x&b=&b=y&c=%FF%FE");
        assert_eq!(form.get("a"), "1");
        assert_eq!(form.get("missing"), "");
        assert_eq!(form.all("b"), ["x", "y"]);
        assert_eq!(form.get("c"), "\u{fffd}\u{fffd}");
    }

    #[test]
    fn only_local_paths_are_returned_to() {
        assert_eq!(safe_next("/statements/new"), "/statements/new");
        for bad in [
            "https://evil.test/",
            "//evil.test",
            "/\\evil.test",
            "",
            "javascript:x",
            "/a\nb",
        ] {
            assert_eq!(safe_next(bad), "/", "{bad:?}");
        }
    }
}
