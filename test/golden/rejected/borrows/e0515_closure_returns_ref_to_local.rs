fn main() {
    let make = || -> &'static String {
        let s = String::from("a");
        &s
    };
    println!("{}", make());
}
