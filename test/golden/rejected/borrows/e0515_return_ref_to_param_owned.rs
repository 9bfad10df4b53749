fn first(v: Vec<i32>) -> &'static i32 {
    &v[0]
}

fn main() {
    println!("{}", first(vec![1]));
}
