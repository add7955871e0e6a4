// Input and output of shaping: styled paragraph text in, clusters of positioned glyphs out.
// A contract between stages (layout builds StyledText; text shapes it; linebreak, prepare,
// layout and the dumps read ShapedText), so it is plain data in model/: no HarfBuzz type.
// A Font is only named (the text stage owns it), as in page_boxes.hpp.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "common/length.hpp"
#include "model/document.hpp"
#include "model/role.hpp"

namespace gongwen::detail {

class Font;

struct TextStyle {
  Role role = Role::fangsong;
  Length size = pt(16);
  bool operator==(const TextStyle&) const = default;
};

// A paragraph's text with a style per character. U+2028 is a forced line break.
struct StyledText {
  std::u32string text;
  std::vector<SourceOffset> src;     // source offset per character
  std::vector<std::uint8_t> style;   // index into `styles` per character
  std::vector<TextStyle> styles;

  void append(std::u32string_view s, const TextStyle& st, SourceOffset at = 0);
  void append(std::u32string_view s, const std::vector<SourceOffset>& offsets,
              const TextStyle& st);

 private:
  std::uint8_t style_index(const TextStyle& st);
};

struct ShapedGlyph {
  std::uint32_t gid = 0;
  Length advance = 0;
  Length dx = 0, dy = 0;  // offset from the pen position (dy up)
};

// A cluster: the smallest unit line breaking and justification move. Its characters are
// text[begin, end), its glyphs glyphs[glyph_begin, glyph_end).
struct Cluster {
  std::uint32_t begin = 0, end = 0;
  std::uint32_t glyph_begin = 0, glyph_end = 0;
  const Font* font = nullptr;  // null for a forced break or unshaped text (no glyphs)
  std::uint8_t style = 0;
  Length advance = 0;
};

struct ShapedText {
  std::vector<Cluster> clusters;
  std::vector<ShapedGlyph> glyphs;
};

// Characters no font of the chain has, and fallbacks used, for diagnostics.
struct ShapeReport {
  struct Missing {
    char32_t cp;
    SourceOffset at;
    Role role;
  };
  struct Fallback {
    char32_t cp;
    SourceOffset at;
    Role role;
    const Font* font;
  };
  std::vector<Missing> missing;
  std::vector<Fallback> fallbacks;
  // HarfBuzz could not allocate a buffer or grow it while shaping (hb_buffer_create and
  // hb_buffer_add_utf32/hb_shape fail silently, leaving an inert buffer with no glyphs):
  // the place of the first text it could not shape. The text is then laid out without
  // glyphs and the render ends with GW-E-OUT-OF-MEMORY, never with silently missing text.
  struct OutOfMemory {
    SourceOffset at;
  };
  std::vector<OutOfMemory> out_of_memory;
};

}  // namespace gongwen::detail
