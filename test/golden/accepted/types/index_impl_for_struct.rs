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
    let g = Grid { cells: vec![1] };
    println!("{}", g[0]);
}
