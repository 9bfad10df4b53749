fn main() {
    let readings = vec![3.5, 4.0, 2.25];
    let n: usize = readings.len;
    println!("{}", n);
}
