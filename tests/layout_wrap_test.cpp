// Issue 8 part 2b, the elements GB/T 9704 lets wrap: a long 署名 (§7.3.5, with and
// without seals), the 抄送 list (§7.4.2, continuation after the colon) and the 纪要's 出席
// list (§10.3). Every glyph read back by poppler must lie inside the 版心.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "support/overflow_notice.hpp"

namespace gongwen {
namespace {

using namespace test;

TEST(LayoutWrap, LongSignatureNameWrapsInsideTheBody) {
  // §7.3.5.2 without seal: a 40-character issuer cannot stand two characters in from the
  // right on one line (225.8 mm); it wraps, each line flush left with the first, and the
  // date follows two characters right of the name's start.
  const std::string name = repeat("某某市教育局", 6) + "办公室之一";  // 41 characters
  Notice n;
  n.signature = "<signature><issuer>" + name + "</issuer><date>2023-05-08</date></signature>";
  Rendered r = render_xml(n.xml());
  ASSERT_TRUE(r.result.ok);
  expect_inside_body(r);
  const PdfPage& p1 = r.pages[0];
  const PdfLine& first = line_with(p1, U"某某市教育局某某市教育局");
  const PdfLine* second = nullptr;
  for (const PdfLine& l : p1.lines) {
    if (l.top() > first.top() + 1 && l.text().find(U"办公室之一") != std::u32string::npos) {
      second = &l;
    }
  }
  ASSERT_NE(second, nullptr);
  EXPECT_NEAR(second->top() - first.top(), P, kTol);       // the next grid line
  EXPECT_NEAR(second->left(), first.left(), kTol);          // flush left with the first
  EXPECT_LE(first.right(), spec::kRight - 2 * C + kTol);    // two characters in
  const PdfLine& date = line_with(p1, U"2023年5月8日");
  EXPECT_NEAR(date.top() - second->top(), P, kTol);
}

TEST(LayoutWrap, LongSealedNameWrapsCentredOnTheDate) {
  // §7.3.5.1: the name centred over the date; a 30-character name (169 mm) is wider than
  // twice the distance from the date's centre to the 版心's right edge, so it wraps.
  Notice n;
  n.signature = "<signature><issuer>" + repeat("某某市教育局", 5) +
                "</issuer><date>2023-05-08</date><seal src=\"seals/seal-a.png\"/></signature>";
  Rendered r = render_xml(n.xml());
  ASSERT_TRUE(r.result.ok);
  expect_inside_body(r);
  const PdfPage& p1 = r.pages[0];
  const PdfLine& date = line_with(p1, U"2023年5月8日");
  int name_lines = 0;
  for (const PdfLine& l : p1.lines) {
    if (l.text().find(U"某某市教育局") == std::u32string::npos || l.top() < 150) continue;
    ++name_lines;
    EXPECT_NEAR(centre(l), centre(date), kTol);
    EXPECT_LT(l.top(), date.top());
  }
  EXPECT_GE(name_lines, 2);
}

TEST(LayoutWrap, LongJointSealedNamesWrapInTheirColumns) {
  // §7.3.5.1 joint issuers: [gongwen] equal columns across the 版心, here two of 78 mm;
  // names of 20 characters (112.9 mm) wrap inside their own column.
  Notice n;
  n.signature = "<signature><issuer>" + repeat("甲乙丙丁戊", 4) + "</issuer><issuer>" +
                repeat("子丑寅卯辰", 4) +
                "</issuer><date>2023-05-08</date><seal src=\"seals/seal-a.png\"/>"
                "<seal src=\"seals/seal-b.png\"/></signature>";
  Rendered r = render_xml(n.xml());
  ASSERT_TRUE(r.result.ok);
  expect_inside_body(r);
  const std::u32string first = U"甲乙丙丁戊", second = U"子丑寅卯辰";
  std::vector<double> first_rows;
  int glyphs = 0;
  for (const PdfGlyph& g : r.pages[0].glyphs) {
    if (first.find(g.ch) != std::u32string::npos) {
      ++glyphs;
      EXPECT_GE(g.x, spec::kLeft - kTol);
      EXPECT_LE(g.right(), spec::kLeft + 78 + kTol);
      if (std::find(first_rows.begin(), first_rows.end(), g.y) == first_rows.end()) {
        first_rows.push_back(g.y);
      }
    } else if (second.find(g.ch) != std::u32string::npos) {
      ++glyphs;
      EXPECT_GE(g.x, spec::kLeft + 78 - kTol);
      EXPECT_LE(g.right(), spec::kRight + kTol);
    }
  }
  EXPECT_EQ(glyphs, 40);
  EXPECT_EQ(first_rows.size(), 2u);  // 20 characters in two balanced lines
}

TEST(LayoutWrap, LongCcListWrapsAfterTheColon) {
  // §7.4.2: 抄送：甲，乙。 one 4号 character in from the left; wrapped lines align with the
  // first character after the colon: 28 + 4.939 + 3 × 4.939 = 47.8 mm.
  Notice n;
  n.tail = "<colophon><cc>" + repeat("某某市人民政府办公室，", 12) +
           "</cc><printer>某某市教育局办公室</printer><print-date>2023-05-08</print-date>"
           "</colophon>";
  Rendered r = render_xml(n.xml());
  ASSERT_TRUE(r.result.ok);
  expect_inside_body(r);
  const PdfPage& last = r.pages.back();
  const PdfLine& first = line_with(last, U"抄送：");
  EXPECT_NEAR(first.left(), spec::kLeft + kColophon, kTol);
  int continuation = 0;
  for (const PdfLine& l : last.lines) {
    if (l.top() <= first.top() + 1 || l.text().find(U"某某市人民政府") == std::u32string::npos) {
      continue;
    }
    ++continuation;
    EXPECT_NEAR(l.left(), spec::kLeft + 4 * kColophon, kTol);
    // The first line is justified, which spreads its three label gaps by ~0.1 mm each, so
    // its first name starts ~0.3 mm right of the hanging indent.
    EXPECT_NEAR(l.left(), first.glyphs[3].x, 0.5);
  }
  EXPECT_GE(continuation, 2);  // 132 characters at 29 a line
}

TEST(LayoutWrap, LongAttendanceListWrapsAfterTheColon) {
  // §10.3: 出席： two characters in, wrapped lines aligned after the colon: 28 + 2 × 5.571
  // + 3 × 5.644 = 56.1 mm.
  Notice n;
  n.format = "minutes";
  n.masthead = R"(<masthead suffix="纪要"><issuer>某某市教育局</issuer></masthead>)";
  n.number = "<doc-number>第3号</doc-number>";
  n.title = "";
  n.signature = "";
  n.body += "\n  <attendees>" + repeat("王某某，李某某，", 12) + "</attendees>";
  Rendered r = render_xml(n.xml());
  ASSERT_TRUE(r.result.ok) << (r.result.diagnostics.empty() ? "" : r.result.diagnostics[0].message);
  expect_inside_body(r);
  const PdfLine& first = line_with(r.pages[0], U"出席：");
  EXPECT_NEAR(first.left(), spec::kLeft + 2 * C, kTol);
  int continuation = 0;
  for (const PdfPage& page : r.pages) {
    for (const PdfLine& l : page.lines) {
      if (&l == &first || l.text().find(U"某某") == std::u32string::npos) continue;
      if (&page == &r.pages[0] && l.top() <= first.top() + 1) continue;
      ++continuation;
      EXPECT_NEAR(l.left(), spec::kLeft + 2 * C + 3 * kBody, kTol);
    }
  }
  EXPECT_GE(continuation, 2);
}

}  // namespace
}  // namespace gongwen
