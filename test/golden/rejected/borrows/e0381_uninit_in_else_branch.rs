fn main() {
    let total: u32;
    let flag = true;
    if flag {
        println!("skip");
    } else {
        total = 3;
    }
    println!("{}", total);
}
