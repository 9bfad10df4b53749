// A `move` closure that captures only Copy values leaves them usable; borrowing closures too.
fn main() {
    let n = 10;
    let add = move |x: i32| x + n;
    println!("{} {}", add(1), n);
    let name = String::from("name");
    let r = &name;
    let show = move || println!("{}", r);
    show();
    println!("{}", name);
}
