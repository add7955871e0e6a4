// Small look-ups over read-back lines shared by the layout and format tests.
#pragma once

#include <stdexcept>
#include <string>

#include "common/utf8.hpp"
#include "support/pdf_text.hpp"
#include "support/spec.hpp"

namespace gongwen::test {

constexpr double kTol = 0.3;  // the issues' tolerance, mm
constexpr double P = spec::kLinePitch;
constexpr double C = spec::kCharPitch;

inline const PdfLine& line_with(const PdfPage& page, const std::u32string& t) {
  const PdfLine* l = page.find(t);
  if (!l) throw std::runtime_error("no line with " + detail::to_utf8(t));
  return *l;
}

inline double centre(const PdfLine& l) { return (l.left() + l.right()) / 2; }

// A page number line: starts with an em dash and sits below the 版心.
inline bool has_page_number(const PdfPage& page) {
  for (const PdfLine& l : page.lines) {
    if (!l.glyphs.empty() && l.text().front() == U'\u2014' && l.top() > spec::kBottom) return true;
  }
  return false;
}

}  // namespace gongwen::test
