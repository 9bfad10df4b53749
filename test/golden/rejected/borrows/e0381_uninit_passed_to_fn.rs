fn show(v: Vec<u8>) {
    println!("{:?}", v);
}

fn main() {
    let v: Vec<u8>;
    show(v);
}
