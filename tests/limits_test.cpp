// Limits (issue 8): fixed per engine at creation, or replaced per render; no setter that
// could race with renders on other threads. Expected codes are the README's.
#include <gtest/gtest.h>

#include <thread>

#include "gongwen/gongwen.hpp"
#include "support/files.hpp"

namespace gongwen {
namespace {

using test::read_text;
using test::source_path;

// seed 002 renders to 6 pages (the layout tests check its pages) from ~10 KB of XML.
const std::string& seed002() {
  static const std::string xml = read_text(source_path("samples/seed-002-tongzhi.xml"));
  return xml;
}

RenderResult render(const Engine& e, const std::optional<Limits>& limits = std::nullopt) {
  RenderOptions ro;
  ro.base_dir = source_path("samples");
  ro.limits = limits;
  return e.render(seed002(), "seed-002-tongzhi.xml", ro);
}

bool has_code(const RenderResult& r, const std::string& code) {
  for (const auto& d : r.diagnostics) {
    if (d.code == code) return true;
  }
  return false;
}

Limits with(std::size_t max_input_bytes, int max_pages) {
  Limits l;
  l.max_input_bytes = max_input_bytes;
  l.max_pages = max_pages;
  return l;
}

TEST(Limits, EngineLimitsAreFixedAtCreationAndReadable) {
  EngineOptions eo;
  eo.limits = with(1000, 3);
  Engine engine(eo);
  EXPECT_EQ(engine.limits().max_input_bytes, 1000u);
  EXPECT_EQ(engine.limits().max_pages, 3);
  RenderResult r = render(engine);
  EXPECT_FALSE(r.ok);
  EXPECT_TRUE(has_code(r, "GW-E-INPUT-TOO-LARGE"));
}

TEST(Limits, EnginePageLimitStopsALongerDocument) {
  EngineOptions eo;
  eo.limits.max_pages = 5;  // seed 002 needs 6
  Engine engine(eo);
  RenderResult r = render(engine);
  EXPECT_FALSE(r.ok);
  EXPECT_TRUE(has_code(r, "GW-E-TOO-MANY-PAGES"));
  EXPECT_TRUE(r.pdf.empty());
}

TEST(Limits, PerRenderLimitsReplaceTheEngines) {
  EngineOptions eo;
  eo.limits.max_pages = 1;
  Engine engine(eo);
  EXPECT_TRUE(has_code(render(engine), "GW-E-TOO-MANY-PAGES"));
  RenderResult r = render(engine, Limits{});  // the defaults for this render only
  EXPECT_TRUE(r.ok);
  EXPECT_EQ(r.pages, 6);
  EXPECT_TRUE(has_code(render(engine), "GW-E-TOO-MANY-PAGES"));  // the engine's still hold
}

TEST(Limits, PerRenderInputLimitAppliesToRenderFile) {
  test::TempDir dir;
  Engine engine;
  RenderOptions ro;
  ro.limits = with(100, 2000);
  RenderResult r =
      engine.render_file(source_path("samples/order.xml"), (dir / "o.pdf").string(), ro);
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(r.diagnostics[0].code, "GW-E-INPUT-TOO-LARGE");
  // The library names its own API, not a command-line flag.
  EXPECT_NE(r.diagnostics[0].message.find("Limits::max_input_bytes"), std::string::npos);
  EXPECT_EQ(r.diagnostics[0].message.find("--"), std::string::npos);
  EXPECT_FALSE(std::filesystem::exists(dir / "o.pdf"));
}

TEST(Limits, EightThreadsWithDifferentPerRenderLimitsGetTheirOwn) {
  Engine engine;  // shared; each thread brings its own limits
  struct Case {
    std::optional<Limits> limits;
    const char* expected;  // code, or nullptr for a PDF
  };
  const std::vector<Case> cases = {
      {with(100, 2000), "GW-E-INPUT-TOO-LARGE"}, {with(16u << 20, 1), "GW-E-TOO-MANY-PAGES"},
      {std::nullopt, nullptr},                   {with(16u << 20, 6), nullptr},
      {with(16u << 20, 5), "GW-E-TOO-MANY-PAGES"}, {with(2000, 2000), "GW-E-INPUT-TOO-LARGE"},
      {with(1u << 20, 100), nullptr},            {with(16u << 20, 3), "GW-E-TOO-MANY-PAGES"}};
  std::vector<std::vector<std::string>> outcomes(cases.size());
  std::vector<std::thread> threads;
  for (std::size_t i = 0; i < cases.size(); ++i) {
    threads.emplace_back([&, i] {
      for (int round = 0; round < 3; ++round) {
        RenderResult r = render(engine, cases[i].limits);
        std::string what = r.ok ? "ok" : "failed";
        for (const auto& d : r.diagnostics) {
          if (d.severity == Severity::error) what += " " + d.code;
        }
        outcomes[i].push_back(what);
      }
    });
  }
  for (auto& t : threads) t.join();
  for (std::size_t i = 0; i < cases.size(); ++i) {
    std::string expected = cases[i].expected ? std::string("failed ") + cases[i].expected : "ok";
    for (const std::string& got : outcomes[i]) EXPECT_EQ(got, expected) << "case " << i;
  }
}

}  // namespace
}  // namespace gongwen
