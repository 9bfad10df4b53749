// Moving into a struct literal, a tuple, an array and `vec!`.
struct Wrapper {
    inner: String,
}

fn main() {
    let a = String::from("a");
    let w = Wrapper { inner: a };
    println!("{}", a);

    let b = String::from("b");
    let t = (b, 1);
    println!("{}", b);

    let c = String::from("c");
    let arr = [c];
    println!("{}", c);

    let d = String::from("d");
    let v = vec![d];
    println!("{} {} {} {}", d, w.inner, t.0, arr.len() + v.len());
}
