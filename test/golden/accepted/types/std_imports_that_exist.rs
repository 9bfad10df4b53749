use std::collections::hash_map::Entry;
use std::collections::{BTreeMap, HashMap, VecDeque};
use std::fmt::{self, Display};
use std::vec::Vec;
use std::vec::IntoIter;
use std::rc::{Rc, Weak};
use std::cell::RefCell;
use std::string::ToString;
use std::mem;

struct Wrapper(u8);

impl Display for Wrapper {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "[{}]", self.0)
    }
}

fn main() {
    let mut m: HashMap<u8, u8> = HashMap::new();
    if let Entry::Vacant(slot) = m.entry(1) {
        slot.insert(2);
    }
    let b: BTreeMap<u8, u8> = BTreeMap::new();
    let q: VecDeque<u8> = VecDeque::new();
    let v: Vec<u8> = Vec::new();
    let it: IntoIter<u8> = v.into_iter();
    let shared = Rc::new(RefCell::new(1));
    let weak: Weak<RefCell<i32>> = Rc::downgrade(&shared);
    println!("{} {} {} {} {} {}", m.len(), b.len(), q.len(), it.len(), weak.upgrade().is_some(), Wrapper(3).to_string());
    println!("{}", mem::size_of::<u64>());
}
