// Conversions between `Vec<u8>`, `String` and `Box<str>`, and between `Vec<T>` and boxed slices,
// keep the one buffer: no new allocation (a shrink when the capacity exceeds the length).
fn main() {
    let mut raw = Vec::with_capacity(6);
    raw.extend_from_slice(&[0x72, 0x75, 0x73, 0x74]);
    let text = String::from_utf8(raw).unwrap();
    println!("{} {} {}", text, text.len(), text.capacity());
    let mut bytes = text.into_bytes();
    bytes.push(b'y');
    println!("{:?} {}", bytes, bytes.capacity());
    let again = unsafe { String::from_utf8_unchecked(bytes) };
    println!("{} {}", again, again.capacity());
    let boxed: Box<str> = again.into_boxed_str();
    println!("{} {}", boxed, boxed.len());
    let grown = boxed.into_string();
    println!("{} {}", grown, grown.capacity());
    let owned: Vec<u8> = Vec::from(grown);
    println!("{:?}", owned);
    let round: String = String::from_utf8(owned).unwrap();
    let as_vec: Vec<u8> = round.into();
    println!("{}", as_vec.len());
    let slice: Box<[u32]> = vec![1u32, 2, 3].into_boxed_slice();
    let mut nums = slice.into_vec();
    nums.push(4);
    println!("{:?} {}", nums, nums.capacity());
    let exact = Box::<[u32; 4]>::try_from(nums.into_boxed_slice()).unwrap();
    println!("{:?}", exact);
}
