// A value of a type that derives Clone, moved in every iteration of a loop.
#[derive(Debug, Clone)]
struct Ticket {
    id: u32,
    holder: String,
}

fn keep(ticket: Ticket, into: &mut Vec<Ticket>) {
    into.push(ticket);
}

fn main() {
    let ticket = Ticket { id: 7, holder: String::from("ana") };
    let mut kept = Vec::new();
    for _ in 0..3 {
        keep(ticket, &mut kept);
    }
    println!("{} {:?}", kept.len(), kept[0]);
}
