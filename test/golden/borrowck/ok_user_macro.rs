// A macro that only borrows its argument.
macro_rules! show {
    ($e:expr) => {
        println!("{}", $e.len())
    };
}

fn main() {
    let s = String::from("macro");
    show!(s);
    show!(s);
    let t = s;
    println!("{}", t);
}
