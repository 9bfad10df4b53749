fn main() {
    let mut grid = vec![vec![0; 2]; 2];
    let row = &mut grid[0];
    let other = &grid[1];
    row[0] = other[0];
}
