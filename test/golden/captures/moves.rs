// By-value captures: a move of a field leaves the other fields usable; a type with its own
// `Drop` is captured whole; a move closure copies a `Copy` value.
fn size<T>(name: &str, value: &T) {
    println!("{name} {}", std::mem::size_of_val(value));
}

struct Guard {
    label: String,
    code: u8,
}

impl Drop for Guard {
    fn drop(&mut self) {
        println!("drop {}", self.code);
    }
}

struct Plain {
    label: String,
    other: String,
}

fn main() {
    let plain = Plain { label: String::from("l"), other: String::from("o") };
    let take = || {
        let l = plain.label;
        l.len()
    };
    size("take", &take);
    println!("{} {}", take(), plain.other);
    let g = Guard { label: String::from("g"), code: 1 };
    let peek = move || g.label.len();
    size("peek", &peek);
    println!("{}", peek());
    let n = 42i64;
    let copy = move || n + 1;
    size("copy", &copy);
    println!("{} {}", copy(), n);
    let t = (String::from("a"), 3u32);
    let half = move || t.1;
    size("half", &half);
    println!("{} {}", half(), t.0);
    let b = Box::new(Plain { label: String::from("b"), other: String::from("c") });
    let boxed = || b.label.len();
    size("boxed", &boxed);
    println!("{}", boxed());
}
