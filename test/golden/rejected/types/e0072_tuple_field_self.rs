struct Tree {
    label: u8,
    children: (Tree, Tree),
}

fn main() {}
