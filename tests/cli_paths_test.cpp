// The CLI's outputs and streams (issue 14 points 1 and 2): no output overwrites another
// (paths kept below the inputs' common folder, remaining collisions refused before anything
// renders), "-o out/" creates the folder, "-" reads standard input, "-o -" and "--report -"
// write standard output, and a PDF on standard output is whole or the exit status says not.
#include <gtest/gtest.h>

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

// Runs `command` in a subshell, so its own redirections of stdout and stderr hold (the
// 2>&1 run_command adds then applies to the subshell: what the command leaves on stderr).
test::CommandResult run_redirected(const std::string& command) {
  return run_command("(" + command + ")");
}


// A PDF that ends as a PDF must (ISO 32000-1 §7.5.5: the last line is %%EOF) and that
// qpdf reads without error: a stream cut short fails one or the other.
void expect_complete_pdf(const fs::path& pdf) {
  std::string bytes = read_text(pdf.string());
  ASSERT_GE(bytes.size(), 10u) << pdf;
  EXPECT_EQ(bytes.substr(0, 5), "%PDF-");
  EXPECT_NE(bytes.find("%%EOF", bytes.size() - 8), std::string::npos);
  auto check = run_command("qpdf --check " + quoted(pdf));
  EXPECT_EQ(check.status, 0) << check.out;
}

TEST(CliPaths, TheSameNameInTwoFoldersGivesTwoPdfs) {
  TempDir dir;
  test::write_text(dir / "dup1/a.xml", read_text(source_path("samples/order.xml")));
  test::write_text(dir / "dup2/a.xml", read_text(source_path("samples/minutes.xml")));
  auto r = run_command("cd " + quoted(dir.path()) + " && " + cli() +
                       " render dup1/a.xml dup2/a.xml -o out");
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_EQ(files_below(dir / "out"), (std::set<std::string>{"dup1/a.pdf", "dup2/a.pdf"}));
  // Each PDF is its own input's: the same bytes as rendering that input alone.
  for (const char* name : {"dup1", "dup2"}) {
    auto alone = run_command(cli() + " render " + quoted(dir / (std::string(name) + "/a.xml")) +
                             " -o " + quoted(dir / (std::string(name) + ".pdf")));
    ASSERT_EQ(alone.status, 0) << alone.out;
    EXPECT_EQ(read_text((dir / "out" / name / "a.pdf").string()),
              read_text((dir / (std::string(name) + ".pdf")).string()))
        << name;
  }
}

TEST(CliPaths, TwoInputsWithOnePdfAreAUsageErrorNamingBoth) {
  TempDir dir;
  test::write_text(dir / "in/a.xml", read_text(source_path("samples/order.xml")));
  test::write_text(dir / "in/a.txt", "关于某事的通知\n\n正文。\n");
  auto r = run_command(cli() + " render " + quoted(dir / "in/a.xml") + " " +
                       quoted(dir / "in/a.txt") + " -o " + quoted(dir / "out"));
  EXPECT_EQ(r.status, 2) << r.out;
  EXPECT_NE(r.out.find((dir / "in/a.xml").string()), std::string::npos) << r.out;
  EXPECT_NE(r.out.find((dir / "in/a.txt").string()), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("a.pdf"), std::string::npos) << r.out;
  EXPECT_FALSE(fs::exists(dir / "out")) << "nothing may render before the check";
  // Beside the inputs (no -o) they collide the same way.
  r = run_command(cli() + " render " + quoted(dir / "in/a.xml") + " " + quoted(dir / "in/a.txt"));
  EXPECT_EQ(r.status, 2) << r.out;
  EXPECT_FALSE(fs::exists(dir / "in/a.pdf"));
}

TEST(CliPaths, TheSameFileNamedTwiceIsAUsageError) {
  TempDir dir;
  test::write_text(dir / "in/a.xml", read_text(source_path("samples/order.xml")));
  auto r = run_command("cd " + quoted(dir.path()) + " && " + cli() +
                       " render in/a.xml ./in/../in/a.xml -o out");
  EXPECT_EQ(r.status, 2) << r.out;
  EXPECT_NE(r.out.find("in/a.xml and ./in/../in/a.xml"), std::string::npos) << r.out;
  EXPECT_FALSE(fs::exists(dir / "out"));
}

TEST(CliPaths, AnOutputThatIsAnInputIsAUsageError) {
  TempDir dir;
  std::string xml = read_text(source_path("samples/order.xml"));
  test::write_text(dir / "a.xml", xml);
  fs::create_hard_link(dir / "a.xml", dir / "same-file");
  for (const char* out : {"a.xml", "same-file"}) {
    auto r = run_command(cli() + " render " + quoted(dir / "a.xml") + " -o " + quoted(dir / out));
    EXPECT_EQ(r.status, 2) << out << r.out;
    EXPECT_NE(r.out.find("is the input " + (dir / "a.xml").string()), std::string::npos) << r.out;
    EXPECT_EQ(read_text((dir / "a.xml").string()), xml);
  }
}

