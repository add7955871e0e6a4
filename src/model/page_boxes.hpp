// The contract between layout and the PDF stage: pages of positioned glyphs, rules and
// images, in page coordinates (origin top-left, y down, EMU). Plain data, no font library
// types; it lives in model/ because style (Color), layout and pdf all read it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "common/length.hpp"
#include "model/seal_image.hpp"

namespace gongwen::detail {

class Font;

struct Color {
  enum class Space { gray, rgb, cmyk } space = Space::gray;
  double c[4] = {0, 0, 0, 0};  // gray: c[0] (0 = black); rgb: 0..1; cmyk: 0..1
  static Color black() { return {}; }
  bool operator==(const Color&) const = default;
};

struct PlacedGlyph {
  std::uint32_t gid = 0;
  Length x = 0;          // left edge of the glyph's advance box
  std::u32string text;   // the characters this glyph stands for (empty for the 2nd.. glyph of a cluster)
  bool half = false;     // a mark compressed to half an em (标点挤压): drawn with a half advance
};

// Glyphs of one font, size and colour on one baseline.
struct GlyphRun {
  const Font* font = nullptr;
  Length size = 0;       // em size
  Length baseline = 0;   // y of the baseline
  Color color;
  int hscale_permille = 1000;  // horizontal scaling (condensed masthead), 1000 = none
  std::vector<PlacedGlyph> glyphs;
};

// A filled rectangle (rules are drawn as these so their thickness is exact).
struct Rect {
  Length x = 0, y = 0, w = 0, h = 0;  // y = top edge
  Color color;
};

struct Image {
  std::shared_ptr<const SealImage> pixels;  // decoded at parse time (src/parse/seal_file)
  Length x = 0, y = 0, w = 0, h = 0;
  bool multiply = true;  // blend so text under a seal stays legible
};

// 横排 (GB/T 9704 §8): a page's first `runs` runs and `rects` rects were laid out on a
// landscape frame (y down, like the page) and are turned a quarter counter-clockwise onto
// the portrait sheet: frame point (X, Y) lands at sheet (origin_x + Y, origin_y − X). What
// follows them (the page number) stays upright. The PDF page itself stays portrait.
struct QuarterTurn {
  Length origin_x = 0, origin_y = 0;
  std::size_t runs = 0, rects = 0;

  // Where the frame's box [x0, x1) × [y0, y1) lands on the sheet.
  void to_sheet(Length& x0, Length& y0, Length& x1, Length& y1) const {
    const Length sx0 = origin_x + y0, sx1 = origin_x + y1;
    const Length sy0 = origin_y - x1, sy1 = origin_y - x0;
    x0 = sx0;
    x1 = sx1;
    y0 = sy0;
    y1 = sy1;
  }
};

struct Page {
  std::vector<GlyphRun> runs;
  std::vector<Rect> rects;
  std::vector<Image> images;
  std::optional<QuarterTurn> turn;
};

struct Metadata {
  std::string title, author, subject, keywords, creator;
};

struct PageSet {
  Length width = 0, height = 0;
  std::vector<Page> pages;
  Metadata meta;
};

}  // namespace gongwen::detail
