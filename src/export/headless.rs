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

    /// Runs `draw` in a `width × height` point window at `scale` pixels per
    /// point, for a few passes so layout settles, and renders the last one.
    pub fn render(
        &mut self,
        width: f32,
        height: f32,
        scale: f32,
        dark: bool,
        mut draw: impl FnMut(&mut egui::Ui),
    ) -> Result<Rgba, String> {
        let ctx = egui::Context::default();
        crate::theme::apply(&ctx, dark);
        crate::theme::install_fonts(&ctx);
        let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(width, height));
        let mut output = None;
        for _ in 0..3 {
            let mut input = egui::RawInput {
                screen_rect: Some(screen),
                ..Default::default()
            };
            input
                .viewports
                .entry(egui::ViewportId::ROOT)
                .or_default()
                .native_pixels_per_point = Some(scale);
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
