// The prepare stage (as Typst's collect → prepare → linebreak → finalize): styled text +
// fonts + a line-width provider → a shaped, broken paragraph. Layout calls only this, never
// the shaper or the line breakers itself, so the page body, titles, the 版记 and (next)
// table cells all break text the same way at their own widths.
#pragma once

#include <cstdint>
#include <vector>

#include "linebreak/line_breaker.hpp"
#include "model/lines.hpp"
#include "model/prepared_paragraph.hpp"
#include "model/shaped_text.hpp"
#include "text/font_provider.hpp"

namespace gongwen::detail {

// How lines are chosen.
enum class Breaking {
  // Greedy with 禁则, 标点挤压 and justification on the character grid (§5.2.3).
  grid,
  // Balanced at word boundaries, each line centred between its indent and right edge
  // (titles, §7.3.1).
  balanced,
};

struct PrepareOptions {
  Breaking breaking = Breaking::grid;
  BreakOptions grid;                     // Breaking::grid
  double balance_min_ratio = 1.0 / 3.0;  // Breaking::balanced: shortest line / longest
  // Breaking::balanced: organisation names never split (the title's issuers).
  std::vector<std::u32string> balance_names;
};

// Shapes a paragraph (per-cluster font fallback through the role's chain); characters no
// font has and fallbacks used go to `report`.
ShapedText shape_paragraph(const StyledText& text, const FontProvider& fonts, ShapeReport& report);

// Breaks an already shaped paragraph into lines at `widths`.
std::vector<Line> break_paragraph(const StyledText& text, const ShapedText& shaped,
                                  const LineWidthProvider& widths, const PrepareOptions& options);

// shape_paragraph, then break_paragraph.
PreparedParagraph prepare_paragraph(StyledText text, const FontProvider& fonts, ShapeReport& report,
                                    const LineWidthProvider& widths, const PrepareOptions& options);

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
