use std::fs::File;

fn main() {
    let f = File::open("data.txt")?;
    drop(f);
}
