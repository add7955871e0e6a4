// A table in the body or an attachment (contract v1.1, notice-xml.md "Tables"): the HTML
// table subset the OA systems map 1:1, as plain data. Produced by src/parse/table.cpp,
// read by src/layout/table_*.
#pragma once

#include <optional>
#include <vector>

#include "model/inline.hpp"

namespace gongwen::detail {

// The contract's four sizes (<table size>): 三号 16, 小三 15, 四号 14 (default), 小四 12 pt.
enum class TableSize { sanhao, xiaosan, sihao, xiaosi };

enum class CellAlign { left, center, right };

// <col width align>. A width is N mm, a share N* of what the mm columns leave, or absent
// (the content decides, as automatic table layout does).
struct TableColumn {
  enum class Width { automatic, mm, share } kind = Width::automatic;
  double value = 0;  // millimetres for mm, the share for share
  std::optional<CellAlign> align;  // absent: left (<th>: centred)
  SourceOffset at = 0;
};

struct TableCell {
  bool header = false;  // <th>, or any cell of <thead>: 黑体
  int colspan = 1, rowspan = 1;
  int column = 0;       // first grid column it covers (the parser resolves the spans)
  std::vector<Paragraph> paragraphs;  // one, or several <p>
  SourceOffset at = 0;
};

struct TableRow {
  std::vector<TableCell> cells;
  SourceOffset at = 0;
};

struct Table {
  TableSize size = TableSize::sihao;
  std::vector<Paragraph> caption;   // zero or one <caption>
  std::vector<TableColumn> columns; // from <colgroup>, else one automatic column per grid column
  std::vector<TableRow> head;       // <thead>
  std::vector<TableRow> body;       // <tbody> (or rows directly in <table>)
  int column_count = 0;             // grid columns (cells with their colspans)
  SourceOffset at = 0;
};

}  // namespace gongwen::detail
