// The text stage's shaping entry point, and the failures of the C libraries under it
// (HarfBuzz, fontconfig) that must come back as data: a diagnostic with a place, never a
// crash or silently missing text.
#include <gtest/gtest.h>
#include <hb.h>

#include <string>

#include "api/shaping_diagnostics.hpp"
#include "support/files.hpp"
#include "support/system_fonts.hpp"
#include "text/font_provider.hpp"
#include "text/shaper.hpp"

namespace gongwen {
namespace {

using namespace detail;

// Every role is FandolFang, with no fallback.
class OneFont final : public FontProvider {
 public:
  OneFont() {
    std::string error;
    font_ = Font::open(test::source_path("fonts/fandol/FandolFang-Regular.otf"), 0, error);
  }
  const Font* font(Role, std::size_t index) const override {
    return index == 0 ? font_.get() : nullptr;
  }
  bool ok() const { return font_ != nullptr; }

 private:
  std::unique_ptr<Font> font_;
};

// "中华人民" as it stands in `kSource`: line 2, columns 6..9.
const std::string kSource = "<body>\n  <p>中华人民</p>\n</body>";
StyledText four_characters() {
  StyledText t;
  const SourceOffset first = static_cast<SourceOffset>(kSource.find("中"));
  t.append(U"中华人民", {first, first + 3, first + 6, first + 9}, TextStyle{Role::fangsong, pt(16)});
  return t;
}

TEST(Shaping, EachIdeographIsOneClusterOfOneFullWidthGlyph) {
  OneFont fonts;
  ASSERT_TRUE(fonts.ok());
  ShapeReport report;
  ShapedText out = shape_text(four_characters(), fonts, report);
  ASSERT_EQ(out.clusters.size(), 4u);
  for (const Cluster& c : out.clusters) {
    EXPECT_EQ(c.glyph_end - c.glyph_begin, 1u);
    EXPECT_EQ(c.advance, pt(16));  // an ideograph is one em wide, the em is the size (16 pt)
  }
  EXPECT_TRUE(report.out_of_memory.empty());
  EXPECT_TRUE(report.missing.empty());
}

TEST(Shaping, ABufferHarfBuzzCouldNotAllocateIsAnOutOfMemoryErrorWithItsPlace) {
  OneFont fonts;
  ASSERT_TRUE(fonts.ok());
  // hb_buffer_create returns this inert buffer when it cannot allocate; shaping into it
  // gives no glyphs and no error code, only hb_buffer_allocation_successful() == false.
  hb_buffer_t* failed = hb_buffer_get_empty();
  ASSERT_FALSE(hb_buffer_allocation_successful(failed));
  ShapeReport report;
  ShapedText out = shape_text_with(four_characters(), fonts, failed, report);
  ASSERT_EQ(report.out_of_memory.size(), 1u);  // one run of one font and style
  EXPECT_EQ(report.out_of_memory[0].at, kSource.find("中"));
  // The text keeps its clusters (layout stays consistent) but has no glyphs to print.
  ASSERT_EQ(out.clusters.size(), 4u);
  EXPECT_TRUE(out.glyphs.empty());
  for (const Cluster& c : out.clusters) EXPECT_EQ(c.font, nullptr);  // layout draws none

  SourceMap map("notice.xml", kSource);
  Diagnostics diags(&map);
  report_shaping(report, diags);
  ASSERT_EQ(diags.list().size(), 1u);
  const Diagnostic& d = diags.list()[0];
  EXPECT_EQ(d.severity, Severity::error);
  EXPECT_EQ(d.code, "GW-E-OUT-OF-MEMORY");
  EXPECT_EQ(d.where.file, "notice.xml");
  EXPECT_EQ(d.where.line, 2);
  EXPECT_EQ(d.where.column, 6);
  EXPECT_NE(d.message.find("2:6"), std::string::npos) << d.message;
}

TEST(FontLookup, AFamilyFontconfigDoesNotHaveIsAnErrorEveryTimeItIsAsked) {
  FontCache cache;
  for (int attempt = 1; attempt <= 2; ++attempt) {  // the second answer comes from the cache
    std::string path, error;
    unsigned index = 7;
    EXPECT_FALSE(cache.find_family("Gongwen No Such Family", path, index, error)) << attempt;
    EXPECT_NE(error.find("Gongwen No Such Family"), std::string::npos) << attempt << ": " << error;
  }
}

TEST(FontLookup, AnInstalledFamilyGivesItsFileAndFace) {
  FontCache cache;
  std::string path, error;
  unsigned index = 7;
  // fonts-arphic-uming (scripts/setup.sh) puts the family in a collection: fontconfig names
  // the file and the face that carries the family name.
  ASSERT_TRUE(cache.find_family("AR PL UMing CN", path, index, error)) << error;
  EXPECT_EQ(path, test::kUming);
  std::string open_error;
  const Font* f = cache.get(path, index, open_error);
  ASSERT_NE(f, nullptr) << open_error;
  EXPECT_EQ(f->family_name(), "AR PL UMing CN");
}

}  // namespace
}  // namespace gongwen
