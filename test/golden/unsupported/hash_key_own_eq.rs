// A key type with its own PartialEq and Hash: two keys equal by its `eq` must find one entry.
use std::collections::HashMap;
use std::hash::{Hash, Hasher};

struct Tag {
    code: u8,
    label: &'static str,
}

impl PartialEq for Tag {
    fn eq(&self, other: &Tag) -> bool {
        self.code == other.code
    }
}

impl Eq for Tag {}

impl Hash for Tag {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.code.hash(state);
    }
}

fn main() {
    let mut seen = HashMap::new();
    seen.insert(Tag { code: 3, label: "three" }, 1);
    let found = seen.get(&Tag { code: 3, label: "drei" });
    println!("{:?} {}", found, seen.keys().next().map(|t| t.label).unwrap_or(""));
}