TEST(CliPaths, AnOutputFolderEndingInASlashIsCreatedOnTheFirstRun) {
  TempDir dir;
  auto r = run_command(cli() + " render " + source_path("samples/order.xml") + " -o " +
                       quoted(dir / "new") + "/");
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_TRUE(fs::is_directory(dir / "new"));
  expect_complete_pdf(dir / "new/order.pdf");
}

TEST(CliPaths, StandardInputToStandardOutput) {
  TempDir dir;
  auto r = run_redirected(cli() + " render - -o - < " + source_path("samples/order.xml") +
                          " > " + quoted(dir / "o.pdf"));
  EXPECT_EQ(r.status, 0) << r.out;
  expect_complete_pdf(dir / "o.pdf");
  // Standard input without -o goes to standard output too (as gongwen import does).
  r = run_redirected(cli() + " render - < " + source_path("samples/order.xml") + " > " +
                     quoted(dir / "p.pdf"));
  EXPECT_EQ(r.status, 0) << r.out;
  expect_complete_pdf(dir / "p.pdf");
}

TEST(CliPaths, StandardInputFindsRelativeSealsOnlyThroughBaseDir) {
  TempDir dir;
  const std::string in = " < " + source_path("samples/joint-notice.xml");
  // Standard input has no folder, so seals/seal-a.png is nowhere (README: base_dir).
  auto r = run_command(cli() + " render - -o " + quoted(dir / "no.pdf") + in);
  EXPECT_EQ(r.status, 1) << r.out;
  EXPECT_NE(r.out.find("<stdin>"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("GW-E-SEAL-UNREADABLE"), std::string::npos) << r.out;
  r = run_command(cli() + " render - -o " + quoted(dir / "yes.pdf") + " --base-dir " +
                  source_path("samples") + in);
  EXPECT_EQ(r.status, 0) << r.out;
  expect_complete_pdf(dir / "yes.pdf");
}

TEST(CliPaths, StandardInputCannotGoToAnOutputFolder) {
  TempDir dir;
  auto r = run_command(cli() + " render - -o " + quoted(dir.path()) + "/ < " +
                       source_path("samples/order.xml"));
  EXPECT_EQ(r.status, 2) << r.out;
  EXPECT_TRUE(files_below(dir.path()).empty());
}

TEST(CliPaths, AFileToStandardOutputThatCannotTakeItFails) {
  // /dev/full accepts nothing (ENOSPC): the PDF is not complete, so the status is not 0.
  auto r = run_redirected(cli() + " render " + source_path("samples/order.xml") +
                          " -o - > /dev/full");
  EXPECT_EQ(r.status, 1) << r.out;
  EXPECT_NE(r.out.find("GW-E-OUTPUT-UNWRITABLE"), std::string::npos) << r.out;
}

TEST(CliPaths, OneStandardOutputForOnePdf) {
  auto r = run_redirected(cli() + " render " + source_path("samples/order.xml") + " " +
                          source_path("samples/minutes.xml") + " -o - > /dev/null");
  EXPECT_EQ(r.status, 2) << r.out;
  r = run_redirected(cli() + " render " + source_path("samples/order.xml") +
                     " -o - --report - > /dev/null");
  EXPECT_EQ(r.status, 2) << r.out;
  r = run_redirected(cli() + " render " + source_path("samples/order.xml") +
                     " -o - --dump-layout > /dev/null");
  EXPECT_EQ(r.status, 2) << r.out;
}

TEST(CliPaths, ReportToStandardOutputIsTheOnlyThingThere) {
  TempDir dir;
  auto r = run_redirected(cli() + " render " + source_path("samples/order.xml") + " " +
                          source_path("samples/minutes.xml") + " -o " + quoted(dir / "out") +
                          " --report - 2> " + quoted(dir / "stderr.txt"));
  EXPECT_EQ(r.status, 0) << r.out;
  int lines = 0;
  std::size_t start = 0;
  for (std::size_t nl; (nl = r.out.find('\n', start)) != std::string::npos; start = nl + 1) {
    EXPECT_EQ(r.out.compare(start, 10, "{\"input\":\""), 0) << r.out.substr(start, nl - start);
    ++lines;
  }
  EXPECT_EQ(start, r.out.size()) << "stdout ends with a whole line";
  EXPECT_EQ(lines, 2) << r.out;
  EXPECT_NE(read_text((dir / "stderr.txt").string()).find("2 rendered"), std::string::npos);
}

}  // namespace
}  // namespace gongwen
