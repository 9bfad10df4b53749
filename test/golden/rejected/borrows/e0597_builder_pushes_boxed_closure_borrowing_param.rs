struct Pipeline {
    steps: Vec<Box<dyn Fn(i32) -> i32>>,
}

impl Pipeline {
    fn add(mut self, k: i32) -> Self {
        self.steps.push(Box::new(|x| x + k));
        self
    }
}

fn main() {
    let p = Pipeline { steps: Vec::new() }.add(2);
    println!("{}", p.steps.iter().fold(1, |acc, f| f(acc)));
}
