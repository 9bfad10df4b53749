fn sum_two(t: &(i32, i32, i32)) -> i32 {
    let (a, b) = t;
    *a + *b
}

fn main() {
    println!("{}", sum_two(&(1, 2, 3)));
}
