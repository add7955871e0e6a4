#include "support/seal_images.hpp"

#include <png.h>
#include <zlib.h>

#include <cstdio>  // jpeglib.h needs FILE first
#include <jpeglib.h>

#include <csetjmp>
#include <stdexcept>

namespace gongwen::test {

namespace {

// The pattern: channel c of pixel (x, y) as a fraction of the full scale `levels - 1`.
int sample(int x, int y, int c, int levels) { return (x * 7 + y * 13 + c * 29) % levels; }

int palette_size(const PngVariant& v) { return std::min(1 << v.bit_depth, 256); }
void palette_entry(int i, std::uint8_t rgba[4]) {
  rgba[0] = static_cast<std::uint8_t>(i * 37 % 256);
  rgba[1] = static_cast<std::uint8_t>(i * 91 % 256);
  rgba[2] = static_cast<std::uint8_t>(i * 53 % 256);
  rgba[3] = static_cast<std::uint8_t>(i * 19 % 256);  // used when tRNS is present
}

int levels_of(const PngVariant& v) { return v.bit_depth == 16 ? 256 : 1 << v.bit_depth; }
int channels_of(int color_type) {
  switch (color_type) {
    case 0: case 3: return 1;
    case 2: return 3;
    case 4: return 2;
    default: return 4;
  }
}

// The raw sample written into the file for channel c of (x, y).
unsigned raw_sample(const PngVariant& v, int x, int y, int c) {
  if (v.color_type == 3) return static_cast<unsigned>(sample(x, y, 0, palette_size(v)));
  unsigned s = static_cast<unsigned>(sample(x, y, c, levels_of(v)));
  return v.bit_depth == 16 ? s * 257 : s;
}

// The transparent colour of a tRNS chunk for types 0 and 2: the colour of pixel (1, 0).
unsigned trns_sample(const PngVariant& v, int c) { return raw_sample(v, 1, 0, c); }

void on_error(png_structp png, png_const_charp) { png_longjmp(png, 1); }
void on_warning(png_structp, png_const_charp) {}
void on_write(png_structp png, png_bytep data, png_size_t n) {
  auto* out = static_cast<std::vector<std::uint8_t>*>(png_get_io_ptr(png));
  out->insert(out->end(), data, data + n);
}
void on_flush(png_structp) {}

struct PngWrite {
  png_structp png = nullptr;
  png_infop info = nullptr;
  ~PngWrite() { png_destroy_write_struct(&png, &info); }
};

struct WriteJob {
  const PngVariant* v;
  int w, h;
  png_bytepp rows;
  png_colorp palette;
  png_bytep trans_alpha;
  png_color_16* trans_color;
};

// libpng reports errors by longjmp; the jump lands here only (nothing with a destructor
// lives in this frame).
bool write_guarded(png_structp png, png_infop info, const WriteJob* j) {
  if (setjmp(png_jmpbuf(png))) return false;
  const PngVariant& v = *j->v;
  png_set_IHDR(png, info, static_cast<png_uint_32>(j->w), static_cast<png_uint_32>(j->h),
               v.bit_depth, v.color_type, v.interlaced ? PNG_INTERLACE_ADAM7 : PNG_INTERLACE_NONE,
               PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
  if (v.color_type == 3) png_set_PLTE(png, info, j->palette, palette_size(v));
  if (v.trns) {
    png_set_tRNS(png, info, j->trans_alpha, v.color_type == 3 ? palette_size(v) : 0,
                 j->trans_color);
  }
  png_write_info(png, info);
  if (j->rows) {
    png_write_image(png, j->rows);
    png_write_end(png, info);
  }
  return true;
}

std::vector<std::uint8_t> write_png(const PngVariant& v, int w, int h, bool with_rows) {
  std::vector<std::uint8_t> out;
  PngWrite s;
  s.png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, on_error, on_warning);
  if (!s.png) throw std::runtime_error("png_create_write_struct");
  s.info = png_create_info_struct(s.png);
  if (!s.info) throw std::runtime_error("png_create_info_struct");
  png_set_write_fn(s.png, &out, on_write, on_flush);

  // Rows packed as the PNG spec says: samples MSB first, 16-bit big-endian.
  const int channels = channels_of(v.color_type);
  const std::size_t bits_per_row = std::size_t(w) * channels * v.bit_depth;
  std::vector<std::uint8_t> pixels(with_rows ? (bits_per_row + 7) / 8 * h : 0);
  std::vector<png_bytep> rows;
  if (with_rows) {
    const std::size_t stride = (bits_per_row + 7) / 8;
    for (int y = 0; y < h; ++y) {
      std::uint8_t* row = pixels.data() + y * stride;
      rows.push_back(row);
      std::size_t bit = 0;
      for (int x = 0; x < w; ++x) {
        for (int c = 0; c < channels; ++c) {
          unsigned s16 = raw_sample(v, x, y, c);
          if (v.bit_depth == 16) {
            row[bit / 8] = static_cast<std::uint8_t>(s16 >> 8);
            row[bit / 8 + 1] = static_cast<std::uint8_t>(s16 & 0xFF);
          } else {
            row[bit / 8] |= static_cast<std::uint8_t>(s16 << (8 - v.bit_depth - bit % 8));
          }
          bit += static_cast<std::size_t>(v.bit_depth);
        }
      }
    }
  }
  std::vector<png_color> palette(256);
  std::vector<png_byte> alpha(256);
  for (int i = 0; i < 256; ++i) {
    std::uint8_t e[4];
    palette_entry(i, e);
    palette[i] = png_color{e[0], e[1], e[2]};
    alpha[i] = e[3];
  }
  png_color_16 trans{};
  if (v.color_type == 0) trans.gray = static_cast<png_uint_16>(trns_sample(v, 0));
  if (v.color_type == 2) {
    trans.red = static_cast<png_uint_16>(trns_sample(v, 0));
    trans.green = static_cast<png_uint_16>(trns_sample(v, 1));
    trans.blue = static_cast<png_uint_16>(trns_sample(v, 2));
  }
  WriteJob job{&v, w, h, with_rows ? rows.data() : nullptr, palette.data(), alpha.data(), &trans};
  if (!write_guarded(s.png, s.info, &job)) throw std::runtime_error("libpng could not write");
  return out;
}

void put_be32(std::vector<std::uint8_t>& out, std::uint32_t v) {
  for (int s = 24; s >= 0; s -= 8) out.push_back(static_cast<std::uint8_t>(v >> s));
}

}  // namespace

std::string PngVariant::name() const {
  return "type" + std::to_string(color_type) + "_" + std::to_string(bit_depth) + "bit" +
         (interlaced ? "_adam7" : "") + (trns ? "_trns" : "");
}

std::vector<PngVariant> all_png_variants() {
  std::vector<PngVariant> out;
  struct Type { int type; std::vector<int> depths; bool trns; };
  const Type types[] = {{0, {1, 2, 4, 8, 16}, true},
                        {2, {8, 16}, true},
                        {3, {1, 2, 4, 8}, true},
                        {4, {8, 16}, false},
                        {6, {8, 16}, false}};
  for (bool interlaced : {false, true}) {
    for (const Type& t : types) {
      for (int d : t.depths) {
        for (bool trns : {false, true}) {
          if (trns && !t.trns) continue;
          out.push_back(PngVariant{t.type, d, interlaced, trns});
        }
      }
    }
  }
  return out;
}

std::vector<std::uint8_t> make_png(const PngVariant& v, int w, int h) {
  return write_png(v, w, h, true);
}

std::vector<std::uint8_t> expected_rgba(const PngVariant& v, int w, int h) {
  std::vector<std::uint8_t> out;
  const int levels = levels_of(v);
  auto to8 = [&](unsigned raw) {
    // §13.12: full scale maps to full scale; 16-bit samples were written as v8 · 257.
    if (v.bit_depth == 16) return static_cast<std::uint8_t>(raw / 257);
    return static_cast<std::uint8_t>(raw * 255 / static_cast<unsigned>(levels - 1));
  };
  for (int y = 0; y < h; ++y) {
    for (int x = 0; x < w; ++x) {
      std::uint8_t px[4] = {0, 0, 0, 255};
      switch (v.color_type) {
        case 0:
        case 4: {
          px[0] = px[1] = px[2] = to8(raw_sample(v, x, y, 0));
          if (v.color_type == 4) px[3] = to8(raw_sample(v, x, y, 1));
          if (v.trns && raw_sample(v, x, y, 0) == trns_sample(v, 0)) px[3] = 0;
          break;
        }
        case 2:
        case 6: {
          bool transparent = v.trns;
          for (int c = 0; c < 3; ++c) {
            px[c] = to8(raw_sample(v, x, y, c));
            transparent = transparent && raw_sample(v, x, y, c) == trns_sample(v, c);
          }
          if (v.color_type == 6) px[3] = to8(raw_sample(v, x, y, 3));
          if (transparent) px[3] = 0;
          break;
        }
        case 3: {
          std::uint8_t e[4];
          palette_entry(static_cast<int>(raw_sample(v, x, y, 0)), e);
          px[0] = e[0], px[1] = e[1], px[2] = e[2];
          if (v.trns) px[3] = e[3];
          break;
        }
      }
      out.insert(out.end(), px, px + 4);
    }
  }
  return out;
}

std::vector<std::uint8_t> make_jpeg(int w, int h, const std::vector<std::uint8_t>& colour) {
  const int n = static_cast<int>(colour.size());
  jpeg_compress_struct c{};
  jpeg_error_mgr err{};
  c.err = jpeg_std_error(&err);  // valid input in memory: libjpeg has nothing to fail on
  jpeg_create_compress(&c);
  unsigned char* buf = nullptr;
  unsigned long size = 0;
  jpeg_mem_dest(&c, &buf, &size);
  c.image_width = static_cast<JDIMENSION>(w);
  c.image_height = static_cast<JDIMENSION>(h);
  c.input_components = n;
  c.in_color_space = n == 1 ? JCS_GRAYSCALE : n == 3 ? JCS_RGB : JCS_CMYK;
  jpeg_set_defaults(&c);
  jpeg_set_quality(&c, 95, TRUE);
  jpeg_start_compress(&c, TRUE);
  std::vector<std::uint8_t> row;
  for (int x = 0; x < w; ++x) row.insert(row.end(), colour.begin(), colour.end());
  while (c.next_scanline < c.image_height) {
    JSAMPROW p = row.data();
    jpeg_write_scanlines(&c, &p, 1);
  }
  jpeg_finish_compress(&c);
  std::vector<std::uint8_t> out(buf, buf + size);
  jpeg_destroy_compress(&c);
  std::free(buf);
  return out;
}

std::vector<std::uint8_t> png_header_only(std::uint32_t w, std::uint32_t h) {
  // Signature and IHDR (PNG §5.2, §11.2.2): RGBA, 8 bit; then a 4-byte IDAT and IEND.
  std::vector<std::uint8_t> out = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  auto chunk = [&](const char* type, const std::vector<std::uint8_t>& data) {
    put_be32(out, static_cast<std::uint32_t>(data.size()));
    std::vector<std::uint8_t> body(type, type + 4);
    body.insert(body.end(), data.begin(), data.end());
    out.insert(out.end(), body.begin(), body.end());
    put_be32(out, static_cast<std::uint32_t>(crc32(0, body.data(), static_cast<uInt>(body.size()))));
  };
  std::vector<std::uint8_t> ihdr;
  put_be32(ihdr, w);
  put_be32(ihdr, h);
  ihdr.insert(ihdr.end(), {8, 6, 0, 0, 0});
  chunk("IHDR", ihdr);
  chunk("IDAT", {0x78, 0x9c, 0x03, 0x00});  // the start of a zlib stream, nowhere near enough
  chunk("IEND", {});
  return out;
}

}  // namespace gongwen::test
