use std::collections::HashMap;

fn main() {
    let mut m: HashMap<&str, u32> = HashMap::new();
    m.insert("a", 1);
    let v = vec![1, 2, 3];
    println!("{} {}", m.len(), v.contains(&2));
    let doubled: Vec<i32> = v.iter().map(|x| x * 2).collect();
    let o = Some(3);
    let plus: Option<i32> = o.map(|x| x + 1);
    let from_iter: Vec<i32> = o.iter().map(|x| x + 1).collect();
    let s = String::from("hey");
    let second = s.chars().nth(1);
    let n = v.iter().filter(|x| **x > 1).count();
    let mut a = [3, 1, 2];
    a.sort();
    let mut sorted = v.clone();
    sorted.sort();
    let t: i32 = 4;
    println!("{doubled:?} {plus:?} {from_iter:?} {second:?} {n} {a:?} {sorted:?} {}", t.pow(2));
    let x = 5;
    println!("{} {}", x.to_string(), 2.5_f64.sqrt());
}
