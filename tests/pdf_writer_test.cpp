// write_pdf on a hand-built page, read back by other engines: poppler (text, positions,
// fonts, metadata), qpdf (structure), MuPDF and Ghostscript (rendering), plus
// determinism (same input, same bytes).
#include "pdf/pdf_writer.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <string_view>

#include "common/utf8.hpp"
#include "parse/seal_image_decode.hpp"
#include "support/files.hpp"
#include "support/pdf_graphics.hpp"
#include "support/pdf_probe.hpp"
#include "support/pdf_readers.hpp"
#include "support/system_fonts.hpp"
#include "text/font.hpp"

namespace gongwen {
namespace {

using namespace detail;

using test::kUming;
using test::kSetupHint;
const char kTitle[] = "关于印发《公文排版测试办法》的通知";

struct Fixture {
  std::unique_ptr<Font> fang, ming;
  PageSet set;
};

GlyphRun run_of(const Font& font, const std::u32string& text, Length x0, Length pitch,
                Length baseline, Length size = pt(16)) {
  GlyphRun run;
  run.font = &font;
  run.size = size;
  run.baseline = baseline;
  for (std::size_t i = 0; i < text.size(); ++i) {
    PlacedGlyph g;
    g.gid = font.glyph_for(text[i]);
    g.x = x0 + pitch * static_cast<Length>(i);
    g.text = std::u32string(1, text[i]);
    run.glyphs.push_back(g);
  }
  return run;
}

// One A4 page: a 16 pt FandolFang line on the 15.79 pt body pitch from x = 28 mm, a
// condensed red line, a line after it (Tz must not leak into it), 喆 from a TrueType
// collection, a glyph whose text is above U+FFFF, the red rule and a multiplied seal.
Fixture make_fixture() {
  Fixture f;
  std::string error;
  f.fang = Font::open(test::source_path("fonts/fandol/FandolFang-Regular.otf"), 0, error);
  f.ming = Font::open(kUming, 0, error);
  if (!f.fang || !f.ming) return f;
  f.set.width = mm_f(210);
  f.set.height = mm_f(297);
  f.set.meta.title = kTitle;
  f.set.meta.author = "某某市人民政府办公室";
  f.set.meta.subject = "测试";
  f.set.meta.keywords = "公文 排版";
  f.set.meta.creator = "gongwen 测试";
  Page page;
  const Length x0 = mm(28), pitch = pt_f(15.79);
  page.runs.push_back(run_of(*f.fang, U"中华人民共和国", x0, pitch, mm(37) + pt(14)));
  GlyphRun condensed = run_of(*f.fang, U"国务院办公厅文件", x0, pt_f(12.8), mm(60));
  condensed.hscale_permille = 800;
  condensed.color = Color{Color::Space::rgb, {1, 0, 0, 0}};
  page.runs.push_back(condensed);
  page.runs.push_back(run_of(*f.fang, U"人民", x0, pitch, mm(70)));
  GlyphRun ming = run_of(*f.ming, U"张喆", x0 + pitch * 3, pitch, mm(90));
  PlacedGlyph astral;  // a glyph standing for a character outside the BMP
  astral.gid = f.ming->glyph_for(U'堃');
  astral.x = x0 + pitch * 5;
  astral.text = U"\U00020000";
  ming.glyphs.push_back(astral);
  page.runs.push_back(ming);
  Rect rule;
  rule.x = mm(27);
  rule.y = mm(80);
  rule.w = mm(156);
  rule.h = mm_f(0.5);
  rule.color = Color{Color::Space::cmyk, {0, 1, 1, 0}};
  page.rects.push_back(rule);
  Image seal;
  std::vector<unsigned char> png = test::read_bytes(test::source_path("samples/seals/seal-a.png"));
  auto pixels = std::make_shared<SealImage>();
  std::string why;
  if (decode_seal_image(png.data(), png.size(), {}, *pixels, why)) seal.pixels = pixels;
  seal.x = mm(120);
  seal.y = mm(100);
  seal.w = mm(42);
  seal.h = mm(42);
  page.images.push_back(seal);
  f.set.pages.push_back(std::move(page));
  return f;
}

class PdfWriter : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    fixture_ = new Fixture(make_fixture());
    Diagnostics diags;
    pdf_ = new std::vector<std::uint8_t>();
    ok_ = write_pdf(fixture_->set, *pdf_, diags);
    for (const auto& d : diags.list()) errors_ += d.message + "\n";
  }
  static void TearDownTestSuite() {
    delete fixture_;
    delete pdf_;
  }
  void SetUp() override {
    // The TrueType collection is part of set-up (scripts/setup.sh: fonts-arphic-uming);
    // without it the fixture is incomplete and every test here fails rather than skips.
    ASSERT_TRUE(std::filesystem::exists(kUming)) << kUming << kSetupHint;
    ASSERT_TRUE(fixture_->fang && fixture_->ming);
    ASSERT_TRUE(ok_) << errors_;
  }
  static const std::vector<std::uint8_t>& pdf() { return *pdf_; }
  static const PageSet& set() { return fixture_->set; }

