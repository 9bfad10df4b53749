fn main() {
    let double = |mut x: i32| {
        x *= 2;
        x
    };
    println!("{}", double(2));
}
