fn main() {
    let names = vec!["ada", "grace"];
    let first = names.first().expect("list is not empty");
    println!("first = {}", first);
    let third = names.get(2).expect("there should be a third name");
    println!("third = {}", third);
}
