#include "layout/table_layout.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "layout/flow_item.hpp"
#include "layout/paragraphs.hpp"
#include "layout/table_columns.hpp"

namespace gongwen::detail {

Length TableBlock::rows_height(int begin, int end) const {
  Length h = 0;
  for (int r = begin; r < end; ++r) h += row_height[static_cast<std::size_t>(r)];
  return h;
}

Length table_size(TableSize s) {
  switch (s) {
    case TableSize::sanhao: return pt(16);
    case TableSize::xiaosan: return pt(15);
    case TableSize::sihao: return pt(14);
    case TableSize::xiaosi: return pt(12);
  }
  return pt(14);
}

namespace {

std::vector<LaidCell> shape_cells(LayoutContext& ctx, const Table& t, Length size) {
  std::vector<LaidCell> cells;
  int row = 0;
  for (const auto* rows : {&t.head, &t.body}) {
    for (const TableRow& r : *rows) {
      for (const TableCell& c : r.cells) {
        LaidCell lc;
        lc.row = row;
        lc.column = c.column;
        lc.colspan = c.colspan;
        lc.rowspan = c.rowspan;
        lc.header = c.header;
        lc.at = c.at;
        const auto col = static_cast<std::size_t>(c.column);
        // A column's align places its data cells; <th> cells are centred (gbt9704.md).
        lc.align = CellAlign::left;
        if (c.header) {
          lc.align = CellAlign::center;
        } else if (col < t.columns.size() && t.columns[col].align) {
          lc.align = *t.columns[col].align;
        }
        lc.paragraphs = shape_cell(ctx, c, size);
        cells.push_back(std::move(lc));
      }
      ++row;
    }
  }
  return cells;
}

// Rowspans tie rows together; a group is never split across pages (it is one "row" of
// the standard's rule).
std::vector<int> row_groups(const std::vector<LaidCell>& cells, int rows, int head_rows) {
  std::vector<int> end(static_cast<std::size_t>(rows));
  for (int r = 0; r < rows; ++r) end[static_cast<std::size_t>(r)] = r + 1;
  for (const LaidCell& c : cells) {
    int& e = end[static_cast<std::size_t>(c.row)];
    e = std::max(e, std::min(c.row + c.rowspan, c.row < head_rows ? head_rows : rows));
  }
  // Close the groups: a group ends where no row inside it reaches further.
  for (int r = rows - 1; r >= 0; --r) {
    int& e = end[static_cast<std::size_t>(r)];
    for (int k = r + 1; k < e; ++k) e = std::max(e, end[static_cast<std::size_t>(k)]);
  }
  return end;
}

}  // namespace

std::optional<TableBlock> build_table(LayoutContext& ctx, const Table& t, Length available,
                                      Diagnostics& diags) {
  const Style& st = ctx.style;
  TableBlock b;
  b.at = t.at;
  b.size = table_size(t.size);
  b.line_pitch = mul_div(b.size, st.table_line_percent, 100);
  b.padding = st.table_padding;
  b.rule = st.table_rule;
  b.head_rows = static_cast<int>(t.head.size());
  const int rows = static_cast<int>(t.head.size() + t.body.size());
  b.cells = shape_cells(ctx, t, b.size);

  std::vector<CellExtent> extents;
  for (const LaidCell& c : b.cells) {
    CellExtent e;
    e.column = c.column;
    e.span = c.colspan;
    for (const CellParagraph& p : c.paragraphs) {
      e.min = std::max(e.min, p.min);
      e.pref = std::max(e.pref, p.pref);
    }
    e.min += 2 * b.padding;
    e.pref += 2 * b.padding;
    extents.push_back(e);
  }
  const Length min_column = b.size + 2 * b.padding;
  ColumnWidths w = column_widths(t.columns, t.column_count, extents, available, min_column);
  if (w.problem == ColumnWidths::Problem::too_wide) {
    diags.error(msg("GW-E-TABLE-TOO-WIDE", {{"total", to_mm(w.total)}, {"width", to_mm(available)}}),
                t.at);
    return std::nullopt;
  }
  if (w.problem == ColumnWidths::Problem::narrow) {
    const auto k = static_cast<std::size_t>(w.narrow_column);
    diags.error(msg("GW-E-TABLE-COLUMN-NARROW",
                    {{"column", w.narrow_column + 1}, {"width", to_mm(w.widths[k])},
                     {"min", to_mm(min_column)}}),
                k < t.columns.size() ? t.columns[k].at : t.at);
    return std::nullopt;
  }
  b.column_x.push_back(0);
  for (Length x : w.widths) b.column_x.push_back(b.column_x.back() + x);
  b.left = (available - b.width()) / 2;  // only an all-mm table is narrower: centred

  // Lines and heights: a row is at least one body line pitch; a cell's content plus its
  // padding sets the minimum of the rows it spans (the last of them grows).
  b.row_height.assign(static_cast<std::size_t>(rows), st.line_pitch());
  b.starting.assign(static_cast<std::size_t>(rows), {});
  for (std::size_t i = 0; i < b.cells.size(); ++i) {
    LaidCell& c = b.cells[i];
    b.starting[static_cast<std::size_t>(c.row)].push_back(i);
    const auto col = static_cast<std::size_t>(c.column);
    const Length inner = b.column_x[col + static_cast<std::size_t>(c.colspan)] - b.column_x[col] -
                         2 * b.padding;
    for (const CellParagraph& p : c.paragraphs) {
      c.lines.push_back(break_cell(p, inner));
      c.line_count += static_cast<int>(c.lines.back().size());
    }
  }
  for (const LaidCell& c : b.cells) {
    const int last = std::min(c.row + c.rowspan, rows) - 1;
    const Length need = c.line_count * b.line_pitch + 2 * b.padding;
    const Length have = b.rows_height(c.row, last + 1);
    if (need > have) b.row_height[static_cast<std::size_t>(last)] += need - have;
  }
  b.group_end = row_groups(b.cells, rows, b.head_rows);
  const Length head = b.rows_height(0, b.head_rows);
  for (int r = b.head_rows; r < rows; r = b.group_end[static_cast<std::size_t>(r)]) {
    if (head + b.rows_height(r, b.group_end[static_cast<std::size_t>(r)]) > st.body_height) {
      diags.warning(msg("GW-W-TABLE-ROW-SPLIT"),
                    b.cells.empty() ? t.at : t.body[static_cast<std::size_t>(r - b.head_rows)].at);
    }
  }

  if (!t.caption.empty()) {
    const TextStyle cs{Role::heiti, st.body_size};
    FlowItem cap = make_flow_item(ctx, "table-caption",
                                  styled_paragraph(t.caption.front(), cs, cs), 0, 0);
    // Centred on its grid line (the caption is short; a long one wraps and each line is
    // centred).
    for (Line& l : cap.lines) {
      const Length shift = (st.body_width - (l.right - l.left)) / 2 - l.left;
      for (Length& x : l.x) x += shift;
      l.left += shift;
      l.right += shift;
    }
    b.caption = std::make_shared<const FlowItem>(std::move(cap));
  }
  Length lead = head;
  if (b.head_rows < rows) lead += b.rows_height(b.head_rows, b.group_end[static_cast<std::size_t>(b.head_rows)]);
  const Length pitch = st.line_pitch();
  b.lead_lines = static_cast<int>((lead + pitch - 1) / pitch) +
                 (b.caption ? static_cast<int>(b.caption->lines.size()) : 0);
  return b;
}

}  // namespace gongwen::detail

namespace gongwen::detail {

void keep_headings_with_tables(std::vector<FlowItem>& items) {
  for (std::size_t i = 0; i + 1 < items.size(); ++i) {
    if (items[i].keep == Keep::with_next && items[i + 1].table) {
      items[i].keep_lines = items[i + 1].table->lead_lines;
    }
  }
}

std::optional<FlowItem> table_flow_item(LayoutContext& ctx, const Table& table, Length available) {
  Diagnostics none;  // a measuring context without diagnostics
  std::optional<TableBlock> block = build_table(ctx, table, available, ctx.diags ? *ctx.diags : none);
  if (!block) return std::nullopt;
  FlowItem item;
  item.what = "table";
  item.table = std::make_shared<const TableBlock>(std::move(*block));
  return item;
}

}  // namespace gongwen::detail
