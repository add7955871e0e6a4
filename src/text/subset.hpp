// Font subsetting with hb-subset, for embedding in the PDF.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace gongwen::detail {

class Font;

struct FontProgram {
  enum class Kind { cff, truetype } kind = Kind::truetype;
  std::vector<std::uint8_t> bytes;
};

// Subsets `font` to `gids` keeping glyph ids (so the PDF's CIDs are the shaped glyph
// ids). CFF fonts give the bare 'CFF ' table (FontFile3 /CIDFontType0C), TrueType fonts
// the whole subset sfnt (FontFile2). Layout tables and hints are dropped: the PDF
// positions every glyph itself. Returns false with `error` set on failure.
bool subset_font(const Font& font, std::span<const std::uint32_t> gids, FontProgram& out,
                 std::string& error);

}  // namespace gongwen::detail
