// Names that name nothing: values, functions, types, modules, struct literals.
fn main() {
    let a = missing_value;
    undefined_function();
    let v = Undeclared::new();
    let w = nomodule::call();
    let s = NoStruct { a: 1 };
    let t: NoType = 5;
}
