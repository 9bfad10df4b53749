// Threads and synchronisation: spawn/join, Arc, Mutex/RwLock and their guards, atomics, mpsc.

/** std's integer atomics, each over its integer (their layouts: engine/layout/stdTypes.ts, as rustc 1.95 prints them). */
const INT_ATOMICS: readonly [string, string][] = [
  ['AtomicU8', 'u8'], ['AtomicU16', 'u16'], ['AtomicU32', 'u32'], ['AtomicU64', 'u64'], ['AtomicUsize', 'usize'],
  ['AtomicI8', 'i8'], ['AtomicI16', 'i16'], ['AtomicI32', 'i32'], ['AtomicI64', 'i64'], ['AtomicIsize', 'isize'],
];

/** One integer atomic: std declares them all alike (one macro), with the same methods over its integer. */
function intAtomic([name, int]: [string, string]): string {
  return `
        pub struct ${name};
        impl ${name} {
            pub const fn new(v: ${int}) -> ${name};
            pub fn load(&self, order: Ordering) -> ${int};
            pub fn store(&self, val: ${int}, order: Ordering);
            pub fn fetch_add(&self, val: ${int}, order: Ordering) -> ${int};
            pub fn fetch_sub(&self, val: ${int}, order: Ordering) -> ${int};
            pub fn compare_exchange(&self, current: ${int}, new: ${int}, success: Ordering, failure: Ordering) -> Result<${int}, ${int}>;
        }
`;
}

