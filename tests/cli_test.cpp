// The command line: exit status, atomic output, never over the input, batch runs with a
// bad file in the middle, the JSON Lines report, shards.
#include <gtest/gtest.h>

#include <set>

#include "support/files.hpp"

namespace gongwen {
namespace {

namespace fs = std::filesystem;
using test::read_text;
using test::run_command;
using test::source_path;
using test::TempDir;
using test::files_below;
using test::cli;
using test::quoted;




TEST(Cli, RendersBesideTheInputAndExitsZero) {
  TempDir dir;
  test::write_text(dir / "order.xml", read_text(source_path("samples/order.xml")));
  auto r = run_command(cli() + " render " + quoted(dir / "order.xml"));
  EXPECT_EQ(r.status, 0) << r.out;
  auto pdf = read_text((dir / "order.pdf").string());
  EXPECT_EQ(pdf.substr(0, 5), "%PDF-");
}

TEST(Cli, BadInputExitsNonZeroWithFileLineColumnAndWritesNothing) {
  TempDir dir;
  test::write_text(dir / "bad.xml", "<gongwen>\n  <body><p>正文</p></body>\n  <bogus/>\n</gongwen>\n");
  auto r = run_command(cli() + " render " + quoted(dir / "bad.xml") + " -o " +
                       quoted(dir / "bad.pdf"));
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.out.find("bad.xml:3:3"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("GW-E-UNKNOWN-ELEMENT"), std::string::npos) << r.out;
  // No PDF and no temporary file is left behind.
  EXPECT_EQ(files_below(dir.path()), std::set<std::string>{"bad.xml"});
}

TEST(Cli, NeverWritesOverTheInput) {
  TempDir dir;
  std::string xml = read_text(source_path("samples/order.xml"));
  test::write_text(dir / "n.xml", xml);
  auto r = run_command(cli() + " render " + quoted(dir / "n.xml") + " -o " + quoted(dir / "n.xml"));
  EXPECT_NE(r.status, 0);
  EXPECT_EQ(read_text((dir / "n.xml").string()), xml);
}

TEST(Cli, BadUsageExitsTwo) {
  auto r = run_command(cli() + " render --shard 3/2 x.xml");
  EXPECT_EQ(r.status, 2) << r.out;
  r = run_command(cli() + " frobnicate");
  EXPECT_EQ(r.status, 2) << r.out;
}

TEST(Cli, BatchWithABadFileInTheMiddleRendersTheRest) {
  TempDir dir;
  fs::path in = dir / "in";
  test::write_text(in / "a.xml", read_text(source_path("samples/order.xml")));
  test::write_text(in / "sub/b.xml", "<gongwen><body><p>未闭合</body></gongwen>");
  test::write_text(in / "sub/c.xml", read_text(source_path("samples/upward-request.xml")));
  test::write_text(in / "z.xml", read_text(source_path("samples/minutes.xml")));
  fs::path out = dir / "out";
  auto r = run_command(cli() + " render " + quoted(in) + " -o " + quoted(out) + " -j 2 --report " +
                       quoted(dir / "report.jsonl"));
  EXPECT_EQ(r.status, 1) << r.out;
  EXPECT_NE(r.out.find("3 rendered, 1 failed"), std::string::npos) << r.out;
  // Good outputs exist with the relative layout kept; the bad one left nothing.
  EXPECT_EQ(files_below(out), (std::set<std::string>{"a.pdf", "sub/c.pdf", "z.pdf"}));
  for (const char* f : {"a.pdf", "sub/c.pdf", "z.pdf"}) {
    auto check = run_command("qpdf --check " + quoted(out / f));
    EXPECT_EQ(check.status, 0) << f << check.out;
  }
  // One report line per input, with status, pages and the failure's diagnostics.
  std::string report = read_text((dir / "report.jsonl").string());
  int lines = 0, failed = 0;
  std::size_t pos = 0;
  while ((pos = report.find('\n', pos)) != std::string::npos) ++lines, ++pos;
  pos = 0;
  while ((pos = report.find("\"status\":\"failed\"", pos)) != std::string::npos) ++failed, ++pos;
  EXPECT_EQ(lines, 4);
  EXPECT_EQ(failed, 1);
  EXPECT_NE(report.find("GW-E-XML-MALFORMED"), std::string::npos) << report;
  EXPECT_NE(report.find("\"pages\":"), std::string::npos);
}

TEST(Cli, ShardsSplitTheBatchWithoutOverlap) {
  TempDir dir;
  fs::path in = dir / "in";
  for (int i = 0; i < 6; ++i) {
    test::write_text(in / ("n" + std::to_string(i) + ".xml"),
                     read_text(source_path("samples/order.xml")));
  }
  std::set<std::string> all;
  std::size_t total = 0;
  for (int k = 1; k <= 3; ++k) {
    fs::path out = dir / ("out" + std::to_string(k));
    auto r = run_command(cli() + " render " + quoted(in) + " -o " + quoted(out) + " --shard " +
                         std::to_string(k) + "/3");
    EXPECT_EQ(r.status, 0) << r.out;
    if (fs::exists(out)) {
      for (const auto& f : files_below(out)) {
        all.insert(f);
        ++total;
      }
    }
  }
  EXPECT_EQ(all.size(), 6u);
  EXPECT_EQ(total, 6u);  // each input in exactly one shard
}

TEST(Cli, DumpLayoutPrintsLinesWithPagePositionAndFont) {
  TempDir dir;
  auto r = run_command(cli() + " render " + source_path("samples/order.xml") + " -o " +
                       quoted(dir / "o.pdf") + " --dump-layout");
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("page 1 mark"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("font=Fandol"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("top="), std::string::npos) << r.out;
}

}  // namespace
}  // namespace gongwen
