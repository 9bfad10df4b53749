fn main() {
    let done = false;
    let mut i = 0;
    while !done {
        i += 1;
        if i > 2 {
            done = true;
        }
    }
}
