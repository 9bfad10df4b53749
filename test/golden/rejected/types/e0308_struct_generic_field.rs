struct Wrapper<T> {
    value: T,
}

fn main() {
    let w: Wrapper<i32> = Wrapper { value: "seven" };
    println!("{}", w.value);
}
