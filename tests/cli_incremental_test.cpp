// Incremental and sharded batches (issue 14 points 4 and 8): --skip-up-to-date leaves a
// PDF newer than its input, the style file and the font files; shards are disjoint, cover
// every input, and keep their assignment when inputs are added between runs.
#include <gtest/gtest.h>

#include <chrono>
#include <map>
#include <set>

#include "support/files.hpp"

namespace gongwen {
namespace {

namespace fs = std::filesystem;
using test::cli;
using test::quoted;
using test::read_text;
using test::run_command;
using test::source_path;
using test::TempDir;
using test::files_below;


// Makes `path` look edited a minute after everything written so far.
void touch_later(const fs::path& path) {
  fs::last_write_time(path, fs::file_time_type::clock::now() + std::chrono::minutes(1));
}

int count_of(const std::string& text, const std::string& part) {
  int n = 0;
  for (std::size_t p = text.find(part); p != std::string::npos; p = text.find(part, p + 1)) ++n;
  return n;
}

class SkipUpToDate : public ::testing::Test {
 protected:
  void SetUp() override {
    test::write_text(dir / "in/a.xml", read_text(source_path("samples/order.xml")));
    test::write_text(dir / "in/b.xml", read_text(source_path("samples/minutes.xml")));
    test::write_text(dir / "in/sub/c.xml", read_text(source_path("samples/upward-request.xml")));
    test::write_text(dir / "style.toml", "");  // the default, as a file that can change
    auto first = run(false);
    ASSERT_EQ(first.status, 0) << first.out;
    ASSERT_EQ(files_below(dir / "out").size(), 3u);
  }
  test::CommandResult run(bool skip, const std::string& extra = "") {
    return run_command(cli() + " render " + quoted(dir / "in") + " -o " + quoted(dir / "out") +
                       " --style " + quoted(dir / "style.toml") + extra +
                       (skip ? " --skip-up-to-date --report " + quoted(dir / "r.jsonl") : ""));
  }
  TempDir dir;
};

TEST_F(SkipUpToDate, NothingChangedRendersNothing) {
  const auto made = fs::last_write_time(dir / "out/b.pdf");
  auto r = run(true);
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("0 rendered, 0 failed"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("3 skipped"), std::string::npos) << r.out;
  EXPECT_EQ(fs::last_write_time(dir / "out/b.pdf"), made);
  std::string report = read_text((dir / "r.jsonl").string());
  EXPECT_EQ(count_of(report, "\"status\":\"skipped\""), 3) << report;
}

TEST_F(SkipUpToDate, AnEditedInputIsRenderedAgain) {
  touch_later(dir / "in/sub/c.xml");
  auto r = run(true);
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("1 rendered, 0 failed"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("2 skipped"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("ok " + (dir / "in/sub/c.xml").string()), std::string::npos) << r.out;
  std::string report = read_text((dir / "r.jsonl").string());
  EXPECT_EQ(count_of(report, "\"status\":\"skipped\""), 2) << report;
  EXPECT_EQ(count_of(report, "\"status\":\"ok\""), 1) << report;
}

TEST_F(SkipUpToDate, AnEditedStyleRendersEverything) {
  touch_later(dir / "style.toml");
  auto r = run(true);
  EXPECT_NE(r.out.find("3 rendered, 0 failed"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("0 skipped"), std::string::npos) << r.out;
}

TEST_F(SkipUpToDate, ANewerFontRendersEverything) {
  // The body font as a copy edited after the PDFs: every notice sets body text in it.
  fs::copy_file(source_path("fonts/fandol/FandolFang-Regular.otf"), dir / "fang.otf");
  const std::string font = " --font fangsong=" + quoted(dir / "fang.otf");
  auto once = run(false, font);  // PDFs made with this font
  ASSERT_EQ(once.status, 0) << once.out;
  auto r = run(true, font);
  EXPECT_NE(r.out.find("3 skipped"), std::string::npos) << r.out;
  touch_later(dir / "fang.otf");
  r = run(true, font);
  EXPECT_NE(r.out.find("3 rendered, 0 failed"), std::string::npos) << r.out;
}

// Which shard rendered which input: the PDFs in each shard's output folder.
std::map<std::string, int> shard_owners(const fs::path& dir, int shards,
                                        std::set<std::string>& twice) {
  std::map<std::string, int> owner;
  for (int k = 1; k <= shards; ++k) {
    for (const std::string& pdf : files_below(dir / ("out" + std::to_string(k)))) {
      if (!owner.emplace(pdf, k).second) twice.insert(pdf);
    }
  }
  return owner;
}

void write_inputs(const fs::path& in, int from, int to) {
  std::string xml = read_text(source_path("samples/order.xml"));
  for (int i = from; i < to; ++i) {
    test::write_text(in / (i % 3 == 0 ? "sub/" : "") / ("n" + std::to_string(i) + ".xml"), xml);
  }
}

TEST(CliShards, DisjointCoveringAndStableWhenInputsAreAdded) {
  TempDir dir;
  fs::path in = dir / "in";
  const int shards = 3;
  auto run_shard = [&](int k) {
    auto r = run_command(cli() + " render " + quoted(in) + " -o " +
                         quoted(dir / ("out" + std::to_string(k))) + " --skip-up-to-date --shard " +
                         std::to_string(k) + "/" + std::to_string(shards));
    EXPECT_EQ(r.status, 0) << r.out;
  };
  write_inputs(in, 0, 9);
  run_shard(1);  // shard 1 runs before the new inputs arrive
  const std::set<std::string> first_of_1 = files_below(dir / "out1");
  write_inputs(in, 9, 18);
  run_shard(2);
  run_shard(3);
  run_shard(1);  // and again after: it catches up on its share of the new inputs only
  std::set<std::string> twice;
  std::map<std::string, int> owner = shard_owners(dir.path(), shards, twice);
  EXPECT_TRUE(twice.empty()) << *twice.begin();
  EXPECT_EQ(owner.size(), 18u);  // every input, old and new, in exactly one shard
  for (const std::string& pdf : first_of_1) EXPECT_EQ(owner[pdf], 1) << pdf;
  // Every shard got some of 18 inputs (FNV-1a spreads them), so the test splits for real.
  std::set<int> used;
  for (const auto& [pdf, k] : owner) used.insert(k);
  EXPECT_EQ(used.size(), static_cast<std::size_t>(shards));
}

}  // namespace
}  // namespace gongwen
