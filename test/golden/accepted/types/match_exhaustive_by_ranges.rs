enum Dir {
    N,
    S,
}

fn label(d: &Dir) -> &'static str {
    match d {
        Dir::N => "north",
        Dir::S => "south",
    }
}

fn main() {
    let b: u8 = 200;
    let size = match b {
        0 => "zero",
        1..=99 => "small",
        100..=u8::MAX => "big",
    };
    let o: Option<Option<bool>> = Some(None);
    let t = match o {
        Some(Some(true)) | Some(Some(false)) => 1,
        Some(None) => 2,
        None => 3,
    };
    let pair = (true, 3u8);
    let p = match pair {
        (true, _) => 'a',
        (false, 0..=127) => 'b',
        (false, 128..) => 'c',
    };
    let c = 'q';
    let k = match c {
        '\0'..='z' => 1,
        '{'..=char::MAX => 2,
    };
    println!("{} {} {} {} {}", size, t, p, label(&Dir::S), k);
}
