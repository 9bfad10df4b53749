fn each<F: Fn(i32)>(f: F) {
    f(1);
}

fn main() {
    let mut sum = 0;
    each(|n| sum += n);
    println!("{}", sum);
}
