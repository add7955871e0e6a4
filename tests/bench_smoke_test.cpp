// The benchmark runs and prints every figure issue 13 asks for. Speed is never asserted
// here (the machine is shared); only that each figure was measured (a number, not null).
#include <gtest/gtest.h>

#include <string>

#include "support/files.hpp"

namespace {

using gongwen::test::run_command;
using gongwen::test::source_path;

std::string bench_command(const std::string& extra) {
  // stderr (the long run's RSS lines) kept apart from the JSON only where asked.
  return std::string(GONGWEN_BENCH_PATH) + " --iterations 1 --batch 4 --json --cli " +
         GONGWEN_CLI_PATH + " --font-dir " + source_path("fonts/fandol") + " --samples " +
         source_path("samples") + " " + extra;
}

// The text after figure `key`'s "value": (a number, or null when not measured).
std::string value_of(const std::string& json, const std::string& key) {
  const std::size_t at = json.find("{\"key\":\"" + key + "\"");
  if (at == std::string::npos) return "absent";
  const std::size_t v = json.find("\"value\":", at);
  const std::size_t end = json.find(',', v);
  return json.substr(v + 8, end - v - 8);
}

TEST(BenchSmoke, PrintsEveryFigureAndTheLongRunsRss) {
  const auto r = run_command(bench_command("--long 20"));
  ASSERT_EQ(r.status, 0) << r.out;
  for (const char* key :
       {"warm_distinct_ms", "warm_distinct_cpu_ms", "warm_same_ms", "warm_same_cpu_ms",
        "warm_distinct_ms_fast", "warm_same_ms_fast", "warm_distinct_cpu_ms_fast",
        "pdf_kb", "cold_cli_ms", "cold_cli_cpu_ms", "cold_cli_rss_mb", "batch_rate",
        "batch_cpu_ms_per_doc", "batch_peak_rss_mb",
        "pages_100_ms", "pages_500_ms", "pages_1000_ms", "pages_linearity",
        "sample_ms:seed-002-tongzhi", "long_rate", "long_rss_end_mb", "long_peak_rss_mb"}) {
    const std::string v = value_of(r.out, key);
    EXPECT_NE(v, "absent") << key;
    EXPECT_NE(v, "null") << key;
    EXPECT_GT(std::stod(v == "absent" || v == "null" ? "0" : v), 0.0) << key;
  }
  // The output says how the distinct documents differ.
  EXPECT_NE(r.out.find("\"variants\":\"seed-002 with 发文字号"), std::string::npos) << r.out;
  // --long 20 prints RSS at each tenth: after 2, 4, … 20 renders.
  for (int n = 2; n <= 20; n += 2) {
    EXPECT_NE(r.out.find("after " + std::string(6 - std::to_string(n).size(), ' ') +
                         std::to_string(n) + " renders: RSS"),
              std::string::npos)
        << n;
  }
}

TEST(BenchSmoke, TypstFiguresAreNotMeasuredWithoutThePeer) {
  const auto r = run_command("(" + bench_command("--typst /nonexistent-peer-typst") +
                             " 2>/dev/null)");
  ASSERT_EQ(r.status, 0) << r.out;
  for (const char* key : {"typst_cold_ms", "typst_warm_cached_ms", "typst_warm_evicted_ms",
                          "typst_pdf_kb", "ratio_cold", "ratio_warm_distinct",
                          "ratio_warm_same", "ratio_pdf"}) {
    EXPECT_EQ(value_of(r.out, key), "null") << key;
  }
  EXPECT_NE(value_of(r.out, "cold_cli_ms"), "null");  // ours still measured
}

}  // namespace
