fn main() {
    let n: u8 = 7;
    let s = match n {
        0 => "zero",
        1..=9 => "small",
        _ => "big",
    };
    println!("{}", s);
}
