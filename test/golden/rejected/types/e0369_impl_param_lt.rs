struct Pair<T> {
    left: T,
    right: T,
}

impl<T> Pair<T> {
    fn left_is_smaller(&self) -> bool {
        self.left < self.right
    }
}

fn main() {
    let p = Pair { left: 3, right: 8 };
    println!("{}", p.left_is_smaller());
}
