// The body grid, read back from the PDF with poppler and compared with GB/T 9704's
// numbers (§5.2.3 and the spec's [gongwen] grid rules), on every sample.
#include <gtest/gtest.h>

#include <algorithm>
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

// Distinct tops of `lines`, top to bottom (lines of one row share a baseline).
std::vector<double> row_tops(const std::vector<PdfLine>& lines) {
  std::vector<double> tops;
  for (const PdfLine& l : lines) {
    if (tops.empty() || std::abs(l.top() - tops.back()) > 0.05) tops.push_back(l.top());
  }
  return tops;
}

// Page 1 above the body is not on the body grid; each element is checked against where
// the spec (shared/spec/gbt9704.md, GB/T 9704 §7.2, §7.3.1, §10.1) puts it, measured from
// the mark and red rules the PDF shows. Returns the em top of the last title line: the
// 3号 lines below it are the 主体's and sit on the grid.
double check_page_one_head(const PdfPage& page, const PdfGraphics& g) {
  const double p = spec::kLinePitch;
  const double em_in_box = (p - spec::kBody) / 2;  // a 3号 em box is centred in its line box
  double mark_top = 1e9, mark_bottom = 0;          // 发文机关标志: larger than the 2号 title
  for (const PdfLine& l : page.lines) {
    if (l.size() < 23) continue;
    mark_top = std::min(mark_top, l.top());
    mark_bottom = std::max(mark_bottom, l.top() + l.size() * spec::kPt);
  }
  const PdfRect* separator = nullptr;  // §7.2.6: 156 mm, 0.5 mm thick
  double letter_line_bottom = 0;       // §10.1: the upper double line's lower edge
  for (const PdfRect& r : g.rects) {
    if (std::abs(r.w - 156) < 0.01 && std::abs(r.h - 0.5) < 0.01 && r.y < mark_bottom + 60) {
      separator = &r;
    }
    if (std::abs(r.w - 170) < 0.01 && r.y < mark_bottom + 10) {
      letter_line_bottom = std::max(letter_line_bottom, r.y + r.h);
    }
  }
  const std::vector<PdfLine> title = page.lines_of_size(22.0);
  EXPECT_FALSE(title.empty()) << "no title on page 1";
  if (title.empty()) return 1e9;
  std::vector<PdfLine> above_mark, below_mark;  // 3号 lines of the 版头
  for (const PdfLine& l : body_lines(page)) {
    if (mark_bottom > 0 && l.top() < mark_top) above_mark.push_back(l);
    if (l.top() > mark_bottom && l.top() < title.front().top()) below_mark.push_back(l);
  }
  double title_box_top = 0;
  if (mark_bottom == 0) {
    // [gongwen] No 版头 at all (no <masthead>, 份号, 密级, 紧急程度): the title's first line
    // box starts at the 版心 top.
    EXPECT_TRUE(below_mark.empty() && above_mark.empty() && !separator);
    title_box_top = spec::kTop;
  } else if (letter_line_bottom > 0) {
    // §10.1 信函: mark 30 mm from the page top; 份号/紧急程度 left and 发文字号 right, the
    // first line 7/8 of a 3号 character (14 pt) below the double line; title two lines
    // below the last of them.
    EXPECT_NEAR(mark_top, 30, 0.05);
    EXPECT_TRUE(above_mark.empty());
    const std::vector<double> rows = row_tops(below_mark);
    EXPECT_FALSE(rows.empty());
    for (std::size_t j = 0; j < rows.size(); ++j) {
      EXPECT_NEAR(rows[j], letter_line_bottom + 14 * spec::kPt + static_cast<double>(j) * p, 0.05)
          << "信函 header row " << j + 1;
    }
    if (!rows.empty()) title_box_top = rows.back() - em_in_box + p + 2 * p;
  } else {
    // §7.2.1–7.2.3: 份号, 密级, 紧急程度 flush left on lines 1, 2, 3 of the 版心.
    const std::vector<double> stack = row_tops(above_mark);
    EXPECT_LE(stack.size(), 3u);
    for (std::size_t i = 0; i < stack.size(); ++i) {
      EXPECT_NEAR(stack[i], spec::body_em_top(static_cast<int>(i)), 0.05) << "版头 line " << i + 1;
    }
    for (const PdfLine& l : above_mark) EXPECT_NEAR(l.left(), spec::kLeft, 0.05) << l.utf8();
    // §7.2.4: the mark's top 35 mm below the 版心 top.
    EXPECT_NEAR(mark_top, spec::kTop + 35, 0.05);
    // §7.2.5/7.2.7: 发文字号 (and 签发人) two blank lines below the mark's em box, a second
    // 签发人 row one line lower, the 发文字号 on the last row.
    const std::vector<double> rows = row_tops(below_mark);
    const double first_row = mark_bottom + 2 * p + em_in_box;
    for (std::size_t j = 0; j < rows.size(); ++j) {
      EXPECT_NEAR(rows[j], first_row + static_cast<double>(j) * p, 0.05)
          << "row " << j + 1 << " below the mark";
    }
    // §7.2.6: the red separator's top 4 mm below the 发文字号's em box ([gongwen] without a
    // 发文字号, below where it would be).
    EXPECT_NE(separator, nullptr) << "no red separator";
    if (!separator) return 1e9;
    EXPECT_NEAR(separator->y, (rows.empty() ? first_row : rows.back()) + spec::kBody + 4, 0.05);
    EXPECT_NEAR(separator->x, spec::kLeft, 0.05);
    title_box_top = separator->y + separator->h + 2 * p;  // §7.3.1: two blank lines below
  }
  // Title lines on the 35 pt title pitch (a style value), the 2号 em centred in its box.
  const double title_pitch = 35 * spec::kPt;
  const double title_em_in_box = (35 - 22) / 2.0 * spec::kPt;
  for (std::size_t j = 0; j < title.size(); ++j) {
    EXPECT_NEAR(title[j].top(), title_box_top + static_cast<double>(j) * title_pitch + title_em_in_box,
                0.05)
        << "title line " << j + 1 << ": " << title[j].utf8();
  }
  return title.back().top();
}

class BodyGrid : public ::testing::TestWithParam<const char*> {};

TEST_P(BodyGrid, EveryBodyLineSitsOnTheGrid) {
  Rendered r = render_sample(GetParam());
  ASSERT_TRUE(r.result.ok);
  int checked = 0;
  for (std::size_t p = 0; p < r.pages.size(); ++p) {
    // The signature's page may be tightened (§7.3.5.5, the one exception to the grid):
    // then its pitch is below the grid's but not below 26 pt.
    std::vector<PdfLine> lines = body_lines(r.pages[p]);
    if (p == 0) {
      // Page 1: the 版头 and title have their own positions; the lines below are body.
      const double title_top = check_page_one_head(r.pages[0], r.graphics[0]);
      std::erase_if(lines, [&](const PdfLine& l) { return l.top() <= title_top; });
      EXPECT_FALSE(lines.empty()) << "page 1 shows no body text";
    }
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
      double k = (line.top() - spec::body_em_top(0)) / spec::kLinePitch;
      bool on_grid = std::abs(k - std::round(k)) * spec::kLinePitch < 0.05;
      EXPECT_GE(std::round(k), 0) << line.utf8();
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
