fn add_one(n: &mut i32) {
    *n += 1;
}

fn main() {
    let x = 1;
    add_one(&mut x);
    println!("{}", x);
}
