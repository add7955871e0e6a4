// Reading a --style file (issue 9): limits and file kinds refused with
// GW-E-STYLE-UNREADABLE instead of being cut or hanging.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <chrono>

#include "style/style.hpp"
#include "support/files.hpp"

namespace gongwen::detail {
namespace {

std::vector<Diagnostic> load_path(const std::string& path) {
  Diagnostics d;
  Style s;
  const bool ok = load_style(path, {}, s, d);
  EXPECT_EQ(ok, !d.has_errors());
  return d.take();
}

void expect_unreadable(const std::vector<Diagnostic>& d, const std::string& why) {
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].code, "GW-E-STYLE-UNREADABLE");
  EXPECT_NE(d[0].message.find(why), std::string::npos) << d[0].message;
}

// A comment line padding the file to `bytes`, then one real key.
std::string padded_style(std::size_t bytes) {
  const std::string key = "[layout]\ncolophon_on_even_page = false\n";
  return "#" + std::string(bytes - key.size() - 2, 'x') + "\n" + key;
}

TEST(StyleFile, OneMebibyteIsReadWhole) {
  test::TempDir dir;
  test::write_text(dir / "s.toml", padded_style(std::size_t{1} << 20));
  ASSERT_EQ(std::filesystem::file_size(dir / "s.toml"), std::size_t{1} << 20);
  Diagnostics d;
  Style s;
  ASSERT_TRUE(load_style((dir / "s.toml").string(), {}, s, d));
  // The key after the padding was read, so nothing was cut.
  EXPECT_FALSE(s.colophon_on_even_page);
}

TEST(StyleFile, OverTheLimitIsRefusedNotCut) {
  test::TempDir dir;
  test::write_text(dir / "s.toml", padded_style((std::size_t{1} << 20) + 1));
  expect_unreadable(load_path((dir / "s.toml").string()), "1048576 bytes");
}

TEST(StyleFile, FifoIsRefusedWithoutWaitingForAWriter) {
  test::TempDir dir;
  const std::string fifo = (dir / "style.fifo").string();
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  const auto start = std::chrono::steady_clock::now();
  expect_unreadable(load_path(fifo), "not a regular file");
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
}

TEST(StyleFile, FolderAndMissingFileAreUnreadable) {
  test::TempDir dir;
  expect_unreadable(load_path(dir.path().string()), "not a regular file");
  expect_unreadable(load_path((dir / "missing.toml").string()), "No such file");
}

}  // namespace
}  // namespace gongwen::detail
