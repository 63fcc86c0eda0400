//! PNG files with text metadata, written atomically through
//! [`crate::fs`].

use crate::fs::{WriteError, write_atomic};
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
