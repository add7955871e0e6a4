// The body grid, read back from the PDF with poppler and compared with GB/T 9704's
// numbers (§5.2.3 and the spec's [gongwen] grid rules), on every sample.
#include <gtest/gtest.h>

#include <cmath>

#include "linebreak/char_class.hpp"
#include "support/render.hpp"
#include "support/spec.hpp"

namespace gongwen {
namespace {

using namespace test;

const char* const kSamples[] = {"seed-000-haozhao.xml", "seed-002-tongzhi.xml",
                                "seed-004-xin.xml",     "joint-notice.xml",
                                "upward-request.xml",   "long-title.xml",
                                "letter.xml",           "minutes.xml"};

bool punct(char32_t c) { return detail::punct_ink(c) != detail::PunctInk::none; }
bool cjk_only(const std::u32string& t) {
  for (char32_t c : t) {
    if (!detail::is_grid_char(c)) return false;
  }
  return true;
}
bool has_adjacent_marks(const std::u32string& t) {
  for (std::size_t i = 0; i + 1 < t.size(); ++i) {
    if (punct(t[i]) && punct(t[i + 1])) return true;
  }
  return false;
}

// Body lines of a page: 16 pt lines that start inside the 版心 (page numbers are 14 pt).
std::vector<PdfLine> body_lines(const PdfPage& page) { return page.lines_of_size(16.0); }

class BodyGrid : public ::testing::TestWithParam<const char*> {};

TEST_P(BodyGrid, EveryBodyLineSitsOnTheGrid) {
  Rendered r = render_sample(GetParam());
  ASSERT_TRUE(r.result.ok);
  int checked = 0;
  for (std::size_t p = 0; p < r.pages.size(); ++p) {
    // The signature's page may be tightened (§7.3.5.5, the one exception to the grid):
    // then its pitch is below the grid's but not below 26 pt.
    std::vector<PdfLine> lines = body_lines(r.pages[p]);
    bool tightened = false;
    for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
      double d = lines[i + 1].top() - lines[i].top();
      if (d > 1 && d < spec::kLinePitch - 0.05) {
        tightened = true;
        EXPECT_GE(d, 26 * spec::kPt - 0.01);
      }
    }
    if (tightened) {
      checked += static_cast<int>(lines.size());  // checked for their pitch above
      continue;
    }
    for (const PdfLine& line : lines) {
      // Lines of the 版头 and the letter's header lines are not on the body grid.
      double k = (line.top() - spec::body_em_top(0)) / spec::kLinePitch;
      if (line.top() < spec::kTop - 0.5) continue;
      bool on_grid = std::abs(k - std::round(k)) * spec::kLinePitch < 0.05;
      if (p == 0 && !on_grid) continue;  // 版头 lines on page 1 (份号… are on it too)
      EXPECT_TRUE(on_grid) << GetParam() << " page " << p + 1 << " line at " << line.top()
                           << " mm: " << line.utf8();
      EXPECT_LE(std::round(k), 21) << line.utf8();
      ++checked;
    }
  }
  EXPECT_GT(checked, 10);
}

TEST_P(BodyGrid, NonFinalLinesSpanTheTextBlock) {
  Rendered r = render_sample(GetParam());
  ASSERT_TRUE(r.result.ok);
  int checked = 0;
  for (const PdfPage& page : r.pages) {
    std::vector<PdfLine> lines = body_lines(page);
    for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
      // A line followed by a flush-left line on the next grid line is a wrapped line of
      // the same paragraph, so it must fill the 版心 (first lines start two in).
      const PdfLine& a = lines[i];
      const PdfLine& b = lines[i + 1];
      bool next_line = std::abs(b.top() - a.top() - spec::kLinePitch) < 0.05;
      bool continues = std::abs(b.left() - spec::kLeft) < 0.3;
      bool starts_body = std::abs(a.left() - spec::kLeft) < 0.3 ||
                         std::abs(a.left() - (spec::kLeft + 2 * spec::kCharPitch)) < 0.3;
      // Short stacked lines (份号, 密级, 紧急程度; joint names) are not wrapped text.
      bool long_enough = a.glyphs.size() >= 15;
      if (!next_line || !continues || !starts_body || !long_enough) continue;
      EXPECT_NEAR(a.right(), spec::kRight, 0.2) << a.utf8();
      EXPECT_GE(a.left(), spec::kLeft - 0.2) << a.utf8();
      ++checked;
    }
  }
  EXPECT_GT(checked, 0);
}

