fn head(v: &[Vec<u8>]) -> Vec<u8> {
    v[0].clone()
}

fn main() {
    println!("{:?}", head(&[vec![1]]));
}
