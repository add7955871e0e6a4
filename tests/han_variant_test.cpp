// Issue 12 §4: the document's characters decide whether a font collection's simplified
// (SC) or traditional (TC) face is used. Expected values from the characters themselves:
// 關於黨員 are traditional forms of 关于党员.
#include <gtest/gtest.h>

#include <string>

#include "support/system_fonts.hpp"
#include "text/font.hpp"
#include "text/han_variant.hpp"

namespace gongwen::detail {
namespace {

TEST(HanVariant, DecidedByTheMajorityOfVariantCharacters) {
  EXPECT_EQ(han_variant_of("關於黨員干部下沉一線的通知"), HanVariant::traditional);
  EXPECT_EQ(han_variant_of("关于党员干部下沉一线的通知"), HanVariant::simplified);
  // A simplified notice quoting one traditional name stays simplified.
  EXPECT_EQ(han_variant_of("<p>关于做好这个时期党员工作的通知：臺灣</p>"), HanVariant::simplified);
  // Neither kind (characters shared by both, ASCII, invalid bytes): the 公文 default.
  EXPECT_EQ(han_variant_of("<title>人民</title>\xff\xfe"), HanVariant::simplified);
  EXPECT_EQ(han_variant_of(""), HanVariant::simplified);
}

TEST(HanVariant, NotoFamiliesFollowTheVariant) {
  EXPECT_EQ(family_for_variant("Noto Serif CJK SC:Bold", HanVariant::traditional),
            "Noto Serif CJK TC:Bold");
  EXPECT_EQ(family_for_variant("Noto Sans CJK SC", HanVariant::traditional), "Noto Sans CJK TC");
  EXPECT_EQ(family_for_variant("Noto Sans CJK TC", HanVariant::simplified), "Noto Sans CJK SC");
  EXPECT_EQ(family_for_variant("Noto Serif CJK SC:Bold", HanVariant::simplified),
            "Noto Serif CJK SC:Bold");
  EXPECT_EQ(family_for_variant("AR PL UMing CN", HanVariant::traditional), "AR PL UMing CN");
}

TEST(HanVariant, CollectionFaceByFamilySuffix) {
  const std::string noto = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc";
  std::string error;
  const unsigned sc = Font::collection_face(noto, "SC");
  const unsigned tc = Font::collection_face(noto, "TC");
  auto sc_font = Font::open(noto, sc, error);
  ASSERT_TRUE(sc_font) << error;
  auto tc_font = Font::open(noto, tc, error);
  ASSERT_TRUE(tc_font) << error;
  EXPECT_EQ(sc_font->family_name(), "Noto Serif CJK SC");
  EXPECT_EQ(tc_font->family_name(), "Noto Serif CJK TC");
  // A collection without such faces (AR PL UMing: CN, HK, TW), or no collection: face 0.
  EXPECT_EQ(Font::collection_face(test::kUming, "SC"), 0u);
  EXPECT_EQ(Font::collection_face("/nonexistent.ttc", "SC"), 0u);
}

}  // namespace
}  // namespace gongwen::detail
