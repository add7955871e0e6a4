// The parse stage: the contract's rules, and one test per diagnostic (code and place).
#include <gtest/gtest.h>

#include "common/diagnostics.hpp"
#include "common/utf8.hpp"
#include "parse/parse_notice.hpp"
#include "support/files.hpp"

namespace gongwen::detail {
namespace {

struct Parsed {
  Document doc;
  std::vector<Diagnostic> diags;
  bool ok = false;
  const Diagnostic* find(const std::string& code) const {
    for (const auto& d : diags) {
      if (d.code == code) return &d;
    }
    return nullptr;
  }
};

Parsed parse(const std::string& xml, ParseOptions opt = {}) {
  Parsed p;
  SourceMap map("n.xml", xml);
  Diagnostics d(&map);
  if (opt.base_dir.empty()) opt.base_dir = test::source_path("samples");
  p.ok = parse_notice(xml, opt, p.doc, d);
  p.diags = d.take();
  return p;
}

std::string wrap(const std::string& inner) {
  return "<gongwen>\n<title>标题</title>\n<body><p>正文。</p></body>\n" + inner + "</gongwen>\n";
}

std::u32string text(const Paragraph& p) {
  std::u32string t;
  for (const Span& s : p.spans) t += s.text;
  return t;
}

// Asserts one error with `code` at line:column.
void expect_error(const std::string& xml, const std::string& code, int line, int column) {
  Parsed p = parse(xml);
  EXPECT_FALSE(p.ok) << code;
  const Diagnostic* d = p.find(code);
  ASSERT_NE(d, nullptr) << "no " << code << " in:\n"
                        << (p.diags.empty() ? "" : format_diagnostic(p.diags[0]));
  EXPECT_EQ(d->severity, Severity::error);
  EXPECT_EQ(d->where.file, "n.xml");
  EXPECT_EQ(d->where.line, line) << code;
  EXPECT_EQ(d->where.column, column) << code;
  EXPECT_FALSE(d->message.empty());
}

TEST(Parse, MalformedXml) { expect_error("<gongwen>\n<body><p>x</body>\n</gongwen>", "GW-E-XML-MALFORMED", 2, 13); }
TEST(Parse, DoctypeIsRejected) {
  expect_error("<?xml version=\"1.0\"?>\n<!DOCTYPE gongwen [<!ENTITY x \"y\">]>\n<gongwen/>",
               "GW-E-XML-DOCTYPE", 2, 1);
}
TEST(Parse, WrongRoot) { expect_error("<notice>\n</notice>", "GW-E-XML-ROOT", 1, 1); }
TEST(Parse, UnknownElement) { expect_error(wrap("  <bogus/>\n"), "GW-E-UNKNOWN-ELEMENT", 4, 3); }
TEST(Parse, UnknownElementInsideAParagraph) {
  expect_error("<gongwen>\n<title>t</title>\n<body><p>a<em>b</em></p></body>\n</gongwen>",
               "GW-E-UNKNOWN-ELEMENT", 3, 11);
}
TEST(Parse, UnknownAttribute) {
  expect_error(wrap("  <note colour=\"red\">x</note>\n"), "GW-E-UNKNOWN-ATTRIBUTE", 4, 3);
}
TEST(Parse, MissingBody) {
  expect_error("<gongwen>\n<title>t</title>\n</gongwen>", "GW-E-MISSING-ELEMENT", 1, 1);
}
TEST(Parse, MissingTitleInADocument) {
  expect_error("<gongwen>\n<body><p>x</p></body>\n</gongwen>", "GW-E-MISSING-ELEMENT", 1, 1);
}
TEST(Parse, TitleIsOptionalInAnOrder) {
  Parsed p = parse(
      "<gongwen format=\"order\"><masthead suffix=\"令\"><issuer>某省人民政府</issuer></masthead>"
      "<body><p>x</p></body></gongwen>");
  EXPECT_TRUE(p.ok);
}
TEST(Parse, BadFormat) {
  expect_error("<gongwen format=\"memo\">\n<title>t</title><body><p>x</p></body></gongwen>",
               "GW-E-BAD-FORMAT", 1, 1);
}
TEST(Parse, DateThatIsNotARealDate) {
  expect_error(wrap("  <signature><issuer>某局</issuer>\n    <date>2022-02-30</date></signature>\n"),
               "GW-E-BAD-DATE", 5, 5);
}
TEST(Parse, DateInAnotherFormat) {
  expect_error(wrap("  <colophon><print-date>2022年4月6日</print-date></colophon>\n"),
               "GW-E-BAD-DATE", 4, 13);
}
TEST(Parse, UnreadableSeal) {
  expect_error(wrap("  <signature><issuer>某局</issuer><date>2022-03-31</date>\n"
                    "    <seal src=\"no-such-seal.png\"/></signature>\n"),
               "GW-E-SEAL-UNREADABLE", 5, 5);
}
TEST(Parse, SealThatIsNotAPng) {
  expect_error(wrap("  <signature><issuer>某局</issuer><date>2022-03-31</date>\n"
                    "    <seal src=\"order.xml\"/></signature>\n"),
               "GW-E-SEAL-UNREADABLE", 5, 5);
}
TEST(Parse, OneSealPerIssuer) {
  expect_error(wrap("  <signature><issuer>甲</issuer><issuer>乙</issuer><date>2022-03-31</date>"
                    "<seal src=\"seals/seal-a.png\"/></signature>\n"),
               "GW-E-SEAL-COUNT", 4, 3);
}
TEST(Parse, FifthSectionLevel) {
  std::string s = "<section><heading>h</heading>";
  std::string xml = "<gongwen><title>t</title><body>\n" + s + s + s + s +
                    "\n<section><heading>5</heading></section>" +
                    "</section></section></section></section></body></gongwen>";
  expect_error(xml, "GW-E-SECTION-DEPTH", 3, 1);
}
TEST(Parse, InputTooLarge) {
  SourceMap map("n.xml", "<gongwen/>");
  Diagnostics d(&map);
  ParseOptions opt;
  opt.max_input_bytes = 5;
  Document doc;
  EXPECT_FALSE(parse_notice("<gongwen/>", opt, doc, d));
  ASSERT_FALSE(d.list().empty());
  EXPECT_EQ(d.list()[0].code, "GW-E-INPUT-TOO-LARGE");
}
TEST(Parse, NestingTooDeep) {
  std::string xml = "<gongwen><title>t</title><body><p>";
  for (int i = 0; i < 100; ++i) xml += "<strong>";
  for (int i = 0; i < 100; ++i) xml += "</strong>";
  xml += "</p></body></gongwen>";
  Parsed p = parse(xml);
  EXPECT_FALSE(p.ok);
  ASSERT_NE(p.find("GW-E-NESTING"), nullptr);
  EXPECT_EQ(p.find("GW-E-NESTING")->where.line, 1);
}
TEST(Parse, DuplicateElement) {
  expect_error("<gongwen>\n<title>a</title>\n<title>b</title><body><p>x</p></body></gongwen>",
               "GW-E-DUPLICATE-ELEMENT", 3, 1);
}
TEST(Parse, EmptyTitle) {
  expect_error("<gongwen>\n<title> </title><body><p>x</p></body></gongwen>", "GW-E-EMPTY-ELEMENT",
               2, 1);
}
TEST(Parse, TextDirectlyInBody) {
  expect_error("<gongwen><title>t</title>\n<body>  loose text <p>x</p></body></gongwen>",
               "GW-E-BAD-TEXT", 2, 7);
}
TEST(Parse, NotUtf8) {
  std::string xml = "<gongwen><title>t\xff</title><body><p>x</p></body></gongwen>";
  expect_error(xml, "GW-E-ENCODING", 1, 18);
}
TEST(Parse, DeclaredEncodingOtherThanUtf8) {
  expect_error("<?xml version=\"1.0\" encoding=\"GBK\"?>\n<gongwen/>", "GW-E-ENCODING", 1, 31);
}
TEST(Parse, BadSectionAttribute) {
  expect_error(wrap("").replace(wrap("").find("<body>"), 6,
                                "<body><section number=\"roman\"><heading>h</heading></section>"),
               "GW-E-BAD-ATTRIBUTE", 3, 7);
}
TEST(Parse, AttachmentNeedsATitle) {
  expect_error(wrap("  <attachment><p>x</p></attachment>\n"), "GW-E-MISSING-ATTRIBUTE", 4, 3);
}

// ---- the contract's text rules ----

TEST(ParseText, WhitespaceBetweenCjkDisappearsAndLatinKeepsOneSpace) {
  Parsed p = parse("<gongwen><title>t</title><body><p>\n  第一行\n  第二行 GB/T\n 9704   标准　全角空格\t</p></body></gongwen>");
  ASSERT_TRUE(p.ok);
  EXPECT_EQ(to_utf8(text(p.doc.body[0].paragraph)), "第一行第二行GB/T 9704标准　全角空格");
}

TEST(ParseText, WhitespaceCollapsesAcrossStrong) {
  Parsed p = parse("<gongwen><title>t</title><body><p>word <strong>bold</strong> 中\n<strong>文</strong></p></body></gongwen>");
  ASSERT_TRUE(p.ok);
  const Paragraph& para = p.doc.body[0].paragraph;
  EXPECT_EQ(to_utf8(text(para)), "word bold中文");
  ASSERT_EQ(para.spans.size(), 4u);
  EXPECT_TRUE(para.spans[1].strong);
}

TEST(ParseText, HalfWidthPunctuationBetweenCjkBecomesFullWidthWithAWarning) {
  Parsed p = parse("<gongwen><title>t</title><body>\n<p>你好,世界:办公室(党委巡察办)、3.14 a.m.</p></body></gongwen>");
  ASSERT_TRUE(p.ok);
  EXPECT_EQ(to_utf8(text(p.doc.body[0].paragraph)), "你好，世界：办公室（党委巡察办）、3.14 a.m.");
  const Diagnostic* w = p.find("GW-W-HALFWIDTH-PUNCT");
  ASSERT_NE(w, nullptr);
  EXPECT_EQ(w->severity, Severity::warning);
  EXPECT_EQ(w->where.line, 2);
  EXPECT_EQ(w->where.column, 6);  // the first comma
}

TEST(ParseText, HalfWidthConversionCanBeTurnedOff) {
  ParseOptions opt;
  opt.fullwidth_punctuation = false;
  Parsed p = parse("<gongwen><title>t</title><body><p>你好,世界</p></body></gongwen>", opt);
  ASSERT_TRUE(p.ok);
  EXPECT_EQ(to_utf8(text(p.doc.body[0].paragraph)), "你好,世界");
  EXPECT_EQ(p.find("GW-W-HALFWIDTH-PUNCT"), nullptr);
}

TEST(ParseText, BrInTitleIsAForcedBreak) {
  Parsed p = parse("<gongwen><title>关于做好<br/>有关工作的通知</title><body><p>x</p></body></gongwen>");
  ASSERT_TRUE(p.ok);
  EXPECT_EQ(text(*p.doc.title), U"关于做好\u2028有关工作的通知");
}

TEST(ParseText, SourceOffsetsPointAtEachCharacter) {
  std::string xml = "<gongwen><title>t</title><body>\n<p>甲&amp;乙</p></body></gongwen>";
  Parsed p = parse(xml);
  ASSERT_TRUE(p.ok);
  const Span& s = p.doc.body[0].paragraph.spans[0];
  ASSERT_EQ(s.text, U"甲&乙");
  SourceMap map("n.xml", xml);
  EXPECT_EQ(map.locate(s.src[0]).column, 4);
  EXPECT_EQ(map.locate(s.src[1]).column, 5);
  EXPECT_EQ(map.locate(s.src[2]).column, 10);  // after "&amp;"
}

TEST(ParseStructure, SectionsDatesSignersColophon) {
  Parsed p = parse(R"(<gongwen format="document">
  <copy-number>000123</copy-number>
  <secrecy period="1年">机密</secrecy>
  <masthead><issuer>甲</issuer><issuer>乙</issuer></masthead>
  <doc-number>某发〔2022〕4号</doc-number>
  <signers><signer>张三</signer></signers>
  <title>标题</title>
  <body><section runin="true"><heading>一是。</heading><p>正文</p>
    <section number="none"><heading>二级</heading></section></section></body>
  <signature><issuer>甲</issuer><date>2022-03-31</date></signature>
  <colophon><cc label="送">某某</cc><print-date>2022-04-06</print-date></colophon>
</gongwen>)");
  ASSERT_TRUE(p.ok);
  EXPECT_EQ(p.doc.issuers.size(), 2u);
  EXPECT_EQ(*p.doc.masthead_suffix, U"文件");  // the document default
  EXPECT_TRUE(p.doc.has_signers);
  EXPECT_EQ(text(*p.doc.secrecy_period), U"1年");
  const Section& s = p.doc.body[0].section[0];
  EXPECT_TRUE(s.runin);
  EXPECT_FALSE(s.blocks[1].section[0].numbered);
  EXPECT_EQ(p.doc.signature->date->month, 3);
  EXPECT_EQ(p.doc.colophon->cc_label, U"送");
  EXPECT_EQ(p.doc.colophon->print_date->day, 6);
}

TEST(ParseSamples, EverySampleParsesWithoutErrors) {
  for (const char* f : {"seed-000-haozhao.xml", "seed-002-tongzhi.xml", "seed-004-xin.xml",
                        "joint-notice.xml", "upward-request.xml", "long-title.xml", "letter.xml",
                        "order.xml", "minutes.xml"}) {
    Parsed p = parse(test::read_text(test::source_path(std::string("samples/") + f)));
    EXPECT_TRUE(p.ok) << f << ": " << (p.diags.empty() ? "" : format_diagnostic(p.diags[0]));
  }
  Parsed seed = parse(test::read_text(test::source_path("samples/seed-002-tongzhi.xml")));
  int sections = 0;
  for (const Block& b : seed.doc.body) sections += b.kind == Block::Kind::section;
  EXPECT_EQ(sections, 4);
  EXPECT_EQ(text(*seed.doc.addressee), U"学院各党组织");
  EXPECT_EQ(text(*seed.doc.colophon->printer), U"党政办公室");
}

}  // namespace
}  // namespace gongwen::detail