TEST_P(BodyGrid, FullCjkLinesHold28CharactersOnThePitchUnlessAdjustedForAKinsoku) {
  Rendered r = render_sample(GetParam());
  ASSERT_TRUE(r.result.ok);
  const double pitch_pt = spec::kCharPitch / spec::kPt;
  int full = 0;
  for (const PdfPage& page : r.pages) {
    std::vector<PdfLine> lines = body_lines(page);
    for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
      const PdfLine& a = lines[i];
      const PdfLine& b = lines[i + 1];
      std::u32string t = a.text();
      if (!cjk_only(t) || std::abs(b.left() - spec::kLeft) > 0.3 ||
          std::abs(a.right() - spec::kRight) > 0.3) {
        continue;  // not a wrapped, pure-CJK line
      }
      int indent = static_cast<int>(std::lround((a.left() - spec::kLeft) / spec::kCharPitch));
      int n = static_cast<int>(t.size()) + indent;
      std::u32string next = b.text();
      // Adjacent marks close up by half a cell each pair (标点挤压), which lets a line hold
      // more glyphs; such lines are not on the plain pitch.
      const bool paired = has_adjacent_marks(t);
      if (n == 28 && !paired) {
        for (std::size_t g = 0; g + 1 < a.glyphs.size(); ++g) {
          EXPECT_NEAR((a.glyphs[g + 1].x - a.glyphs[g].x) / spec::kPt, pitch_pt, 0.02)
              << a.utf8();
        }
        ++full;
      } else if (n == 29 && !paired) {
        // A mark that may not start a line was pulled in by compressing marks.
        EXPECT_TRUE(detail::no_line_start(t.back())) << a.utf8();
      } else if (paired && n >= 28 && n <= 30) {
        continue;
      } else if (n == 27) {
        // A character was pushed out: the next line would otherwise start with a mark
        // that may not start a line, or this one end with one that may not end it.
        bool reason = (next.size() > 1 && detail::no_line_start(next[1])) ||
                      detail::no_line_end(t.back()) || detail::no_line_end(next[0]) ||
                      (next.size() > 1 && detail::unsplittable_pair(next[0], next[1]));
        EXPECT_TRUE(reason) << a.utf8() << " / " << b.utf8();
      } else {
        ADD_FAILURE() << n << " cells: " << a.utf8();
      }
    }
  }
  EXPECT_GT(full, 0);
}

TEST_P(BodyGrid, NoLineBreaksAKinsokuRule) {
  Rendered r = render_sample(GetParam());
  ASSERT_TRUE(r.result.ok);
  for (const PdfPage& page : r.pages) {
    for (const PdfLine& line : body_lines(page)) {
      std::u32string t = line.text();
      EXPECT_FALSE(detail::no_line_start(t.front())) << "starts with a closing mark: " << line.utf8();
      EXPECT_FALSE(detail::no_line_end(t.back())) << "ends with an opening mark: " << line.utf8();
    }
  }
}

