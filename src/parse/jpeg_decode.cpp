// JPEG → SealImage through libjpeg-turbo (offices' scanners produce JPEG): gray, YCbCr
// and RGB files are converted to 8-bit RGB by the library; a JPEG has no alpha.
//
// libjpeg's error_exit must not return, so ours longjmps — only into jpeg_guarded(),
// whose steps are C-style functions owning nothing with a destructor (project rule). Its
// warnings ("Premature end of JPEG file", "Corrupt JPEG data") are errors for a seal: a
// half-grey stamp must not reach print.
#include <cstdio>  // jpeglib.h needs FILE and size_t first

#include <jpeglib.h>

#include <fmt/format.h>

#include <csetjmp>
#include <cstring>

#include "parse/seal_image_decode.hpp"

namespace gongwen::detail {

namespace {

// [gongwen] a progressive JPEG with thousands of tiny scans decodes the image again for
// each; real scanners write ≤ 10.
constexpr int kMaxScans = 200;
// [gongwen] libjpeg's working memory for one seal (a 4000×4000 progressive file needs
// ≈ 100 MB of coefficients).
constexpr long kMaxDecoderMemory = 256L << 20;

struct JpegError {
  jpeg_error_mgr mgr;  // first: libjpeg hands back a pointer to it
  std::jmp_buf jump;
  char message[JMSG_LENGTH_MAX];
};

JpegError* error_of(j_common_ptr c) { return reinterpret_cast<JpegError*>(c->err); }

void on_jpeg_error(j_common_ptr c) {
  JpegError* e = error_of(c);
  (*c->err->format_message)(c, e->message);
  std::longjmp(e->jump, 1);
}

void on_jpeg_message(j_common_ptr c, int level) {
  if (level < 0) on_jpeg_error(c);  // a warning: corrupt data
}

void on_jpeg_output(j_common_ptr) {}  // the library never prints

void on_jpeg_progress(j_common_ptr c) {
  auto* d = reinterpret_cast<j_decompress_ptr>(c);
  if (d->input_scan_number > kMaxScans) {
    JpegError* e = error_of(c);
    std::snprintf(e->message, sizeof e->message, "more than %d scans", kMaxScans);
    std::longjmp(e->jump, 1);
  }
}

using JpegStep = void (*)(j_decompress_ptr, void*);

// The only setjmp for libjpeg. Returns false when libjpeg reported an error in `step`.
bool jpeg_guarded(j_decompress_ptr cinfo, JpegError* err, JpegStep step, void* ctx) {
  if (setjmp(err->jump)) return false;
  step(cinfo, ctx);
  return true;
}

struct JpegInput {
  const std::uint8_t* data;
  std::size_t size;
};

void create_step(j_decompress_ptr cinfo, void*) { jpeg_create_decompress(cinfo); }

void read_header_step(j_decompress_ptr cinfo, void* ctx) {
  auto* in = static_cast<JpegInput*>(ctx);
  jpeg_mem_src(cinfo, in->data, static_cast<unsigned long>(in->size));
  jpeg_read_header(cinfo, TRUE);
}

void start_step(j_decompress_ptr cinfo, void*) {
  cinfo->out_color_space = JCS_RGB;
  cinfo->mem->max_memory_to_use = kMaxDecoderMemory;
  jpeg_start_decompress(cinfo);
}

void read_pixels_step(j_decompress_ptr cinfo, void* rgb) {
  auto* base = static_cast<JSAMPLE*>(rgb);
  const std::size_t stride = std::size_t{cinfo->output_width} * 3;
  while (cinfo->output_scanline < cinfo->output_height) {
    JSAMPROW row = base + cinfo->output_scanline * stride;
    if (jpeg_read_scanlines(cinfo, &row, 1) != 1) {
      // Cannot happen with a memory source (it never suspends); never loop forever.
      JpegError* e = error_of(reinterpret_cast<j_common_ptr>(cinfo));
      std::snprintf(e->message, sizeof e->message, "the decoder stalled");
      std::longjmp(e->jump, 1);
    }
  }
  jpeg_finish_decompress(cinfo);
}

struct JpegDecompress {
  jpeg_decompress_struct cinfo{};  // zeroed: destroy is safe even if create failed
  JpegError err{};
  jpeg_progress_mgr progress{};
  ~JpegDecompress() { jpeg_destroy_decompress(&cinfo); }
};

}  // namespace

bool decode_jpeg(const std::uint8_t* data, std::size_t size, const SealImageLimits& limits,
                 SealImage& out, Message& why) {
  JpegDecompress d;
  d.cinfo.err = jpeg_std_error(&d.err.mgr);
  d.err.mgr.error_exit = on_jpeg_error;
  d.err.mgr.emit_message = on_jpeg_message;
  d.err.mgr.output_message = on_jpeg_output;
  auto broken = [&] {
    why = msg("GW-E-SEAL-UNREADABLE", "broken-jpeg", {{"detail", d.err.message}});
    return false;
  };
  if (!jpeg_guarded(&d.cinfo, &d.err, create_step, nullptr)) return broken();
  d.progress.progress_monitor = on_jpeg_progress;
  d.cinfo.progress = &d.progress;
  JpegInput in{data, size};
  if (!jpeg_guarded(&d.cinfo, &d.err, read_header_step, &in)) return broken();
  if (auto over = check_seal_dimensions(d.cinfo.image_width, d.cinfo.image_height, limits)) {
    why = *over;
    return false;
  }
  if (d.cinfo.jpeg_color_space == JCS_CMYK || d.cinfo.jpeg_color_space == JCS_YCCK) {
    // libjpeg-turbo converts gray and YCbCr to RGB, not CMYK (which needs a profile).
    why = msg("GW-E-SEAL-UNREADABLE", "cmyk");
    return false;
  }
  if (!jpeg_guarded(&d.cinfo, &d.err, start_step, nullptr)) return broken();
  if (d.cinfo.output_components != 3 || d.cinfo.output_width != d.cinfo.image_width ||
      d.cinfo.output_height != d.cinfo.image_height) {
    std::snprintf(d.err.message, sizeof d.err.message, "unexpected pixel layout");
    return broken();
  }
  std::vector<std::uint8_t> rgb(std::size_t{d.cinfo.output_width} * d.cinfo.output_height * 3);
  if (!jpeg_guarded(&d.cinfo, &d.err, read_pixels_step, rgb.data())) return broken();
  out.width = static_cast<int>(d.cinfo.output_width);
  out.height = static_cast<int>(d.cinfo.output_height);
  out.rgb = std::move(rgb);
  out.alpha.clear();
  return true;
}

}  // namespace gongwen::detail
