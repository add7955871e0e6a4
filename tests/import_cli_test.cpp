// gongwen import and gongwen render of a .txt (issue 11 "Commands"), and the library's
// import entry points (Engine::render_text, the C API).
#include <gtest/gtest.h>

#include "gongwen/gongwen.h"
#include "gongwen/gongwen.hpp"
#include "support/files.hpp"
#include "support/render.hpp"

namespace gongwen {
namespace {

namespace fs = std::filesystem;
using test::read_text, test::run_command, test::TempDir;
constexpr auto quoted = test::shell_quoted;

const std::string cli = GONGWEN_CLI_PATH;
std::string seed(const char* name) { return test::source_path(std::string("tests/import/seeds/") + name); }

constexpr const char* kSeed2 = "002_f6f408c41129c20e.txt";

TEST(ImportCli, WritesTheXmlBesideTheInputAndPrintsWhatItRecognised) {
  TempDir dir;
  test::write_text(dir / "notice.txt", read_text(seed(kSeed2)));
  auto r = run_command(cli + " import " + quoted(dir / "notice.txt") + " --report " +
                       quoted(dir / "report.json"));
  EXPECT_EQ(r.status, 0) << r.out;
  std::string xml = read_text((dir / "notice.xml").string());
  EXPECT_NE(xml.find("<doc-number>枣科职院党〔2022〕4号</doc-number>"), std::string::npos);
  EXPECT_NE(r.out.find("notice.txt:5:1: note GW-N-IMPORT-ELEMENT: recognised 发文字号"), std::string::npos)
      << r.out;
  std::string report = read_text((dir / "report.json").string());
  EXPECT_NE(report.find("\"element\":\"proofreader\",\"label\":\"校对\",\"line\":45,\"text\":\"马帅\""),
            std::string::npos) << report;
}

TEST(ImportCli, StandardInputToStandardOutput) {
  TempDir dir;
  // The braces keep standard error (what was recognised) apart from the XML on stdout.
  auto r = run_command("{ cat " + quoted(fs::path(seed(kSeed2))) + " | " + cli + " import - > " +
                       quoted(dir / "out.xml") + "; }");
  EXPECT_EQ(r.status, 0);
  EXPECT_NE(r.out.find("<stdin>:5:1: note GW-N-IMPORT-ELEMENT"), std::string::npos);
  std::string xml = read_text((dir / "out.xml").string());
  EXPECT_EQ(xml.rfind("<?xml", 0), 0u) << xml.substr(0, 200);
  EXPECT_NE(xml.find("<proofreader>马帅</proofreader>"), std::string::npos);
}

TEST(ImportCli, MissingTitleExitsOneAndPartialWritesAnyway) {
  TempDir dir;
  test::write_text(dir / "a.txt", "各单位：\n请做好检查。\n某某局\n2022年3月31日\n");
  auto r = run_command(cli + " import " + quoted(dir / "a.txt"));
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.out.find("GW-E-IMPORT-NO-TITLE"), std::string::npos);
  EXPECT_FALSE(fs::exists(dir / "a.xml"));
  r = run_command(cli + " import --partial " + quoted(dir / "a.txt"));
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(read_text((dir / "a.xml").string()).find("INCOMPLETE"), std::string::npos);
  r = run_command(cli + " import --title 关于开展安全检查的通知 " + quoted(dir / "a.txt") + " -o " +
                  quoted(dir / "b.xml"));
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_NE(read_text((dir / "b.xml").string()).find("<title>关于开展安全检查的通知</title>"),
            std::string::npos);
}

TEST(ImportCli, RenderingATextFileImportsItInMemory) {
  TempDir dir;
  test::write_text(dir / "notice.txt", read_text(seed(kSeed2)));
  auto r = run_command(cli + " render " + quoted(dir / "notice.txt"));
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_EQ(read_text((dir / "notice.pdf").string()).substr(0, 5), "%PDF-");
  EXPECT_NE(r.out.find("recognised 标题"), std::string::npos);
  EXPECT_FALSE(fs::exists(dir / "notice.xml"));  // in memory: nothing else written
  // The same PDF as rendering the imported XML.
  run_command(cli + " import " + quoted(dir / "notice.txt") + " -o " + quoted(dir / "x.xml"));
  run_command(cli + " render " + quoted(dir / "x.xml"));
  EXPECT_EQ(read_text((dir / "notice.pdf").string()), read_text((dir / "x.pdf").string()));
}

TEST(ImportCli, AFolderBatchTakesTextBesideXml) {
  TempDir dir;
  test::write_text(dir / "in/a.txt", read_text(seed(kSeed2)));
  test::write_text(dir / "in/b.xml", read_text(test::source_path("samples/order.xml")));
  // c.txt has its imported c.xml beside it: the XML is what renders, once.
  test::write_text(dir / "in/c.txt", "not a notice");
  test::write_text(dir / "in/c.xml", read_text(test::source_path("samples/order.xml")));
  auto r = run_command(cli + " render " + quoted(dir / "in") + " -o " + quoted(dir / "out"));
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_TRUE(fs::exists(dir / "out/a.pdf"));
  EXPECT_TRUE(fs::exists(dir / "out/b.pdf"));
  EXPECT_TRUE(fs::exists(dir / "out/c.pdf"));
  EXPECT_NE(r.out.find("3 rendered, 0 failed"), std::string::npos) << r.out;
}

TEST(ImportCli, WordAndPdfInputsAreRefusedWithAdvice) {
  TempDir dir;
  test::write_text(dir / "old.doc", std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8));
  auto r = run_command(cli + " render " + quoted(dir / "old.doc"));
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.out.find("GW-E-IMPORT-FORMAT"), std::string::npos);
  EXPECT_NE(r.out.find("save it as .docx"), std::string::npos) << r.out;
  r = run_command(cli + " import " + quoted(dir / "old.doc"));
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.out.find("GW-E-IMPORT-FORMAT"), std::string::npos);
}

