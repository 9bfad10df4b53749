fn main() {
    let mut n = 0;
    let found = loop {
        n += 1;
        if n == 3 {
            break n;
        }
    };
    println!("{}", found);
}
