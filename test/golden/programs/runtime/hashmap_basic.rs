use std::collections::HashMap;

fn main() {
    let mut scores: HashMap<String, u32> = HashMap::new();
    println!("empty: len={} is_empty={}", scores.len(), scores.is_empty());
    println!("insert ana: {:?}", scores.insert(String::from("ana"), 10));
    println!("insert bo: {:?}", scores.insert(String::from("bo"), 20));
    println!("insert ana again: {:?}", scores.insert(String::from("ana"), 15));
    println!("len={}", scores.len());
    println!("get ana: {:?}", scores.get("ana"));
    println!("get cy: {:?}", scores.get("cy"));
    if let Some(s) = scores.get_mut("bo") {
        *s += 5;
    }
    println!("bo after get_mut: {}", scores["bo"]);
    println!("contains ana={} cy={}", scores.contains_key("ana"), scores.contains_key("cy"));
    println!("remove ana: {:?}", scores.remove("ana"));
    println!("remove ana again: {:?}", scores.remove("ana"));
    println!("len={}", scores.len());
    println!("{:?}", scores);
    scores.clear();
    println!("after clear: {:?} len={}", scores, scores.len());
}
