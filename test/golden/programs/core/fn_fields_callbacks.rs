// Closures stored in struct fields and vectors, called through the field.
struct Button {
    label: String,
    on_click: Box<dyn Fn(&str) -> String>,
}
struct Pipeline {
    steps: Vec<Box<dyn Fn(i64) -> i64>>,
}
impl Pipeline {
    fn run(&self, mut x: i64) -> i64 {
        for s in &self.steps {
            x = s(x);
        }
        x
    }
}
fn twice(f: fn(i32) -> i32, x: i32) -> i32 {
    f(f(x))
}
fn inc(x: i32) -> i32 {
    x + 1
}
fn main() {
    let prefix = String::from(">> ");
    let b = Button { label: "ok".to_string(), on_click: Box::new(move |l| format!("{}{} clicked", prefix, l)) };
    println!("{}", (b.on_click)(&b.label));
    let p = Pipeline { steps: vec![Box::new(|x| x + 1), Box::new(|x| x * 10), Box::new(|x| x - 3)] };
    println!("{}", p.run(4));
    println!("{}", twice(inc, 5));
    let ops: Vec<(&str, fn(i32, i32) -> i32)> = vec![("add", |a, b| a + b), ("mul", |a, b| a * b)];
    for (name, op) in &ops {
        println!("{} {}", name, op(6, 7));
    }
}