TEST(ImportApi, EngineRenderTextPutsTheImportNotesFirst) {
  RenderResult r = test::shared_engine().render_text(read_text(seed(kSeed2)), "notice.txt");
  ASSERT_TRUE(r.ok);
  ASSERT_FALSE(r.diagnostics.empty());
  EXPECT_EQ(r.diagnostics.front().code, "GW-N-IMPORT-ELEMENT");
  EXPECT_EQ(r.diagnostics.front().where.line, 3);  // the masthead, the first element
}

TEST(ImportApi, CImportAndRender) {
  std::string text = read_text(seed(kSeed2));
  gongwen_result* r = nullptr;
  ASSERT_EQ(gongwen_import_text(text.data(), text.size(), "n.txt", 0, &r), GONGWEN_OK);
  size_t n = 0;
  const char* xml = gongwen_result_xml(r, &n);
  ASSERT_NE(xml, nullptr);
  EXPECT_NE(std::string(xml, n).find("<title>"), std::string::npos);
  EXPECT_GT(gongwen_result_diagnostic_count(r), 0u);
  gongwen_result_free(r);
  EXPECT_EQ(gongwen_import_text("\xFF", 1, "bad.txt", 0, &r), GONGWEN_ERROR_RENDER);
  EXPECT_EQ(gongwen_result_xml(r, &n), nullptr);
  gongwen_result_free(r);
  EXPECT_EQ(gongwen_import_text(nullptr, 3, "x", 0, &r), GONGWEN_ERROR_INVALID_ARGUMENT);

  gongwen_engine* e = gongwen_engine_new(nullptr);
  ASSERT_NE(e, nullptr);
  ASSERT_EQ(gongwen_render_text(e, text.data(), text.size(), "n.txt", nullptr, &r), GONGWEN_OK);
  size_t len = 0;
  EXPECT_NE(gongwen_result_pdf(r, &len), nullptr);
  EXPECT_GT(len, 1000u);
  gongwen_result_free(r);
  gongwen_engine_free(e);
}

// Issue 14 point 5: the C import call takes the language too; the notes of a seed come in
// Chinese with "zh", and an unknown language is refused before anything is read.
TEST(ImportApi, CImportInChinese) {
  std::string text = read_text(seed(kSeed2));
  gongwen_result* r = nullptr;
  ASSERT_EQ(gongwen_import_text_lang(text.data(), text.size(), "n.txt", 0, "zh", &r), GONGWEN_OK);
  ASSERT_GT(gongwen_result_diagnostic_count(r), 0u);
  const std::string first = gongwen_result_diagnostic_text(r, 0);
  EXPECT_NE(first.find("GW-N-IMPORT-ELEMENT"), std::string::npos) << first;
  EXPECT_NE(first.find("识别出发文机关标志"), std::string::npos) << first;  // "recognised the masthead"
  gongwen_result_free(r);
  ASSERT_EQ(gongwen_import_text_lang(text.data(), text.size(), "n.txt", 0, nullptr, &r), GONGWEN_OK);
  EXPECT_EQ(std::string(gongwen_result_diagnostic_text(r, 0)).find("识别出"), std::string::npos);
  gongwen_result_free(r);
  EXPECT_EQ(gongwen_import_text_lang(text.data(), text.size(), "n.txt", 0, "fr", &r),
            GONGWEN_ERROR_INVALID_ARGUMENT);
}

}  // namespace
}  // namespace gongwen
