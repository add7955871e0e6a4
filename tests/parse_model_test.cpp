// The parse stage: the contract's text rules (whitespace, half-width punctuation, source
// offsets), dates, the model it fills, and the samples. Diagnostics: parse_test.cpp.
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

// ---- the contract's text rules ----

TEST(ParseText, WhitespaceBetweenCjkDisappearsAndLatinKeepsOneSpace) {
  Parsed p = parse(with_body(
      "<p>\n  第一行\n  第二行 GB/T\n 9704   标准　全角空格\t</p><p>中文 abc\n\tdef 中文</p>"));
  ASSERT_TRUE(p.ok);
  EXPECT_EQ(utf8(p.doc.body[0].paragraph), "第一行第二行GB/T 9704标准　全角空格");
  EXPECT_EQ(utf8(p.doc.body[1].paragraph), "中文abc def中文");
}
TEST(ParseText, IdeographicSpaceIsContent) {
  Parsed p = parse(with_body("<p>　　甲 　 乙　</p>"));
  ASSERT_TRUE(p.ok);
  EXPECT_EQ(utf8(p.doc.body[0].paragraph), "　　甲　乙　");
}
TEST(ParseText, WhitespaceCollapsesAcrossStrong) {
  Parsed p = parse(with_body("<p>word <strong>bold</strong> 中\n<strong>文 </strong> 字</p>"));
  ASSERT_TRUE(p.ok);
  const Paragraph& para = p.doc.body[0].paragraph;
  EXPECT_EQ(utf8(para), "word bold中文字");
  ASSERT_EQ(para.spans.size(), 5u);
  EXPECT_TRUE(para.spans[1].strong);
  EXPECT_EQ(para.spans[3].text, U"文");
  EXPECT_TRUE(para.spans[3].strong);
}
TEST(ParseText, HalfWidthPunctuationBetweenCjkBecomesFullWidthWithAWarning) {
  Parsed p = parse(
      "<gongwen><title>t</title><body>\n"
      "<p>你好,世界:办公室(党委巡察办)、3.14 a.m.</p></body></gongwen>");
  ASSERT_TRUE(p.ok);
  EXPECT_EQ(utf8(p.doc.body[0].paragraph), "你好，世界：办公室（党委巡察办）、3.14 a.m.");
  const Diagnostic* w = p.find("GW-W-HALFWIDTH-PUNCT");
  ASSERT_NE(w, nullptr);
  EXPECT_EQ(w->severity, Severity::warning);
  EXPECT_EQ(w->where.line, 2);
  EXPECT_EQ(w->where.column, 6);  // the first comma
  // Every place is named.
  EXPECT_NE(w->message.find("2:6, 2:9, 2:13, 2:19"), std::string::npos) << w->message;
}
TEST(ParseText, PunctuationAcrossCollapsedWhitespaceAndStrong) {
  Parsed p = parse(with_body("<p><strong>一是</strong> ,\n 加强领导;二是!</p>"));
  ASSERT_TRUE(p.ok);
  EXPECT_EQ(utf8(p.doc.body[0].paragraph), "一是，加强领导；二是！");
}
TEST(ParseText, BracketsConvertAsPairs) {
  Parsed p =
      parse(with_body("<p>标准(2012)发布</p><p>调用f(x)函数</p><p>学生处(学生工作部、武装部)</p>"
                      "<p>(一)总体要求</p><p>GB/T 9704(2012)</p>"));
  ASSERT_TRUE(p.ok);
  EXPECT_EQ(utf8(p.doc.body[0].paragraph), "标准（2012）发布");
  EXPECT_EQ(utf8(p.doc.body[1].paragraph), "调用f(x)函数");
  EXPECT_EQ(utf8(p.doc.body[2].paragraph), "学生处（学生工作部、武装部）");
  EXPECT_EQ(utf8(p.doc.body[3].paragraph), "（一）总体要求");
  EXPECT_EQ(utf8(p.doc.body[4].paragraph), "GB/T 9704(2012)");
}
TEST(ParseText, LatinNumbersUrlsAndEllipsesStay) {
  Parsed p =
      parse(with_body("<p>提高1.5倍,见https://example.com/a.html,或e.g. 1,000</p><p>等等...</p>"));
  ASSERT_TRUE(p.ok);
  EXPECT_EQ(utf8(p.doc.body[0].paragraph), "提高1.5倍，见https://example.com/a.html,或e.g. 1,000");
  EXPECT_EQ(utf8(p.doc.body[1].paragraph), "等等...");
}
TEST(ParseText, HalfWidthConversionCanBeTurnedOff) {
  ParseOptions opt;
  opt.fullwidth_punctuation = false;
  Parsed p = parse(with_body("<p>你好,世界</p>"), opt);
  ASSERT_TRUE(p.ok);
  EXPECT_EQ(utf8(p.doc.body[0].paragraph), "你好,世界");
  EXPECT_EQ(p.find("GW-W-HALFWIDTH-PUNCT"), nullptr);
}
TEST(ParseText, AttributeTextFollowsTheRulesToo) {
  Parsed p = parse(wrap("  <attachment title=\"名单(第一批)\"><p>x</p></attachment>\n"));
  ASSERT_TRUE(p.ok);
  EXPECT_EQ(utf8(p.doc.attachments[0].title), "名单（第一批）");
  const Diagnostic* w = p.find("GW-W-HALFWIDTH-PUNCT");
  ASSERT_NE(w, nullptr);
  EXPECT_EQ(w->where.line, 4);
  EXPECT_EQ(w->where.column, 24);
}
TEST(ParseText, BrInTitleIsAForcedBreak) {
  Parsed p = parse(
      "<gongwen><title>关于做好\n<br/> 有关工作的通知</title><body><p>x</p></body></gongwen>");
  ASSERT_TRUE(p.ok);
  EXPECT_EQ(text(*p.doc.title), U"关于做好\u2028有关工作的通知");
}
TEST(ParseText, SourceOffsetsPointAtEachCharacter) {
  std::string xml = "<gongwen><title>t</title><body>\n<p>甲&amp;乙\r\n 丙</p></body></gongwen>";
  Parsed p = parse(xml);
  ASSERT_TRUE(p.ok);
  const Span& s = p.doc.body[0].paragraph.spans[0];
  ASSERT_EQ(s.text, U"甲&乙丙");
  ASSERT_EQ(s.src.size(), s.text.size());
  SourceMap map("n.xml", xml);
  EXPECT_EQ(map.locate(s.src[0]).column, 4);
  EXPECT_EQ(map.locate(s.src[1]).column, 5);
  EXPECT_EQ(map.locate(s.src[2]).column, 10);  // after "&amp;"
  EXPECT_EQ(map.locate(s.src[3]).line, 3);
  EXPECT_EQ(map.locate(s.src[3]).column, 2);
}

