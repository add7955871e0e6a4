// Recognition of every element in import.md's table, from a notice text written for the
// purpose; the expected XML is written by hand from reading that text.
#include <gtest/gtest.h>

#include "gongwen/import.hpp"
#include "support/imported_notice.hpp"
#include "support/render.hpp"

namespace gongwen {
namespace {

// A full 文件格式 notice as an office would paste it: the 发文字号 with [ ], a title over
// two lines with a space inside, a line split in mid-sentence, headings at four depths, a
// run-in heading, one out of sequence, 附件说明 over two lines, joint 署名, a 汉字 date,
// 附注, two 附件 with content, and a 版记 with 印发 and 校对 (a space inside the name).
constexpr const char* kNotice =
    "000123\n"
    "机密★1年  特急\n"
    "中共某某市委员会文件\n"
    "某某市人民政府文件\n"
    "某发[2022]4号\n"
    "关于做好2022年春季 学校安全工作的\n"
    "通 知\n"
    "各区县党委，市直各部门:\n"
    "为做好春季学校安全工作，现将有关事项通知如下。\n"
    "一、提高思想认识\n"
    "各单位要高度重视学校安全工作，把安全工作摆在突出位置，切实加强组织领导，\n"
    "落实工作责任。\n"
    "（一）加强组织领导\n"
    "1.校委高度重视。一是及时传达学习，二是统筹安排部署。\n"
    "（1）建立工作台账\n"
    "各校要建立台账。\n"
    "二、强化督促检查\n"
    "（二）开展专项检查\n"
    "附件：1.检查清单\n"
    "      2.联系人名单\n"
    "中共某某市委员会\n"
    "某某市人民政府\n"
    "二〇二二年三月三十一日\n"
    "（此件公开发布）\n"
    "附件1\n"
    "检查清单\n"
    "一、校舍安全\n"
    "附件2\n"
    "联系人名单\n"
    "张三，李四。\n"
    "抄送：市纪委监委，市委组织部。\n"
    "市委办公室    2022年4月6日印发\n"
    "校对：马 帅\n";

// What a person reads in kNotice, as contract XML. 机密★1年 is 机密 with period 1年; the
// heading numbers are the engine's (in sequence), but （二） under 二、 has no （一）
// before it, so it keeps its number as written; 附件说明 is generated from the
// attachments; the list's final 。 is the engine's.
constexpr const char* kExpected = R"(<gongwen format="document">
  <copy-number>000123</copy-number>
  <secrecy period="1年">机密</secrecy>
  <urgency>特急</urgency>
  <masthead suffix="文件"><issuer>中共某某市委员会</issuer><issuer>某某市人民政府</issuer></masthead>
  <doc-number>某发〔2022〕4号</doc-number>
  <title>关于做好2022年春季学校安全工作的通知</title>
  <addressee>各区县党委，市直各部门</addressee>
  <body>
    <p>为做好春季学校安全工作，现将有关事项通知如下。</p>
    <section><heading>提高思想认识</heading>
      <p>各单位要高度重视学校安全工作，把安全工作摆在突出位置，切实加强组织领导，落实工作责任。</p>
      <section><heading>加强组织领导</heading>
        <section runin="true"><heading>校委高度重视。</heading><p>一是及时传达学习，二是统筹安排部署。</p>
          <section><heading>建立工作台账</heading><p>各校要建立台账。</p></section>
        </section>
      </section>
    </section>
    <section><heading>强化督促检查</heading>
      <section number="none"><heading>（二）开展专项检查</heading></section>
    </section>
  </body>
  <signature><issuer>中共某某市委员会</issuer><issuer>某某市人民政府</issuer><date>2022-03-31</date></signature>
  <note>此件公开发布</note>
  <attachment title="检查清单"><section><heading>校舍安全</heading></section></attachment>
  <attachment title="联系人名单"><p>张三，李四。</p></attachment>
  <colophon><cc label="抄送">市纪委监委，市委组织部</cc><printer>市委办公室</printer><print-date>2022-04-06</print-date><proofreader>马帅</proofreader></colophon>
</gongwen>)";

TEST(ImportRecognise, EveryElementOfTheTable) {
  ImportResult r = import_text(kNotice, "notice.txt");
  ASSERT_TRUE(r.ok) << import_report_json(r);
  std::vector<std::string> got = test::xml_outline(r.xml), want = test::xml_outline(kExpected);
  ASSERT_GT(want.size(), 30u);
  for (std::size_t i = 0; i < std::max(got.size(), want.size()); ++i) {
    EXPECT_EQ(i < got.size() ? got[i] : "(nothing)", i < want.size() ? want[i] : "(nothing)") << i;
  }
  EXPECT_EQ(test::lost_content(kNotice, r), "");
  test::Rendered rendered = test::render_xml(r.xml, "notice.xml");
  EXPECT_TRUE(rendered.result.ok);
  EXPECT_GE(rendered.pages.size(), 3u);  // the notice, then each 附件 on a new page
}

TEST(ImportRecognise, ReportsEachFixWithItsLine) {
  ImportResult r = import_text(kNotice, "notice.txt");
  auto has = [&](int line, const std::string& kind, const std::string& part) {
    for (const ImportNote& n : r.notes) {
      if (n.line == line && n.kind == kind && n.message.find(part) != std::string::npos) return true;
    }
    return false;
  };
  EXPECT_TRUE(has(5, "fixed", "〔〕"));            // [2022] → 〔2022〕
  EXPECT_TRUE(has(6, "joined", "2 lines"));       // the title over lines 6–7
  EXPECT_TRUE(has(6, "fixed", "spaces"));         // 春季 学校, 通 知
  EXPECT_TRUE(has(12, "joined", "line 11"));      // split in mid-sentence
  EXPECT_TRUE(has(14, "guessed", "run-in"));
  EXPECT_TRUE(has(18, "guessed", "（二）"));        // out of sequence, kept as written
  EXPECT_TRUE(has(31, "fixed", "。"));             // the cc list's final 。
  EXPECT_TRUE(has(33, "fixed", "space"));         // 马 帅
  // The elements come in document order, each with its line.
  ASSERT_FALSE(r.elements.empty());
  for (std::size_t i = 1; i < r.elements.size(); ++i) {
    EXPECT_LE(r.elements[i - 1].line, r.elements[i].line) << r.elements[i].element;
  }
  EXPECT_EQ(r.elements.front().element, "copy-number");
  EXPECT_EQ(r.elements.back().element, "proofreader");
}

TEST(ImportRecognise, DatesInEveryWrittenForm) {
  const char* forms[] = {"2022年3月31日", "2022-03-31", "2022.3.31", "二〇二二年三月三十一日",
                         "2022 年 3 月 31 日"};
  for (const char* f : forms) {
    std::string text = std::string("关于某事的通知\n各单位：\n正文。\n某某局\n") + f + "\n";
    ImportResult r = import_text(text, "d.txt");
    ASSERT_TRUE(r.ok) << f << import_report_json(r);
    EXPECT_NE(r.xml.find("<date>2022-03-31</date>"), std::string::npos) << f;
  }
  // 2022年2月30日 is no date: not taken as the 成文日期, so the date is missing.
  ImportResult bad = import_text("关于某事的通知\n各单位：\n正文。\n某某局\n2022年2月30日\n", "d.txt");
  EXPECT_FALSE(bad.ok);
}

TEST(ImportRecognise, SignersAndUrgencyOfAnUpwardRequest) {
  ImportResult r = import_text(
      "加急\n某某县人民政府\n某政发〔2023〕7号　　签发人：张三　李四\n关于请求拨付救灾资金的请示\n"
      "市人民政府：\n我县遭受洪灾，特此请示。\n某某县人民政府\n2023年7月1日\n平急\n",
      "r.txt");
  ASSERT_TRUE(r.ok) << import_report_json(r);
  EXPECT_NE(r.xml.find("<urgency>加急</urgency>"), std::string::npos);
  EXPECT_NE(r.xml.find("<doc-number>某政发〔2023〕7号</doc-number>"), std::string::npos);
  EXPECT_NE(r.xml.find("<signer>张三</signer>"), std::string::npos);
  EXPECT_NE(r.xml.find("<signer>李四</signer>"), std::string::npos);
  EXPECT_NE(r.xml.find("<masthead suffix=\"\">"), std::string::npos);
  // A line after the date that is no 附注 is kept (in the 附注), never dropped.
  EXPECT_NE(r.xml.find("<note>平急</note>"), std::string::npos);
}

TEST(ImportRecognise, AParagraphSaidTwiceNearTheTopIsKept) {
  // Found by the lost-content check on the ten-page .docx: the rule for a title repeated
  // as the page heading removed a repeated body paragraph.
  ImportResult r = import_text("关于某事的通知\n各单位：\n请做好检查。\n请做好检查。\n某某局\n2022年3月31日\n",
                               "twice.txt");
  ASSERT_TRUE(r.ok);
  std::size_t first = r.xml.find("<p>请做好检查。</p>");
  ASSERT_NE(first, std::string::npos) << r.xml;
  EXPECT_NE(r.xml.find("<p>请做好检查。</p>", first + 1), std::string::npos) << r.xml;
}

TEST(ImportRecognise, MarkupCharactersAreEscaped) {
  ImportResult r = import_text("关于A&B<C>的通知\n各单位：\n见“<附表>”&说明。\n某某局\n2022年3月31日\n",
                               "e.txt");
  ASSERT_TRUE(r.ok);
  EXPECT_NE(r.xml.find("<title>关于A&amp;B&lt;C&gt;的通知</title>"), std::string::npos) << r.xml;
  EXPECT_NE(r.xml.find("<p>见“&lt;附表&gt;”&amp;说明。</p>"), std::string::npos);
  EXPECT_TRUE(test::render_xml(r.xml).result.ok);
}

}  // namespace
}  // namespace gongwen
