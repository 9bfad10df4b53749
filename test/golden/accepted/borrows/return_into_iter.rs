fn evens() -> std::vec::IntoIter<i32> {
    let v = vec![2, 4];
    v.into_iter()
}

fn main() {
    println!("{}", evens().count());
}
