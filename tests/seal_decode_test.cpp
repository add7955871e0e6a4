// Seal images decoded by us (issue 8): the 52 PNG variants generated with libpng, each
// decoded and rendered, the embedded pixels read back with qpdf and compared with the
// values written into the file; JPEG (gray, RGB); broken files and limits.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>

#include "parse/seal_image_decode.hpp"
#include "support/pdf_images.hpp"
#include "support/seal_images.hpp"
#include "support/seal_notice.hpp"

namespace gongwen {
namespace {

using detail::SealImage;
using detail::SealImageLimits;
using test::PngVariant;

std::vector<std::uint8_t> alpha_of(const std::vector<std::uint8_t>& rgba) {
  std::vector<std::uint8_t> a;
  for (std::size_t i = 3; i < rgba.size(); i += 4) a.push_back(rgba[i]);
  return a;
}
std::vector<std::uint8_t> rgb_of(const std::vector<std::uint8_t>& rgba) {
  std::vector<std::uint8_t> c;
  for (std::size_t i = 0; i < rgba.size(); i += 4) c.insert(c.end(), &rgba[i], &rgba[i] + 3);
  return c;
}
bool all_opaque(const std::vector<std::uint8_t>& alpha) {
  for (std::uint8_t a : alpha) {
    if (a != 255) return false;
  }
  return true;
}

TEST(SealVariants, ThereAre52) {
  // PNG §11.2.2: 5 + 2 + 4 + 2 + 2 = 15 colour type/depth pairs; tRNS is allowed for
  // types 0 (5), 2 (2) and 3 (4) = 11 more; × 2 interlace methods.
  EXPECT_EQ(test::all_png_variants().size(), 52u);
}

class PngVariantTest : public ::testing::TestWithParam<PngVariant> {};

TEST_P(PngVariantTest, DecodesToTheWrittenPixels) {
  const PngVariant& v = GetParam();
  std::vector<std::uint8_t> png = test::make_png(v);
  SealImage img;
  std::string why;
  ASSERT_TRUE(detail::decode_seal_image(png.data(), png.size(), {}, img, why)) << why;
  EXPECT_EQ(img.width, 64);
  EXPECT_EQ(img.height, 64);
  const std::vector<std::uint8_t> want = test::expected_rgba(v);
  EXPECT_EQ(img.rgb, rgb_of(want));
  if (all_opaque(alpha_of(want))) {
    EXPECT_TRUE(img.alpha.empty());
  } else {
    EXPECT_EQ(img.alpha, alpha_of(want));
  }
}

TEST_P(PngVariantTest, RendersOnTheDatePageWithTheWrittenPixels) {
  const PngVariant& v = GetParam();
  test::TempDir dir;
  test::write_bytes(dir / "seal.png", test::make_png(v));
  RenderResult r = test::render_sealed("seal.png", test::with_base(dir.path()));
  ASSERT_TRUE(r.ok) << (r.diagnostics.empty() ? "" : format_diagnostic(r.diagnostics[0]));
  ASSERT_EQ(r.seals.size(), 1u);
  const auto page = static_cast<std::size_t>(r.seals[0].page - 1);
  std::vector<test::PdfPage> text = test::read_pdf_text(r.pdf);
  ASSERT_LT(page, text.size());
  EXPECT_NE(text[page].find(U"2022年3月31日"), nullptr) << "the seal is not on the date page";
  std::vector<test::PdfGraphics> g = test::read_graphics(r.pdf);
  ASSERT_EQ(g[page].images.size(), 1u);
  EXPECT_TRUE(g[page].images[0].multiply);

  auto images = test::read_page_images(r.pdf);
  ASSERT_EQ(images[page].size(), 1u);
  const test::PdfImageData& im = images[page][0];
  const std::vector<std::uint8_t> want = test::expected_rgba(v);
  EXPECT_EQ(im.width, 64);
  EXPECT_EQ(im.height, 64);
  EXPECT_EQ(im.bits, 8);
  EXPECT_EQ(im.color_space, "/DeviceRGB");
  EXPECT_EQ(im.filter, "/FlateDecode");  // compression stays on
  EXPECT_EQ(im.pixels, rgb_of(want));
  EXPECT_EQ(im.has_smask, !all_opaque(alpha_of(want)));
  if (im.has_smask) {
    EXPECT_EQ(im.smask, alpha_of(want));
    EXPECT_EQ(im.smask_filter, "/FlateDecode");
  }
}

INSTANTIATE_TEST_SUITE_P(All, PngVariantTest, ::testing::ValuesIn(test::all_png_variants()),
                         [](const auto& test_info) { return test_info.param.name(); });

TEST(SealDecode, SameSealTwiceIsByteIdentical) {
  test::TempDir dir;
  test::write_bytes(dir / "seal.png", test::make_png({6, 8, true, false}));
  RenderResult a = test::render_sealed("seal.png", test::with_base(dir.path()));
  RenderResult b = test::render_sealed("seal.png", test::with_base(dir.path()));
  ASSERT_TRUE(a.ok && b.ok);
  EXPECT_EQ(a.pdf, b.pdf);
}

void expect_near_rgb(const SealImage& img, int r, int g, int b, int tolerance) {
  ASSERT_EQ(img.rgb.size(), std::size_t(img.width) * img.height * 3);
  for (std::size_t i = 0; i < img.rgb.size(); i += 3) {
    ASSERT_NEAR(img.rgb[i], r, tolerance) << i;
    ASSERT_NEAR(img.rgb[i + 1], g, tolerance) << i;
    ASSERT_NEAR(img.rgb[i + 2], b, tolerance) << i;
  }
}

TEST(SealDecode, GrayJpeg) {
  std::vector<std::uint8_t> jpg = test::make_jpeg(48, 40, {128});
  SealImage img;
  std::string why;
  ASSERT_TRUE(detail::decode_seal_image(jpg.data(), jpg.size(), {}, img, why)) << why;
  EXPECT_EQ(img.width, 48);
  EXPECT_EQ(img.height, 40);
  EXPECT_TRUE(img.alpha.empty());  // a JPEG is opaque
  // A flat 8×8 block survives JPEG's DCT and quantisation within a few levels.
  expect_near_rgb(img, 128, 128, 128, 3);
}

TEST(SealDecode, RgbJpegRendersOnTheDatePage) {
  std::vector<std::uint8_t> jpg = test::make_jpeg(64, 64, {200, 30, 40});
  SealImage img;
  std::string why;
  ASSERT_TRUE(detail::decode_seal_image(jpg.data(), jpg.size(), {}, img, why)) << why;
  expect_near_rgb(img, 200, 30, 40, 6);  // YCbCr round trip of a saturated red

  test::TempDir dir;
  test::write_bytes(dir / "scan.jpg", jpg);
  RenderResult r = test::render_sealed("scan.jpg", test::with_base(dir.path()));
  ASSERT_TRUE(r.ok);
  auto images = test::read_page_images(r.pdf);
  const auto page = static_cast<std::size_t>(r.seals.at(0).page - 1);
  ASSERT_EQ(images[page].size(), 1u);
  EXPECT_FALSE(images[page][0].has_smask);
  EXPECT_EQ(images[page][0].pixels, img.rgb);
}

// A file that exists inside the XML's folder but is broken: GW-E-SEAL-UNREADABLE at the
// <seal>'s line:column, saying what is wrong (that reveals nothing new).
void expect_broken(const std::vector<std::uint8_t>& bytes, const std::string& name,
                   const std::string& says, RenderOptions ro = {}) {
  test::TempDir dir;
  test::write_bytes(dir / name, bytes);
  ro.base_dir = dir.path().string();
  RenderResult r = test::render_sealed(name, ro);
  EXPECT_FALSE(r.ok);
  EXPECT_TRUE(r.pdf.empty());
  const Diagnostic* d = test::only_error(r);
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->code, "GW-E-SEAL-UNREADABLE");
  EXPECT_EQ(d->where.line, test::kSealLine);
  EXPECT_EQ(d->where.column, test::kSealColumn);
  EXPECT_NE(d->message.find(says), std::string::npos) << format_diagnostic(*d);
}

TEST(SealDecode, TruncatedPng) {
  std::vector<std::uint8_t> png = test::make_png({6, 8, false, false});
  png.resize(png.size() / 2);
  expect_broken(png, "seal.png", "broken PNG");
}

TEST(SealDecode, CorruptPng) {
  std::vector<std::uint8_t> png = test::make_png({2, 8, true, true});
  png[18] ^= 0x40;  // a byte of IHDR's width: its CRC no longer matches (PNG §5.3)
  expect_broken(png, "seal.png", "broken PNG");
}

TEST(SealDecode, TruncatedJpeg) {
  std::vector<std::uint8_t> jpg = test::make_jpeg(64, 64, {200, 30, 40});
  jpg.resize(jpg.size() * 6 / 10);
  expect_broken(jpg, "seal.jpg", "broken JPEG");
}

// The SOF0 marker (FF C0, ITU T.81 §B.2.2) of a baseline JPEG: then the segment length
// (2 bytes), the sample precision (1), the height (2) and the width (2).
std::size_t sof0(const std::vector<std::uint8_t>& jpg) {
  for (std::size_t i = 2; i + 9 < jpg.size(); ++i) {
    if (jpg[i] == 0xFF && jpg[i + 1] == 0xC0) return i;
  }
  return 0;
}

TEST(SealDecode, CorruptJpeg) {
  std::vector<std::uint8_t> jpg = test::make_jpeg(64, 64, {90});
  const std::size_t sof = sof0(jpg);
  ASSERT_GT(sof, 0u);
  jpg[sof + 4] = 3;  // baseline JPEG requires a precision of 8
  expect_broken(jpg, "seal.jpg", "broken JPEG");
}

TEST(SealDecode, JpegDimensionBombIsRefusedFromTheHeader) {
  std::vector<std::uint8_t> jpg = test::make_jpeg(16, 16, {90});
  const std::size_t sof = sof0(jpg);
  ASSERT_GT(sof, 0u);
  for (std::size_t at : {sof + 5, sof + 7}) {  // 60000 = 0xEA60 for height and width
    jpg[at] = 0xEA;
    jpg[at + 1] = 0x60;
  }
  expect_broken(jpg, "seal.jpg", "60000×60000 pixels");
}

TEST(SealDecode, CmykJpegSaysWhatToDo) {
  expect_broken(test::make_jpeg(16, 16, {0, 200, 200, 0}), "seal.jpg", "CMYK JPEG");
}

TEST(SealDecode, DimensionBombIsRefusedFromTheHeader) {
  std::vector<std::uint8_t> bomb = test::png_header_only(100000, 100000);
  EXPECT_LT(bomb.size(), 100u);
  const auto start = std::chrono::steady_clock::now();
  expect_broken(bomb, "seal.png", "100000×100000 pixels");
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(2));
}

