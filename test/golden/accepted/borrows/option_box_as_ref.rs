struct Tree {
    left: Option<Box<Tree>>,
}

fn left_of(t: &Tree) -> Option<&Tree> {
    t.left.as_deref()
}

fn main() {
    let t = Tree { left: None };
    println!("{}", left_of(&t).is_none());
}
