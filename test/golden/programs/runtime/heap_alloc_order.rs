// Which comes first, a collection's buffer or its elements' own allocations: `vec![…]`, a
// `collect()` of exactly known length, `Vec::clone` and `Box::clone` allocate the buffer first;
// a `collect()` of unknown length allocates once it has its first element.
#[derive(Debug, Clone)]
struct Item {
    name: String,
    tags: Vec<String>,
}

fn main() {
    let words = vec![String::from("alpha"), String::from("be"), String::from("gamma")];
    let items: Vec<Item> = words.iter().map(|w| Item { name: w.clone(), tags: vec![w.to_uppercase()] }).collect();
    let copy = items.clone();
    let boxed = Box::new(String::from("boxed"));
    let boxed2 = boxed.clone();
    let lens = words.iter().map(|w| w.len()).collect::<Vec<_>>();
    let long: Vec<String> = words.iter().filter(|w| w.len() > 2).cloned().collect();
    println!("{:?}", items);
    println!("{} {} {} {:?} {:?}", copy.len(), boxed, boxed2, lens, long);
}
