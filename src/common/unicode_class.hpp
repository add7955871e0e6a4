// Character classes by code point that more than one stage needs: the parse stage's text
// rules (whitespace, half-width punctuation) and the line breaker's grid both ask whether a
// character is CJK text.
#pragma once

namespace gongwen::detail {

// Occupies one cell of the character grid (ideographs, kana, full-width forms, CJK
// punctuation, U+3000). Everything else takes its font's own width.
bool is_grid_char(char32_t c);

}  // namespace gongwen::detail
