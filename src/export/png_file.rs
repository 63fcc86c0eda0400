//! PNG files written atomically, with text metadata.
//!
//! The image is encoded into a temporary file in the destination folder,
//! flushed to disk, then renamed over the destination: a failed or cancelled
//! export leaves no partial file and never replaces a good file with a bad one.

use std::fmt;
use std::io::Write as _;
use std::path::{Path, PathBuf};

/// Why an export failed, naming the path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExportError {
    pub path: PathBuf,
    pub reason: String,
}

impl fmt::Display for ExportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.reason)
    }
}

impl std::error::Error for ExportError {}

/// An RGBA image, row by row, 4 bytes a pixel (unmultiplied sRGB).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rgba {
    pub width: u32,
    pub height: u32,
    pub pixels: Vec<u8>,
}

impl Rgba {
    pub fn from_color_image(img: &egui::ColorImage) -> Self {
        Self {
            width: img.size[0] as u32,
            height: img.size[1] as u32,
            pixels: img
                .pixels
                .iter()
                .flat_map(|c| c.to_srgba_unmultiplied())
                .collect(),
        }
    }

    /// Do at least two pixels differ? (A drawn chart is not a flat rectangle.)
    pub fn is_uniform(&self) -> bool {
        self.pixels.chunks_exact(4).all(|p| p == &self.pixels[..4])
    }
}

/// Encodes `image` as PNG with `text` chunks (keyword, value).
pub fn encode(image: &Rgba, text: &[(&str, String)]) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    {
        let mut enc = png::Encoder::new(&mut out, image.width, image.height);
        enc.set_color(png::ColorType::Rgba);
        enc.set_depth(png::BitDepth::Eight);
        for (key, value) in text {
            // tEXt is Latin-1; iTXt carries UTF-8 (country names, dashes).
            enc.add_itxt_chunk(key.to_string(), value.clone())
                .map_err(|e| format!("cannot add the {key} text: {e}"))?;
        }
        let mut writer = enc.write_header().map_err(|e| e.to_string())?;
        writer
            .write_image_data(&image.pixels)
            .map_err(|e| e.to_string())?;
        writer.finish().map_err(|e| e.to_string())?;
    }
    Ok(out)
}

/// Writes `bytes` to `path` atomically: a temporary file in the same folder,
/// synced, then renamed over `path`.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), ExportError> {
    let err = |reason: String| ExportError {
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
        return Err(err("it is a folder; give a file name ending in .png".into()));
    }
    let mut tmp = tempfile::Builder::new()
        .prefix(".entente-export-")
        .suffix(".png.tmp")
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

/// Encodes and writes a PNG atomically.
pub fn save_png(path: &Path, image: &Rgba, text: &[(&str, String)]) -> Result<(), ExportError> {
    let bytes = encode(image, text).map_err(|reason| ExportError {
        path: path.to_path_buf(),
        reason,
    })?;
    write_atomic(path, &bytes)
}

/// A file name made from dataset and chart text: lower case letters, digits
/// and dashes only (no path separators or control characters), bounded in
/// length, ending in `.png`.
pub fn file_name(parts: &[&str]) -> String {
    let mut name = String::new();
    for part in parts {
        for c in part.chars().flat_map(char::to_lowercase) {
            let c = if c.is_ascii_alphanumeric() { c } else { '-' };
            if c == '-' && (name.is_empty() || name.ends_with('-')) {
                continue;
            }
            name.push(c);
        }
        if !name.ends_with('-') && !name.is_empty() {
            name.push('-');
        }
    }
    let mut name: String = name.trim_matches('-').chars().take(96).collect();
    name = name.trim_end_matches('-').to_string();
    if name.is_empty() {
        name.push_str("chart");
    }
    name.push_str(".png");
    name
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_sanitized() {
        assert_eq!(
            file_name(&["kz-fr", "annual-kz-stat-usd", "2024-05-24"]),
            "kz-fr-annual-kz-stat-usd-2024-05-24.png"
        );
        assert_eq!(
            file_name(&["../../etc/passwd\u{7}", "x"]),
            "etc-passwd-x.png"
        );
        assert_eq!(file_name(&["Казахстан–France"]), "france.png");
        assert_eq!(file_name(&[""]), "chart.png");
        assert!(file_name(&[&"a".repeat(1000)]).len() <= 100);
    }

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
}
