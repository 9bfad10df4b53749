fn describe<F: Fn(u32) -> String>(render: F, items: &[u32]) -> Vec<String> {
    let keep = render;
    let mut out = Vec::new();
    for &i in items {
        out.push(render(i));
    }
    out.push(keep(0));
    out
}

fn main() {
    let unit = String::from("kg");
    let lines = describe(|n| format!("{} {}", n, unit), &[1, 2]);
    println!("{:?}", lines);
}