// ---- dates ----

TEST(ParseDate, RealDatesOnly) {
  Date d;
  EXPECT_TRUE(parse_iso_date("2024-02-29", d));
  EXPECT_EQ(d.year, 2024);
  EXPECT_EQ(d.month, 2);
  EXPECT_EQ(d.day, 29);
  EXPECT_TRUE(parse_iso_date(" 2000-02-29\n", d));
  EXPECT_FALSE(parse_iso_date("2023-02-29", d));
  EXPECT_FALSE(parse_iso_date("1900-02-29", d));
  EXPECT_FALSE(parse_iso_date("2022-04-31", d));
  EXPECT_FALSE(parse_iso_date("2022-4-6", d));
  EXPECT_FALSE(parse_iso_date("2022/04/06", d));
  EXPECT_FALSE(parse_iso_date("2022-00-10", d));
  EXPECT_FALSE(parse_iso_date("", d));
}

// ---- the model ----

TEST(ParseStructure, SectionsDatesSignersColophon) {
  Parsed p = parse(R"(<gongwen format="document">
  <copy-number>000123</copy-number>
  <secrecy period="1年">机密</secrecy>
  <urgency>特急</urgency>
  <masthead><issuer>甲</issuer><issuer>乙</issuer></masthead>
  <doc-number>某发〔2022〕4号</doc-number>
  <signers><signer>张三</signer></signers>
  <title>标题</title>
  <addressee>各部门</addressee>
  <body><section runin="true"><heading>一是。</heading><p>正文</p>
    <section number="none"><heading>二级</heading>
      <section><heading>三级</heading><section><heading>四级</heading><p>x</p></section></section>
    </section></section></body>
  <signature><issuer>甲</issuer><issuer>乙</issuer><date>2022-03-31</date>
    <seal src="seals/seal-a.png"/><seal src="seals/seal-b.png"/></signature>
  <note>此件公开发布</note>
  <attachment title="名单"><p>甲</p><section><heading>h</heading></section></attachment>
  <attachment title="清单"><p>乙</p></attachment>
  <colophon><main-to>某某</main-to><cc label="送">某某</cc><printer>办公室</printer>
    <print-date>2022-04-06</print-date><proofreader>马帅</proofreader></colophon>
</gongwen>)");
  ASSERT_TRUE(p.ok) << p.all();
  EXPECT_EQ(p.diags.size(), 0u) << p.all();
  const Document& d = p.doc;
  EXPECT_EQ(d.format, Format::document);
  EXPECT_EQ(utf8(*d.copy_number), "000123");
  EXPECT_EQ(utf8(*d.secrecy), "机密");
  EXPECT_EQ(utf8(*d.secrecy_period), "1年");
  EXPECT_EQ(utf8(*d.urgency), "特急");
  EXPECT_EQ(d.issuers.size(), 2u);
  EXPECT_EQ(*d.masthead_suffix, U"文件");  // the document default
  EXPECT_EQ(utf8(*d.doc_number), "某发〔2022〕4号");
  EXPECT_TRUE(d.has_signers);
  EXPECT_EQ(utf8(d.signers.at(0)), "张三");
  EXPECT_EQ(utf8(*d.addressee), "各部门");
  ASSERT_EQ(d.body.size(), 1u);
  const Section& s = d.body[0].section.at(0);
  EXPECT_TRUE(s.runin);
  EXPECT_TRUE(s.numbered);
  EXPECT_EQ(utf8(s.heading), "一是。");
  const Section& s2 = s.blocks.at(1).section.at(0);
  EXPECT_FALSE(s2.numbered);
  const Section& s4 = s2.blocks.at(0).section.at(0).blocks.at(0).section.at(0);
  EXPECT_EQ(utf8(s4.heading), "四级");
  EXPECT_EQ(d.signature->issuers.size(), 2u);
  EXPECT_EQ(d.signature->seals.size(), 2u);
  EXPECT_EQ(d.signature->date->year, 2022);
  EXPECT_EQ(d.signature->date->month, 3);
  EXPECT_EQ(d.signature->date->day, 31);
  EXPECT_EQ(utf8(*d.note), "此件公开发布");
  ASSERT_EQ(d.attachments.size(), 2u);
  EXPECT_EQ(utf8(d.attachments[1].title), "清单");
  EXPECT_EQ(d.attachments[0].blocks.size(), 2u);
  EXPECT_EQ(utf8(*d.colophon->main_to), "某某");
  EXPECT_EQ(d.colophon->cc_label, U"送");
  EXPECT_EQ(utf8(*d.colophon->printer), "办公室");
  EXPECT_EQ(d.colophon->print_date->day, 6);
  EXPECT_EQ(utf8(*d.colophon->proofreader), "马帅");
}
TEST(ParseStructure, FormatDefaultsForTheMastheadSuffix) {
  auto suffix = [](const std::string& format, const std::string& masthead) {
    Parsed p = parse("<gongwen format=\"" + format + "\">" + masthead +
                     "<title>t</title><body><p>x</p></body></gongwen>");
    EXPECT_TRUE(p.ok) << p.all();
    return p.doc.masthead_suffix;
  };
  const std::string m = "<masthead><issuer>某局</issuer></masthead>";
  EXPECT_EQ(suffix("document", m), U"文件");
  EXPECT_EQ(suffix("letter", m), U"");
  EXPECT_EQ(suffix("minutes", m), U"纪要");
  EXPECT_EQ(suffix("document", "<masthead suffix=\"\"><issuer>某局</issuer></masthead>"), U"");
  EXPECT_EQ(suffix("document", ""), std::nullopt);
}
TEST(ParseStructure, OrderSignatureAndMinutesAttendance) {
  Parsed order = parse_sample("order.xml");
  ASSERT_TRUE(order.ok) << order.all();
  EXPECT_EQ(order.doc.format, Format::order);
  EXPECT_EQ(utf8(*order.doc.signature->position), "省长");
  EXPECT_EQ(utf8(*order.doc.signature->name), "王某某");
  Parsed minutes = parse_sample("minutes.xml");
  ASSERT_TRUE(minutes.ok) << minutes.all();
  EXPECT_EQ(minutes.doc.format, Format::minutes);
  EXPECT_EQ(utf8(*minutes.doc.absentees), "吴某某（出差）");
  EXPECT_TRUE(minutes.doc.attendees && minutes.doc.observers);
}
TEST(ParseStructure, AttendanceOutsideMinutesIsIgnoredWithAWarning) {
  Parsed p = parse(wrap("  <attendees>甲</attendees>\n"));
  EXPECT_TRUE(p.ok);
  const Diagnostic* w = p.find("GW-W-IGNORED-ELEMENT");
  ASSERT_NE(w, nullptr);
  EXPECT_EQ(w->where.line, 4);
  EXPECT_EQ(w->where.column, 3);
}
TEST(ParseStructure, EmptyParagraphIsLeftOutWithAWarning) {
  Parsed p = parse(with_body("<p>a</p><p> \n </p>"));
  EXPECT_TRUE(p.ok);
  EXPECT_EQ(p.doc.body.size(), 1u);
  const Diagnostic* w = p.find("GW-W-EMPTY-PARAGRAPH");
  ASSERT_NE(w, nullptr);
  EXPECT_EQ(w->where.column, 40);
}

