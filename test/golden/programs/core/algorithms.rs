// Classic small algorithms: bubble sort, binary search, sieve, memoised fibonacci.
fn bubble_sort(v: &mut Vec<i32>) -> usize {
    let mut swaps = 0;
    let n = v.len();
    for i in 0..n {
        for j in 0..n - 1 - i {
            if v[j] > v[j + 1] {
                v.swap(j, j + 1);
                swaps += 1;
            }
        }
    }
    swaps
}
fn binary_search(v: &[i32], target: i32) -> Option<usize> {
    let (mut lo, mut hi) = (0usize, v.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if v[mid] == target {
            return Some(mid);
        } else if v[mid] < target {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    None
}
fn sieve(n: usize) -> Vec<usize> {
    let mut is = vec![true; n + 1];
    is[0] = false;
    is[1] = false;
    let mut i = 2;
    while i * i <= n {
        if is[i] {
            let mut j = i * i;
            while j <= n {
                is[j] = false;
                j += i;
            }
        }
        i += 1;
    }
    (0..=n).filter(|&k| is[k]).collect()
}
fn fib_memo(n: usize, memo: &mut Vec<Option<u64>>) -> u64 {
    if let Some(v) = memo[n] {
        return v;
    }
    let v = if n < 2 { n as u64 } else { fib_memo(n - 1, memo) + fib_memo(n - 2, memo) };
    memo[n] = Some(v);
    v
}
fn main() {
    let mut v = vec![5, 1, 4, 2, 8, 0];
    let swaps = bubble_sort(&mut v);
    println!("{:?} after {} swaps", v, swaps);
    println!("{:?} {:?}", binary_search(&v, 4), binary_search(&v, 3));
    println!("{:?}", sieve(50));
    let mut memo = vec![None; 91];
    println!("{}", fib_memo(90, &mut memo));
}
