// Issue 8 part 2b: nothing is silently lost in layout. Every single-line element either
// fits the width GB/T 9704 gives it, wraps where the standard allows, or is an error
// naming the element, its place and by how much it overflows. Expected widths are
// worked out by hand from the type sizes (3号 = 16 pt = 5.644 mm a CJK character, 4号 =
// 14 pt = 4.939 mm, the 版心 156 mm, the grid character 156/28 = 5.571 mm).
#include <gtest/gtest.h>

#include <algorithm>
#include <regex>
#include <string>

#include "layout/box_check.hpp"
#include "support/lines.hpp"
#include "support/render.hpp"
#include "support/spec.hpp"

namespace gongwen {
namespace {

using namespace test;

constexpr double kBody = 16 * spec::kPt;      // 5.644 mm
constexpr double kColophon = 14 * spec::kPt;  // 4.939 mm

std::string repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

// One element per line, so a diagnostic's line is the slot's line number (written next
// to each slot) and its column 3 (two spaces of indent).
struct Notice {
  std::string format = "document";
  std::string top;  // line 3: 份号 / 密级 / 紧急程度
  std::string masthead = R"(<masthead suffix="文件"><issuer>某某市教育局</issuer></masthead>)";  // 4
  std::string number = "<doc-number>某教发〔2023〕12号</doc-number>";                            // 5
  std::string signers;                                                                       // 6
  std::string title = "<title>关于做好校园安全工作的通知</title>";                           // 7
  std::string body = "<body><p>现将有关事项通知如下。</p><p>请认真贯彻执行。</p></body>";    // 8
  std::string signature =
      "<signature><issuer>某某市教育局</issuer><date>2023-05-08</date></signature>";  // 9
  std::string tail;  // line 10: 附注, 版记, 纪要 lists

  std::string xml() const {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gongwen format=\"" + format + "\">\n  " +
           top + "\n  " + masthead + "\n  " + number + "\n  " + signers + "\n  " + title +
           "\n  " + body + "\n  " + signature + "\n  " + tail + "\n</gongwen>\n";
  }
};

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

void expect_inside_body(const Rendered& r) {
  for (const PdfPage& page : r.pages) {
    for (const PdfGlyph& g : page.glyphs) {
      if (g.y > spec::kBottom) continue;  // the page number, 7 mm below the 版心
      EXPECT_GE(g.x, spec::kLeft - kTol) << detail::to_utf8(std::u32string(1, g.ch));
      EXPECT_LE(g.right(), spec::kRight + kTol) << detail::to_utf8(std::u32string(1, g.ch));
      EXPECT_GE(g.y, spec::kTop - kTol);
    }
  }
}

TEST(LayoutOverflow, LongSignatureNameWrapsInsideTheBody) {
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

TEST(LayoutOverflow, LongSealedNameWrapsCentredOnTheDate) {
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

TEST(LayoutOverflow, LongJointSealedNamesWrapInTheirColumns) {
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

TEST(LayoutOverflow, LongCcListWrapsAfterTheColon) {
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

TEST(LayoutOverflow, LongAttendanceListWrapsAfterTheColon) {
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

}  // namespace
}  // namespace gongwen