// ---- the samples ----

TEST(ParseSamples, EverySampleParsesWithoutErrorsOrWarnings) {
  int n = 0;
  for (const auto& e : std::filesystem::directory_iterator(test::source_path("samples"))) {
    if (e.path().extension() != ".xml") continue;
    Parsed p = parse(test::read_text(e.path().string()));
    EXPECT_TRUE(p.ok) << e.path() << "\n" << p.all();
    EXPECT_TRUE(p.diags.empty()) << e.path() << "\n" << p.all();
    ++n;
  }
  EXPECT_GE(n, 9);
}

int sections(const std::vector<Block>& blocks) {
  int n = 0;
  for (const Block& b : blocks) n += b.kind == Block::Kind::section;
  return n;
}

TEST(ParseSamples, Seed000Haozhao) {
  Parsed p = parse_sample("seed-000-haozhao.xml");
  ASSERT_TRUE(p.ok) << p.all();
  ASSERT_EQ(p.doc.issuers.size(), 1u);
  EXPECT_EQ(utf8(p.doc.issuers[0]), "中共国内永久第一免费福利视频委员会");
  EXPECT_EQ(*p.doc.masthead_suffix, U"");
  EXPECT_FALSE(p.doc.doc_number.has_value());
  EXPECT_EQ(utf8(*p.doc.addressee), "各级党组织、全体共产党员");
  EXPECT_EQ(sections(p.doc.body), 4);
  EXPECT_EQ(utf8(p.doc.body[1].section[0].heading),
            "提高思想认识、认清当前形势，切实增强做好疫情防控工作的紧迫感和责任感");
  EXPECT_EQ(p.doc.signature->date->day, 14);
}