TEST(SealDecode, PixelCountLimitIsAdjustable) {
  RenderOptions ro;
  ro.seal_limits.max_side_px = 32;
  expect_broken(test::make_png({6, 8, false, false}), "seal.png", "64×64 pixels", ro);
  ro = {};
  ro.seal_limits.max_pixels = 64 * 64 - 1;
  expect_broken(test::make_png({6, 8, false, false}), "seal.png", "64×64 pixels", ro);
}

TEST(SealDecode, FileSizeLimit) {
  std::vector<std::uint8_t> png = test::make_png({6, 16, false, false});
  ASSERT_GT(png.size(), 500u);
  RenderOptions ro;
  ro.seal_limits.max_file_bytes = 500;
  expect_broken(png, "seal.png", "the limit is 500 bytes", ro);
}

}  // namespace
}  // namespace gongwen

namespace gongwen {
namespace {

// The fuzzer's seeds (tests/fuzz/corpus/seal_image) are tiny variants written by the same
// generators; GONGWEN_WRITE_SEAL_CORPUS=1 rewrites them. Every seed must decode, or the
// fuzzer would start from nothing but error paths.
TEST(SealCorpus, SeedsDecode) {
  const std::filesystem::path dir = test::source_path("tests/fuzz/corpus/seal_image");
  if (std::getenv("GONGWEN_WRITE_SEAL_CORPUS")) {
    std::filesystem::create_directories(dir);
    for (const PngVariant& v : {PngVariant{0, 1, false, false}, PngVariant{0, 16, true, true},
                                PngVariant{2, 8, false, true}, PngVariant{3, 2, true, true},
                                PngVariant{4, 16, false, false}, PngVariant{6, 8, true, false}}) {
      test::write_bytes(dir / (v.name() + ".png"), test::make_png(v, 8, 8));
    }
    test::write_bytes(dir / "gray.jpg", test::make_jpeg(8, 8, {100}));
    test::write_bytes(dir / "rgb.jpg", test::make_jpeg(16, 16, {200, 30, 40}));
  }
  int seeds = 0;
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    std::vector<unsigned char> b = test::read_bytes(e.path().string());
    SealImage img;
    std::string why;
    EXPECT_TRUE(detail::decode_seal_image(b.data(), b.size(), {}, img, why)) << e.path() << why;
    ++seeds;
  }
  EXPECT_GE(seeds, 8);
}

}  // namespace
}  // namespace gongwen
