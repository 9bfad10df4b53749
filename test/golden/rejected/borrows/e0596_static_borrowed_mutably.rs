static NAMES: [&str; 2] = ["a", "b"];

fn main() {
    let names = &mut NAMES;
    names[0] = "c";
    println!("{:?}", NAMES);
}
