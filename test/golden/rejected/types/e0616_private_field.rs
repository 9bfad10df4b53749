mod account {
    pub struct Account {
        balance: u64,
    }

    impl Account {
        pub fn new() -> Account {
            Account { balance: 0 }
        }
    }
}

fn main() {
    let a = account::Account::new();
    println!("{}", a.balance);
}
