struct Panel { width: u32 }

fn main() {
    let mut panels = vec![Panel { width: 30 }, Panel { width: 10 }];
    let mut history: Vec<u32> = Vec::new();
    let reason = String::from("by width");
    panels.sort_by_key(|p| {
        history.push(p.width);
        p.width
    });
    println!("{} {} {}", panels[0].width, history.len(), reason);
}
