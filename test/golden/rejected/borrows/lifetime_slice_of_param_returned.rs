fn head<'a, 'b>(_keep: &'a [i32], items: &'b [i32]) -> &'a [i32] {
    &items[..1]
}

fn main() {
    let v = vec![1, 2, 3];
    println!("{:?}", head(&v, &v));
}
