fn main() {
    let hot = true;
    let label = if hot { "hot" } else { 0 };
    println!("{}", label);
}
