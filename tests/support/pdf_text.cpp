#include "support/pdf_text.hpp"

#include <algorithm>
#include <cmath>
#include <memory>
#include <stdexcept>

#include "common/utf8.hpp"
#include "support/pdf_probe.hpp"

namespace gongwen::test {

std::u32string PdfLine::text() const {
  std::u32string s;
  for (const PdfGlyph& g : glyphs) s += g.ch;
  return s;
}

std::string PdfLine::utf8() const { return detail::to_utf8(text()); }

std::vector<PdfLine> PdfPage::lines_of_size(double size) const {
  std::vector<PdfLine> out;
  for (const PdfLine& l : lines) {
    if (std::abs(l.size() - size) < 0.1) out.push_back(l);
  }
  return out;
}

const PdfLine* PdfPage::find(const std::u32string& text) const {
  for (const PdfLine& l : lines) {
    if (l.text().find(text) != std::u32string::npos) return &l;
  }
  return nullptr;
}

std::vector<PdfPage> read_pdf_text(const std::vector<unsigned char>& pdf) {
  std::vector<PdfPage> pages;
  // poppler is read through pdf_probe (one reader for all tests); here in millimetres.
  for (const probe::Page& page : probe::load(pdf)) {
    PdfPage out;
    for (const probe::Glyph& pg : page.glyphs) {
      for (char32_t ch : pg.text) {
        PdfGlyph g;
        g.ch = ch;
        g.x = pg.x * kMmPerPt;
        g.y = pg.y * kMmPerPt;
        g.w = pg.w * kMmPerPt;
        g.h = pg.h * kMmPerPt;
        g.size = pg.size;
        auto plus = pg.font.find('+');
        g.font = plus == std::string::npos ? pg.font : pg.font.substr(plus + 1);
        out.glyphs.push_back(g);
      }
    }
    // Lines: same size, tops within 0.2 mm.
    std::vector<PdfGlyph> sorted = out.glyphs;
    std::stable_sort(sorted.begin(), sorted.end(), [](const PdfGlyph& a, const PdfGlyph& b) {
      if (std::abs(a.y - b.y) > 0.2) return a.y < b.y;
      return a.x < b.x;
    });
    for (const PdfGlyph& g : sorted) {
      PdfLine* target = nullptr;
      for (PdfLine& l : out.lines) {
        if (std::abs(l.top() - g.y) < 0.2 && std::abs(l.size() - g.size) < 0.1) target = &l;
      }
      if (!target) {
        out.lines.emplace_back();
        target = &out.lines.back();
      }
      target->glyphs.push_back(g);
    }
    for (PdfLine& l : out.lines) {
      std::sort(l.glyphs.begin(), l.glyphs.end(),
                [](const PdfGlyph& a, const PdfGlyph& b) { return a.x < b.x; });
    }
    std::stable_sort(out.lines.begin(), out.lines.end(),
                     [](const PdfLine& a, const PdfLine& b) { return a.top() < b.top(); });
    pages.push_back(std::move(out));
  }
  return pages;
}

}  // namespace gongwen::test
