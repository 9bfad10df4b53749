fn main() {
    let shout = {
        let word = String::from("hey");
        let w = &word;
        move || println!("{}!", w)
    };
    shout();
}
