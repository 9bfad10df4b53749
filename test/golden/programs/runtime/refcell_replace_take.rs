use std::cell::RefCell;

#[derive(Debug, Default)]
struct State {
    steps: Vec<&'static str>,
}

fn main() {
    let cell = RefCell::new(State { steps: vec!["start"] });
    cell.borrow_mut().steps.push("middle");
    let old = cell.replace(State { steps: vec!["fresh"] });
    println!("replaced: {:?}", old);
    println!("now: {:?}", cell.borrow());
    let taken = cell.take();
    println!("taken: {:?}", taken);
    println!("left behind: {:?}", cell.borrow());
    cell.replace_with(|s| {
        let mut n = State::default();
        n.steps.push(if s.steps.is_empty() { "was empty" } else { "had steps" });
        n
    });
    let inner = cell.into_inner();
    println!("into_inner: {:?}", inner);
    let mut owned = RefCell::new(10);
    *owned.get_mut() += 5;
    println!("get_mut: {}", owned.borrow());
}
