// Issue 12 §4: a character the primary font lacks falls back to a face of the same
// weight. A 小标宋 title or a 黑体 (bold) run must not show 線 and 況 in AR PL UMing's
// light regular strokes; the fallback is Noto CJK Bold, in the face of the text's
// characters: TC for traditional text, SC for simplified, never face 0 (JP).
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

// The fonts of `chars` on page 1 of the notice rendered with `ro`; none if it fails.
std::vector<std::string> rendered_fonts(const std::string& xml, const std::u32string& chars,
                                        const RenderOptions& ro = {}) {
  const RenderResult result = test::shared_engine().render(xml, "test.xml", ro);
  if (!result.ok) return {};
  const std::vector<test::PdfPage> pages = test::read_pdf_text(result.pdf);
  return pages.empty() ? std::vector<std::string>() : fonts_of(pages[0], chars);
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
    EXPECT_NE(f.find("CJKtc"), std::string::npos) << f;  // traditional text: the TC face
  }
  // FandolSong-Bold has 黨 and 於: those stay in the primary font.
  for (const std::string& f : fonts_of(r.pages[0], U"黨於")) {
    EXPECT_NE(f.find("FandolSong-Bold"), std::string::npos) << f;
  }
}

TEST(FallbackWeight, SimplifiedTextUsesTheScFace) {
  // 䶮 (U+4DAE, a given name's character) is not in FandolSong-Bold: it falls back.
  const std::vector<std::string> fonts = rendered_fonts(
      "<gongwen><title>关于表彰王䶮等同志为优秀党员干部的决定</title>\n"
      "<body><p>正文<strong>王䶮同志</strong>如下。</p></body></gongwen>",
      U"䶮");
  ASSERT_EQ(fonts.size(), 2u);
  for (const std::string& f : fonts) EXPECT_NE(f.find("CJKsc-Bold"), std::string::npos) << f;
}

TEST(FallbackWeight, CollectionWithoutFaceNumberFollowsTheText) {
  // --font xiaobiaosong=NotoSerifCJK-Bold.ttc (no #N): the TC face for traditional text.
  RenderOptions ro;
  ro.fonts = {{"xiaobiaosong", "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"}};
  const std::vector<std::string> fonts = rendered_fonts(
      "<gongwen><title>關於黨員幹部下沉一線情況的通知</title><body><p>正文。</p></body></gongwen>",
      U"關於黨", ro);
  ASSERT_EQ(fonts.size(), 3u);
  for (const std::string& f : fonts) EXPECT_NE(f.find("NotoSerifCJKtc-Bold"), std::string::npos) << f;
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
