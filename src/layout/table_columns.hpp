// Column widths of a table (gbt9704.md "Tables"): mm columns as given, `N*` shares split
// what the mm columns leave, columns without a width get what their content needs (the
// longest unbreakable run as the minimum, the whole text as the preferred width, spanning
// cells included), then the rest is shared out, as automatic table layout does. A pure
// function, so its arithmetic can be checked by hand.
#pragma once

#include <vector>

#include "common/length.hpp"
#include "model/table.hpp"

namespace gongwen::detail {

// A cell's content widths, padding included, over grid columns [column, column + span).
struct CellExtent {
  int column = 0, span = 1;
  Length min = 0, pref = 0;
};

struct ColumnWidths {
  enum class Problem { none, too_wide, narrow } problem = Problem::none;
  int narrow_column = -1;      // Problem::narrow: the first column below `min_column`
  std::vector<Length> widths;  // one per grid column
  Length total = 0;            // their sum: `available`, unless every column is mm
};

// `columns` may be shorter than `count` (missing ones are automatic). `min_column` is one
// character at the table's size plus both paddings.
ColumnWidths column_widths(const std::vector<TableColumn>& columns, int count,
                           const std::vector<CellExtent>& cells, Length available,
                           Length min_column);

}  // namespace gongwen::detail
