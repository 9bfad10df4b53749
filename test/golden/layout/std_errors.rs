// The error and builder types std hands back from locks, cells, channels, `String::from_utf8` and
// the formatter's `debug_*` methods: each measured by rustc, as the frame model lays out the
// locals that hold them.
use std::cell::{BorrowError, BorrowMutError, Ref, RefMut};
use std::fmt::{DebugList, DebugMap, DebugSet, DebugStruct, DebugTuple};
use std::str::Utf8Error;
use std::string::FromUtf8Error;
use std::sync::mpsc::{RecvError, SendError, TryIter, TryRecvError};
use std::sync::{MutexGuard, PoisonError, RwLockReadGuard, RwLockWriteGuard, TryLockError};
use std::thread::JoinHandle;

type LockResultU32 = Result<MutexGuard<'static, u32>, PoisonError<MutexGuard<'static, u32>>>;
type TryLockResultVec = Result<MutexGuard<'static, Vec<u8>>, TryLockError<MutexGuard<'static, Vec<u8>>>>;
type PoisonedGuard = PoisonError<MutexGuard<'static, u32>>;
type PoisonedMutRef = Result<&'static mut Vec<i32>, PoisonError<&'static mut Vec<i32>>>;
type IntoInnerResult = Result<Vec<i32>, PoisonError<Vec<i32>>>;
type ReadResult = Result<RwLockReadGuard<'static, i32>, PoisonError<RwLockReadGuard<'static, i32>>>;
type WriteResult = Result<RwLockWriteGuard<'static, i32>, PoisonError<RwLockWriteGuard<'static, i32>>>;
type TryBorrowResult = Result<Ref<'static, Vec<i32>>, BorrowError>;
type TryBorrowMutResult = Result<RefMut<'static, Vec<i32>>, BorrowMutError>;
type SpawnResult = std::io::Result<JoinHandle<u8>>;
type SendResult = Result<(), SendError<String>>;
type SendErrorU8 = SendError<u8>;
type RecvResult = Result<String, RecvError>;
type TryRecvResult = Result<(u64, u64), TryRecvError>;
type TryIterU8 = TryIter<'static, u8>;
type Utf8ErrorAlias = Utf8Error;
type FromUtf8Result = Result<String, FromUtf8Error>;
type DebugStructAlias = DebugStruct<'static, 'static>;
type DebugTupleAlias = DebugTuple<'static, 'static>;
type DebugListAlias = DebugList<'static, 'static>;
type DebugSetAlias = DebugSet<'static, 'static>;
type DebugMapAlias = DebugMap<'static, 'static>;
