fn main() {
    let name = String::from("ferris");
    let greet = move || {
        let mut s = name;
        s.push('!');
        s
    };
    println!("{}", greet());
}
