struct Conn {
    addr: String,
    port: u16,
}

fn main() {
    let c = Conn { addr: String::from("a"), port: 1 };
    let Conn { addr, port } = c;
    println!("{} {}", addr, port);
}
