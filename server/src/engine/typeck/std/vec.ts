// Vec, slices and arrays: construction, growth, access, sorting, the iterators over them.
export const VEC_SOURCE = `
pub mod vec {
    pub struct Vec<T>;
    impl<T> Vec<T> {
        pub const fn new() -> Vec<T>;
        pub fn with_capacity(capacity: usize) -> Vec<T>;
        pub fn capacity(&self) -> usize;
        pub fn reserve(&mut self, additional: usize);
        pub fn reserve_exact(&mut self, additional: usize);
        pub fn try_reserve(&mut self, additional: usize) -> Result<(), TryReserveError>;
        pub fn try_reserve_exact(&mut self, additional: usize) -> Result<(), TryReserveError>;
        pub fn shrink_to_fit(&mut self);
        pub fn into_boxed_slice(self) -> Box<[T]>;
        pub fn truncate(&mut self, len: usize);
        pub fn as_slice(&self) -> &[T];
        pub fn as_mut_slice(&mut self) -> &mut [T];
        pub fn swap_remove(&mut self, index: usize) -> T;
        pub fn insert(&mut self, index: usize, element: T);
        pub fn remove(&mut self, index: usize) -> T;
        pub fn retain<F: FnMut(&T) -> bool>(&mut self, f: F);
        pub fn retain_mut<F: FnMut(&mut T) -> bool>(&mut self, f: F);
        pub fn push(&mut self, value: T);
        pub fn pop(&mut self) -> Option<T>;
        pub fn append(&mut self, other: &mut Vec<T>);
        pub fn drain<R: RangeBounds<usize>>(&mut self, range: R) -> Drain<'_, T>;
        pub fn clear(&mut self);
        pub fn len(&self) -> usize;
        pub fn is_empty(&self) -> bool;
        pub fn split_off(&mut self, at: usize) -> Vec<T>;
        pub fn extend_from_slice(&mut self, other: &[T]) where T: Clone;
        pub fn dedup(&mut self) where T: PartialEq;
        pub fn resize(&mut self, new_len: usize, value: T) where T: Clone;
    }
    impl<T> Deref for Vec<T> { type Target = [T]; }
    impl<T> DerefMut for Vec<T> {}
    impl<T: Clone> Clone for Vec<T> {}
    impl<T> Default for Vec<T> {}
    impl<T: Debug> Debug for Vec<T> {}
    impl<T: PartialEq> PartialEq for Vec<T> {}
    impl<T> IntoIterator for Vec<T> { type Item = T; type IntoIter = IntoIter<T>; }
    impl<'a, T> IntoIterator for &'a Vec<T> { type Item = &'a T; type IntoIter = core::slice::Iter<'a, T>; }
    impl<'a, T> IntoIterator for &'a mut Vec<T> { type Item = &'a mut T; type IntoIter = core::slice::IterMut<'a, T>; }
    impl<T> FromIterator<T> for Vec<T> {}
    impl<T, const N: usize> From<[T; N]> for Vec<T> {}
    impl<T> Extend<T> for Vec<T> {}
    impl<T> Index<usize> for Vec<T> { type Output = T; }
    pub struct IntoIter<T>;
    impl<T> Iterator for IntoIter<T> { type Item = T; }
    impl<T> DoubleEndedIterator for IntoIter<T> {}
    pub struct Drain<'a, T>;
    impl<'a, T> Iterator for Drain<'a, T> { type Item = T; }
}
pub mod slice {
    pub struct Iter<'a, T>;
    pub struct IterMut<'a, T>;
    pub struct Windows<'a, T>;
    pub struct Chunks<'a, T>;
    impl<'a, T> Iterator for Iter<'a, T> { type Item = &'a T; }
    impl<'a, T> DoubleEndedIterator for Iter<'a, T> {}
    impl<'a, T> ExactSizeIterator for Iter<'a, T> {}
    impl<'a, T> Iterator for IterMut<'a, T> { type Item = &'a mut T; }
    impl<'a, T> DoubleEndedIterator for IterMut<'a, T> {}
    impl<'a, T> Iterator for Windows<'a, T> { type Item = &'a [T]; }
    impl<'a, T> Iterator for Chunks<'a, T> { type Item = &'a [T]; }
    impl<T> [T] {
        pub const fn len(&self) -> usize;
        pub const fn is_empty(&self) -> bool;
        pub fn first(&self) -> Option<&T>;
        pub fn last(&self) -> Option<&T>;
        pub fn first_mut(&mut self) -> Option<&mut T>;
        pub fn last_mut(&mut self) -> Option<&mut T>;
        pub fn split_first(&self) -> Option<(&T, &[T])>;
        pub fn split_at(&self, mid: usize) -> (&[T], &[T]);
        pub fn split_at_mut(&mut self, mid: usize) -> (&mut [T], &mut [T]);
        pub fn get(&self, index: usize) -> Option<&T>;
        pub fn get_mut(&mut self, index: usize) -> Option<&mut T>;
        pub fn swap(&mut self, a: usize, b: usize);
        pub fn reverse(&mut self);
        pub fn iter(&self) -> Iter<'_, T>;
        pub fn iter_mut(&mut self) -> IterMut<'_, T>;
        pub fn windows(&self, size: usize) -> Windows<'_, T>;
        pub fn chunks(&self, chunk_size: usize) -> Chunks<'_, T>;
        pub fn contains(&self, x: &T) -> bool where T: PartialEq;
        pub fn starts_with(&self, needle: &[T]) -> bool where T: PartialEq;
        pub fn binary_search(&self, x: &T) -> Result<usize, usize> where T: Ord;
        pub fn sort(&mut self) where T: Ord;
        pub fn sort_unstable(&mut self) where T: Ord;
        pub fn sort_by<F: FnMut(&T, &T) -> Ordering>(&mut self, compare: F);
        pub fn sort_by_key<K: Ord, F: FnMut(&T) -> K>(&mut self, f: F);
        pub fn sort_unstable_by_key<K: Ord, F: FnMut(&T) -> K>(&mut self, f: F);
        pub fn to_vec(&self) -> Vec<T> where T: Clone;
        pub fn repeat(&self, n: usize) -> Vec<T> where T: Copy;
        pub fn into_vec(self: Box<Self>) -> Vec<T>;
        pub fn fill(&mut self, value: T) where T: Clone;
        pub fn rotate_left(&mut self, mid: usize);
        pub fn concat<Item: ?Sized>(&self) -> <Self as Concat<Item>>::Output where Self: Concat<Item>;
        pub fn join<Separator>(&self, sep: Separator) -> <Self as Join<Separator>>::Output where Self: Join<Separator>;
    }
    impl<'a, T> IntoIterator for &'a [T] { type Item = &'a T; type IntoIter = Iter<'a, T>; }
    impl<'a, T> IntoIterator for &'a mut [T] { type Item = &'a mut T; type IntoIter = IterMut<'a, T>; }
    impl<T> Index<usize> for [T] { type Output = T; }
    pub trait Concat<Item: ?Sized> { type Output; }
    pub trait Join<Separator> { type Output; }
    impl<S: Borrow<str>> Concat<str> for [S] { type Output = String; }
    impl<S: Borrow<str>> Join<&str> for [S] { type Output = String; }
    impl<T: Clone, V: Borrow<[T]>> Concat<T> for [V] { type Output = Vec<T>; }
    impl<T: Clone, V: Borrow<[T]>> Join<&T> for [V] { type Output = Vec<T>; }
    impl<T: Clone, V: Borrow<[T]>> Join<&[T]> for [V] { type Output = Vec<T>; }
}
pub mod array {
    pub struct IntoIter<T, const N: usize>;
    impl<T, const N: usize> Iterator for IntoIter<T, N> { type Item = T; }
    impl<T, const N: usize> IntoIterator for [T; N] { type Item = T; type IntoIter = IntoIter<T, N>; }
    impl<'a, T, const N: usize> IntoIterator for &'a [T; N] { type Item = &'a T; type IntoIter = core::slice::Iter<'a, T>; }
    impl<T, const N: usize> [T; N] {
        pub fn map<F: FnMut(T) -> U, U>(self, f: F) -> [U; N];
    }
}
`;
