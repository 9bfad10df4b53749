enum List {
    Cons(i32, List),
    Nil,
}

fn main() {
    let _l = List::Nil;
}
