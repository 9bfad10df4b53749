struct View<'a> {
    data: &'a [u8],
}

fn main() {
    let bytes = vec![1u8, 2];
    let v;
    {
        v = View { data: &bytes };
    }
    println!("{:?}", v.data);
}
