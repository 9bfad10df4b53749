fn main() {
    let greet;
    {
        let name = String::from("Ferris");
        greet = Some(|| println!("hi {}", name));
    }
    if let Some(g) = greet {
        g();
    }
}
