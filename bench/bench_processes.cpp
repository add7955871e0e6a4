#include "bench_processes.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <vector>

#include "bench_child.hpp"

namespace gongwen::bench {

namespace fs = std::filesystem;

namespace {

// The number after "key": in a JSON object's text (the Typst peer's one-line summary).
double json_number(const std::string& json, const std::string& key) {
  const std::string needle = "\"" + key + "\":";
  const std::size_t at = json.find(needle);
  if (at == std::string::npos) return -1;
  return std::strtod(json.c_str() + at + needle.size(), nullptr);
}

// Figure `key` of the report, or -1 when absent or not measured.
double value_of(const Report& report, const std::string& key) {
  const Figure* f = report.find(key);
  return f && f->measured ? f->value : -1;
}

void add_ratio(Report& report, const std::string& key, const std::string& label, double num,
               double den, const std::string& target) {
  report.add({key, label, den > 0 ? num / den : 0, "×", target, num > 0 && den > 0});
}

}  // namespace

void measure_cold_cli(const ProcessSetup& s, Report& report) {
  const std::string out = s.scratch + "/cold.pdf";
  std::vector<double> ms, cpu;
  double rss = 0;
  bool ok = true;
  for (int i = 0; i < std::max(1, s.iterations); ++i) {
    ChildRun run = run_child({s.cli, "render", s.seed_path, "-o", out, "--font-dir", s.font_dir});
    ok = ok && run.ok;
    ms.push_back(run.wall_ms);
    cpu.push_back(run.cpu_ms);
    rss = std::max(rss, run.peak_rss_mb);
  }
  report.add({"cold_cli_ms",
              fmt::format("cold CLI, gongwen render seed-002 (median of {})", ms.size()),
              median(ms), "ms", "<= 25", ok});
  // Wall time includes the two fsyncs' wait for the disk, which other users of the
  // machine lengthen; CPU time does not.
  report.add({"cold_cli_cpu_ms", "cold CLI: CPU time (user + system, median)", median(cpu), "ms",
              "", ok});
  report.add({"cold_cli_rss_mb", "cold CLI: peak RSS", rss, "MB", "", ok});
}

void measure_batch(const ProcessSetup& s, Report& report) {
  const std::string in = s.scratch + "/batch-in", out = s.scratch + "/batch-out";
  std::string error;
  if (!s.corpus->write_variants(in, s.batch_docs, error)) {
    report.add({"batch_rate", "batch -j 2: " + error, 0, "docs/s", ">= 300", false});
    return;
  }
  // The median run: the machine is shared, one run can be slowed by another's build.
  const int runs = std::clamp(s.iterations, 1, 3);
  std::vector<double> rates, rss, cpu;
  bool ok = true;
  for (int i = 0; i < runs; ++i) {
    std::error_code ec;
    fs::remove_all(out, ec);
    ChildRun run =
        run_child({s.cli, "render", in, "-o", out, "-j", "2", "--font-dir", s.font_dir});
    ok = ok && run.ok;
    rates.push_back(s.batch_docs * 1000.0 / run.wall_ms);
    rss.push_back(run.peak_rss_mb);
    cpu.push_back(run.cpu_ms / s.batch_docs);
  }
  report.add({"batch_rate",
              fmt::format("batch -j 2, {} distinct variants (median of {} processes)",
                          s.batch_docs, runs),
              median(rates), "docs/s", ">= 300", ok});
  // 300 documents/s on 2 cores is at most 6.7 ms of CPU per document.
  report.add({"batch_cpu_ms_per_doc", "batch -j 2: CPU time per document (median)", median(cpu),
              "ms", "<= 6.7", ok});
  report.add({"batch_peak_rss_mb", "batch -j 2: peak RSS of the process (median)", median(rss),
              "MB", "<= 80", ok});
}

void measure_typst(const ProcessSetup& s, const std::string& typst_dir, Report& report) {
  const std::string script = (fs::absolute(typst_dir) / "compile.js").string();
  const std::string main = (fs::absolute(typst_dir) / "main.typ").string();
  const std::string out = s.scratch + "/typst.pdf";
  const std::vector<std::string> env = {"FANDOL_DIR=" + fs::absolute(s.font_dir).string()};
  std::vector<double> cold;
  bool ok = true;
  for (int i = 0; i < std::clamp(s.iterations, 1, 5); ++i) {
    ChildRun run = run_child({"node", script, main, out}, env);
    ok = ok && run.ok;
    cold.push_back(run.wall_ms);
  }
  report.add({"typst_cold_ms", fmt::format("Typst cold, node compile.js (median of {})", cold.size()),
              median(cold), "ms", "", ok});
  const std::string repeat = std::to_string(std::max(3, std::min(s.iterations, 20)));
  ChildRun cached = run_child({"node", script, main, out, repeat}, env);
  ChildRun evicted = run_child({"node", script, main, out, repeat, "evict"}, env);
  const double cached_ms = json_number(cached.out, "warmMedianMs");
  const double evicted_ms = json_number(evicted.out, "warmMedianMs");
  const double bytes = json_number(cached.out, "bytes");
  report.add({"typst_warm_cached_ms", "Typst warm, same document (cache kept)", cached_ms, "ms", "",
              cached.ok && cached_ms > 0});
  report.add({"typst_warm_evicted_ms", "Typst warm, cache evicted each compile", evicted_ms, "ms",
              "", evicted.ok && evicted_ms > 0});
  report.add({"typst_pdf_kb", "Typst PDF", bytes / 1024.0, "KB", "", cached.ok && bytes > 0});
}

void add_typst_ratios(Report& report) {
  add_ratio(report, "ratio_cold", "cold: Typst ÷ gongwen", value_of(report, "typst_cold_ms"),
            value_of(report, "cold_cli_ms"), ">= 1");
  add_ratio(report, "ratio_warm_distinct", "warm new document: Typst evicted ÷ gongwen (fast)",
            value_of(report, "typst_warm_evicted_ms"), value_of(report, "warm_distinct_ms_fast"),
            ">= 1");
  add_ratio(report, "ratio_warm_same", "warm same document: Typst cached ÷ gongwen (fast)",
            value_of(report, "typst_warm_cached_ms"), value_of(report, "warm_same_ms_fast"),
            ">= 1");
  add_ratio(report, "ratio_pdf", "PDF size: gongwen ÷ Typst", value_of(report, "pdf_kb"),
            value_of(report, "typst_pdf_kb"), "<= 1");
}

}  // namespace gongwen::bench
