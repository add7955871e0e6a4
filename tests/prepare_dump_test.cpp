// The prepare stage through its dumps: small inputs → the dump lines a person expects,
// worked out from the rules (GB/T 9704 sizes, GB/T 15834 / clreq 禁则 and 标点挤压), never
// pasted from the engine. Lengths: 16 pt (3号) = 5.644 mm, 22 pt (2号) = 7.761 mm.
#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "common/length.hpp"
#include "common/utf8.hpp"
#include "prepare/prepare.hpp"
#include "prepare/prepared_dump.hpp"
#include "support/files.hpp"
#include "support/synthetic_text.hpp"
#include "text/font.hpp"

namespace gongwen::detail {
namespace {

// The default Fandol faces by role, primaries only (no fallback: every test character is
// in them).
class FandolFonts final : public FontProvider {
 public:
  FandolFonts() {
    open(Role::fangsong, "FandolFang-Regular.otf");
    open(Role::heiti, "FandolHei-Regular.otf");
    open(Role::xiaobiaosong, "FandolSong-Bold.otf");
  }
  const Font* font(Role role, std::size_t index) const override {
    auto it = fonts_.find(role);
    return index == 0 && it != fonts_.end() ? it->second.get() : nullptr;
  }
  const Font* by_name(const std::string& ps_name) const {
    for (const auto& [role, f] : fonts_) {
      if (f->postscript_name() == ps_name) return f.get();
    }
    return nullptr;
  }

