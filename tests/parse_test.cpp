// The parse stage: one test per diagnostic (its code and line:column). The text rules, the
// model it fills and the samples: parse_model_test.cpp.
#include <gtest/gtest.h>

#include <filesystem>
#include <optional>

#include "common/diagnostics.hpp"
#include "common/utf8.hpp"
#include "parse/date.hpp"
#include "parse/parse_notice.hpp"
#include "support/files.hpp"
#include "support/parsing.hpp"

namespace gongwen::detail {
namespace {

using namespace parse_support;  // NOLINT: the helpers every test here uses

// ---- one test per diagnostic ----

TEST(Parse, MalformedXml) {
  // Reported at the <p> left open (line 2, column 7), not at the </body> that fails to
  // match it (issue 14 point 5).
  expect_error("<gongwen>\n<body><p>x</body>\n</gongwen>", "GW-E-XML-MALFORMED", 2, 7);
}
TEST(Parse, TextOutsideTheRootIsMalformed) {
  expect_error("<!-- c -->\n  stray <gongwen/>", "GW-E-XML-MALFORMED", 2, 3);
  expect_error(with_body("<p>x</p>") + "\n<!-- c --> tail <!-- d -->\n", "GW-E-XML-MALFORMED", 2,
               12);
  Parsed ok = parse(with_body("<p>x</p>") + "\n<!-- c --><?pi x?>\n");
  EXPECT_TRUE(ok.ok) << ok.all();
}
TEST(Parse, ControlCharacterIsMalformed) {
  expect_error("<gongwen>\n<title>a\x01</title></gongwen>", "GW-E-XML-MALFORMED", 2, 9);
}
TEST(Parse, DoctypeIsRejected) {
  expect_error("<?xml version=\"1.0\"?>\n<!DOCTYPE gongwen [<!ENTITY x \"y\">]>\n<gongwen/>",
               "GW-E-XML-DOCTYPE", 2, 1);
}
TEST(Parse, DoctypeAfterACommentIsRejected) {
  expect_error("<!-- c -->\n  <!DOCTYPE gongwen SYSTEM \"file:///etc/passwd\">\n<gongwen/>",
               "GW-E-XML-DOCTYPE", 2, 3);
}
TEST(Parse, DoctypeInsideAnElementIsRejected) {
  Parsed p = parse("<gongwen>\n<!DOCTYPE x>\n</gongwen>");
  EXPECT_FALSE(p.ok);
  ASSERT_NE(p.find("GW-E-XML-DOCTYPE"), nullptr) << p.all();
  EXPECT_EQ(p.find("GW-E-XML-DOCTYPE")->where.line, 2);
}
TEST(Parse, DoctypeMentionedInACommentOrCdataIsText) {
  Parsed p = parse("<!-- no <!DOCTYPE here -->" + with_body("<p><![CDATA[<!DOCTYPE x>]]></p>"));
  EXPECT_TRUE(p.ok) << p.all();
  EXPECT_EQ(utf8(p.doc.body[0].paragraph), "<!DOCTYPE x>");
}
TEST(Parse, WrongRoot) { expect_error("<notice>\n</notice>", "GW-E-XML-ROOT", 1, 1); }
TEST(Parse, UnknownElement) { expect_error(wrap("  <bogus/>\n"), "GW-E-UNKNOWN-ELEMENT", 4, 3); }
TEST(Parse, UnknownElementInsideAParagraph) {
  expect_error("<gongwen>\n<title>t</title>\n<body><p>a<em>b</em></p></body>\n</gongwen>",
               "GW-E-UNKNOWN-ELEMENT", 3, 11);
}
TEST(Parse, StrongInsideStrongIsUnknown) {
  expect_error(with_body("<p><strong>a<strong>b</strong></strong></p>"), "GW-E-UNKNOWN-ELEMENT", 1,
               44);
}
TEST(Parse, BrOutsideTheTitleIsUnknown) {
  expect_error(with_body("<p>a<br/>b</p>"), "GW-E-UNKNOWN-ELEMENT", 1, 36);
}
TEST(Parse, UnknownAttributePointsAtTheAttribute) {
  expect_error(wrap("  <note colour=\"red\">x</note>\n"), "GW-E-UNKNOWN-ATTRIBUTE", 4, 9);
}
TEST(Parse, MissingBody) {
  expect_error("<gongwen>\n<title>t</title>\n</gongwen>", "GW-E-MISSING-ELEMENT", 1, 1);
}
TEST(Parse, MissingTitleInADocument) {
  expect_error("<gongwen>\n<body><p>x</p></body>\n</gongwen>", "GW-E-MISSING-ELEMENT", 1, 1);
}
TEST(Parse, SignatureWithoutDate) {
  expect_error(wrap("  <signature><issuer>某局</issuer></signature>\n"), "GW-E-MISSING-ELEMENT", 4,
               3);
}
TEST(Parse, SectionWithoutHeading) {
  expect_error("<gongwen><title>t</title><body>\n  <section><p>x</p></section></body></gongwen>",
               "GW-E-MISSING-ELEMENT", 2, 3);
}
TEST(Parse, OrderWithoutMasthead) {
  expect_error("<gongwen format=\"order\">\n<body><p>x</p></body></gongwen>",
               "GW-E-MISSING-ELEMENT", 1, 1);
}
TEST(Parse, OrderMastheadWithoutSuffix) {
  expect_error(
      "<gongwen format=\"order\">\n<masthead><issuer>某省人民政府</issuer></masthead>"
      "<body><p>x</p></body></gongwen>",
      "GW-E-MISSING-ATTRIBUTE", 2, 1);
}
TEST(Parse, OrderMastheadWithAnotherSuffix) {
  expect_error(
      "<gongwen format=\"order\">\n<masthead suffix=\"文件\"><issuer>某省人民政府</issuer>"
      "</masthead><body><p>x</p></body></gongwen>",
      "GW-E-BAD-ATTRIBUTE", 2, 19);
}
TEST(Parse, TitleIsOptionalInAnOrder) {
  Parsed p = parse(
      "<gongwen format=\"order\"><masthead suffix=\"令\"><issuer>某省人民政府</issuer></masthead>"
      "<body><p>x</p></body></gongwen>");
  EXPECT_TRUE(p.ok) << p.all();
  EXPECT_EQ(*p.doc.masthead_suffix, U"令");
  EXPECT_FALSE(p.doc.title.has_value());
}
TEST(Parse, BadFormat) {
  expect_error("<gongwen format=\"memo\">\n<title>t</title><body><p>x</p></body></gongwen>",
               "GW-E-BAD-FORMAT", 1, 18);
}
TEST(Parse, DateThatIsNotARealDate) {
  expect_error(
      wrap("  <signature><issuer>某局</issuer>\n    <date>2022-02-30</date></signature>\n"),
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
TEST(Parse, SealPathResolvesAgainstBaseDir) {
  const std::string xml = wrap(
      "  <signature><issuer>某局</issuer><date>2022-03-31</date>"
      "<seal src=\"seal-a.png\"/></signature>\n");
  ParseOptions opt;
  opt.seals.base_dir = test::source_path("samples/seals");
  Parsed found = parse(xml, opt);
  EXPECT_TRUE(found.ok) << found.all();
  ASSERT_EQ(found.doc.signature->seals.size(), 1u);
  EXPECT_EQ(found.doc.signature->seals[0].src, "seal-a.png");  // as written
  expect_error(parse(xml), "GW-E-SEAL-UNREADABLE", 4, 56);     // base_dir = samples/
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
  ParseOptions opt;
  opt.max_input_bytes = 5;
  expect_error(parse("<gongwen/>", opt), "GW-E-INPUT-TOO-LARGE", 1, 1);
}
TEST(Parse, NestingTooDeep) {
  ParseOptions opt;
  opt.max_depth = 5;  // gongwen, body, section, section, p: the <strong> is the sixth
  expect_error(parse("<gongwen><title>t</title>\n<body>\n<section><heading>h</heading>\n"
                     "<section><heading>h</heading>\n<p>a <strong>b</strong></p>"
                     "</section></section></body></gongwen>",
                     opt),
               "GW-E-NESTING", 5, 6);
}
TEST(Parse, HostileNestingIsAnErrorNotACrash) {
  std::string xml = "<gongwen><title>t</title><body><p>";
  for (int i = 0; i < 100000; ++i) xml += "<strong>";
  for (int i = 0; i < 100000; ++i) xml += "</strong>";
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
  expect_error("<gongwen><title>t\xff</title><body><p>x</p></body></gongwen>", "GW-E-ENCODING", 1,
               18);
}
TEST(Parse, Utf16ByteOrderMark) {
  expect_error(std::string("\xFF\xFE<\0g\0", 6), "GW-E-ENCODING", 1, 1);
}
TEST(Parse, Utf16WithoutByteOrderMark) {
  expect_error(std::string("<\0g\0", 4), "GW-E-ENCODING", 1, 2);
}
TEST(Parse, DeclaredEncodingOtherThanUtf8) {
  expect_error("<?xml version=\"1.0\" encoding=\"GBK\"?>\n<gongwen/>", "GW-E-ENCODING", 1, 31);
}
TEST(Parse, Utf8ByteOrderMarkIsAcceptedAndOffsetsStayRight) {
  std::string xml = "\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" +
                    with_body("<p>甲</p>") + "\n<bogus/>";
  expect_error(xml, "GW-E-XML-MALFORMED", 3, 1);  // content after the root element
  Parsed p = parse("\xEF\xBB\xBF" + wrap("<bogus/>"));
  expect_error(p, "GW-E-UNKNOWN-ELEMENT", 4, 1);
}
TEST(Parse, BadSectionAttribute) {
  expect_error(with_body("<section number=\"roman\"><heading>h</heading></section>"),
               "GW-E-BAD-ATTRIBUTE", 1, 49);
}
TEST(Parse, AttachmentNeedsATitle) {
  expect_error(wrap("  <attachment><p>x</p></attachment>\n"), "GW-E-MISSING-ATTRIBUTE", 4, 3);
}
TEST(Parse, ManyErrorsInOnePass) {
  Parsed p = parse(
      "<gongwen>\n<bogus/>\n<title>t</title><body><p>x</p><other/></body>\n"
      "<signature><issuer>甲</issuer><date>2022-13-01</date></signature>\n</gongwen>");
  EXPECT_FALSE(p.ok);
  EXPECT_EQ(p.count(Severity::error), 3) << p.all();
  EXPECT_EQ(p.diags[0].where.line, 2);
  EXPECT_EQ(p.diags[1].where.line, 3);
  EXPECT_EQ(p.diags[2].code, "GW-E-BAD-DATE");
}
TEST(Parse, CopyNumberThatIsNotSixDigitsIsAWarning) {
  Parsed p = parse(wrap("  <copy-number>12</copy-number>\n"));
  EXPECT_TRUE(p.ok);
  const Diagnostic* w = p.find("GW-W-COPY-NUMBER");
  ASSERT_NE(w, nullptr);
  EXPECT_EQ(w->severity, Severity::warning);
  EXPECT_EQ(w->where.line, 4);
  EXPECT_EQ(w->where.column, 3);
  EXPECT_EQ(parse(wrap("<copy-number>000123</copy-number>")).find("GW-W-COPY-NUMBER"), nullptr);
}

}  // namespace
}  // namespace gongwen::detail
