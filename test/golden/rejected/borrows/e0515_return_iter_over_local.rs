fn evens() -> std::slice::Iter<'static, i32> {
    let v = vec![2, 4];
    v.iter()
}

fn main() {
    println!("{}", evens().count());
}
