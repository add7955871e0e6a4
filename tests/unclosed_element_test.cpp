// A start-end tag mismatch is reported where the person must look (issue 14 point 5):
// at the start tag left open, not at the </gongwen> where the parser stopped.
#include <gtest/gtest.h>

#include "support/parsing.hpp"

namespace gongwen::detail::parse_support {
namespace {

TEST(UnclosedElement, MissingEndTagIsReportedAtItsStartTag) {
  // <title on line 2, column 3 (after two spaces); the parser stops at </gongwen> on line 5.
  const std::string xml =
      "<gongwen>\n  <title>关于开展检查的通知\n  <body><p>正文。</p></body>\n"
      "  <signature><issuer>某局</issuer><date>2022-03-31</date></signature>\n</gongwen>\n";
  Parsed p = parse(xml);
  expect_error(p, "GW-E-XML-MALFORMED", 2, 3);
  const Diagnostic* d = p.find("GW-E-XML-MALFORMED");
  ASSERT_NE(d, nullptr);
  EXPECT_NE(d->message.find("<title> is opened here but never closed; add </title>"),
            std::string::npos)
      << d->message;
}

TEST(UnclosedElement, InnermostOpenElementIsTheOneReported) {
  // <p> (line 3, column 9) is open inside <body>; columns count characters, not bytes.
  const std::string xml =
      "<gongwen>\n<title>标题</title>\n<body>正文<p>一段。\n</body>\n</gongwen>\n";
  expect_error(xml, "GW-E-XML-MALFORMED", 3, 9);
}

TEST(UnclosedElement, AnElementStillOpenAtTheEndOfTheText) {
  const std::string xml = "<gongwen>\n<title>标题</title>\n<body><p>正文。</p></body>\n";
  expect_error(xml, "GW-E-XML-MALFORMED", 1, 1);  // <gongwen> itself is never closed
}

TEST(UnclosedElement, AMisspeltEndTagIsReportedWhereItIs) {
  // </titel> (line 2, column 10) closes nothing; the open <title> is named with its line.
  const std::string xml =
      "<gongwen>\n<title>标题</titel>\n<body><p>正文。</p></body>\n</gongwen>\n";
  Parsed p = parse(xml);
  expect_error(p, "GW-E-XML-MALFORMED", 2, 10);
  const Diagnostic* d = p.find("GW-E-XML-MALFORMED");
  ASSERT_NE(d, nullptr);
  EXPECT_NE(d->message.find("</titel> closes nothing that is open here (the innermost open "
                            "element is <title>, at line 2)"),
            std::string::npos)
      << d->message;
}

TEST(UnclosedElement, TagsInCommentsAndAttributesDoNotCount) {
  // "<p>" inside a comment and ">" inside an attribute value; <note> on line 4 is open.
  const std::string xml =
      "<gongwen>\n<!-- <p> -->\n<title>标题</title><body><p>正文。</p></body>\n"
      "<signature><issuer>某局</issuer><date>2022-03-31</date></signature><note>附注\n"
      "<colophon><cc label=\"a>b\">甲</cc></colophon>\n</gongwen>\n";
  expect_error(xml, "GW-E-XML-MALFORMED", 4, 66);
}

}  // namespace
}  // namespace gongwen::detail::parse_support
