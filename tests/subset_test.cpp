// subset_font: hb-subset renumbers glyphs, and each kept glyph must have the same outline
// under the CID the PDF draws it with (FontProgram::cid): in a bare CID-keyed CFF a glyph
// is selected by CID through the charset (ISO 32000-1 §9.7.4.2; FreeType does the same for
// a CFF not wrapped in an sfnt), so it must be the glyph's CID in the original font; in a
// TrueType subset it is the new glyph id (/CIDToGIDMap /Identity). Only the asked-for
// glyphs remain, the program is much smaller than the font, and the bytes are the same on
// every run.
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
#include "text/cff_charset.hpp"
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

// gids[i] of the original is drawn as cids[i] of the subset.
void expect_same_outlines(const FtBytes& original, const FtBytes& subset,
                          const std::vector<std::uint32_t>& gids,
                          const std::vector<std::uint32_t>& cids) {
  ASSERT_EQ(gids.size(), cids.size());
  for (std::size_t i = 0; i < gids.size(); ++i) {
    const std::uint32_t g = gids[i];
    Outline a = original.outline(g), b = subset.outline(cids[i]);
    EXPECT_GT(b.points, 0) << "gid " << g;
    EXPECT_EQ(a.points, b.points) << "gid " << g;
    EXPECT_EQ(a.box.xMin, b.box.xMin) << "gid " << g;
    EXPECT_EQ(a.box.yMin, b.box.yMin) << "gid " << g;
    EXPECT_EQ(a.box.xMax, b.box.xMax) << "gid " << g;
    EXPECT_EQ(a.box.yMax, b.box.yMax) << "gid " << g;
  }
}

TEST(Subset, CffIsDrawnByTheOriginalCids) {
  std::string error;
  auto f = Font::open(test::source_path("fonts/fandol/FandolFang-Regular.otf"), 0, error);
  ASSERT_TRUE(f) << error;
  std::vector<std::uint32_t> gids = gids_of(*f, U"中华人民共和国");
  // FandolFang's charset gives glyphs from id 8896 on a CID above their id (8896 is CID
  // 9907), so a glyph drawn by its new id or its old id instead of its CID would show.
  gids.push_back(8896);
  gids.push_back(9000);
  FontProgram p;
  ASSERT_TRUE(detail::subset_font(*f, gids, p, error)) << error;
  EXPECT_EQ(p.kind, FontProgram::Kind::cff);
  // A bare CFF table (header major version 1), not an sfnt wrapper.
  ASSERT_GT(p.bytes.size(), 4u);
  EXPECT_EQ(p.bytes[0], 1);
  EXPECT_LT(p.bytes.size(), f->data().size() / 50) << p.bytes.size();
  EXPECT_EQ(p.cid[gids.size() - 2], 9907u);

  FtBytes original(f->data().data(), f->data().size());
  FtBytes subset(p.bytes.data(), p.bytes.size());
  ASSERT_TRUE(original.face() && subset.face());
  // Renumbered: .notdef and the nine glyphs asked for, nothing else (counted from the
  // charset: FreeType's num_glyphs of a bare CID font is its CID range, not its glyphs).
  detail::CffCharset charset;
  ASSERT_TRUE(detail::read_cff_charset(p.bytes, true, charset));
  EXPECT_EQ(charset.cid_of_gid.size(), 10u);
  expect_same_outlines(original, subset, gids, p.cid);
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
  // Renumbered: .notdef, the eight glyphs and no more than their composite parts.
  EXPECT_GE(subset.face()->num_glyphs, 9);
  EXPECT_LT(subset.face()->num_glyphs, 40);
  expect_same_outlines(original, subset, gids, p.cid);
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
