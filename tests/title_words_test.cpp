// The title word table (issue 12 §1, issue 13's cold-start budget): jieba's dict.txt is
// turned into a sorted table at build time and memory-mapped at run time, so the first
// title that needs a break pays a few page faults rather than parsing 5 MB of text. The
// table must give exactly the words dict.txt gives, and a damaged table must be refused.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <optional>

#include "common/utf8.hpp"
#include "linebreak/word_dictionary.hpp"
#include "support/files.hpp"

namespace gongwen::detail {
namespace {

double ms_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

std::string built_table() {
  for (const std::string& p : title_words_candidates()) {
    if (std::filesystem::exists(p)) return p;
  }
  return {};
}

std::string words_of(const WordDictionary& d, std::u32string_view text) {
  std::u32string out;
  for (const Word& w : d.segment(text)) {
    if (!out.empty()) out += U'|';
    out += text.substr(w.begin, w.end - w.begin);
    out += static_cast<char32_t>(U'0' + static_cast<int>(w.cls));
  }
  return to_utf8(out);
}

TEST(TitleWords, TableIsBuiltAndMapped) {
  // Set-up installs python3-jieba and the build writes the table; without either the
  // titles lose their compounds, so this fails rather than skips.
  ASSERT_TRUE(std::filesystem::exists(kJiebaDictPath)) << kJiebaDictPath
      << " is missing: run scripts/setup.sh (Debian python3-jieba)";
  ASSERT_FALSE(built_table().empty())
      << "no " << kTitleWordsFile << " found (an uninstalled build needs $GONGWEN_TITLE_WORDS, "
      << "as ctest sets it): rebuild after scripts/setup.sh";
  ASSERT_NE(title_dictionary(), nullptr);
  EXPECT_TRUE(title_dictionary_is_mapped());
  EXPECT_GT(title_dictionary()->size(), 300000u);  // jieba's dict.txt has 349,046 words
}

TEST(TitleWords, TableSegmentsExactlyAsDictTxt) {
  WordDictionary text, table;
  ASSERT_TRUE(text.load(kJiebaDictPath));
  ASSERT_TRUE(table.map(built_table()));
  EXPECT_EQ(table.size(), text.size());
  for (std::u32string_view t : {std::u32string_view(U"国务院办公厅关于加快农村寄递物流体系建设的意见"),
                                std::u32string_view(U"关于在坚决打赢疫情防控阻击战中充分发挥党组织战斗堡垒作用的通知"),
                                std::u32string_view(U"进一步优化营商环境更好服务市场主体")}) {
    EXPECT_EQ(words_of(table, t), words_of(text, t));
  }
}

TEST(TitleWords, SavedTableMapsBack) {
  test::TempDir dir;
  test::write_text(dir / "dict.txt", "营商 800 n\n环境 9000 n\n营商环境 500 l\n优化 3000 vn\n的 100000 uj\n");
  WordDictionary small, mapped;
  ASSERT_TRUE(small.load((dir / "dict.txt").string()));
  std::string error;
  ASSERT_TRUE(small.save((dir / "t.bin").string(), error)) << error;
  ASSERT_TRUE(mapped.map((dir / "t.bin").string()));
  EXPECT_EQ(mapped.size(), 5u);
  // 优化|营商环境|的: the four-character word wins over 营商|环境 (500 > 800·9000/N).
  EXPECT_EQ(words_of(mapped, U"优化营商环境的"), words_of(small, U"优化营商环境的"));
  EXPECT_EQ(mapped.segment(U"优化营商环境的").size(), 3u);
}

// Segmentations are kept per thread for re-renders; the cache must follow a dictionary's
// contents, not its address: a second dictionary built where the first one was (the same
// storage, other words) segments by its own words.
TEST(TitleWords, RecentSegmentationsFollowTheDictionaryNotItsAddress) {
  test::TempDir dir;
  test::write_text(dir / "a.txt", "营商环境 500 l\n优化 3000 vn\n");
  test::write_text(dir / "b.txt", "营商 800 n\n环境 9000 n\n优化 3000 vn\n");
  std::optional<WordDictionary> d;
  d.emplace();
  ASSERT_TRUE(d->load((dir / "a.txt").string()));
  EXPECT_EQ(d->segment(U"优化营商环境").size(), 2u);  // 优化|营商环境
  EXPECT_EQ(d->segment(U"优化营商环境").size(), 2u);  // again, from the cache
  d.reset();
  d.emplace();
  ASSERT_TRUE(d->load((dir / "b.txt").string()));
  EXPECT_EQ(d->segment(U"优化营商环境").size(), 3u);  // 优化|营商|环境
  // More texts than the cache holds, then the first again: still right.
  for (char32_t c = U'一'; c < U'一' + 12; ++c) d->segment(std::u32string(3, c));
  EXPECT_EQ(d->segment(U"优化营商环境").size(), 3u);
}

TEST(TitleWords, DamagedTableIsRefused) {
  test::TempDir dir;
  WordDictionary d;
  EXPECT_FALSE(d.map((dir / "absent.bin").string()));
  test::write_text(dir / "empty.bin", "");
  EXPECT_FALSE(d.map((dir / "empty.bin").string()));
  test::write_text(dir / "text.bin", "营商 800 n\n环境 9000 n\n");  // dict.txt is no table
  EXPECT_FALSE(d.map((dir / "text.bin").string()));
  // The real table cut short by one byte: its size no longer matches its count.
  std::string whole = test::read_text(built_table());
  ASSERT_GT(whole.size(), 64u);
  test::write_text(dir / "short.bin", whole.substr(0, whole.size() - 1));
  EXPECT_FALSE(d.map((dir / "short.bin").string()));
  EXPECT_EQ(d.size(), 0u);
  EXPECT_FALSE(d.load((dir / "absent.txt").string()));
}

TEST(TitleWords, MappingCostsLittleNextToParsing) {
  // Measured on the machine that runs the tests: parsing dict.txt takes ≈125 ms, mapping
  // the table well under a millisecond (plus a few page faults on the first lookups).
  auto t0 = std::chrono::steady_clock::now();
  WordDictionary text;
  ASSERT_TRUE(text.load(kJiebaDictPath));
  const double parse_ms = ms_since(t0);
  t0 = std::chrono::steady_clock::now();
  WordDictionary table;
  ASSERT_TRUE(table.map(built_table()));
  table.segment(U"关于在坚决打赢疫情防控阻击战中充分发挥党组织战斗堡垒和党员干部先锋模范作用的通知");
  const double map_ms = ms_since(t0);
  std::printf("title words: dict.txt parsed in %.1f ms, table mapped + one title in %.2f ms\n",
              parse_ms, map_ms);
  EXPECT_LT(map_ms * 10, parse_ms);
}

}  // namespace
}  // namespace gongwen::detail
