// The C API as an OA system uses it (issue 14 point 6): seal positions with their issuers,
// seals passed as bytes and shared between renders, and what a length of 0 means for text
// in memory (gongwen.h, "Text in memory").
#include <gtest/gtest.h>

#include <cstring>
#include <string>
#include <vector>

#include "api/c_types.hpp"
#include "gongwen/gongwen.h"
#include "support/files.hpp"
#include "support/seal_images.hpp"
#include "support/seal_notice.hpp"

namespace gongwen {
namespace {

using test::read_text;
using test::source_path;

// One engine and result per test, freed however the test ends.
struct CRender {
  gongwen_engine* engine = gongwen_engine_new(nullptr);
  gongwen_options* options = gongwen_options_new();
  gongwen_result* result = nullptr;
  ~CRender() {
    gongwen_result_free(result);
    gongwen_options_free(options);
    gongwen_engine_free(engine);
  }
  gongwen_status render(const std::string& xml, size_t length) {
    gongwen_result_free(result);
    result = nullptr;
    return gongwen_render(engine, xml.c_str(), length, "n.xml", options, &result);
  }
  std::vector<unsigned char> pdf() const {
    size_t n = 0;
    const unsigned char* p = gongwen_result_pdf(result, &n);
    return p ? std::vector<unsigned char>(p, p + n) : std::vector<unsigned char>{};
  }
};

// GB/T 9704 §5.2.2: the 版心 is 156 mm wide, 28 mm from the left edge of an A4 page.
constexpr double kBodyLeftMm = 28.0, kBodyWidthMm = 156.0;

TEST(CApiSeals, JointNoticeSealsWithTheirIssuers) {
  CRender c;
  ASSERT_TRUE(c.engine && c.options);
  ASSERT_EQ(gongwen_options_set_base_dir(c.options, source_path("samples").c_str()), GONGWEN_OK);
  ASSERT_EQ(c.render(read_text(source_path("samples/joint-notice.xml")), 0), GONGWEN_OK);
  ASSERT_EQ(gongwen_result_seal_count(c.result), 2u);
  // The sample's two <issuer>s in its <signature>, in order, one seal each.
  const char* issuers[] = {"中共某某市委员会", "某某市人民政府"};
  gongwen_seal s[2];
  for (size_t i = 0; i < 2; ++i) {
    ASSERT_EQ(gongwen_result_seal(c.result, i, &s[i]), GONGWEN_OK);
    EXPECT_STREQ(s[i].issuer, issuers[i]);
    EXPECT_NEAR(s[i].diameter_mm, 42.0, 0.01);  // the style's default seal_diameter
    EXPECT_GE(s[i].page, 1);
    EXPECT_LE(s[i].page, gongwen_result_pages(c.result));
  }
  // §7.3.5.1, joint issuers: equal columns across the 版心, a seal centred in each: two
  // columns of 78 mm, centres at 28 + 39 and 28 + 117 mm, at one height on one page.
  EXPECT_NEAR(s[0].center_x_mm, kBodyLeftMm + kBodyWidthMm / 4, 0.01);
  EXPECT_NEAR(s[1].center_x_mm, kBodyLeftMm + 3 * kBodyWidthMm / 4, 0.01);
  EXPECT_EQ(s[0].page, s[1].page);
  EXPECT_DOUBLE_EQ(s[0].center_y_mm, s[1].center_y_mm);
  // Inside the 版心's height: 37 mm from the top, 225 mm tall (§5.2.2).
  EXPECT_GT(s[0].center_y_mm, 37.0);
  EXPECT_LT(s[0].center_y_mm, 37.0 + 225.0);
}

TEST(CApiSeals, AnOrdersSignatureStampCarriesTheSignersName) {
  CRender c;
  ASSERT_TRUE(c.engine && c.options);
  const std::vector<std::uint8_t> png = test::make_png({6, 8, false, false});
  ASSERT_EQ(gongwen_options_add_seal_bytes(c.options, "stamp.png", png.data(), png.size()),
            GONGWEN_OK);
  const std::string xml =
      "<gongwen format=\"order\"><masthead suffix=\"令\"><issuer>某某省人民政府</issuer>"
      "</masthead><doc-number>第12号</doc-number><body><p>现予公布。</p></body>"
      "<signature><position>省长</position><name>王某某</name><date>2023-05-06</date>"
      "<seal src=\"stamp.png\"/></signature></gongwen>";
  ASSERT_EQ(c.render(xml, xml.size()), GONGWEN_OK);
  ASSERT_EQ(gongwen_result_seal_count(c.result), 1u);
  gongwen_seal s;
  ASSERT_EQ(gongwen_result_seal(c.result, 0, &s), GONGWEN_OK);
  EXPECT_STREQ(s.issuer, "王某某");
  // §7.3.5.3 and the style's stamp_height_mm (15): a square stamp is 15 mm on each side.
  EXPECT_NEAR(s.diameter_mm, 15.0, 0.01);
}

TEST(CApiSeals, BadIndexNullOutAndFreedResult) {
  CRender c;
  ASSERT_EQ(c.render(test::sealed_notice("none.png"), 0), GONGWEN_ERROR_RENDER);
  EXPECT_EQ(gongwen_result_seal_count(c.result), 0u);  // the seal file was refused
  gongwen_seal s;
  s.page = 7;
  EXPECT_EQ(gongwen_result_seal(c.result, 0, &s), GONGWEN_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(s.page, 0);
  EXPECT_STREQ(s.issuer, "");
  EXPECT_EQ(gongwen_result_seal(c.result, 0, nullptr), GONGWEN_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(gongwen_result_seal(nullptr, 0, &s), GONGWEN_ERROR_INVALID_ARGUMENT);
  gongwen_result_free(c.result);
  EXPECT_EQ(gongwen_result_seal(c.result, 0, &s), GONGWEN_ERROR_INVALID_HANDLE);
  EXPECT_EQ(gongwen_result_seal_count(c.result), 0u);
  c.result = nullptr;
}

TEST(CApiSeals, SealBytesAreSharedByRendersNotCopied) {
  CRender c;
  ASSERT_TRUE(c.engine && c.options);
  const std::vector<std::uint8_t> png = test::make_png({2, 8, false, false});
  ASSERT_EQ(gongwen_options_add_seal_bytes(c.options, "s.png", png.data(), png.size()),
            GONGWEN_OK);
  const SealBytes held = c.options->options.seal_bytes.at("s.png");
  ASSERT_TRUE(held && *held == png);
  // A render takes the options' buffer itself: the copy it works from points at it.
  RenderOptions copy = c.options->options;
  EXPECT_EQ(copy.seal_bytes.at("s.png").get(), held.get());
  const std::string xml = test::sealed_notice("s.png");
  ASSERT_EQ(c.render(xml, 0), GONGWEN_OK);
  const std::vector<unsigned char> first = c.pdf();
  ASSERT_EQ(c.render(xml, 0), GONGWEN_OK);
  EXPECT_EQ(c.pdf(), first);
  EXPECT_EQ(c.options->options.seal_bytes.at("s.png").get(), held.get());
  // The same bytes from a file give the same PDF: sharing changed nothing in the result.
  test::TempDir dir;
  test::write_bytes(dir / "s.png", png);
  ASSERT_EQ(gongwen_options_set_base_dir(c.options, dir.path().c_str()), GONGWEN_OK);
  gongwen_options* from_file = gongwen_options_new();
  ASSERT_EQ(gongwen_options_set_base_dir(from_file, dir.path().c_str()), GONGWEN_OK);
  gongwen_result* r = nullptr;
  ASSERT_EQ(gongwen_render(c.engine, xml.c_str(), 0, "n.xml", from_file, &r), GONGWEN_OK);
  size_t n = 0;
  const unsigned char* p = gongwen_result_pdf(r, &n);
  EXPECT_EQ(std::vector<unsigned char>(p, p + n), first);
  gongwen_result_free(r);
  gongwen_options_free(from_file);
  // Replacing the bytes makes a new buffer; a render that took the old one keeps it.
  ASSERT_EQ(gongwen_options_add_seal_bytes(c.options, "s.png", png.data(), 10), GONGWEN_OK);
  EXPECT_NE(c.options->options.seal_bytes.at("s.png").get(), held.get());
  EXPECT_EQ(*held, png);
}

TEST(CApiLength, ZeroMeansNulTerminated) {
  CRender c;
  ASSERT_TRUE(c.engine);
  const std::string xml = read_text(source_path("samples/seed-002-tongzhi.xml"));
  ASSERT_EQ(c.render(xml, xml.size()), GONGWEN_OK);
  const std::vector<unsigned char> with_length = c.pdf();
  ASSERT_EQ(c.render(xml, 0), GONGWEN_OK);  // std::string keeps a NUL after its bytes
  EXPECT_EQ(c.pdf(), with_length);
  // A length given is what is rendered, NUL or not: stopping before </gongwen> leaves the
  // root unclosed.
  ASSERT_EQ(c.render(xml, xml.rfind("</gongwen>")), GONGWEN_ERROR_RENDER);
  EXPECT_STREQ(gongwen_result_diagnostic_code(c.result, 0), "GW-E-XML-MALFORMED");
}

TEST(CApiLength, EmptyInputIsAnErrorNeverAnEmptyDocument) {
  CRender c;
  ASSERT_TRUE(c.engine);
  ASSERT_EQ(c.render("", 0), GONGWEN_ERROR_RENDER);
  ASSERT_EQ(gongwen_result_diagnostic_count(c.result), 1u);
  EXPECT_STREQ(gongwen_result_diagnostic_code(c.result, 0), "GW-E-INPUT-EMPTY");
  EXPECT_STREQ(gongwen_result_diagnostic_file(c.result, 0), "n.xml");
  EXPECT_NE(std::strstr(gongwen_result_diagnostic_message(c.result, 0), "length"), nullptr);
  EXPECT_EQ(gongwen_result_pdf(c.result, nullptr), nullptr);
  // The text calls follow the same rule.
  gongwen_result* r = nullptr;
  EXPECT_EQ(gongwen_render_text(c.engine, "", 0, "t.txt", nullptr, &r), GONGWEN_ERROR_RENDER);
  EXPECT_STREQ(gongwen_result_diagnostic_code(r, 0), "GW-E-INPUT-EMPTY");
  gongwen_result_free(r);
  EXPECT_EQ(gongwen_import_text("", 0, "t.txt", 0, &r), GONGWEN_ERROR_RENDER);
  EXPECT_STREQ(gongwen_result_diagnostic_code(r, 0), "GW-E-INPUT-EMPTY");
  EXPECT_EQ(gongwen_result_xml(r, nullptr), nullptr);
  gongwen_result_free(r);
  // A NULL pointer is a bad argument whatever the length, and no result is made.
  r = reinterpret_cast<gongwen_result*>(&c);
  EXPECT_EQ(gongwen_render(c.engine, nullptr, 0, "n.xml", nullptr, &r),
            GONGWEN_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(r, nullptr);
  EXPECT_EQ(gongwen_render_text(c.engine, nullptr, 0, "t", nullptr, &r),
            GONGWEN_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(gongwen_import_text(nullptr, 0, "t", 0, &r), GONGWEN_ERROR_INVALID_ARGUMENT);
}

TEST(CApiLength, RenderTextChecksItsHandlesAndHonoursTheOptionsLimits) {
  CRender c;
  ASSERT_TRUE(c.engine && c.options);
  const std::string text = read_text(source_path("tests/import/seeds/002_f6f408c41129c20e.txt"));
  ASSERT_EQ(gongwen_options_set_limits(c.options, 64, 0), GONGWEN_OK);
  gongwen_result* r = nullptr;
  EXPECT_EQ(gongwen_render_text(c.engine, text.c_str(), 0, "t.txt", c.options, &r),
            GONGWEN_ERROR_RENDER);
  bool too_large = false;
  for (size_t i = 0; i < gongwen_result_diagnostic_count(r); ++i) {
    const std::string code = gongwen_result_diagnostic_code(r, i);
    too_large = too_large || code.find("TOO-LARGE") != std::string::npos;
  }
  EXPECT_TRUE(too_large);
  gongwen_result_free(r);
  gongwen_engine* freed_engine = gongwen_engine_new(nullptr);
  gongwen_engine_free(freed_engine);
  EXPECT_EQ(gongwen_render_text(freed_engine, "x", 1, "t", nullptr, &r),
            GONGWEN_ERROR_INVALID_HANDLE);
}

}  // namespace
}  // namespace gongwen
