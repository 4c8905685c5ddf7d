//! Stable ids: every HSDS id is a UUID version 5 (RFC 4122: SHA-1 of a name in a namespace)
//! of a name made from the project's own ids ("service/unit/18-gryningen-karlskoga",
//! "organization/municipality/1881"), in the namespace `catalog::open_data::hsds::
//! UUID_NAMESPACE`. The same data gives the same ids at every build, and another
//! publisher can compute them too.

use catalog::open_data::hsds::UUID_NAMESPACE;
use uuid::Uuid;

/// The namespace of every id.
pub fn namespace() -> Uuid {
    Uuid::parse_str(UUID_NAMESPACE).expect("the namespace constant is a UUID")
}

/// The id of the thing with this name.
pub fn id(name: &str) -> String {
    Uuid::new_v5(&namespace(), name.as_bytes()).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn version_5_in_the_namespace_and_stable() {
        let a = id("organization/municipality/1881");
        assert_eq!(a, id("organization/municipality/1881"));
        assert_ne!(a, id("organization/municipality/1880"));
        let u = Uuid::parse_str(&a).unwrap();
        assert_eq!(u.get_version_num(), 5);
        // RFC 4122's own example: the DNS namespace and "python.org".
        assert_eq!(
            Uuid::new_v5(&Uuid::NAMESPACE_DNS, b"python.org").to_string(),
            "886313e1-3b8a-5372-9b90-0c9aee199e5d"
        );
    }
}
