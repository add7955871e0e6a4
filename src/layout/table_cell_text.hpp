// The one place table cells are shaped and broken (so it can switch to the shared
// "prepare" step when that lands): like the body (禁则, per-cluster fallback, half-width
// digits) but ragged, at the font's own advances, not on the 28-character grid.
#pragma once

#include <vector>

#include "layout/context.hpp"
#include "model/table.hpp"

namespace gongwen::detail {

struct CellParagraph {
  StyledText text;
  ShapedText shaped;
  Length min = 0;   // the longest run no line may break inside
  Length pref = 0;  // the whole paragraph on one line
};

// Shapes a cell's paragraphs: 仿宋 at `size`, 黑体 for header cells and <strong>.
std::vector<CellParagraph> shape_cell(LayoutContext& ctx, const TableCell& cell, Length size);

// Breaks one paragraph into ragged lines at most `width` wide (x from the text's left).
std::vector<Line> break_cell(const CellParagraph& p, Length width);

}  // namespace gongwen::detail
