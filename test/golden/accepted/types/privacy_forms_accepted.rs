mod bank {
    pub struct Account {
        balance: u64,
        pub(crate) owner: String,
        pub(super) id: u32,
    }

    pub struct Id(pub u32, u8);

    fn secret() -> u64 {
        42
    }

    pub(in crate::bank) fn internal() -> u64 {
        secret() + 1
    }

    impl Account {
        pub fn new(owner: &str) -> Account {
            Account { balance: secret(), owner: owner.to_string(), id: 1 }
        }
        pub fn balance(&self) -> u64 {
            self.balance + internal()
        }
    }

    pub fn make_id() -> Id {
        let id = Id(7, 1);
        let _low = id.1;
        id
    }

    pub mod audit {
        pub fn check(a: &super::Account) -> bool {
            a.balance > 0 && super::secret() > 0 && super::internal() > 0
        }

        pub(crate) mod deep {
            pub fn peek(a: &crate::bank::Account) -> u64 {
                a.balance
            }
        }
    }
}

mod util {
    pub(crate) fn helper() -> u32 {
        5
    }
}

fn main() {
    let a = bank::Account::new("ann");
    let id = bank::make_id();
    println!("{} {} {} {} {}", a.balance(), a.owner, a.id, id.0, util::helper());
    println!("{} {}", bank::audit::check(&a), bank::audit::deep::peek(&a));
}
