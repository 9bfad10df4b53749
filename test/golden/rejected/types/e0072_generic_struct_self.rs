struct Chain<T> {
    item: T,
    rest: Option<Chain<T>>,
}

fn main() {}
