// Indexing a user type through its own `Index` impl is not modelled yet.
use std::ops::Index;
struct Grid {
    cells: Vec<u8>,
}
impl Index<usize> for Grid {
    type Output = u8;
    fn index(&self, i: usize) -> &u8 {
        &self.cells[i]
    }
}
fn main() {
    let g = Grid { cells: vec![1, 2, 3] };
    println!("{}", g[1]);
}
