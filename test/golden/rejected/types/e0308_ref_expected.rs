fn total(values: &Vec<i32>) -> i32 {
    values.iter().sum()
}

fn main() {
    let v = vec![1, 2, 3];
    println!("{}", total(v));
}
