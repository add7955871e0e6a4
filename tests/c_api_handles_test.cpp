// C API handles (issue 8): NULL, freed, doubly freed and foreign handles are reported as
// status codes, never undefined behaviour; limits given at creation or per render.
#include <gtest/gtest.h>

#include <thread>

#include "gongwen/gongwen.h"
#include "support/files.hpp"

namespace gongwen {
namespace {

using test::read_text;
using test::source_path;

const std::string& order_xml() {
  static const std::string xml = read_text(source_path("samples/order.xml"));
  return xml;
}

gongwen_result* render_order(const gongwen_engine* e, const gongwen_options* o = nullptr) {
  gongwen_result* r = nullptr;
  gongwen_render(e, order_xml().data(), order_xml().size(), "order.xml", o, &r);
  return r;
}

TEST(CApiHandles, DoubleFreeOfAResultIsReported) {
  gongwen_engine* e = gongwen_engine_new(nullptr);
  gongwen_result* r = render_order(e);
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(gongwen_result_status(r), GONGWEN_OK);
  EXPECT_EQ(gongwen_result_free(r), GONGWEN_OK);
  EXPECT_EQ(gongwen_result_free(r), GONGWEN_ERROR_INVALID_HANDLE);
  EXPECT_EQ(gongwen_engine_free(e), GONGWEN_OK);
}

TEST(CApiHandles, DoubleFreeOfAnEngineAndOfOptionsIsReported) {
  gongwen_engine* e = gongwen_engine_new(nullptr);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(gongwen_engine_free(e), GONGWEN_OK);
  EXPECT_EQ(gongwen_engine_free(e), GONGWEN_ERROR_INVALID_HANDLE);
  gongwen_options* o = gongwen_options_new();
  EXPECT_EQ(gongwen_options_free(o), GONGWEN_OK);
  EXPECT_EQ(gongwen_options_free(o), GONGWEN_ERROR_INVALID_HANDLE);
}

TEST(CApiHandles, UseAfterFreeIsReported) {
  gongwen_engine* e = gongwen_engine_new(nullptr);
  gongwen_result* r = render_order(e);
  ASSERT_NE(r, nullptr);
  gongwen_options* o = gongwen_options_new();
  ASSERT_EQ(gongwen_options_free(o), GONGWEN_OK);
  ASSERT_EQ(gongwen_result_free(r), GONGWEN_OK);

  // A freed result: status says so, the getters give their neutral values.
  EXPECT_EQ(gongwen_result_status(r), GONGWEN_ERROR_INVALID_HANDLE);
  EXPECT_EQ(gongwen_result_ok(r), 0);
  size_t len = 99;
  EXPECT_EQ(gongwen_result_pdf(r, &len), nullptr);
  EXPECT_EQ(len, 0u);
  EXPECT_EQ(gongwen_result_pages(r), 0);
  EXPECT_EQ(gongwen_result_diagnostic_count(r), 0u);
  EXPECT_STREQ(gongwen_result_diagnostic_text(r, 0), "");

  // Freed options.
  EXPECT_EQ(gongwen_options_set_style(o, "x.toml"), GONGWEN_ERROR_INVALID_HANDLE);
  EXPECT_EQ(gongwen_options_add_font(o, "fangsong", "x.ttf"), GONGWEN_ERROR_INVALID_HANDLE);
  EXPECT_EQ(gongwen_options_set_limits(o, 100, 1), GONGWEN_ERROR_INVALID_HANDLE);
  gongwen_result* r2 = reinterpret_cast<gongwen_result*>(1);
  EXPECT_EQ(gongwen_render(e, "x", 1, "x", o, &r2), GONGWEN_ERROR_INVALID_HANDLE);
  EXPECT_EQ(r2, nullptr);

  // A freed engine.
  ASSERT_EQ(gongwen_engine_free(e), GONGWEN_OK);
  r2 = reinterpret_cast<gongwen_result*>(1);
  EXPECT_EQ(gongwen_render(e, "x", 1, "x", nullptr, &r2), GONGWEN_ERROR_INVALID_HANDLE);
  EXPECT_EQ(r2, nullptr);
  EXPECT_EQ(gongwen_render_file(e, "in.xml", "out.pdf", nullptr, &r2),
            GONGWEN_ERROR_INVALID_HANDLE);
  EXPECT_EQ(r2, nullptr);
}

TEST(CApiHandles, AHandleOfTheWrongKindOrNotOursIsReported) {
  gongwen_engine* e = gongwen_engine_new(nullptr);
  gongwen_result* as_result = reinterpret_cast<gongwen_result*>(e);
  EXPECT_EQ(gongwen_result_status(as_result), GONGWEN_ERROR_INVALID_HANDLE);
  EXPECT_EQ(gongwen_result_free(as_result), GONGWEN_ERROR_INVALID_HANDLE);
  int not_a_handle = 0;
  EXPECT_EQ(gongwen_engine_free(reinterpret_cast<gongwen_engine*>(&not_a_handle)),
            GONGWEN_ERROR_INVALID_HANDLE);
  EXPECT_EQ(gongwen_engine_free(e), GONGWEN_OK);  // still live: the bad calls freed nothing
}

TEST(CApiHandles, NullHandlesAreInvalidArgumentsAndFreeingNullIsANoOp) {
  gongwen_result* r = nullptr;
  EXPECT_EQ(gongwen_render(nullptr, "x", 1, "x", nullptr, &r), GONGWEN_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(gongwen_render_file(nullptr, "a", "b", nullptr, &r), GONGWEN_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(gongwen_options_set_style(nullptr, "x"), GONGWEN_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(gongwen_options_set_base_dir(nullptr, "x"), GONGWEN_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(gongwen_options_set_fullwidth_punctuation(nullptr, 1), GONGWEN_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(gongwen_options_set_limits(nullptr, 1, 1), GONGWEN_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(gongwen_options_add_font(nullptr, "fangsong", "x.ttf"), GONGWEN_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(gongwen_result_status(nullptr), GONGWEN_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(gongwen_result_free(nullptr), GONGWEN_OK);
  EXPECT_EQ(gongwen_engine_free(nullptr), GONGWEN_OK);
  EXPECT_EQ(gongwen_options_free(nullptr), GONGWEN_OK);
  EXPECT_STREQ(gongwen_status_message(GONGWEN_ERROR_INVALID_HANDLE),
               "not a live handle: already freed, or not made by this library");
}

bool has_code(const gongwen_result* r, const char* code) {
  for (size_t i = 0; i < gongwen_result_diagnostic_count(r); ++i) {
    if (std::string(gongwen_result_diagnostic_code(r, i)) == code) return true;
  }
  return false;
}

TEST(CApiHandles, LimitsAtCreationAndPerRender) {
  EXPECT_EQ(gongwen_engine_new_with_limits(nullptr, 0, -1), nullptr);
  gongwen_engine* small = gongwen_engine_new_with_limits(nullptr, 100, 0);
  gongwen_result* r = render_order(small);
  EXPECT_EQ(gongwen_result_status(r), GONGWEN_ERROR_RENDER);
  EXPECT_TRUE(has_code(r, "GW-E-INPUT-TOO-LARGE"));
  gongwen_result_free(r);

  // Per render: a larger input limit for these options only.
  gongwen_options* o = gongwen_options_new();
  EXPECT_EQ(gongwen_options_set_limits(o, 1 << 20, 0), GONGWEN_OK);
  EXPECT_EQ(gongwen_options_set_limits(o, 0, -1), GONGWEN_ERROR_INVALID_ARGUMENT);
  r = render_order(small, o);
  EXPECT_EQ(gongwen_result_status(r), GONGWEN_OK);
  gongwen_result_free(r);

  // order.xml renders to one page: a page limit of 1 passes; the engine's input limit of 100
  // still holds where the options do not replace it.
  EXPECT_EQ(gongwen_options_set_limits(o, 0, 1), GONGWEN_OK);
  r = render_order(small, o);
  EXPECT_TRUE(has_code(r, "GW-E-INPUT-TOO-LARGE"));
  gongwen_result_free(r);
  gongwen_options_free(o);
  gongwen_engine_free(small);
}

TEST(CApiHandles, FreeingAnEngineWhileAnotherThreadRendersIsSafe) {
  gongwen_engine* e = gongwen_engine_new(nullptr);
  gongwen_result_free(render_order(e));  // fonts loaded before the race starts
  std::vector<gongwen_status> seen;
  // Renders until refused (a few after that too), not a fixed count: with the font program
  // cache a re-render takes ~2 ms, so 20 of them could all end before the free below.
  std::thread t([&] {
    int after_refusal = 0;
    for (int i = 0; i < 100000 && after_refusal < 3; ++i) {
      gongwen_result* r = nullptr;
      seen.push_back(
          gongwen_render(e, order_xml().data(), order_xml().size(), "o.xml", nullptr, &r));
      gongwen_result_free(r);
      if (seen.back() == GONGWEN_ERROR_INVALID_HANDLE) ++after_refusal;
    }
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(50));
  EXPECT_EQ(gongwen_engine_free(e), GONGWEN_OK);
  t.join();
  // Each call either ran on the live engine or was refused; once refused, always refused.
  bool refused = false;
  for (gongwen_status s : seen) {
    if (refused) {
      EXPECT_EQ(s, GONGWEN_ERROR_INVALID_HANDLE);
    }
    if (s == GONGWEN_ERROR_INVALID_HANDLE) refused = true;
    if (!refused) {
      EXPECT_EQ(s, GONGWEN_OK);
    }
  }
  EXPECT_TRUE(refused);
}

}  // namespace
}  // namespace gongwen
