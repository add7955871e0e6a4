// The library API: memory to memory, file to file, determinism, threads, the C API.
#include <gtest/gtest.h>

#include <thread>

#include "gongwen/gongwen.h"
#include "gongwen/gongwen.hpp"
#include "support/files.hpp"

namespace gongwen {
namespace {

using test::read_text;
using test::source_path;

const std::vector<std::string> kSamples = {
    "samples/seed-000-haozhao.xml", "samples/seed-002-tongzhi.xml", "samples/seed-004-xin.xml",
    "samples/joint-notice.xml",     "samples/upward-request.xml",   "samples/long-title.xml",
    "samples/letter.xml",           "samples/order.xml",            "samples/tables.xml"};

RenderResult render_sample(const Engine& engine, const std::string& relative) {
  RenderOptions ro;
  ro.base_dir = source_path("samples");
  return engine.render(read_text(source_path(relative)), relative, ro);
}

TEST(Api, RendersFromMemoryToMemory) {
  Engine engine;
  RenderResult r = render_sample(engine, "samples/seed-002-tongzhi.xml");
  for (const auto& d : r.diagnostics) ADD_FAILURE() << format_diagnostic(d);
  ASSERT_TRUE(r.ok);
  EXPECT_GE(r.pages, 2);
  ASSERT_GT(r.pdf.size(), 1000u);
  EXPECT_EQ(std::string(r.pdf.begin(), r.pdf.begin() + 5), "%PDF-");
}

TEST(Api, SameInputGivesByteIdenticalPdf) {
  Engine a, b;
  RenderResult r1 = render_sample(a, "samples/joint-notice.xml");
  RenderResult r2 = render_sample(a, "samples/joint-notice.xml");
  RenderResult r3 = render_sample(b, "samples/joint-notice.xml");
  ASSERT_TRUE(r1.ok);
  EXPECT_EQ(r1.pdf, r2.pdf);
  EXPECT_EQ(r1.pdf, r3.pdf);
}

TEST(Api, EightThreadsGiveTheSameBytesAsOneByOne) {
  Engine engine;
  std::vector<std::vector<std::uint8_t>> serial;
  for (const std::string& s : kSamples) {
    RenderResult r = render_sample(engine, s);
    ASSERT_TRUE(r.ok) << s;
    serial.push_back(r.pdf);
  }
  Engine shared;  // fresh: fonts load on first use, concurrently
  std::vector<std::vector<std::uint8_t>> parallel(kSamples.size());
  std::vector<std::thread> threads;
  for (std::size_t i = 0; i < kSamples.size(); ++i) {
    threads.emplace_back([&, i] {
      for (int round = 0; round < 3; ++round) parallel[i] = render_sample(shared, kSamples[i]).pdf;
    });
  }
  for (auto& t : threads) t.join();
  for (std::size_t i = 0; i < kSamples.size(); ++i) EXPECT_EQ(parallel[i], serial[i]) << kSamples[i];
}

TEST(Api, ErrorsAreDataWithCodeAndPlace) {
  Engine engine;
  RenderResult r = engine.render("<gongwen><body><p>x</p></bogus></gongwen>", "bad.xml");
  EXPECT_FALSE(r.ok);
  EXPECT_TRUE(r.pdf.empty());
  ASSERT_FALSE(r.diagnostics.empty());
  EXPECT_EQ(r.diagnostics[0].severity, Severity::error);
  EXPECT_EQ(r.diagnostics[0].where.file, "bad.xml");
  EXPECT_GT(r.diagnostics[0].where.line, 0);
  EXPECT_FALSE(r.diagnostics[0].code.empty());
}

TEST(Api, RenderFileRefusesToOverwriteItsInput) {
  test::TempDir dir;
  auto in = dir / "notice.xml";
  test::write_text(in, read_text(source_path("samples/order.xml")));
  Engine engine;
  RenderResult r = engine.render_file(in.string(), in.string());
  EXPECT_FALSE(r.ok);
  ASSERT_FALSE(r.diagnostics.empty());
  EXPECT_EQ(r.diagnostics[0].code, "GW-E-OUTPUT-IS-INPUT");
  EXPECT_EQ(read_text(in.string()), read_text(source_path("samples/order.xml")));
}

TEST(Api, InputOverTheLimitIsACleanError) {
  EngineOptions eo;
  eo.limits.max_input_bytes = 100;
  Engine engine(eo);
  RenderResult r = render_sample(engine, "samples/seed-002-tongzhi.xml");
  EXPECT_FALSE(r.ok);
  ASSERT_FALSE(r.diagnostics.empty());
  EXPECT_EQ(r.diagnostics[0].code, "GW-E-INPUT-TOO-LARGE");
}

TEST(Api, PageLimitIsACleanError) {
  EngineOptions eo;
  eo.limits.max_pages = 1;
  Engine engine(eo);
  RenderResult r = render_sample(engine, "samples/seed-002-tongzhi.xml");
  EXPECT_FALSE(r.ok);
  bool found = false;
  for (const auto& d : r.diagnostics) found = found || d.code == "GW-E-TOO-MANY-PAGES";
  EXPECT_TRUE(found);
}

TEST(Api, SealPositionsAreReported) {
  Engine engine;
  RenderResult r = render_sample(engine, "samples/joint-notice.xml");
  ASSERT_TRUE(r.ok);
  ASSERT_EQ(r.seals.size(), 2u);
  for (const auto& s : r.seals) {
    EXPECT_NEAR(s.diameter_mm, 42.0, 0.01);
    EXPECT_GE(s.center_x_mm - 21.0, 28.0 - 0.3);   // inside the 版心
    EXPECT_LE(s.center_x_mm + 21.0, 184.0 + 0.3);
  }
  EXPECT_EQ(r.seals[0].page, r.seals[1].page);
  EXPECT_NEAR(r.seals[0].center_y_mm, r.seals[1].center_y_mm, 0.001);  // aligned
  EXPECT_GT(r.seals[1].center_x_mm - r.seals[0].center_x_mm, 42.0);    // not touching
}

TEST(CApi, RendersAndReportsDiagnostics) {
  gongwen_engine* e = gongwen_engine_new(nullptr);
  ASSERT_NE(e, nullptr);
  std::string xml = read_text(source_path("samples/order.xml"));
  gongwen_result* r = nullptr;
  EXPECT_EQ(gongwen_render(e, xml.data(), xml.size(), "order.xml", nullptr, &r), GONGWEN_OK);
  ASSERT_NE(r, nullptr);
  EXPECT_TRUE(gongwen_result_ok(r));
  size_t len = 0;
  const unsigned char* pdf = gongwen_result_pdf(r, &len);
  ASSERT_NE(pdf, nullptr);
  EXPECT_GT(len, 1000u);
  gongwen_result_free(r);

  std::string bad = "<gongwen><nope/></gongwen>";
  EXPECT_EQ(gongwen_render(e, bad.data(), bad.size(), "bad.xml", nullptr, &r),
            GONGWEN_ERROR_RENDER);
  ASSERT_GE(gongwen_result_diagnostic_count(r), 1u);
  EXPECT_EQ(gongwen_result_diagnostic_severity(r, 0), GONGWEN_SEVERITY_ERROR);
  EXPECT_STREQ(gongwen_result_diagnostic_file(r, 0), "bad.xml");
  EXPECT_GT(gongwen_result_diagnostic_line(r, 0), 0);
  EXPECT_NE(std::string(gongwen_result_diagnostic_text(r, 0)).find("bad.xml:"), std::string::npos);
  EXPECT_EQ(gongwen_result_pdf(r, &len), nullptr);
  gongwen_result_free(r);
  gongwen_engine_free(e);
}

TEST(CApi, RejectsBadArgumentsWithoutCrashing) {
  gongwen_result* r = nullptr;
  EXPECT_EQ(gongwen_render(nullptr, "x", 1, "x", nullptr, &r), GONGWEN_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(gongwen_render(nullptr, "x", 1, "x", nullptr, nullptr), GONGWEN_ERROR_INVALID_ARGUMENT);
  gongwen_options* o = gongwen_options_new();
  EXPECT_EQ(gongwen_options_add_font(o, "nosuchrole", "x.ttf"), GONGWEN_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(gongwen_options_add_font(o, "fangsong", "x.ttf"), GONGWEN_OK);
  gongwen_options_free(o);
  EXPECT_EQ(gongwen_result_diagnostic_count(nullptr), 0u);
  EXPECT_STREQ(gongwen_result_diagnostic_code(nullptr, 3), "");
  EXPECT_STREQ(gongwen_version(), version());
}

}  // namespace
}  // namespace gongwen
