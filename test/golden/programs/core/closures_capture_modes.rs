// How closures capture: by shared ref, by mutable ref, by value (needed or forced with move).
#[derive(Debug)]
struct D(&'static str);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
fn call_twice<F: FnMut() -> usize>(mut f: F) -> usize {
    f() + f()
}
fn main() {
    let data = vec![1, 2, 3];
    let sum = || data.iter().sum::<i32>();
    println!("{} {:?}", sum(), data);
    let mut log: Vec<String> = Vec::new();
    let mut add = |s: &str| log.push(s.to_string());
    add("one");
    add("two");
    println!("{:?}", log);
    let mut counter = 0;
    let n = call_twice(|| {
        counter += 1;
        counter
    });
    println!("{} {}", n, counter);
    let owned = D("owned");
    let takes = || {
        let d = owned;
        println!("closure got {:?}", d);
    };
    println!("closure built");
    takes();
    println!("after call");
    let copy_val = 10;
    let add_ten = move |x: i32| x + copy_val;
    println!("{} {}", add_ten(1), copy_val);
    let strs = vec!["a".to_string(), "b".to_string()];
    let lens: Vec<usize> = strs.iter().map(String::len).collect();
    println!("{:?}", lens);
    let upper: Vec<String> = strs.iter().map(|s| s.to_uppercase()).collect();
    println!("{:?}", upper);
}
