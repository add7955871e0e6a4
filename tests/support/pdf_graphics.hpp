// Reads back what poppler's text API does not give: filled rectangles (rules) with their
// fill colour, and where images are drawn, by interpreting each page's content stream with
// qpdf (operators q Q cm re f rg k g Do). Units: millimetres from the page's top-left
// corner, as the spec states its numbers.
#pragma once

#include <string>
#include <vector>

namespace gongwen::test {

struct PdfRect {
  double x = 0, y = 0, w = 0, h = 0;  // mm, y = top edge, from the page top
  std::string color;                  // "cmyk(0,1,1,0)", "rgb(1,0,0)", "gray(0)"
};

struct PdfImage {
  double x = 0, y = 0, w = 0, h = 0;  // mm, y = top edge
  bool multiply = false;              // drawn under a graphics state with /BM /Multiply
};

struct PdfGraphics {
  std::vector<PdfRect> rects;
  std::vector<PdfImage> images;
};

// One entry per page. Throws std::runtime_error if the PDF cannot be read.
std::vector<PdfGraphics> read_graphics(const std::vector<unsigned char>& pdf);

}  // namespace gongwen::test
