//! Files written atomically: the bytes go to a temporary file in the
//! destination folder, are flushed to disk, then the temporary file is renamed
//! over the destination. A failed or cancelled write leaves no partial file
//! and never replaces a good file with a bad one. Used for PNG exports and
//! generated RON datasets alike.

use std::fmt;
use std::io::Write as _;
use std::path::{Path, PathBuf};

/// Why a file could not be written, naming it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WriteError {
    pub path: PathBuf,
    pub reason: String,
}

impl fmt::Display for WriteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.reason)
    }
}

impl std::error::Error for WriteError {}

/// Writes `bytes` to `path` atomically: a temporary file in the same folder,
/// synced, then renamed over `path`.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    let err = |reason: String| WriteError {
        path: path.to_path_buf(),
        reason,
    };
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if !dir.is_dir() {
        return Err(err(format!("the folder {} does not exist", dir.display())));
    }
    if path.is_dir() {
        return Err(err("it is a folder; give a file name".into()));
    }
    let mut tmp = tempfile::Builder::new()
        .prefix(&temp_prefix(path))
        .suffix(".tmp")
        .tempfile_in(&dir)
        .map_err(|e| err(format!("cannot write in {}: {e}", dir.display())))?;
    // A new file is readable by others, like any file the user saves;
    // a replaced file keeps its permissions.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = std::fs::metadata(path).map_or(0o644, |m| m.permissions().mode());
        tmp.as_file()
            .set_permissions(std::fs::Permissions::from_mode(mode))
            .map_err(|e| err(format!("cannot set permissions: {e}")))?;
    }
    tmp.write_all(bytes)
        .and_then(|()| tmp.as_file().sync_all())
        .map_err(|e| err(format!("cannot write: {e}")))?;
    // The temporary file is removed if persisting fails.
    tmp.persist(path)
        .map_err(|e| err(format!("cannot replace the file: {}", e.error)))?;
    Ok(())
}

/// `.kz-fr.ron.` for `kz-fr.ron`: the temporary file (`.kz-fr.ron.1a2b3c.tmp`)
/// says what it will become.
fn temp_prefix(path: &Path) -> String {
    let name = path
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().to_string());
    format!(".{}.", name.chars().take(64).collect::<String>())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failed_write_leaves_no_file_and_keeps_the_old_one() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("good.png");
        std::fs::write(&path, b"good").unwrap();
        let missing = dir.path().join("no-such-folder").join("x.png");
        let e = write_atomic(&missing, b"new").unwrap_err();
        assert!(e.to_string().contains("does not exist"), "{e}");
        assert!(!missing.exists());
        write_atomic(&path, b"better").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"better");
        let leftovers: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(leftovers.len(), 1, "no temporary file is left behind");
    }

    #[test]
    fn the_temporary_file_is_named_after_the_destination() {
        assert_eq!(temp_prefix(Path::new("data/big.ron")), ".big.ron.");
        assert_eq!(temp_prefix(Path::new("chart.png")), ".chart.png.");
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.ron");
        std::fs::create_dir(&path).unwrap();
        let e = write_atomic(&path, b"(events: [])").unwrap_err();
        assert!(e.to_string().contains("it is a folder"), "{e}");
        assert!(!e.to_string().contains(".png"), "{e}");
    }
}
