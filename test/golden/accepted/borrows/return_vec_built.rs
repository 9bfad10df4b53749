fn build() -> Vec<i32> {
    let v = vec![1, 2, 3];
    v
}

fn main() {
    println!("{:?}", build());
}
