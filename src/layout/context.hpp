// What every layout step needs: the style, fonts, the page writer and the shaping report.
#pragma once

#include <string>
#include <vector>

#include "common/diagnostics.hpp"
#include "layout/page_writer.hpp"
#include "model/prepared_paragraph.hpp"
#include "prepare/prepare.hpp"
#include "style/style.hpp"
#include "text/font_provider.hpp"

namespace gongwen::detail {

struct LayoutContext {
  const Style& style;
  const FontProvider& fonts;
  PageWriter& writer;
  ShapeReport& report;
  // Where layout errors go (an element that does not fit); null in a dry measuring run.
  Diagnostics* diags = nullptr;
  // When set, every paragraph prepared or broken once for the layout is recorded here
  // (for `gongwen dump runs|lines`); re-breaks on a tightened page are not.
  std::vector<NamedParagraph>* record = nullptr;

  ShapedText shape(const StyledText& t) const { return shape_paragraph(t, fonts, report); }
  // Character pitch of the body grid: 版心 width / 28 (GB/T 9704 §5.2.3).
  Length pitch() const { return mul_div(style.body_width, 1, style.chars_per_line); }
  // Grid breaking on the body pitch.
  PrepareOptions grid_options() const {
    PrepareOptions po;
    po.grid.pitch = pitch();
    return po;
  }
  // §7.3.1: titles balanced at word boundaries, every line at least the style's share.
  PrepareOptions title_options() const {
    PrepareOptions po;
    po.breaking = Breaking::balanced;
    po.balance_min_ratio = style.title_min_ratio;
    return po;
  }
  PreparedParagraph prepare(const std::string& what, StyledText text,
                            const LineWidthProvider& widths, const PrepareOptions& options) const {
    PreparedParagraph p = prepare_paragraph(std::move(text), fonts, report, widths, options);
    if (record) record->push_back({what, p});
    return p;
  }
  // Breaks text shaped earlier (it was measured first), recorded like prepare().
  std::vector<Line> break_shaped(const std::string& what, const StyledText& text,
                                 const ShapedText& shaped, const LineWidthProvider& widths,
                                 const PrepareOptions& options) const {
    std::vector<Line> lines = break_paragraph(text, shaped, widths, options);
    if (record) record->push_back({what, {text, shaped, lines}});
    return lines;
  }
};

}  // namespace gongwen::detail
