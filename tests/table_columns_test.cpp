// Column widths (gbt9704.md "Tables"), each expectation worked out by hand from the rule:
// mm as given, N* shares of what mm columns leave, automatic columns from their content
// (minimum = longest unbreakable run, preferred = whole text), spans included.
#include <gtest/gtest.h>

#include "layout/table_columns.hpp"

namespace gongwen::detail {
namespace {

TableColumn col_mm(double v) { return {TableColumn::Width::mm, v, std::nullopt, 0}; }
TableColumn col_share(double v) { return {TableColumn::Width::share, v, std::nullopt, 0}; }
TableColumn col_auto() { return {}; }
CellExtent cell(int column, int span, double min_mm, double pref_mm) {
  return {column, span, mm_f(min_mm), mm_f(pref_mm)};
}

constexpr Length kBody = mm(156);
constexpr Length kOneChar = mm(7);  // a 14 pt character (4.94 mm) and 2 × 1 mm, rounded up

TEST(TableColumns, AllMillimetreColumnsKeepTheirWidths) {
  ColumnWidths w = column_widths({col_mm(14), col_mm(30)}, 2, {}, kBody, kOneChar);
  ASSERT_EQ(w.problem, ColumnWidths::Problem::none);
  EXPECT_EQ(w.widths, (std::vector<Length>{mm(14), mm(30)}));
  EXPECT_EQ(w.total, mm(44));  // narrower than the 版心: only then may a table be
}

TEST(TableColumns, SharesSplitWhatTheMillimetreColumnsLeave) {
  // 156 − 14 = 142 mm in shares 1 : 3 → 35.5 and 106.5 mm.
  ColumnWidths w = column_widths({col_mm(14), col_share(1), col_share(3)}, 3, {}, kBody, kOneChar);
  EXPECT_EQ(w.widths, (std::vector<Length>{mm(14), mm_f(35.5), mm_f(106.5)}));
  EXPECT_EQ(w.total, kBody);
}

TEST(TableColumns, AutomaticColumnsGetTheirPreferredWidthAndShareTheRest) {
  // Preferred 20 + 60 = 80 of 160 mm: the other 80 in proportion 1 : 3 → 40 and 120 mm.
  ColumnWidths w = column_widths({}, 2, {cell(0, 1, 10, 20), cell(1, 1, 10, 60)}, mm(160), kOneChar);
  EXPECT_EQ(w.widths, (std::vector<Length>{mm(40), mm(120)}));
}

TEST(TableColumns, BetweenMinimumAndPreferredEachGetsTheSameFraction) {
  // Minimums 10 + 30 = 40 of 100 mm; the 60 mm left go in proportion to what preferred
  // adds (90 : 70): 10 + 33.75 = 43.75 and 30 + 26.25 = 56.25 mm.
  ColumnWidths w = column_widths({col_auto(), col_auto()}, 2,
                                 {cell(0, 1, 10, 100), cell(1, 1, 30, 100)}, mm(100), kOneChar);
  EXPECT_EQ(w.widths, (std::vector<Length>{mm_f(43.75), mm_f(56.25)}));
}

TEST(TableColumns, ASpanningCellWidensTheColumnsItSpans) {
  // Two columns of 10 mm minimum under a 40 mm unbreakable spanning cell: 20 + 20, and
  // preferred (the same) leaves 100 − 40 = 60 mm shared 1 : 1.
  ColumnWidths w = column_widths({}, 2, {cell(0, 1, 10, 10), cell(1, 1, 10, 10), cell(0, 2, 40, 40)},
                                 mm(100), kOneChar);
  EXPECT_EQ(w.widths, (std::vector<Length>{mm(50), mm(50)}));
}

TEST(TableColumns, AShareNeverSqueezesItsContentBelowTheMinimum) {
  // 1* : 1* of 100 mm would be 50 each, but column 0 holds a 70 mm run: 70 and 30 mm.
  ColumnWidths w = column_widths({col_share(1), col_share(1)}, 2, {cell(0, 1, 70, 70)}, mm(100),
                                 kOneChar);
  EXPECT_EQ(w.widths, (std::vector<Length>{mm(70), mm(30)}));
}

TEST(TableColumns, MillimetresPastTheTextBlockAreTooWide) {
  ColumnWidths w = column_widths({col_mm(100), col_mm(60)}, 2, {}, kBody, kOneChar);
  EXPECT_EQ(w.problem, ColumnWidths::Problem::too_wide);
  EXPECT_EQ(w.total, mm(160));
}

TEST(TableColumns, AColumnNarrowerThanOneCharacter) {
  ColumnWidths w = column_widths({col_share(1), col_mm(3)}, 2, {}, kBody, kOneChar);
  EXPECT_EQ(w.problem, ColumnWidths::Problem::narrow);
  EXPECT_EQ(w.narrow_column, 1);
}

}  // namespace
}  // namespace gongwen::detail
