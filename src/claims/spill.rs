//! Sorting more rows than memory holds: rows are buffered up to a byte budget, each full
//! buffer is sorted and written to a run file, and the runs are merged as they are read back.
//! A sort that fits in one buffer never touches the disk.

use std::cmp::Ordering;
use std::collections::BinaryHeap;
use std::fs::{self, File};
use std::io::{self, BufRead, BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};

/// A row that can be written to a run file and read back.
pub trait Spill: Sized {
    fn put(&self, w: &mut Enc);
    fn take(r: &mut Dec<'_>) -> io::Result<Self>;
    /// About how many bytes the row holds in memory.
    fn size(&self) -> usize;
}

/// A row's bytes, as written to a run file (length-prefixed).
#[derive(Default)]
pub struct Enc(Vec<u8>);

impl Enc {
    pub fn u64(&mut self, v: u64) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    pub fn i64(&mut self, v: i64) {
        self.u64(v as u64);
    }
    pub fn f64(&mut self, v: Option<f64>) {
        // NaN bits never come from a parsed value: the tag of "none".
        self.u64(v.map_or(u64::MAX, f64::to_bits));
    }
    pub fn date(&mut self, v: Option<crate::model::Date>) {
        self.i64(v.map_or(i64::MIN, |d| d.days_since_epoch() as i64));
    }
    pub fn str(&mut self, v: &str) {
        self.u64(v.len() as u64);
        self.0.extend_from_slice(v.as_bytes());
    }
    pub fn opt(&mut self, v: Option<&str>) {
        match v {
            None => self.u64(u64::MAX),
            Some(s) => self.str(s),
        }
    }
}

/// A row's bytes being read back: from a run file, or from a [`Store`].
pub struct Dec<'a>(Box<dyn BufRead + 'a>);

impl Dec<'_> {
    pub fn u64(&mut self) -> io::Result<u64> {
        let mut b = [0; 8];
        self.0.read_exact(&mut b)?;
        Ok(u64::from_le_bytes(b))
    }
    pub fn i64(&mut self) -> io::Result<i64> {
        Ok(self.u64()? as i64)
    }
    pub fn f64(&mut self) -> io::Result<Option<f64>> {
        let b = self.u64()?;
        Ok((b != u64::MAX).then(|| f64::from_bits(b)))
    }
    pub fn date(&mut self) -> io::Result<Option<crate::model::Date>> {
        let d = self.i64()?;
        Ok(if d == i64::MIN {
            None
        } else {
            crate::model::Date::from_days(d as i32)
        })
    }
    fn bytes(&mut self, n: u64) -> io::Result<String> {
        let mut v = vec![0; n as usize];
        self.0.read_exact(&mut v)?;
        String::from_utf8(v).map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))
    }
    pub fn str(&mut self) -> io::Result<String> {
        let n = self.u64()?;
        self.bytes(n)
    }
    pub fn opt(&mut self) -> io::Result<Option<String>> {
        match self.u64()? {
            u64::MAX => Ok(None),
            n => self.bytes(n).map(Some),
        }
    }
}

/// A folder for run files, removed with everything in it when dropped, and how many bytes
/// of rows each sort or queue keeps in memory before it writes them there.
pub struct SpillDir {
    path: PathBuf,
    budget: usize,
}

impl SpillDir {
    pub fn create(path: PathBuf, budget: usize) -> io::Result<SpillDir> {
        fs::create_dir_all(&path)?;
        Ok(SpillDir { path, budget })
    }
}

impl Drop for SpillDir {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.path);
    }
}

/// The memory budget of each sort and queue: a few of them are alive at once.
pub const BUDGET: usize = 24 << 20;

static RUNS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// Rows sorted by `cmp` whatever their number.
pub struct Sorter<T, F> {
    dir: PathBuf,
    cmp: F,
    rows: Vec<T>,
    bytes: usize,
    budget: usize,
    runs: Vec<PathBuf>,
}

impl<T: Spill, F: Fn(&T, &T) -> Ordering + Copy> Sorter<T, F> {
    pub fn new(dir: &SpillDir, cmp: F) -> Self {
        Sorter {
            dir: dir.path.clone(),
            cmp,
            rows: Vec::new(),
            bytes: 0,
            budget: dir.budget,
            runs: Vec::new(),
        }
    }

