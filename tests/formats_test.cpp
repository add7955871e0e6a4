// The special formats of GB/T 9704 §10, read back from the PDF (±0.3 mm).
#include <gtest/gtest.h>

#include <cmath>

#include "common/utf8.hpp"
#include "support/lines.hpp"
#include "support/render.hpp"
#include "support/spec.hpp"

namespace gongwen {
namespace {

using namespace test;


TEST(Letter, MarkDoubleLinesHeaderAndNoPageNumberOnPageOne) {
  Rendered r = render_sample("letter.xml");
  ASSERT_TRUE(r.result.ok);
  const PdfPage& p1 = r.pages[0];
  const double mark = 42 * spec::kPt;
  // §10.1: the lead issuer's mark only, no 文件, its top 30 mm from the page top.
  const PdfLine& m = line_with(p1, U"某某省教育厅");
  EXPECT_EQ(m.text(), U"某某省教育厅");
  EXPECT_EQ(p1.find(U"某某省财政厅") == nullptr || p1.find(U"某某省财政厅")->size() < 40, true);
  EXPECT_NEAR(m.top(), 30.0, kTol);
  EXPECT_NEAR(centre(m), 106.0, kTol);  // centred on the 版心, like every 版头 element
  // Red double lines, 170 mm, centred: thick over thin 4 mm below the mark; thin over
  // thick with the lower edge 20 mm above the page bottom.
  std::vector<PdfRect> red;
  for (const PdfRect& rc : r.graphics[0].rects) {
    if (rc.color == "cmyk(0,1,1,0)") red.push_back(rc);
  }
  ASSERT_EQ(red.size(), 4u);
  for (const PdfRect& rc : red) {
    EXPECT_NEAR(rc.w, 170.0, kTol);
    EXPECT_NEAR(rc.x, 20.0, kTol);
  }
  std::sort(red.begin(), red.end(), [](const PdfRect& a, const PdfRect& b) { return a.y < b.y; });
  EXPECT_NEAR(red[0].y, m.top() + mark + 4.0, kTol);
  EXPECT_GT(red[0].h, red[1].h);  // thick over thin
  EXPECT_LT(red[2].h, red[3].h);  // thin over thick
  EXPECT_NEAR(red[3].y + red[3].h, 297.0 - 20.0, kTol);
  // 份号 and 紧急程度 flush left, 发文字号 flush right, the first 7/8 of a 3号 character
  // height below the double line.
  const PdfLine& copy = line_with(p1, U"000045");
  const PdfLine& number = line_with(p1, U"某教函〔2023〕27号");
  const double first = red[1].y + red[1].h + 7.0 / 8.0 * spec::kBody;
  EXPECT_NEAR(copy.top(), first, kTol);
  EXPECT_NEAR(copy.left(), spec::kLeft, kTol);
  EXPECT_NEAR(number.top(), first, kTol);
  EXPECT_NEAR(number.right(), spec::kRight, kTol);
  EXPECT_NEAR(line_with(p1, U"加急").top(), first + P, kTol);
  // No page number on page 1; later pages numbered.
  EXPECT_FALSE(has_page_number(p1));
  for (std::size_t i = 1; i < r.pages.size(); ++i) {
    if (!r.pages[i].glyphs.empty()) {
      EXPECT_TRUE(has_page_number(r.pages[i])) << i + 1;
    }
  }
  // 版记 without 印发 line and without rules.
  const PdfPage& last = r.pages.back();
  EXPECT_NE(last.find(U"抄送：教育部高校学生司。"), nullptr);
  for (const PdfRect& rc : r.graphics.back().rects) {
    EXPECT_EQ(rc.color, "cmyk(0,1,1,0)") << "a black 版记 rule in a letter";
  }
}

TEST(Order, MarkNumberBodyAndSignerStamp) {
  Rendered r = render_sample("order.xml");
  ASSERT_TRUE(r.result.ok);
  const PdfPage& p1 = r.pages[0];
  const double mark = 42 * spec::kPt;
  // §10.2: issuer + 令, top 20 mm below the 版心 top; 令号 two blank lines below, centred;
  // no red separator.
  const PdfLine& m = line_with(p1, U"某某省人民政府令");
  EXPECT_NEAR(m.top(), spec::kTop + 20.0, kTol);
  EXPECT_NEAR(centre(m), 106.0, kTol);
  const PdfLine& number = line_with(p1, U"第12号");
  EXPECT_NEAR(number.top(), m.top() + mark + 2 * P + (P - spec::kBody) / 2, kTol);
  EXPECT_NEAR(centre(number), 106.0, kTol);
  EXPECT_TRUE(r.graphics[0].rects.empty());
  // Body two blank lines below the 令号, on the grid.
  const PdfLine& body = line_with(p1, U"《某某省城市供水管理办法》");
  EXPECT_GE(body.top() - number.top(), 3 * P - kTol);
  EXPECT_LT(body.top() - number.top(), 4 * P);
  // §7.3.5.3: the 签名章 (name in 楷体) four characters in from the right, the title two
  // characters to its left, two blank lines below the body; the date one blank line
  // below, four in from the right.
  const PdfLine& sign = line_with(p1, U"王某某");
  std::u32string t = sign.text();
  std::size_t at = t.find(U"王某某");
  const PdfGlyph& wang = sign.glyphs[at];
  const PdfGlyph& last = sign.glyphs[at + 2];
  EXPECT_NEAR(last.right(), spec::kRight - 4 * C, kTol);
  EXPECT_NE(wang.font.find("Kai"), std::string::npos);
  ASSERT_GT(at, 0u);
  EXPECT_NEAR(wang.x - sign.glyphs[at - 1].right(), 2 * C, kTol);  // 省长 two characters left
  const PdfLine& date = line_with(p1, U"2023年5月6日");
  EXPECT_NEAR(date.right(), spec::kRight - 4 * C, kTol);
  EXPECT_NEAR(date.top() - sign.top(), 2 * P, kTol);
  std::vector<PdfLine> lines = p1.lines_of_size(16);
  const PdfLine* last_body = nullptr;
  for (const PdfLine& l : lines) {
    if (l.top() < sign.top() - 1) last_body = &l;
  }
  ASSERT_NE(last_body, nullptr);
  EXPECT_NEAR(sign.top() - last_body->top(), 3 * P, kTol);
}

TEST(Order, SignerStampImageTakesTheNamesPlace) {
  Rendered r = render_xml(R"(<gongwen format="order"><masthead suffix="令"><issuer>某某省人民政府</issuer></masthead>
    <doc-number>第13号</doc-number><body><p>现予公布，自公布之日起施行。</p></body>
    <signature><position>省长</position><name>王某某</name><date>2023-05-06</date>
    <seal src="seals/seal-b.png"/></signature></gongwen>)");
  ASSERT_TRUE(r.result.ok);
  ASSERT_EQ(r.graphics[0].images.size(), 1u);
  const PdfImage& stamp = r.graphics[0].images[0];
  // §7.3.5.3: the 签名章 four characters in from the right, scaled to the style's height
  // (15 mm) whatever its pixels; the title two characters to its left; no typeset name.
  EXPECT_NEAR(stamp.x + stamp.w, spec::kRight - 4 * C, kTol);
  EXPECT_NEAR(stamp.h, 15.0, 0.05);
  EXPECT_NEAR(stamp.w, 15.0, 0.05);  // the sample stamp is square
  const PdfLine& title = line_with(r.pages[0], U"省长");
  EXPECT_NEAR(stamp.x - title.right(), 2 * C, kTol);
  EXPECT_EQ(r.pages[0].find(U"王某某"), nullptr);
  const PdfLine& date = line_with(r.pages[0], U"2023年5月6日");
  EXPECT_NEAR(date.right(), spec::kRight - 4 * C, kTol);
  EXPECT_NEAR(stamp.y + stamp.h / 2, title.top() + spec::kBody / 2, 1.5);  // on the name line
}

TEST(Minutes, MarkNumberRuleAndAttendance) {
  Rendered r = render_sample("minutes.xml");
  ASSERT_TRUE(r.result.ok);
  const PdfPage& p1 = r.pages[0];
  const double mark = 42 * spec::kPt;
  // §10.3: "×××纪要" 35 mm below the 版心 top, red rule 4 mm under the centred number.
  const PdfLine& m = line_with(p1, U"某某大学校长办公会纪要");
  EXPECT_NEAR(m.top(), spec::kTop + 35.0, kTol);
  const PdfLine& number = line_with(p1, U"第31号");
  EXPECT_NEAR(number.top(), m.top() + mark + 2 * P + (P - spec::kBody) / 2, kTol);
  EXPECT_NEAR(centre(number), 106.0, kTol);
  ASSERT_FALSE(r.graphics[0].rects.empty());
  EXPECT_NEAR(r.graphics[0].rects[0].y, number.top() + spec::kBody + 4.0, kTol);
  EXPECT_EQ(r.graphics[0].rects[0].color, "cmyk(0,1,1,0)");
  // 出席： in 黑体 two characters in, one blank line below the body; wrapped lines aligned
  // after the colon; two-character names padded to three (马　帅); 请假 and 列席 follow.
  const PdfPage* page = nullptr;
  for (const PdfPage& p : r.pages) {
    if (p.find(U"出席：")) page = &p;
  }
  ASSERT_NE(page, nullptr);
  const PdfLine& att = line_with(*page, U"出席：");
  EXPECT_NEAR(att.left(), spec::kLeft + 2 * C, kTol);
  EXPECT_NE(att.glyphs[0].font.find("Hei"), std::string::npos);
  EXPECT_NE(att.glyphs[4].font.find("Fang"), std::string::npos);
  std::vector<PdfLine> lines = page->lines_of_size(16);
  std::size_t i = 0;
  while (i < lines.size() && lines[i].top() < att.top() - 0.1) ++i;
  // Padding is an ideographic space, which text extraction drops: the two characters of a
  // padded name stand two cells apart, those of a three-character name one apart.
  auto gap = [&](const std::u32string& name) {
    for (std::size_t k = i; k < lines.size(); ++k) {
      std::u32string t = lines[k].text();
      std::size_t at = t.find(name);
      if (at != std::u32string::npos) {
        return (lines[k].glyphs[at + 1].x - lines[k].glyphs[at].x) / C;
      }
    }
    return -1.0;
  };
  EXPECT_NEAR(gap(U"马帅"), 2.0, 0.1);
  EXPECT_NEAR(gap(U"刘某"), 2.0, 0.1);
  EXPECT_NEAR(gap(U"王某某"), 1.0, 0.1);  // three characters: unpadded
  ASSERT_GT(lines.size(), i + 1);
  const PdfLine& wrap = lines[i + 1];
  EXPECT_NEAR(wrap.left(), spec::kLeft + 2 * C + 3 * C, kTol);  // after "出席："
  EXPECT_NE(page->find(U"请假："), nullptr);
  EXPECT_NE(page->find(U"列席："), nullptr);
  EXPECT_LT(line_with(*page, U"请假：").top(), line_with(*page, U"列席：").top());
  // No seal in minutes.
  EXPECT_TRUE(r.result.seals.empty());
}

}  // namespace
}  // namespace gongwen