TEST_P(BodyGrid, FontsAreEmbeddedSubsetAndUnicodeMapped) {
  Rendered r = render_sample(GetParam());
  ASSERT_TRUE(r.result.ok);
  TempDir dir;
  auto path = dir / "x.pdf";
  test::write_text(path, std::string(r.result.pdf.begin(), r.result.pdf.end()));
  CommandResult fonts = run_command("pdffonts '" + path.string() + "'");
  ASSERT_EQ(fonts.status, 0);
  int rows = 0;
  std::size_t pos = fonts.out.find("------");
  std::size_t eol = fonts.out.find('\n', pos);
  for (std::size_t s = eol + 1; s < fonts.out.size();) {
    std::size_t e = fonts.out.find('\n', s);
    std::string row = fonts.out.substr(s, e - s);
    if (!row.empty()) {
      EXPECT_NE(row.find("yes yes yes"), std::string::npos) << row;
      ++rows;
    }
    s = e == std::string::npos ? fonts.out.size() : e + 1;
  }
  EXPECT_GE(rows, 2);
  CommandResult check = run_command("qpdf --check '" + path.string() + "'");
  EXPECT_EQ(check.status, 0) << check.out;
  // A second engine renders it without complaint.
  CommandResult mu = run_command("mutool draw -q -o /dev/null '" + path.string() + "'");
  EXPECT_EQ(mu.status, 0) << mu.out;
  EXPECT_EQ(mu.out.find("error"), std::string::npos) << mu.out;
}

INSTANTIATE_TEST_SUITE_P(Samples, BodyGrid, ::testing::ValuesIn(kSamples),
                         [](const auto& param_info) {
                           std::string s = param_info.param;
                           for (char& c : s) {
                             if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                           }
                           return s;
                         });

TEST(BodyGridPage, AFullPageHas22LinesOnThePitch) {
  Rendered r = render_sample("seed-002-tongzhi.xml");
  ASSERT_TRUE(r.result.ok);
  ASSERT_GE(r.pages.size(), 3u);
  std::vector<PdfLine> lines = body_lines(r.pages[1]);  // page 2 is all body text
  ASSERT_EQ(lines.size(), 22u);
  for (int k = 0; k < 22; ++k) {
    EXPECT_NEAR(lines[static_cast<std::size_t>(k)].top(), spec::body_em_top(k), 0.05) << k;
  }
  for (std::size_t k = 0; k + 1 < lines.size(); ++k) {
    EXPECT_NEAR(lines[k + 1].top() - lines[k].top(), spec::kLinePitch, 0.05);
  }
}

TEST(BodyGridPage, TextRoundTrips) {
  std::string xml = read_text(source_path("samples/seed-004-xin.xml"));
  Rendered r = render_xml(xml);
  ASSERT_TRUE(r.result.ok);
  TempDir dir;
  test::write_text(dir / "x.pdf", std::string(r.result.pdf.begin(), r.result.pdf.end()));
  CommandResult text = run_command("pdftotext -enc UTF-8 '" + (dir / "x.pdf").string() + "' -");
  ASSERT_EQ(text.status, 0);
  // Joined without line breaks, spaces, form feeds and page numbers (— N —), so a
  // paragraph broken across lines and pages reads as one.
  std::string flat;
  std::size_t s = 0;
  while (s < text.out.size()) {
    std::size_t e = text.out.find('\n', s);
    if (e == std::string::npos) e = text.out.size();
    std::string line = text.out.substr(s, e - s);
    std::string kept;
    for (char c : line) {
      if (c != ' ' && c != '\f') kept += c;
    }
    bool page_number = kept.rfind("—", 0) == 0 && kept.size() > 6 &&
                       kept.compare(kept.size() - 3, 3, "—") == 0;
    if (!page_number) flat += kept;
    s = e + 1;
  }
  // Every paragraph of the XML is in the PDF's text, character for character.
  std::size_t start = 0;
  int found = 0;
  while ((start = xml.find("<p>", start)) != std::string::npos) {
    std::size_t end = xml.find("</p>", start);
    std::string p = xml.substr(start + 3, end - start - 3);
    std::string plain;
    for (std::size_t i = 0; i < p.size(); ++i) {
      if (p[i] == '<') {
        i = p.find('>', i);
        continue;
      }
      plain += p[i];
    }
    EXPECT_NE(flat.find(plain), std::string::npos) << plain;
    ++found;
    start = end;
  }
  EXPECT_GE(found, 10);
}

}  // namespace
}  // namespace gongwen
