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
  // cid[i] is the CID the PDF draws gids[i] with: for a CID-keyed CFF the CID the subset's
  // charset gives the glyph, for TrueType its id in the subset (/CIDToGIDMap /Identity), for
  // a name-keyed CFF (glyph ids kept) its original id.
  std::vector<std::uint32_t> cid;
};

// Subsets `font` to `gids`, renumbering glyphs (which saves the empty glyph slots of
// kept ids: 13 KB of seed 002's PDF) except in a name-keyed CFF. CFF fonts give the bare
// 'CFF ' table (FontFile3 /CIDFontType0C), TrueType fonts the whole subset sfnt
// (FontFile2). Layout tables and hints are dropped: the PDF positions every glyph itself.
// Uses the font's preprocessed face, so repeated subsetting is fast. Returns false with
// `error` set on failure.
bool subset_font(const Font& font, std::span<const std::uint32_t> gids, FontProgram& out,
                 std::string& error);

}  // namespace gongwen::detail
