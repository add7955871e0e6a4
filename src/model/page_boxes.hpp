// The contract between layout and the PDF stage: pages of positioned glyphs, rules and
// images, in page coordinates (origin top-left, y down, EMU). Plain data, no font library
// types; it lives in model/ because style (Color), layout and pdf all read it.
#pragma once

#include <cstdint>
#include <memory>
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

struct Page {
  std::vector<GlyphRun> runs;
  std::vector<Rect> rects;
  std::vector<Image> images;
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
