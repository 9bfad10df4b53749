struct Handle {
    path: String,
}

impl Drop for Handle {
    fn drop(&mut self) {
        println!("close");
    }
}

fn main() {
    let h = Handle { path: String::from("/a") };
    let p = h.path.clone();
    println!("{}", p);
}
