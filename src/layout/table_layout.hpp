// A table measured and broken, ready to paginate (gbt9704.md "Tables"): column widths,
// every cell's lines, row heights (at least one body line pitch), the groups of rows that
// rowspans tie together, and the caption as a line of the body grid.
#pragma once

#include <memory>
#include <optional>
#include <vector>

#include "common/diagnostics.hpp"
#include "layout/context.hpp"
#include "layout/table_cell_text.hpp"
#include "layout/flow_item.hpp"
#include "model/table.hpp"

namespace gongwen::detail {


struct LaidCell {
  int row = 0;       // first row (head rows first, then body rows)
  int column = 0, colspan = 1, rowspan = 1;
  bool header = false;
  CellAlign align = CellAlign::left;
  std::vector<CellParagraph> paragraphs;
  std::vector<std::vector<Line>> lines;  // per paragraph
  int line_count = 0;
  SourceOffset at = 0;
};

struct TableBlock {
  Length left = 0;               // from the 版心's left edge
  std::vector<Length> column_x;  // column boundaries from the table's left; count + 1
  std::vector<Length> row_height;
  int head_rows = 0;
  std::vector<LaidCell> cells;   // in row order
  std::vector<std::vector<std::size_t>> starting;  // per row: cells whose first row it is
  std::vector<int> group_end;    // per row: one past the last row its rowspans tie to it
  Length size = 0, line_pitch = 0, padding = 0, rule = 0;
  std::shared_ptr<const FlowItem> caption;  // on the body grid line above the table
  int lead_lines = 0;  // grid lines the caption, header and first row group take together
  SourceOffset at = 0;

  Length width() const { return column_x.back(); }
  Length rows_height(int begin, int end) const;  // rows [begin, end)
};

// Point size of the contract's table sizes.
Length table_size(TableSize s);

// Measures and breaks `table` for a text block `available` wide. Returns nothing (after
// GW-E-TABLE-TOO-WIDE or GW-E-TABLE-COLUMN-NARROW) when it cannot be set.
std::optional<TableBlock> build_table(LayoutContext& ctx, const Table& table, Length available,
                                      Diagnostics& diags);

// The table as an item of the body's flow; nothing when it cannot be set (the error goes
// to ctx.diags).
std::optional<FlowItem> table_flow_item(LayoutContext& ctx, const Table& table, Length available);

// A heading followed by a table keeps the table's lead lines with it (FlowItem::keep_lines).
void keep_headings_with_tables(std::vector<FlowItem>& items);

// Paginates and draws the table on the flow (table_paginate.cpp): rows never split unless
// taller than a page, <thead> rows repeat on continuation pages, the caption never stays
// alone at a page bottom, and the flow resumes on the first grid line below the table.
void place_table(const TableBlock& table, GridFlow& flow);

}  // namespace gongwen::detail
