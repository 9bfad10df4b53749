// `let r = &temp;` keeps the temporary until the end of the block.
fn main() {
    let r = &String::from("extended");
    let v = &vec![1u8, 2];
    println!("{} {}", r, v.len());
}
