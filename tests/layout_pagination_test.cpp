// Page numbers and pagination (GB/T 9704 §7.5, §7.3.5.5, §7.4), read back from the PDF and
// compared with the spec's millimetres (±0.3 mm). Split from layout_elements_test.cpp.
#include <gtest/gtest.h>

#include <cmath>

#include "common/utf8.hpp"
#include "support/lines.hpp"
#include "support/render.hpp"
#include "support/spec.hpp"
#include "text/font.hpp"
#include "text/shaper.hpp"

namespace gongwen {
namespace {

using namespace test;

// The em dash's ink centre, from the font itself.
double dash_ink_centre_below_em_top(double size_pt) {
  std::string error;
  auto font = detail::Font::open(source_path("fonts/fandol/FandolSong-Regular.otf"), 0, error);
  if (!font) throw std::runtime_error(error);
  detail::GlyphInk ink = detail::glyph_ink(*font, font->glyph_for(U'\u2014'));
  double upem = font->units_per_em();
  double centre_above_baseline = (ink.y_max + ink.y_min) / 2.0 / upem;
  return (font->em_ascender() / upem - centre_above_baseline) * size_pt * spec::kPt;
}

TEST(PageNumbers, DashesSevenMillimetresBelowAndOuterSides) {
  Rendered r = render_sample("seed-002-tongzhi.xml");
  ASSERT_TRUE(r.result.ok);
  const double c4 = spec::kColophonChar;
  const double dash = dash_ink_centre_below_em_top(14);
  for (std::size_t i = 0; i < r.pages.size(); ++i) {
    const PdfLine* number = nullptr;
    for (const PdfLine& l : r.pages[i].lines) {
      if (l.text().front() == U'\u2014' && l.top() > spec::kBottom) number = &l;
    }
    ASSERT_NE(number, nullptr) << "page " << i + 1;
    std::u32string t = number->text();
    EXPECT_EQ(t.back(), U'\u2014');
    std::u32string digits;
    detail::from_utf8(std::to_string(i + 1), digits);
    EXPECT_NE(t.find(digits), std::u32string::npos);
    // §7.5: the dash's ink centre 7 mm below the 版心 (y = 269 mm).
    EXPECT_NEAR(number->top() + dash, spec::kBottom + 7.0, kTol);
    if ((i + 1) % 2 == 1) {
      EXPECT_NEAR(number->right(), spec::kRight - c4, kTol) << "odd page " << i + 1;
    } else {
      EXPECT_NEAR(number->left(), spec::kLeft + c4, kTol) << "even page " << i + 1;
    }
    EXPECT_NE(number->glyphs[0].font.find("FandolSong-Regular"), std::string::npos);
  }
}

// A notice with `n` body paragraphs of 5 lines each and a 版记.
std::string sized_notice(int n, bool seal, int short_paragraphs = 0) {
  std::string p = "<p>为进一步做好有关工作，切实加强组织领导，明确工作责任，细化工作措施，确保各项任务落到实处，现就有关事项通知如下，请各单位结合实际认真贯彻落实，及时报告工作进展情况和存在的问题，共同推动工作取得实效。</p>";
  std::string body;
  for (int i = 0; i < n; ++i) body += p;
  for (int i = 0; i < short_paragraphs; ++i) body += "<p>特此通知。</p>";
  return "<gongwen><title>关于做好有关工作的通知</title><addressee>各单位</addressee><body>" +
         body + "</body><signature><issuer>某某局</issuer><date>2023-01-01</date>" +
         (seal ? "<seal src=\"seals/seal-a.png\"/>" : "") +
         "</signature><colophon><printer>某某局办公室</printer><print-date>2023-01-02</print-date></colophon></gongwen>";
}


TEST(Pagination, ColophonOnAnEvenPageAndABlankPageWhenNeeded) {
  bool saw_blank = false, saw_same_page = false;
  for (int n = 1; n <= 12; ++n) {
    Rendered r = render_xml(sized_notice(n, false));
    ASSERT_TRUE(r.result.ok);
    std::size_t pages = r.pages.size();
    ASSERT_EQ(pages % 2, 0u) << n << " paragraphs";  // 版记 always on an even page
    const PdfPage& last = r.pages.back();
    ASSERT_NE(last.find(U"某某局办公室"), nullptr);
    bool before_empty = pages >= 2 && r.pages[pages - 2].glyphs.empty();
    if (before_empty) {
      // §7.5: neither the blank page nor the 版记 page after it is numbered.
      saw_blank = true;
      EXPECT_FALSE(has_page_number(r.pages[pages - 2]));
      EXPECT_FALSE(has_page_number(last));
    } else {
      for (const PdfPage& page : r.pages) {
        if (!page.glyphs.empty()) {
          EXPECT_TRUE(has_page_number(page)) << n;
        }
      }
      if (last.find(U"某某局") && last.find(U"2023年1月1日")) saw_same_page = true;
    }
  }
  EXPECT_TRUE(saw_blank);
  EXPECT_TRUE(saw_same_page);
}

TEST(Pagination, SignatureNeverStandsAloneAndTightensOnlyItsPage) {
  bool tightened = false, wider = false;
  for (int n = 4; n <= 9; ++n) {
    for (int extra = 0; extra < 4; ++extra) {
    for (bool seal : {false, true}) {
      Rendered r = render_xml(sized_notice(n, seal, extra));
      ASSERT_TRUE(r.result.ok);
      for (const PdfPage& page : r.pages) {
        const PdfLine* date = page.find(U"2023年1月1日");
        if (!date) continue;
        // At least two body lines stay with the signature on its page.
        const PdfLine* name = nullptr;
        for (const PdfLine& l : page.lines) {
          if (l.utf8() == "某某局") name = &l;
        }
        ASSERT_NE(name, nullptr);
        int body = 0;
        std::vector<PdfLine> lines = page.lines_of_size(16);
        for (const PdfLine& l : lines) body += l.top() < name->top() - 0.5;
        EXPECT_GE(body, 2) << n << (seal ? " with seal" : "");
        // On that page the pitch may drop, but not below 26 pt, and lines may take up to
        // 29 characters (§7.3.5.5 [gongwen]), still spanning the 版心.
        bool page_tight = false;
        for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
          double d = lines[i + 1].top() - lines[i].top();
          if (d < P - 0.05 && d > 0) {
            tightened = page_tight = true;
            EXPECT_GE(d, 26 * spec::kPt - 0.01);
          }
        }
        for (const PdfLine& l : lines) {
          EXPECT_LE(l.glyphs.size(), 30u) << l.utf8();
          if (page_tight && l.glyphs.size() == 29 && std::abs(l.left() - spec::kLeft) < 0.3) {
            EXPECT_NEAR(l.right(), spec::kRight, 0.3) << l.utf8();
            wider = true;
          }
        }
      }
    }
    }
  }
  EXPECT_TRUE(tightened);
  EXPECT_TRUE(wider);
}

TEST(Pagination, AnAddresseeTooLongForPageOneMovesToTheColophon) {
  std::string many;
  for (int i = 0; i < 20; ++i) many += "某某市某某区某某街道办事处，";
  many += "某某单位";
  Rendered r = render_xml("<gongwen><masthead><issuer>某某市人民政府</issuer></masthead>"
                          "<doc-number>某政发〔2023〕1号</doc-number><title>关于某事的通知</title><addressee>" +
                          many +
                          "</addressee><body><p>正文第一段。</p></body><colophon><printer>办公室</printer>"
                          "<print-date>2023-01-02</print-date></colophon></gongwen>");
  ASSERT_TRUE(r.result.ok);
  // §7.3.3: page 1 shows body text; the 主送 goes to the 版记.
  EXPECT_NE(r.pages[0].find(U"正文第一段"), nullptr);
  bool moved = false;
  for (const PdfPage& p : r.pages) moved = moved || p.find(U"主送：某某市") != nullptr;
  EXPECT_TRUE(moved);
}

TEST(Pagination, AColophonTallerThanAPageIsAnError) {
  std::string many;
  for (int i = 0; i < 60; ++i) many += "某某市某某区某某街道办事处，";
  Rendered r = render_xml("<gongwen><title>关于某事的通知</title><body><p>正文。</p></body>"
                          "<colophon><cc>" + many + "</cc></colophon></gongwen>");
  EXPECT_FALSE(r.result.ok);
  bool found = false;
  for (const auto& d : r.result.diagnostics) found = found || d.code == "GW-E-COLOPHON-TOO-LONG";
  EXPECT_TRUE(found);
}

}  // namespace
}  // namespace gongwen