  static Fixture* fixture_;
  static std::vector<std::uint8_t>* pdf_;
  static bool ok_;
  static std::string errors_;
};
Fixture* PdfWriter::fixture_ = nullptr;
std::vector<std::uint8_t>* PdfWriter::pdf_ = nullptr;
bool PdfWriter::ok_ = false;
std::string PdfWriter::errors_;

bool contains(const std::vector<std::uint8_t>& bytes, std::string_view s) {
  return std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()).find(s) !=
         std::string_view::npos;
}

TEST_F(PdfWriter, TextRoundTripsExactly) {
  std::vector<test::probe::Page> pages = test::probe::load(pdf());
  ASSERT_EQ(pages.size(), 1u);
  EXPECT_NEAR(pages[0].width, 595.276, 0.001);
  EXPECT_NEAR(pages[0].height, 841.89, 0.001);
  std::u32string expected;
  for (const GlyphRun& run : set().pages[0].runs) {
    for (const PlacedGlyph& g : run.glyphs) expected += g.text;
  }
  EXPECT_EQ(to_utf8(pages[0].text()), to_utf8(expected));
}

TEST_F(PdfWriter, EveryGlyphSitsWhereLayoutPutIt) {
  std::vector<test::probe::Page> pages = test::probe::load(pdf());
  ASSERT_EQ(pages.size(), 1u);
  const std::vector<test::probe::Glyph>& got = pages[0].glyphs;
  std::size_t k = 0;
  for (const GlyphRun& run : set().pages[0].runs) {
    const double size = to_pt(run.size);
    const double th = run.hscale_permille / 1000.0;
    for (std::size_t i = 0; i < run.glyphs.size(); ++i) {
      const PlacedGlyph& g = run.glyphs[i];
      ASSERT_LT(k, got.size());
      const test::probe::Glyph& p = got[k++];
      SCOPED_TRACE(to_utf8(g.text));
      EXPECT_EQ(p.text, g.text);
      EXPECT_NEAR(p.x, to_pt(g.x), 0.001);  // 3-decimal Tm and TJ numbers
      EXPECT_NEAR(p.size, size, 0.001);
      // The box is the em box (the descriptor's Ascent/Descent): baseline = top + ascent.
      const Font& font = *run.font;
      const double ascent = font.em_ascender() * size / font.units_per_em();
      EXPECT_NEAR(p.y + ascent, to_pt(run.baseline), 0.01);
      // Width: poppler's pen advance, i.e. up to the next glyph; the last one's is its
      // /W advance (scaled by Tz on the condensed line).
      const double w = i + 1 < run.glyphs.size()
                           ? to_pt(run.glyphs[i + 1].x - g.x)
                           : font.advance(g.gid) * size / font.units_per_em() * th;
      EXPECT_NEAR(p.w, w, 0.01);
    }
  }
  EXPECT_EQ(k, got.size());
}

TEST_F(PdfWriter, SameInputSameBytes) {
  std::vector<std::uint8_t> again;
  Diagnostics diags;
  ASSERT_TRUE(write_pdf(set(), again, diags));
  EXPECT_EQ(again, pdf());
  // Nothing time-based: no dates, no file ID.
  EXPECT_FALSE(contains(pdf(), "/CreationDate"));
  EXPECT_FALSE(contains(pdf(), "/ModDate"));
  EXPECT_FALSE(contains(pdf(), "/ID"));
}

TEST_F(PdfWriter, QpdfFindsNoErrors) {
  test::probe::Output o = test::probe::run_on("qpdf --check", pdf());
  EXPECT_EQ(o.status, 0) << o.out << o.err;
  EXPECT_NE(o.out.find("No syntax or stream encoding errors"), std::string::npos) << o.out;
}

TEST_F(PdfWriter, FontsAreEmbeddedSubsetsWithUnicode) {
  std::vector<test::probe::FontRow> rows = test::probe::fonts(pdf());
  ASSERT_EQ(rows.size(), 2u);  // one PDF font per Font, whatever the runs
  for (const auto& r : rows) {
    SCOPED_TRACE(r.name);
    EXPECT_TRUE(r.emb);
    EXPECT_TRUE(r.sub);
    EXPECT_TRUE(r.uni);
    EXPECT_EQ(r.encoding, "Identity-H");
    ASSERT_GT(r.name.size(), 7u);
    EXPECT_EQ(r.name[6], '+');
    EXPECT_EQ(r.name.substr(0, 6).find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
              std::string::npos);
  }
  EXPECT_EQ(rows[0].name.substr(7), "FandolFang-Regular");
  EXPECT_EQ(rows[0].type, "CID Type 0C");
  EXPECT_EQ(rows[1].type, "CID TrueType");
}

