fn main() {
    let mut total = 0;
    let mut add = |n: i32| total += n;
    total += 1;
    add(2);
}
