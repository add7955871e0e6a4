// Issue 8 part 2b: nothing is silently lost in layout. Every single-line element either
// fits the width GB/T 9704 gives it or is an error naming the element, its place and by
// how much it overflows (the elements that may wrap: layout_wrap_test.cpp); the last
// check turns a stray box into GW-E-INTERNAL. Expected widths are worked out by hand
// from the type sizes (3号 = 16 pt = 5.644 mm a CJK character, 4号 = 14 pt = 4.939 mm,
// the 版心 156 mm, the grid character 156/28 = 5.571 mm).
#include <gtest/gtest.h>

#include <regex>
#include <string>

#include "gongwen/gongwen.hpp"
#include "layout/box_check.hpp"
#include "support/files.hpp"
#include "support/style_toml.hpp"
#include "support/overflow_notice.hpp"

namespace gongwen {
namespace {

using namespace test;

struct Overflow {
  bool found = false;
  int line = 0, column = 0;
  std::string message;
  double too_wide = 0, needed = 0, available = 0;  // mm, parsed from the message
};

Overflow find_error(const Rendered& r, const std::string& code) {
  Overflow o;
  for (const Diagnostic& d : r.result.diagnostics) {
    if (d.code != code) continue;
    o.found = true;
    o.line = d.where.line;
    o.column = d.where.column;
    o.message = d.message;
    std::smatch m;
    static const std::regex numbers(
        R"(([0-9.]+) mm too wide \(([0-9.]+) mm needed, ([0-9.]+) mm available\))");
    if (std::regex_search(o.message, m, numbers)) {
      o.too_wide = std::stod(m[1]);
      o.needed = std::stod(m[2]);
      o.available = std::stod(m[3]);
    }
    break;
  }
  return o;
}

// Renders `n` and expects `code` at line:3 with the element named and the numbers near
// the hand computation (±1 mm: the hand sums assume a full em a CJK character).
// Renders `n`, expects it to fail with `code` at line:column; returns the error.
Overflow expect_error_at(const Notice& n, const std::string& code, int line, int column) {
  Rendered r = render_xml(n.xml());
  EXPECT_FALSE(r.result.ok);
  Overflow o = find_error(r, code);
  EXPECT_TRUE(o.found) << "no " << code;
  EXPECT_EQ(o.line, line) << o.message;
  EXPECT_EQ(o.column, column) << o.message;
  return o;
}

void expect_overflow(const Notice& n, const std::string& element, int line, double needed,
                     double available, const std::string& code = "GW-E-LINE-OVERFLOW",
                     int column = 3) {
  Overflow o = expect_error_at(n, code, line, column);
  EXPECT_NE(o.message.find(element), std::string::npos) << o.message;
  EXPECT_NEAR(o.needed, needed, 1.0) << o.message;
  EXPECT_NEAR(o.available, available, 1.0) << o.message;
  EXPECT_NEAR(o.too_wide, needed - available, 1.0) << o.message;
}

TEST(LayoutOverflow, ValidNoticeRendersWithoutOverflow) {
  Rendered r = render_xml(Notice{}.xml());
  ASSERT_TRUE(r.result.ok);  // the template itself fits, so each test below fails for its element
}

TEST(LayoutOverflow, CopyNumberWiderThanTheBodyIsAnError) {
  // §7.2.1: 份号 flush left on line 1; 60 half-width digits = 60 × 2.822 = 169.3 mm.
  Notice n;
  n.top = "<copy-number>" + repeat("0", 60) + "</copy-number>";
  expect_overflow(n, "份号", 3, 60 * kBody / 2, 156.0);
}

TEST(LayoutOverflow, SecrecyWiderThanTheBodyIsAnError) {
  // §7.2.2: 机密★ + a 30-character period: 33 characters = 186.3 mm (★ full width).
  Notice n;
  n.top = "<secrecy period=\"" + repeat("某", 30) + "\">机密</secrecy>";
  expect_overflow(n, "密级", 3, 33 * kBody, 156.0);
}

TEST(LayoutOverflow, UrgencyWiderThanTheBodyIsAnError) {
  // §7.2.3: 30 characters = 169.3 mm.
  Notice n;
  n.top = "<urgency>" + repeat("急", 30) + "</urgency>";
  expect_overflow(n, "紧急程度", 3, 30 * kBody, 156.0);
}

TEST(LayoutOverflow, DocNumberOfFortyCharactersIsAnError) {
  // §7.2.5: centred on one line; 40 × 5.644 = 225.8 mm against 156 mm.
  Notice n;
  n.number = "<doc-number>" + repeat("某", 39) + "号</doc-number>";
  expect_overflow(n, "发文字号", 5, 225.8, 156.0);
}

TEST(LayoutOverflow, UpwardDocNumberMustLeaveRoomForTheSigners) {
  // §7.2.5: 上行文: one character in from the left, on the 签发人's line. 签发人：(4) +
  // 王某某　李某 (6) end one grid character in from the right, so the label starts at
  // 156 − 5.571 − 10 × 5.644 = 94.0 mm; less one character in and one character gap:
  // 94.0 − 2 × 5.571 = 82.8 mm for the number; 20 characters need 112.9 mm.
  Notice n;
  n.number = "<doc-number>" + repeat("某", 19) + "号</doc-number>";
  n.signers = "<signers><signer>王某某</signer><signer>李某</signer></signers>";
  const double label_left = 156 - spec::kCharPitch - 10 * kBody;
  expect_overflow(n, "发文字号", 5, 20 * kBody, label_left - 2 * spec::kCharPitch);
}

TEST(LayoutOverflow, SignerLineWiderThanItsSpaceIsAnError) {
  // §7.2.5: 签发人：+ two names of 12 characters (25 with the space) = 29 × 5.644 =
  // 163.7 mm, against 156 − 5.571 = 150.4 mm (one character in from the right).
  Notice n;
  n.signers = "<signers><signer>" + repeat("王", 12) + "</signer><signer>" + repeat("李", 12) +
              "</signer></signers>";
  // Reported at the first <signer>, after "  <signers>": column 12.
  expect_overflow(n, "签发人", 6, 29 * kBody, 156 - spec::kCharPitch, "GW-E-LINE-OVERFLOW", 12);
}

TEST(LayoutOverflow, OrderNumberNamesTheLingHao) {
  // §10.2: the 令号 centred two lines below the mark: 40 characters = 225.8 mm.
  Notice n;
  n.format = "order";
  n.masthead = R"(<masthead suffix="令"><issuer>某某省人民政府</issuer></masthead>)";
  n.number = "<doc-number>第" + repeat("一", 38) + "号</doc-number>";
  n.signature = "<signature><position>省长</position><name>王某某</name><date>2023-05-08</date>"
                "</signature>";
  expect_overflow(n, "令号", 5, 225.8, 156.0);
}

TEST(LayoutOverflow, OrderSignerTitleAndNameMustFitTheirLine) {
  // §7.3.5.3: 签名章 four characters in from the right, the title two characters to its
  // left: 20 + 3 characters + 2 grid characters = 140.9 mm against 156 − 4 × 5.571 =
  // 133.7 mm.
  Notice n;
  n.format = "order";
  n.masthead = R"(<masthead suffix="令"><issuer>某某省人民政府</issuer></masthead>)";
  n.number = "<doc-number>第1号</doc-number>";
  n.signature = "<signature>\n    <position>" + repeat("职", 20) +
                "</position><name>王某某</name><date>2023-05-08</date></signature>";
  // <position> is on line 10, column 5 (the signature slot has a line break inside).
  expect_overflow(n, "签发人职务", 10, 23 * kBody + 2 * spec::kCharPitch,
                  156 - 4 * spec::kCharPitch, "GW-E-LINE-OVERFLOW", 5);
}

TEST(LayoutOverflow, LetterNumberMustLeaveRoomForTheCopyNumber) {
  // §10.1: 份号 flush left and 发文字号 flush right on the same line: 000045 is 3 em
  // (16.9 mm) + one character gap (5.571 mm) leaves 133.5 mm; 30 characters need 169.3 mm.
  Notice n;
  n.format = "letter";
  n.top = "<copy-number>000045</copy-number>";
  n.masthead = "<masthead><issuer>某某省教育厅</issuer></masthead>";
  n.number = "<doc-number>" + repeat("某", 29) + "号</doc-number>";
  expect_overflow(n, "发文字号", 5, 30 * kBody, 156 - 3 * kBody - spec::kCharPitch);
}

TEST(LayoutOverflow, PrinterLineWiderThanTheColophonIsAnError) {
  // §7.4.3: 印发机关 one 4号 character in from the left, 2023年5月8日印发 (8 em with its
  // half-width digits) one in from the right, one character between: 30 + 1 + 8 = 39 ×
  // 4.939 = 192.6 mm against 156 − 2 × 4.939 = 146.1 mm.
  Notice n;
  n.tail = "<colophon><printer>" + repeat("印", 30) +
           "</printer><print-date>2023-05-08</print-date></colophon>";
  // <printer> follows "  <colophon>": column 13.
  expect_overflow(n, "印发机关", 10, 39 * kColophon, 156 - 2 * kColophon, "GW-E-LINE-OVERFLOW",
                  13);
}

TEST(LayoutOverflow, MastheadTooWideEvenCondensedIsAnError) {
  // §7.2.4 [gongwen]: condensed to 60 %, then smaller, but not below the title's 22 pt:
  // 某 × 60 + 文件 = 62 characters × 22 pt × 0.6 = 288.7 mm against 156 mm.
  Notice n;
  n.masthead = "<masthead suffix=\"文件\"><issuer>" + repeat("某", 60) + "</issuer></masthead>";
  expect_overflow(n, "发文机关标志", 4, 62 * 22 * spec::kPt * 0.6, 156.0,
                  "GW-E-MASTHEAD-TOO-WIDE");
}

TEST(LayoutOverflow, MastheadOfTwelveJointIssuersIsTooTall) {
  // §7.2.4 [gongwen]: names stacked at 1.25 × 42 pt: 72 + 11 × 18.52 + 14.82 = 290.6 mm;
  // 发文字号 two lines below (311.1 mm), the red rule under its em box: 311.1 + 2.29 +
  // 5.64 + 4 + 0.5 = 323.5 mm, past 262 − 2 × 10.227 = 241.5 mm (§7.3.3: room for a blank
  // line and the first body line).
  Notice n;
  n.masthead = R"(<masthead suffix="文件">)";
  for (const char* c : {"甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸", "子", "丑"}) {
    n.masthead += std::string("<issuer>") + c + "某市某局</issuer>";
  }
  n.masthead += "</masthead>";
  Overflow o = expect_error_at(n, "GW-E-MASTHEAD-TOO-TALL", 4, 3);
  std::smatch m;
  ASSERT_TRUE(std::regex_search(o.message, m, std::regex(R"(ends ([0-9.]+) mm .* the ([0-9.]+) mm)")))
      << o.message;
  EXPECT_NEAR(std::stod(m[1]), 323.5, 0.5) << o.message;
  EXPECT_NEAR(std::stod(m[2]), 241.5, 0.1) << o.message;
}

TEST(LayoutOverflow, ThreeHundredCharacterTitleIsAnErrorNamingTheLinesThatFit) {
  // §7.3.1/§7.3.3: the 版头 of the template ends with the red rule at 72 + 14.82 (mark)
  // + 2 × 10.227 + (10.227 + 5.644)/2 + 4 + 0.5 = 119.7 mm; the title starts 2 lines
  // below, at 140.2 mm. Keeping one blank line and one body line above 262 mm leaves
  // 101.4 mm = 8 lines of 35 pt (12.35 mm). 300 characters at 22 pt (7.76 mm), 20 a line,
  // need at least 15 lines.
  Notice n;
  n.title = "<title>" + repeat("关于做好校园安全工作的通知", 23) + "的通知</title>";  // 302
  Overflow o = expect_error_at(n, "GW-E-TITLE-TOO-LONG", 7, 3);
  std::smatch m;
  ASSERT_TRUE(std::regex_search(o.message, m, std::regex(R"(needs (\d+) lines but only (\d+) fit)")))
      << o.message;
  EXPECT_GE(std::stoi(m[1]), 15) << o.message;
  EXPECT_EQ(std::stoi(m[2]), 8) << o.message;
}

TEST(LayoutOverflow, SafetyNetReportsARuleOffThePaperAsInternal) {
  detail::PageSet pages;
  pages.width = detail::mm(210);
  pages.height = detail::mm(297);
  pages.pages.emplace_back();
  detail::Rect inside{detail::mm(28), detail::mm(100), detail::mm(156), detail::mm(1), {}};
  pages.pages[0].rects.push_back(inside);
  const detail::BodyArea body{detail::mm(28), detail::mm(37), detail::mm(156), detail::mm(225)};
  detail::Diagnostics ok;
  EXPECT_TRUE(detail::boxes_in_place(pages, {}, body, {}, ok));
  EXPECT_FALSE(ok.has_errors());
  // A rule running from x = −956 mm (issue 8's 发文字号) is off the paper.
  pages.pages[0].rects.push_back(
      detail::Rect{detail::mm(-956), detail::mm(100), detail::mm(2694), detail::mm(1), {}});
  detail::Diagnostics diags;
  EXPECT_FALSE(detail::boxes_in_place(pages, {}, body, {}, diags));
  ASSERT_EQ(diags.list().size(), 1u);
  EXPECT_EQ(diags.list()[0].code, "GW-E-INTERNAL");
  EXPECT_NE(diags.list()[0].message.find("-956.0"), std::string::npos) << diags.list()[0].message;
}

TEST(LayoutOverflow, SafetyNetReportsAGlyphLineOutsideTheBody) {
  detail::PageSet pages;
  pages.width = detail::mm(210);
  pages.height = detail::mm(297);
  pages.pages.emplace_back();
  const detail::BodyArea body{detail::mm(28), detail::mm(37), detail::mm(156), detail::mm(225)};
  detail::LineRecord line;
  line.what = "doc-number";
  line.clusters = 40;
  line.top = detail::mm(120);
  line.height = detail::mm(10);
  line.size = detail::pt(16);
  line.left = detail::mm(-7);   // centred 225.8 mm: starts left of the paper's edge
  line.right = detail::mm(219);
  detail::Diagnostics diags;
  EXPECT_FALSE(detail::boxes_in_place(pages, {line}, body, {}, diags));
  ASSERT_EQ(diags.list().size(), 1u);
  EXPECT_EQ(diags.list()[0].code, "GW-E-INTERNAL");
  // The same line is allowed where it has its own place (a page number, say).
  detail::Diagnostics exempt;
  EXPECT_TRUE(detail::boxes_in_place(pages, {line}, body, {"doc-number"}, exempt));
}

TEST(LayoutOverflow, SafetyNetJudgesAGlyphCrossingThePaperEdgeByItsInk) {
  // Issue 8's 1000 mm page with a 990 mm 版心 from x = 5 mm, 100 pt type on a 99 mm grid.
  // order.xml's page 2 starts 务会议通过，现予公布，: its last ，is compressed to half a
  // cell (标点挤压), so its ink (the left half of its em) ends at the 版心's edge, 995 mm,
  // drawn from 995 − 35.28 / 2 = 977.36 mm; letter.xml's first body line ends in the
  // half-width digit 3, at the same place. Their em boxes would end at 1012.6 mm, past the
  // paper; their ink does not, so both lay out.
  const test::StylePairs huge = {
      {"page.width_mm", "1000"}, {"page.height_mm", "1000"}, {"page.top_mm", "5"},
      {"page.left_mm", "5"}, {"page.body_width_mm", "990"}, {"page.body_height_mm", "990"},
      {"grid.lines_per_page", "10"}, {"grid.chars_per_line", "10"},
      {"layout.tight_max_chars_per_line", "10"}, {"layout.tight_min_line_pitch_pt", "100"},
      {"page_number.dash_center_below_body_mm", "1"}, {"sizes.page_number_pt", "5"},
      {"sizes.body_pt", "100"}};
  test::TempDir dir;
  const std::string style = (dir / "huge.toml").string();
  test::write_text(style, test::style_toml(huge));
  Engine engine;
  for (const char* sample : {"order.xml", "letter.xml"}) {
    RenderOptions o;
    o.style_path = style;
    o.base_dir = test::source_path("samples");
    RenderResult r =
        engine.render(test::read_text(test::source_path(std::string("samples/") + sample)),
                      sample, o);
    EXPECT_TRUE(r.ok) << sample << ": "
                      << (r.diagnostics.empty() ? "" : format_diagnostic(r.diagnostics[0]));
  }
  // Without a font to measure the ink by, the em box is all there is: reported.
  detail::PageSet pages;
  pages.width = detail::mm(1000);
  pages.height = detail::mm(1000);
  pages.pages.emplace_back();
  detail::GlyphRun run;
  run.size = detail::pt(100);
  run.baseline = detail::mm(68);
  detail::PlacedGlyph comma;
  comma.x = detail::mm(995) - detail::pt(100) / 2;
  run.glyphs.push_back(comma);
  pages.pages[0].runs.push_back(run);
  const detail::BodyArea body{detail::mm(5), detail::mm(5), detail::mm(990), detail::mm(990)};
  detail::Diagnostics diags;
  EXPECT_FALSE(detail::boxes_in_place(pages, {}, body, {}, diags));
  ASSERT_EQ(diags.list().size(), 1u);
  EXPECT_NE(diags.list()[0].message.find("x 977.4..1012.6 mm"), std::string::npos)
      << diags.list()[0].message;
}

}  // namespace
}  // namespace gongwen
