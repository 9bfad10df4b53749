static TOTAL: u64 = 0;

fn add(n: u64) {
    TOTAL += n;
}

fn main() {
    add(3);
    println!("{}", TOTAL);
}
