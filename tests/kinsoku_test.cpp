// 禁则 against GB/T 15834 §5.1 and the web-platform-tests css/css-text/i18n/zh/ strict
// cases (line-break: strict, lang zh): none of these characters may start a line, and
// every one has a glyph in some font of each role's chain.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "common/diagnostics.hpp"
#include "common/utf8.hpp"
#include "linebreak/break_opportunities.hpp"
#include "style/style.hpp"
#include "support/files.hpp"
#include "text/font_provider.hpp"

namespace gongwen::detail {
namespace {

struct NoStartCase {
  char32_t ch;
  const char* source;
};

// The code points the wpt files list (css-text-line-break-zh-{iteration,cpm,hyphens,in,po}
// -strict.html), then GB/T 15834 §5.1's marks.
const std::vector<NoStartCase>& no_start_table() {
  static const std::vector<NoStartCase> table = {
      {0x3005, "wpt iteration"}, {0x303B, "wpt iteration"}, {0x309D, "wpt iteration"},
      {0x309E, "wpt iteration"}, {0x30FD, "wpt iteration"}, {0x30FE, "wpt iteration"},
      {0x30FB, "wpt cpm"},       {0xFF1A, "wpt cpm"},       {0xFF1B, "wpt cpm"},
      {0xFF65, "wpt cpm"},       {0x203C, "wpt cpm"},       {0x2047, "wpt cpm"},
      {0x2048, "wpt cpm"},       {0x2049, "wpt cpm"},       {0xFF01, "wpt cpm"},
      {0xFF1F, "wpt cpm"},       {0x2010, "wpt hyphens"},   {0x2013, "wpt hyphens"},
      {0x301C, "wpt hyphens"},   {0x30A0, "wpt hyphens"},   {0x2024, "wpt in"},
      {0x2025, "wpt in"},        {0x2026, "wpt in"},        {0x22EF, "wpt in"},
      {0xFE19, "wpt in"},        {0x10AF6, "wpt in"},       {0x00B0, "wpt po"},
      {0x2030, "wpt po"},        {0x2032, "wpt po"},        {0x2033, "wpt po"},
      {0x2035, "wpt po"},        {0x2103, "wpt po"},        {0x2109, "wpt po"},
      {0xFE6A, "wpt po"},        {0xFF05, "wpt po"},        {0xFFE0, "wpt po"},
      // GB/T 15834 §5.1: 句号 问号 叹号 逗号 顿号 分号 冒号, closing quotes and brackets.
      {U'。', "15834"}, {U'？', "15834"}, {U'！', "15834"}, {U'，', "15834"}, {U'、', "15834"},
      {U'；', "15834"}, {U'：', "15834"}, {U'”', "15834"}, {U'’', "15834"}, {U'）', "15834"},
      {U'〕', "15834"}, {U'］', "15834"}, {U'〉', "15834"}, {U'》', "15834"}, {U'」', "15834"},
      {U'』', "15834"}, {U'】', "15834"}, {U'〗', "15834"}, {U'｝', "15834"},
  };
  return table;
}

std::string hex(char32_t c) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(c));
  return buf;
}

TEST(Kinsoku, NoListedCharacterStartsALine) {
  // As the wpt cases set it: 文文 then the character then 字, each boundary asked.
  for (const NoStartCase& c : no_start_table()) {
    std::u32string s = U"文文";
    s += c.ch;
    s += U"字";
    std::vector<BreakKind> b;
    ASSERT_TRUE(break_opportunities(s, b));
    EXPECT_EQ(b[2], BreakKind::none) << hex(c.ch) << " (" << c.source << ") may start a line";
    EXPECT_EQ(b[1], BreakKind::allowed) << "文|文 must stay breakable";
  }
}

TEST(Kinsoku, EveryListedCharacterHasAGlyphInEveryRole) {
  Style style;
  Diagnostics diags;
  ASSERT_TRUE(load_style("", {}, style, diags));
  FontCache cache;
  RoleFonts fonts;
  ASSERT_TRUE(fonts.load(style, test::source_path("fonts/fandol"), cache, diags));
  for (int r = 0; r < kRoleCount; ++r) {
    const Role role = static_cast<Role>(r);
    std::vector<const Font*> chain;
    for (std::size_t i = 0; const Font* f = fonts.font(role, i); ++i) chain.push_back(f);
    ASSERT_EQ(chain.size(), style.fonts[r].size()) << role_name(role) << ": a font is missing";
    for (const NoStartCase& c : no_start_table()) {
      bool covered = false;
      for (const Font* f : chain) covered = covered || f->glyph_for(c.ch) != 0;
      EXPECT_TRUE(covered) << hex(c.ch) << " has no glyph in role " << role_name(role);
    }
  }
}

}  // namespace
}  // namespace gongwen::detail
