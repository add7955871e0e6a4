// Issue 12 §2: no rivers in mixed lines. A paragraph with a long unbreakable token (an
// e-mail, a URL, a phone number, a 统一社会信用代码) is broken for the whole paragraph, inside
// such tokens where typesetting does, so that no justified line spreads more than a
// quarter em between neighbouring characters. Checked on the PDF read back by poppler.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "common/utf8.hpp"
#include "linebreak/break_opportunities.hpp"
#include "linebreak/line_breaker.hpp"
#include "support/render.hpp"
#include "support/synthetic_text.hpp"

namespace gongwen {
namespace {

constexpr double kBodyRightMm = 28.0 + 156.0;
constexpr double kQuarterEmMm = 16.0 / 4.0 * 25.4 / 72.0;  // 0.25 em of the 16 pt body

std::string notice(const std::string& paragraphs) {
  return "<gongwen><title>关于报送有关材料的通知</title>\n<body>" + paragraphs +
         "</body></gongwen>";
}

// The widest gap between neighbouring glyphs over every justified body line (those that
// reach the 版心's right edge), skipping word spaces between Latin words (not glyphs).
double widest_gap(const test::Rendered& r, std::string& where) {
  double widest = 0;
  for (const test::PdfPage& page : r.pages) {
    for (const test::PdfLine& line : page.lines_of_size(16)) {
      if (line.right() < kBodyRightMm - 0.05) continue;  // a paragraph's last line
      for (std::size_t i = 0; i + 1 < line.glyphs.size(); ++i) {
        const test::PdfGlyph& a = line.glyphs[i];
        const test::PdfGlyph& b = line.glyphs[i + 1];
        if (a.ch == U' ' || b.ch == U' ') continue;
        const double gap = b.x - a.right();
        if (gap > widest) {
          widest = gap;
          where = line.utf8();
        }
      }
    }
  }
  return widest;
}

struct MixedCase {
  const char* what;
  const char* paragraph;
};

TEST(Rivers, MixedLinesKeepGapsWithinAQuarterEm) {
  const MixedCase cases[] = {
      {"phone and e-mail",
       "<p>请于2024年3月15日前将材料报送市政府办公室综合处（联系电话：0571-87654321，电子邮箱："
       "zhangsan.office@hangzhou-gov.example.cn），逾期不予受理。</p>"},
      {"URL",
       "<p>详细信息请登录青溪市人民政府门户网站https://www.qingxi.gov.cn/zwgk/tzgg/2024/"
       "index.html?id=12345&amp;type=notice查询，或拨打热线电话0571-12345678咨询。</p>"},
      {"credit code and account",
       "<p>申请单位为某某科技有限公司，统一社会信用代码：91330100MA2H3K4L5X，开户账号："
       "6222021202012345678，请核对后盖章确认并于规定时间内报送。</p>"},
      {"e-mail after a full line",
       "<p>各单位报名表请于本月底前发送至市教育局办公室电子邮箱qingxi_jiaoyuju_bangongshi@"
       "mail.qingxi.gov.cn，纸质材料同时寄送。</p>"},
      {"URL at a line start",
       "<p>有关政策文件的全文及解读材料，可在市政府网站查阅：http://www.qingxi.gov.cn/art/2024/"
       "3/1/art_1229_5820231.html，也可电话咨询。</p>"},
  };
  for (const MixedCase& c : cases) {
    test::Rendered r = test::render_xml(notice(c.paragraph));
    ASSERT_TRUE(r.result.ok) << c.what;
    std::string where;
    const double gap = widest_gap(r, where);
    std::printf("%s: widest gap %.3f mm (limit %.3f mm) in |%s|\n", c.what, gap, kQuarterEmMm,
                where.c_str());
    EXPECT_LE(gap, kQuarterEmMm + 0.01) << c.what << ": " << where;
  }
}

TEST(Rivers, DashesAndEllipsesAreNeverSpread) {
  // A justified line with —— and ……: the two halves of each touch.
  test::Rendered r = test::render_xml(notice(
      "<p>各单位要按照有关规定执行……确保工作质量——不得敷衍了事，联系人邮箱："
      "lisi_qingxi_office@qingxi.gov.cn，电话0571-87650000。</p>"));
  ASSERT_TRUE(r.result.ok);
  int pairs = 0;
  for (const test::PdfPage& page : r.pages) {
    for (const test::PdfLine& line : page.lines_of_size(16)) {
      for (std::size_t i = 0; i + 1 < line.glyphs.size(); ++i) {
        const auto& a = line.glyphs[i];
        const auto& b = line.glyphs[i + 1];
        if (a.ch != b.ch || (a.ch != U'—' && a.ch != U'…')) continue;
        ++pairs;
        EXPECT_NEAR(b.x, a.right(), 0.01) << line.utf8();
      }
    }
  }
  EXPECT_EQ(pairs, 2);
}

TEST(Rivers, TrailingSpaceStaysInsideTheBody) {
  // Latin words: lines end after a space, which is not counted in the line's width; its
  // box must still end at or before the 版心's right edge (today one reached 185.9 mm).
  const detail::Length width = detail::mm(156);
  const std::u32string s =
      U"会议材料包括Annual Report on Digital Government Development and Public Service "
      U"Delivery in Qingxi City以及相关附件，请各单位认真研究 and reply in English as soon as possible.";
  auto t = test::synthetic(s, detail::pt(16));
  detail::IndentedLines widths(width, 0, 0);
  detail::BreakOptions bo;
  bo.pitch = detail::mul_div(width, 1, 28);
  int trailing = 0;
  for (const detail::Line& line : detail::break_lines(t.text, t.shaped, widths, bo)) {
    for (std::uint32_t i = line.begin; i < line.end; ++i) {
      const detail::Length right = line.x[i - line.begin] + t.shaped.clusters[i].advance;
      EXPECT_LE(right, width) << "cluster " << i;
      if (s[i] == U' ' && i + 1 == line.end) ++trailing;
    }
  }
  EXPECT_GT(trailing, 0);  // the case is there
}

TEST(Rivers, StandardNumberStaysTogether) {
  std::vector<detail::BreakKind> b;
  const std::u32string s = U"按照GB/T 19001—2016执行";
  ASSERT_TRUE(detail::break_opportunities(s, b));
  const std::size_t dash = s.find(U'—');
  EXPECT_EQ(b[dash], detail::BreakKind::none);      // 19001|—
  EXPECT_EQ(b[dash + 1], detail::BreakKind::none);  // —|2016
}

}  // namespace
}  // namespace gongwen
