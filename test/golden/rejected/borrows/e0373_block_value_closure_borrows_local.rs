fn main() {
    let f = {
        let n = 5;
        || n + 1
    };
    println!("{}", f());
}
