struct Session {
    user: String,
}

impl Drop for Session {
    fn drop(&mut self) {
        println!("end");
    }
}

fn user_of(s: Session) -> String {
    s.user
}

fn main() {
    println!("{}", user_of(Session { user: String::from("a") }));
}
