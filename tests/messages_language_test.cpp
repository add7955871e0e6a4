// The language option (issue 14 point 5): RenderOptions::language, ImportOptions::language,
// gongwen_options_set_language and the CLI's --lang / locale choose the messages' language;
// codes and places never change with it.
#include <gtest/gtest.h>

#include <cstdlib>

#include "gongwen/gongwen.h"
#include "gongwen/gongwen.hpp"
#include "support/files.hpp"
#include "support/render.hpp"

namespace gongwen {
namespace {

constexpr auto quoted_path = test::shell_quoted;

// A notice whose 成文日期 (line 5, column 5) does not exist.
const std::string kBadDate =
    "<gongwen>\n<title>关于开展检查的通知</title>\n<body><p>正文。</p></body>\n"
    "<signature><issuer>某局</issuer>\n    <date>2024-13-01</date></signature>\n</gongwen>\n";

const Diagnostic* find(const std::vector<Diagnostic>& ds, const std::string& code) {
  for (const Diagnostic& d : ds) {
    if (d.code == code) return &d;
  }
  return nullptr;
}

TEST(MessageLanguage, RenderOptionsChooseChinese) {
  RenderOptions ro;
  ro.language = Language::zh;
  RenderResult r = test::shared_engine().render(kBadDate, "n.xml", ro);
  const Diagnostic* d = find(r.diagnostics, "GW-E-BAD-DATE");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->message, "<date>（成文日期）的日期“2024-13-01”不存在；请写成 YYYY-MM-DD，如 2022-03-31");
  EXPECT_EQ(d->where.line, 5);
  EXPECT_EQ(d->where.column, 5);
}

TEST(MessageLanguage, EnglishIsTheDefault) {
  RenderResult r = test::shared_engine().render(kBadDate, "n.xml", {});
  const Diagnostic* d = find(r.diagnostics, "GW-E-BAD-DATE");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->message,
            "<date> \"2024-13-01\" is not a real date; write it as YYYY-MM-DD, e.g. 2022-03-31");
}

TEST(MessageLanguage, ImportOptionsChooseChineseForErrorsAndNotes) {
  ImportOptions io;
  io.language = Language::zh;
  io.date = "2022-02-30";
  ImportResult r = import_text("关于开展检查的通知\n各单位：\n正文。\n某局\n2022年3月31日\n", "n.txt", io);
  const Diagnostic* d = find(r.diagnostics, "GW-E-IMPORT-BAD-OPTION");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->message, "--date 给出的日期“2022-02-30”不存在；请写成 YYYY-MM-DD，如 2022-03-31");

  io.date = "2022-04-01";  // replaces the date in the text: a note says so
  r = import_text("关于开展检查的通知\n各单位：\n正文。\n某局\n2022年3月31日\n", "n.txt", io);
  bool noted = false;
  for (const ImportNote& n : r.notes) noted = noted || n.message == "用 --date 给出的日期取代了文本中的成文日期";
  EXPECT_TRUE(noted) << import_report_json(r);
  std::vector<Diagnostic> summary = import_summary(r, "n.txt", Language::zh);
  bool paragraphs = false;
  for (const Diagnostic& s : summary) paragraphs = paragraphs || s.message.starts_with("识别出正文");
  EXPECT_TRUE(paragraphs);
}

