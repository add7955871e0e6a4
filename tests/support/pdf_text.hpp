// Reads a PDF's text back with poppler (an engine other than ours) as glyph boxes, and
// groups them into lines, so layout tests compare what was printed with the spec's
// millimetres. Coordinates: mm from the page's top-left corner. A glyph's box is its em
// box as the PDF's font descriptor states it (x = pen position, width = /W advance).
#pragma once

#include <string>
#include <vector>

namespace gongwen::test {

struct PdfGlyph {
  char32_t ch = 0;
  double x = 0, y = 0, w = 0, h = 0;  // mm
  double size = 0;                    // pt
  std::string font;                   // BaseFont without subset tag
  double right() const { return x + w; }
  double bottom() const { return y + h; }
};

struct PdfLine {
  std::vector<PdfGlyph> glyphs;  // left to right
  double top() const { return glyphs.front().y; }
  double left() const { return glyphs.front().x; }
  double right() const { return glyphs.back().right(); }
  double size() const { return glyphs.front().size; }
  std::u32string text() const;
  std::string utf8() const;
};

struct PdfPage {
  std::vector<PdfGlyph> glyphs;
  std::vector<PdfLine> lines;  // glyphs of one size on one baseline, top to bottom
  // Lines whose glyphs are `size` pt (±0.1), e.g. the 16 pt body.
  std::vector<PdfLine> lines_of_size(double size) const;
  // The first line containing `text`, or nullptr.
  const PdfLine* find(const std::u32string& text) const;
};

// Throws std::runtime_error when poppler cannot read the PDF.
std::vector<PdfPage> read_pdf_text(const std::vector<unsigned char>& pdf);

constexpr double kMmPerPt = 25.4 / 72.0;

}  // namespace gongwen::test
