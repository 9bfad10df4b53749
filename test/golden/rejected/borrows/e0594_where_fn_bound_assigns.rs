fn twice<F>(f: F)
where
    F: Fn(),
{
    f();
    f();
}

fn main() {
    let mut level = 1;
    twice(|| level = level * 2);
    println!("{}", level);
}
