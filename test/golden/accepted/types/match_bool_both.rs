fn main() {
    let flag = false;
    match flag {
        true => println!("yes"),
        false => println!("no"),
    }
}
