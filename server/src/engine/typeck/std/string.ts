// String, str and char: building, searching, splitting, case, parsing.
export const STRING_SOURCE = `
pub mod string {
    pub struct String;
    pub trait ToString { fn to_string(&self) -> String; }
    impl<T: Display + ?Sized> ToString for T { fn to_string(&self) -> String; }
    impl String {
        pub const fn new() -> String;
        pub fn with_capacity(capacity: usize) -> String;
        pub fn from_utf8(vec: Vec<u8>) -> Result<String, FromUtf8Error>;
        pub unsafe fn from_utf8_unchecked(bytes: Vec<u8>) -> String;
        pub fn as_str(&self) -> &str;
        pub fn as_mut_str(&mut self) -> &mut str;
        pub fn push_str(&mut self, string: &str);
        pub fn push(&mut self, ch: char);
        pub fn pop(&mut self) -> Option<char>;
        pub fn capacity(&self) -> usize;
        pub fn reserve(&mut self, additional: usize);
        pub fn try_reserve(&mut self, additional: usize) -> Result<(), TryReserveError>;
        pub fn shrink_to_fit(&mut self);
        pub fn truncate(&mut self, new_len: usize);
        pub fn remove(&mut self, idx: usize) -> char;
        pub fn insert(&mut self, idx: usize, ch: char);
        pub fn insert_str(&mut self, idx: usize, string: &str);
        pub fn len(&self) -> usize;
        pub fn is_empty(&self) -> bool;
        pub fn clear(&mut self);
        pub fn into_bytes(self) -> Vec<u8>;
        pub fn into_boxed_str(self) -> Box<str>;
        pub fn retain<F: FnMut(char) -> bool>(&mut self, f: F);
        pub fn split_off(&mut self, at: usize) -> String;
    }
    impl Deref for String { type Target = str; }
    impl DerefMut for String {}
    impl Clone for String {}
    impl Default for String {}
    impl Display for String {}
    impl Debug for String {}
    impl PartialEq for String {}
    impl Eq for String {}
    impl PartialOrd for String {}
    impl Ord for String {}
    impl Hash for String {}
    impl From<&str> for String {}
    impl From<char> for String {}
    impl From<Box<str>> for String {}
    impl From<String> for Vec<u8> {}
    impl From<String> for Box<str> {}
    impl Box<str> {
        pub fn into_string(self) -> String;
    }
    pub struct FromUtf8Error;
    impl Debug for FromUtf8Error {}
    impl Display for FromUtf8Error {}
    impl Add<&str> for String { type Output = String; }
    impl AddAssign<&str> for String {}
    impl FromIterator<char> for String {}
    impl<'a> FromIterator<&'a str> for String {}
    impl FromIterator<String> for String {}
    impl Extend<char> for String {}
    impl Write for String {}
    impl FromStr for String { type Err = Infallible; }
}
pub mod str {
    pub struct Chars<'a>;
    pub struct CharIndices<'a>;
    pub struct Bytes<'a>;
    pub struct Split<'a, P>;
    pub struct SplitWhitespace<'a>;
    pub struct Lines<'a>;
    impl<'a> Iterator for Chars<'a> { type Item = char; }
    impl<'a> DoubleEndedIterator for Chars<'a> {}
    impl<'a> Iterator for CharIndices<'a> { type Item = (usize, char); }
    impl<'a> Iterator for Bytes<'a> { type Item = u8; }
    impl<'a, P> Iterator for Split<'a, P> { type Item = &'a str; }
    impl<'a> Iterator for SplitWhitespace<'a> { type Item = &'a str; }
    impl<'a> Iterator for Lines<'a> { type Item = &'a str; }
    pub trait FromStr: Sized { type Err; fn from_str(s: &str) -> Result<Self, Self::Err>; }
    impl str {
        pub const fn len(&self) -> usize;
        pub const fn is_empty(&self) -> bool;
        pub fn as_bytes(&self) -> &[u8];
        pub fn as_ptr(&self) -> *const u8;
        pub fn chars(&self) -> Chars<'_>;
        pub fn char_indices(&self) -> CharIndices<'_>;
        pub fn bytes(&self) -> Bytes<'_>;
        pub fn split<P>(&self, pat: P) -> Split<'_, P>;
        pub fn split_whitespace(&self) -> SplitWhitespace<'_>;
        pub fn lines(&self) -> Lines<'_>;
        pub fn split_once<P>(&self, delimiter: P) -> Option<(&str, &str)>;
        pub fn rsplit_once<P>(&self, delimiter: P) -> Option<(&str, &str)>;
        pub fn strip_prefix<P>(&self, prefix: P) -> Option<&str>;
        pub fn strip_suffix<P>(&self, suffix: P) -> Option<&str>;
        pub fn split_at(&self, mid: usize) -> (&str, &str);
        pub fn contains<P>(&self, pat: P) -> bool;
        pub fn starts_with<P>(&self, pat: P) -> bool;
        pub fn ends_with<P>(&self, pat: P) -> bool;
        pub fn find<P>(&self, pat: P) -> Option<usize>;
        pub fn trim(&self) -> &str;
        pub fn trim_start(&self) -> &str;
        pub fn trim_end(&self) -> &str;
        pub fn trim_matches<P>(&self, pat: P) -> &str;
        pub fn trim_start_matches<P>(&self, pat: P) -> &str;
        pub fn trim_end_matches<P>(&self, pat: P) -> &str;
        pub fn parse<F: FromStr>(&self) -> Result<F, F::Err>;
        pub fn to_uppercase(&self) -> String;
        pub fn to_lowercase(&self) -> String;
        pub fn to_ascii_uppercase(&self) -> String;
        pub fn to_ascii_lowercase(&self) -> String;
        pub fn repeat(&self, n: usize) -> String;
        pub fn replace<P>(&self, from: P, to: &str) -> String;
        pub fn get(&self, i: Range<usize>) -> Option<&str>;
        pub fn is_char_boundary(&self, index: usize) -> bool;
        pub fn to_owned(&self) -> String;
        pub fn is_ascii(&self) -> bool;
    }
    impl ToOwned for str { type Owned = String; }
    impl Display for str {}
    impl Debug for str {}
    impl PartialEq for str {}
    impl Eq for str {}
    impl PartialOrd for str {}
    impl Ord for str {}
    impl Hash for str {}
}
pub mod char {
    impl char {
        pub fn is_alphabetic(self) -> bool;
        pub fn is_alphanumeric(self) -> bool;
        pub fn is_numeric(self) -> bool;
        pub fn is_whitespace(self) -> bool;
        pub fn is_uppercase(self) -> bool;
        pub fn is_lowercase(self) -> bool;
        pub const fn is_ascii(&self) -> bool;
        pub const fn is_ascii_digit(&self) -> bool;
        pub const fn is_ascii_lowercase(&self) -> bool;
        pub const fn is_ascii_uppercase(&self) -> bool;
        pub const fn is_ascii_alphabetic(&self) -> bool;
        pub const fn is_ascii_punctuation(&self) -> bool;
        pub const fn to_ascii_uppercase(&self) -> char;
        pub const fn to_ascii_lowercase(&self) -> char;
        pub fn to_uppercase(self) -> ToUppercase;
        pub fn to_lowercase(self) -> ToLowercase;
        pub const fn to_digit(self, radix: u32) -> Option<u32>;
        pub const fn len_utf8(self) -> usize;
        pub const fn from_u32(i: u32) -> Option<char>;
        pub const fn from_digit(num: u32, radix: u32) -> Option<char>;
    }
    pub const fn from_u32(i: u32) -> Option<char>;
    pub const fn from_digit(num: u32, radix: u32) -> Option<char>;
    pub struct ToUppercase;
    pub struct ToLowercase;
    impl Iterator for ToUppercase { type Item = char; }
    impl Iterator for ToLowercase { type Item = char; }
    impl Display for ToUppercase {}
    impl Display for ToLowercase {}
}
pub mod borrow {
    pub trait Borrow<Borrowed: ?Sized> { fn borrow(&self) -> &Borrowed; }
    pub trait BorrowMut<Borrowed: ?Sized>: Borrow<Borrowed> { fn borrow_mut(&mut self) -> &mut Borrowed; }
    pub trait ToOwned { type Owned; fn to_owned(&self) -> Self::Owned; }
    pub enum Cow<'a, B: ?Sized + ToOwned> { Borrowed(&'a B), Owned(B::Owned) }
    impl Borrow<str> for String {}
    impl<T: ?Sized> Borrow<T> for T {}
    impl<T: ?Sized> Borrow<T> for &T {}
    impl<T> Borrow<[T]> for Vec<T> {}
    impl<T, const N: usize> Borrow<[T]> for [T; N] {}
    impl<T: Clone> ToOwned for T { type Owned = T; }
}
`;
