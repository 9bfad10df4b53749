use std::collections::HashMap;

fn bump(m: &mut HashMap<&str, u32>) {
    if let Some(v) = m.get_mut("a") {
        *v += 1;
    }
}

fn main() {
    let mut m = HashMap::new();
    m.insert("a", 1);
    bump(&mut m);
    println!("{:?}", m);
}
