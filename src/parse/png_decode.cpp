// PNG → SealImage through libpng's progressive-free read API. Every colour type (gray,
// gray+alpha, palette, RGB, RGBA), bit depth 1–16, Adam7 interlacing and tRNS are
// normalised by libpng's transforms to 8-bit RGBA, then split into RGB and alpha.
//
// libpng reports errors by longjmp (it cannot return). Project rule: that jump lands in
// png_guarded() alone, and the steps it runs are C-style functions owning nothing with a
// destructor, so no C++ object is ever skipped over.
#include <png.h>

#include <fmt/format.h>

#include <algorithm>
#include <csetjmp>
#include <cstdio>
#include <cstring>

#include "parse/seal_image_decode.hpp"

namespace gongwen::detail {

namespace {

struct PngInput {
  const std::uint8_t* data = nullptr;
  std::size_t size = 0, pos = 0;
  char message[200] = {};
};

void on_png_error(png_structp png, png_const_charp msg) {
  auto* in = static_cast<PngInput*>(png_get_error_ptr(png));
  std::snprintf(in->message, sizeof in->message, "%s", msg ? msg : "unknown error");
  png_longjmp(png, 1);
}

void on_png_warning(png_structp, png_const_charp) {}  // the library never prints

void on_png_read(png_structp png, png_bytep out, png_size_t n) {
  auto* in = static_cast<PngInput*>(png_get_io_ptr(png));
  if (n > in->size - in->pos) png_error(png, "the file is truncated");
  std::memcpy(out, in->data + in->pos, n);
  in->pos += n;
}

using PngStep = void (*)(png_structp, png_infop, void*);

// The only setjmp for libpng. Returns false when libpng reported an error during `step`.
bool png_guarded(png_structp png, png_infop info, PngStep step, void* ctx) {
  if (setjmp(png_jmpbuf(png))) return false;
  step(png, info, ctx);
  return true;
}

void read_header_step(png_structp png, png_infop info, void*) { png_read_info(png, info); }

void set_transforms_step(png_structp png, png_infop info, void*) {
  png_set_expand(png);      // palette → RGB, gray < 8 bit → 8 bit, tRNS → alpha
  png_set_scale_16(png);    // 16 → 8 bit, rounded (v * 255 / 65535)
  png_set_gray_to_rgb(png);
  png_set_add_alpha(png, 0xFF, PNG_FILLER_AFTER);  // only where there is no alpha yet
  png_set_interlace_handling(png);                 // Adam7: libpng assembles the passes
  png_read_update_info(png, info);
}

void read_pixels_step(png_structp png, png_infop, void* rows) {
  png_read_image(png, static_cast<png_bytepp>(rows));
  png_read_end(png, nullptr);
}

struct PngReadStruct {
  png_structp png = nullptr;
  png_infop info = nullptr;
  ~PngReadStruct() {
    if (png) png_destroy_read_struct(&png, info ? &info : nullptr, nullptr);
  }
};

}  // namespace

bool decode_png(const std::uint8_t* data, std::size_t size, const SealImageLimits& limits,
                SealImage& out, Message& why) {
  PngInput in;
  in.data = data;
  in.size = size;
  PngReadStruct s;
  s.png = png_create_read_struct(PNG_LIBPNG_VER_STRING, &in, on_png_error, on_png_warning);
  if (s.png) s.info = png_create_info_struct(s.png);
  if (!s.png || !s.info) {
    why = msg("GW-E-SEAL-UNREADABLE", "out-of-memory");
    return false;
  }
  png_set_read_fn(s.png, &in, on_png_read);
  // A bound on ancillary chunks
  // (a compressed iCCP or zTXt could otherwise inflate without limit).
  png_set_chunk_malloc_max(s.png, 4u << 20);
  auto broken = [&] {
    why = msg("GW-E-SEAL-UNREADABLE", "broken-png", {{"detail", in.message}});
    return false;
  };
  if (!png_guarded(s.png, s.info, read_header_step, nullptr)) return broken();
  const png_uint_32 w = png_get_image_width(s.png, s.info);
  const png_uint_32 h = png_get_image_height(s.png, s.info);
  if (auto over = check_seal_dimensions(w, h, limits)) {
    why = *over;
    return false;
  }
  if (!png_guarded(s.png, s.info, set_transforms_step, nullptr)) return broken();
  const std::size_t stride = std::size_t{w} * 4;
  if (png_get_rowbytes(s.png, s.info) != stride || png_get_channels(s.png, s.info) != 4) {
    std::snprintf(in.message, sizeof in.message, "unexpected pixel layout");
    return broken();
  }
  std::vector<std::uint8_t> rgba(stride * h);
  std::vector<png_bytep> rows(h);
  for (png_uint_32 y = 0; y < h; ++y) rows[y] = rgba.data() + y * stride;
  if (!png_guarded(s.png, s.info, read_pixels_step, rows.data())) return broken();

  out.width = static_cast<int>(w);
  out.height = static_cast<int>(h);
  const std::size_t n = std::size_t{w} * h;
  out.rgb.resize(n * 3);
  out.alpha.resize(n);
  bool opaque = true;
  for (std::size_t i = 0; i < n; ++i) {
    std::memcpy(&out.rgb[i * 3], &rgba[i * 4], 3);
    out.alpha[i] = rgba[i * 4 + 3];
    opaque = opaque && out.alpha[i] == 0xFF;
  }
  if (opaque) out.alpha.clear();
  return true;
}

}  // namespace gongwen::detail
