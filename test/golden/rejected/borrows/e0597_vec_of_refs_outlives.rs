fn main() {
    let mut all: Vec<&i32> = Vec::new();
    {
        let n = 5;
        all.push(&n);
    }
    println!("{:?}", all);
}
