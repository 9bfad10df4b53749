// Iterator with its associated Item, the adapters (each a struct whose Item is declared by its
// impl) and the consumers; IntoIterator and FromIterator so `for` and `collect` type through them.
export const ITER_SOURCE = `
pub mod iter {
    pub trait Iterator {
        type Item;
        fn next(&mut self) -> Option<Self::Item>;
        fn count(self) -> usize;
        fn last(self) -> Option<Self::Item>;
        fn nth(&mut self, n: usize) -> Option<Self::Item>;
        fn step_by(self, step: usize) -> StepBy<Self>;
        fn chain<U: IntoIterator<Item = Self::Item>>(self, other: U) -> Chain<Self, U::IntoIter>;
        fn zip<U: IntoIterator>(self, other: U) -> Zip<Self, U::IntoIter>;
        fn map<B, F: FnMut(Self::Item) -> B>(self, f: F) -> Map<Self, F>;
        fn for_each<F: FnMut(Self::Item)>(self, f: F);
        fn filter<P: FnMut(&Self::Item) -> bool>(self, predicate: P) -> Filter<Self, P>;
        fn filter_map<B, F: FnMut(Self::Item) -> Option<B>>(self, f: F) -> FilterMap<Self, F>;
        fn enumerate(self) -> Enumerate<Self>;
        fn peekable(self) -> Peekable<Self>;
        fn skip_while<P: FnMut(&Self::Item) -> bool>(self, predicate: P) -> SkipWhile<Self, P>;
        fn take_while<P: FnMut(&Self::Item) -> bool>(self, predicate: P) -> TakeWhile<Self, P>;
        fn skip(self, n: usize) -> Skip<Self>;
        fn take(self, n: usize) -> Take<Self>;
        fn flat_map<U: IntoIterator, F: FnMut(Self::Item) -> U>(self, f: F) -> FlatMap<Self, U, F>;
        fn scan<St, B, F: FnMut(&mut St, Self::Item) -> Option<B>>(self, initial_state: St, f: F) -> Scan<Self, St, F>;
        fn map_while<B, P: FnMut(Self::Item) -> Option<B>>(self, predicate: P) -> MapWhile<Self, P>;
        fn fuse(self) -> Fuse<Self>;
        fn flatten(self) -> Flatten<Self> where Self::Item: IntoIterator;
        fn inspect<F: FnMut(&Self::Item)>(self, f: F) -> Inspect<Self, F>;
        fn by_ref(&mut self) -> &mut Self;
        fn collect<B: FromIterator<Self::Item>>(self) -> B;
        fn partition<B: Default + Extend<Self::Item>, F: FnMut(&Self::Item) -> bool>(self, f: F) -> (B, B);
        fn fold<B, F: FnMut(B, Self::Item) -> B>(self, init: B, f: F) -> B;
        fn reduce<F: FnMut(Self::Item, Self::Item) -> Self::Item>(self, f: F) -> Option<Self::Item>;
        fn all<F: FnMut(Self::Item) -> bool>(&mut self, f: F) -> bool;
        fn any<F: FnMut(Self::Item) -> bool>(&mut self, f: F) -> bool;
        fn find<P: FnMut(&Self::Item) -> bool>(&mut self, predicate: P) -> Option<Self::Item>;
        fn find_map<B, F: FnMut(Self::Item) -> Option<B>>(&mut self, f: F) -> Option<B>;
        fn position<P: FnMut(Self::Item) -> bool>(&mut self, predicate: P) -> Option<usize>;
        fn max(self) -> Option<Self::Item> where Self::Item: Ord;
        fn min(self) -> Option<Self::Item> where Self::Item: Ord;
        fn max_by_key<B: Ord, F: FnMut(&Self::Item) -> B>(self, f: F) -> Option<Self::Item>;
        fn min_by_key<B: Ord, F: FnMut(&Self::Item) -> B>(self, f: F) -> Option<Self::Item>;
        fn max_by<F: FnMut(&Self::Item, &Self::Item) -> Ordering>(self, compare: F) -> Option<Self::Item>;
        fn min_by<F: FnMut(&Self::Item, &Self::Item) -> Ordering>(self, compare: F) -> Option<Self::Item>;
        fn rev(self) -> Rev<Self> where Self: DoubleEndedIterator;
        fn unzip<A, B, FromA: Default + Extend<A>, FromB: Default + Extend<B>>(self) -> (FromA, FromB) where Self: Iterator<Item = (A, B)>;
        fn copied<'a, T: 'a + Copy>(self) -> Copied<Self> where Self: Iterator<Item = &'a T>;
        fn cloned<'a, T: 'a + Clone>(self) -> Cloned<Self> where Self: Iterator<Item = &'a T>;
        fn cycle(self) -> Cycle<Self> where Self: Clone;
        fn sum<S: Sum<Self::Item>>(self) -> S;
        fn product<P: Product<Self::Item>>(self) -> P;
    }
    pub trait DoubleEndedIterator: Iterator { fn next_back(&mut self) -> Option<Self::Item>; }
    pub trait ExactSizeIterator: Iterator { fn len(&self) -> usize; }
    pub trait IntoIterator { type Item; type IntoIter: Iterator<Item = Self::Item>; fn into_iter(self) -> Self::IntoIter; }
    impl<I: Iterator> IntoIterator for I { type Item = I::Item; type IntoIter = I; }
    pub trait FromIterator<A>: Sized { fn from_iter<T: IntoIterator<Item = A>>(iter: T) -> Self; }
    pub trait Extend<A> { fn extend<T: IntoIterator<Item = A>>(&mut self, iter: T); }
    pub trait Sum<A = Self>: Sized {}
    pub trait Product<A = Self>: Sized {}
    pub struct Map<I, F>;
    pub struct Filter<I, P>;
    pub struct FilterMap<I, F>;
    pub struct Enumerate<I>;
    pub struct Peekable<I: Iterator>;
    pub struct SkipWhile<I, P>;
    pub struct TakeWhile<I, P>;
    pub struct Skip<I>;
    pub struct Take<I>;
    pub struct StepBy<I>;
    pub struct Chain<A, B>;
    pub struct Zip<A, B>;
    pub struct FlatMap<I, U, F>;
    pub struct Scan<I, St, F>;
    pub struct MapWhile<I, P>;
    pub struct Fuse<I>;
    pub struct Flatten<I>;
    pub struct Inspect<I, F>;
    pub struct Rev<T>;
    pub struct Copied<I>;
    pub struct Cloned<I>;
    pub struct Cycle<I>;
    pub struct Empty<T>;
    pub struct Once<T>;
    pub struct Repeat<A>;
    impl<B, I: Iterator, F: FnMut(I::Item) -> B> Iterator for Map<I, F> { type Item = B; }
    impl<I: Iterator, P> Iterator for Filter<I, P> { type Item = I::Item; }
    impl<B, I: Iterator, F> Iterator for FilterMap<I, F> where F: FnMut(I::Item) -> Option<B> { type Item = B; }
    impl<I: Iterator> Iterator for Enumerate<I> { type Item = (usize, I::Item); }
    impl<I: Iterator> Iterator for Peekable<I> { type Item = I::Item; }
    impl<I: Iterator> Peekable<I> {
        pub fn peek(&mut self) -> Option<&I::Item>;
        pub fn next_if(&mut self, func: impl FnOnce(&I::Item) -> bool) -> Option<I::Item>;
    }
    impl<I: Iterator, P> Iterator for SkipWhile<I, P> { type Item = I::Item; }
    impl<I: Iterator, P> Iterator for TakeWhile<I, P> { type Item = I::Item; }
    impl<I: Iterator> Iterator for Skip<I> { type Item = I::Item; }
    impl<I: Iterator> Iterator for Take<I> { type Item = I::Item; }
    impl<I: Iterator> Iterator for StepBy<I> { type Item = I::Item; }
    impl<A: Iterator, B: Iterator<Item = A::Item>> Iterator for Chain<A, B> { type Item = A::Item; }
    impl<A: Iterator, B: Iterator> Iterator for Zip<A, B> { type Item = (A::Item, B::Item); }
    impl<I: Iterator, U: IntoIterator, F> Iterator for FlatMap<I, U, F> { type Item = U::Item; }
    impl<B, I: Iterator, St, F> Iterator for Scan<I, St, F> where F: FnMut(&mut St, I::Item) -> Option<B> { type Item = B; }
    impl<B, I: Iterator, P> Iterator for MapWhile<I, P> where P: FnMut(I::Item) -> Option<B> { type Item = B; }
    impl<I: Iterator> Iterator for Fuse<I> { type Item = I::Item; }
    // std writes the item as \`<I::Item as IntoIterator>::Item\`; naming the inner item \`U\` lets it
    // normalise as \`Copied\`'s does (\`&Vec<i32>\` → \`&i32\`, \`&Option<u8>\` → \`&u8\`).
    impl<I: Iterator<Item = U>, U: IntoIterator> Iterator for Flatten<I> { type Item = U::Item; }
    impl<I: Iterator, F> Iterator for Inspect<I, F> { type Item = I::Item; }
    // std bounds I: DoubleEndedIterator here; rev() already requires it, and a closure given to an
    // adapter after rev() gets its parameter's type through this impl.
    impl<I: Iterator> Iterator for Rev<I> { type Item = I::Item; }
    impl<'a, I: Iterator<Item = &'a T>, T: 'a + Copy> Iterator for Copied<I> { type Item = T; }
    impl<'a, I: Iterator<Item = &'a T>, T: 'a + Clone> Iterator for Cloned<I> { type Item = T; }
    impl<I: Iterator> Iterator for Cycle<I> { type Item = I::Item; }
    impl<T> Iterator for Empty<T> { type Item = T; }
    impl<T> Iterator for Once<T> { type Item = T; }
    impl<A: Clone> Iterator for Repeat<A> { type Item = A; }
    pub fn empty<T>() -> Empty<T>;
    pub fn once<T>(value: T) -> Once<T>;
    pub fn repeat<T: Clone>(elt: T) -> Repeat<T>;
    impl<A: Step> Iterator for Range<A> { type Item = A; }
    impl<A: Step> DoubleEndedIterator for Range<A> {}
    impl<A: Step> Iterator for RangeInclusive<A> { type Item = A; }
    impl<A: Step> DoubleEndedIterator for RangeInclusive<A> {}
    impl<A: Step> Iterator for RangeFrom<A> { type Item = A; }
    pub trait Step: Clone + PartialOrd + Sized {}
}
`;
