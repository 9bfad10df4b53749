// A closure that owns a Vec is not Copy: moving it and calling it again is an error. A closure
// that only reads through shared references is Copy and can be passed twice.
fn apply<F: Fn(i32) -> bool>(f: F) -> bool {
    f(1)
}

fn main() {
    let haystack = vec![1, 2, 3];
    let contains = move |needle: &i32| haystack.contains(needle);
    let moved = contains;
    println!("{} {}", moved(&1), contains(&2));
    let limit = 10;
    let small = |n: i32| n < limit;
    println!("{} {}", apply(small), apply(small));
}
