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
  // new_gid[i] is the subset's id of gids[i] (the PDF's CIDs); ids are retained today, so
  // it equals gids[i], but callers go through it.
  std::vector<std::uint32_t> new_gid;
};

// Subsets `font` to `gids` keeping glyph ids. CFF fonts give the
// bare 'CFF ' table (FontFile3 /CIDFontType0C), TrueType fonts the whole subset sfnt
// (FontFile2). Layout tables and hints are dropped: the PDF positions every glyph itself.
// Uses the font's preprocessed face, so repeated subsetting is fast. Returns false with
// `error` set on failure.
bool subset_font(const Font& font, std::span<const std::uint32_t> gids, FontProgram& out,
                 std::string& error);

}  // namespace gongwen::detail
