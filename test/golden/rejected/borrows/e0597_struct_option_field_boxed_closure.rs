struct Hook {
    on_call: Option<Box<dyn Fn() -> String>>,
}

fn hook(name: String) -> Hook {
    Hook { on_call: Some(Box::new(|| name.clone())) }
}

fn main() {
    if let Some(f) = hook(String::from("x")).on_call {
        println!("{}", f());
    }
}
