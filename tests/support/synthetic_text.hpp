// Builds shaped text without a font: one cluster per character, a full em for grid
// (CJK) characters and half an em for the rest, as Fandol's metrics are. Lets the
// line-breaking tests run with exact, known widths.
#pragma once

#include <string>

#include "linebreak/char_class.hpp"
#include "model/shaped_text.hpp"

namespace gongwen::test {

struct SyntheticText {
  detail::StyledText text;
  detail::ShapedText shaped;
};

inline SyntheticText synthetic(const std::u32string& s, detail::Length em = detail::pt(16)) {
  SyntheticText t;
  t.text.append(s, detail::TextStyle{detail::Role::fangsong, em}, 0);
  for (std::uint32_t i = 0; i < s.size(); ++i) {
    detail::Cluster c;
    c.begin = i;
    c.end = i + 1;
    c.glyph_begin = static_cast<std::uint32_t>(t.shaped.glyphs.size());
    bool full = detail::is_grid_char(s[i]);
    detail::ShapedGlyph g;
    g.gid = static_cast<std::uint32_t>(s[i]);
    g.advance = s[i] == U'\u2028' ? 0 : full ? em : em / 2;
    t.shaped.glyphs.push_back(g);
    c.glyph_end = c.glyph_begin + 1;
    c.advance = g.advance;
    c.font = reinterpret_cast<const detail::Font*>(1);  // never dereferenced by linebreak
    t.shaped.clusters.push_back(c);
  }
  return t;
}

}  // namespace gongwen::test
