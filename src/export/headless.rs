//! Offscreen rendering: the same drawing code as the window, run in an egui
//! context with no window, tessellated and rendered by egui-wgpu into a
//! texture, then read back. Works on software drivers (lavapipe, llvmpipe)
//! and needs no display server.

use super::png_file::Rgba;
use egui_wgpu::wgpu;
use std::time::Duration;

/// What to do when no graphics adapter exists.
pub(crate) const NO_ADAPTER_HELP: &str = "no graphics adapter was found; install a Vulkan driver \
(on Debian or Ubuntu: apt-get install mesa-vulkan-drivers libvulkan1) or an OpenGL one \
(libegl1 libgl1-mesa-dri) and run with WGPU_BACKEND=gl";

const WAIT: Duration = Duration::from_secs(30);

/// Why an offscreen render gave no image.
#[derive(Clone, Debug, PartialEq)]
pub enum RenderError {
    /// The image would be larger than the adapter's textures may be.
    TooLarge {
        /// The size asked for, in pixels.
        width: u32,
        height: u32,
        /// The adapter's largest texture side, in pixels.
        max: u32,
        scale: f32,
    },
    Failed(String),
}

impl std::fmt::Display for RenderError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::TooLarge {
                width,
                height,
                max,
                scale,
            } => write!(
                f,
                "{width}×{height} pixels is larger than the graphics adapter can draw \
                 ({max} pixels per side); at scale {scale} the image can be at most \
                 {} points on each side",
                (*max as f32 / scale).floor()
            ),
            Self::Failed(reason) => f.write_str(reason),
        }
    }
}

/// A GPU device for offscreen rendering.
pub struct Offscreen {
    device: wgpu::Device,
    queue: wgpu::Queue,
    renderer: egui_wgpu::Renderer,
}

impl Offscreen {
    /// Opens the first adapter wgpu offers (honouring `WGPU_BACKEND`).
    pub fn new() -> Result<Self, String> {
        let instance =
            wgpu::Instance::new(wgpu::InstanceDescriptor::new_without_display_handle_from_env());
        let adapter = pollster::block_on(instance.request_adapter(&wgpu::RequestAdapterOptions {
            power_preference: wgpu::PowerPreference::default(),
            force_fallback_adapter: false,
            compatible_surface: None,
            ..Default::default()
        }))
        .map_err(|e| format!("{NO_ADAPTER_HELP} ({e})"))?;
        let (device, queue) =
            pollster::block_on(adapter.request_device(&wgpu::DeviceDescriptor::default()))
                .map_err(|e| format!("the graphics adapter refused a device: {e}"))?;
        let renderer = egui_wgpu::Renderer::new(
            &device,
            wgpu::TextureFormat::Rgba8Unorm,
            egui_wgpu::RendererOptions::PREDICTABLE,
        );
        Ok(Self {
            device,
            queue,
            renderer,
        })
    }

    /// The largest image side the adapter can draw, in pixels.
    pub(crate) fn max_side(&self) -> u32 {
        self.device.limits().max_texture_dimension_2d
    }

    /// Runs `draw` in a `width × height` point window at `scale` pixels per
    /// point, for a few passes so layout settles, and renders the last one.
    /// With no height, the window is as tall as what `draw` drew.
    pub fn render(
        &mut self,
        width: f32,
        height: Option<f32>,
        scale: f32,
        dark: bool,
        mut draw: impl FnMut(&mut egui::Ui),
    ) -> Result<Rgba, RenderError> {
        let ctx = egui::Context::default();
        crate::theme::apply(&ctx, dark);
        crate::theme::install_fonts(&ctx);
        let max = self.max_side();
        let too_large = |w: f32, h: f32| {
            let (pw, ph) = ((w * scale).round() as u32, (h * scale).round() as u32);
            (pw > max || ph > max).then_some(RenderError::TooLarge {
                width: pw,
                height: ph,
                max,
                scale,
            })
        };
        // Measured: the first pass lays out in a tall window and keeps the
        // height used; the passes after it run at that height.
        let mut height = height.unwrap_or(0.0);
        let measure = height <= 0.0;
        if let Some(e) = too_large(width, height.max(1.0)) {
            return Err(e);
        }
        let mut output = None;
        for pass in 0..4 {
            if measure && pass == 0 {
                let tall = (max as f32 / scale).floor();
                let mut used = 0.0f32;
                let input = self::raw_input(width, tall, scale);
                let mut out = ctx.run_ui(input, |ui| {
                    egui::CentralPanel::default().show(ui, |ui| {
                        draw(ui);
                        used = ui.cursor().top();
                    });
                });
                // The fonts' texture is made in this pass: keep it.
                self.apply_textures(&out.textures_delta);
                for id in &out.textures_delta.free {
                    self.renderer.free_texture(id);
                }
                out.textures_delta.clear();
                // The panel's own margin under the content.
                height = (used + 8.0).ceil();
                if let Some(e) = too_large(width, height) {
                    return Err(e);
                }
                continue;
            }
            let input = self::raw_input(width, height, scale);
            let mut out = ctx.run_ui(input, |ui| {
                egui::CentralPanel::default().show(ui, |ui| draw(ui));
            });
            self.apply_textures(&out.textures_delta);
            for id in &out.textures_delta.free {
                self.renderer.free_texture(id);
            }
            out.textures_delta.clear();
            output = Some(out);
        }
        let output = output.expect("three passes ran");
        let ppp = output.pixels_per_point;
        let size = [
            (width * ppp).round().max(1.0) as u32,
            (height * ppp).round().max(1.0) as u32,
        ];
        let primitives = ctx.tessellate(output.shapes, ppp);
        self.draw(&primitives, size, ppp)
            .map_err(RenderError::Failed)
    }

