// Issue 12 §4: a character the primary font lacks falls back to a face of the same
// weight. A 小标宋 title or a 黑体 (bold) run must not show 線 and 況 in AR PL UMing's
// light regular strokes; the fallback is Noto CJK Bold, its simplified-Chinese face.
#include <gtest/gtest.h>

#include <string>

#include "common/utf8.hpp"
#include "support/render.hpp"
#include "text/font_provider.hpp"

namespace gongwen {
namespace {

using test::PdfGlyph;
using test::render_xml;

// The fonts poppler reads back for each of `chars` wherever they are printed.
std::vector<std::string> fonts_of(const test::PdfPage& page, const std::u32string& chars) {
  std::vector<std::string> fonts;
  for (const PdfGlyph& g : page.glyphs) {
    if (chars.find(g.ch) != std::u32string::npos) fonts.push_back(g.font);
  }
  return fonts;
}

TEST(FallbackWeight, TraditionalTitleAndBoldRunUseABoldFace) {
  test::Rendered r = render_xml(
      "<gongwen><title>關於黨員干部下沉一線情況的通知</title>\n"
      "<body><p>正文<strong>一線情況</strong>如下。</p></body></gongwen>");
  ASSERT_TRUE(r.result.ok);
  ASSERT_FALSE(r.pages.empty());
  const std::vector<std::string> fonts = fonts_of(r.pages[0], U"線況");
  ASSERT_EQ(fonts.size(), 4u);  // twice in the title, twice in the bold run
  for (const std::string& f : fonts) {
    EXPECT_NE(f.find("Bold"), std::string::npos) << f;
    EXPECT_EQ(f.find("UMing"), std::string::npos) << f;
    EXPECT_NE(f.find("CJKsc"), std::string::npos) << f;  // the SC face, not face 0 (JP)
  }
  // FandolSong-Bold has 黨 and 於: those stay in the primary font.
  for (const std::string& f : fonts_of(r.pages[0], U"黨於")) {
    EXPECT_NE(f.find("FandolSong-Bold"), std::string::npos) << f;
  }
}

TEST(FallbackWeight, FamilyWithStyleSelectsThatFace) {
  detail::FontCache cache;
  std::string path, error;
  unsigned index = 0;
  ASSERT_TRUE(cache.find_family("Noto Serif CJK SC:Bold", path, index, error)) << error;
  EXPECT_NE(path.find("NotoSerifCJK-Bold"), std::string::npos) << path;
  EXPECT_NE(index, 0u);  // face 0 of the collection is the JP one
  ASSERT_TRUE(cache.find_family("Noto Serif CJK SC:Regular", path, index, error)) << error;
  EXPECT_NE(path.find("NotoSerifCJK-Regular"), std::string::npos) << path;
  // A style the family does not have is not silently replaced by another.
  EXPECT_FALSE(cache.find_family("Noto Serif CJK SC:Condensed Italic", path, index, error));
}

}  // namespace
}  // namespace gongwen
