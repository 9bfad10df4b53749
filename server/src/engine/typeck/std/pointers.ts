// The smart pointers and interior mutability: Box, Rc/Weak, Arc, Cell, RefCell and its guards.
export const POINTERS_SOURCE = `
pub mod boxed {
    pub struct Box<T: ?Sized>;
    impl<T> Box<T> {
        pub fn new(x: T) -> Box<T>;
        pub fn into_inner(boxed: Self) -> T;
        pub fn leak<'a>(b: Self) -> &'a mut T;
    }
    impl<T: ?Sized> Deref for Box<T> { type Target = T; }
    impl<T: ?Sized> DerefMut for Box<T> {}
    impl<T: Clone> Clone for Box<T> {}
    impl<T: ?Sized + Display> Display for Box<T> {}
    impl<T: ?Sized + Debug> Debug for Box<T> {}
    impl<T: ?Sized + PartialEq> PartialEq for Box<T> {}
    impl<T: Default> Default for Box<T> {}
    impl<T> From<T> for Box<T> {}
}
pub mod rc {
    pub struct Rc<T: ?Sized>;
    pub struct Weak<T: ?Sized>;
    impl<T> Rc<T> {
        pub fn new(value: T) -> Rc<T>;
        pub fn try_unwrap(this: Self) -> Result<T, Self>;
        pub fn into_inner(this: Self) -> Option<T>;
    }
    impl<T: ?Sized> Rc<T> {
        pub fn downgrade(this: &Self) -> Weak<T>;
        pub fn strong_count(this: &Self) -> usize;
        pub fn weak_count(this: &Self) -> usize;
        pub fn ptr_eq(this: &Self, other: &Self) -> bool;
        pub fn get_mut(this: &mut Self) -> Option<&mut T>;
    }
    impl<T: Clone> Rc<T> { pub fn make_mut(this: &mut Self) -> &mut T; }
    impl<T> Weak<T> { pub const fn new() -> Weak<T>; }
    impl<T: ?Sized> Weak<T> {
        pub fn upgrade(&self) -> Option<Rc<T>>;
        pub fn strong_count(&self) -> usize;
        pub fn weak_count(&self) -> usize;
        pub fn ptr_eq(&self, other: &Self) -> bool;
    }
    impl<T: ?Sized> Deref for Rc<T> { type Target = T; }
    impl<T: ?Sized> Clone for Rc<T> {}
    impl<T: ?Sized> Clone for Weak<T> {}
    impl<T: ?Sized + Display> Display for Rc<T> {}
    impl<T: ?Sized + Debug> Debug for Rc<T> {}
    impl<T: ?Sized> Debug for Weak<T> {}
    impl<T: ?Sized + PartialEq> PartialEq for Rc<T> {}
    impl<T: Default> Default for Rc<T> {}
}
pub mod cell {
    pub struct Cell<T: ?Sized>;
    pub struct RefCell<T: ?Sized>;
    pub struct Ref<'b, T: ?Sized>;
    pub struct RefMut<'b, T: ?Sized>;
    pub struct BorrowError;
    pub struct BorrowMutError;
    impl<T> Cell<T> {
        pub const fn new(value: T) -> Cell<T>;
        pub fn set(&self, val: T);
        pub fn replace(&self, val: T) -> T;
        pub fn into_inner(self) -> T;
    }
    impl<T: Copy> Cell<T> { pub fn get(&self) -> T; }
    impl<T: Default> Cell<T> { pub fn take(&self) -> T; }
    impl<T> RefCell<T> {
        pub const fn new(value: T) -> RefCell<T>;
        pub fn into_inner(self) -> T;
        pub fn replace(&self, t: T) -> T;
        pub fn replace_with<F: FnOnce(&mut T) -> T>(&self, f: F) -> T;
        pub fn swap(&self, other: &Self);
    }
    impl<T: ?Sized> RefCell<T> {
        pub fn borrow(&self) -> Ref<'_, T>;
        pub fn try_borrow(&self) -> Result<Ref<'_, T>, BorrowError>;
        pub fn borrow_mut(&self) -> RefMut<'_, T>;
        pub fn try_borrow_mut(&self) -> Result<RefMut<'_, T>, BorrowMutError>;
        pub fn get_mut(&mut self) -> &mut T;
    }
    impl<T: Default> RefCell<T> { pub fn take(&self) -> T; }
    impl<T: ?Sized> Deref for Ref<'_, T> { type Target = T; }
    impl<T: ?Sized> Deref for RefMut<'_, T> { type Target = T; }
    impl<T: ?Sized> DerefMut for RefMut<'_, T> {}
    impl<T: ?Sized + Display> Display for Ref<'_, T> {}
    impl<T: ?Sized + Debug> Debug for Ref<'_, T> {}
    impl<T: ?Sized + Debug> Debug for RefCell<T> {}
    impl<T: Copy + Debug> Debug for Cell<T> {}
    impl<T: Clone> Clone for RefCell<T> {}
    impl<T: Copy> Clone for Cell<T> {}
    impl<T: Default> Default for RefCell<T> {}
    impl<T: Default> Default for Cell<T> {}
}
`;
