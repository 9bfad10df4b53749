struct Hook {
    on_call: Option<Box<dyn Fn(i32) -> i32>>,
}

fn main() {
    let h = Hook { on_call: Some(Box::new(|x| x + 1)) };
    if let Some(f) = &h.on_call {
        println!("{}", f(1));
    }
}
