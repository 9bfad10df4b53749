// A typical learner program: accounts with a transaction log, errors as Result, Display.
use std::fmt;
#[derive(Debug, Clone, PartialEq)]
enum Tx {
    Deposit(u64),
    Withdraw(u64),
}
#[derive(Debug, PartialEq)]
enum BankError {
    Insufficient { needed: u64, available: u64 },
    Frozen,
}
impl fmt::Display for BankError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            BankError::Insufficient { needed, available } => write!(f, "need {} but only {} available", needed, available),
            BankError::Frozen => write!(f, "account frozen"),
        }
    }
}
struct Account {
    owner: String,
    balance: u64,
    log: Vec<Tx>,
    frozen: bool,
}
impl Account {
    fn open(owner: &str) -> Account {
        Account { owner: owner.to_string(), balance: 0, log: Vec::new(), frozen: false }
    }
    fn deposit(&mut self, amount: u64) -> Result<u64, BankError> {
        if self.frozen {
            return Err(BankError::Frozen);
        }
        self.balance += amount;
        self.log.push(Tx::Deposit(amount));
        Ok(self.balance)
    }
    fn withdraw(&mut self, amount: u64) -> Result<u64, BankError> {
        if self.frozen {
            return Err(BankError::Frozen);
        }
        if amount > self.balance {
            return Err(BankError::Insufficient { needed: amount, available: self.balance });
        }
        self.balance -= amount;
        self.log.push(Tx::Withdraw(amount));
        Ok(self.balance)
    }
}
impl fmt::Display for Account {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}: {} ({} transactions)", self.owner, self.balance, self.log.len())
    }
}
fn main() {
    let mut acc = Account::open("ann");
    println!("{:?}", acc.deposit(100));
    println!("{:?}", acc.withdraw(30));
    match acc.withdraw(500) {
        Ok(b) => println!("balance {}", b),
        Err(e) => println!("error: {}", e),
    }
    println!("{}", acc);
    acc.frozen = true;
    println!("{:?}", acc.deposit(1).unwrap_err());
    let total_in: u64 = acc.log.iter().map(|t| if let Tx::Deposit(n) = t { *n } else { 0 }).sum();
    println!("deposited {} {:?}", total_in, acc.log);
}
