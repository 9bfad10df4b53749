fn main() {
    let mut data = vec![0; 3];
    for i in 0..3 {
        let slot = &mut data[i];
        *slot += i;
    }
    data.push(1);
    println!("{:?}", data);
}
