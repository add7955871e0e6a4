// Hostile and broken input never crashes the engine: every render returns either a PDF
// or error diagnostics. Inputs are the samples mutated by a fixed-seed generator, so a
// failure reproduces.
#include <gtest/gtest.h>

#include <random>

#include "common/utf8.hpp"
#include "support/render.hpp"

namespace gongwen {
namespace {

using namespace test;

TEST(Robustness, MutatedSamplesRenderOrFailCleanly) {
  const Engine& engine = shared_engine();
  std::mt19937 rng(20261122);
  const char* samples[] = {"seed-002-tongzhi.xml", "joint-notice.xml", "minutes.xml"};
  const std::string alphabet = "<>/&;\"' =\n\xe4\xb8\xad\xef\xbc\x8c-0123456789";
  int ok = 0, failed = 0;
  for (int i = 0; i < 150; ++i) {
    std::string xml = read_text(source_path(std::string("samples/") + samples[i % 3]));
    int edits = 1 + static_cast<int>(rng() % 8);
    for (int e = 0; e < edits; ++e) {
      std::size_t at = rng() % xml.size();
      switch (rng() % 4) {
        case 0: xml.erase(at, 1 + rng() % 16); break;                  // delete
        case 1: xml.insert(at, 1, alphabet[rng() % alphabet.size()]); break;
        case 2: xml[at] = static_cast<char>(rng() % 256); break;       // any byte
        default: xml.insert(at, xml.substr(rng() % xml.size(), rng() % 64)); break;
      }
    }
    RenderOptions ro;
    ro.base_dir = source_path("samples");
    RenderResult r = engine.render(xml, "mutated.xml", ro);
    if (r.ok) {
      ++ok;
      EXPECT_EQ(std::string(r.pdf.begin(), r.pdf.begin() + 5), "%PDF-");
    } else {
      ++failed;
      EXPECT_TRUE(r.pdf.empty());
      EXPECT_TRUE(has_errors(r.diagnostics)) << "failed without an error diagnostic";
    }
  }
  EXPECT_GT(failed, 0);
  EXPECT_GT(ok + failed, 149);
}

TEST(Robustness, TruncatedInputAtEveryFewBytes) {
  const Engine& engine = shared_engine();
  std::string xml = read_text(source_path("samples/order.xml"));
  for (std::size_t n = 0; n < xml.size(); n += 37) {
    RenderResult r = engine.render(std::string_view(xml).substr(0, n), "cut.xml");
    EXPECT_FALSE(r.ok) << n;
    EXPECT_TRUE(has_errors(r.diagnostics)) << n;
  }
}

TEST(Fonts, FallbackIsUsedAndReportedPerCluster) {
  Rendered r = render_xml("<gongwen><title>关于表彰张喆同志的通知</title>\n<body><p>张喆、李堃、王玥同志。</p></body></gongwen>");
  ASSERT_TRUE(r.result.ok);
  const Diagnostic* w = nullptr;
  for (const auto& d : r.result.diagnostics) {
    if (d.code == "GW-W-FONT-FALLBACK" && d.message.find("fangsong") != std::string::npos) w = &d;
  }
  ASSERT_NE(w, nullptr);
  EXPECT_NE(w->message.find("U+5586"), std::string::npos);  // 喆
  EXPECT_NE(w->message.find("AR PL UMing"), std::string::npos);
  EXPECT_EQ(w->where.line, 2);
  // Only the missing characters come from the fallback; their neighbours stay Fandol.
  const PdfLine* line = r.pages[0].find(U"张喆");
  ASSERT_NE(line, nullptr);
  for (const PdfGlyph& g : line->glyphs) {
    bool rare = g.ch == U'喆' || g.ch == U'堃' || g.ch == U'玥';
    EXPECT_EQ(g.font.find("Fandol") == std::string::npos, rare) << detail::to_utf8(std::u32string(1, g.ch)) << " " << g.font;
  }
}

TEST(Fonts, CharactersNoFontHasAreOneErrorListingAll) {
  // U+0378 and U+E000 (an unassigned code point and a private-use one) are in no font.
  Rendered r = render_xml("<gongwen><title>标题</title>\n<body>\n<p>甲\xcd\xb8乙\xee\x80\x80</p></body></gongwen>");
  EXPECT_FALSE(r.result.ok);
  int count = 0;
  for (const auto& d : r.result.diagnostics) {
    if (d.code != "GW-E-MISSING-GLYPH") continue;
    ++count;
    EXPECT_NE(d.message.find("U+0378 "), std::string::npos);
    EXPECT_NE(d.message.find("U+E000 "), std::string::npos);
    EXPECT_NE(d.message.find("at 3:5"), std::string::npos) << d.message;
    EXPECT_EQ(d.where.line, 3);
  }
  EXPECT_EQ(count, 1);
  EXPECT_TRUE(r.result.pdf.empty());
}

}  // namespace
}  // namespace gongwen
