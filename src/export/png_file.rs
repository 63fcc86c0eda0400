//! PNG files with text metadata, written atomically through
//! [`crate::write_file`].

use crate::write_file::{WriteError, write_atomic};
use std::path::Path;

/// An RGBA image, row by row, 4 bytes a pixel (unmultiplied sRGB).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rgba {
    pub width: u32,
    pub height: u32,
    pub pixels: Vec<u8>,
}

impl Rgba {
    pub(crate) fn from_color_image(img: &egui::ColorImage) -> Self {
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
}

/// Encodes `image` as PNG with `text` chunks (keyword, value).
pub(crate) fn encode(image: &Rgba, text: &[(&str, String)]) -> Result<Vec<u8>, String> {
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

/// Encodes and writes a PNG atomically.
pub(crate) fn save_png(
    path: &Path,
    image: &Rgba,
    text: &[(&str, String)],
) -> Result<(), WriteError> {
    let bytes = encode(image, text).map_err(|reason| WriteError {
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
}
