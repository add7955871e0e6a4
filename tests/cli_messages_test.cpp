// The CLI's messages (issue 14 point 5, the CLI parts): --quiet, --no-warn, a bad --font or
// --style as a usage error naming the option, "did you mean" for a mistyped command,
// --version with the libraries' run-time versions, and the CLI's own texts in Chinese.
#include <gtest/gtest.h>
#include <hb.h>
#include <hpdf.h>
#include <unicode/uversion.h>

#include "cli/cli_text.hpp"
#include "cli/command_suggestion.hpp"
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

// Half-width commas between CJK characters (GW-W-HALFWIDTH-PUNCT each) and an empty <p>
// (GW-W-EMPTY-PARAGRAPH): two kinds of warning in one notice that renders.
const char* kWarningNotice =
    "<gongwen><title>关于某事的通知</title><body><p>甲,乙,丙。</p><p></p></body></gongwen>";

TEST(CliMessages, QuietPrintsOnlyErrorsAndTheSummary) {
  TempDir dir;
  test::write_text(dir / "in/warn.xml", kWarningNotice);
  test::write_text(dir / "in/bad.xml", "<gongwen><body><p>未闭合</body></gongwen>");
  auto r = run_command(cli() + " render " + quoted(dir / "in") + " -o " + quoted(dir / "out") +
                       " --quiet");
  EXPECT_EQ(r.status, 1) << r.out;
  EXPECT_EQ(r.out.find("warning"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("ok "), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("error GW-E-XML-MALFORMED"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("FAILED"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("1 rendered, 1 failed"), std::string::npos) << r.out;
  EXPECT_TRUE(fs::exists(dir / "out/warn.pdf"));
}

TEST(CliMessages, NoWarnLeavesThatCodeOutOfOutputAndReport) {
  TempDir dir;
  test::write_text(dir / "w.xml", kWarningNotice);
  auto plain = run_command(cli() + " render " + quoted(dir / "w.xml"));
  ASSERT_NE(plain.out.find("GW-W-HALFWIDTH-PUNCT"), std::string::npos) << plain.out;
  auto r = run_command(cli() + " render " + quoted(dir / "w.xml") +
                       " --no-warn GW-W-HALFWIDTH-PUNCT --report " + quoted(dir / "r.jsonl"));
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_EQ(r.out.find("GW-W-HALFWIDTH-PUNCT"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("GW-W-EMPTY-PARAGRAPH"), std::string::npos) << r.out;  // only that code
  std::string report = read_text((dir / "r.jsonl").string());
  EXPECT_EQ(report.find("GW-W-HALFWIDTH-PUNCT"), std::string::npos) << report;
  EXPECT_NE(report.find("GW-W-EMPTY-PARAGRAPH"), std::string::npos) << report;
  // Repeatable, one code each: the input may follow it.
  r = run_command(cli() + " render --no-warn GW-W-HALFWIDTH-PUNCT --no-warn GW-W-EMPTY-PARAGRAPH " +
                  quoted(dir / "w.xml"));
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_EQ(r.out.find("warning"), std::string::npos) << r.out;
}

TEST(CliMessages, AnErrorCodeCannotBeSilenced) {
  auto r = run_command(cli() + " render " + source_path("samples/order.xml") +
                       " --no-warn GW-E-XML-MALFORMED");
  EXPECT_EQ(r.status, 2) << r.out;
  EXPECT_NE(r.out.find("--no-warn"), std::string::npos) << r.out;
}

TEST(CliMessages, ABadFontOrStyleIsAUsageErrorNamingTheOption) {
  TempDir dir;
  test::write_text(dir / "bad.toml", "[page]\nwidth_mm = \"wide\"\n");
  fs::create_directory(dir / "folder.toml");
  const std::string notice = " " + source_path("samples/order.xml") + " -o " + quoted(dir / "o.pdf");
  struct Case {
    std::string options, option;
  };
  const Case cases[] = {
      {"--font nosuchrole=" + quoted(dir / "x.ttf"), "--font"},
      {"--font fangsong", "--font"},
      {"--font fangsong=" + quoted(dir / "missing.ttf"), "--font"},
      {"--font fangsong=" + quoted(dir.path()), "--font"},
      {"--style " + quoted(dir / "missing.toml"), "--style"},
      {"--style " + quoted(dir / "folder.toml"), "--style"},
      {"--style " + quoted(dir / "bad.toml"), "--style"},
  };
  for (const Case& c : cases) {
    auto r = run_command(cli() + " render" + notice + " " + c.options);
    EXPECT_EQ(r.status, 2) << c.options << r.out;
    EXPECT_NE(r.out.find("error: " + c.option), std::string::npos) << c.options << r.out;
    EXPECT_EQ(r.out.find("FAILED"), std::string::npos) << c.options << r.out;
    EXPECT_FALSE(fs::exists(dir / "o.pdf"));
  }
  // The style's own error keeps its line:column (the second line of bad.toml).
  auto r = run_command(cli() + " render" + notice + " --style " + quoted(dir / "bad.toml"));
  EXPECT_NE(r.out.find("bad.toml:2:"), std::string::npos) << r.out;
}

TEST(CliMessages, ARelativeFontPathIsTakenFromTheWorkingFolder) {
  TempDir dir;
  fs::copy_file(source_path("fonts/fandol/FandolFang-Regular.otf"), dir / "fang.otf");
  auto r = run_command("cd " + quoted(dir.path()) + " && " + cli() + " render " +
                       source_path("samples/order.xml") + " -o o.pdf --font fangsong=fang.otf");
  EXPECT_EQ(r.status, 0) << r.out;
}

TEST(CliMessages, AMistypedCommandGetsASuggestion) {
  auto r = run_command(cli() + " rendr notice.xml");
  EXPECT_EQ(r.status, 2) << r.out;
  EXPECT_NE(r.out.find("did you mean 'render'?"), std::string::npos) << r.out;
  r = run_command(cli() + " valdate notice.xml");
  EXPECT_NE(r.out.find("did you mean 'validate'?"), std::string::npos) << r.out;
  r = run_command(cli() + " frobnicate");
  EXPECT_EQ(r.status, 2) << r.out;
  EXPECT_NE(r.out.find("the commands are render, validate, dump, import"), std::string::npos)
      << r.out;
}

// CLI11's own usage errors: with --lang zh (or a zh_* locale) a Chinese lead and where to
// look, CLI11's detail kept; exit 2 either way.
TEST(CliMessages, UsageErrorsOfTheParserFollowTheLanguage) {
  auto r = run_command(cli() + " render --lang zh --jobs x notice.xml");
  EXPECT_EQ(r.status, 2) << r.out;
  EXPECT_NE(r.out.find("用法错误"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("--jobs"), std::string::npos) << r.out;
  r = run_command("LC_ALL= LC_MESSAGES= LANG=zh_CN.UTF-8 " + cli() + " render");
  EXPECT_EQ(r.status, 2) << r.out;
  EXPECT_NE(r.out.find("用法错误"), std::string::npos) << r.out;
  r = run_command("LC_ALL= LC_MESSAGES= LANG=C " + cli() + " render --jobs x notice.xml");
  EXPECT_EQ(r.status, 2) << r.out;
  EXPECT_EQ(r.out.find("用法错误"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Run with --help"), std::string::npos) << r.out;
}

TEST(CliMessages, EditDistance) {
  EXPECT_EQ(cli::edit_distance("kitten", "sitting"), 3u);  // the textbook example
  EXPECT_EQ(cli::edit_distance("", "dump"), 4u);
  EXPECT_EQ(cli::edit_distance("rendr", "render"), 1u);
  const std::vector<std::string> commands = {"render", "validate", "dump", "import"};
  EXPECT_EQ(cli::suggest_command("imprt", commands), "import");
  EXPECT_EQ(cli::suggest_command("dmp", commands), "dump");
  EXPECT_EQ(cli::suggest_command("x", commands), "");  // "x" is nowhere near a command
  EXPECT_EQ(cli::suggest_command("convert", commands), "");
}

TEST(CliMessages, VersionNamesTheLibrariesAsLoaded) {
  UVersionInfo icu;
  u_getVersion(icu);
  char icu_text[U_MAX_VERSION_STRING_LENGTH];
  u_versionToString(icu, icu_text);
  for (const char* flag : {"--version", "-V"}) {
    auto r = run_command(cli() + " " + flag);
    EXPECT_EQ(r.status, 0) << r.out;
    EXPECT_EQ(r.out.rfind(std::string("gongwen ") + version() + "\n", 0), 0u) << r.out;
    EXPECT_NE(r.out.find(std::string("HarfBuzz ") + hb_version_string() + "\n"), std::string::npos)
        << r.out;
    EXPECT_NE(r.out.find(std::string("ICU ") + icu_text + "\n"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find(std::string("libharu ") + HPDF_GetVersion() + "\n"), std::string::npos)
        << r.out;
    EXPECT_NE(r.out.find("FreeType 2."), std::string::npos) << r.out;
  }
}

TEST(CliMessages, EveryCliTextHasEnglishAndChinese) {
  for (int i = 0; i < cli::kTextCount; ++i) {
    const auto id = static_cast<cli::Text>(i);
    std::string en = cli::text_of(id, Language::en), zh = cli::text_of(id, Language::zh);
    EXPECT_FALSE(en.empty()) << i;
    EXPECT_NE(en, zh) << i;
    // Chinese text holds CJK characters (UTF-8 lead bytes E3–E9 cover U+3000–U+9FFF).
    bool cjk = false;
    for (unsigned char c : zh) cjk = cjk || (c >= 0xE3 && c <= 0xE9);
    EXPECT_TRUE(cjk) << i << " " << zh;
  }
  cli::set_cli_language(Language::zh);
  EXPECT_EQ(cli::say(cli::Text::line_failed, "通知.xml"), "失败 通知.xml");
  EXPECT_EQ(cli::say(cli::Text::unknown_command, "rendr", "render"),
            "错误：没有“rendr”这个命令；您是想用“render”吗？");
  cli::set_cli_language(Language::en);
  EXPECT_EQ(cli::say(cli::Text::line_failed, "a.xml"), "FAILED a.xml");
}

}  // namespace
}  // namespace gongwen
