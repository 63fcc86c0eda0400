//! Files written atomically: the bytes go to a temporary file in the
//! destination folder, are flushed to disk, then the temporary file is renamed
//! over the destination. A failed or cancelled write leaves no partial file
//! and never replaces a good file with a bad one. Used for PNG exports and
//! generated RON datasets alike.

use super::file_type_name;
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
    write_atomic_with(path, |w| w.write_all(bytes))
}

/// Where the bytes for `path` go: `path` itself, or the file a symbolic
/// link at `path` points to (the link stays a link). Anything but a regular
/// file or a new name is refused before anything is written.
fn destination(path: &Path) -> Result<PathBuf, String> {
    let target = match std::fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => std::fs::canonicalize(path).map_err(|e| {
            format!(
                "it is a symbolic link to a file that cannot be reached ({e}); nothing was written"
            )
        })?,
        _ => path.to_path_buf(),
    };
    match std::fs::metadata(&target) {
        Ok(m) if m.is_dir() => Err("it is a folder; give a file name".into()),
        Ok(m) if !m.is_file() => Err(format!(
            "it is {}, not a regular file; nothing was written",
            file_type_name(m.file_type())
        )),
        _ => Ok(target),
    }
}

/// The folder `target` is written in, which must exist and be a folder.
fn folder_of(target: &Path) -> Result<PathBuf, String> {
    let dir = match target.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    match std::fs::metadata(&dir) {
        Ok(m) if m.is_dir() => Ok(dir),
        Ok(m) => Err(format!(
            "{} is {}, not a folder",
            dir.display(),
            file_type_name(m.file_type())
        )),
        Err(e) if e.kind() == std::io::ErrorKind::NotADirectory => Err(format!(
            "{} is not a folder: part of that path is a file",
            dir.display()
        )),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            Err(format!("the folder {} does not exist", dir.display()))
        }
        Err(e) => Err(format!("cannot use the folder {}: {e}", dir.display())),
    }
}

/// Writes what `write` produces to `path` atomically, streaming it into a
/// temporary file in the same folder (memory does not grow with the size).
/// A symbolic link at `path` is written through: its target is replaced and
/// the link stays. A replaced file keeps its permissions; a new one is 0644.
/// A device, FIFO or socket at `path` is refused and left untouched.
pub fn write_atomic_with(
    path: &Path,
    write: impl FnOnce(&mut dyn std::io::Write) -> std::io::Result<()>,
) -> Result<(), WriteError> {
    let err = |reason: String| WriteError {
        path: path.to_path_buf(),
        reason,
    };
    let target = destination(path).map_err(err)?;
    let dir = folder_of(&target).map_err(err)?;
    let mut tmp = tempfile::Builder::new()
        .prefix(&temp_prefix(&target))
        .suffix(".tmp")
        .tempfile_in(&dir)
        .map_err(|e| err(format!("cannot write in {}: {e}", dir.display())))?;
    // A new file is readable by others, like any file the user saves;
    // a replaced file keeps its permissions.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = std::fs::metadata(&target).map_or(0o644, |m| m.permissions().mode());
        tmp.as_file()
            .set_permissions(std::fs::Permissions::from_mode(mode))
            .map_err(|e| err(format!("cannot set permissions: {e}")))?;
    }
    {
        let mut out = std::io::BufWriter::with_capacity(1 << 20, tmp.as_file_mut());
        write(&mut out)
            .and_then(|()| out.flush())
            .map_err(|e| err(format!("cannot write: {e}")))?;
    }
    tmp.as_file()
        .sync_all()
        .map_err(|e| err(format!("cannot write: {e}")))?;
    // The temporary file is removed if persisting fails.
    tmp.persist(&target)
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

    /// Special files made in a temporary folder: a FIFO, a socket, and a
    /// device node when running as root (skipped otherwise).
    #[cfg(unix)]
    fn special_files(dir: &Path) -> Vec<(PathBuf, &'static str)> {
        let fifo = dir.join("fifo.png");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        assert!(made.is_ok_and(|s| s.success()), "mkfifo");
        let socket = dir.join("socket.png");
        let _listener = std::os::unix::net::UnixListener::bind(&socket).unwrap();
        std::mem::forget(_listener);
        let mut out = vec![(fifo, "a FIFO"), (socket, "a socket")];
        let device = dir.join("null.png");
        let root = std::process::Command::new("mknod")
            .arg(&device)
            .args(["c", "1", "3"])
            .status()
            .is_ok_and(|s| s.success());
        if root {
            out.push((device, "a device"));
        } else {
            eprintln!("not root: the device node case is skipped");
        }
        out
    }

    #[cfg(unix)]
    #[test]
    fn a_device_fifo_or_socket_is_refused_and_left_untouched() {
        use std::os::unix::fs::FileTypeExt as _;
        let dir = tempfile::tempdir().unwrap();
        for (path, what) in special_files(dir.path()) {
            let before = std::fs::symlink_metadata(&path).unwrap().file_type();
            let e = write_atomic(&path, b"x").unwrap_err();
            assert!(
                e.reason.contains(what) && e.reason.contains("nothing was written"),
                "{e}"
            );
            let after = std::fs::symlink_metadata(&path).unwrap().file_type();
            assert!(!after.is_file(), "{} was replaced", path.display());
            assert_eq!(before.is_fifo(), after.is_fifo());
        }
        let leftovers = std::fs::read_dir(dir.path())
            .unwrap()
            .filter(|e| {
                e.as_ref()
                    .unwrap()
                    .file_name()
                    .to_string_lossy()
                    .ends_with(".tmp")
            })
            .count();
        assert_eq!(leftovers, 0);
    }

    #[cfg(unix)]
    #[test]
    fn a_symbolic_link_is_written_through_and_a_replaced_file_keeps_its_mode() {
        use std::os::unix::fs::PermissionsExt as _;
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("real.ron");
        std::fs::write(&target, b"old").unwrap();
        std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o600)).unwrap();
        let link = dir.path().join("link.ron");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        write_atomic(&link, b"new").unwrap();
        assert!(
            std::fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(std::fs::read(&target).unwrap(), b"new");
        let mode = std::fs::metadata(&target).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
        let dangling = dir.path().join("dangling.ron");
        std::os::unix::fs::symlink(dir.path().join("nowhere/x.ron"), &dangling).unwrap();
        let e = write_atomic(&dangling, b"x").unwrap_err();
        assert!(e.reason.contains("symbolic link"), "{e}");
        let new = dir.path().join("new.ron");
        write_atomic(&new, b"x").unwrap();
        let mode = std::fs::metadata(&new).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o644);
    }

    #[test]
    fn a_parent_that_is_a_file_is_not_called_missing() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("plain");
        std::fs::write(&file, b"x").unwrap();
        let e = write_atomic(&file.join("chart.png"), b"x").unwrap_err();
        assert!(e.reason.contains("not a folder"), "{e}");
        assert!(!e.reason.contains("does not exist"), "{e}");
    }
}
