// The parse stage's checks on characters and references in the XML (issue 8): character
// references and raw characters a notice cannot carry, undefined entities, and an XML
// declaration out of place. Every line:column below is counted by hand from the input.
#include <gtest/gtest.h>

#include <ostream>
#include <string>
#include <string_view>

#include "support/parsing.hpp"

namespace gongwen::detail {
namespace {

using namespace parse_support;  // NOLINT: the helpers every test here uses

// `ref` in a paragraph: line 3 is `<body><p>测试` + ref, so its '&' is at 3:12.
std::string in_text(const std::string& ref) {
  return "<gongwen>\n<title>标题</title>\n<body><p>测试" + ref + "文字</p></body>\n</gongwen>\n";
}

// `ref` in an attribute value: line 4 is `<attachment title="附件` + ref, '&' at 4:22.
std::string in_attribute(const std::string& ref) {
  return "<gongwen>\n<title>标题</title>\n<body><p>正文</p></body>\n<attachment title=\"附件" +
         ref + "\"><p>x</p></attachment>\n</gongwen>\n";
}

struct BadReference {
  const char* written;     // as in the XML
  const char* code_point;  // what the message must name
};

// XML 1.0 §2.2 Char and §4.1 CharRef; C0 but tab/LF/CR, DEL and C1 are controls no
// notice prints; U+FFFE/U+FFFF are noncharacters.
const BadReference kBadReferences[] = {
    {"&#0;", "U+0000"},
    {"&#x0;", "U+0000"},
    {"&#xD800;", "U+D800"},
    {"&#55296;", "U+D800"},
    {"&#xDFFF;", "U+DFFF"},
    {"&#57343;", "U+DFFF"},
    {"&#x110000;", "10FFFF"},
    {"&#1114112;", "10FFFF"},
    {"&#x1;", "U+0001"},
    {"&#1;", "U+0001"},
    {"&#x7F;", "U+007F"},
    {"&#127;", "U+007F"},
    {"&#x85;", "U+0085"},
    {"&#133;", "U+0085"},
    {"&#xFFFE;", "U+FFFE"},
    {"&#65534;", "U+FFFE"},
    {"&#xFFFF;", "U+FFFF"},
    {"&#x9F;", "U+009F"},
    {"&#x99999999999999999999;", "10FFFF"},
};

// Readable, stable test names: "&#xD800;" → "hexD800", "&#0;" → "dec0" (the default
// would print addresses, which change from run to run).
void PrintTo(const BadReference& r, std::ostream* os) { *os << r.written; }
std::string reference_name(const ::testing::TestParamInfo<BadReference>& info) {
  std::string_view w = info.param.written;  // "&#" digits ";" or "&#x" digits ";"
  bool hex = w.size() > 2 && w[2] == 'x';
  std::string_view digits = w.substr(hex ? 3 : 2);
  digits.remove_suffix(1);
  return (hex ? "hex" : "dec") + std::string(digits);
}

class BadCharacterReference : public ::testing::TestWithParam<BadReference> {};

TEST_P(BadCharacterReference, InTextIsAnErrorAtItsAmpersand) {
  Parsed p = parse(in_text(GetParam().written));
  expect_error(p, "GW-E-BAD-CHARACTER", 3, 12);
  ASSERT_NE(p.find("GW-E-BAD-CHARACTER"), nullptr);
  EXPECT_NE(p.find("GW-E-BAD-CHARACTER")->message.find(GetParam().code_point), std::string::npos)
      << p.all();
}

TEST_P(BadCharacterReference, InAnAttributeIsAnErrorAtItsAmpersand) {
  Parsed p = parse(in_attribute(GetParam().written));
  expect_error(p, "GW-E-BAD-CHARACTER", 4, 22);
}

INSTANTIATE_TEST_SUITE_P(Parse, BadCharacterReference, ::testing::ValuesIn(kBadReferences),
                         reference_name);

TEST(ParseChars, NulReferenceIsAnErrorNotASilentCut) {
  // pugixml alone keeps "测试" and drops the rest of the text node.
  Parsed p = parse(in_text("&#0;"));
  EXPECT_FALSE(p.ok);
  expect_error(p, "GW-E-BAD-CHARACTER", 3, 12);
}

TEST(ParseChars, ReferencesInCommentsCdataAndProcessingInstructionsAreNotReferences) {
  Parsed p =
      parse(with_body("<p>甲<!-- &#0; &#x1; &nbsp; &#xZZ; -->乙<?pi &#0; &copy;?>丙</p>"
                      "<p><![CDATA[a &#0; &nbsp; b]]></p>"));
  ASSERT_TRUE(p.ok) << p.all();
  ASSERT_EQ(p.doc.body.size(), 2u);
  EXPECT_EQ(utf8(p.doc.body[0].paragraph), "甲乙丙");
  EXPECT_EQ(utf8(p.doc.body[1].paragraph), "a &#0; &nbsp; b");  // CDATA is literal text
}

TEST(ParseChars, PredefinedEntitiesAndGoodReferencesReachTheModel) {
  Parsed p = parse(with_body("<p>&amp;&lt;&gt;&quot;&apos;&#x4E2D;&#20013;&#x3000;文</p>"));
  ASSERT_TRUE(p.ok) << p.all();
  ASSERT_EQ(p.doc.body.size(), 1u);
  EXPECT_EQ(text(p.doc.body[0].paragraph), U"&<>\"'中中\u3000文");
}

TEST(ParseChars, UndefinedEntityIsAnError) {
  // `<body><p>测试` then '&' at 3:12, as in in_text.
  Parsed nbsp = parse(in_text("&nbsp;"));
  expect_error(nbsp, "GW-E-XML-ENTITY", 3, 12);
  ASSERT_NE(nbsp.find("GW-E-XML-ENTITY"), nullptr);
  EXPECT_NE(nbsp.find("GW-E-XML-ENTITY")->message.find("U+00A0"), std::string::npos);
  EXPECT_NE(nbsp.find("GW-E-XML-ENTITY")->message.find("U+3000"), std::string::npos);
  expect_error(in_text("&copy;"), "GW-E-XML-ENTITY", 3, 12);
  expect_error(in_attribute("&nbsp;"), "GW-E-XML-ENTITY", 4, 22);
  expect_error(in_text("&unknown-thing;"), "GW-E-XML-ENTITY", 3, 12);
}

TEST(ParseChars, AmpersandThatStartsNoCharacterReferenceIsMalformed) {
  expect_error(in_text("&#xZZ;"), "GW-E-XML-MALFORMED", 3, 12);
  expect_error(in_text("&#65"), "GW-E-XML-MALFORMED", 3, 12);
  expect_error(in_text("&#;"), "GW-E-XML-MALFORMED", 3, 12);
}

TEST(ParseChars, RawCharactersANoticeCannotCarryAreErrors) {
  // DEL, U+0085 (NEL, C1), U+FFFF and U+FFFE, each right after `<body><p>测试` (3:12).
  expect_error(in_text("\x7F"), "GW-E-BAD-CHARACTER", 3, 12);
  expect_error(in_text("\xC2\x85"), "GW-E-BAD-CHARACTER", 3, 12);
  expect_error(in_text("\xEF\xBF\xBF"), "GW-E-BAD-CHARACTER", 3, 12);
  expect_error(in_attribute("\xC2\x85"), "GW-E-BAD-CHARACTER", 4, 22);
  // In CDATA: `<gongwen><title>t</title><body><p><![CDATA[x` is 9 + 7 + 1 + 8 + 6 + 3 + 9
  // + 1 = 44 characters, so U+FFFE is at 1:45.
  expect_error(with_body("<p><![CDATA[x\xEF\xBF\xBE]]></p>"), "GW-E-BAD-CHARACTER", 1, 45);
  // A comment is not text.
  Parsed ok = parse(with_body("<p>x<!-- \x7F \xC2\x85 --></p>"));
  EXPECT_TRUE(ok.ok) << ok.all();
}

TEST(ParseChars, ManyBadReferencesGiveAShortList) {
  std::string refs;
  for (int i = 0; i < 1000; ++i) refs += "&#0;";
  Parsed p = parse(in_text(refs));
  EXPECT_FALSE(p.ok);
  EXPECT_EQ(p.count(Severity::error), 32);
}

TEST(ParseChars, SecondXmlDeclarationIsMalformed) {
  expect_error("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<?xml version=\"1.0\"?>\n" +
                   with_body("<p>x</p>"),
               "GW-E-XML-MALFORMED", 2, 1);
  // Inside the root element: line 3, after two spaces.
  expect_error(
      "<?xml version=\"1.0\"?>\n<gongwen>\n  <?xml version=\"1.0\"?><title>t</title>"
      "<body><p>x</p></body></gongwen>",
      "GW-E-XML-MALFORMED", 3, 3);
}

TEST(ParseChars, XmlDeclarationNotAtTheVeryStartIsMalformed) {
  expect_error("\n<?xml version=\"1.0\"?>\n" + with_body("<p>x</p>"), "GW-E-XML-MALFORMED", 2, 1);
  expect_error("  <?xml version=\"1.0\"?>" + with_body("<p>x</p>"), "GW-E-XML-MALFORMED", 1, 3);
  expect_error("<!-- c --><?XML version=\"1.0\"?>" + with_body("<p>x</p>"), "GW-E-XML-MALFORMED", 1,
               11);
}

TEST(ParseChars, XmlDeclarationAfterAByteOrderMarkAndOtherInstructionsAreFine) {
  Parsed bom = parse("\xEF\xBB\xBF<?xml version=\"1.0\"?>\n" + with_body("<p>x</p>"));
  EXPECT_TRUE(bom.ok) << bom.all();
  Parsed pi =
      parse("<?xml version=\"1.0\"?>\n<?xml-stylesheet href=\"a.css\"?>\n" + with_body("<p>x</p>"));
  EXPECT_TRUE(pi.ok) << pi.all();
}

}  // namespace
}  // namespace gongwen::detail
