fn parse_port(s: &str) -> Result<u16, String> {
    s.parse::<u16>().map_err(|_| format!("bad port: {}", s))
}

fn main() {
    println!("port = {}", parse_port("8080").unwrap());
    let p = parse_port("http").unwrap();
    println!("port = {}", p);
}
