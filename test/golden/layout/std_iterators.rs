// Iterators of std's B-tree collections, measured by rustc: the frame model lays out the locals
// of `for` loops and `range` calls over them.
use std::collections::{btree_map, btree_set};

type MapIntoIterU32 = btree_map::IntoIter<u32, u32>;
type MapIterStr = btree_map::Iter<'static, &'static str, u64>;
type MapRangeI32 = btree_map::Range<'static, i32, i32>;
type SetIntoIterString = btree_set::IntoIter<String>;
type SetIterI32 = btree_set::Iter<'static, i32>;
