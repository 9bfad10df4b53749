enum Expr {
    Num(i64),
    Neg(Option<Expr>),
}

fn main() {
    let _e = Expr::Num(1);
}
