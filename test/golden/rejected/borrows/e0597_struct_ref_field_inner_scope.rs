struct View<'a> {
    data: &'a [u8],
}

fn main() {
    let v;
    {
        let bytes = vec![1u8, 2];
        v = View { data: &bytes };
    }
    println!("{:?}", v.data);
}
