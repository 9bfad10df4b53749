struct Handle {
    path: String,
    id: u32,
}

impl Drop for Handle {
    fn drop(&mut self) {
        println!("close {}", self.id);
    }
}

fn main() {
    let h = Handle { path: String::from("/a"), id: 1 };
    match h {
        Handle { path, .. } => println!("{}", path),
    }
}
