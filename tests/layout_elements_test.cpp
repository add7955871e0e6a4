// Every element of the 文件格式 (GB/T 9704 §7), read back from the PDF and compared with
// the spec's millimetres (±0.3 mm).
#include <gtest/gtest.h>

#include <cmath>

#include "common/utf8.hpp"
#include "support/lines.hpp"
#include "support/render.hpp"
#include "support/spec.hpp"

namespace gongwen {
namespace {

using namespace test;

bool on_grid_line(const PdfLine& l, int& k) {
  double f = (l.top() - spec::body_em_top(0)) / P;
  k = static_cast<int>(std::lround(f));
  return std::abs(f - k) * P < 0.05;
}
// The last 16 pt line above `y` (the body's last line before a signature).
const PdfLine* last_body_line_above(const PdfPage& page, double y) {
  const PdfLine* best = nullptr;
  for (const PdfLine& l : page.lines) {
    if (std::abs(l.size() - 16) < 0.1 && l.top() < y - 1 && (!best || l.top() > best->top())) best = &l;
  }
  return best;
}

TEST(Masthead, StackMarkNumberAndSeparator) {
  Rendered r = render_sample("joint-notice.xml");
  ASSERT_TRUE(r.result.ok);
  const PdfPage& p1 = r.pages[0];
  // §7.2.1–7.2.3: 份号, 密级★期限, 紧急程度 flush left on lines 1–3.
  const PdfLine& copy = line_with(p1, U"000123");
  const PdfLine& secrecy = line_with(p1, U"机密★1年");
  const PdfLine& urgency = line_with(p1, U"特急");
  EXPECT_NEAR(copy.top(), spec::body_em_top(0), kTol);
  EXPECT_NEAR(secrecy.top(), spec::body_em_top(1), kTol);
  EXPECT_NEAR(urgency.top(), spec::body_em_top(2), kTol);
  for (const PdfLine* l : {&copy, &secrecy, &urgency}) EXPECT_NEAR(l->left(), spec::kLeft, kTol);
  EXPECT_NE(secrecy.glyphs[0].font.find("Hei"), std::string::npos);
  EXPECT_NE(copy.glyphs[0].font.find("Fang"), std::string::npos);

  // §7.2.4: the mark's top 35 mm below the 版心 top; joint names stacked, 文件 beside them,
  // centred on the stack; the block inside the 版心.
  const double mark = 42 * spec::kPt;
  const PdfLine& first = line_with(p1, U"中共某某市委员会");
  const PdfLine& second = line_with(p1, U"某某市人民政府");
  const PdfLine& suffix = line_with(p1, U"文件");
  EXPECT_NEAR(first.top(), 72.0, kTol);
  EXPECT_NEAR(second.top() - first.top(), 1.25 * mark, kTol);
  double stack_mid = (first.top() + second.top() + mark) / 2;
  EXPECT_NEAR(suffix.top() + mark / 2, stack_mid, kTol);
  EXPECT_GE(first.left(), spec::kLeft - kTol);
  EXPECT_LE(suffix.right(), spec::kRight + kTol);
  EXPECT_NEAR(first.left(), second.left(), kTol);    // spread to the same width
  EXPECT_NEAR(first.right(), second.right(), kTol);

  // §7.2.5: 发文字号 two blank lines below the mark, centred.
  const PdfLine& number = line_with(p1, U"某发〔2022〕4号");
  const double mark_bottom = second.top() + mark;
  EXPECT_NEAR(number.top(), mark_bottom + 2 * P + (P - spec::kBody) / 2, kTol);
  EXPECT_NEAR(centre(number), (spec::kLeft + spec::kRight) / 2, kTol);

  // §7.2.6: the red separator 4 mm below the 发文字号, 156 mm wide; 0.5 mm [gongwen].
  ASSERT_FALSE(r.graphics[0].rects.empty());
  const PdfRect& rule = r.graphics[0].rects.front();
  EXPECT_NEAR(rule.y, number.top() + spec::kBody + 4.0, kTol);
  EXPECT_NEAR(rule.x, spec::kLeft, kTol);
  EXPECT_NEAR(rule.w, 156.0, kTol);
  EXPECT_NEAR(rule.h, 0.5, 0.01);
  EXPECT_EQ(rule.color, "cmyk(0,1,1,0)");

  // §7.3.1: the title two blank lines below the separator, centred.
  const PdfLine& title = *std::find_if(p1.lines.begin(), p1.lines.end(),
                                       [](const PdfLine& l) { return std::abs(l.size() - 22) < 0.1; });
  const double title_box = 35 * spec::kPt;
  EXPECT_NEAR(title.top(), rule.y + rule.h + 2 * P + (title_box - 22 * spec::kPt) / 2, kTol);
  EXPECT_NEAR(centre(title), (spec::kLeft + spec::kRight) / 2, kTol);
  EXPECT_NE(title.glyphs[0].font.find("FandolSong-Bold"), std::string::npos);

  // §7.3.2: 主送 on the grid, at least one blank line below the title, flush left, ending
  // with a full-width colon; page 1 shows body text.
  const PdfLine& addressee = line_with(p1, U"各区县党委");
  int k = 0;
  EXPECT_TRUE(on_grid_line(addressee, k));
  EXPECT_NEAR(addressee.left(), spec::kLeft, kTol);
  std::u32string all;
  for (const PdfLine& l : p1.lines) all += l.text();
  EXPECT_NE(all.find(U"各人民团体："), std::u32string::npos);
  EXPECT_NE(all.find(U"为切实做好"), std::u32string::npos);
}

TEST(Masthead, UpwardDocumentSignersAndNumber) {
  Rendered r = render_sample("upward-request.xml");
  ASSERT_TRUE(r.result.ok);
  const PdfPage& p1 = r.pages[0];
  const PdfLine& label = line_with(p1, U"签发人：");
  const PdfLine& number = line_with(p1, U"某教发〔2023〕12号");
  // Two names a line: 王某某 李某 / 赵某某, later lines aligned with the first name; one
  // character in from the right; names in 楷体.
  const PdfLine* row2 = p1.find(U"赵某某");
  ASSERT_NE(row2, nullptr);
  EXPECT_NEAR(row2->top() - label.top(), P, kTol);
  auto glyph = [](const PdfLine& l, char32_t c) -> const PdfGlyph& {
    for (const PdfGlyph& g : l.glyphs) {
      if (g.ch == c) return g;
    }
    throw std::runtime_error("glyph not found");
  };
  const PdfGlyph& wang = glyph(label, U'王');
  const PdfGlyph& zhao = glyph(*row2, U'赵');
  EXPECT_NEAR(zhao.x, wang.x, kTol);
  EXPECT_LE(label.right(), spec::kRight - C + kTol);
  EXPECT_LE(row2->right(), spec::kRight - C + kTol);
  EXPECT_NE(zhao.font.find("Kai"), std::string::npos);
  EXPECT_NE(glyph(label, U'签').font.find("Fang"), std::string::npos);
  // 发文字号 one character in from the left, on the last signer line.
  EXPECT_NEAR(number.left(), spec::kLeft + C, kTol);
  EXPECT_NEAR(number.top(), row2->top(), kTol);
}

TEST(Title, ThreeLinesFormABalancedShape) {
  Rendered r = render_sample("long-title.xml");
  ASSERT_TRUE(r.result.ok);
  std::vector<PdfLine> title = r.pages[0].lines_of_size(22);
  ASSERT_EQ(title.size(), 3u);
  double longest = 0;
  for (const PdfLine& l : title) longest = std::max(longest, l.right() - l.left());
  for (const PdfLine& l : title) {
    EXPECT_LE(l.right() - l.left(), 156 + kTol);
    EXPECT_GE(3 * (l.right() - l.left()), longest - kTol);
    EXPECT_NEAR(centre(l), (spec::kLeft + spec::kRight) / 2, kTol);
  }
  std::vector<double> w;
  for (const PdfLine& l : title) w.push_back(l.right() - l.left());
  EXPECT_FALSE(w[1] < w[0] - kTol && w[1] < w[2] - kTol) << "an hourglass is neither 梯形 nor 菱形";
  for (std::size_t i = 0; i + 1 < title.size(); ++i) {
    EXPECT_NEAR(title[i + 1].top() - title[i].top(), 35 * spec::kPt, kTol);
  }
}

TEST(Signature, SingleIssuerWithSeal) {
  Rendered r = render_sample("long-title.xml");
  ASSERT_TRUE(r.result.ok);
  ASSERT_EQ(r.result.seals.size(), 1u);
  const SealPosition& seal = r.result.seals[0];
  const PdfPage& page = r.pages[static_cast<std::size_t>(seal.page - 1)];
  const PdfLine& date = line_with(page, U"2022年9月1日");
  const PdfLine* name = nullptr;
  for (const PdfLine& l : page.lines) {
    if (l.utf8() == "某某省人民政府办公厅") name = &l;
  }
  ASSERT_NE(name, nullptr);
  // §7.3.5.1: date four characters in from the right; name centred above it.
  EXPECT_NEAR(date.right(), spec::kRight - 4 * C, kTol);
  EXPECT_NEAR(centre(*name), centre(date), kTol);
  EXPECT_NEAR(date.top() - name->top(), P, kTol);
  // The seal image: 42 mm, centred over name and date, both in its lower half, its top
  // within one line of the body above.
  const auto& images = r.graphics[static_cast<std::size_t>(seal.page - 1)].images;
  ASSERT_EQ(images.size(), 1u);
  const PdfImage& img = images[0];
  EXPECT_NEAR(img.w, 42.0, 0.05);
  EXPECT_NEAR(img.h, 42.0, 0.05);
  EXPECT_TRUE(img.multiply);
  EXPECT_NEAR(img.x + img.w / 2, centre(date), kTol);
  EXPECT_NEAR(img.x + img.w / 2, seal.center_x_mm, 0.01);
  EXPECT_NEAR(img.y + img.h / 2, seal.center_y_mm, 0.01);
  EXPECT_GE(name->top(), img.y + img.h / 2 - spec::kBody / 2);  // name in the lower half
  const PdfLine* body = last_body_line_above(page, name->top());
  ASSERT_NE(body, nullptr);
  double body_bottom = body->top() + spec::kBody + (P - spec::kBody) / 2;
  EXPECT_GT(img.y, body_bottom - kTol);
  EXPECT_LT(img.y - body_bottom, P);
}

TEST(Signature, JointIssuersWithSeals) {
  Rendered r = render_sample("joint-notice.xml");
  ASSERT_TRUE(r.result.ok);
  ASSERT_EQ(r.result.seals.size(), 2u);
  std::size_t p = static_cast<std::size_t>(r.result.seals[0].page - 1);
  const auto& images = r.graphics[p].images;
  ASSERT_EQ(images.size(), 2u);
  // Seals aligned, not touching, inside the 版心; the last also over the date.
  EXPECT_NEAR(images[0].y, images[1].y, 0.01);
  EXPECT_GT(images[1].x, images[0].x + images[0].w);
  for (const PdfImage& i : images) {
    EXPECT_GE(i.x, spec::kLeft - kTol);
    EXPECT_LE(i.x + i.w, spec::kRight + kTol);
  }
  const PdfLine& date = line_with(r.pages[p], U"2022年3月31日");
  EXPECT_NEAR(date.right(), spec::kRight - 4 * C, kTol);
  EXPECT_LT(images[1].x, centre(date));
  EXPECT_GT(images[1].x + images[1].w, centre(date));
  // Each name centred under its seal (both names are on one line).
  const PdfLine& names = line_with(r.pages[p], U"中共某某市委员会");
  std::u32string t = names.text();
  auto span_centre = [&](const std::u32string& s) {
    std::size_t i = t.find(s);
    return (names.glyphs[i].x + names.glyphs[i + s.size() - 1].right()) / 2;
  };
  EXPECT_NEAR(span_centre(U"中共某某市委员会"), images[0].x + images[0].w / 2, kTol);
  EXPECT_NEAR(span_centre(U"某某市人民政府"), images[1].x + images[1].w / 2, kTol);
}

TEST(Signature, WithoutSealAndNote) {
  Rendered r = render_sample("upward-request.xml");
  ASSERT_TRUE(r.result.ok);
  for (const PdfPage& page : r.pages) {
    const PdfLine* date = page.find(U"2023年5月8日");
    if (!date) continue;
    const PdfLine* name = nullptr;
    for (const PdfLine& l : page.lines) {
      if (l.utf8() == "某某市教育局") name = &l;
    }
    ASSERT_NE(name, nullptr);
    // §7.3.5.2: one blank line below the body, the name two characters in from the right,
    // the date on the next line two characters right of the name's start; a date that would
    // then run past two-in-from-the-right sits there and the name moves left.
    EXPECT_NEAR(date->left(), name->left() + 2 * C, kTol);
    EXPECT_NEAR(std::max(name->right(), date->right()), spec::kRight - 2 * C, kTol);
    EXPECT_NEAR(date->top() - name->top(), P, kTol);
    const PdfLine* body = last_body_line_above(page, name->top());
    ASSERT_NE(body, nullptr);
    EXPECT_NEAR(name->top() - body->top(), 2 * P, kTol);
    // §7.3.6: 附注 on the line after the date, two characters in, in （）.
    const PdfLine& note = line_with(page, U"（联系人");
    EXPECT_NEAR(note.top() - date->top(), P, kTol);
    EXPECT_NEAR(note.left(), spec::kLeft + 2 * C, kTol);
    EXPECT_EQ(note.text().back(), U'）');
    return;
  }
  FAIL() << "no date line";
}

TEST(Signature, LongerDateMovesTheNameLeft) {
  Rendered r = render_xml(R"(<gongwen><title>关于某事的通知</title><body><p>正文。</p></body>
    <signature><issuer>某局</issuer><date>2023-12-31</date></signature></gongwen>)");
  ASSERT_TRUE(r.result.ok);
  const PdfLine& date = line_with(r.pages[0], U"2023年12月31日");
  const PdfLine* name = nullptr;
  for (const PdfLine& l : r.pages[0].lines) {
    if (l.utf8() == "某局") name = &l;
  }
  ASSERT_NE(name, nullptr);
  EXPECT_NEAR(date.right(), spec::kRight - 2 * C, kTol);
  EXPECT_NEAR(date.left() - name->left(), 2 * C, kTol);
}

TEST(AttachmentNote, NumbersAlignAndNamesFollow) {
  Rendered r = render_sample("joint-notice.xml");
  ASSERT_TRUE(r.result.ok);
  const PdfPage* page = nullptr;
  for (const PdfPage& p : r.pages) {
    if (p.find(U"附件：1.")) page = &p;
  }
  ASSERT_NE(page, nullptr);
  const PdfLine& first = line_with(*page, U"附件：1.");
  const PdfLine& second = line_with(*page, U"2.某某市");
  EXPECT_NEAR(first.left(), spec::kLeft + 2 * C, kTol);
  EXPECT_NEAR(second.left(), first.glyphs[3].x, kTol);  // "2." under "1."
  EXPECT_NEAR(second.top() - first.top(), P, kTol);
}

TEST(Attachments, EachOnANewPageWithLabelTitleAndContent) {
  Rendered r = render_sample("joint-notice.xml");
  ASSERT_TRUE(r.result.ok);
  int found = 0;
  for (const PdfPage& page : r.pages) {
    for (const char32_t* label : {U"附件1", U"附件2"}) {
      const PdfLine* l = page.find(label);
      if (!l || l->text() != label) continue;
      ++found;
      // Label in 黑体 flush left on line 1; title in 2号小标宋 centred on line 3; content
      // after one blank line.
      EXPECT_NEAR(l->top(), spec::body_em_top(0), kTol);
      EXPECT_NEAR(l->left(), spec::kLeft, kTol);
      EXPECT_NE(l->glyphs[0].font.find("Hei"), std::string::npos);
      std::vector<PdfLine> title = page.lines_of_size(22);
      ASSERT_FALSE(title.empty());
      EXPECT_NEAR(title[0].top(), spec::kTop + 2 * P + (P - 22 * spec::kPt) / 2, kTol);
      EXPECT_NEAR(centre(title[0]), (spec::kLeft + spec::kRight) / 2, kTol);
      std::vector<PdfLine> body = page.lines_of_size(16);
      ASSERT_GE(body.size(), 2u);
      EXPECT_NEAR(body[1].top(), spec::body_em_top(4), kTol);
    }
  }
  EXPECT_EQ(found, 2);
}

TEST(Colophon, RulesLinesAndEvenPage) {
  Rendered r = render_sample("seed-002-tongzhi.xml");
  ASSERT_TRUE(r.result.ok);
  // Content ends on page 5 (odd): the 版记 goes on page 6 (an even page).
  ASSERT_EQ(r.pages.size(), 6u);
  const PdfPage& last = r.pages.back();
  const auto& rects = r.graphics.back().rects;
  ASSERT_EQ(rects.size(), 4u);  // thick, thin, thin, thick
  EXPECT_NEAR(rects.back().y + rects.back().h, spec::kBottom, 0.05);  // on the 版心 bottom
  EXPECT_NEAR(rects.back().h, 0.35, 0.01);
  EXPECT_NEAR(rects.front().h, 0.35, 0.01);
  EXPECT_NEAR(rects[1].h, 0.25, 0.01);
  EXPECT_NEAR(rects[2].h, 0.25, 0.01);
  for (const PdfRect& rc : rects) {
    EXPECT_NEAR(rc.x, spec::kLeft, kTol);
    EXPECT_NEAR(rc.w, 156.0, kTol);
  }
  const double c4 = spec::kColophonChar;
  const PdfLine& cc = line_with(last, U"送：学院党委领导班子成员。");
  const PdfLine& printer = line_with(last, U"党政办公室");
  const PdfLine& date = line_with(last, U"2022年4月6日印发");
  const PdfLine& proof = line_with(last, U"校对：马帅");
  EXPECT_NEAR(cc.left(), spec::kLeft + c4, kTol);
  EXPECT_NEAR(printer.left(), spec::kLeft + c4, kTol);
  EXPECT_NEAR(date.right(), spec::kRight - c4, kTol);
  EXPECT_NEAR(cc.size(), 14, 0.1);
  // Order: 抄送, 印发, 校对 (last, the seeds' practice), each on the body pitch upward from
  // the 版心 bottom, with the first rule above 抄送 and thin rules between.
  EXPECT_LT(cc.top(), printer.top());
  EXPECT_LT(printer.top(), proof.top());
  EXPECT_NEAR(proof.top() + 14 * spec::kPt + (P - 14 * spec::kPt) / 2, spec::kBottom, kTol);
  EXPECT_LT(rects[0].y, cc.top());
  EXPECT_GT(rects[1].y, cc.top() + c4);
  EXPECT_LT(rects[1].y, printer.top());
  EXPECT_GT(rects[2].y, printer.top() + c4);
  EXPECT_LT(rects[2].y, proof.top());
}

}  // namespace
}  // namespace gongwen
