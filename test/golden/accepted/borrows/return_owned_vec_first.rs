fn first(v: Vec<i32>) -> i32 {
    v[0]
}

fn main() {
    println!("{}", first(vec![1]));
}
