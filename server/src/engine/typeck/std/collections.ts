// The collections: HashMap/HashSet with their entry API, BTreeMap/BTreeSet, VecDeque. Each
// collection's iterators live in its own module, as std's do, so they print under std's names
// (`IntoIter<u32, String>`, `Iter<'_, u64>`) and a hash map's and a B-tree's stay different types.
export const COLLECTIONS_SOURCE = `
pub mod collections {
    pub struct TryReserveError;
    impl Debug for TryReserveError {}
    impl Display for TryReserveError {}
    pub struct HashMap<K, V>;
    pub struct HashSet<T>;
    pub struct BTreeMap<K, V>;
    pub struct BTreeSet<T>;
    pub struct VecDeque<T>;
    pub enum Entry<'a, K, V> { Occupied(OccupiedEntry<'a, K, V>), Vacant(VacantEntry<'a, K, V>) }
    pub struct OccupiedEntry<'a, K, V>;
    pub struct VacantEntry<'a, K, V>;
    impl<K, V> HashMap<K, V> {
        pub fn new() -> HashMap<K, V>;
        pub fn with_capacity(capacity: usize) -> HashMap<K, V>;
        pub fn capacity(&self) -> usize;
        pub fn len(&self) -> usize;
        pub fn is_empty(&self) -> bool;
        pub fn clear(&mut self);
        pub fn keys(&self) -> hash_map::Keys<'_, K, V>;
        pub fn values(&self) -> hash_map::Values<'_, K, V>;
        pub fn values_mut(&mut self) -> hash_map::ValuesMut<'_, K, V>;
        pub fn iter(&self) -> hash_map::Iter<'_, K, V>;
        pub fn iter_mut(&mut self) -> hash_map::IterMut<'_, K, V>;
        pub fn into_keys(self) -> hash_map::IntoKeys<K, V>;
        pub fn into_values(self) -> hash_map::IntoValues<K, V>;
        pub fn retain<F: FnMut(&K, &mut V) -> bool>(&mut self, f: F);
        pub fn drain(&mut self) -> hash_map::Drain<'_, K, V>;
    }
    impl<K: Eq + Hash, V> HashMap<K, V> {
        pub fn entry(&mut self, key: K) -> Entry<'_, K, V>;
        pub fn get<Q: ?Sized>(&self, k: &Q) -> Option<&V> where K: Borrow<Q>;
        pub fn get_mut<Q: ?Sized>(&mut self, k: &Q) -> Option<&mut V> where K: Borrow<Q>;
        pub fn contains_key<Q: ?Sized>(&self, k: &Q) -> bool where K: Borrow<Q>;
        pub fn insert(&mut self, k: K, v: V) -> Option<V>;
        pub fn remove<Q: ?Sized>(&mut self, k: &Q) -> Option<V> where K: Borrow<Q>;
    }
    impl<'a, K, V> Entry<'a, K, V> {
        pub fn or_insert(self, default: V) -> &'a mut V;
        pub fn or_insert_with<F: FnOnce() -> V>(self, default: F) -> &'a mut V;
        pub fn or_default(self) -> &'a mut V where V: Default;
        pub fn and_modify<F: FnOnce(&mut V)>(self, f: F) -> Self;
        pub fn key(&self) -> &K;
    }
    impl<K, V> Default for HashMap<K, V> {}
    impl<K: Debug, V: Debug> Debug for HashMap<K, V> {}
    impl<K: Clone, V: Clone> Clone for HashMap<K, V> {}
    impl<K, V> PartialEq for HashMap<K, V> {}
    impl<K, V> FromIterator<(K, V)> for HashMap<K, V> {}
    impl<K, V, const N: usize> From<[(K, V); N]> for HashMap<K, V> {}
    impl<K, V> Extend<(K, V)> for HashMap<K, V> {}
    impl<K, Q: ?Sized, V> Index<&Q> for HashMap<K, V> where K: Borrow<Q> { type Output = V; }
    impl<K, V> IntoIterator for HashMap<K, V> { type Item = (K, V); type IntoIter = hash_map::IntoIter<K, V>; }
    impl<'a, K, V> IntoIterator for &'a HashMap<K, V> { type Item = (&'a K, &'a V); type IntoIter = hash_map::Iter<'a, K, V>; }
    impl<'a, K, V> IntoIterator for &'a mut HashMap<K, V> { type Item = (&'a K, &'a mut V); type IntoIter = hash_map::IterMut<'a, K, V>; }
    pub mod hash_map {
        pub struct Iter<'a, K, V>;
        pub struct IterMut<'a, K, V>;
        pub struct IntoIter<K, V>;
        pub struct Keys<'a, K, V>;
        pub struct Values<'a, K, V>;
        pub struct ValuesMut<'a, K, V>;
        pub struct IntoKeys<K, V>;
        pub struct IntoValues<K, V>;
        impl<'a, K, V> Iterator for Iter<'a, K, V> { type Item = (&'a K, &'a V); }
        impl<'a, K, V> Iterator for IterMut<'a, K, V> { type Item = (&'a K, &'a mut V); }
        impl<K, V> Iterator for IntoIter<K, V> { type Item = (K, V); }
        impl<'a, K, V> Iterator for Keys<'a, K, V> { type Item = &'a K; }
        impl<'a, K, V> Iterator for Values<'a, K, V> { type Item = &'a V; }
        impl<'a, K, V> Iterator for ValuesMut<'a, K, V> { type Item = &'a mut V; }
        impl<K, V> Iterator for IntoKeys<K, V> { type Item = K; }
        impl<K, V> Iterator for IntoValues<K, V> { type Item = V; }
        pub struct Drain<'a, K, V>;
        impl<'a, K, V> Iterator for Drain<'a, K, V> { type Item = (K, V); }
    }
    impl<K, V> BTreeMap<K, V> {
        pub const fn new() -> BTreeMap<K, V>;
        pub fn len(&self) -> usize;
        pub fn is_empty(&self) -> bool;
        pub fn clear(&mut self);
        pub fn get<Q: ?Sized>(&self, key: &Q) -> Option<&V> where K: Borrow<Q>;
        pub fn get_mut<Q: ?Sized>(&mut self, key: &Q) -> Option<&mut V> where K: Borrow<Q>;
        pub fn contains_key<Q: ?Sized>(&self, key: &Q) -> bool where K: Borrow<Q>;
        pub fn insert(&mut self, key: K, value: V) -> Option<V>;
        pub fn remove<Q: ?Sized>(&mut self, key: &Q) -> Option<V> where K: Borrow<Q>;
        pub fn entry(&mut self, key: K) -> Entry<'_, K, V>;
        pub fn keys(&self) -> btree_map::Keys<'_, K, V>;
        pub fn values(&self) -> btree_map::Values<'_, K, V>;
        pub fn values_mut(&mut self) -> btree_map::ValuesMut<'_, K, V>;
        pub fn iter(&self) -> btree_map::Iter<'_, K, V>;
        pub fn iter_mut(&mut self) -> btree_map::IterMut<'_, K, V>;
        pub fn into_keys(self) -> btree_map::IntoKeys<K, V>;
        pub fn into_values(self) -> btree_map::IntoValues<K, V>;
        pub fn retain<F: FnMut(&K, &mut V) -> bool>(&mut self, f: F);
        pub fn append(&mut self, other: &mut BTreeMap<K, V>);
        pub fn first_key_value(&self) -> Option<(&K, &V)>;
        pub fn last_key_value(&self) -> Option<(&K, &V)>;
        pub fn pop_first(&mut self) -> Option<(K, V)>;
        pub fn pop_last(&mut self) -> Option<(K, V)>;
        pub fn range<R>(&self, range: R) -> btree_map::Range<'_, K, V>;
    }
    impl<K, V> Default for BTreeMap<K, V> {}
    impl<K: Debug, V: Debug> Debug for BTreeMap<K, V> {}
    impl<K: Clone, V: Clone> Clone for BTreeMap<K, V> {}
    impl<K: PartialEq, V: PartialEq> PartialEq for BTreeMap<K, V> {}
    impl<K, V> FromIterator<(K, V)> for BTreeMap<K, V> {}
    impl<K, V, const N: usize> From<[(K, V); N]> for BTreeMap<K, V> {}
    impl<K, V> Extend<(K, V)> for BTreeMap<K, V> {}
    impl<K, V> IntoIterator for BTreeMap<K, V> { type Item = (K, V); type IntoIter = btree_map::IntoIter<K, V>; }
    impl<'a, K, V> IntoIterator for &'a BTreeMap<K, V> { type Item = (&'a K, &'a V); type IntoIter = btree_map::Iter<'a, K, V>; }
    impl<'a, K, V> IntoIterator for &'a mut BTreeMap<K, V> { type Item = (&'a K, &'a mut V); type IntoIter = btree_map::IterMut<'a, K, V>; }
    pub mod btree_map {
        pub struct Iter<'a, K, V>;
        pub struct IterMut<'a, K, V>;
        pub struct IntoIter<K, V>;
        pub struct Keys<'a, K, V>;
        pub struct Values<'a, K, V>;
        pub struct ValuesMut<'a, K, V>;
        pub struct IntoKeys<K, V>;
        pub struct IntoValues<K, V>;
        impl<'a, K, V> Iterator for Iter<'a, K, V> { type Item = (&'a K, &'a V); }
        impl<'a, K, V> DoubleEndedIterator for Iter<'a, K, V> {}
        impl<'a, K, V> Iterator for IterMut<'a, K, V> { type Item = (&'a K, &'a mut V); }
        impl<'a, K, V> DoubleEndedIterator for IterMut<'a, K, V> {}
        impl<K, V> Iterator for IntoIter<K, V> { type Item = (K, V); }
        impl<K, V> DoubleEndedIterator for IntoIter<K, V> {}
        impl<'a, K, V> Iterator for Keys<'a, K, V> { type Item = &'a K; }
        impl<'a, K, V> DoubleEndedIterator for Keys<'a, K, V> {}
        impl<'a, K, V> Iterator for Values<'a, K, V> { type Item = &'a V; }
        impl<'a, K, V> DoubleEndedIterator for Values<'a, K, V> {}
        impl<'a, K, V> Iterator for ValuesMut<'a, K, V> { type Item = &'a mut V; }
        impl<'a, K, V> DoubleEndedIterator for ValuesMut<'a, K, V> {}
        impl<K, V> Iterator for IntoKeys<K, V> { type Item = K; }
        impl<K, V> DoubleEndedIterator for IntoKeys<K, V> {}
        impl<K, V> Iterator for IntoValues<K, V> { type Item = V; }
        impl<K, V> DoubleEndedIterator for IntoValues<K, V> {}
        pub struct Range<'a, K, V>;
        impl<'a, K, V> Iterator for Range<'a, K, V> { type Item = (&'a K, &'a V); }
        impl<'a, K, V> DoubleEndedIterator for Range<'a, K, V> {}
    }
    impl<T> HashSet<T> {
        pub fn new() -> HashSet<T>;
        pub fn with_capacity(capacity: usize) -> HashSet<T>;
        pub fn len(&self) -> usize;
        pub fn is_empty(&self) -> bool;
        pub fn clear(&mut self);
        pub fn iter(&self) -> hash_set::Iter<'_, T>;
        pub fn insert(&mut self, value: T) -> bool;
        pub fn contains<Q: ?Sized>(&self, value: &Q) -> bool where T: Borrow<Q>;
        pub fn remove<Q: ?Sized>(&mut self, value: &Q) -> bool where T: Borrow<Q>;
        pub fn is_subset(&self, other: &HashSet<T>) -> bool;
        pub fn is_superset(&self, other: &HashSet<T>) -> bool;
        pub fn is_disjoint(&self, other: &HashSet<T>) -> bool;
    }
    impl<T: Eq + Hash> HashSet<T> {
        pub fn intersection<'a>(&'a self, other: &'a HashSet<T>) -> hash_set::Intersection<'a, T, RandomState>;
        pub fn union<'a>(&'a self, other: &'a HashSet<T>) -> hash_set::Union<'a, T, RandomState>;
        pub fn difference<'a>(&'a self, other: &'a HashSet<T>) -> hash_set::Difference<'a, T, RandomState>;
        pub fn symmetric_difference<'a>(&'a self, other: &'a HashSet<T>) -> hash_set::SymmetricDifference<'a, T, RandomState>;
    }
    impl<T> Default for HashSet<T> {}
    impl<T: Debug> Debug for HashSet<T> {}
    impl<T: Clone> Clone for HashSet<T> {}
    impl<T> FromIterator<T> for HashSet<T> {}
    impl<T, const N: usize> From<[T; N]> for HashSet<T> {}
    impl<T> Extend<T> for HashSet<T> {}
    impl<T> IntoIterator for HashSet<T> { type Item = T; type IntoIter = hash_set::IntoIter<T>; }
    impl<'a, T> IntoIterator for &'a HashSet<T> { type Item = &'a T; type IntoIter = hash_set::Iter<'a, T>; }
    pub mod hash_set {
        pub struct Iter<'a, T>;
        pub struct IntoIter<T>;
        impl<'a, T> Iterator for Iter<'a, T> { type Item = &'a T; }
        impl<T> Iterator for IntoIter<T> { type Item = T; }
        pub struct Intersection<'a, T, S>;
        pub struct Union<'a, T, S>;
        pub struct Difference<'a, T, S>;
        pub struct SymmetricDifference<'a, T, S>;
        impl<'a, T, S> Iterator for Intersection<'a, T, S> { type Item = &'a T; }
        impl<'a, T, S> Iterator for Union<'a, T, S> { type Item = &'a T; }
        impl<'a, T, S> Iterator for Difference<'a, T, S> { type Item = &'a T; }
        impl<'a, T, S> Iterator for SymmetricDifference<'a, T, S> { type Item = &'a T; }
    }
    impl<T> BTreeSet<T> {
        pub const fn new() -> BTreeSet<T>;
        pub fn len(&self) -> usize;
        pub fn is_empty(&self) -> bool;
        pub fn clear(&mut self);
        pub fn insert(&mut self, value: T) -> bool;
        pub fn contains<Q: ?Sized>(&self, value: &Q) -> bool where T: Borrow<Q>;
        pub fn remove<Q: ?Sized>(&mut self, value: &Q) -> bool where T: Borrow<Q>;
        pub fn iter(&self) -> btree_set::Iter<'_, T>;
        pub fn retain<F: FnMut(&T) -> bool>(&mut self, f: F);
        pub fn append(&mut self, other: &mut BTreeSet<T>);
        pub fn first(&self) -> Option<&T>;
        pub fn last(&self) -> Option<&T>;
        pub fn pop_first(&mut self) -> Option<T>;
        pub fn pop_last(&mut self) -> Option<T>;
    }
    impl<T: Ord> BTreeSet<T> {
        pub fn intersection<'a>(&'a self, other: &'a BTreeSet<T>) -> btree_set::Intersection<'a, T>;
        pub fn union<'a>(&'a self, other: &'a BTreeSet<T>) -> btree_set::Union<'a, T>;
        pub fn difference<'a>(&'a self, other: &'a BTreeSet<T>) -> btree_set::Difference<'a, T>;
        pub fn symmetric_difference<'a>(&'a self, other: &'a BTreeSet<T>) -> btree_set::SymmetricDifference<'a, T>;
    }
    impl<T> Default for BTreeSet<T> {}
    impl<T: Debug> Debug for BTreeSet<T> {}
    impl<T: Clone> Clone for BTreeSet<T> {}
    impl<T: PartialEq> PartialEq for BTreeSet<T> {}
    impl<T> FromIterator<T> for BTreeSet<T> {}
    impl<T, const N: usize> From<[T; N]> for BTreeSet<T> {}
    impl<T> Extend<T> for BTreeSet<T> {}
    impl<T> IntoIterator for BTreeSet<T> { type Item = T; type IntoIter = btree_set::IntoIter<T>; }
    impl<'a, T> IntoIterator for &'a BTreeSet<T> { type Item = &'a T; type IntoIter = btree_set::Iter<'a, T>; }
    pub mod btree_set {
        pub struct Iter<'a, T>;
        pub struct IntoIter<T>;
        impl<'a, T> Iterator for Iter<'a, T> { type Item = &'a T; }
        impl<'a, T> DoubleEndedIterator for Iter<'a, T> {}
        impl<T> Iterator for IntoIter<T> { type Item = T; }
        impl<T> DoubleEndedIterator for IntoIter<T> {}
        pub struct Intersection<'a, T>;
        pub struct Union<'a, T>;
        pub struct Difference<'a, T>;
        pub struct SymmetricDifference<'a, T>;
        impl<'a, T: Ord> Iterator for Intersection<'a, T> { type Item = &'a T; }
        impl<'a, T: Ord> Iterator for Union<'a, T> { type Item = &'a T; }
        impl<'a, T: Ord> Iterator for Difference<'a, T> { type Item = &'a T; }
        impl<'a, T: Ord> Iterator for SymmetricDifference<'a, T> { type Item = &'a T; }
    }
    impl<T> VecDeque<T> {
        pub const fn new() -> VecDeque<T>;
        pub fn with_capacity(capacity: usize) -> VecDeque<T>;
        pub fn len(&self) -> usize;
        pub fn is_empty(&self) -> bool;
        pub fn capacity(&self) -> usize;
        pub fn push_back(&mut self, value: T);
        pub fn push_front(&mut self, value: T);
        pub fn pop_back(&mut self) -> Option<T>;
        pub fn pop_front(&mut self) -> Option<T>;
        pub fn front(&self) -> Option<&T>;
        pub fn back(&self) -> Option<&T>;
        pub fn get(&self, index: usize) -> Option<&T>;
        pub fn iter(&self) -> vec_deque::Iter<'_, T>;
        pub fn iter_mut(&mut self) -> vec_deque::IterMut<'_, T>;
        pub fn clear(&mut self);
        pub fn contains(&self, x: &T) -> bool where T: PartialEq;
    }
    impl<T> Default for VecDeque<T> {}
    impl<T: Debug> Debug for VecDeque<T> {}
    impl<T> FromIterator<T> for VecDeque<T> {}
    impl<T, const N: usize> From<[T; N]> for VecDeque<T> {}
    impl<T> From<Vec<T>> for VecDeque<T> {}
    impl<T> Index<usize> for VecDeque<T> { type Output = T; }
    impl<'a, T> IntoIterator for &'a VecDeque<T> { type Item = &'a T; type IntoIter = vec_deque::Iter<'a, T>; }
    impl<'a, T> IntoIterator for &'a mut VecDeque<T> { type Item = &'a mut T; type IntoIter = vec_deque::IterMut<'a, T>; }
    pub mod vec_deque {
        pub struct Iter<'a, T>;
        impl<'a, T> Iterator for Iter<'a, T> { type Item = &'a T; }
        impl<'a, T> DoubleEndedIterator for Iter<'a, T> {}
        pub struct IterMut<'a, T>;
        impl<'a, T> Iterator for IterMut<'a, T> { type Item = &'a mut T; }
        impl<'a, T> DoubleEndedIterator for IterMut<'a, T> {}
    }
}
`;
