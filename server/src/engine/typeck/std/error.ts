// `std::error::Error` and the conversions `?` makes into a boxed error: a function returning
// `Result<T, Box<dyn Error>>` takes any error type, a `&str` or a `String` through `From`. Declared
// last, so a bare `Error` in the other modules keeps meaning their own `Error` struct.
export const ERROR_SOURCE = `
pub mod error {
    pub trait Error: Debug + Display {
        fn source(&self) -> Option<&(dyn Error + 'static)>;
    }
    impl<'a, E: Error + 'a> From<E> for Box<dyn Error + 'a> {}
    impl<'a, E: Error + Send + Sync + 'a> From<E> for Box<dyn Error + Send + Sync + 'a> {}
    impl<'a> From<&str> for Box<dyn Error + 'a> {}
    impl<'a> From<&str> for Box<dyn Error + Send + Sync + 'a> {}
    impl<'a> From<String> for Box<dyn Error + 'a> {}
    impl<'a> From<String> for Box<dyn Error + Send + Sync + 'a> {}
    impl Error for core::num::ParseIntError {}
    impl Error for core::num::ParseFloatError {}
    impl Error for core::num::TryFromIntError {}
    impl Error for core::num::ParseBoolError {}
    impl Error for core::num::ParseCharError {}
    impl Error for core::string::FromUtf8Error {}
    impl Error for core::io::Error {}
    impl Error for core::fmt::Error {}
}
`;
