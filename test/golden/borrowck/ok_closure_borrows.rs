// A closure that only reads a value borrows it; the value stays usable.
fn main() {
    let s = String::from("read only");
    let print = || println!("{}", s);
    print();
    print();
    println!("{}", s.len());
    let mut v = vec![1];
    let mut add = |x| v.push(x);
    add(2);
    add(3);
    println!("{:?}", v);
}
