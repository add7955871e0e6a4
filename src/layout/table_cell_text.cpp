#include "layout/table_cell_text.hpp"

#include <algorithm>

#include "layout/paragraphs.hpp"
#include "prepare/prepare.hpp"
#include "linebreak/break_opportunities.hpp"

namespace gongwen::detail {

namespace {

// Longest run of clusters between two break opportunities (spaces at a break excluded).
Length longest_unbreakable(const StyledText& text, const ShapedText& shaped) {
  std::vector<BreakKind> brk;
  break_opportunities(text.text, brk);
  Length longest = 0, run = 0;
  for (const Cluster& c : shaped.clusters) {
    if (c.begin < brk.size() && brk[c.begin] != BreakKind::none) run = 0;
    if (text.text[c.begin] == U' ') continue;
    run += c.advance;
    longest = std::max(longest, run);
  }
  return longest;
}

}  // namespace

std::vector<CellParagraph> shape_cell(LayoutContext& ctx, const TableCell& cell, Length size) {
  const TextStyle body{cell.header ? Role::heiti : Role::fangsong, size};
  const TextStyle strong{Role::heiti, size};
  std::vector<CellParagraph> out;
  for (const Paragraph& para : cell.paragraphs) {
    CellParagraph p;
    p.text = styled_paragraph(para, body, strong);
    p.shaped = ctx.shape(p.text);
    p.min = longest_unbreakable(p.text, p.shaped);
    p.pref = natural_width(p.shaped);
    out.push_back(std::move(p));
  }
  return out;
}

std::vector<Line> break_cell(const CellParagraph& p, Length width) {
  // Text that fits whole is one line at its own advances: what the breaker would give,
  // without running it (most cells of a 名单 are like this).
  if (p.pref <= width && !p.shaped.clusters.empty()) return {line_at(p.shaped, 0)};
  // The body's prepare step at the cell's width (禁则, 标点挤压), but ragged and on the
  // font's own advances: cells are not on the body's grid.
  PrepareOptions po;
  po.grid.pitch = 0;
  po.grid.justify = false;  // the column's alignment places each line
  po.grid.max_push_in_cells = 0;
  const IndentedLines widths(width, 0, 0);
  return break_paragraph(p.text, p.shaped, widths, po);
}

}  // namespace gongwen::detail
