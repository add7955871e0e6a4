// A one-element-per-line notice template for the layout overflow tests (issue 8), so a
// diagnostic's line:column can be written by hand, and a read-back check that every glyph
// lies inside the 版心. Sizes worked out from GB/T 9704: 3号 = 16 pt = 5.644 mm a CJK
// character, 4号 = 14 pt = 4.939 mm.
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "common/utf8.hpp"
#include "support/lines.hpp"
#include "support/render.hpp"
#include "support/spec.hpp"

namespace gongwen::test {

constexpr double kBody = 16 * spec::kPt;      // 5.644 mm
constexpr double kColophon = 14 * spec::kPt;  // 4.939 mm

inline std::string repeat(const std::string& s, int n) {
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


inline void expect_inside_body(const Rendered& r) {
  for (const PdfPage& page : r.pages) {
    for (const PdfGlyph& g : page.glyphs) {
      if (g.y > spec::kBottom) continue;  // the page number, 7 mm below the 版心
      EXPECT_GE(g.x, spec::kLeft - kTol) << detail::to_utf8(std::u32string(1, g.ch));
      EXPECT_LE(g.right(), spec::kRight + kTol) << detail::to_utf8(std::u32string(1, g.ch));
      EXPECT_GE(g.y, spec::kTop - kTol);
    }
  }
}

}  // namespace gongwen::test
