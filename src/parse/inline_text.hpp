// Text inside elements, as the contract wants it: ASCII whitespace collapsed (gone between
// CJK characters, one space between Latin/digit runs), U+3000 kept, half-width , . : ; ! ?
// ( ) between CJK characters turned full-width.
#pragma once

#include <vector>

#include "model/document.hpp"

namespace gongwen::detail {

// Collapses whitespace across all spans of a paragraph (span boundaries, e.g. <strong>,
// do not matter) and drops spans that end up empty.
void collapse_whitespace(Paragraph& p);

// Converts half-width punctuation between CJK characters; returns the source offsets of
// the converted marks.
std::vector<SourceOffset> convert_halfwidth_punctuation(Paragraph& p);

}  // namespace gongwen::detail
