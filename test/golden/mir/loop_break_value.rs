// A loop's break value is moved out of the loop.
fn main() {
    let mut i = 0;
    let found = loop {
        i += 1;
        if i == 3 {
            break format!("found {}", i);
        }
    };
    println!("{}", found);
}
