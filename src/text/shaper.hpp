// The text stage's entry point: itemise a styled paragraph by font (per character
// cluster, through the role's fallback chain) and script, and shape each run with HarfBuzz.
#pragma once

#include "text/font_provider.hpp"
#include "model/shaped_text.hpp"

struct hb_buffer_t;

namespace gongwen::detail {

ShapedText shape_text(const StyledText& text, const FontProvider& fonts, ShapeReport& report);

// The same with the caller's HarfBuzz buffer. shape_text passes a fresh hb_buffer_create();
// tests pass hb_buffer_get_empty(), the inert buffer HarfBuzz returns when it cannot
// allocate, to reach the out-of-memory path.
ShapedText shape_text_with(const StyledText& text, const FontProvider& fonts, hb_buffer_t* buffer,
                           ShapeReport& report);

// Ink extents of a glyph in font units (for placing marks such as the page-number dash,
// and for layout's last check that no ink leaves the paper).
struct GlyphInk {
  int y_max = 0, y_min = 0;  // above/below the baseline, y up
  int x_min = 0, x_max = 0;  // from the pen position, x right
};
GlyphInk glyph_ink(const Font& font, std::uint32_t gid);

}  // namespace gongwen::detail
