// Tables in the contract (v1.1, notice-xml.md "Tables"): the model the parser fills, and
// one test per bad case the contract lists, each with its code and line:column.
#include <gtest/gtest.h>

#include "common/utf8.hpp"
#include "support/parsing.hpp"

namespace gongwen::detail {
namespace {

using namespace parse_support;

// A document whose body holds `table` from line 2 on.
std::string with_table(const std::string& table) {
  return "<gongwen><title>t</title><body>\n" + table + "\n</body></gongwen>";
}

const Table& first_table(const std::vector<Block>& blocks) {
  for (const Block& b : blocks) {
    if (b.kind == Block::Kind::table) return b.table.front();
  }
  throw std::runtime_error("no table");
}

std::string cell_text(const TableCell& c) {
  std::u32string t;
  for (const Paragraph& p : c.paragraphs) {
    for (const Span& s : p.spans) t += s.text;
  }
  return to_utf8(t);
}

TEST(TableParse, TheSampleFillsTheModel) {
  Parsed p = parse(test::read_text(test::source_path("samples/tables.xml")));
  ASSERT_TRUE(p.ok) << p.all();
  const Table& t = first_table(p.doc.body);
  EXPECT_EQ(t.size, TableSize::sihao);  // the default
  ASSERT_EQ(t.caption.size(), 1u);
  ASSERT_EQ(t.columns.size(), 4u);
  EXPECT_EQ(t.columns[0].kind, TableColumn::Width::mm);
  EXPECT_DOUBLE_EQ(t.columns[0].value, 16);
  EXPECT_EQ(t.columns[1].kind, TableColumn::Width::automatic);
  EXPECT_EQ(t.columns[2].align, CellAlign::right);
  EXPECT_EQ(t.column_count, 4);
  ASSERT_EQ(t.head.size(), 1u);
  EXPECT_TRUE(t.head[0].cells[0].header);
  ASSERT_EQ(t.body.size(), 5u);
  const TableRow& total = t.body.back();
  ASSERT_EQ(total.cells.size(), 3u);
  EXPECT_EQ(cell_text(total.cells[0]), "合计");
  EXPECT_EQ(total.cells[0].colspan, 2);
  EXPECT_EQ(total.cells[1].column, 2);  // after the two columns 合计 spans

  ASSERT_EQ(p.doc.attachments.size(), 2u);
  EXPECT_FALSE(p.doc.attachments[0].landscape);
  EXPECT_TRUE(p.doc.attachments[1].landscape);
  const Table& money = first_table(p.doc.attachments[1].blocks);
  EXPECT_EQ(money.size, TableSize::xiaosi);
  ASSERT_EQ(money.head.size(), 2u);
  // Second header row: its cells sit under 其中 (columns 3..6), the rowspans of 序号, 单位
  // and 合计 covering 0..2 and 备注 covering 7.
  ASSERT_EQ(money.head[1].cells.size(), 4u);
  EXPECT_EQ(money.head[1].cells[0].column, 3);
  EXPECT_EQ(money.head[1].cells[3].column, 6);
}

TEST(TableParse, CellWithSeveralParagraphsAndStrong) {
  Parsed p = parse(with_table(
      "<table><tr><td><p>甲</p><p><strong>乙</strong></p></td><th>丙</th></tr></table>"));
  ASSERT_TRUE(p.ok) << p.all();
  const Table& t = first_table(p.doc.body);
  ASSERT_EQ(t.body[0].cells[0].paragraphs.size(), 2u);
  EXPECT_TRUE(t.body[0].cells[0].paragraphs[1].spans[0].strong);
  EXPECT_FALSE(t.body[0].cells[0].header);
  EXPECT_TRUE(t.body[0].cells[1].header);
}

TEST(TableParse, RowThatDoesNotFillTheColumns) {
  expect_error(with_table("<table>\n<tr><td>a</td><td>b</td></tr>\n<tr><td>c</td></tr>\n</table>"),
               "GW-E-TABLE-ROW-WIDTH", 4, 1);
}

TEST(TableParse, RowThatRunsPastTheColumns) {
  expect_error(with_table("<table>\n<tr><td>a</td><td>b</td></tr>\n<tr><td colspan=\"2\">c</td>"
                          "<td>d</td></tr>\n</table>"),
               "GW-E-TABLE-ROW-WIDTH", 4, 1);
}

TEST(TableParse, RowspanPastTheEndOfItsSection) {
  expect_error(with_table("<table><tbody>\n<tr><td rowspan=\"3\">a</td><td>b</td></tr>\n"
                          "<tr><td>c</td></tr>\n</tbody></table>"),
               "GW-E-TABLE-ROWSPAN", 3, 5);
}

TEST(TableParse, RowspanFillsTheRowsBelow) {
  Parsed p = parse(with_table("<table>\n<tr><td rowspan=\"2\">a</td><td>b</td></tr>\n"
                              "<tr><td>c</td></tr>\n</table>"));
  ASSERT_TRUE(p.ok) << p.all();
  EXPECT_EQ(first_table(p.doc.body).body[1].cells[0].column, 1);
}

TEST(TableParse, WidthThatIsNeitherMmNorAShare) {
  expect_error(with_table("<table>\n<colgroup><col width=\"14pt\"/></colgroup>\n"
                          "<tr><td>a</td></tr></table>"),
               "GW-E-TABLE-WIDTH", 3, 23);
}

TEST(TableParse, NestedTable) {
  expect_error(with_table("<table>\n<tr><td><table><tr><td>x</td></tr></table></td></tr>\n</table>"),
               "GW-E-TABLE-NESTED", 3, 9);
}

TEST(TableParse, LandscapeOutsideAnAttachment) {
  expect_error(with_table("<table orientation=\"landscape\">\n<tr><td>a</td></tr></table>"),
               "GW-E-LANDSCAPE-PLACE", 2, 8);
}

TEST(TableParse, BadOrientationValue) {
  expect_error("<gongwen><title>t</title><body/>\n<attachment title=\"a\" orientation=\"sideways\">"
               "<p>x</p></attachment></gongwen>",
               "GW-E-BAD-ATTRIBUTE", 2, 36);
}

TEST(TableParse, EmptyRow) {
  expect_error(with_table("<table>\n<tr></tr>\n</table>"), "GW-E-MISSING-ELEMENT", 3, 1);
}

TEST(TableParse, BadSize) {
  expect_error(with_table("<table size=\"五号\">\n<tr><td>a</td></tr></table>"),
               "GW-E-BAD-ATTRIBUTE", 2, 14);
}

}  // namespace
}  // namespace gongwen::detail