TEST(ParseSamples, Seed002Tongzhi) {
  Parsed p = parse_sample("seed-002-tongzhi.xml");
  ASSERT_TRUE(p.ok) << p.all();
  const Document& d = p.doc;
  EXPECT_EQ(utf8(d.issuers.at(0)), "中共枣庄科技职业学院委员会");
  EXPECT_EQ(*d.masthead_suffix, U"");  // the seed's masthead is the issuer alone
  EXPECT_EQ(utf8(*d.doc_number), "枣科职院党〔2022〕4号");
  EXPECT_EQ(utf8(*d.title),
            "关于在坚决打赢疫情防控阻击战中充分发挥党组织战斗堡垒和党员干部先锋模范作用的通知");
  EXPECT_EQ(utf8(*d.addressee), "学院各党组织");
  EXPECT_EQ(sections(d.body), 4);
  EXPECT_EQ(d.body.size(), 6u);
  // The page break inside "坚持 / 守土有责" is joined again.
  EXPECT_NE(utf8(d.body[0].paragraph).find("坚持守土有责"), std::string::npos);
  EXPECT_EQ(utf8(d.body[2].section[0].heading).rfind("领导干部要强化政治责任", 0), 0u);
  EXPECT_EQ(utf8(d.signature->issuers.at(0)), "中共枣庄科技职业学院委员会");
  EXPECT_EQ(d.signature->date->day, 31);
  EXPECT_EQ(d.colophon->cc_label, U"送");
  EXPECT_EQ(utf8(*d.colophon->cc), "学院党委领导班子成员");
  EXPECT_EQ(utf8(*d.colophon->printer), "党政办公室");
  EXPECT_EQ(d.colophon->print_date->month, 4);
  EXPECT_EQ(utf8(*d.colophon->proofreader), "马帅");
}

TEST(ParseSamples, Seed004Xin) {
  Parsed p = parse_sample("seed-004-xin.xml");
  ASSERT_TRUE(p.ok) << p.all();
  const Document& d = p.doc;
  EXPECT_EQ(utf8(*d.title), "致全校党（团）组织和全体党（团）员、干部的一封信");
  EXPECT_EQ(sections(d.body), 3);
  const Section& second = d.body[3].section.at(0);
  EXPECT_EQ(utf8(second.heading), "努力争当防控表率");
  ASSERT_EQ(second.blocks.size(), 4u);
  const Paragraph& lead = second.blocks[1].paragraph;
  ASSERT_GE(lead.spans.size(), 2u);
  EXPECT_TRUE(lead.spans[0].strong);
  EXPECT_EQ(to_utf8(lead.spans[0].text), "争当坚守岗位履职尽责的表率。");
  EXPECT_FALSE(lead.spans[1].strong);
  EXPECT_EQ(utf8(d.signature->issuers.at(0)), "中共北京师范大学委员会");
  EXPECT_EQ(d.signature->date->year, 2020);
  EXPECT_EQ(d.signature->date->day, 31);
}

}  // namespace
}  // namespace gongwen::detail