    pub fn push(&mut self, row: T) -> io::Result<()> {
        self.bytes += row.size() + std::mem::size_of::<T>();
        self.rows.push(row);
        if self.bytes >= self.budget {
            self.spill()?;
        }
        Ok(())
    }

    fn spill(&mut self) -> io::Result<()> {
        let (path, mut w) = new_file(&self.dir, "run")?;
        for i in self.order() {
            w.put(&self.rows[i as usize])?;
        }
        w.finish()?;
        self.runs.push(path);
        self.rows.clear();
        self.bytes = 0;
        if self.runs.len() >= FAN_IN {
            // So many runs are merged into one: open files and read buffers stay bounded.
            let (path, mut w) = new_file(&self.dir, "run")?;
            for row in merge(&self.runs, self.cmp)? {
                w.put(&row?)?;
            }
            w.finish()?;
            self.runs = vec![path];
        }
        Ok(())
    }

    /// The buffered rows' places, in order (stable). Rows are large: they are not moved.
    fn order(&self) -> Vec<u32> {
        let rows = &self.rows;
        let mut at: Vec<u32> = (0..rows.len() as u32).collect();
        at.sort_by(|&a, &b| (self.cmp)(&rows[a as usize], &rows[b as usize]));
        at
    }

    /// The buffered rows in order, the buffer emptied, each row moved once.
    fn in_order(&mut self) -> Vec<T> {
        let at = self.order();
        let mut slots: Vec<Option<T>> = std::mem::take(&mut self.rows)
            .into_iter()
            .map(Some)
            .collect();
        self.bytes = 0;
        at.into_iter()
            .map(|i| slots[i as usize].take().expect("each place once"))
            .collect()
    }

    /// The rows in order. Rows that compare equal come out in the order they were pushed.
    pub fn sorted(mut self) -> io::Result<Sorted<T, F>> {
        if self.runs.is_empty() {
            return Ok(Sorted::Memory(self.in_order().into_iter()));
        }
        self.spill()?;
        merge(&self.runs, self.cmp)
    }
}

/// At most this many runs are merged at once.
const FAN_IN: usize = 64;

/// The rows of sorted runs, merged. Each run file is unlinked once open.
fn merge<T: Spill, F: Fn(&T, &T) -> Ordering + Copy>(
    runs: &[PathBuf],
    cmp: F,
) -> io::Result<Sorted<T, F>> {
    let mut heap = BinaryHeap::new();
    let mut readers = Vec::new();
    for (i, path) in runs.iter().enumerate() {
        let mut r = read_back(path)?;
        if let Some(row) = next(&mut r)? {
            heap.push(Head {
                row: Box::new(row),
                run: i,
                cmp,
            });
        }
        readers.push(r);
    }
    Ok(Sorted::Merge { heap, readers })
}

/// A new file in `dir` named `prefix-N`, to write rows to.
fn new_file(dir: &Path, prefix: &str) -> io::Result<(PathBuf, RowWriter)> {
    let n = RUNS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let path = dir.join(format!("{prefix}-{n}"));
    let w = BufWriter::with_capacity(1 << 20, File::create(&path)?);
    Ok((
        path,
        RowWriter {
            w,
            e: Enc::default(),
        },
    ))
}

/// Rows written one after another to a file.
struct RowWriter {
    w: BufWriter<File>,
    e: Enc,
}

impl RowWriter {
    fn put<T: Spill>(&mut self, row: &T) -> io::Result<()> {
        self.e.0.clear();
        row.put(&mut self.e);
        self.w.write_all(&self.e.0)
    }

    fn finish(mut self) -> io::Result<()> {
        self.w.flush()
    }
}

/// A file of rows opened to be read back once. It is unlinked now: the open reader keeps
/// its data until it is dropped.
fn read_back(path: &Path) -> io::Result<Dec<'static>> {
    let r = Dec(Box::new(BufReader::with_capacity(
        1 << 16,
        File::open(path)?,
    )));
    let _ = fs::remove_file(path);
    Ok(r)
}

