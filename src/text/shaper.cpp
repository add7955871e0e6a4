#include "text/shaper.hpp"
#include "text/hb_handles.hpp"

#include <hb.h>
#include <unicode/uchar.h>

#include <memory>

namespace gongwen::detail {

namespace {

struct BufferDeleter {
  void operator()(hb_buffer_t* b) const { hb_buffer_destroy(b); }
};
using BufferPtr = std::unique_ptr<hb_buffer_t, BufferDeleter>;

constexpr char32_t kForcedBreak = U'\u2028';

// Characters that attach to the one before and never choose a font of their own:
// combining marks, variation selectors, ZWJ, emoji modifiers.
bool extends_cluster(char32_t c) {
  if ((c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF) || c == 0x200D ||
      (c >= 0x1F3FB && c <= 0x1F3FF)) {
    return true;
  }
  int8_t t = u_charType(static_cast<UChar32>(c));
  return t == U_NON_SPACING_MARK || t == U_ENCLOSING_MARK || t == U_COMBINING_SPACING_MARK;
}

bool is_variation_selector(char32_t c) {
  return (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF);
}

bool font_has(const Font& f, std::u32string_view cluster) {
  for (char32_t c : cluster) {
    if (is_variation_selector(c) || c == 0x200D) continue;
    if (f.glyph_for(c) == 0) return false;
  }
  return true;
}

// Script of a character for itemisation; Common/Inherited take the run's script.
hb_script_t script_of(char32_t c) {
  return hb_unicode_script(hb_unicode_funcs_get_default(), static_cast<hb_codepoint_t>(c));
}

bool is_neutral(hb_script_t s) { return s == HB_SCRIPT_COMMON || s == HB_SCRIPT_INHERITED; }

struct Item {
  std::uint32_t begin, end;
  const Font* font;
  std::uint8_t style;
  hb_script_t script;
};

// One cluster per character with no font and no glyphs: a forced break, or text HarfBuzz
// could not shape for want of memory (the render then fails with GW-E-OUT-OF-MEMORY).
// Layout skips font-less clusters when it places glyphs, so neither is ever drawn.
void glyphless_clusters(const Item& item, ShapedText& out) {
  for (std::uint32_t i = item.begin; i < item.end; ++i) {
    Cluster c;
    c.begin = i;
    c.end = i + 1;
    c.glyph_begin = c.glyph_end = static_cast<std::uint32_t>(out.glyphs.size());
    c.style = item.style;
    out.clusters.push_back(c);
  }
}

void shape_item(const StyledText& in, const Item& item, hb_buffer_t* buf, ShapedText& out,
                ShapeReport& report) {
  const TextStyle& st = in.styles[item.style];
  if (item.font == nullptr) {  // forced break: a cluster with no glyphs
    glyphless_clusters(item, out);
    return;
  }
  hb_buffer_clear_contents(buf);
  hb_buffer_add_utf32(buf, reinterpret_cast<const std::uint32_t*>(in.text.data()),
                      static_cast<int>(in.text.size()), item.begin,
                      static_cast<int>(item.end - item.begin));
  hb_buffer_set_direction(buf, HB_DIRECTION_LTR);
  hb_buffer_set_script(buf, is_neutral(item.script) ? HB_SCRIPT_HAN : item.script);
  // Not a static: HarfBuzz interns the tag on first use, and an allocation failure then
  // (HB_LANGUAGE_INVALID) must not stay for the process. Without the language, Chinese
  // punctuation would silently take other forms (locl), so it is a failure too.
  const hb_language_t zh = hb_language_from_string("zh-Hans", -1);
  hb_buffer_set_language(buf, zh);
  hb_buffer_set_cluster_level(buf, HB_BUFFER_CLUSTER_LEVEL_MONOTONE_GRAPHEMES);
  if (zh != HB_LANGUAGE_INVALID) hb_shape(FontHandles::font(*item.font), buf, nullptr, 0);
  // HarfBuzz records a failed allocation in the buffer instead of returning it; its glyph
  // list is then empty or partial, so nothing of it is used.
  if (zh == HB_LANGUAGE_INVALID || !hb_buffer_allocation_successful(buf)) {
    report.out_of_memory.push_back({in.src[item.begin]});
    glyphless_clusters(item, out);
    return;
  }

  unsigned n = 0;
  const hb_glyph_info_t* info = hb_buffer_get_glyph_infos(buf, &n);
  const hb_glyph_position_t* pos = hb_buffer_get_glyph_positions(buf, nullptr);
  const int upem = item.font->units_per_em();
  auto scale = [&](hb_position_t v) { return mul_div(st.size, v, upem); };
  for (unsigned g = 0; g < n;) {
    Cluster c;
    c.begin = info[g].cluster;
    c.font = item.font;
    c.style = item.style;
    c.glyph_begin = static_cast<std::uint32_t>(out.glyphs.size());
    unsigned h = g;
    for (; h < n && info[h].cluster == info[g].cluster; ++h) {
      ShapedGlyph sg;
      sg.gid = info[h].codepoint;
      sg.advance = scale(pos[h].x_advance);
      sg.dx = scale(pos[h].x_offset);
      sg.dy = scale(pos[h].y_offset);
      c.advance += sg.advance;
      out.glyphs.push_back(sg);
    }
    c.glyph_end = static_cast<std::uint32_t>(out.glyphs.size());
    c.end = h < n ? info[h].cluster : item.end;
    out.clusters.push_back(c);
    g = h;
  }
}

}  // namespace

ShapedText shape_text(const StyledText& in, const FontProvider& fonts, ShapeReport& report) {
  BufferPtr buf(hb_buffer_create());  // never null: HarfBuzz's inert buffer on failure
  return shape_text_with(in, fonts, buf.get(), report);
}

ShapedText shape_text_with(const StyledText& in, const FontProvider& fonts, hb_buffer_t* buf,
                           ShapeReport& report) {
  ShapedText out;
  const std::u32string& t = in.text;
  out.clusters.reserve(t.size());
  out.glyphs.reserve(t.size());

  // 1. Itemise: a font per character cluster (first font of the chain that has every
  //    character; so punctuation comes from the primary font whenever it has it), then
  //    split where font, style or script changes.
  std::vector<Item> items;
  hb_script_t run_script = HB_SCRIPT_COMMON;
  for (std::uint32_t i = 0; i < t.size();) {
    std::uint32_t j = i + 1;
    while (j < t.size() && extends_cluster(t[j]) && in.style[j] == in.style[i]) ++j;
    std::u32string_view cluster(t.data() + i, j - i);
    const TextStyle& st = in.styles[in.style[i]];
    const Font* font = nullptr;
    if (t[i] != kForcedBreak) {
      const Font* primary = fonts.font(st.role, 0);
      for (std::size_t k = 0; !font; ++k) {
        const Font* candidate = fonts.font(st.role, k);
        if (!candidate) break;
        if (font_has(*candidate, cluster)) {
          font = candidate;
          if (k > 0) report.fallbacks.push_back({t[i], in.src[i], st.role, font});
        }
      }
      if (!font && primary) {
        for (char32_t c : cluster) {
          if (!is_variation_selector(c) && c != 0x200D && primary->glyph_for(c) == 0) {
            report.missing.push_back({c, in.src[i], st.role});
          }
        }
        font = primary;  // draws .notdef; the missing-glyph error stops the render
      }
    }
    hb_script_t s = script_of(t[i]);
    if (!is_neutral(s)) run_script = s;
    bool same = !items.empty() && items.back().font == font && items.back().style == in.style[i] &&
                items.back().end == i && font != nullptr &&
                (is_neutral(s) || items.back().script == s || is_neutral(items.back().script));
    if (same) {
      items.back().end = j;
      if (is_neutral(items.back().script)) items.back().script = run_script;
    } else {
      items.push_back({i, j, font, in.style[i], is_neutral(s) ? run_script : s});
    }
    i = j;
  }

  // 2. Shape each item with the whole paragraph as context.
  for (const Item& item : items) shape_item(in, item, buf, out, report);
  return out;
}

GlyphInk glyph_ink(const Font& font, std::uint32_t gid) {
  hb_glyph_extents_t ext{};
  GlyphInk ink;
  if (hb_font_get_glyph_extents(FontHandles::font(font), gid, &ext)) {
    ink.y_max = ext.y_bearing;
    ink.y_min = ext.y_bearing + ext.height;
    ink.x_min = ext.x_bearing;
    ink.x_max = ext.x_bearing + ext.width;
  }
  return ink;
}

}  // namespace gongwen::detail
