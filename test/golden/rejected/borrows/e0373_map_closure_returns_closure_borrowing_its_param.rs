fn make_adders(offsets: &[i32]) -> Vec<impl Fn(i32) -> i32 + '_> {
    offsets.iter().map(|o| |x: i32| x + o).collect()
}

fn main() {
    let adders = make_adders(&[1, 2]);
    println!("{}", adders[0](10));
}
