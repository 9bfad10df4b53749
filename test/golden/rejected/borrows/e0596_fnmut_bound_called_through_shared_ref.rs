fn run_twice<F: FnMut() -> u32>(step: &F) -> u32 {
    step() + step()
}

fn main() {
    let mut n = 0;
    let mut next = || {
        n += 1;
        n
    };
    println!("{}", run_twice(&next));
    println!("{}", next());
}
