fn main() {
    let x: i32;
    loop {
        x = 3;
        break;
    }
    println!("{}", x);
}
