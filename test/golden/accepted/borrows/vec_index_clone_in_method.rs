struct Queue {
    jobs: Vec<String>,
}

impl Queue {
    fn peek(&self) -> &String {
        &self.jobs[0]
    }
}

fn main() {
    let q = Queue { jobs: vec![String::from("a")] };
    println!("{}", q.peek());
}
