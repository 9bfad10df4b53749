// dbg! moves its argument, prints `[file:line:col] text = {:#?}` to stderr and gives it back.
#[derive(Debug)]
struct Panel {
    wide: u32,
    tall: u32,
    label: String,
}

#[derive(Debug)]
struct Loud(u8);

impl Drop for Loud {
    fn drop(&mut self) {
        println!("drop Loud({})", self.0);
    }
}

fn area(p: &Panel) -> u32 {
    dbg!(p.wide * p.tall)
}

fn main() {
    let factor = 3;
    let panel = Panel { wide: dbg!(12 * factor), tall: 8, label: String::from("front") };
    dbg!(&panel);
    let total = area(&panel) + 1;
    println!("total {total}");
    let moved = dbg!(panel.label);
    println!("moved {moved}");
    let pair = dbg!(total, 'q');
    println!("pair {:?}", pair);
    dbg!();
    let kept = dbg!(Loud(7));
    println!("kept {}", kept.0);
    dbg!(Loud(9));
    let nums = vec![4, 5];
    let _same = dbg!(nums,);
    let opt: Option<&str> = dbg!(None);
    println!("end {:?}", opt);
}
