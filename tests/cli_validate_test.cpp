// gongwen validate (issue 14 point 3): every check render makes, nothing written, the same
// diagnostics and exit codes as render, and the same --report.
#include <gtest/gtest.h>

#include <set>

#include "gongwen/gongwen.hpp"
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


// The diagnostic lines of a run ("file:line:column: severity CODE: message"), in order.
std::vector<std::string> diagnostic_lines(const std::string& out) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  for (std::size_t nl; (nl = out.find('\n', start)) != std::string::npos; start = nl + 1) {
    std::string line = out.substr(start, nl - start);
    if (line.find(" GW-") != std::string::npos) lines.push_back(line);
  }
  return lines;
}

TEST(CliValidate, AGoodNoticeExitsZeroAndWritesNothing) {
  TempDir dir;
  test::write_text(dir / "n.xml", read_text(source_path("samples/joint-notice.xml")));
  fs::copy(source_path("samples/seals"), dir / "seals");
  const std::set<std::string> before = files_below(dir.path());
  auto r = run_command(cli() + " validate " + quoted(dir / "n.xml"));
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_EQ(files_below(dir.path()), before);
}

struct BadNotice {
  const char* name;
  const char* code;  // what render reports (README's diagnostics table)
  std::string xml;
};

std::string many_cc() {
  std::string many;
  for (int i = 0; i < 60; ++i) many += "某某市某某区某某街道办事处，";
  return many;
}

// One of each stage: the contract, a date, a seal, a glyph no font has, a layout limit.
std::vector<BadNotice> bad_notices() {
  return {
      {"malformed", "GW-E-XML-MALFORMED", "<gongwen><body><p>未闭合</body></gongwen>"},
      {"date", "GW-E-BAD-DATE",
       "<gongwen><title>关于某事的通知</title><body><p>正文。</p></body><signature><name>某某"
       "</name><date>2022-02-30</date></signature></gongwen>"},
      {"seal", "GW-E-SEAL-UNREADABLE",
       "<gongwen><title>关于某事的通知</title><body><p>正文。</p></body><signature><issuer>某"
       "某市人民政府</issuer><date>2023-01-02</date><seal src=\"missing.png\"/></signature>"
       "</gongwen>"},
      {"glyph", "GW-E-MISSING-GLYPH",
       "<gongwen><title>标题</title>\n<body>\n<p>甲\xcd\xb8乙</p></body></gongwen>"},
      {"colophon", "GW-E-COLOPHON-TOO-LONG",
       "<gongwen><title>关于某事的通知</title><body><p>正文。</p></body><colophon><cc>" +
           many_cc() + "</cc></colophon></gongwen>"},
  };
}

TEST(CliValidate, ABadNoticeGivesTheCodeAndExitStatusRenderGives) {
  for (const BadNotice& bad : bad_notices()) {
    TempDir dir;
    fs::path xml = dir / (std::string(bad.name) + ".xml");
    test::write_text(xml, bad.xml);
    auto v = run_command(cli() + " validate " + quoted(xml));
    auto r = run_command(cli() + " render " + quoted(xml));
    EXPECT_EQ(v.status, 1) << bad.name << v.out;
    EXPECT_EQ(r.status, 1) << bad.name << r.out;
    EXPECT_NE(v.out.find(std::string("error ") + bad.code), std::string::npos) << bad.name << v.out;
    EXPECT_EQ(diagnostic_lines(v.out), diagnostic_lines(r.out)) << bad.name;
    EXPECT_EQ(files_below(dir.path()), std::set<std::string>{xml.filename().string()}) << bad.name;
  }
}

TEST(CliValidate, TheLibraryCallFindsWhatRenderFinds) {
  Engine engine;
  for (const BadNotice& bad : bad_notices()) {
    RenderResult v = engine.validate(bad.xml, "n.xml");
    RenderResult r = engine.render(bad.xml, "n.xml");
    EXPECT_FALSE(v.ok) << bad.name;
    EXPECT_TRUE(v.pdf.empty());
    ASSERT_EQ(v.diagnostics.size(), r.diagnostics.size()) << bad.name;
    for (std::size_t i = 0; i < v.diagnostics.size(); ++i) {
      EXPECT_EQ(format_diagnostic(v.diagnostics[i]), format_diagnostic(r.diagnostics[i]));
    }
  }
  // A good one: ok, its pages counted (minutes.xml is two pages, as render says), no PDF.
  std::string minutes = read_text(source_path("samples/minutes.xml"));
  RenderResult v = engine.validate(minutes, "minutes.xml");
  RenderResult r = engine.render(minutes, "minutes.xml");
  EXPECT_TRUE(v.ok);
  EXPECT_TRUE(v.pdf.empty());
  EXPECT_EQ(v.pages, r.pages);
  EXPECT_GT(v.pages, 0);
}

TEST(CliValidate, AFolderWithAReportMarksEachInput) {
  TempDir dir;
  test::write_text(dir / "in/good.xml", read_text(source_path("samples/order.xml")));
  test::write_text(dir / "in/sub/bad.xml", bad_notices()[1].xml);
  auto r = run_command(cli() + " validate " + quoted(dir / "in") + " -j 2 --report " +
                       quoted(dir / "report.jsonl"));
  EXPECT_EQ(r.status, 1) << r.out;
  EXPECT_NE(r.out.find("1 valid, 1 failed"), std::string::npos) << r.out;
  std::string report = read_text((dir / "report.jsonl").string());
  EXPECT_NE(report.find("good.xml\",\"output\":null,\"status\":\"ok\""), std::string::npos) << report;
  EXPECT_NE(report.find("bad.xml\",\"output\":null,\"status\":\"failed\""), std::string::npos)
      << report;
  EXPECT_NE(report.find("GW-E-BAD-DATE"), std::string::npos) << report;
  EXPECT_EQ(files_below(dir / "in"), (std::set<std::string>{"good.xml", "sub/bad.xml"}));
}

TEST(CliValidate, StandardInput) {
  auto r = run_command(cli() + " validate - < " + source_path("samples/order.xml"));
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("valid <stdin>"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace gongwen