 private:
  void open(Role role, const std::string& file) {
    std::string error;
    fonts_[role] = Font::open(test::source_path("fonts/fandol/" + file), 0, error);
    EXPECT_TRUE(fonts_[role]) << error;
  }
  std::map<Role, std::unique_ptr<Font>> fonts_;
};

const FandolFonts& fandol() {
  static const FandolFonts fonts;
  return fonts;
}

// Replaces each {c} in an expected `run` line by c's glyph id in that line's font (the
// cmap's answer, so the table states characters, not font-specific numbers).
std::string with_gids(const std::string& expected) {
  auto at = expected.find("font=");
  if (at == std::string::npos) return expected;
  const std::string name = expected.substr(at + 5, expected.find(' ', at) - at - 5);
  const Font* font = fandol().by_name(name);
  EXPECT_TRUE(font) << name;
  std::string out;
  for (std::size_t i = 0; i < expected.size(); ++i) {
    auto close = expected.find('}', i);
    if (expected[i] == '{' && font && close != std::string::npos) {
      std::u32string c;
      EXPECT_TRUE(from_utf8(expected.substr(i + 1, close - i - 1), c));
      out += std::to_string(c.size() == 1 ? font->glyph_for(c[0]) : 0);
      i = close;
    } else {
      out += expected[i];
    }
  }
  return out;
}

std::string joined(const std::vector<std::string>& rows, bool gids) {
  std::string s;
  for (const std::string& r : rows) s += (gids ? with_gids(r) : r) + "\n";
  return s;
}

struct Piece {
  std::u32string text;
  Role role;
  Length size;
};

struct ShapeCase {
  const char* rule;
  std::vector<Piece> input;
  std::vector<std::string> runs;
};

TEST(PrepareRuns, ShapedRunsAreWhatTheFontsAndSizesGive) {
  const std::vector<ShapeCase> cases = {
      {"§7.3.3: a first-level heading number in 黑体 3号; the ideograph and the full-width "
       "、 each advance one em",
       {{U"一、", Role::heiti, pt(16)}},
       {"run 0 chars=0..2 font=FandolHei-Regular size=16pt \"一、\" [{一}=0+5.644|{、}=1+5.644]"}},
      {"digits keep their half-width (half-em) advances beside a full-width ideograph",
       {{U"2022年", Role::fangsong, pt(16)}},
       {"run 0 chars=0..5 font=FandolFang-Regular size=16pt \"2022年\" "
        "[{2}=0+2.822|{0}=1+2.822|{2}=2+2.822|{2}=3+2.822|{年}=4+5.644]"}},
      {"<strong> (黑体) then 仿宋: one run per font, clusters counted across both",
       {{U"一是", Role::heiti, pt(16)}, {U"加强", Role::fangsong, pt(16)}},
       {"run 0 chars=0..2 font=FandolHei-Regular size=16pt \"一是\" [{一}=0+5.644|{是}=1+5.644]",
        "run 1 chars=2..4 font=FandolFang-Regular size=16pt \"加强\" [{加}=2+5.644|{强}=3+5.644]"}},
      {"a <br/> (U+2028) is a break of its own, with no glyph",
       {{U"甲\u2028乙", Role::fangsong, pt(16)}},
       {"run 0 chars=0..1 font=FandolFang-Regular size=16pt \"甲\" [{甲}=0+5.644]",
        "run 1 chars=1..2 break",
        "run 2 chars=2..3 font=FandolFang-Regular size=16pt \"乙\" [{乙}=2+5.644]"}},
      {"§7.3.1: a title in 2号 小标宋 (22 pt = 7.761 mm an em)",
       {{U"通知", Role::xiaobiaosong, pt(22)}},
       {"run 0 chars=0..2 font=FandolSong-Bold size=22pt \"通知\" [{通}=0+7.761|{知}=1+7.761]"}},
  };
  for (const ShapeCase& c : cases) {
    StyledText text;
    for (const Piece& p : c.input) text.append(p.text, TextStyle{p.role, p.size}, 0);
    ShapeReport report;
    const ShapedText shaped = shape_paragraph(text, fandol(), report);
    EXPECT_TRUE(report.missing.empty()) << c.rule;
    EXPECT_EQ(dump_runs(text, shaped), joined(c.runs, true)) << c.rule;
  }
}

struct BreakCase {
  const char* rule;
  std::u32string text;
  std::vector<std::string> lines;
};

// Lines five 16 pt cells wide (28.222 mm) on a 16 pt grid, with the synthetic metrics of
// support/synthetic_text.hpp (ideographs and full-width marks one em, the rest half).
// Justification spreads the slack over the gaps between characters in integer shares
// rounded to the EMU: one cell (203200 EMU) over three gaps is 67733, 67734, 67733.
TEST(PrepareLines, BrokenLinesFollowTheRules) {
  const std::vector<BreakCase> cases = {
      {"a line holds five cells; the rest is the last line, not justified",
       U"一二三四五六七",
       {"line 0 chars=0..5 break=wrap adjusted=no half=- x=0.000..28.222 \"一二三四五\" "
        "at=[0.000,5.644,11.289,16.933,22.578]",
        "line 1 chars=5..7 break=end adjusted=no half=- x=0.000..11.289 \"六七\" "
        "at=[0.000,5.644]"}},
      {"GB/T 15834 / 禁则: ， never starts a line; one mark cannot shrink a whole cell, so "
       "五 moves down with it and line 0 is justified over three gaps",
       U"一二三四五，六",
       {"line 0 chars=0..4 break=wrap adjusted=yes half=- x=0.000..28.222 \"一二三四\" "
        "at=[0.000,7.526,15.052,22.578]",
        "line 1 chars=4..7 break=end adjusted=no half=- x=0.000..16.933 \"五，六\" "
        "at=[0.000,5.644,11.289]"}},
      {"禁则: an opening bracket never ends a line, so （ goes down with 五",
       U"一二三四（五）",
       {"line 0 chars=0..4 break=wrap adjusted=yes half=- x=0.000..28.222 \"一二三四\" "
        "at=[0.000,7.526,15.052,22.578]",
        "line 1 chars=4..7 break=end adjusted=no half=- x=0.000..16.933 \"（五）\" "
        "at=[0.000,5.644,11.289]"}},
      {"标点挤压: 。 before 」 gives up its blank half (clreq §3.1.7); 」 keeps its em",
       U"一二。」三",
       {"line 0 chars=0..5 break=end adjusted=yes half=2 x=0.000..25.400 \"一二。」三\" "
        "at=[0.000,5.644,11.289,14.111,19.756]"}},
      {"行尾点号压缩: six cells with two compressible marks fit five by halving both, "
       "preferred over pushing 。 and 四 down",
       U"一二三，四。六",
       {"line 0 chars=0..6 break=wrap adjusted=yes half=3,5 x=0.000..28.222 \"一二三，四。\" "
        "at=[0.000,5.644,11.289,16.933,19.756,25.400]",
        "line 1 chars=6..7 break=end adjusted=no half=- x=0.000..5.644 \"六\" at=[0.000]"}},
      {"a number is not split and keeps half-width digits; the gap before it is no 禁则",
       U"一二三四2022",
       {"line 0 chars=0..4 break=wrap adjusted=no half=- x=0.000..28.222 \"一二三四\" "
        "at=[0.000,7.526,15.052,22.578]",
        "line 1 chars=4..8 break=end adjusted=no half=- x=0.000..11.289 \"2022\" "
        "at=[0.000,2.822,5.644,8.467]"}},
      {"a <br/> ends its line there, unjustified",
       U"一二\u2028三",
       {"line 0 chars=0..3 break=forced adjusted=no half=- x=0.000..11.289 \"一二⏎\" "
        "at=[0.000,5.644,11.289]",
        "line 1 chars=3..4 break=end adjusted=no half=- x=0.000..5.644 \"三\" at=[0.000]"}},
  };
  const Length cell = pt(16);
  const IndentedLines widths(5 * cell, 0, 0);
  PrepareOptions po;
  po.grid.pitch = cell;
  for (const BreakCase& c : cases) {
    const test::SyntheticText t = test::synthetic(c.text, cell);
    const std::vector<Line> lines = break_paragraph(t.text, t.shaped, widths, po);
    EXPECT_EQ(dump_lines(t.text, t.shaped, lines), joined(c.lines, false)) << c.rule;
  }
}

// Balanced breaking (titles, §7.3.1) through the same entry point, each line centred in
// its measure: a <br/> forces the break, and "一二⏎" (two cells, the break has no width)
// sits (5 − 2) / 2 = 1.5 cells = 8.467 mm in, as does "三四".
TEST(PrepareLines, BalancedLinesAreCentredInTheirMeasure) {
  const Length cell = pt(16);
  const test::SyntheticText t = test::synthetic(U"一二\u2028三四", cell);
  PrepareOptions po;
  po.breaking = Breaking::balanced;
  const IndentedLines measure(5 * cell, 0, 0);
  const std::vector<Line> lines = break_paragraph(t.text, t.shaped, measure, po);
  EXPECT_EQ(dump_lines(t.text, t.shaped, lines),
            "line 0 chars=0..3 break=forced adjusted=no half=- x=8.467..19.756 \"一二⏎\" "
            "at=[8.467,14.111,19.756]\n"
            "line 1 chars=3..5 break=end adjusted=no half=- x=8.467..19.756 \"三四\" "
            "at=[8.467,14.111]\n");
}

}  // namespace
}  // namespace gongwen::detail
