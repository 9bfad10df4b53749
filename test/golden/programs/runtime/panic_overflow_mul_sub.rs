fn factorial(n: u32) -> u32 {
    if n == 0 { 1 } else { n * factorial(n - 1) }
}

fn main() {
    for n in [5, 10, 12] {
        println!("{}! = {}", n, factorial(n));
    }
    let a: usize = 3;
    let b: usize = a.wrapping_sub(5);
    println!("wrapping = {}", b);
    println!("checked = {:?}", a.checked_sub(5));
    println!("13! = {}", factorial(13));
}
