struct Pack {
    label: String,
}

fn ship(p: Pack) {
    println!("{}", p.label);
}

fn main() {
    let p = Pack { label: String::from("x") };
    let l = p.label.clone();
    ship(p);
    println!("{}", l);
}