TEST(MessageLanguage, CApiSetsTheLanguage) {
  gongwen_engine* e = gongwen_engine_new(nullptr);
  gongwen_options* o = gongwen_options_new();
  ASSERT_NE(o, nullptr);
  EXPECT_EQ(gongwen_options_set_language(o, "fr"), GONGWEN_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(gongwen_options_set_language(o, nullptr), GONGWEN_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(gongwen_options_set_language(nullptr, "zh"), GONGWEN_ERROR_INVALID_ARGUMENT);
  ASSERT_EQ(gongwen_options_set_language(o, "zh"), GONGWEN_OK);
  gongwen_result* r = nullptr;
  EXPECT_EQ(gongwen_render(e, kBadDate.data(), kBadDate.size(), "n.xml", o, &r),
            GONGWEN_ERROR_RENDER);
  ASSERT_NE(r, nullptr);
  ASSERT_GE(gongwen_result_diagnostic_count(r), 1u);
  EXPECT_STREQ(gongwen_result_diagnostic_code(r, 0), "GW-E-BAD-DATE");
  EXPECT_NE(std::string(gongwen_result_diagnostic_message(r, 0)).find("不存在"), std::string::npos);
  gongwen_result_free(r);
  ASSERT_EQ(gongwen_options_set_language(o, "en"), GONGWEN_OK);
  gongwen_render(e, kBadDate.data(), kBadDate.size(), "n.xml", o, &r);
  ASSERT_NE(r, nullptr);
  EXPECT_NE(std::string(gongwen_result_diagnostic_message(r, 0)).find("is not a real date"),
            std::string::npos);
  gongwen_result_free(r);
  gongwen_options_free(o);
  gongwen_engine_free(e);
}

// The CLI, run with a clean locale so the machine's own does not decide.
test::CommandResult cli(const std::string& env, const std::string& args) {
  return test::run_command("env -u LC_ALL -u LC_MESSAGES -u LANG " + env + " " +
                           std::string(GONGWEN_CLI_PATH) + " " + args);
}

TEST(MessageLanguage, CliLangZhWritesDiagnosticsAndSummaryInChinese) {
  test::TempDir dir;
  test::write_text(dir / "a.xml", kBadDate);
  test::write_text(dir / "b.xml", kBadDate);
  auto r = cli("", "render --lang zh " + quoted_path(dir / "a.xml") + " " + quoted_path(dir / "b.xml"));
  EXPECT_EQ(r.status, 1) << r.out;
  EXPECT_NE(r.out.find("a.xml:5:5: error GW-E-BAD-DATE: <date>（成文日期）的日期“2024-13-01”不存在"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("失败 " + (dir / "a.xml").string()), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("转换 0 个，失败 2 个"), std::string::npos) << r.out;
}

TEST(MessageLanguage, CliTakesTheLanguageFromTheLocale) {
  test::TempDir dir;
  test::write_text(dir / "a.xml", kBadDate);
  auto zh = cli("LANG=zh_CN.UTF-8", "render " + quoted_path(dir / "a.xml"));
  EXPECT_NE(zh.out.find("不存在"), std::string::npos) << zh.out;
  // LC_ALL comes before LANG; LC_MESSAGES before LANG.
  auto en = cli("LC_ALL=en_US.UTF-8 LANG=zh_CN.UTF-8", "render " + quoted_path(dir / "a.xml"));
  EXPECT_NE(en.out.find("is not a real date"), std::string::npos) << en.out;
  auto msgs = cli("LC_MESSAGES=zh_TW.UTF-8 LANG=C", "render " + quoted_path(dir / "a.xml"));
  EXPECT_NE(msgs.out.find("不存在"), std::string::npos) << msgs.out;
  // --lang wins over the locale.
  auto flag = cli("LANG=zh_CN.UTF-8", "render --lang en " + quoted_path(dir / "a.xml"));
  EXPECT_NE(flag.out.find("FAILED"), std::string::npos) << flag.out;
}

TEST(MessageLanguage, CliRejectsAnUnknownLanguageAsUsageError) {
  auto r = cli("LANG=zh_CN.UTF-8", "render --lang fr x.xml");
  EXPECT_EQ(r.status, 2) << r.out;
  EXPECT_NE(r.out.find("错误：--lang 只能是 zh 或 en，现在是“fr”"), std::string::npos) << r.out;
  auto en = cli("", "dump model --lang de x.xml");
  EXPECT_EQ(en.status, 2) << en.out;
  EXPECT_NE(en.out.find("error: --lang takes zh or en, got 'de'"), std::string::npos) << en.out;
}

TEST(MessageLanguage, CliImportNotesFollowTheLanguage) {
  test::TempDir dir;
  test::write_text(dir / "n.txt", "关于开展检查的通知\n各单位：\n正文。\n某局\n2022年3月31日\n");
  auto r = cli("", "import --lang zh --date 2022-04-01 " + quoted_path(dir / "n.txt"));
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("用 --date 给出的日期取代了文本中的成文日期"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("已导入 "), std::string::npos) << r.out;
}

}  // namespace
}  // namespace gongwen
