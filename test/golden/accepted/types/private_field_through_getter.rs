mod account {
    pub struct Account {
        balance: u64,
    }

    impl Account {
        pub fn new() -> Account {
            Account { balance: 0 }
        }
        pub fn balance(&self) -> u64 {
            self.balance
        }
    }
}

fn main() {
    let a = account::Account::new();
    println!("{}", a.balance());
}