    fn apply_textures(&mut self, delta: &egui::TexturesDelta) {
        for (id, images) in &delta.set {
            for image in images {
                self.renderer
                    .update_texture(&self.device, &self.queue, *id, image);
            }
        }
    }

    fn draw(
        &mut self,
        primitives: &[egui::ClippedPrimitive],
        size: [u32; 2],
        ppp: f32,
    ) -> Result<Rgba, String> {
        let screen = egui_wgpu::ScreenDescriptor {
            size_in_pixels: size,
            pixels_per_point: ppp,
        };
        let mut encoder = self
            .device
            .create_command_encoder(&wgpu::CommandEncoderDescriptor {
                label: Some("export"),
            });
        let user = self.renderer.update_buffers(
            &self.device,
            &self.queue,
            &mut encoder,
            primitives,
            &screen,
        );
        let texture = self.device.create_texture(&wgpu::TextureDescriptor {
            label: Some("export"),
            size: wgpu::Extent3d {
                width: size[0],
                height: size[1],
                depth_or_array_layers: 1,
            },
            mip_level_count: 1,
            sample_count: 1,
            dimension: wgpu::TextureDimension::D2,
            format: wgpu::TextureFormat::Rgba8Unorm,
            usage: wgpu::TextureUsages::RENDER_ATTACHMENT | wgpu::TextureUsages::COPY_SRC,
            view_formats: &[],
        });
        let view = texture.create_view(&wgpu::TextureViewDescriptor::default());
        {
            let mut pass = encoder
                .begin_render_pass(&wgpu::RenderPassDescriptor {
                    label: Some("export"),
                    color_attachments: &[Some(wgpu::RenderPassColorAttachment {
                        view: &view,
                        resolve_target: None,
                        ops: wgpu::Operations {
                            load: wgpu::LoadOp::Clear(wgpu::Color::TRANSPARENT),
                            store: wgpu::StoreOp::Store,
                        },
                        depth_slice: None,
                    })],
                    ..Default::default()
                })
                .forget_lifetime();
            self.renderer.render(&mut pass, primitives, &screen);
        }
        // Copy to a buffer whose rows are padded as wgpu requires.
        let unpadded = size[0] as usize * 4;
        let align = wgpu::COPY_BYTES_PER_ROW_ALIGNMENT as usize;
        let padded = unpadded.div_ceil(align) * align;
        let buffer = self.device.create_buffer(&wgpu::BufferDescriptor {
            label: Some("export readback"),
            size: (padded * size[1] as usize) as u64,
            usage: wgpu::BufferUsages::MAP_READ | wgpu::BufferUsages::COPY_DST,
            mapped_at_creation: false,
        });
        encoder.copy_texture_to_buffer(
            texture.as_image_copy(),
            wgpu::TexelCopyBufferInfo {
                buffer: &buffer,
                layout: wgpu::TexelCopyBufferLayout {
                    offset: 0,
                    bytes_per_row: Some(padded as u32),
                    rows_per_image: None,
                },
            },
            wgpu::Extent3d {
                width: size[0],
                height: size[1],
                depth_or_array_layers: 1,
            },
        );
        let index = self
            .queue
            .submit(user.into_iter().chain(std::iter::once(encoder.finish())));
        let slice = buffer.slice(..);
        let (tx, rx) = std::sync::mpsc::channel();
        slice.map_async(wgpu::MapMode::Read, move |r| drop(tx.send(r)));
        self.device
            .poll(wgpu::PollType::Wait {
                submission_index: Some(index),
                timeout: Some(WAIT),
            })
            .map_err(|e| format!("the graphics device did not finish: {e}"))?;
        rx.recv_timeout(WAIT)
            .map_err(|_| "the graphics device did not answer".to_string())?
            .map_err(|e| format!("cannot read the image back: {e}"))?;
        let data = slice
            .get_mapped_range()
            .map_err(|e| format!("cannot read the image back: {e}"))?;
        let mut pixels = Vec::with_capacity(unpadded * size[1] as usize);
        for row in data.chunks_exact(padded) {
            pixels.extend_from_slice(&row[..unpadded]);
        }
        Ok(Rgba {
            width: size[0],
            height: size[1],
            pixels,
        })
    }
}

/// One frame's input: a `width × height` point screen at `scale`.
fn raw_input(width: f32, height: f32, scale: f32) -> egui::RawInput {
    let mut input = egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(width, height),
        )),
        ..Default::default()
    };
    input
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .native_pixels_per_point = Some(scale);
    input
}

/// Lays `draw` out in a `width` point wide window (as tall as what it drew
/// when `height` is `None`) with no graphics device, and returns the shapes
/// egui paints and the height: what the vector exports write.
pub fn shapes(
    width: f32,
    height: Option<f32>,
    dark: bool,
    mut draw: impl FnMut(&mut egui::Ui),
) -> (Vec<egui::epaint::ClippedShape>, f32) {
    let ctx = egui::Context::default();
    crate::theme::apply(&ctx, dark);
    crate::theme::install_fonts(&ctx);
    let mut height = height.unwrap_or(0.0);
    let measure = height <= 0.0;
    let mut shapes = Vec::new();
    for pass in 0..4 {
        let tall = if measure && pass == 0 {
            16_384.0
        } else {
            height
        };
        let mut used = 0.0f32;
        let mut out = ctx.run_ui(raw_input(width, tall, 1.0), |ui| {
            egui::CentralPanel::default().show(ui, |ui| {
                draw(ui);
                used = ui.cursor().top();
            });
        });
        out.textures_delta.clear();
        if measure && pass == 0 {
            height = (used + 8.0).ceil();
            continue;
        }
        shapes = out.shapes;
    }
    (shapes, height)
}
