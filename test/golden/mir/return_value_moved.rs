// The returned owner is moved out, not dropped; the other locals are.
fn build() -> Vec<String> {
    let keep = vec![String::from("k")];
    let scratch = String::from("s");
    println!("{}", scratch);
    keep
}
fn main() {
    let v = build();
    println!("{}", v.len());
}
