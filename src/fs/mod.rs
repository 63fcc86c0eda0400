//! File-system helpers at the bottom of the crate: what kind of thing is at
//! a path (for messages), and files written atomically ([`atomic`]).

mod atomic;

pub use atomic::{write_atomic, write_atomic_with};

pub(crate) use atomic::WriteError;

/// What kind of thing is at a path, for messages: "a FIFO (named pipe)".
pub(crate) fn file_type_name(t: std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt as _;
        if t.is_fifo() {
            return "a FIFO (named pipe)";
        }
        if t.is_socket() {
            return "a socket";
        }
        if t.is_char_device() || t.is_block_device() {
            return "a device";
        }
    }
    if t.is_dir() {
        "a folder"
    } else if t.is_symlink() {
        "a symbolic link"
    } else if t.is_file() {
        "a regular file"
    } else {
        "not a regular file"
    }
}
