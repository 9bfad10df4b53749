// The std traits every program leans on: markers, comparison, conversion, formatting, operators,
// closures' Fn traits. Declarations only (the simulator's natives give the behaviour); a method
// or trait missing here types as unknown, never as an error.
export const CORE_SOURCE = `
pub mod marker {
    pub trait Sized {}
    pub trait Copy: Clone {}
    pub trait Send {}
    pub trait Sync {}
    pub trait Unpin {}
    pub struct PhantomData<T>;
}
pub mod clone {
    pub trait Clone { fn clone(&self) -> Self; fn clone_from(&mut self, source: &Self); }
}
pub mod default {
    pub trait Default { fn default() -> Self; }
}
pub mod cmp {
    pub trait PartialEq<Rhs = Self> { fn eq(&self, other: &Rhs) -> bool; fn ne(&self, other: &Rhs) -> bool; }
    pub trait Eq: PartialEq<Self> {}
    pub enum Ordering { Less, Equal, Greater }
    impl Ordering {
        pub fn reverse(self) -> Ordering;
        pub fn then(self, other: Ordering) -> Ordering;
        pub fn then_with<F: FnOnce() -> Ordering>(self, f: F) -> Ordering;
        pub fn is_eq(self) -> bool;
        pub fn is_lt(self) -> bool;
        pub fn is_gt(self) -> bool;
    }
    pub trait PartialOrd<Rhs = Self>: PartialEq<Rhs> {
        fn partial_cmp(&self, other: &Rhs) -> Option<Ordering>;
        fn lt(&self, other: &Rhs) -> bool;
        fn le(&self, other: &Rhs) -> bool;
        fn gt(&self, other: &Rhs) -> bool;
        fn ge(&self, other: &Rhs) -> bool;
    }
    pub trait Ord: Eq + PartialOrd<Self> {
        fn cmp(&self, other: &Self) -> Ordering;
        fn max(self, other: Self) -> Self;
        fn min(self, other: Self) -> Self;
        fn clamp(self, min: Self, max: Self) -> Self;
    }
    pub struct Reverse<T>(pub T);
    pub fn max<T: Ord>(v1: T, v2: T) -> T;
    pub fn min<T: Ord>(v1: T, v2: T) -> T;
}
pub mod convert {
    pub trait From<T>: Sized { fn from(value: T) -> Self; }
    pub trait Into<T>: Sized { fn into(self) -> T; }
    impl<T, U: From<T>> Into<U> for T { fn into(self) -> U; }
    impl<T> From<T> for T { fn from(t: T) -> T; }
    pub trait TryFrom<T>: Sized { type Error; fn try_from(value: T) -> Result<Self, Self::Error>; }
    pub trait TryInto<T>: Sized { type Error; fn try_into(self) -> Result<T, Self::Error>; }
    pub trait AsRef<T: ?Sized> { fn as_ref(&self) -> &T; }
    pub trait AsMut<T: ?Sized> { fn as_mut(&mut self) -> &mut T; }
}
pub mod hash {
    pub trait Hash { fn hash<H: Hasher>(&self, state: &mut H); }
    pub trait Hasher { fn finish(&self) -> u64; fn write(&mut self, bytes: &[u8]); }
    // HashSet's and HashMap's default hasher, named by the set operations' iterators.
    pub struct RandomState;
}
pub mod fmt {
    pub struct Formatter<'a>;
    pub struct Error;
    pub type Result = core::result::Result<(), Error>;
    pub struct Arguments<'a>;
    pub struct DebugStruct<'a, 'b>;
    pub struct DebugTuple<'a, 'b>;
    pub struct DebugList<'a, 'b>;
    pub trait Display { fn fmt(&self, f: &mut Formatter<'_>) -> Result; }
    pub trait Debug { fn fmt(&self, f: &mut Formatter<'_>) -> Result; }
    pub trait Write { fn write_str(&mut self, s: &str) -> Result; }
    impl<'a> Formatter<'a> {
        pub fn write_str(&mut self, data: &str) -> Result;
        pub fn pad(&mut self, s: &str) -> Result;
        pub fn alternate(&self) -> bool;
        pub fn width(&self) -> Option<usize>;
        pub fn precision(&self) -> Option<usize>;
        pub fn debug_struct<'b>(&'b mut self, name: &str) -> DebugStruct<'b, 'a>;
        pub fn debug_tuple<'b>(&'b mut self, name: &str) -> DebugTuple<'b, 'a>;
        pub fn debug_list<'b>(&'b mut self) -> DebugList<'b, 'a>;
    }
    impl<'a, 'b> DebugStruct<'a, 'b> {
        pub fn field(&mut self, name: &str, value: &dyn Debug) -> &mut Self;
        pub fn finish(&mut self) -> Result;
    }
    impl<'a, 'b> DebugTuple<'a, 'b> {
        pub fn field(&mut self, value: &dyn Debug) -> &mut Self;
        pub fn finish(&mut self) -> Result;
    }
    impl<'a, 'b> DebugList<'a, 'b> {
        pub fn entry(&mut self, entry: &dyn Debug) -> &mut Self;
        pub fn entries<D: Debug, I: IntoIterator<Item = D>>(&mut self, entries: I) -> &mut Self;
        pub fn finish(&mut self) -> Result;
    }
}
pub mod ops {
    pub trait Add<Rhs = Self> { type Output; fn add(self, rhs: Rhs) -> Self::Output; }
    pub trait Sub<Rhs = Self> { type Output; fn sub(self, rhs: Rhs) -> Self::Output; }
    pub trait Mul<Rhs = Self> { type Output; fn mul(self, rhs: Rhs) -> Self::Output; }
    pub trait Div<Rhs = Self> { type Output; fn div(self, rhs: Rhs) -> Self::Output; }
    pub trait Rem<Rhs = Self> { type Output; fn rem(self, rhs: Rhs) -> Self::Output; }
    pub trait BitAnd<Rhs = Self> { type Output; fn bitand(self, rhs: Rhs) -> Self::Output; }
    pub trait BitOr<Rhs = Self> { type Output; fn bitor(self, rhs: Rhs) -> Self::Output; }
    pub trait BitXor<Rhs = Self> { type Output; fn bitxor(self, rhs: Rhs) -> Self::Output; }
    pub trait Shl<Rhs = Self> { type Output; fn shl(self, rhs: Rhs) -> Self::Output; }
    pub trait Shr<Rhs = Self> { type Output; fn shr(self, rhs: Rhs) -> Self::Output; }
    pub trait Neg { type Output; fn neg(self) -> Self::Output; }
    pub trait Not { type Output; fn not(self) -> Self::Output; }
    pub trait AddAssign<Rhs = Self> { fn add_assign(&mut self, rhs: Rhs); }
    pub trait SubAssign<Rhs = Self> { fn sub_assign(&mut self, rhs: Rhs); }
    pub trait MulAssign<Rhs = Self> { fn mul_assign(&mut self, rhs: Rhs); }
    pub trait DivAssign<Rhs = Self> { fn div_assign(&mut self, rhs: Rhs); }
    pub trait RemAssign<Rhs = Self> { fn rem_assign(&mut self, rhs: Rhs); }
    pub trait Index<Idx: ?Sized> { type Output: ?Sized; fn index(&self, index: Idx) -> &Self::Output; }
    pub trait IndexMut<Idx: ?Sized>: Index<Idx> { fn index_mut(&mut self, index: Idx) -> &mut Self::Output; }
    pub trait Deref { type Target: ?Sized; fn deref(&self) -> &Self::Target; }
    pub trait DerefMut: Deref { fn deref_mut(&mut self) -> &mut Self::Target; }
    pub trait Drop { fn drop(&mut self); }
    pub trait FnOnce<Args> { type Output; fn call_once(self, args: Args) -> Self::Output; }
    pub trait FnMut<Args>: FnOnce<Args> { fn call_mut(&mut self, args: Args) -> Self::Output; }
    pub trait Fn<Args>: FnMut<Args> { fn call(&self, args: Args) -> Self::Output; }
    pub struct Range<Idx> { pub start: Idx, pub end: Idx }
    pub struct RangeInclusive<Idx>;
    pub struct RangeFrom<Idx> { pub start: Idx }
    pub struct RangeTo<Idx> { pub end: Idx }
    pub struct RangeToInclusive<Idx> { pub end: Idx }
    pub struct RangeFull;
    impl<Idx: PartialOrd<Idx>> Range<Idx> {
        pub fn contains(&self, item: &Idx) -> bool;
        pub fn is_empty(&self) -> bool;
    }
    impl<Idx: PartialOrd<Idx>> RangeInclusive<Idx> {
        pub fn new(start: Idx, end: Idx) -> Self;
        pub fn contains(&self, item: &Idx) -> bool;
        pub fn start(&self) -> &Idx;
        pub fn end(&self) -> &Idx;
    }
}
pub mod mem {
    pub fn size_of<T>() -> usize;
    pub fn align_of<T>() -> usize;
    pub fn size_of_val<T: ?Sized>(val: &T) -> usize;
    pub fn align_of_val<T: ?Sized>(val: &T) -> usize;
    pub fn drop<T>(x: T);
    pub fn swap<T>(x: &mut T, y: &mut T);
    pub fn replace<T>(dest: &mut T, src: T) -> T;
    pub fn take<T: Default>(dest: &mut T) -> T;
    pub fn forget<T>(t: T);
}
pub mod hint {
    pub fn black_box<T>(dummy: T) -> T;
}
pub mod any {
    pub fn type_name<T: ?Sized>() -> &'static str;
    pub fn type_name_of_val<T: ?Sized>(val: &T) -> &'static str;
    pub trait Any { }
}
`;