TEST_F(PdfWriter, MuPdfRendersWithoutComplaint) {
  test::probe::Output o = test::probe::run_on("mutool draw -q -r 36 -o /dev/null", pdf());
  EXPECT_EQ(o.status, 0) << o.err;
  EXPECT_EQ(test::probe::without_tool_noise(o.err), "");
}

TEST_F(PdfWriter, GhostscriptRendersWithoutComplaint) {
  // Ghostscript is part of set-up (scripts/setup.sh installs ghostscript): a hard requirement.
  ASSERT_EQ(test::probe::run("command -v gs").status, 0) << "gs missing: run scripts/setup.sh";
  test::probe::Output o =
      test::probe::run_on("gs -q -dNOPAUSE -dBATCH -dSAFER -dPDFSTOPONERROR -sDEVICE=nullpage", pdf());
  EXPECT_EQ(o.status, 0) << o.err;
  EXPECT_EQ(o.out + o.err, "");
}

TEST_F(PdfWriter, MetadataAndViewerPreferences) {
  EXPECT_EQ(test::probe::info(pdf(), "Title"), kTitle);
  EXPECT_EQ(test::probe::info(pdf(), "Author"), "某某市人民政府办公室");
  EXPECT_EQ(test::probe::info(pdf(), "Subject"), "测试");
  EXPECT_EQ(test::probe::info(pdf(), "Keywords"), "公文 排版");
  EXPECT_EQ(test::probe::info(pdf(), "Creator"), "gongwen 测试");
  EXPECT_NE(test::probe::info(pdf(), "Page size").find("595.276 x 841.89"), std::string::npos);
  EXPECT_TRUE(contains(pdf(), "/PrintScaling /None"));
  EXPECT_TRUE(contains(pdf(), "/Duplex /DuplexFlipLongEdge"));
}

TEST_F(PdfWriter, RuleAndSealArePlaced) {
  std::vector<test::PdfGraphics> g =
      test::read_graphics(std::vector<unsigned char>(pdf().begin(), pdf().end()));
  ASSERT_EQ(g.size(), 1u);
  ASSERT_EQ(g[0].rects.size(), 1u);
  const test::PdfRect& r = g[0].rects[0];
  EXPECT_NEAR(r.x, 27, 0.001);
  EXPECT_NEAR(r.y, 80, 0.001);
  EXPECT_NEAR(r.w, 156, 0.001);
  EXPECT_NEAR(r.h, 0.5, 0.001);
  EXPECT_EQ(r.color, "cmyk(0,1,1,0)");
  ASSERT_EQ(g[0].images.size(), 1u);
  const test::PdfImage& im = g[0].images[0];
  EXPECT_NEAR(im.x, 120, 0.001);
  EXPECT_NEAR(im.y, 100, 0.001);
  EXPECT_NEAR(im.w, 42, 0.001);
  EXPECT_NEAR(im.h, 42, 0.001);
  EXPECT_TRUE(im.multiply);
}

TEST_F(PdfWriter, MissingImageIsADiagnosticNotACrash) {
  PageSet broken = set();
  broken.pages[0].images[0].pixels = nullptr;  // layout never does this; the writer copes
  std::vector<std::uint8_t> out;
  Diagnostics diags;
  EXPECT_FALSE(write_pdf(broken, out, diags));
  ASSERT_TRUE(diags.has_errors());
  EXPECT_NE(diags.list()[0].message.find("seal image"), std::string::npos)
      << diags.list()[0].message;
}

TEST(PdfWriterEmpty, PageWithoutTextStillWrites) {
  PageSet set;
  set.width = mm_f(210);
  set.height = mm_f(297);
  set.pages.emplace_back();
  std::vector<std::uint8_t> out;
  Diagnostics diags;
  ASSERT_TRUE(write_pdf(set, out, diags));
  // Issue 12: its empty content stream once was a zero-byte Flate stream, which is no zlib
  // data (ISO 32000-1 §7.4.4) and made Ghostscript stop; all three readers must be silent.
  std::string complaints;
  for (const std::string& line : test::probe::reader_complaints(out)) complaints += line + "\n";
  EXPECT_EQ(complaints, "");
}

}  // namespace
}  // namespace gongwen
