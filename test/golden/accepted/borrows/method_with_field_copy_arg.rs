struct Account {
    balance: i64,
    history: Vec<i64>,
}

impl Account {
    fn record(&mut self, amount: i64) {
        self.history.push(amount);
    }
}

fn main() {
    let mut a = Account { balance: 5, history: vec![] };
    a.record(a.balance);
    println!("{:?}", a.history);
}
