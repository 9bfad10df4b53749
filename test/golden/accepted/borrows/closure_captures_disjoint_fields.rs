struct State {
    count: u32,
    log: Vec<String>,
}

fn main() {
    let mut st = State { count: 0, log: Vec::new() };
    let mut bump = || st.count += 1;
    st.log.push(String::from("start"));
    bump();
    println!("{} {}", st.count, st.log.len());
}
