// The layout corpus: every struct, enum, union and type alias below is measured by rustc
// (`scripts/goldens/layout.mjs` compiles this file with a generated main that prints size_of,
// align_of and offset_of! of each) and by `rustmem layout --json`; the two must agree.
// `!` is named directly, so the recorder compiles with the never_type feature enabled.
use std::borrow::Cow;
use std::cell::{Cell, OnceCell, RefCell};
use std::cmp::{Ordering, Reverse};
use std::collections::{BTreeMap, BTreeSet, BinaryHeap, HashMap, HashSet, LinkedList, VecDeque};
use std::convert::Infallible;
use std::error::Error;
use std::fmt::{self, Debug};
use std::io;
use std::marker::PhantomData;
use std::mem::{ManuallyDrop, MaybeUninit};
use std::num::{NonZero, NonZeroU32, NonZeroU64, NonZeroU8, NonZeroUsize, Wrapping};
use std::ops::{Range, RangeInclusive};
use std::pin::Pin;
use std::rc::{self, Rc};
use std::sync::atomic::{self, AtomicBool, AtomicI64, AtomicPtr, AtomicU16, AtomicU32, AtomicU64, AtomicU8, AtomicUsize};
use std::sync::{Arc, Condvar, Mutex, OnceLock, RwLock};
use std::time::{Duration, Instant, SystemTime};

const LEN: usize = 3;

