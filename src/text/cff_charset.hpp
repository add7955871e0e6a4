// The little of a bare CFF table (Adobe Technical Note #5176) the PDF needs once glyphs are
// renumbered: whether the font is CID-keyed (its Top DICT starts with ROS) and, if so, its
// charset, which maps each glyph id to the CID a PDF must draw it with. A CID-keyed CFF in
// FontFile3 /CIDFontType0C is selected by CID, never by glyph id (ISO 32000-1 §9.7.4.2):
// a subset that renumbers glyphs keeps each glyph's CID in its charset, so the content
// stream, /W and ToUnicode use those CIDs.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace gongwen::detail {

struct CffCharset {
  bool cid_keyed = false;
  std::vector<std::uint32_t> cid_of_gid;  // only for a CID-keyed font, one per glyph
};

// Reads `cff`; with `charset` also the charset (of a CID-keyed font). False when the
// table is malformed or truncated (every offset and count is checked against its size).
bool read_cff_charset(std::span<const std::uint8_t> cff, bool charset, CffCharset& out);

}  // namespace gongwen::detail
