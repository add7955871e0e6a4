// 横排 attachment pages (GB/T 9704 §8, gbt9704.md "Tables"), read back with poppler: the
// content turned 90° counter-clockwise on a portrait page without /Rotate, its top toward
// the sheet's left edge, and the page number upright at its portrait place.
#include <gtest/gtest.h>

#include <string>

#include "support/lines.hpp"
#include "support/pdf_probe.hpp"
#include "support/render.hpp"

namespace gongwen {
namespace {

using namespace test;

constexpr double kMm = 72.0 / 25.4;  // points per mm (poppler reads points)

const Rendered& sample() {
  static const Rendered r = render_sample("tables.xml");
  return r;
}

// The glyphs of `text` on a page, in order (first match of each character run).
std::vector<probe::Glyph> glyphs_of(const probe::Page& page, const std::u32string& text) {
  const std::u32string all = page.text();
  const auto at = all.find(text);
  if (at == std::u32string::npos) return {};
  return {page.glyphs.begin() + static_cast<std::ptrdiff_t>(at),
          page.glyphs.begin() + static_cast<std::ptrdiff_t>(at + text.size())};
}

int landscape_page(const std::vector<probe::Page>& pages) {
  for (std::size_t p = 0; p < pages.size(); ++p) {
    // The 资金分配表's column 备注 appears nowhere else in the sample.
    if (!glyphs_of(pages[p], U"备注").empty()) {
      return static_cast<int>(p);
    }
  }
  return -1;
}

TEST(Landscape, PagesStayPortraitWithoutRotate) {
  ASSERT_TRUE(sample().result.ok);
  const std::string bytes(sample().result.pdf.begin(), sample().result.pdf.end());
  EXPECT_EQ(bytes.find("/Rotate"), std::string::npos);
  std::vector<probe::Page> pages = probe::load(sample().result.pdf);
  const int p = landscape_page(pages);
  ASSERT_GE(p, 0);
  EXPECT_NEAR(pages[static_cast<std::size_t>(p)].width, 210 * kMm, 0.5);
  EXPECT_NEAR(pages[static_cast<std::size_t>(p)].height, 297 * kMm, 0.5);
}

TEST(Landscape, GlyphsAreTurnedCounterClockwiseWithTheTopTowardTheLeftEdge) {
  ASSERT_TRUE(sample().result.ok);
  std::vector<probe::Page> pages = probe::load(sample().result.pdf);
  const int p = landscape_page(pages);
  ASSERT_GE(p, 0);
  const probe::Page& page = pages[static_cast<std::size_t>(p)];
  // Turned a quarter counter-clockwise, text reads from the bottom of the sheet upward:
  // each next character higher up (smaller y from the top), at the same x.
  std::vector<probe::Glyph> title = glyphs_of(page, U"资金分配表");
  ASSERT_EQ(title.size(), 5u);
  for (std::size_t i = 1; i < title.size(); ++i) {
    EXPECT_LT(title[i].y, title[i - 1].y) << i;
    EXPECT_NEAR(title[i].x, title[0].x, 0.5) << i;
    EXPECT_EQ(title[i].rotation, 3) << "poppler's bottom-to-top direction";
  }
  // 附件2 is on the frame's first line, flush left: on the sheet, against the 版心's left
  // edge (x 28 mm, one line pitch wide) and starting at its bottom (y 262 mm).
  std::vector<probe::Glyph> label = glyphs_of(page, U"附件2");
  ASSERT_EQ(label.size(), 3u);
  EXPECT_GE(label[0].x / kMm, spec::kLeft - kTol);
  EXPECT_LE((label[0].x + label[0].w) / kMm, spec::kLeft + P + kTol);
  EXPECT_NEAR((label[0].y + label[0].h) / kMm, spec::kBottom, kTol);
  // The title is on the frame's third line: on the sheet, right of the label and more than
  // two line pitches (each at least 10 mm) from the left edge.
  EXPECT_GT(title[0].x, label[0].x + label[0].w);
  EXPECT_GT(title[0].x / kMm, spec::kLeft + 2 * 10.0);
}

TEST(Landscape, PageNumberIsUprightAtItsPortraitPlace) {
  ASSERT_TRUE(sample().result.ok);
  std::vector<probe::Page> pages = probe::load(sample().result.pdf);
  const int p = landscape_page(pages);
  ASSERT_GE(p, 0);
  std::vector<probe::Glyph> dash = glyphs_of(pages[static_cast<std::size_t>(p)], U"\u2014");
  ASSERT_FALSE(dash.empty());
  EXPECT_EQ(dash[0].rotation, 0);
  // The read-back lines: an odd page's number ends one 4号 character in from the 版心's
  // right edge, below the 版心.
  const PdfPage& text = sample().pages.at(static_cast<std::size_t>(p));
  ASSERT_TRUE(has_page_number(text));
  ASSERT_EQ((p + 1) % 2, 1) << "the sample's landscape page is odd";
  for (const PdfLine& l : text.lines) {
    if (l.text().front() != U'\u2014' || l.top() < spec::kBottom) continue;
    EXPECT_NEAR(l.right(), spec::kRight - spec::kColophonChar, kTol);
    EXPECT_NE(l.text().find(std::u32string(1, static_cast<char32_t>(U'0' + p + 1))),
              std::u32string::npos);
  }
}

TEST(Landscape, EveryTurnedPageTurnsTheSameWayAndNumbersStayUpright) {
  // A landscape attachment of 40 rows from page 2 on: 15 frame lines a page, so pages 2, 3
  // and 4, even and odd. On each: the header row (on continuation pages at the frame's
  // top, the sheet's left side), glyphs turned; the page number upright, on the left on even pages and on the
  // right on odd ones, one 4号 character in from the 版心's edge.
  std::string rows;
  for (int i = 1; i <= 40; ++i) rows += "<tr><td>" + std::to_string(i) + "</td><td>某单位</td></tr>";
  Rendered r = render_xml("<gongwen><title>关于印发资金表的通知</title><body><p>现印发。</p></body>"
                          "<attachment title=\"资金表\" orientation=\"landscape\"><table><thead>"
                          "<tr><th>序号</th><th>单位</th></tr></thead>" + rows +
                          "</table></attachment></gongwen>");
  ASSERT_TRUE(r.result.ok);
  std::vector<probe::Page> pages = probe::load(r.result.pdf);
  ASSERT_GE(pages.size(), 4u);
  for (std::size_t p = 1; p < 4; ++p) {
    std::vector<probe::Glyph> head = glyphs_of(pages[p], U"序号");
    ASSERT_EQ(head.size(), 2u) << "page " << p + 1;
    EXPECT_EQ(head[0].rotation, 3) << "page " << p + 1;
    EXPECT_LT(head[1].y, head[0].y) << "reads upward, page " << p + 1;
    EXPECT_GE(head[0].x / kMm, spec::kLeft - kTol) << "page " << p + 1;
    if (p > 1) {  // continuation pages: the repeated header on the frame's first line
      EXPECT_LE((head[0].x + head[0].w) / kMm, spec::kLeft + 11) << "page " << p + 1;
    }
    std::vector<probe::Glyph> dash = glyphs_of(pages[p], U"\u2014");
    ASSERT_FALSE(dash.empty()) << "page " << p + 1;
    EXPECT_EQ(dash[0].rotation, 0) << "page " << p + 1;
    const PdfPage& text = r.pages.at(p);
    bool found = false;
    for (const PdfLine& l : text.lines) {
      if (l.text().front() != U'\u2014' || l.top() < spec::kBottom) continue;
      found = true;
      if ((p + 1) % 2 == 0) {
        EXPECT_NEAR(l.left(), spec::kLeft + spec::kColophonChar, kTol) << "page " << p + 1;
      } else {
        EXPECT_NEAR(l.right(), spec::kRight - spec::kColophonChar, kTol) << "page " << p + 1;
      }
    }
    EXPECT_TRUE(found) << "page " << p + 1;
  }
}

}  // namespace
}  // namespace gongwen
