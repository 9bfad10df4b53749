struct Item {
    qty: u32,
}

fn main() {
    let mut items = vec![Item { qty: 1 }];
    for it in items.iter_mut() {
        it.qty = 0;
    }
    println!("{}", items[0].qty);
}
