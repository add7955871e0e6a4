// The font program cache (issue 13): a re-render reuses each font's finished program
// (observable in Engine::font_program_cache_stats), gives the same bytes as a render
// without the cache, stays within its byte bound, and the streams whose bytes we deflate
// ourselves are announced as /FlateDecode and decode to the font program the PDF spec asks
// for (ISO 32000-1 §9.9: FontFile3 /CIDFontType0C holds a CFF, FontFile2 a TrueType font
// whose /Length1 is its decoded length).
#define POINTERHOLDER_TRANSITION 4  // qpdf 11: no legacy PointerHolder
#include "pdf/font_program_cache.hpp"

#include <gtest/gtest.h>
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>

#include <algorithm>
#include <memory>
#include <thread>

#include "common/diagnostics.hpp"
#include "gongwen/gongwen.hpp"
#include "pdf/pdf_writer.hpp"
#include "support/files.hpp"
#include "support/pdf_probe.hpp"
#include "support/pdf_readers.hpp"
#include "text/font.hpp"

namespace gongwen {
namespace {

using namespace detail;

std::string seed() { return test::read_text(test::source_path("samples/seed-002-tongzhi.xml")); }

RenderResult render_with(const Engine& engine, const std::string& xml) {
  return engine.render(xml, "seed-002-tongzhi.xml");
}

// Every distinct font program the PDF embeds (one FontDescriptor per font).
std::size_t font_programs(const std::vector<std::uint8_t>& pdf) {
  QPDF q;
  q.processMemoryFile("test.pdf", reinterpret_cast<const char*>(pdf.data()), pdf.size());
  std::size_t n = 0;
  for (QPDFObjectHandle o : q.getAllObjects()) {
    if (o.isDictionary() && o.getKey("/Type").isNameAndEquals("/FontDescriptor")) ++n;
  }
  return n;
}

TEST(FontProgramCache, ReRenderHitsEveryFontAndGivesTheSameBytes) {
  Engine engine;
  const std::string xml = seed();
  RenderResult first = render_with(engine, xml);
  ASSERT_TRUE(first.ok);
  const std::size_t fonts = font_programs(first.pdf);
  ASSERT_GE(fonts, 2u);  // the notice uses 仿宋 and at least the title's 小标宋
  FontProgramCacheStats s = engine.font_program_cache_stats();
  EXPECT_EQ(s.misses, fonts);
  EXPECT_EQ(s.hits, 0u);
  EXPECT_EQ(s.entries, fonts);

  RenderResult again = render_with(engine, xml);
  ASSERT_TRUE(again.ok);
  s = engine.font_program_cache_stats();
  EXPECT_EQ(s.hits, fonts) << "the second render must subset nothing";
  EXPECT_EQ(s.misses, fonts);
  EXPECT_EQ(again.pdf, first.pdf);

  EngineOptions off;
  off.font_program_cache_bytes = 0;
  Engine uncached(off);
  RenderResult plain = render_with(uncached, xml);
  ASSERT_TRUE(plain.ok);
  EXPECT_EQ(plain.pdf, first.pdf) << "the cache must not change a byte";
  const FontProgramCacheStats none = uncached.font_program_cache_stats();
  EXPECT_EQ(none.hits + none.misses + none.entries + none.bytes, 0u);
}

TEST(FontProgramCache, ADifferentGlyphSetIsAMiss) {
  Engine engine;
  const std::string xml = seed();
  ASSERT_TRUE(render_with(engine, xml).ok);
  const FontProgramCacheStats before = engine.font_program_cache_stats();
  // One more character in the body (not in the seed: 靛) changes 仿宋's glyph set only.
  std::string changed = xml;
  const std::size_t at = changed.find("</p>");
  ASSERT_NE(at, std::string::npos);
  changed.insert(at, "靛");
  ASSERT_TRUE(render_with(engine, changed).ok);
  const FontProgramCacheStats after = engine.font_program_cache_stats();
  EXPECT_EQ(after.misses, before.misses + 1);
  EXPECT_EQ(after.hits, before.hits + before.entries - 1);
}

TEST(FontProgramCache, ThreadsOfOneEngineShareItAndAgree) {
  Engine engine;
  const std::string xml = seed();
  RenderResult reference = render_with(engine, xml);
  ASSERT_TRUE(reference.ok);
  const std::size_t fonts = engine.font_program_cache_stats().entries;
  std::vector<RenderResult> results(4);
  std::vector<std::thread> threads;
  for (RenderResult& r : results) threads.emplace_back([&] { r = render_with(engine, xml); });
  for (std::thread& t : threads) t.join();
  for (const RenderResult& r : results) EXPECT_EQ(r.pdf, reference.pdf);
  const FontProgramCacheStats s = engine.font_program_cache_stats();
  EXPECT_EQ(s.hits, 4 * fonts);
  EXPECT_EQ(s.entries, fonts);
}

TEST(FontProgramCache, EngineStaysWithinItsBound) {
  // Room for about one document's programs (seed 002's are ~300 KB deflated), so rendering
  // other documents must evict.
  EngineOptions eo;
  eo.font_program_cache_bytes = 400u << 10;
  Engine engine(eo);
  for (const char* sample : {"seed-002-tongzhi.xml", "joint-notice.xml", "seed-002-tongzhi.xml"}) {
    RenderResult r = engine.render(test::read_text(test::source_path(std::string("samples/") + sample)),
                                   sample, [] {
                                     RenderOptions ro;
                                     ro.base_dir = test::source_path("samples");
                                     return ro;
                                   }());
    ASSERT_TRUE(r.ok) << sample;
    const FontProgramCacheStats s = engine.font_program_cache_stats();
    EXPECT_LE(s.bytes, s.capacity_bytes);
    EXPECT_EQ(s.capacity_bytes, 400u << 10);
  }
  EXPECT_GT(engine.font_program_cache_stats().evictions, 0u);
}

// One page, one 16 pt run of FandolFang glyphs, each standing for the text given.
PageSet one_run(const Font& font, const std::u32string& chars, const std::u32string& texts) {
  PageSet set;
  set.width = mm_f(210);
  set.height = mm_f(297);
  Page page;
  GlyphRun run;
  run.font = &font;
  run.size = pt(16);
  run.baseline = mm(40);
  for (std::size_t i = 0; i < chars.size(); ++i) {
    PlacedGlyph g;
    g.gid = font.glyph_for(chars[i]);
    g.x = mm(28) + pt(16) * static_cast<Length>(i);
    g.text = std::u32string(1, texts[i]);
    run.glyphs.push_back(g);
  }
  page.runs.push_back(run);
  set.pages.push_back(page);
  return set;
}

TEST(FontProgramCache, AHitWithOtherTextGetsItsOwnToUnicode) {
  // The same glyphs (a hit) standing for other text: ToUnicode follows the document's
  // text, not the cached program's (a glyph's text comes from the clusters it was shaped from).
  std::string error;
  auto fang = Font::open(test::source_path("fonts/fandol/FandolFang-Regular.otf"), 0, error);
  ASSERT_TRUE(fang) << error;
  FontProgramCache cache(1u << 20);
  std::vector<std::uint8_t> first, second;
  Diagnostics diags;
  ASSERT_TRUE(write_pdf(one_run(*fang, U"中国", U"中国"), first, diags, &cache));
  ASSERT_TRUE(write_pdf(one_run(*fang, U"中国", U"甲乙"), second, diags, &cache));
  EXPECT_EQ(cache.counts().hits, 1u);
  EXPECT_EQ(test::probe::load(first).at(0).text(), U"中国");
  EXPECT_EQ(test::probe::load(second).at(0).text(), U"甲乙");
}

std::shared_ptr<const FinishedProgram> program_of(std::size_t bytes) {
  auto p = std::make_shared<FinishedProgram>();
  p->deflated.assign(bytes, 0x78);
  p->cid = {0, 1};
  return p;
}

TEST(FontProgramCache, EvictsLeastRecentlyUsedFirst) {
  // Fonts are only compared as keys here, never read.
  const Font* a = reinterpret_cast<const Font*>(0x1000);
  const Font* b = reinterpret_cast<const Font*>(0x2000);
  const Font* c = reinterpret_cast<const Font*>(0x3000);
  const std::vector<std::uint32_t> gids{0, 1};
  FontProgramCache cache(3000);  // two 1,000-byte programs and their overhead fit, not three
  cache.insert(a, gids, program_of(1000));
  cache.insert(b, gids, program_of(1000));
  ASSERT_NE(cache.find(a, gids), nullptr);  // a is now the most recently used
  cache.insert(c, gids, program_of(1000));
  EXPECT_EQ(cache.find(b, gids), nullptr) << "b was the least recently used";
  EXPECT_NE(cache.find(a, gids), nullptr);
  EXPECT_NE(cache.find(c, gids), nullptr);
  const FontProgramCacheCounts n = cache.counts();
  EXPECT_EQ(n.evictions, 1u);
  EXPECT_EQ(n.entries, 2u);
  EXPECT_LE(n.bytes, 3000u);
  // The glyph set is compared in full: a's font with other glyphs is another program.
  EXPECT_EQ(cache.find(a, {0, 2}), nullptr);
  // One program larger than the whole bound is not kept (and evicts nothing).
  cache.insert(b, gids, program_of(5000));
  EXPECT_EQ(cache.find(b, gids), nullptr);
  EXPECT_EQ(cache.counts().entries, 2u);
}

// Each embedded program: the stream's /Filter is /FlateDecode (written by us, not libharu)
// and it decodes to a CFF (header major version 1, header size 4: Adobe TN 5176 §6) or a
// TrueType font (sfnt version 0x00010000) whose /Length1 is the decoded length.
TEST(FontProgramCache, ProgramStreamsDecodeToTheFontFormatTheSpecNames) {
  // 喆 is not in Fandol: it comes from the TrueType fallback (AR PL UMing).
  std::string xml = seed();
  const std::size_t at = xml.find("</p>");
  ASSERT_NE(at, std::string::npos);
  xml.insert(at, "喆");
  RenderResult r = Engine().render(xml, "fallback.xml");
  ASSERT_TRUE(r.ok) << (r.diagnostics.empty() ? "" : r.diagnostics.front().message);
  QPDF q;
  q.processMemoryFile("test.pdf", reinterpret_cast<const char*>(r.pdf.data()), r.pdf.size());
  int cff = 0, truetype = 0;
  for (QPDFObjectHandle o : q.getAllObjects()) {
    if (!o.isDictionary() || !o.getKey("/Type").isNameAndEquals("/FontDescriptor")) continue;
    for (const char* key : {"/FontFile3", "/FontFile2"}) {
      QPDFObjectHandle s = o.getKey(key);
      if (!s.isStream()) continue;
      EXPECT_TRUE(s.getDict().getKey("/Filter").isNameAndEquals("/FlateDecode")) << key;
      std::shared_ptr<Buffer> data = s.getStreamData(qpdf_dl_all);
      ASSERT_GE(data->getSize(), 4u);
      const unsigned char* b = data->getBuffer();
      if (std::string(key) == "/FontFile3") {
        EXPECT_EQ(b[0], 1);
        EXPECT_EQ(b[2], 4);
        ++cff;
      } else {
        EXPECT_EQ((b[0] << 24) | (b[1] << 16) | (b[2] << 8) | b[3], 0x00010000);
        EXPECT_EQ(s.getDict().getKey("/Length1").getIntValue(),
                  static_cast<long long>(data->getSize()));
        ++truetype;
      }
    }
  }
  EXPECT_GE(cff, 1);
  EXPECT_GE(truetype, 1);
  EXPECT_TRUE(test::probe::reader_complaints(r.pdf).empty());
}

}  // namespace
}  // namespace gongwen
