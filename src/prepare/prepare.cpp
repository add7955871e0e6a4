#include "prepare/prepare.hpp"

#include "linebreak/balanced_lines.hpp"
#include "text/shaper.hpp"

namespace gongwen::detail {

ShapedText shape_paragraph(const StyledText& text, const FontProvider& fonts, ShapeReport& report) {
  return shape_text(text, fonts, report);
}

std::vector<Line> break_paragraph(const StyledText& text, const ShapedText& shaped,
                                  const LineWidthProvider& widths, const PrepareOptions& options) {
  if (options.breaking == Breaking::grid) return break_lines(text, shaped, widths, options.grid);
  // A balanced paragraph is as wide as its first line's measure allows; each line is then
  // centred in its own measure.
  BalanceOptions bo;
  bo.max_width = widths.right(0) - widths.indent(0);
  bo.min_ratio = options.balance_min_ratio;
  bo.names = options.balance_names;
  std::vector<Line> lines;
  std::uint32_t begin = 0;
  for (std::uint32_t end : balance_lines(text, shaped, bo)) {
    const int k = static_cast<int>(lines.size());
    const Length measure = widths.right(k) - widths.indent(k);
    const Length x = widths.indent(k) + (measure - natural_width(shaped, begin, end)) / 2;
    lines.push_back(line_at(shaped, begin, end, x));
    begin = end;
  }
  return lines;
}

PreparedParagraph prepare_paragraph(StyledText text, const FontProvider& fonts, ShapeReport& report,
                                    const LineWidthProvider& widths,
                                    const PrepareOptions& options) {
  PreparedParagraph p;
  p.text = std::move(text);
  p.shaped = shape_paragraph(p.text, fonts, report);
  p.lines = break_paragraph(p.text, p.shaped, widths, options);
  return p;
}

Length natural_width(const ShapedText& shaped, std::uint32_t begin, std::uint32_t end) {
  Length w = 0;
  for (std::uint32_t i = begin; i < end; ++i) w += shaped.clusters[i].advance;
  return w;
}

Line line_at(const ShapedText& shaped, std::uint32_t begin, std::uint32_t end, Length x, Length gap,
             int hscale_permille) {
  Line line;
  line.begin = begin;
  line.end = end;
  line.last = true;
  line.left = x;
  Length pen = x;
  for (std::uint32_t i = begin; i < end; ++i) {
    line.x.push_back(pen);
    pen += mul_div(shaped.clusters[i].advance, hscale_permille, 1000);
    if (i + 1 < end) pen += gap;
  }
  line.right = pen;
  return line;
}

}  // namespace gongwen::detail
