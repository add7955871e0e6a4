#include "layout/page_number.hpp"

#include <string>

#include "text/font.hpp"
#include "prepare/prepare.hpp"
#include "text/shaper.hpp"  // glyph_ink

namespace gongwen::detail {

void place_page_number(const Style& style, const FontProvider& fonts, PageWriter& writer,
                       int page, int number, ShapeReport& report) {
  const TextStyle ts{Role::songti, style.page_number_size};
  StyledText text;
  std::u32string s = U"\u2014 ";
  for (char ch : std::to_string(number)) s += static_cast<char32_t>(ch);
  s += U" \u2014";
  text.append(s, ts, 0);
  ShapedText shaped = shape_paragraph(text, fonts, report);
  if (shaped.clusters.empty() || shaped.clusters.front().font == nullptr) return;

  Line line;
  line.begin = 0;
  line.end = static_cast<std::uint32_t>(shaped.clusters.size());
  line.last = true;
  Length width = 0;
  for (const Cluster& c : shaped.clusters) width += c.advance;
  const Length inset = style.page_number_inset_chars * style.page_number_size;
  // Odd pages sit at the outer (right) edge, even pages at the outer (left) edge.
  Length pen = (number % 2 == 1) ? style.body_width - inset - width : inset;
  line.left = pen;
  for (const Cluster& c : shaped.clusters) {
    line.x.push_back(pen);
    pen += c.advance;
  }
  line.right = pen;

  // Put the dash's ink centre on the target line: the baseline sits that far below it.
  const Cluster& dash = shaped.clusters.front();
  const Font& font = *dash.font;
  GlyphInk ink = glyph_ink(font, shaped.glyphs[dash.glyph_begin].gid);
  const Length centre_above_baseline =
      mul_div(ts.size, (ink.y_max + ink.y_min), 2 * font.units_per_em());
  const Length target = style.top + style.body_height + style.page_number_dash_below;
  const Length baseline = target + centre_above_baseline;
  // PageWriter centres the em box in the line box; choose the box so the baseline lands
  // where computed: baseline = top + (h − size)/2 + size × asc/em, with h = size.
  const Length top = baseline - mul_div(ts.size, font.em_ascender(), font.units_per_em());
  writer.emit(page, "page-number", text, shaped, line, style.left, top, ts.size, style.text);
}

}  // namespace gongwen::detail
