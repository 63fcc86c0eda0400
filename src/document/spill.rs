//! A large dataset set aside on disk while its file is read again, so that
//! a reload never holds the old and the new dataset at their peaks together;
//! read back if the new version cannot be loaded (a broken reload never
//! loses good data). Written as JSON, which keeps every field serde knows,
//! to a temporary file that is removed when the spill is dropped.

use crate::model::Dataset;
use std::io::{BufReader, BufWriter, Write as _};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

/// From this many events, a reloaded dataset is set aside on disk rather
/// than kept in memory while the file is read again (below, reading it
/// again is quick and the old data stays on screen meanwhile).
static SPILL_FROM_EVENTS: AtomicUsize = AtomicUsize::new(200_000);

/// How many events a dataset has before a reload sets it aside.
pub(crate) fn spill_from_events() -> usize {
    SPILL_FROM_EVENTS.load(Relaxed)
}

/// Sets that number (tests, with small datasets).
#[cfg(any(test, feature = "testing"))]
pub(crate) fn set_spill_from_events(n: usize) {
    SPILL_FROM_EVENTS.store(n, Relaxed);
}

/// A dataset written to a temporary file.
pub(crate) struct Spill {
    path: tempfile::TempPath,
}

impl Spill {
    /// Writes `ds` to a new temporary file.
    pub(crate) fn write(ds: &Dataset) -> std::io::Result<Self> {
        let file = tempfile::Builder::new()
            .prefix("entente-reload-")
            .suffix(".json")
            .tempfile()?;
        let mut out = BufWriter::with_capacity(1 << 20, file.as_file());
        serde_json::to_writer(&mut out, ds).map_err(std::io::Error::other)?;
        out.flush()?;
        drop(out);
        Ok(Self {
            path: file.into_temp_path(),
        })
    }

    /// The dataset as it was written, its dates and kinds worked out again.
    pub(crate) fn read(&self) -> std::io::Result<Dataset> {
        let file = std::fs::File::open(&self.path)?;
        let reader = BufReader::with_capacity(1 << 20, file);
        let mut ds: Dataset = crate::model::interning(|| serde_json::from_reader(reader))
            .map_err(std::io::Error::other)?;
        // It was valid when written: this only fills in what is derived.
        let _ = crate::load::validate::validate(&mut ds);
        Ok(ds)
    }
}

#[cfg(test)]
mod tests {
    use super::Spill;

    #[test]
    fn a_dataset_comes_back_from_disk_as_it_was() {
        for ds in [
            crate::load::load_str(crate::BUNDLED_DATA).unwrap().dataset,
            crate::load::load_str(
                &crate::generate::to_ron(&crate::generate::generate(3_000, 4)).unwrap(),
            )
            .unwrap()
            .dataset,
        ] {
            let spill = Spill::write(&ds).unwrap();
            let path = spill.path.to_path_buf();
            assert!(path.exists());
            assert_eq!(spill.read().unwrap(), ds);
            drop(spill);
            assert!(!path.exists(), "the temporary file goes with the spill");
        }
    }
}
