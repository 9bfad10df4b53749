// Option and Result: the enums and the methods the product's programs call on them.
export const OPTION_SOURCE = `
pub mod option {
    pub enum Option<T> { None, Some(T) }
    impl<T> Option<T> {
        pub fn is_some(&self) -> bool;
        pub fn is_none(&self) -> bool;
        pub fn is_some_and<F: FnOnce(T) -> bool>(self, f: F) -> bool;
        pub fn as_ref(&self) -> Option<&T>;
        pub fn as_mut(&mut self) -> Option<&mut T>;
        pub fn expect(self, msg: &str) -> T;
        pub fn unwrap(self) -> T;
        pub fn unwrap_or(self, default: T) -> T;
        pub fn unwrap_or_else<F: FnOnce() -> T>(self, f: F) -> T;
        pub fn unwrap_or_default(self) -> T where T: Default;
        pub fn map<U, F: FnOnce(T) -> U>(self, f: F) -> Option<U>;
        pub fn map_or<U, F: FnOnce(T) -> U>(self, default: U, f: F) -> U;
        pub fn ok_or<E>(self, err: E) -> Result<T, E>;
        pub fn ok_or_else<E, F: FnOnce() -> E>(self, err: F) -> Result<T, E>;
        pub fn and_then<U, F: FnOnce(T) -> Option<U>>(self, f: F) -> Option<U>;
        pub fn filter<P: FnOnce(&T) -> bool>(self, predicate: P) -> Option<T>;
        pub fn or(self, optb: Option<T>) -> Option<T>;
        pub fn or_else<F: FnOnce() -> Option<T>>(self, f: F) -> Option<T>;
        pub fn take(&mut self) -> Option<T>;
        pub fn replace(&mut self, value: T) -> Option<T>;
        pub fn insert(&mut self, value: T) -> &mut T;
        pub fn get_or_insert_with<F: FnOnce() -> T>(&mut self, f: F) -> &mut T;
        pub fn zip<U>(self, other: Option<U>) -> Option<(T, U)>;
        pub fn iter(&self) -> core::option::Iter<'_, T>;
    }
    impl<T: Clone> Option<&T> { pub fn cloned(self) -> Option<T>; }
    impl<T: Copy> Option<&T> { pub fn copied(self) -> Option<T>; }
    impl<T: Deref> Option<T> { pub fn as_deref(&self) -> Option<&T::Target>; }
    pub struct Iter<'a, A>;
    impl<'a, A> Iterator for Iter<'a, A> { type Item = &'a A; }
    pub struct IntoIter<A>;
    impl<A> Iterator for IntoIter<A> { type Item = A; }
    impl<T> IntoIterator for Option<T> { type Item = T; type IntoIter = IntoIter<T>; }
    impl<'a, T> IntoIterator for &'a Option<T> { type Item = &'a T; type IntoIter = Iter<'a, T>; }
    impl<A, V: FromIterator<A>> FromIterator<Option<A>> for Option<V> {}
    impl<T: Clone> Clone for Option<T> {}
}
pub mod result {
    pub enum Result<T, E> { Ok(T), Err(E) }
    impl<T, E> Result<T, E> {
        pub fn is_ok(&self) -> bool;
        pub fn is_err(&self) -> bool;
        pub fn ok(self) -> Option<T>;
        pub fn err(self) -> Option<E>;
        pub fn as_ref(&self) -> Result<&T, &E>;
        pub fn as_mut(&mut self) -> Result<&mut T, &mut E>;
        pub fn map<U, F: FnOnce(T) -> U>(self, op: F) -> Result<U, E>;
        pub fn map_err<F, O: FnOnce(E) -> F>(self, op: O) -> Result<T, F>;
        pub fn and_then<U, F: FnOnce(T) -> Result<U, E>>(self, op: F) -> Result<U, E>;
        pub fn unwrap_or(self, default: T) -> T;
        pub fn unwrap_or_else<F: FnOnce(E) -> T>(self, op: F) -> T;
        pub fn unwrap_or_default(self) -> T where T: Default;
        pub fn expect(self, msg: &str) -> T where E: Debug;
        pub fn unwrap(self) -> T where E: Debug;
        pub fn expect_err(self, msg: &str) -> E where T: Debug;
        pub fn unwrap_err(self) -> E where T: Debug;
    }
    impl<A, E, V: FromIterator<A>> FromIterator<Result<A, E>> for Result<V, E> {}
    impl<T: Clone, E: Clone> Clone for Result<T, E> {}
}
`;
