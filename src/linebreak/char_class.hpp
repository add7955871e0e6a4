// Chinese line-breaking classes (GB/T 15834, W3C clreq), by code point.
#pragma once

#include "common/unicode_class.hpp"  // is_grid_char, shared with the parse stage's text rules

namespace gongwen::detail {

// Where a full-width punctuation mark's ink sits in its em box, which decides the half
// that can be compressed away (标点挤压). Mainland (GB) glyphs: 。，、；：and closing
// marks sit left, opening marks sit right.
enum class PunctInk { none, left, right };

// GB/T 15834 / clreq: may not start a line (点号 and closing marks, also … — ·).
bool no_line_start(char32_t c);
// May not end a line (opening marks).
bool no_line_end(char32_t c);
// —— and …… are one mark each and never split.
bool unsplittable_pair(char32_t a, char32_t b);
PunctInk punct_ink(char32_t c);

}  // namespace gongwen::detail
