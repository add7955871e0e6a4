#include "support/pdf_text.hpp"

#include <poppler-document.h>
#include <poppler-page.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <stdexcept>

#include "common/utf8.hpp"

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
  std::unique_ptr<poppler::document> doc(poppler::document::load_from_raw_data(
      reinterpret_cast<const char*>(pdf.data()), static_cast<int>(pdf.size())));
  if (!doc) throw std::runtime_error("poppler cannot read the PDF");
  std::vector<PdfPage> pages;
  for (int i = 0; i < doc->pages(); ++i) {
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    PdfPage out;
    for (const poppler::text_box& box : page->text_list(poppler::page::text_list_include_font)) {
      poppler::byte_array utf8 = box.text().to_utf8();
      std::u32string chars;
      detail::from_utf8(std::string(utf8.begin(), utf8.end()), chars);
      for (std::size_t k = 0; k < chars.size(); ++k) {
        poppler::rectf r = box.char_bbox(k);
        PdfGlyph g;
        g.ch = chars[k];
        g.x = r.x() * kMmPerPt;
        g.y = r.y() * kMmPerPt;
        g.w = r.width() * kMmPerPt;
        g.h = r.height() * kMmPerPt;
        g.size = box.get_font_size();
        std::string font = box.get_font_name(static_cast<int>(k));
        auto plus = font.find('+');
        g.font = plus == std::string::npos ? font : font.substr(plus + 1);
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
