// Seal images written by the tests themselves with libpng and libjpeg, so every PNG
// variant of the PNG specification (colour type × bit depth × interlace × tRNS) is
// covered without committing binary fixtures, and the expected pixels come from the PNG
// spec's sample scaling, not from our decoder.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace gongwen::test {

struct PngVariant {
  int color_type = 0;  // 0 gray, 2 RGB, 3 palette, 4 gray+alpha, 6 RGBA (PNG §11.2.2)
  int bit_depth = 8;
  bool interlaced = false;  // Adam7
  bool trns = false;        // a tRNS chunk (types 0, 2, 3 only)
  std::string name() const;
};

// The 52 valid variants: type 0 {1,2,4,8,16} and 3 {1,2,4,8} with and without tRNS,
// type 2 {8,16} with and without tRNS, types 4 and 6 {8,16}; each plain and Adam7.
std::vector<PngVariant> all_png_variants();

// A 64×64 (or w×h) PNG of `v` with a fixed pattern (see expected_rgba).
std::vector<std::uint8_t> make_png(const PngVariant& v, int w = 64, int h = 64);

// What a decoder normalising to 8-bit RGBA must produce for make_png(v, w, h): samples
// scaled per PNG §13.12 (v · 255 / (2^d − 1); 16-bit written as v8 · 257), palette
// entries looked up, tRNS matches transparent, everything else opaque.
std::vector<std::uint8_t> expected_rgba(const PngVariant& v, int w = 64, int h = 64);

// A baseline JPEG of one flat colour, quality 95: `colour` has 1 (gray), 3 (RGB) or 4
// (CMYK) components.
std::vector<std::uint8_t> make_jpeg(int w, int h, const std::vector<std::uint8_t>& colour);

// A PNG whose IHDR claims w×h but that holds 4 bytes of image data (a "dimension bomb").
std::vector<std::uint8_t> png_header_only(std::uint32_t w, std::uint32_t h);

}  // namespace gongwen::test
