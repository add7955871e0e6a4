// Tables across pages (gbt9704.md "Tables", Pages), read back from the PDF: a caption never
// alone at a page bottom, rows a rowspan ties together never split, the signature page's
// tightening (§7.3.5.5) never squeezes a table, the 版记 rules still hold after a table,
// and the layout dump lists the table's boxes.
#include <gtest/gtest.h>

#include <fmt/format.h>

#include <optional>

#include "support/lines.hpp"
#include "support/render.hpp"

namespace gongwen {
namespace {

using namespace test;

constexpr double kRule = 0.5 * spec::kPt;

// The page `text` was printed on, or -1.
int page_of(const Rendered& r, const std::u32string& text) {
  for (std::size_t p = 0; p < r.pages.size(); ++p) {
    for (const PdfLine& l : r.pages[p].lines) {
      if (l.text().find(text) != std::u32string::npos) return static_cast<int>(p);
    }
  }
  return -1;
}

std::string notice(const std::string& body, const std::string& after = "") {
  return "<gongwen><title>关于检验表格的通知</title><body>" + body + "</body>" + after +
         "</gongwen>";
}

// `n` one-line paragraphs, then `rest`; checks the precondition that page 1's last line
// before `rest` is on grid line `last_line` (0-based), so `rest` meets the page end.
Rendered after_lines(int n, const std::string& rest, int last_line) {
  std::string body;
  for (int i = 0; i < n; ++i) body += "<p>一行正文。</p>";
  Rendered r = render_xml(notice(body + rest));
  EXPECT_TRUE(r.result.ok);
  if (!r.pages.empty()) {
    double bottom = 0;
    for (const PdfLine& l : r.pages[0].lines_of_size(16.0)) {
      if (l.text().find(U"一行正文") != std::u32string::npos) bottom = l.top();
    }
    EXPECT_NEAR(bottom, spec::body_em_top(last_line), kTol) << "precondition";
  }
  return r;
}

// `first` opens page 2 (its top grid line) and every one of `with` follows it there.
void expect_moved_together(const Rendered& r, const std::u32string& first,
                           const std::vector<std::u32string>& with) {
  ASSERT_TRUE(r.result.ok);
  EXPECT_EQ(page_of(r, first), 1);
  EXPECT_NEAR(line_with(r.pages.at(1), first).top(), spec::body_em_top(0), kTol);
  for (const std::u32string& t : with) EXPECT_EQ(page_of(r, t), 1) << detail::to_utf8(t);
}

TEST(TablePagination, CaptionIsNeverLeftAloneAtAPageBottom) {
  // One grid line left on page 1 (line 22), where the caption alone would go: caption,
  // header and first row move to page 2 together.
  Rendered r = after_lines(18,
                           "<table><caption>表题</caption><thead><tr><th>项目</th><th>数量</th>"
                           "</tr></thead><tr><td>甲</td><td>1</td></tr><tr><td>乙</td><td>2</td>"
                           "</tr></table>",
                           20);
  expect_moved_together(r, U"表题", {U"项目", U"甲"});
}

TEST(TablePagination, HeadingMovesWithTheTableItIntroduces) {
  // Two lines left: the heading would take line 21 and the table's header line 22, with
  // no room for its first row; heading and table go to page 2.
  Rendered r = after_lines(17,
                           "<section><heading>统计情况</heading><table><thead><tr><th>项目</th>"
                           "<th>数量</th></tr></thead><tr><td>甲</td><td>1</td></tr></table>"
                           "</section>",
                           19);
  expect_moved_together(r, U"统计情况", {U"项目", U"甲"});
}

TEST(TablePagination, RowsJoinedByARowspanStayOnOnePage) {
  // A header row and pairs of rows joined by rowspan="2": a continuation page holds the
  // header and 21 rows, an odd number, so some pair meets a page end and must move whole.
  std::string rows;
  for (int i = 1; i <= 30; ++i) {
    rows += fmt::format("<tr><td rowspan=\"2\">组{:02}</td><td>上{:02}</td></tr>"
                        "<tr><td>下{:02}</td></tr>", i, i, i);
  }
  Rendered r = render_xml(notice("<p>正文。</p><table><thead><tr><th>组</th><th>成员</th></tr>"
                                 "</thead>" + rows + "</table>"));
  ASSERT_TRUE(r.result.ok);
  ASSERT_GE(r.pages.size(), 3u);
  for (int i = 1; i <= 30; ++i) {
    auto label = [&](const char* prefix) {
      std::u32string s;
      detail::from_utf8(fmt::format("{}{:02}", prefix, i), s);
      return s;
    };
    const int page = page_of(r, label("组"));
    ASSERT_GE(page, 0) << i;
    EXPECT_EQ(page_of(r, label("上")), page) << i;
    EXPECT_EQ(page_of(r, label("下")), page) << i;
  }
}

TEST(TablePagination, SignaturePageTighteningNeverSqueezesATable) {
  // A one-row table on page 1 and just too much text for the signature: page 1 is
  // tightened (§7.3.5.5), its body lines closer than the grid, but the table row keeps
  // one body line pitch.
  std::string body = "<p>短段。</p><table><tr><td>甲</td><td>乙</td></tr></table>";
  for (int i = 0; i < 7; ++i) {
    body += "<p>这是用于检验签名页收紧的正文段落内容文字示例。这是用于检验签名页收紧的正文段落内容文字示例。</p>";
  }
  body += "<p>特此通知。</p>";
  Rendered r = render_xml(notice(body, "<signature><issuer>青溪市教育局</issuer>"
                                       "<date>2023-06-12</date></signature>"));
  ASSERT_TRUE(r.result.ok);
  ASSERT_EQ(page_of(r, U"青溪市教育局"), 0);
  std::vector<PdfLine> lines = r.pages.at(0).lines_of_size(16.0);
  ASSERT_GE(lines.size(), 3u);
  const double pitch = lines[lines.size() - 3].top() - lines[lines.size() - 4].top();
  ASSERT_LT(pitch, P - 0.5) << "precondition: page 1 is tightened";
  int rows = 0;
  for (const PdfRect& rect : r.graphics.at(0).rects) {
    if (rect.w < 0.3 && rect.h > 1) {
      EXPECT_NEAR(rect.h, P + kRule, 0.05);
      ++rows;
    }
  }
  EXPECT_EQ(rows, 3);  // the row's two cells' left rules and the frame's right edge
}

TEST(TablePagination, ColophonRulesHoldAfterATable) {
  Rendered r = render_sample("tables.xml");
  ASSERT_TRUE(r.result.ok);
  // §7.4: the last 版记 rule's lower edge on the 版心 bottom, on an even page.
  const std::size_t last = r.graphics.size() - 1;
  EXPECT_EQ((last + 1) % 2, 0u);
  double lowest = 0;
  for (const PdfRect& rect : r.graphics[last].rects) {
    if (std::abs(rect.w - 156) < 0.1) lowest = std::max(lowest, rect.y + rect.h);
  }
  EXPECT_NEAR(lowest, spec::kBottom, 0.05);
}

TEST(TablePagination, LayoutDumpListsTheTablesBoxes) {
  RenderOptions ro;
  ro.dump_layout = true;
  RenderResult r = shared_engine().render(
      notice("<table><thead><tr><th>项目</th></tr></thead><tr><td>甲</td></tr></table>"),
      "t.xml", ro);
  ASSERT_TRUE(r.ok);
  EXPECT_NE(r.layout_dump.find("table-head"), std::string::npos);
  EXPECT_NE(r.layout_dump.find("table-cell"), std::string::npos);
  // Two rows: three horizontal and four vertical rules (two per row).
  std::size_t rules = 0;
  for (std::size_t at = 0; (at = r.layout_dump.find("table-rule", at)) != std::string::npos; ++at) {
    ++rules;
  }
  EXPECT_EQ(rules, 7u);
}

}  // namespace
}  // namespace gongwen
