// Shadowing introduces a new variable; the moved one is no longer named.
fn add_suffix(s: String) -> String {
    s + "!"
}

fn main() {
    let s = String::from("hi");
    let s = add_suffix(s);
    let s = add_suffix(s);
    println!("{}", s);
    let v = vec![1];
    {
        let v = vec![2];
        drop(v);
    }
    println!("{:?}", v);
}
