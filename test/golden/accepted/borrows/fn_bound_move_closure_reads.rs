fn twice<F>(f: F)
where
    F: Fn() -> usize,
{
    println!("{} {}", f(), f());
}

fn main() {
    let label = String::from("seven");
    twice(move || label.len());
}
