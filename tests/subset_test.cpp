// subset_font: hb-subset keeps glyph ids (the PDF's CIDs), so each kept glyph must have
// the same outline at the same id in the subset, dropped glyphs are empty, the program is
// much smaller than the font, and the bytes are the same on every run.
#include "text/subset.hpp"

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_OUTLINE_H
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <memory>

#include "support/files.hpp"
#include "support/system_fonts.hpp"
#include "text/font.hpp"

namespace gongwen {
namespace {

using detail::Font;
using detail::FontProgram;

using test::kUming;
using test::kSetupHint;

// The outline of one glyph as FreeType reads it, in font units.
struct Outline {
  int points = 0;
  FT_BBox box{};
};

// Opens font bytes (a whole sfnt or a bare CFF table) with FreeType for checking.
class FtBytes {
 public:
  FtBytes(const std::uint8_t* data, std::size_t size, long index = 0) {
    if (FT_Init_FreeType(&lib_) != 0) return;
    if (FT_New_Memory_Face(lib_, data, static_cast<FT_Long>(size), index, &face_) != 0) {
      face_ = nullptr;
    }
  }
  ~FtBytes() {
    if (face_) FT_Done_Face(face_);
    if (lib_) FT_Done_FreeType(lib_);
  }
  FtBytes(const FtBytes&) = delete;
  FtBytes& operator=(const FtBytes&) = delete;
  FT_Face face() const { return face_; }
  Outline outline(std::uint32_t gid) const {
    Outline o;
    if (FT_Load_Glyph(face_, gid, FT_LOAD_NO_SCALE | FT_LOAD_NO_HINTING) != 0) return o;
    o.points = face_->glyph->outline.n_points;
    FT_Outline_Get_CBox(&face_->glyph->outline, &o.box);
    return o;
  }

 private:
  FT_Library lib_ = nullptr;
  FT_Face face_ = nullptr;
};

std::vector<std::uint32_t> gids_of(const Font& f, const std::u32string& text) {
  std::vector<std::uint32_t> gids;
  for (char32_t c : text) gids.push_back(f.glyph_for(c));
  return gids;
}

void expect_same_outlines(const FtBytes& original, const FtBytes& subset,
                          const std::vector<std::uint32_t>& gids) {
  for (std::uint32_t g : gids) {
    Outline a = original.outline(g), b = subset.outline(g);
    EXPECT_GT(b.points, 0) << "gid " << g;
    EXPECT_EQ(a.points, b.points) << "gid " << g;
    EXPECT_EQ(a.box.xMin, b.box.xMin) << "gid " << g;
    EXPECT_EQ(a.box.yMin, b.box.yMin) << "gid " << g;
    EXPECT_EQ(a.box.xMax, b.box.xMax) << "gid " << g;
    EXPECT_EQ(a.box.yMax, b.box.yMax) << "gid " << g;
  }
}

TEST(Subset, CffKeepsGlyphIdsAndOutlines) {
  std::string error;
  auto f = Font::open(test::source_path("fonts/fandol/FandolFang-Regular.otf"), 0, error);
  ASSERT_TRUE(f) << error;
  const std::vector<std::uint32_t> gids = gids_of(*f, U"中华人民共和国");
  FontProgram p;
  ASSERT_TRUE(detail::subset_font(*f, gids, p, error)) << error;
  EXPECT_EQ(p.kind, FontProgram::Kind::cff);
  // A bare CFF table (header major version 1), not an sfnt wrapper.
  ASSERT_GT(p.bytes.size(), 4u);
  EXPECT_EQ(p.bytes[0], 1);
  EXPECT_LT(p.bytes.size(), f->data().size() / 50) << p.bytes.size();

  FtBytes original(f->data().data(), f->data().size());
  FtBytes subset(p.bytes.data(), p.bytes.size());
  ASSERT_TRUE(original.face() && subset.face());
  // Retained glyph ids: every id up to the largest kept one still exists.
  EXPECT_GT(subset.face()->num_glyphs,
            static_cast<long>(*std::max_element(gids.begin(), gids.end())));
  expect_same_outlines(original, subset, gids);
  // A glyph that was not asked for keeps its id but has no outline.
  const std::uint32_t yi = f->glyph_for(U'一');
  ASSERT_LT(yi, static_cast<std::uint32_t>(subset.face()->num_glyphs)) << "pick a lower gid";
  EXPECT_EQ(subset.outline(yi).points, 0);
}

TEST(Subset, TrueTypeGivesAWholeSfnt) {
  ASSERT_TRUE(std::filesystem::exists(kUming)) << kUming << kSetupHint;
  std::string error;
  auto f = Font::open(kUming, 0, error);
  ASSERT_TRUE(f) << error;
  const std::vector<std::uint32_t> gids = gids_of(*f, U"喆中华人民共和国");
  FontProgram p;
  ASSERT_TRUE(detail::subset_font(*f, gids, p, error)) << error;
  EXPECT_EQ(p.kind, FontProgram::Kind::truetype);
  ASSERT_GT(p.bytes.size(), 12u);
  EXPECT_EQ(p.bytes[0], 0);  // sfnt version 0x00010000 (not a collection)
  EXPECT_EQ(p.bytes[1], 1);
  EXPECT_LT(p.bytes.size(), f->data().size() / 20) << p.bytes.size();

  FtBytes original(f->data().data(), f->data().size(), 0);
  FtBytes subset(p.bytes.data(), p.bytes.size());
  ASSERT_TRUE(original.face() && subset.face());
  EXPECT_GT(subset.face()->num_glyphs,
            static_cast<long>(*std::max_element(gids.begin(), gids.end())));
  expect_same_outlines(original, subset, gids);
}

TEST(Subset, SameInputSameBytes) {
  std::string error;
  auto f = Font::open(test::source_path("fonts/fandol/FandolSong-Bold.otf"), 0, error);
  ASSERT_TRUE(f) << error;
  const std::vector<std::uint32_t> gids = gids_of(*f, U"关于印发《办法》的通知");
  FontProgram a, b;
  ASSERT_TRUE(detail::subset_font(*f, gids, a, error)) << error;
  ASSERT_TRUE(detail::subset_font(*f, gids, b, error)) << error;
  EXPECT_EQ(a.bytes, b.bytes);
}

TEST(Subset, EmptyGlyphSetStillGivesAProgram) {
  // Only .notdef: a valid (tiny) font, so a page of nothing but spaces still embeds.
  std::string error;
  auto f = Font::open(test::source_path("fonts/fandol/FandolHei-Regular.otf"), 0, error);
  ASSERT_TRUE(f) << error;
  FontProgram p;
  ASSERT_TRUE(detail::subset_font(*f, {}, p, error)) << error;
  EXPECT_FALSE(p.bytes.empty());
}

}  // namespace
}  // namespace gongwen
