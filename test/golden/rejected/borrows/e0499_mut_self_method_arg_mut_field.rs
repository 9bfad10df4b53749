struct Board {
    cells: Vec<u8>,
}

impl Board {
    fn fill(&mut self, row: &mut Vec<u8>) {
        row.push(1);
        self.cells.push(0);
    }
}

fn main() {
    let mut b = Board { cells: vec![] };
    b.fill(&mut b.cells);
}