// ---- structs: rustc's field reordering ----
struct Mixed { a: u8, b: u32, c: u16 }
struct Sandwich { a: u8, b: u64, c: u8 }
struct BoolThenArray { a: bool, b: [u8; 16] }
struct ByteThenArray { a: u8, b: [u8; 16] }
struct NicheInTuple { a: u32, b: (bool, u8), c: u16 }
struct TwoTuples { a: (u8, u8, u8, bool), b: (u8, bool, u8) }
struct ArrayGroup { a: [u8; 4], b: u16, c: u8 }
struct Array6 { a: [u8; 6], b: u32, c: u8 }
struct CharMiddle { a: u8, b: char, c: u16 }
struct FourFields { a: u16, b: bool, c: u64, d: u8 }
struct OptionField { a: Option<u8>, b: u32, c: bool }
struct BoxMiddle { a: u8, b: Box<u8>, c: u8 }
struct VecAndBool { v: Vec<u8>, b: bool }
struct BoolBetween { a: u32, b: bool, c: u32 }
struct Point { x: f64, y: f64 }
struct TupleStruct(u8, u32, u8);
struct Unit;
struct EmptyBraces {}
struct WithZsts { a: (), b: u8, c: PhantomData<u64> }
struct Wide { a: u128, b: u8 }
struct ShortArray { a: [u16; 3], b: u8, c: u32 }
struct CharAndBool { c: char, b: bool }
struct FiveFields { a: u8, b: u16, c: bool, d: u32, e: char }
struct NonZeroFirst { a: NonZeroU8, b: u8, c: u16 }
struct OptBoolAndU64 { a: Option<bool>, b: u64 }
struct StrThenByte { a: &'static str, b: u8 }
struct ByteThenStr { a: u8, b: &'static str }
struct ManyBytes { a: u8, b: bool, c: u8, d: bool, e: u16 }
struct Nested { inner: Mixed, flag: bool, n: u64 }
struct TrailingBool { a: u64, b: u32, c: bool }
struct BoolU16Bool { a: bool, b: u16, c: bool }
struct Rgb(u8, u8, u8);
struct Person { name: String, age: u8, email: Option<String> }
struct Counter { count: Cell<u32>, label: &'static str }
struct Matrix { data: [[f32; LEN]; LEN] }
struct Shared { data: Rc<RefCell<Vec<i32>>>, id: u16 }
struct Lifetimed<'a> { s: &'a str, n: u8 }
struct UnitAndByte { a: Unit, b: u8 }

// ---- repr ----
#[repr(C)]
struct CMixed { a: u8, b: u32, c: u16 }
#[repr(C)]
struct CByteU64 { a: u8, b: u64 }
#[repr(C)]
struct CEmpty {}
#[repr(packed)]
struct Packed { a: u8, b: u32 }
#[repr(packed(2))]
struct Packed2 { a: u8, b: u64, c: u8 }
#[repr(C, packed)]
struct CPacked { a: u8, b: u16, c: u8 }
#[repr(align(16))]
struct Align16 { a: u8 }
#[repr(align(8))]
struct Align8 { a: u8, b: u32 }
#[repr(C, align(8))]
struct CAlign8 { a: u8, b: u16 }
#[repr(transparent)]
struct Meters(u32);
#[repr(transparent)]
struct TransparentBox(Box<u8>, PhantomData<u8>);

// ---- unions ----
union IntOrFloat { i: u32, f: f32 }
#[repr(C)]
union BytesOrHalf { a: [u8; 5], b: u16 }
union WithBool { a: bool, b: u8 }

// ---- generics (instantiated by the aliases below, plus one never instantiated) ----
struct Pair<A, B> { a: A, b: B }
struct Wrapper<T>(T);
struct Buffer<const N: usize> { len: u8, data: [u16; N] }
struct Node<T> { val: T, next: Option<Box<Node<T>>> }
struct NeverInstantiated<T> { value: T, count: u32 }
enum MyOption<T> { Nothing, Just(T) }
type PairU8U32 = Pair<u8, u32>;
type PairBoolU64 = Pair<bool, u64>;
type PairCharU8 = Pair<char, u8>;
type WrapperU16 = Wrapper<u16>;
type WrapperBool = Wrapper<bool>;
type Buffer5 = Buffer<5>;
type NodeU32 = Node<u32>;
type NodeString = Node<String>;
type MyOptionU8 = MyOption<u8>;
type MyOptionBox = MyOption<Box<u64>>;
type OptionPair = Option<Pair<u8, bool>>;

// ---- recursive types ----
enum List { Cons(i32, Box<List>), Nil }
struct Tree { left: Option<Box<Tree>>, right: Option<Box<Tree>>, v: u8 }
enum Json { Null, Bool(bool), Number(f64), Str(String), Array(Vec<Json>), Object(Vec<(String, Json)>) }

struct SelfRef { v: u32, next: Option<Box<Self>> }
enum SelfList<T> { Nil, Cons(T, Box<Self>) }
type SelfListU8 = SelfList<u8>;
type Twice<T> = (T, T);
type TwiceU16 = Twice<u16>;
struct WithDefault<T = u64> { a: u8, b: T }
type WithDefaultUsed = WithDefault;
struct ConstDefault<const N: usize = 4> { data: [u8; N], tag: u32 }
type ConstDefaultUsed = ConstDefault;

// ---- enums ----
enum Direction { North, East, South, West }
enum Explicit { A = 1, B = 300 }
enum Negative { A = -1, B = 5 }
enum BigDiscriminant { A = 70000, B }
enum ByteOrWord { A(u8), B(u32) }
enum OptionLike { Some(u64), None }
enum BoolOrTwo { A(bool), B, C }
enum TwoFields { A(u32, u8), B(u16) }
enum Message { Quit, Move { x: i32, y: i32 }, Write(String), ChangeColor(i32, i32, i32) }
enum TwoBoxes { A(Box<u8>), B(Box<u8>) }
enum StringOrWord { A(String), B(u32), C }
enum CharOrTwo { A(char), B, C }
enum ByteBoolOrByte { A(u8, bool), B(u8) }
enum ArrayBoolOrWord { A([u8; 7], bool), B(u32) }
enum Void {}
enum OnlyOne { Only(u32) }
enum SingleUnit { A }
enum WithVoid { A(u64), B(Void) }
enum WordOrHalf { A(u32), B(u16) }
enum U64OrByte { A(u64), B(u8) }
enum ThreeWay { A(u16), B(u32), C(u64) }
enum NestedOption { A(Option<bool>), B }
enum Shape { Circle { r: f64 }, Rect { w: f64, h: f64 }, Tri(f32, f32, f32) }
enum VecOrBox { V(Vec<u8>), B(Box<u8>) }
enum ManyUnit { A, B, C, D, E, F, G, H }
enum ByteAfterNiche { A(u32, bool), B(u8) }
enum Token { Ident(String), Int(i64), Plus, Minus, LParen, RParen }
#[repr(u8)]
enum ReprU8 { A(u32), B(u8) }
#[repr(u8)]
enum ReprU8Plain { A = 2, B = 7 }
#[repr(C)]
enum ReprC { A(u8), B(u32) }
#[repr(C, u8)]
enum ReprCU8 { A(u64), B }
#[repr(i32)]
enum ReprI32 { A, B }
#[repr(C)]
enum ReprCPlain { X, Y }
#[repr(u16)]
enum ReprU16Data { A(u8), B(u8, u8) }

// ---- modules ----
mod shapes {
    pub struct Square { pub side: u32, pub filled: bool }
}
mod outer {
    pub mod inner {
        pub struct Deep { pub a: u16, pub b: u64 }
    }
    pub use self::inner::Deep;
}
use outer::inner::Deep;
type ModSquare = shapes::Square;
type UsedDeep = Deep;
type PathDeep = outer::inner::Deep;
type CrateSquare = crate::shapes::Square;

// ---- primitives ----
type TU8 = u8;
type TU16 = u16;
type TU32 = u32;
type TU64 = u64;
type TU128 = u128;
type TUsize = usize;
type TI8 = i8;
type TI16 = i16;
type TI32 = i32;
type TI64 = i64;
type TI128 = i128;
type TIsize = isize;
type TF32 = f32;
type TF64 = f64;
type TBool = bool;
type TChar = char;
type TUnit = ();
type TNever = !;

// ---- arrays and tuples ----
type ArrEmpty = [u8; 0];
type ArrU32 = [u32; 3];
type ArrNested = [[u16; 3]; 2];
type ArrBool = [bool; 4];
type ArrConst = [u64; LEN * 2];
type ArrTuple = [(u8, u16); 3];
type TupU8U32 = (u8, u32);
type TupU8U32U8 = (u8, u32, u8);
type TupMixed = (u8, u16, u8, u32);
type TupSingle = (bool,);
type TupU64U8 = (u64, u8);
type TupU8U64 = (u8, u64);
type TupCharU8 = (char, u8);
type TupNested = (u8, (u16, u8));
type TupBoolU32Bool = (bool, u32, bool);
type TupU8U16U32U64 = (u8, u16, u32, u64);
type TupU64U32U16U8 = (u64, u32, u16, u8);
type TupStrBool = (&'static str, bool);
type TupUnit = ((), u8);

// ---- pointers ----
type RefU8 = &'static u8;
type RefMutU64 = &'static mut u64;
type RefStr = &'static str;
type RefSlice = &'static [u8];
type RefMutSlice = &'static mut [u32];
type RefDyn = &'static dyn Debug;
type RefDynFn = &'static dyn Fn(u8) -> u8;
type PtrConst = *const u8;
type PtrSlice = *mut [u8];
type PtrStr = *const str;
type PtrDyn = *const dyn Debug;
type FnPtr = fn();
type FnPtrArgs = fn(u8, &str) -> u32;
type RefRef = &'static &'static str;
type RefToStructWithSliceTail = &'static [Mixed];

// ---- smart pointers ----
type BoxU8 = Box<u8>;
type BoxSlice = Box<[u8]>;
type BoxStr = Box<str>;
type BoxDyn = Box<dyn Debug>;
type BoxDynError = Box<dyn Error + Send + Sync>;
type BoxUnit = Box<()>;
type RcU8 = Rc<u8>;
type RcStr = Rc<str>;
type RcSlice = Rc<[u8]>;
type ArcU8 = Arc<u8>;
type ArcDyn = Arc<dyn Debug + Send + Sync>;
type RcWeak = rc::Weak<u8>;
type RcWeakStr = rc::Weak<str>;
type ArcWeak = std::sync::Weak<u8>;
type ArcWeakSlice = std::sync::Weak<[u8]>;
type PinBox = Pin<Box<u8>>;

// ---- collections ----
type TString = String;
type VecU8 = Vec<u8>;
type VecU64 = Vec<u64>;
type VecString = Vec<String>;
type VecDequeU8 = VecDeque<u8>;
type HashMapStringU32 = HashMap<String, u32>;
type HashMapU8U8 = HashMap<u8, u8>;
type HashSetU8 = HashSet<u8>;
type BTreeMapU8 = BTreeMap<u8, u8>;
type BTreeSetString = BTreeSet<String>;
type BinaryHeapU8 = BinaryHeap<u8>;
type LinkedListU8 = LinkedList<u8>;
type QualifiedHashMap = std::collections::HashMap<u64, Vec<u8>>;

// ---- cells, locks, atomics ----
type CellU8 = Cell<u8>;
type CellBool = Cell<bool>;
type CellU64 = Cell<u64>;
type RefCellU8 = RefCell<u8>;
type RefCellVec = RefCell<Vec<u8>>;
type RefCellBool = RefCell<bool>;
type OnceCellU32 = OnceCell<u32>;
type MutexU8 = Mutex<u8>;
type MutexU64 = Mutex<u64>;
type MutexUnit = Mutex<()>;
type MutexVec = Mutex<Vec<u8>>;
type MutexU16 = Mutex<u16>;
type RwLockU8 = RwLock<u8>;
type RwLockU64 = RwLock<u64>;
type RwLockString = RwLock<String>;
type TCondvar = Condvar;
type OnceLockU64 = OnceLock<u64>;
type ArcMutexVec = Arc<Mutex<Vec<u8>>>;
type TAtomicBool = AtomicBool;
type TAtomicU8 = AtomicU8;
type TAtomicU16 = AtomicU16;
type TAtomicU32 = AtomicU32;
type TAtomicU64 = AtomicU64;
type TAtomicUsize = AtomicUsize;
type TAtomicI64 = AtomicI64;
type TAtomicPtr = AtomicPtr<u8>;

// ---- small std types ----
type TDuration = Duration;
type TInstant = Instant;
type TSystemTime = SystemTime;
type PhantomU64 = PhantomData<u64>;
type TNonZeroU8 = NonZeroU8;
type TNonZeroU32 = NonZeroU32;
type TNonZeroU64 = NonZeroU64;
type TNonZeroUsize = NonZeroUsize;
type NonZeroGeneric = NonZero<u16>;
type TOrdering = Ordering;
type AtomicOrdering = atomic::Ordering;
type ManuallyDropBool = ManuallyDrop<bool>;
type MaybeUninitBool = MaybeUninit<bool>;
type WrappingU32 = Wrapping<u32>;
type ReverseU8 = Reverse<u8>;
type RangeU32 = Range<u32>;
type RangeUsize = Range<usize>;
type RangeInclusiveU8 = RangeInclusive<u8>;
type CowStr = Cow<'static, str>;
type CowSlice = Cow<'static, [u8]>;
type IoError = io::Error;
type FmtError = fmt::Error;
type TInfallible = Infallible;

// ---- threads, channels, guards, files ----
type TJoinHandle = std::thread::JoinHandle<()>;
type TJoinHandleU64 = std::thread::JoinHandle<u64>;
type OptJoinHandle = Option<std::thread::JoinHandle<()>>;
type OptOptJoinHandle = Option<Option<std::thread::JoinHandle<()>>>;
type TThread = std::thread::Thread;
type TThreadId = std::thread::ThreadId;
type OptThreadId = Option<std::thread::ThreadId>;
type TSender = std::sync::mpsc::Sender<u8>;
type TReceiver = std::sync::mpsc::Receiver<String>;
type TSyncSender = std::sync::mpsc::SyncSender<u8>;
type OptOptSender = Option<Option<std::sync::mpsc::Sender<u8>>>;
type TMutexGuard = std::sync::MutexGuard<'static, u8>;
type OptOptMutexGuard = Option<Option<std::sync::MutexGuard<'static, u8>>>;
type TRwLockReadGuard = std::sync::RwLockReadGuard<'static, u8>;
type TRwLockWriteGuard = std::sync::RwLockWriteGuard<'static, u64>;
type TRef = std::cell::Ref<'static, u8>;
type OptOptRefMut = Option<Option<std::cell::RefMut<'static, u8>>>;
type TBarrier = std::sync::Barrier;
type TFile = std::fs::File;
type OptFile = Option<std::fs::File>;
type OptOptFile = Option<Option<std::fs::File>>;
type TStdout = std::io::Stdout;
type TCString = std::ffi::CString;
type RefCStr = &'static std::ffi::CStr;
type RefPath = &'static std::path::Path;
type TPathBuf = std::path::PathBuf;
type TOsString = std::ffi::OsString;
type TTypeId = std::any::TypeId;
type TArguments = fmt::Arguments<'static>;
type TParseIntError = std::num::ParseIntError;
type OptParseIntError = Option<std::num::ParseIntError>;
type TDefaultHasher = std::collections::hash_map::DefaultHasher;
type TRandomState = std::hash::RandomState;
type RangeFromU32 = std::ops::RangeFrom<u32>;
type RangeToU8 = std::ops::RangeTo<u8>;
type TRangeFull = std::ops::RangeFull;
type OnceCellBool = OnceCell<bool>;
type OnceLockBool = OnceLock<bool>;
type TOnce = std::sync::Once;
type TAtomicI8 = std::sync::atomic::AtomicI8;
type TAtomicIsize = std::sync::atomic::AtomicIsize;
type SaturatingU8 = std::num::Saturating<u8>;
type NonNullU8 = std::ptr::NonNull<u8>;
type NonNullSlice = std::ptr::NonNull<[u8]>;
type OptOptNonNull = Option<Option<std::ptr::NonNull<u8>>>;
type BoxEmptyArray = Box<[u8; 0]>;
type RcRefCell = Rc<RefCell<Vec<u8>>>;
type UnsafeCellBool = std::cell::UnsafeCell<bool>;
type OptUnsafeCellBool = Option<std::cell::UnsafeCell<bool>>;
type OptOptAtomicOrdering = Option<Option<atomic::Ordering>>;
type CowPath = Cow<'static, std::path::Path>;
type RcPath = Rc<std::path::Path>;

// ---- Option and Result: niche filling ----
type OptBoxU8 = Option<Box<u8>>;
type OptBool = Option<bool>;
type OptChar = Option<char>;
type OptOptBool = Option<Option<bool>>;
type OptOptOptBool = Option<Option<Option<bool>>>;
type OptU8 = Option<u8>;
type OptU32 = Option<u32>;
type OptU64 = Option<u64>;
type OptU128 = Option<u128>;
type OptF64 = Option<f64>;
type OptUnit = Option<()>;
type OptEmptyArray = Option<[u8; 0]>;
type OptBoolArray = Option<[bool; 2]>;
type OptString = Option<String>;
type OptVecU8 = Option<Vec<u8>>;
type OptOptVec = Option<Option<Vec<u8>>>;
type OptTupleU8Bool = Option<(u8, bool)>;
type OptRefU8 = Option<&'static u8>;
type OptRefStr = Option<&'static str>;
type OptOptRef = Option<Option<&'static u8>>;
type OptNonZeroU32 = Option<NonZeroU32>;
type OptOptNonZero = Option<Option<NonZeroU32>>;
type OptRc = Option<Rc<u8>>;
type OptWeak = Option<rc::Weak<u8>>;
type OptArc = Option<Arc<u8>>;
type OptCellBool = Option<Cell<bool>>;
type OptRefCell = Option<RefCell<u8>>;
type OptDuration = Option<Duration>;
type OptInstant = Option<Instant>;
type OptOrdering = Option<Ordering>;
type OptOptChar = Option<Option<char>>;
type OptPtr = Option<*const u8>;
type OptPtrDyn = Option<*const dyn Debug>;
type OptBoxDyn = Option<Box<dyn Debug>>;
type OptFn = Option<fn()>;
type OptHashMap = Option<HashMap<u8, u8>>;
type OptBTreeMap = Option<BTreeMap<u8, u8>>;
type OptVecDeque = Option<VecDeque<u8>>;
type OptMutex = Option<Mutex<u8>>;
type OptAtomicBool = Option<AtomicBool>;
type OptManuallyDrop = Option<ManuallyDrop<bool>>;
type OptMaybeUninit = Option<MaybeUninit<bool>>;
type OptPinBox = Option<Pin<Box<u8>>>;
type OptOptU8 = Option<Option<u8>>;
type OptDirection = Option<Direction>;
type OptOptDirection = Option<Option<Direction>>;
type OptByteOrWord = Option<ByteOrWord>;
type OptMessage = Option<Message>;
type OptVoid = Option<Void>;
type OptUnitStruct = Option<Unit>;
type OptSingleUnit = Option<SingleUnit>;
type OptManyUnit = Option<ManyUnit>;
type OptCharAndBool = Option<CharAndBool>;
type OptMixed = Option<Mixed>;
type OptCowStr = Option<Cow<'static, str>>;
type OptIoError = Option<io::Error>;
type OptNever = Option<!>;
type OptRange = Option<Range<u32>>;
type VecOptU8 = Vec<Option<u8>>;
type ResU64String = Result<u64, String>;
type ResUnitString = Result<(), String>;
type ResU8U8 = Result<u8, u8>;
type ResU32Bool = Result<u32, bool>;
type ResBoolBool = Result<bool, bool>;
type ResStringString = Result<String, String>;
type ResVecU32 = Result<Vec<u8>, u32>;
type ResBoxDynError = Result<(), Box<dyn Error>>;
type IoResultUnit = io::Result<()>;
type IoResultUsize = io::Result<usize>;
type FmtResult = fmt::Result;
type ResInfallible = Result<u32, Infallible>;
type ResU64Unit = Result<u64, ()>;
type ResU32Char = Result<u32, char>;
type ResNever = Result<u8, !>;
type OptResU8Bool = Option<Result<u8, bool>>;
type ResCharChar = Result<char, char>;
type ResBoxU8 = Result<Box<u8>, u8>;
