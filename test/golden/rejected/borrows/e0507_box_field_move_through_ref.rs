struct Tree {
    left: Option<Box<Tree>>,
}

fn left_of(t: &Tree) -> Option<Box<Tree>> {
    t.left
}

fn main() {
    let t = Tree { left: None };
    println!("{}", left_of(&t).is_none());
}
