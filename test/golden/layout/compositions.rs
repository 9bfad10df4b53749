// Random compositions of fields (primitives, arrays, tuples, niches, std types, earlier items,
// repr(C)/repr(u8)/repr(u16)) that stress rustc's field ordering and enum layout rules. Measured
// by scripts/goldens/layout.mjs like corpus.rs.
use std::num::{NonZeroU8, NonZeroU16};
use std::cmp::Ordering;
use std::time::Duration;
use std::cell::Cell;
struct S0 { f0: [bool; 2], f1: Cell<bool>, f2: Box<u8>, f3: [u8; 16], f4: u8 }
enum E1 { V0(&'static str), V1 }
struct S2 { f0: [u8; 3], f1: u64, f2: [bool; 2], f3: [u8; 6] }
struct S3 { f0: S2, f1: Option<bool>, f2: [u8; 16] }
enum E4 { V0(Box<u8>, ()), V1(NonZeroU8, Option<S3>), V2, V3(u16, (bool, u8, u8, u8)) }
#[repr(u8)] enum E5 { V0(NonZeroU16, Option<Box<u8>>), V1(Ordering, E1), V2, V3(u64) }
enum E6 { V0((bool, u8, u8, u8), i8), V1, V2(Option<bool>), V3 }
type T7 = ([u8; 16], (u8, bool),);
enum E8 { V0(Option<u32>), V1(S0, u16), V2(Option<S0>, Option<u32>), V3 }
#[repr(C)] struct S9 { f0: [u8; 16], f1: NonZeroU8, f2: (bool, u8, u8, u8) }
#[repr(u8)] enum E10 { V0(char, [u8; 16]), V1, V2(u32, [u8; 6]) }
#[repr(C)] struct S11 { f0: f32, f1: NonZeroU16 }
#[repr(C)] struct S12 { f0: Option<S9>, f1: Option<E4> }
struct S13 { f0: u16, f1: Option<u8>, f2: (bool, u8, u8, u8) }
struct S14 { f0: char }
struct S15 { f0: S14, f1: Option<char> }
struct S16 { f0: f32, f1: (), f2: [u8; 16] }
enum E17 { V0, V1(Option<u8>, i8), V2(&'static str) }
type T18 = (Cell<bool>, f32, Option<Box<u8>>,);
struct S19 { f0: Option<u8>, f1: u8, f2: T18, f3: i8, f4: Cell<bool> }
#[repr(C)] enum E20 { V0([u8; 3], i8), V1(char, [bool; 2]), V2(f32), V3 }
enum E21 { V0(u32, [u8; 3]), V1(u64, NonZeroU8) }
enum E22 { V0, V1(Option<E20>), V2(Option<S15>, Option<u8>), V3 }
struct S23 { f0: E17, f1: Cell<bool>, f2: Option<S15>, f3: [bool; 2], f4: Option<T18> }
struct S24 { f0: E17, f1: [bool; 2], f2: Option<E21> }
enum E25 { V0(Option<S16>, E20), V1(E20) }
type T26 = (Cell<bool>, [u8; 3], Option<u8>, [u16; 3],);
struct S27 { f0: bool, f1: [u16; 3], f2: Ordering, f3: u16, f4: () }
#[repr(u8)] enum E28 { V0, V1(S23), V2(Option<u8>) }
enum E29 { V0(Option<bool>, u8), V1(Vec<u8>), V2(Option<u32>) }
struct S30 { f0: Option<E29>, f1: u32 }
struct S31 { f0: Option<E25>, f1: Option<E25>, f2: Option<S27>, f3: Option<E28>, f4: i8 }
enum E32 { V0(&'static str, u32), V1, V2 }
enum E33 { V0(f32), V1(Ordering, (u8, bool)), V2(Option<bool>), V3(Duration, i8) }
enum E34 { V0(Option<char>), V1(&'static str) }
#[repr(C)] enum E35 { V0, V1 }
struct S36 { f0: Cell<bool>, f1: u16, f2: (bool, u8, u8, u8) }
#[repr(C)] enum E37 { V0(u32), V1, V2(u32) }
struct S38 { f0: [u8; 6], f1: Option<u8>, f2: f32 }
#[repr(C)] enum E39 { V0, V1, V2, V3((u8, bool)) }
struct S40 { f0: Box<u8>, f1: char }
struct S41 { f0: Box<u8>, f1: [u8; 3] }
struct S42 { f0: (u8, bool), f1: Option<E37>, f2: Option<u32>, f3: Option<u8>, f4: E37 }
enum E43 { V0(Option<u32>), V1, V2(u16, [u8; 3]) }
struct S44 { f0: Option<S41>, f1: &'static str, f2: NonZeroU8, f3: u64 }
#[repr(u16)] enum E45 { V0(Vec<u8>), V1(u128) }
struct S46 { f0: Option<char> }
type T47 = (&'static str, [bool; 2], Vec<u8>,);
enum E48 { V0(u32), V1, V2(Ordering, u8), V3(Option<Box<u8>>, i8) }
#[repr(C)] struct S49 { f0: Option<u32>, f1: u16, f2: Cell<bool>, f3: NonZeroU16 }
#[repr(C)] struct S50 { f0: S41 }
struct S51 { f0: Option<S50>, f1: NonZeroU16, f2: Ordering, f3: u8, f4: E45 }
struct S52 { f0: Cell<bool>, f1: Option<bool>, f2: Option<char>, f3: bool, f4: NonZeroU8 }
struct S53 { f0: Option<u8>, f1: Option<char>, f2: S44 }
struct S54 { f0: NonZeroU8, f1: (u8, bool), f2: Option<u32>, f3: NonZeroU8 }
struct S55 { f0: Cell<bool>, f1: Option<u8>, f2: Option<E45>, f3: () }
struct S56 { f0: Option<u8>, f1: u64, f2: u32, f3: S50 }
enum E57 { V0, V1, V2(NonZeroU16), V3(&'static str, u8) }
#[repr(C)] enum E58 { V0, V1, V2(u8) }
enum E59 { V0, V1((), Ordering) }
enum E60 { V0, V1(Box<u8>, Option<u8>), V2(Option<E57>, Box<u8>) }
type T61 = (u16, i8,);
#[repr(C)] struct S62 { f0: [bool; 2], f1: char, f2: Vec<u8>, f3: (bool, u8, u8, u8) }
enum E63 { V0, V1(Option<S62>, Option<S62>), V2(u128), V3 }
type T64 = (Option<Box<u8>>, (), (bool, u8, u8, u8),);
struct S65 { f0: bool, f1: Option<T61>, f2: E60, f3: (), f4: E60 }
struct S66 { f0: Option<E58>, f1: Option<Box<u8>>, f2: Option<S56> }
#[repr(u16)] enum E67 { V0(Option<E59>), V1(Option<T61>), V2(i8, T61), V3([u16; 3]) }
enum E68 { V0, V1([bool; 2], [u16; 3]), V2, V3 }
struct S69 { f0: Cell<bool>, f1: S66, f2: S62, f3: i8 }
#[repr(C)] enum E70 { V0, V1, V2((u8, bool)) }
#[repr(C)] struct S71 { f0: [bool; 2], f1: Box<u8>, f2: &'static str }
enum E72 { V0(E68, char), V1, V2([u8; 16]), V3 }
enum E73 { V0(Option<S65>), V1, V2 }
type T74 = (Box<u8>,);
#[repr(C)] enum E75 { V0(Option<u32>), V1(u128) }
enum E76 { V0([bool; 2], Option<u32>), V1(f32), V2([u16; 3], Vec<u8>), V3 }
type T77 = ((u8, bool),);
enum E78 { V0(Vec<u8>, Option<char>), V1(E76, [u8; 3]), V2(Option<u8>) }
enum E79 { V0(Option<char>, (u8, bool)), V1([bool; 2], NonZeroU8), V2(Option<T77>), V3(&'static str) }
enum E80 { V0, V1(Option<char>, E72) }
enum E81 { V0([u8; 16], Vec<u8>), V1(char, [u16; 3]) }
#[repr(C)] struct S82 { f0: Vec<u8> }
struct S83 { f0: [u8; 6], f1: i8 }
enum E84 { V0(Ordering, Vec<u8>), V1 }
#[repr(u8)] enum E85 { V0(Option<u32>), V1 }
struct S86 { f0: Option<u32>, f1: u128, f2: u64, f3: i8 }
struct S87 { f0: Option<E81>, f1: u128 }
enum E88 { V0((u8, bool)), V1(u16) }
struct S89 { f0: Option<char>, f1: Option<E81>, f2: bool }
enum E90 { V0(Box<u8>, Option<u8>), V1(f32, (u8, bool)), V2 }
#[repr(u16)] enum E91 { V0(Option<bool>), V1, V2(Option<S89>) }
#[repr(u8)] enum E92 { V0([u8; 6]), V1, V2(Option<S86>), V3 }
struct S93 { f0: E88, f1: NonZeroU16, f2: E92, f3: E90, f4: Duration }
enum E94 { V0(Cell<bool>), V1(u64, u64), V2(Duration, u16) }
type T95 = (Option<E92>,);
struct S96 { f0: [u16; 3] }
struct S97 { f0: E88, f1: Option<T95>, f2: S96, f3: &'static str }
enum E98 { V0(Cell<bool>, (u8, bool)), V1 }
#[repr(u8)] enum E99 { V0(bool), V1(Cell<bool>, [u16; 3]), V2, V3 }
enum E100 { V0(E98), V1(Ordering), V2(E92, S93), V3 }
enum E101 { V0, V1(Box<u8>, [u8; 6]), V2(Cell<bool>, (bool, u8, u8, u8)) }
struct S102 { f0: Option<char>, f1: u8, f2: (bool, u8, u8, u8), f3: Option<Box<u8>> }
struct S103 { f0: (bool, u8, u8, u8), f1: u8, f2: (), f3: [u8; 16] }
struct S104 { f0: (), f1: Vec<u8> }
enum E105 { V0, V1(Cell<bool>, [bool; 2]) }
#[repr(u16)] enum E106 { V0(Option<u32>), V1(Option<S97>, Option<bool>), V2(u128), V3 }
#[repr(C)] struct S107 { f0: bool, f1: Vec<u8>, f2: Vec<u8>, f3: () }
enum E108 { V0, V1([u8; 6]) }
struct S109 { f0: Option<S102> }
#[repr(C)] struct S110 { f0: Option<bool>, f1: S109, f2: Option<E101>, f3: S107 }
enum E111 { V0, V1(()), V2(bool, f32) }
#[repr(C)] struct S112 { f0: Option<char> }
#[repr(C)] enum E113 { V0(E106, f32), V1((bool, u8, u8, u8)), V2(Option<E108>, NonZeroU16), V3(Option<E108>, i8) }
enum E114 { V0(E105, Option<Box<u8>>), V1, V2(E111, Option<E108>), V3(Box<u8>, NonZeroU16) }
#[repr(u8)] enum E115 { V0(Option<char>), V1, V2 }
struct S116 { f0: u128, f1: [u16; 3], f2: Option<bool>, f3: (bool, u8, u8, u8), f4: Cell<bool> }
struct S117 { f0: (), f1: bool, f2: [u16; 3], f3: (bool, u8, u8, u8), f4: Option<E114> }
#[repr(C)] struct S118 { f0: &'static str, f1: u128, f2: [u16; 3], f3: Option<S110> }
#[repr(C)] struct S119 { f0: S110 }
struct S120 { f0: NonZeroU8, f1: char, f2: bool }
struct S121 { f0: [bool; 2] }
#[repr(C)] struct S122 { f0: u16, f1: u64, f2: u16, f3: [u16; 3] }
struct S123 { f0: S116, f1: Option<u32>, f2: Option<E114> }
#[repr(u16)] enum E124 { V0([u8; 3]), V1(char), V2, V3 }
struct S125 { f0: Option<S116>, f1: [u8; 16], f2: Box<u8>, f3: (), f4: u64 }
struct S126 { f0: i8, f1: u64, f2: [u8; 3], f3: (u8, bool) }
#[repr(C)] enum E127 { V0(u64), V1, V2, V3(Option<Box<u8>>) }
enum E128 { V0(f32), V1, V2([u8; 6]), V3(NonZeroU8) }
struct S129 { f0: &'static str, f1: S123 }
#[repr(u8)] enum E130 { V0(Option<S121>, Option<E127>), V1, V2(i8) }
struct S131 { f0: (), f1: u128, f2: Option<u32>, f3: u128 }
enum E132 { V0(u16, Option<S131>), V1(Option<S131>) }
struct S133 { f0: Option<E130>, f1: (u8, bool), f2: [bool; 2], f3: Option<u8>, f4: S126 }
struct S134 { f0: S129 }
#[repr(C)] struct S135 { f0: u16, f1: Option<bool>, f2: (bool, u8, u8, u8), f3: Vec<u8> }
enum E136 { V0(Option<E130>), V1 }
struct S137 { f0: Option<E128>, f1: (u8, bool), f2: [u16; 3], f3: &'static str }
struct S138 { f0: Box<u8> }
#[repr(u8)] enum E139 { V0([bool; 2]), V1(S137, Option<u8>), V2(char) }
struct S140 { f0: Option<u32>, f1: f32, f2: bool }
#[repr(C)] struct S141 { f0: u8, f1: NonZeroU16, f2: u128, f3: &'static str, f4: u32 }
#[repr(u8)] enum E142 { V0([u16; 3]), V1([u8; 16]), V2 }
enum E143 { V0, V1(S135), V2 }
type T144 = ([u8; 16],);
#[repr(u8)] enum E145 { V0(Option<bool>, Option<u32>), V1, V2(Box<u8>, [bool; 2]) }
#[repr(C)] struct S146 { f0: E145, f1: S138 }
struct S147 { f0: NonZeroU8, f1: f32, f2: Ordering, f3: bool, f4: [u16; 3] }
#[repr(C)] struct S148 { f0: u16 }
struct S149 { f0: [u8; 16], f1: bool, f2: Option<u32>, f3: u16, f4: bool }
type T150 = ((u8, bool),);
struct S151 { f0: Option<S146>, f1: i8 }
#[repr(C)] struct S152 { f0: Option<u8>, f1: [u8; 3], f2: Option<u8>, f3: [bool; 2], f4: u64 }
#[repr(u16)] enum E153 { V0(S151), V1, V2, V3(u32, u128) }
struct S154 { f0: [u16; 3], f1: Box<u8>, f2: Duration, f3: u16 }
struct S155 { f0: Duration, f1: u16, f2: &'static str, f3: Option<u8>, f4: [u8; 3] }
struct S156 { f0: Vec<u8> }
struct S157 { f0: S152, f1: bool, f2: (bool, u8, u8, u8) }
type T158 = (u16, S148, u32, Option<bool>,);
#[repr(u8)] enum E159 { V0(Option<Box<u8>>, E153), V1(u32, Option<bool>), V2(T158, Option<E153>) }
#[repr(C)] struct S160 { f0: u32 }
struct S161 { f0: f32, f1: NonZeroU8, f2: u128, f3: Option<u8>, f4: Ordering }
struct S162 { f0: NonZeroU8 }
#[repr(u8)] enum E163 { V0, V1([u16; 3], Option<S162>) }
#[repr(u16)] enum E164 { V0(Option<bool>), V1(u64) }
enum E165 { V0, V1(NonZeroU16, i8) }
enum E166 { V0, V1([bool; 2], u64), V2, V3(Option<Box<u8>>) }
#[repr(C)] enum E167 { V0, V1, V2(Duration) }
struct S168 { f0: Option<E164> }
struct S169 { f0: [u16; 3], f1: &'static str, f2: Option<E166>, f3: u16, f4: Option<u8> }
type T170 = (NonZeroU16,);
enum E171 { V0, V1, V2 }
struct S172 { f0: (bool, u8, u8, u8), f1: [u16; 3], f2: NonZeroU8, f3: NonZeroU16 }
type T173 = (bool, u64,);
enum E174 { V0((bool, u8, u8, u8), Option<u32>), V1(Vec<u8>, E167) }
struct S175 { f0: [u8; 6], f1: [bool; 2], f2: Option<E165>, f3: NonZeroU8, f4: Option<char> }
enum E176 { V0(Box<u8>, [u8; 6]), V1 }
#[repr(u16)] enum E177 { V0(char, u64), V1(u128) }
struct S178 { f0: [u8; 16] }
struct S179 { f0: (), f1: [u8; 16], f2: Option<bool> }
type T180 = ([u8; 6], Cell<bool>, u16,);
enum E181 { V0, V1(Vec<u8>, [bool; 2]) }
struct S182 { f0: [bool; 2] }
#[repr(C)] enum E183 { V0([u8; 6]), V1(NonZeroU8, [u8; 3]), V2 }
enum E184 { V0(Option<char>, Option<u32>), V1(Option<E183>, Option<char>) }
enum E185 { V0(Ordering, Option<E177>), V1(Option<T180>) }
enum E186 { V0, V1(()), V2(char) }
struct S187 { f0: Cell<bool> }
struct S188 { f0: u64, f1: [u16; 3], f2: u64 }
#[repr(C)] enum E189 { V0(S187, u32), V1(u8), V2 }
struct S190 { f0: (), f1: Box<u8>, f2: &'static str, f3: &'static str }
struct S191 { f0: Duration, f1: Option<E184>, f2: [bool; 2], f3: (u8, bool) }
#[repr(C)] struct S192 { f0: E185, f1: Vec<u8>, f2: Option<E189>, f3: [u16; 3], f4: [u8; 6] }
struct S193 { f0: NonZeroU8, f1: [bool; 2], f2: [u8; 16] }
struct S194 { f0: Option<E185>, f1: E189, f2: (bool, u8, u8, u8) }
enum E195 { V0(bool, f32), V1, V2([u8; 16]), V3((bool, u8, u8, u8), i8) }
struct S196 { f0: u64, f1: char }
#[repr(u16)] enum E197 { V0, V1(Vec<u8>, (bool, u8, u8, u8)), V2(u16, u16), V3 }
enum E198 { V0(&'static str, Box<u8>), V1, V2 }
enum E199 { V0, V1(u8, Vec<u8>) }
