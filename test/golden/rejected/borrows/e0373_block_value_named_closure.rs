fn main() {
    let f = {
        let n = 5;
        let c = || n + 1;
        c
    };
    println!("{}", f());
}
