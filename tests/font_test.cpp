// Font: the bundled Fandol OTFs (CFF outlines) and a TrueType collection open with the
// metrics layout relies on; bad files give a nullptr and a sentence, never a throw.
#include "text/font.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "support/files.hpp"
#include "support/system_fonts.hpp"
#include "text/hb_handles.hpp"

namespace gongwen {
namespace {

using detail::Font;

const char* const kFandol[] = {"FandolFang-Regular.otf", "FandolSong-Regular.otf",
                               "FandolSong-Bold.otf", "FandolHei-Regular.otf",
                               "FandolKai-Regular.otf"};
using test::kUming;
using test::kSetupHint;

std::string fandol(const std::string& file) { return test::source_path("fonts/fandol/" + file); }

class FontFandol : public ::testing::TestWithParam<const char*> {};

TEST_P(FontFandol, OpensAsCffWithAnEmBoxOfOneEm) {
  std::string error;
  std::unique_ptr<Font> f = Font::open(fandol(GetParam()), 0, error);
  ASSERT_TRUE(f) << error;
  EXPECT_TRUE(error.empty());
  EXPECT_TRUE(f->is_cff());
  EXPECT_EQ(f->units_per_em(), 1000);
  const std::uint32_t zhong = f->glyph_for(U'中');
  EXPECT_NE(zhong, 0u);
  EXPECT_EQ(f->advance(zhong), 1000);
  EXPECT_EQ(f->em_ascender() - f->em_descender(), f->units_per_em());
  EXPECT_GT(f->em_ascender(), 0);
  EXPECT_LT(f->em_descender(), 0);
  EXPECT_GT(f->glyph_count(), 10000u);
  EXPECT_LT(zhong, f->glyph_count());
  EXPECT_FALSE(f->postscript_name().empty());
  EXPECT_EQ(f->postscript_name().find_first_not_of(
                "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-"),
            std::string::npos);
  EXPECT_FALSE(f->family_name().empty());
  EXPECT_LT(f->bbox()[0], f->bbox()[2]);
  EXPECT_LT(f->bbox()[1], f->bbox()[3]);
  EXPECT_GT(f->cap_height(), 0);
  EXPECT_EQ(f->data().size(), std::filesystem::file_size(fandol(GetParam())));
  EXPECT_NE(detail::FontHandles::face(*f), nullptr);
  EXPECT_NE(detail::FontHandles::font(*f), nullptr);
}

INSTANTIATE_TEST_SUITE_P(All, FontFandol, ::testing::ValuesIn(kFandol));

TEST(Font, FandolFangNamesAndMissingCharacter) {
  std::string error;
  auto f = Font::open(fandol("FandolFang-Regular.otf"), 0, error);
  ASSERT_TRUE(f) << error;
  EXPECT_EQ(f->postscript_name(), "FandolFang-Regular");
  EXPECT_EQ(f->family_name(), "FandolFang");
  EXPECT_EQ(f->face_index(), 0u);
  EXPECT_EQ(f->glyph_for(U'喆'), 0u);  // Fandol lacks it: the fallback font's job
}

TEST(Font, TrueTypeCollectionFace) {
  ASSERT_TRUE(std::filesystem::exists(kUming)) << kUming << kSetupHint;
  std::string error;
  auto f = Font::open(kUming, 0, error);
  ASSERT_TRUE(f) << error;
  EXPECT_FALSE(f->is_cff());
  EXPECT_NE(f->glyph_for(U'喆'), 0u);
  EXPECT_GT(f->advance(f->glyph_for(U'中')), 0);
  EXPECT_EQ(f->em_ascender() - f->em_descender(), f->units_per_em());
  auto second = Font::open(kUming, 1, error);
  ASSERT_TRUE(second) << error;
  EXPECT_EQ(second->face_index(), 1u);
  EXPECT_NE(second->postscript_name(), f->postscript_name());
}

TEST(Font, MissingFileIsAnError) {
  std::string error;
  EXPECT_EQ(Font::open("/nonexistent/font.otf", 0, error), nullptr);
  EXPECT_NE(error.find("/nonexistent/font.otf"), std::string::npos) << error;
  EXPECT_NE(error.find("No such file"), std::string::npos) << error;
}

TEST(Font, FaceIndexOutOfRangeSaysHowManyFaces) {
  std::string error;
  EXPECT_EQ(Font::open(fandol("FandolFang-Regular.otf"), 3, error), nullptr);
  EXPECT_NE(error.find("has 1 face"), std::string::npos) << error;
  error.clear();
  ASSERT_TRUE(std::filesystem::exists(kUming)) << kUming << kSetupHint;
  EXPECT_EQ(Font::open(kUming, 99, error), nullptr);
  EXPECT_NE(error.find("faces"), std::string::npos) << error;
}

TEST(Font, TextFileIsNotAFont) {
  test::TempDir dir;
  const std::string path = (dir / "notes.txt").string();
  test::write_text(path, "这不是字体 — not a font at all\n");
  std::string error;
  EXPECT_EQ(Font::open(path, 0, error), nullptr);
  EXPECT_NE(error.find("not a font"), std::string::npos) << error;
}

TEST(Font, EmptyFileAndDirectoryAreErrors) {
  test::TempDir dir;
  const std::string empty = (dir / "empty.otf").string();
  test::write_text(empty, "");
  std::string error;
  EXPECT_EQ(Font::open(empty, 0, error), nullptr);
  EXPECT_FALSE(error.empty());
  error.clear();
  EXPECT_EQ(Font::open(dir.path().string(), 0, error), nullptr);
  EXPECT_FALSE(error.empty());
}

}  // namespace
}  // namespace gongwen
