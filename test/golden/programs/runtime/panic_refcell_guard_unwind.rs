use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex, RwLock, Weak};
use std::thread;
use std::cell::RefCell;
use std::rc::Rc;

#[derive(Debug, Clone, Default)]
struct Account { balance: i64, history: Vec<i64> }

struct Loud(&'static str);
impl Drop for Loud { fn drop(&mut self) { println!("drop {}", self.0); } }

fn withdraw(acc: &RefCell<Account>, amt: i64) {
    let _l = Loud("withdraw frame");
    let mut a = acc.borrow_mut();
    if a.balance < amt {
        panic!("insufficient funds: have {}, need {}", a.balance, amt);
    }
    a.balance -= amt;
    a.history.push(-amt);
}

fn main() {
    let mut groups: BTreeMap<char, Vec<&str>> = BTreeMap::new();
    for w in ["apple", "avocado", "banana", "blueberry", "cherry"] {
        groups.entry(w.chars().next().unwrap()).or_insert_with(Vec::new).push(w);
    }
    println!("{:?}", groups);
    let mut accts: HashMap<u32, Account> = HashMap::new();
    accts.insert(1, Account { balance: 100, history: vec![] });
    if let Some(a) = accts.get_mut(&1) { a.balance += 50; a.history.push(50); }
    println!("{:?}", accts.get(&1));
    let cfg = Arc::new(RwLock::new(String::from("v1")));
    let w: Weak<RwLock<String>> = Arc::downgrade(&cfg);
    let c2 = Arc::clone(&cfg);
    thread::spawn(move || { c2.write().unwrap().push_str("+patch"); }).join().unwrap();
    println!("{} strong={} weak={}", cfg.read().unwrap(), Arc::strong_count(&cfg), Arc::weak_count(&cfg));
    println!("upgrade: {:?}", w.upgrade().map(|a| a.read().unwrap().len()));
    let results = Arc::new(Mutex::new(Vec::new()));
    let hs: Vec<_> = (1..=3).map(|i| {
        let r = Arc::clone(&results);
        thread::spawn(move || { let v: Vec<u32> = (0..i).collect(); r.lock().unwrap().push(v.len()); v })
    }).collect();
    let lens: Vec<usize> = hs.into_iter().map(|h| h.join().unwrap().len()).collect();
    let mut got = results.lock().unwrap().clone();
    got.sort();
    println!("{:?} {:?}", lens, got);
    let acc = Rc::new(RefCell::new(Account { balance: 30, history: Vec::new() }));
    withdraw(&acc, 10);
    println!("{:?}", acc.borrow());
    let _outer = Loud("main local");
    withdraw(&acc, 100);
}
