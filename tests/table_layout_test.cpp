// Tables read back from the PDF (poppler for text, qpdf for rules) and compared with the
// rules of gbt9704.md "Tables": cells inside their boxes, rules forming the grid, the
// header on every page, right-aligned numbers on one edge, the text after a table on the
// grid; and the bad tables layout reports.
#include <gtest/gtest.h>

#include <cmath>
#include <optional>

#include "support/lines.hpp"
#include "support/render.hpp"

namespace gongwen {
namespace {

using namespace test;

// samples/tables.xml's body table: columns 16 mm, automatic, 34 mm, 30 mm; the automatic
// one takes the rest of the 156 mm 版心 (156 − 80 = 76 mm).
constexpr double kCols[] = {28.0, 44.0, 120.0, 154.0, 184.0};
constexpr double kPad = 1.0;     // cell padding
constexpr double kRule = 0.5 * spec::kPt;  // 0.5 pt
constexpr double kTight = 0.2;   // the tolerance for one right edge

struct Found {
  double left = 0, right = 0, top = 0, bottom = 0;
};

// Where `text` was printed on `page` (its glyphs within one read-back line), in the first
// line whose top lies in [from, to) mm.
std::optional<Found> find_text(const PdfPage& page, const std::u32string& text, double from = 0,
                               double to = 1e9) {
  for (const PdfLine& l : page.lines) {
    const std::u32string t = l.text();
    const auto at = t.find(text);
    if (at == std::u32string::npos || l.glyphs.size() != t.size()) continue;
    if (l.top() < from || l.top() >= to) continue;
    const PdfGlyph& a = l.glyphs[at];
    const PdfGlyph& b = l.glyphs[at + text.size() - 1];
    return Found{a.x, b.right(), a.y, a.bottom()};
  }
  return std::nullopt;
}

const Rendered& sample() {
  static const Rendered r = render_sample("tables.xml");
  return r;
}

// Top of the body table: the grid line after its caption's.
double table_top() {
  const PdfLine& caption = line_with(sample().pages.at(0), U"2023年度教育专项资金分配汇总表");
  const double box_top = caption.top() - (P - spec::kBody) / 2;
  return box_top + P;
}

bool horizontal(const PdfRect& r) { return r.h < 0.3 && r.w > 1; }
bool vertical(const PdfRect& r) { return r.w < 0.3 && r.h > 1; }

TEST(TableLayout, EveryCellsTextIsInsideItsCell) {
  ASSERT_TRUE(sample().result.ok);
  const double top = table_top();
  // Page 1: header row and two body rows (row k spans top + k·P … top + (k+1)·P).
  struct Expect {
    std::u32string text;
    int page, row, column, span;
  };
  // Every cell of the table (samples/tables.xml), with its row on its page.
  const Expect cells[] = {
      {U"序号", 0, 0, 0, 1},     {U"项目类别", 0, 0, 1, 1},         {U"金额（万元）", 0, 0, 2, 1},
      {U"占比（%）", 0, 0, 3, 1}, {U"1", 0, 1, 0, 1},                {U"校舍维修改造", 0, 1, 1, 1},
      {U"1,250.00", 0, 1, 2, 1}, {U"41.7", 0, 1, 3, 1},             {U"2", 0, 2, 0, 1},
      {U"教学仪器设备购置", 0, 2, 1, 1}, {U"860.50", 0, 2, 2, 1},   {U"28.7", 0, 2, 3, 1},
      {U"序号", 1, 0, 0, 1},     {U"项目类别", 1, 0, 1, 1},         {U"金额（万元）", 1, 0, 2, 1},
      {U"占比（%）", 1, 0, 3, 1}, {U"3", 1, 1, 0, 1},                {U"教师培训", 1, 1, 1, 1},
      {U"312.00", 1, 1, 2, 1},   {U"10.4", 1, 1, 3, 1},             {U"4", 1, 2, 0, 1},
      {U"学生资助", 1, 2, 1, 1}, {U"577.50", 1, 2, 2, 1},           {U"19.2", 1, 2, 3, 1},
      {U"合计", 1, 3, 0, 2},     {U"3,000.00", 1, 3, 2, 1},         {U"100.0", 1, 3, 3, 1},
  };
  for (const Expect& e : cells) {
    const PdfPage& page = sample().pages.at(static_cast<std::size_t>(e.page));
    // Page 2 continues at the 版心 top with the header repeated as row 0.
    const double row_top = (e.page == 0 ? top : spec::kTop) + e.row * P;
    std::optional<Found> f = find_text(page, e.text, row_top, row_top + P);
    ASSERT_TRUE(f) << detail::to_utf8(e.text);
    EXPECT_GE(f->left, kCols[e.column] + kPad - 0.05) << detail::to_utf8(e.text);
    EXPECT_LE(f->right, kCols[e.column + e.span] - kPad + 0.05) << detail::to_utf8(e.text);
    EXPECT_GE(f->top, row_top) << detail::to_utf8(e.text);
    EXPECT_LE(f->bottom, row_top + P) << detail::to_utf8(e.text);
    // Centred vertically: as much room above the em box as below.
    EXPECT_NEAR(f->top - row_top, row_top + P - f->bottom, 0.1) << detail::to_utf8(e.text);
  }
}

TEST(TableLayout, RulesFormTheGrid) {
  ASSERT_TRUE(sample().result.ok);
  // Page 2 holds the repeated header and rows 3, 4 and 合计 (which spans columns 0–1):
  // five full-width horizontal rules on grid lines 0..4, and vertical rules at every
  // column boundary of every row but the one 合计 spans.
  const PdfGraphics& g = sample().graphics.at(1);
  std::vector<PdfRect> across, down;
  for (const PdfRect& r : g.rects) {
    if (horizontal(r)) across.push_back(r);
    if (vertical(r)) down.push_back(r);
  }
  ASSERT_EQ(across.size(), 5u);
  for (std::size_t k = 0; k < across.size(); ++k) {
    EXPECT_NEAR(across[k].h, kRule, 0.01);
    EXPECT_NEAR(across[k].y + across[k].h / 2, spec::kTop + static_cast<double>(k) * P, 0.05) << k;
    EXPECT_NEAR(across[k].x, kCols[0] - kRule / 2, 0.05);
    EXPECT_NEAR(across[k].w, 156 + kRule, 0.05);
  }
  // For each row band, the x of the vertical rules crossing its middle.
  for (int row = 0; row < 4; ++row) {
    const double mid = spec::kTop + (row + 0.5) * P;
    std::vector<double> xs;
    for (const PdfRect& r : down) {
      if (r.y < mid && r.y + r.h > mid) xs.push_back(r.x + r.w / 2);
    }
    std::sort(xs.begin(), xs.end());
    std::vector<double> want(std::begin(kCols), std::end(kCols));
    if (row == 3) want.erase(want.begin() + 1);  // 合计 spans the first two columns
    ASSERT_EQ(xs.size(), want.size()) << "row " << row;
    for (std::size_t i = 0; i < xs.size(); ++i) EXPECT_NEAR(xs[i], want[i], 0.05) << row;
  }
}

TEST(TableLayout, RightAlignedColumnSharesOneRightEdge) {
  ASSERT_TRUE(sample().result.ok);
  const double edge = kCols[3] - kPad;  // the 金额 column's right rule less the padding
  for (auto [page, text] : {std::pair{0, U"1,250.00"}, {0, U"860.50"}, {1, U"312.00"},
                            {1, U"577.50"}, {1, U"3,000.00"}}) {
    std::optional<Found> f = find_text(sample().pages.at(static_cast<std::size_t>(page)), text);
    ASSERT_TRUE(f);
    EXPECT_NEAR(f->right, edge, kTight) << detail::to_utf8(text);
  }
}

TEST(TableLayout, ParagraphAfterATableIsOnTheGrid) {
  ASSERT_TRUE(sample().result.ok);
  const PdfLine& after = line_with(sample().pages.at(1), U"资金分配明细见附件2");
  const double k = (after.top() - spec::body_em_top(0)) / P;
  EXPECT_NEAR(k, std::round(k), 0.01);
  // The next free grid line below the table's bottom rule (page 2: header + 3 rows).
  EXPECT_NEAR(after.top(), spec::body_em_top(4), 0.05);
}

TEST(TableLayout, HeaderRepeatsAtTheTopOfEveryPageTheRosterSpans) {
  ASSERT_TRUE(sample().result.ok);
  // Attachment 1 (the roster, 64 rows) starts on page 3 and continues for pages.
  int continued = 0;
  for (std::size_t p = 3; p < sample().pages.size(); ++p) {
    const PdfPage& page = sample().pages[p];
    if (!find_text(page, U"教师") || find_text(page, U"附件2")) continue;  // roster pages
    std::optional<Found> head = find_text(page, U"序号");
    ASSERT_TRUE(head) << "page " << p + 1;
    EXPECT_GE(head->top, spec::kTop);
    EXPECT_LE(head->bottom, spec::kTop + P) << "page " << p + 1;
    ++continued;
  }
  EXPECT_GE(continued, 2);  // the roster spans at least three pages
}

TEST(TableLayout, RulesPaddingAndCellPitchAreStyleValues) {
  // [table] rule_pt = 1, padding_mm = 3, line_pitch_percent = 200: a 1 pt rule, a
  // left-aligned cell's text 3 mm inside its left rule, two cell lines 2 × 14 pt apart.
  TempDir dir;
  const auto style = dir / "table.toml";
  write_text(style, "[table]\nrule_pt = 1\npadding_mm = 3\nline_pitch_percent = 200\n");
  RenderOptions ro;
  ro.style_path = style.string();
  RenderResult r = shared_engine().render(
      "<gongwen><title>表</title><body><table><colgroup><col width=\"40mm\"/></colgroup>"
      "<tr><td><p>甲</p><p>乙</p></td></tr></table></body></gongwen>",
      "t.xml", ro);
  ASSERT_TRUE(r.ok);
  const std::vector<PdfPage> pages = read_pdf_text(r.pdf);
  const std::vector<PdfGraphics> graphics = read_graphics(r.pdf);
  double left_rule = 1e9;  // centre of the leftmost vertical rule
  int rules = 0;
  for (const PdfRect& rect : graphics.at(0).rects) {
    if (rect.w < 0.5 && rect.h > 1) {
      EXPECT_NEAR(rect.w, spec::kPt, 0.01);
      left_rule = std::min(left_rule, rect.x + rect.w / 2);
      ++rules;
    }
  }
  ASSERT_EQ(rules, 2);
  std::optional<Found> a = find_text(pages.at(0), U"甲");
  std::optional<Found> b = find_text(pages.at(0), U"乙");
  ASSERT_TRUE(a && b);
  EXPECT_NEAR(a->left, left_rule + 3, 0.05);
  EXPECT_NEAR(b->top - a->top, 2 * 14 * spec::kPt, 0.05);
}

// ---- bad tables layout reports ----

const Diagnostic* find_code(const RenderResult& r, const std::string& code) {
  for (const Diagnostic& d : r.diagnostics) {
    if (d.code == code) return &d;
  }
  return nullptr;
}

std::string notice_with(const std::string& table) {
  return "<gongwen><title>表</title><body><p>正文。</p>\n" + table + "\n</body></gongwen>";
}

// Rendering fails with `code` at line:column.
void expect_layout_error(const std::string& xml, const std::string& code, int line, int column) {
  Rendered r = render_xml(xml);
  EXPECT_FALSE(r.result.ok);
  const Diagnostic* d = find_code(r.result, code);
  ASSERT_NE(d, nullptr) << code;
  EXPECT_EQ(d->severity, Severity::error);
  EXPECT_EQ(d->where.line, line) << code;
  EXPECT_EQ(d->where.column, column) << code;
}

TEST(TableLayout, MillimetreColumnsWiderThanTheTextBlock) {
  expect_layout_error(notice_with("<table><colgroup><col width=\"100mm\"/><col width=\"60mm\"/>"
                                  "</colgroup><tr><td>a</td><td>b</td></tr></table>"),
                      "GW-E-TABLE-TOO-WIDE", 2, 1);
}

TEST(TableLayout, ColumnTooNarrowForOneCharacter) {
  expect_layout_error(notice_with("<table><colgroup><col/>\n<col width=\"3mm\"/></colgroup>"
                                  "<tr><td>a</td><td>b</td></tr></table>"),
                      "GW-E-TABLE-COLUMN-NARROW", 3, 1);
}

TEST(TableLayout, RowTallerThanAPageSplitsWithAWarning) {
  std::string tall;
  for (int i = 0; i < 40; ++i) tall += "<p>第" + std::to_string(i + 1) + "段</p>";
  Rendered r = render_xml(notice_with("<table><thead><tr><th>项目</th><th>说明</th></tr></thead>"
                                      "<tr><td>甲</td><td>" + tall + "</td></tr></table>"));
  ASSERT_TRUE(r.result.ok);
  const Diagnostic* d = find_code(r.result, "GW-W-TABLE-ROW-SPLIT");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->severity, Severity::warning);
  // Every paragraph printed once, on the pages after the first.
  std::u32string all;
  for (const PdfPage& p : r.pages) {
    for (const PdfLine& l : p.lines) all += l.text();
  }
  EXPECT_NE(all.find(U"第1段"), std::u32string::npos);
  EXPECT_NE(all.find(U"第40段"), std::u32string::npos);
}

}  // namespace
}  // namespace gongwen
