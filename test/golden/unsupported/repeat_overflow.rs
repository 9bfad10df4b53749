// A repeat whose length overflows `usize` panics inside std's own source, whose place is not imitated.
fn main() {
    let v = [1u8, 2].repeat(usize::MAX);
    println!("{}", v.len());
}
