fn main() {
    let hot = true;
    let label = if hot { "hot" } else { "cold" };
    println!("{}", label);
}
