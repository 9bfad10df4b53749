struct Handle {
    path: String,
}

impl Drop for Handle {
    fn drop(&mut self) {
        println!("close {}", self.path.len());
    }
}

fn main() {
    let mut h = Handle { path: String::from("/a") };
    let p = std::mem::take(&mut h.path);
    println!("{}", p);
}
