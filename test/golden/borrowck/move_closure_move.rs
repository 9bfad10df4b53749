// A `move` closure takes the captured String; using it afterwards is a use after move.
fn main() {
    let greeting = String::from("hi");
    let say = move || println!("{}", greeting);
    say();
    println!("{}", greeting);
}