/// The next row of a run, or none at its end; a row cut short is an error.
fn next<T: Spill>(r: &mut Dec<'_>) -> io::Result<Option<T>> {
    if r.0.fill_buf()?.is_empty() {
        return Ok(None);
    }
    T::take(r).map(Some)
}

/// The smallest unread row of one run.
pub struct Head<T, F> {
    /// Boxed: the heap moves its entries.
    row: Box<T>,
    run: usize,
    cmp: F,
}

impl<T, F: Fn(&T, &T) -> Ordering> Ord for Head<T, F> {
    fn cmp(&self, o: &Self) -> Ordering {
        // A max-heap: the smallest row, and of equal rows the earlier run, on top.
        (self.cmp)(&o.row, &self.row).then(o.run.cmp(&self.run))
    }
}
impl<T, F: Fn(&T, &T) -> Ordering> PartialOrd for Head<T, F> {
    fn partial_cmp(&self, o: &Self) -> Option<Ordering> {
        Some(self.cmp(o))
    }
}
impl<T, F: Fn(&T, &T) -> Ordering> PartialEq for Head<T, F> {
    fn eq(&self, o: &Self) -> bool {
        self.cmp(o) == Ordering::Equal
    }
}
impl<T, F: Fn(&T, &T) -> Ordering> Eq for Head<T, F> {}

/// Sorted rows, from memory or merged from run files.
pub enum Sorted<T, F> {
    Memory(std::vec::IntoIter<T>),
    Merge {
        heap: BinaryHeap<Head<T, F>>,
        readers: Vec<Dec<'static>>,
    },
}

impl<T: Spill, F: Fn(&T, &T) -> Ordering + Copy> Iterator for Sorted<T, F> {
    type Item = io::Result<T>;

    fn next(&mut self) -> Option<io::Result<T>> {
        match self {
            Sorted::Memory(rows) => rows.next().map(Ok),
            Sorted::Merge { heap, readers } => {
                let top = heap.pop()?;
                match next::<T>(&mut readers[top.run]) {
                    Ok(Some(row)) => heap.push(Head {
                        row: Box::new(row),
                        run: top.run,
                        cmp: top.cmp,
                    }),
                    Ok(None) => {}
                    Err(e) => return Some(Err(e)),
                }
                Some(Ok(*top.row))
            }
        }
    }
}

/// Rows kept in their order, in memory up to the budget and in a file beyond it; read
/// back once, in order.
pub struct Queue<T> {
    dir: PathBuf,
    budget: usize,
    file: Option<(PathBuf, RowWriter)>,
    rows: Vec<T>,
    bytes: usize,
}

impl<T: Spill> Queue<T> {
    pub fn new(dir: &SpillDir) -> Self {
        Queue {
            dir: dir.path.clone(),
            budget: dir.budget,
            file: None,
            rows: Vec::new(),
            bytes: 0,
        }
    }

    pub fn push(&mut self, row: T) -> io::Result<()> {
        self.bytes += row.size() + std::mem::size_of::<T>();
        self.rows.push(row);
        if self.bytes >= self.budget {
            if self.file.is_none() {
                self.file = Some(new_file(&self.dir, "queue")?);
            }
            let (_, w) = self.file.as_mut().expect("opened above");
            for row in self.rows.drain(..) {
                w.put(&row)?;
            }
            self.bytes = 0;
        }
        Ok(())
    }

    /// Calls `each` on every row, in the order pushed, and empties the queue.
    pub fn drain(&mut self, mut each: impl FnMut(T) -> io::Result<()>) -> io::Result<()> {
        if let Some((path, w)) = self.file.take() {
            w.finish()?;
            let mut r = read_back(&path)?;
            while let Some(row) = next::<T>(&mut r)? {
                each(row)?;
            }
        }
        self.bytes = 0;
        for row in std::mem::take(&mut self.rows) {
            each(row)?;
        }
        Ok(())
    }
}

/// Rows written once, in any number, and read back by their place, in any order: the
/// sorts then carry a row's place instead of the row.
pub struct Store {
    path: PathBuf,
    w: Option<RowWriter>,
    r: Option<File>,
    at: u64,
    buf: Vec<u8>,
}

