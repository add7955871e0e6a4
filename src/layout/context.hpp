// What every layout step needs: the style, fonts, the page writer and the shaping report.
#pragma once

#include "common/diagnostics.hpp"
#include "layout/page_writer.hpp"
#include "linebreak/line_breaker.hpp"
#include "style/style.hpp"
#include "text/font_provider.hpp"
#include "text/shaper.hpp"

namespace gongwen::detail {

struct LayoutContext {
  const Style& style;
  const FontProvider& fonts;
  PageWriter& writer;
  ShapeReport& report;
  // Where layout errors go (an element that does not fit); null in a dry measuring run.
  Diagnostics* diags = nullptr;

  ShapedText shape(const StyledText& t) const { return shape_text(t, fonts, report); }
  // Character pitch of the body grid: 版心 width / 28 (GB/T 9704 §5.2.3).
  Length pitch() const { return mul_div(style.body_width, 1, style.chars_per_line); }
  BreakOptions grid_options() const {
    BreakOptions bo;
    bo.pitch = pitch();
    return bo;
  }
};

// Width of clusters [begin, end) at their own advances.
Length natural_width(const ShapedText& shaped, std::uint32_t begin, std::uint32_t end);
inline Length natural_width(const ShapedText& shaped) {
  return natural_width(shaped, 0, static_cast<std::uint32_t>(shaped.clusters.size()));
}
// A one-off line: clusters [begin, end) from x at their advances scaled by hscale, with
// `gap` added between clusters (for 分散对齐).
Line line_at(const ShapedText& shaped, std::uint32_t begin, std::uint32_t end, Length x,
             Length gap = 0, int hscale_permille = 1000);
inline Line line_at(const ShapedText& shaped, Length x, Length gap = 0, int hscale = 1000) {
  return line_at(shaped, 0, static_cast<std::uint32_t>(shaped.clusters.size()), x, gap, hscale);
}

}  // namespace gongwen::detail
