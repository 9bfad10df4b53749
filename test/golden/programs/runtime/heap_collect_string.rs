// collect::<String>() reserves the iterator's lower size bound for chars, pushes string slices
// one by one, and reuses the first owned String's buffer; bytes() collects into an exact Vec.
fn main() {
    let text = "the quick brown fox jumps over the lazy dog, twice over";
    let shouted: String = text.chars().map(|c| c.to_ascii_uppercase()).collect();
    let letters: String = text.chars().filter(|c| c.is_alphabetic()).collect();
    let picked = ['r', 'u', 's', 't'];
    let from_refs: String = picked.iter().collect();
    let words: String = text.split(' ').collect();
    let owned: String = vec![String::from("ab"), String::from("cdefghijk"), String::from("l")].into_iter().collect();
    let bytes: Vec<u8> = "bytes".bytes().collect();
    println!("{}\n{}\n{} {}\n{} {:?}", shouted, letters, from_refs, words, owned, bytes);
}
