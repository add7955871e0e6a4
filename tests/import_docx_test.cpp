// .docx import (import.md ".docx"): fixtures built at test time by
// tests/import/make_docx_fixtures.py with python-docx (Debian python3-docx), each compared
// with what a person reads in the document the script describes.
#include <gtest/gtest.h>

#include "gongwen/import.hpp"
#include "import/docx_numbering.hpp"
#include "support/files.hpp"
#include "support/pdf_text.hpp"
#include "support/imported_notice.hpp"
#include "support/render.hpp"

namespace gongwen {
namespace {

// The fixtures, built once for all tests of this file.
const test::TempDir& fixtures() {
  static test::TempDir dir;
  static const bool built = [] {
    // Debian's interpreter: python3-docx is a Debian package (a pyenv python3 may shadow it).
    test::CommandResult r = test::run_command("/usr/bin/python3 " +
        test::shell_quoted(test::source_path("tests/import/make_docx_fixtures.py")) + " " +
        test::shell_quoted(dir.path()));
    EXPECT_EQ(r.status, 0) << r.out;
    return r.status == 0;
  }();
  EXPECT_TRUE(built);
  return dir;
}

ImportResult import_fixture(const std::string& name) {
  std::string bytes = test::read_text((fixtures() / name).string());
  EXPECT_FALSE(bytes.empty()) << name;
  return import_text(bytes, name);
}

const Diagnostic* find(const ImportResult& r, const std::string& code) {
  for (const Diagnostic& d : r.diagnostics) {
    if (d.code == code) return &d;
  }
  return nullptr;
}

// Line by line, so a failure names the first line that differs and what stands there.
void expect_lines(const std::vector<std::string>& got, const std::vector<std::string>& want) {
  for (std::size_t i = 0; i < std::max(got.size(), want.size()); ++i) {
    EXPECT_EQ(i < got.size() ? got[i] : "(nothing)", i < want.size() ? want[i] : "(nothing)") << i;
  }
}

TEST(ImportDocx, ANoticeWithAutoNumberingATextBoxAndAMergedTable) {
  ImportResult r = import_fixture("notice.docx");
  ASSERT_TRUE(r.ok) << import_report_json(r);
  // What notice() in the script writes, read as a person would: the red masthead in a text
  // box; Word's numbering 一、/（一） (typed nowhere) as headings at depths 1 and 2; the
  // table with its header row, 中学、小学 over two rows and 合计 over two columns; a bold
  // lead sentence as <strong> (a title or heading bold throughout is its style, not one).
  const std::vector<std::string> want = {
      "/gongwen format=document: ",
      "/gongwen/masthead suffix=文件: ",
      "/gongwen/masthead/issuer: 某某市教育局",
      "/gongwen/doc-number: 某教发〔2023〕12号",
      "/gongwen/title: 关于表彰2023年度先进集体的决定",
      "/gongwen/addressee: 各区县教育局，局属各学校",
      "/gongwen/body: ",
      "/gongwen/body/p: 2023年，全市教育系统广大干部职工锐意进取，涌现出一批先进集体。",
      "/gongwen/body/section: ",
      "/gongwen/body/section/heading: 表彰范围",
      "/gongwen/body/section/p: 经研究，决定对以下单位予以表彰。",
      "/gongwen/body/section/section: ",
      "/gongwen/body/section/section/heading: 先进集体名单",
      "/gongwen/body/section/section/table: ",
      "/gongwen/body/section/section/table/thead: ",
      "/gongwen/body/section/section/table/thead/tr: ",
      "/gongwen/body/section/section/table/thead/tr/th: 序号",
      "/gongwen/body/section/section/table/thead/tr/th: 单位",
      "/gongwen/body/section/section/table/thead/tr/th: 类别",
      "/gongwen/body/section/section/table/tbody: ",
      "/gongwen/body/section/section/table/tbody/tr: ",
      "/gongwen/body/section/section/table/tbody/tr/td: 1",
      "/gongwen/body/section/section/table/tbody/tr/td: 青溪市第一中学",
      "/gongwen/body/section/section/table/tbody/tr/td rowspan=2: 中学、小学",
      "/gongwen/body/section/section/table/tbody/tr: ",
      "/gongwen/body/section/section/table/tbody/tr/td: 2",
      "/gongwen/body/section/section/table/tbody/tr/td: 青溪市实验小学",
      "/gongwen/body/section/section/table/tbody/tr: ",
      "/gongwen/body/section/section/table/tbody/tr/td colspan=2: 合计",
      "/gongwen/body/section/section/table/tbody/tr/td: 2",
      "/gongwen/body/section: ",
      "/gongwen/body/section/heading: 工作要求",
      "/gongwen/body/section/p: 希望受表彰的单位珍惜荣誉，再接再厉。",
      "/gongwen/body/section/p: 各单位要总结经验，带动全局。",
      "/gongwen/body/section/p/strong: 一是发挥示范作用。",
      "/gongwen/signature: ",
      "/gongwen/signature/issuer: 某某市教育局",
      "/gongwen/signature/date: 2023-12-20",
      "/gongwen/colophon: ",
      "/gongwen/colophon/cc label=抄送: 市委教育工委，市人力资源社会保障局",
      "/gongwen/colophon/printer: 某某市教育局办公室",
      "/gongwen/colophon/print-date: 2023-12-21",
  };
  expect_lines(test::xml_outline(r.xml), want);
  EXPECT_NE(r.xml.find("<p><strong>一是发挥示范作用。</strong>各单位要总结经验，带动全局。</p>"),
            std::string::npos);
  // Word's numbers are reported as written out.
  int labels = 0;
  for (const ImportNote& n : r.notes) labels += n.message.find("Word's list number") != std::string::npos;
  EXPECT_EQ(labels, 3);
}

// The text of every w:p of the fixture's document.xml, one line each, in document order
// (text boxes and table cells included): read here with pugixml, not by the importer.
std::string docx_text(const std::string& name) {
  test::CommandResult r = test::run_command(
      "/usr/bin/python3 -c 'import sys,zipfile;sys.stdout.write(zipfile.ZipFile(sys.argv[1])"
      ".read(\"word/document.xml\").decode())' " + test::shell_quoted(fixtures() / name));
  pugi::xml_document doc;
  EXPECT_TRUE(doc.load_string(r.out.c_str())) << r.out.substr(0, 200);
  std::string text;
  for (pugi::xpath_node p : doc.select_nodes("//w:p")) {
    for (pugi::xpath_node t : p.node().select_nodes(".//w:t")) {
      pugi::xml_node owner = t.node().parent();  // the w:p this text belongs to (not a box's)
      while (owner && std::string(owner.name()) != "w:p") owner = owner.parent();
      if (owner == p.node()) text += t.node().text().get();
    }
    text += "\n";
  }
  return text;
}

TEST(ImportDocx, NoContentCharacterOfAFixtureIsLost) {
  for (const char* f : {"notice.docx", "ten-pages.docx"}) {
    std::string text = docx_text(f);
    ASSERT_GT(text.size(), 200u) << f;
    ImportResult r = import_fixture(f);
    ASSERT_TRUE(r.ok) << f;
    EXPECT_EQ(test::lost_content_of(text, r.xml, {}), "") << f;
  }
}

TEST(ImportDocx, HeadingsNumberedOnlyByTheirStyles) {
  ImportResult r = import_fixture("style-numbered.docx");
  ASSERT_TRUE(r.ok) << import_report_json(r);
  // What style_numbered() in the script writes, read as Word shows it: Heading 1 paragraphs
  // numbered 一、二、 and Heading 2 (numId inherited from Heading 1 through basedOn)
  // （一）（二）, restarting under 二、; GwSub (based on Heading 2) is （二） there; the
  // Heading 2 paragraph whose own numId is 0 has no number and is body text; LoopA's
  // basedOn cycle gives no number.
  const std::vector<std::string> want = {
      "title: 关于做好防汛工作的通知",
      "addressee: 各区县人民政府，市政府各部门",
      "p: 为做好今年防汛工作，现将有关事项通知如下。",
      "h1: 总体要求",
      "p: 坚持人民至上、生命至上，全力保障群众安全。",
      "h2: 压实责任",
      "p: 各级各部门要层层压实防汛责任。",
      "h2: 加强监测",
      "p: 气象水文部门要加密监测频次。",
      "h1: 重点任务",
      "h2: 排查隐患",
      "p: 各单位要对照清单逐项整改。",
      "h2: 落实保障",
      "p: 各单位要加强值班值守。",
      "signature/issuer: 某某市人民政府办公室",
      "signature/date: 2023-06-01",
  };
  expect_lines(test::notice_structure(r.xml), want);
  // The numbers Word shows, in order, as the report says they were written out.
  std::vector<std::string> labels;
  for (const ImportNote& n : r.notes) {
    const std::string prefix = "Word's list number \"";
    if (n.message.rfind(prefix, 0) == 0) {
      labels.push_back(n.message.substr(prefix.size(), n.message.find('"', prefix.size()) - prefix.size()));
    }
  }
  EXPECT_EQ(labels, (std::vector<std::string>{"一、", "（一）", "（二）", "二、", "（一）", "（二）"}));
  EXPECT_EQ(test::lost_content_of(docx_text("style-numbered.docx"), r.xml, {}), "");
}

TEST(ImportDocx, LvlRestartZeroKeepsCountingAcrossHigherLevels) {
  // ECMA-376 §17.9.10 lvlRestart: 0 never restarts; absent restarts after any higher level.
  // List 1's level 1 has lvlRestart 0, list 2's the default: after 一、（一）二、 Word shows
  // （二） in list 1 and （一） in list 2.
  pugi::xml_document xml;
  ASSERT_TRUE(xml.load_string(
      "<w:numbering>"
      "<w:abstractNum w:abstractNumId='1'>"
      "<w:lvl w:ilvl='0'><w:numFmt w:val='chineseCounting'/><w:lvlText w:val='%1、'/></w:lvl>"
      "<w:lvl w:ilvl='1'><w:start w:val='1'/><w:numFmt w:val='chineseCounting'/>"
      "<w:lvlRestart w:val='0'/><w:lvlText w:val='（%2）'/></w:lvl></w:abstractNum>"
      "<w:abstractNum w:abstractNumId='2'>"
      "<w:lvl w:ilvl='0'><w:numFmt w:val='chineseCounting'/><w:lvlText w:val='%1、'/></w:lvl>"
      "<w:lvl w:ilvl='1'><w:start w:val='1'/><w:numFmt w:val='chineseCounting'/>"
      "<w:lvlText w:val='（%2）'/></w:lvl></w:abstractNum>"
      "<w:num w:numId='1'><w:abstractNumId w:val='1'/></w:num>"
      "<w:num w:numId='2'><w:abstractNumId w:val='2'/></w:num></w:numbering>"));
  detail::DocxNumbering n;
  n.load(xml.child("w:numbering"));
  for (int list : {1, 2}) {
    EXPECT_EQ(n.next_label(list, 0), U"一、");
    EXPECT_EQ(n.next_label(list, 1), U"（一）");
    EXPECT_EQ(n.next_label(list, 0), U"二、");
  }
  EXPECT_EQ(n.next_label(1, 1), U"（二）");
  EXPECT_EQ(n.next_label(2, 1), U"（一）");
}

TEST(ImportDocx, TenPagesImportAndRender) {
  ImportResult r = import_fixture("ten-pages.docx");
  ASSERT_TRUE(r.ok) << import_report_json(r);
  std::vector<std::string> s = test::notice_structure(r.xml);
  EXPECT_EQ(std::count_if(s.begin(), s.end(), [](const std::string& e) { return e.rfind("h1: ", 0) == 0; }), 10);
  EXPECT_EQ(std::count_if(s.begin(), s.end(), [](const std::string& e) { return e.rfind("h2: ", 0) == 0; }), 40);
  test::Rendered rendered = test::render_xml(r.xml, "ten-pages.xml");
  ASSERT_TRUE(rendered.result.ok);
  EXPECT_GE(rendered.pages.size(), 8u);
}

TEST(ImportDocx, TruncatedZipIsACleanError) {
  ImportResult r = import_fixture("truncated.docx");
  EXPECT_FALSE(r.ok);
  ASSERT_NE(find(r, "GW-E-IMPORT-DOCX"), nullptr);
  EXPECT_NE(find(r, "GW-E-IMPORT-DOCX")->message.find("save it again as .docx"), std::string::npos);
}

TEST(ImportDocx, ADamagedPartIsACleanError) {
  // Found by fuzz_import_docx: the error of a part that fails to inflate was lost.
  ImportResult r = import_fixture("damaged-part.docx");
  EXPECT_FALSE(r.ok);
  ASSERT_NE(find(r, "GW-E-IMPORT-DOCX"), nullptr) << import_report_json(r);
  EXPECT_NE(find(r, "GW-E-IMPORT-DOCX")->message.find("word/document.xml"), std::string::npos);
}

TEST(ImportDocx, InvalidXmlInsideThePackage) {
  ImportResult r = import_fixture("invalid-xml.docx");
  ASSERT_NE(find(r, "GW-E-IMPORT-DOCX"), nullptr);
  EXPECT_NE(find(r, "GW-E-IMPORT-DOCX")->message.find("word/document.xml is not well-formed"),
            std::string::npos);
}

TEST(ImportDocx, FiftyMegabyteDocumentAndZipBombStopAtTheCap) {
  for (const char* f : {"big-document.docx", "bomb.docx"}) {
    ImportResult r = import_fixture(f);
    EXPECT_FALSE(r.ok) << f;
    ASSERT_NE(find(r, "GW-E-IMPORT-TOO-LARGE"), nullptr) << f;
    EXPECT_NE(find(r, "GW-E-IMPORT-TOO-LARGE")->message.find("word/document.xml"), std::string::npos);
  }
}

TEST(ImportDocx, AZipThatIsNoWordDocument) {
  // A valid zip (the script's own notice.docx repackaged is overkill): an empty archive's
  // end-of-central-directory record, 22 bytes, holds no word/document.xml.
  std::string empty_zip("PK\x05\x06", 4);
  empty_zip.append(18, '\0');
  ImportResult r = import_docx(empty_zip, "e.docx");
  EXPECT_TRUE(find(r, "GW-E-IMPORT-FORMAT") || find(r, "GW-E-IMPORT-DOCX"));
  EXPECT_FALSE(r.ok);
}

TEST(ImportDocx, RenderOfADocxFileImportsItInMemory) {
  test::TempDir out;
  test::CommandResult r = test::run_command(std::string(GONGWEN_CLI_PATH) + " render " +
                                            test::shell_quoted(fixtures() / "notice.docx") + " -o " +
                                            test::shell_quoted(out / "notice.pdf"));
  // The fixture's table (merged cells, a header row) goes through contract v1.1's table
  // parser and the table layout like any hand-written one.
  ASSERT_EQ(r.status, 0) << r.out;
  EXPECT_EQ(test::read_text((out / "notice.pdf").string()).substr(0, 5), "%PDF-");
  const std::string bytes = test::read_text((out / "notice.pdf").string());
  std::string text;
  for (const test::PdfPage& page : test::read_pdf_text({bytes.begin(), bytes.end()})) {
    for (const test::PdfLine& line : page.lines) text += line.utf8() + "\n";
  }
  for (const char* cell : {"序号", "青溪市第一中学", "中学、小学", "合计"}) {
    EXPECT_NE(text.find(cell), std::string::npos) << cell << "\n" << text;
  }
  EXPECT_NE(r.out.find("recognised 标题"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace gongwen
