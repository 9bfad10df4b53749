struct Team { members: Vec<String>, lead: String }
fn main() {
    let mut t = Team { members: vec![String::from("a")], lead: String::from("b") };
    let lead = &t.lead;
    t.members.push(lead.clone());
    let m = &mut t.members;
    m.push(t.lead.clone());
    println!("{}", m.len());
}
