// Closures borrow what their bodies only read (join, len, iter) and move what they consume.
fn main() {
    let parts = vec!["a", "b"];
    let f = || parts.join("-");
    println!("{}", f());
    println!("{:?}", parts);
    let name = String::from("n");
    let g = || name.len() + name.clone().len();
    println!("{} {}", g(), name);
    let opt = Some(String::from("x"));
    let h = move || opt.map(|s| s.len());
    println!("{:?}", h());
    let data = vec![1, 2, 3];
    let total = || -> i32 { data.iter().sum() };
    println!("{} {:?}", total(), data);
    let mut counter = 0;
    let mut inc = || { counter += 1; counter };
    inc(); inc();
    println!("{}", counter);
}
