// Shadowing, blocks as expressions, if/else as expressions.
fn main() {
    let x = 5;
    let x = x * 2;
    {
        let x = "inner";
        println!("inner x = {}", x);
    }
    println!("outer x = {}", x);
    let y = {
        let a = 3;
        a * a + 1
    };
    let parity = if y % 2 == 0 { "even" } else { "odd" };
    println!("y = {}, {}", y, parity);
    let grade = if y > 90 { 'A' } else if y > 5 { 'B' } else { 'C' };
    println!("grade {}", grade);
}
