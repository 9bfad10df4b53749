struct Conn {
    addr: String,
}

impl Drop for Conn {
    fn drop(&mut self) {}
}

fn main() {
    let c = Conn { addr: String::from("a") };
    let Conn { addr } = c;
    println!("{}", addr);
}
