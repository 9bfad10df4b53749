use std::collections::BTreeMap;

fn main() {
    let mut ages = BTreeMap::new();
    ages.insert("mia", 31);
    ages.insert("al", 45);
    ages.insert("zoe", 22);
    println!("insert al again: {:?}", ages.insert("al", 46));
    for (name, age) in &ages {
        println!("{name}: {age}");
    }
    println!("{:?}", ages);
    println!("first = {:?}, last = {:?}", ages.first_key_value(), ages.last_key_value());
    println!("get mia = {:?}", ages.get("mia"));
    *ages.get_mut("zoe").unwrap() += 1;
    *ages.entry("bea").or_insert(0) += 50;
    println!("keys = {:?}", ages.keys().collect::<Vec<_>>());
    println!("values = {:?}", ages.values().collect::<Vec<_>>());
    println!("remove al = {:?}", ages.remove("al"));
    for (k, v) in ages.iter().rev() {
        println!("rev {} {}", k, v);
    }
    let in_range: Vec<_> = ages.range("b".."n").map(|(k, _)| *k).collect();
    println!("range b..n = {:?}", in_range);
    println!("len = {}", ages.len());
}
