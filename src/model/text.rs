//! Compact text for a million events: [`Sym`], a string that many records
//! share (a participant's name, a role, a country, a place, a tag, a
//! source id), stored once per load and shared by reference count; and
//! [`Text`], a string kept inline when short (an id, a date) and on the heap
//! when long (a summary).

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::borrow::Borrow;
use std::cell::RefCell;
use std::collections::HashSet;
use std::fmt;
use std::ops::Deref;
use std::sync::{Arc, OnceLock};

/// A string held inline up to 24 bytes (ids, dates, most titles), else on
/// the heap: the size of a `String`, without its allocation when short.
pub type Text = compact_str::CompactString;

/// A list that takes one pointer when empty (most events have no quotes,
/// related events or note), instead of a `Vec`'s three words.
pub type List<T> = thin_vec::ThinVec<T>;

pub use thin_vec::thin_vec as list;

/// A shared, immutable string: one pointer (a participant takes three).
/// Reading a file with [`interning`] gives every repeat of the same text
/// the same allocation.
#[derive(Clone)]
pub struct Sym(Arc<Box<str>>);

impl PartialEq for Sym {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0) || **self.0 == **other.0
    }
}

impl Eq for Sym {}

impl std::hash::Hash for Sym {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        self.as_str().hash(h);
    }
}

impl PartialOrd for Sym {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Sym {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.as_str().cmp(other.as_str())
    }
}

thread_local! {
    /// The strings seen so far by this thread's [`interning`] scope.
    static TABLE: RefCell<Option<HashSet<Sym>>> = const { RefCell::new(None) };
}

/// Runs `f` with repeated [`Sym`]s read on this thread stored once. Nested
/// calls share the outer table; the table is dropped at the end (the
/// strings live on in what was read).
pub(crate) fn interning<R>(f: impl FnOnce() -> R) -> R {
    let outer = TABLE.with(|t| t.borrow().is_some());
    if outer {
        return f();
    }
    TABLE.with(|t| *t.borrow_mut() = Some(HashSet::new()));
    struct Reset;
    impl Drop for Reset {
        fn drop(&mut self) {
            TABLE.with(|t| *t.borrow_mut() = None);
        }
    }
    let _reset = Reset;
    f()
}

impl Sym {
    /// The text, stored once within an [`interning`] scope.
    pub fn new(s: &str) -> Self {
        if s.is_empty() {
            return Self::default();
        }
        TABLE.with(|t| match t.borrow_mut().as_mut() {
            Some(table) => {
                if let Some(found) = table.get(s) {
                    found.clone()
                } else {
                    let new = Self(Arc::new(s.into()));
                    table.insert(new.clone());
                    new
                }
            }
            None => Self(Arc::new(s.into())),
        })
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Default for Sym {
    /// The empty string, shared by every empty `Sym`.
    fn default() -> Self {
        static EMPTY: OnceLock<Arc<Box<str>>> = OnceLock::new();
        Self(EMPTY.get_or_init(|| Arc::new("".into())).clone())
    }
}

impl Deref for Sym {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Sym {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

/// Hashes and compares as its text: the interning table is searched by `&str`.
impl Borrow<str> for Sym {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Sym {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for Sym {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self.as_str(), f)
    }
}

impl From<&str> for Sym {
    fn from(s: &str) -> Self {
        Self::new(s)
    }
}

impl From<String> for Sym {
    fn from(s: String) -> Self {
        Self::new(&s)
    }
}

impl From<&String> for Sym {
    fn from(s: &String) -> Self {
        Self::new(s)
    }
}

impl From<Sym> for String {
    fn from(s: Sym) -> Self {
        s.as_str().to_string()
    }
}

impl PartialEq<str> for Sym {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Sym {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<String> for Sym {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other.as_str()
    }
}

impl PartialEq<Sym> for str {
    fn eq(&self, other: &Sym) -> bool {
        self == other.as_str()
    }
}

impl PartialEq<Sym> for &str {
    fn eq(&self, other: &Sym) -> bool {
        *self == other.as_str()
    }
}

impl PartialEq<Sym> for String {
    fn eq(&self, other: &Sym) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Serialize for Sym {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Sym {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = Sym;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Sym, E> {
                Ok(Sym::new(v))
            }
        }
        d.deserialize_str(V)
    }
}

/// Reads a list into exactly the room it holds (serde grows a list by
/// doubling, from four): `#[serde(deserialize_with = "exact_list")]`.
pub(crate) fn exact_list<'de, D, T>(d: D) -> Result<List<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    struct V<T>(std::marker::PhantomData<T>);
    impl<'de, T: Deserialize<'de>> serde::de::Visitor<'de> for V<T> {
        type Value = List<T>;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a list")
        }
        fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<List<T>, A::Error> {
            let Some(first) = seq.next_element()? else {
                return Ok(List::new());
            };
            let mut all = Vec::with_capacity(seq.size_hint().unwrap_or(3) + 1);
            all.push(first);
            while let Some(next) = seq.next_element()? {
                all.push(next);
            }
            let mut exact = List::with_capacity(all.len());
            exact.extend(all);
            Ok(exact)
        }
    }
    d.deserialize_seq(V(std::marker::PhantomData))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeats_share_one_allocation_within_a_scope() {
        let (a, b) = interning(|| (Sym::new("Paris"), Sym::new("Paris")));
        assert!(Arc::ptr_eq(&a.0, &b.0));
        assert_eq!(a, "Paris");
        // Outside a scope each is its own, and equal all the same.
        let c = Sym::new("Paris");
        assert!(!Arc::ptr_eq(&a.0, &c.0));
        assert_eq!(a, c);
    }

    #[test]
    fn lists_are_read_into_exactly_their_room() {
        #[derive(serde::Deserialize)]
        struct R {
            #[serde(deserialize_with = "exact_list")]
            l: List<Sym>,
        }
        for (text, n) in [
            ("(l: [])", 0),
            ("(l: [\"a\"])", 1),
            ("(l: [\"a\", \"b\", \"c\", \"d\", \"e\"])", 5),
        ] {
            let r: R = ron::from_str(text).unwrap();
            assert_eq!((r.l.len(), r.l.capacity()), (n, n), "{text}");
        }
    }

    #[test]
    fn reads_and_writes_as_a_plain_string() {
        let names: Vec<Sym> = interning(|| ron::from_str(r#"["Astana", "Astana", ""]"#).unwrap());
        assert!(Arc::ptr_eq(&names[0].0, &names[1].0));
        assert_eq!(names[2], "");
        assert_eq!(ron::to_string(&names).unwrap(), r#"["Astana","Astana",""]"#);
    }
}
