struct Account {
    owner: String,
    balance: u64,
    frozen: bool,
}

fn main() {
    let a = Account { owner: String::from("ann") };
    println!("{}", a.owner);
}
