// The PDF stage's entry point: pages of positioned glyphs, rules and images → PDF bytes.
// libharu owns the document, pages, graphics, images, compression and writing; text is
// written as glyph ids of our own embedded CID fonts (see cid_font.hpp).
#pragma once

#include <cstdint>
#include <vector>

#include "common/diagnostics.hpp"
#include "model/page_boxes.hpp"

namespace gongwen::detail {

class FontProgramCache;

// `cache` (may be null): finished font programs shared across renders (font_program_cache.hpp).
bool write_pdf(const PageSet& pages, std::vector<std::uint8_t>& out, Diagnostics& diags,
               FontProgramCache* cache = nullptr);

}  // namespace gongwen::detail