export const THREAD_SOURCE = `
pub mod thread {
    pub struct JoinHandle<T>;
    pub struct Thread;
    pub struct Builder;
    pub struct Scope<'scope, 'env>;
    pub struct ScopedJoinHandle<'scope, T>;
    pub fn spawn<F: FnOnce() -> T + Send + 'static, T: Send + 'static>(f: F) -> JoinHandle<T>;
    pub fn scope<'env, F, T>(f: F) -> T where F: for<'scope> FnOnce(&'scope Scope<'scope, 'env>) -> T;
    pub fn sleep(dur: Duration);
    pub fn current() -> Thread;
    pub fn yield_now();
    impl<T> JoinHandle<T> {
        pub fn join(self) -> Result<T, Box<dyn Any + Send + 'static>>;
        pub fn thread(&self) -> &Thread;
        pub fn is_finished(&self) -> bool;
    }
    impl<'scope, 'env> Scope<'scope, 'env> {
        pub fn spawn<F: FnOnce() -> T + Send + 'scope, T: Send + 'scope>(&'scope self, f: F) -> ScopedJoinHandle<'scope, T>;
    }
    impl<'scope, T> ScopedJoinHandle<'scope, T> {
        pub fn join(self) -> Result<T, Box<dyn Any + Send + 'static>>;
    }
    impl Thread {
        pub fn name(&self) -> Option<&str>;
        pub fn id(&self) -> ThreadId;
    }
    pub struct ThreadId;
    impl Builder {
        pub fn new() -> Builder;
        pub fn name(self, name: String) -> Builder;
        pub fn stack_size(self, size: usize) -> Builder;
        pub fn spawn<F: FnOnce() -> T + Send + 'static, T: Send + 'static>(self, f: F) -> Result<JoinHandle<T>, io::Error>;
    }
}
pub mod io {
    pub struct Error;
    pub type Result<T> = core::result::Result<T, Error>;
    impl Debug for Error {}
    impl Display for Error {}
    pub struct Stdout;
    pub struct Stderr;
    pub fn stdout() -> Stdout;
    pub fn stderr() -> Stderr;
    pub trait Write {
        fn write(&mut self, buf: &[u8]) -> Result<usize>;
        fn flush(&mut self) -> Result<()>;
        fn write_all(&mut self, buf: &[u8]) -> Result<()>;
    }
    impl Write for Stdout {}
    impl Write for Stderr {}
    impl Write for Vec<u8> {}
}
pub mod panic {
    pub fn catch_unwind<F: FnOnce() -> R, R>(f: F) -> Result<R, Box<dyn Any + Send + 'static>>;
    pub struct AssertUnwindSafe<T>(pub T);
    impl<R, F: FnOnce() -> R> FnOnce<()> for AssertUnwindSafe<F> { type Output = R; }
}
pub mod sync {
    pub struct Arc<T: ?Sized>;
    pub struct Weak<T: ?Sized>;
    pub struct Mutex<T: ?Sized>;
    pub struct MutexGuard<'a, T: ?Sized>;
    pub struct RwLock<T: ?Sized>;
    pub struct RwLockReadGuard<'a, T: ?Sized>;
    pub struct RwLockWriteGuard<'a, T: ?Sized>;
    pub struct PoisonError<T>;
    pub struct TryLockError<T>;
    pub type LockResult<Guard> = Result<Guard, PoisonError<Guard>>;
    impl<T> Arc<T> { pub fn new(data: T) -> Arc<T>; pub fn try_unwrap(this: Self) -> Result<T, Self>; }
    impl<T: Clone> Arc<T> { pub fn make_mut(this: &mut Self) -> &mut T; }
    impl<T: ?Sized> Arc<T> {
        pub fn strong_count(this: &Self) -> usize;
        pub fn weak_count(this: &Self) -> usize;
        pub fn ptr_eq(this: &Self, other: &Self) -> bool;
        pub fn downgrade(this: &Self) -> Weak<T>;
        pub fn get_mut(this: &mut Self) -> Option<&mut T>;
    }
    impl<T> Weak<T> { pub const fn new() -> Weak<T>; }
    impl<T: ?Sized> Weak<T> {
        pub fn upgrade(&self) -> Option<Arc<T>>;
        pub fn strong_count(&self) -> usize;
        pub fn weak_count(&self) -> usize;
        pub fn ptr_eq(&self, other: &Self) -> bool;
    }
    impl<T: ?Sized> Clone for Weak<T> {}
    impl<T: ?Sized> Debug for Weak<T> {}
    impl<T: ?Sized> Deref for Arc<T> { type Target = T; }
    impl<T: ?Sized> Clone for Arc<T> {}
    impl<T: ?Sized + Display> Display for Arc<T> {}
    impl<T: ?Sized + Debug> Debug for Arc<T> {}
    impl<T> Mutex<T> {
        pub const fn new(t: T) -> Mutex<T>;
        pub fn into_inner(self) -> LockResult<T>;
    }
    impl<T: ?Sized> Mutex<T> {
        pub fn lock(&self) -> LockResult<MutexGuard<'_, T>>;
        pub fn try_lock(&self) -> Result<MutexGuard<'_, T>, TryLockError<MutexGuard<'_, T>>>;
        pub fn is_poisoned(&self) -> bool;
        pub fn clear_poison(&self);
        pub fn get_mut(&mut self) -> LockResult<&mut T>;
    }
    impl<T: ?Sized + Debug> Debug for Mutex<T> {}
    impl<T: ?Sized> Deref for MutexGuard<'_, T> { type Target = T; }
    impl<T: ?Sized> DerefMut for MutexGuard<'_, T> {}
    impl<T: ?Sized + Display> Display for MutexGuard<'_, T> {}
    impl<T: ?Sized + Debug> Debug for MutexGuard<'_, T> {}
    impl<T> RwLock<T> { pub const fn new(t: T) -> RwLock<T>; }
    impl<T: ?Sized> RwLock<T> {
        pub fn read(&self) -> LockResult<RwLockReadGuard<'_, T>>;
        pub fn write(&self) -> LockResult<RwLockWriteGuard<'_, T>>;
    }
    impl<T: ?Sized> Deref for RwLockReadGuard<'_, T> { type Target = T; }
    impl<T: ?Sized> Deref for RwLockWriteGuard<'_, T> { type Target = T; }
    impl<T: ?Sized> DerefMut for RwLockWriteGuard<'_, T> {}
    impl<T> PoisonError<T> { pub fn into_inner(self) -> T; }
    pub mod atomic {
        pub enum Ordering { Relaxed, Release, Acquire, AcqRel, SeqCst }
        pub struct AtomicBool;
        impl AtomicBool {
            pub const fn new(v: bool) -> AtomicBool;
            pub fn load(&self, order: Ordering) -> bool;
            pub fn store(&self, val: bool, order: Ordering);
        }
${INT_ATOMICS.map(intAtomic).join('')}    }
    pub mod mpsc {
        pub struct Sender<T>;
        pub struct SyncSender<T>;
        pub struct Receiver<T>;
        pub struct SendError<T>(pub T);
        pub struct RecvError;
        pub enum TryRecvError { Empty, Disconnected }
        pub enum TrySendError<T> { Full(T), Disconnected(T) }
        pub struct Iter<'a, T>;
        pub struct TryIter<'a, T>;
        pub struct IntoIter<T>;
        pub fn channel<T>() -> (Sender<T>, Receiver<T>);
        pub fn sync_channel<T>(bound: usize) -> (SyncSender<T>, Receiver<T>);
        impl<T> Sender<T> { pub fn send(&self, t: T) -> Result<(), SendError<T>>; }
        impl<T> Clone for Sender<T> {}
        impl<T> SyncSender<T> {
            pub fn send(&self, t: T) -> Result<(), SendError<T>>;
            pub fn try_send(&self, t: T) -> Result<(), TrySendError<T>>;
        }
        impl<T> Clone for SyncSender<T> {}
        impl<T> Receiver<T> {
            pub fn recv(&self) -> Result<T, RecvError>;
            pub fn try_recv(&self) -> Result<T, TryRecvError>;
            pub fn iter(&self) -> Iter<'_, T>;
            pub fn try_iter(&self) -> TryIter<'_, T>;
        }
        impl<'a, T> Iterator for Iter<'a, T> { type Item = T; }
        impl<'a, T> Iterator for TryIter<'a, T> { type Item = T; }
        impl<T> Iterator for IntoIter<T> { type Item = T; }
        impl<T> IntoIterator for Receiver<T> { type Item = T; type IntoIter = IntoIter<T>; }
        impl<'a, T> IntoIterator for &'a Receiver<T> { type Item = T; type IntoIter = Iter<'a, T>; }
    }
}
pub mod time {
    pub struct Duration;
    pub struct Instant;
    impl Duration {
        pub const fn from_secs(secs: u64) -> Duration;
        pub const fn from_millis(millis: u64) -> Duration;
        pub const fn from_micros(micros: u64) -> Duration;
        pub const fn from_nanos(nanos: u64) -> Duration;
        pub const fn as_secs(&self) -> u64;
        pub const fn as_millis(&self) -> u128;
        pub const fn subsec_millis(&self) -> u32;
        pub fn as_secs_f64(&self) -> f64;
    }
    impl Instant { pub fn now() -> Instant; pub fn elapsed(&self) -> Duration; }
}
pub mod env {
    pub struct Args;
    pub fn args() -> Args;
    impl Iterator for Args { type Item = String; }
}
`;
