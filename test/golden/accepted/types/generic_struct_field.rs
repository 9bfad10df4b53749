struct Wrapper<T> {
    value: T,
}

fn main() {
    let w: Wrapper<&str> = Wrapper { value: "seven" };
    println!("{}", w.value);
}