/// Where a row is in a [`Store`]: its offset and length.
#[derive(Clone, Copy)]
pub struct Place(pub u64, pub u32);

impl Store {
    pub fn create(dir: &SpillDir) -> io::Result<Store> {
        let (path, w) = new_file(&dir.path, "store")?;
        Ok(Store {
            path,
            w: Some(w),
            r: None,
            at: 0,
            buf: Vec::new(),
        })
    }

    pub fn put<T: Spill>(&mut self, row: &T) -> io::Result<Place> {
        let w = self.w.as_mut().expect("rows are put before any is read");
        w.put(row)?;
        let len = w.e.0.len();
        let place = Place(self.at, len as u32);
        self.at += len as u64;
        Ok(place)
    }

    pub fn get<T: Spill>(&mut self, Place(at, len): Place) -> io::Result<T> {
        use std::os::unix::fs::FileExt;
        if let Some(w) = self.w.take() {
            w.finish()?;
            self.r = Some(File::open(&self.path)?);
            let _ = fs::remove_file(&self.path);
        }
        self.buf.resize(len as usize, 0);
        let r = self.r.as_ref().expect("opened above");
        r.read_exact_at(&mut self.buf, at)?;
        T::take(&mut Dec(Box::new(&self.buf[..])))
    }
}

/// The folder for the run files of an output folder's claims. Such folders that an earlier,
/// interrupted build left are removed: the output folder's lock says none is in use.
pub fn dir_for(out: &Path) -> PathBuf {
    let state = out.join(crate::run::STATE_DIR);
    for e in fs::read_dir(&state).into_iter().flatten().flatten() {
        if e.file_name()
            .to_string_lossy()
            .starts_with(".claims-spill.")
        {
            let _ = fs::remove_dir_all(e.path());
        }
    }
    state.join(format!(".claims-spill.{}", std::process::id()))
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Item(u64, String);

    impl Spill for Item {
        fn put(&self, e: &mut Enc) {
            e.u64(self.0);
            e.str(&self.1);
        }
        fn take(d: &mut Dec<'_>) -> io::Result<Self> {
            Ok(Item(d.u64()?, d.str()?))
        }
        fn size(&self) -> usize {
            self.1.len()
        }
    }

    fn items() -> impl Iterator<Item = Item> {
        (0..5000u64).map(|i| Item((i * 7919) % 13, format!("row {i}")))
    }

    /// Spilled or not, rows come out sorted, and equal rows in the order they went in.
    #[test]
    fn sorts_and_keeps_order_past_the_budget() {
        let base = std::env::temp_dir().join(format!("numfacts-spill-{}", std::process::id()));
        let mut outs = Vec::new();
        for budget in [64, 1 << 30] {
            let dir = SpillDir::create(base.join(budget.to_string()), budget).unwrap();
            let mut s = Sorter::new(&dir, |a: &Item, b: &Item| a.0.cmp(&b.0));
            let mut q = Queue::new(&dir);
            for it in items() {
                s.push(it).unwrap();
            }
            for it in items() {
                q.push(it).unwrap();
            }
            if budget == 64 {
                assert!(
                    !s.runs.is_empty() && s.runs.len() <= FAN_IN && q.file.is_some(),
                    "spilled"
                );
            }
            let sorted: Vec<(u64, String)> = s
                .sorted()
                .unwrap()
                .map(|r| r.map(|i| (i.0, i.1)).unwrap())
                .collect();
            let mut queued = Vec::new();
            q.drain(|i| {
                queued.push(i.1);
                Ok(())
            })
            .unwrap();
            let mut want: Vec<(u64, String)> = items().map(|i| (i.0, i.1)).collect();
            assert_eq!(queued, want.iter().map(|w| w.1.clone()).collect::<Vec<_>>());
            want.sort_by_key(|w| w.0);
            assert_eq!(sorted, want);
            outs.push(sorted);
            drop(dir);
            assert!(
                !base.join(budget.to_string()).exists(),
                "the run files are removed"
            );
        }
        let _ = fs::remove_dir_all(&base);
    }
}
