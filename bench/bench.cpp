// Benchmark (issue 13): figures only, no pass/fail exit; each figure is printed beside its
// target. Run from the source folder:
//
//   build/gongwen_bench [--iterations N] [--cli build/gongwen] [--font-dir DIR]
//                       [--batch N] [--typst /tmp/peer-typst] [--long [N]] [--json]
//   build/gongwen_bench --roster [--fast-subsetting]   (a 名单 table of 400 and of 2,000
//       rows: warm ms, and the ratio, which is at most 5 when the cost is linear in rows)
//
// Warm figures are medians of N renders (default 200) in this process; cold CLI the median
// of N processes (default 20); the batch renders N distinct variants (default 300) with
// `gongwen render -j 2` as one process, the median of 3 runs.
#include <fmt/format.h>
#include <stdlib.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "bench_child.hpp"
#include "bench_corpus.hpp"
#include "bench_inprocess.hpp"
#include "bench_processes.hpp"
#include "bench_report.hpp"
#include "gongwen/gongwen.hpp"

namespace {

namespace fs = std::filesystem;
using namespace gongwen::bench;

struct Args {
  int iterations = 200;
  int batch_docs = 300;
  int long_renders = 0;
  bool json = false;
  bool roster = false;
  bool fast = false;
  std::string cli = "build/gongwen";
  std::string font_dir = "fonts/fandol";
  std::string samples = "samples";
  std::string typst;
};

// Best warm ms of one render of `xml` over `iterations`, after renders that load the fonts
// and (fast subsetting) preprocess them.
double best_warm_ms(const gongwen::Engine& engine, const std::string& xml, int iterations,
                    int& pages) {
  gongwen::RenderResult first = engine.render(xml, "roster.xml");
  pages = first.pages;
  if (!first.ok) return -1;
  for (int i = 0; i < 3; ++i) engine.render(xml, "roster.xml");
  double best = 1e300;
  for (int i = 0; i < iterations; ++i) {
    const auto t0 = std::chrono::steady_clock::now();
    engine.render(xml, "roster.xml");
    best = std::min(best, std::chrono::duration<double, std::milli>(
                              std::chrono::steady_clock::now() - t0).count());
  }
  return best;
}

int roster_bench(const Args& a) {
  gongwen::EngineOptions eo;
  eo.font_dir = a.font_dir;
  eo.fast_subsetting = a.fast;
  gongwen::Engine engine(eo);
  const int iterations = std::min(a.iterations, 20);
  fmt::print("fast subsetting: {}\n", a.fast ? "on" : "off");
  int pages_small = 0, pages_large = 0;
  const double small = best_warm_ms(engine, roster_notice(400), iterations, pages_small);
  const double large = best_warm_ms(engine, roster_notice(2000), iterations, pages_large);
  if (small < 0 || large < 0) return 1;
  fmt::print("roster  400 rows: {:>4} pages {:>8.2f} ms warm (best of {})\n", pages_small, small,
             iterations);
  fmt::print("roster 2000 rows: {:>4} pages {:>8.2f} ms warm ({:.2f} × the 400-row time)\n",
             pages_large, large, large / small);
  return 0;
}

// Warm ms of each sample (the default engine), as figures without targets.
void measure_samples(const Args& a, const std::vector<std::string>& paths, Report& report) {
  gongwen::EngineOptions eo;
  eo.font_dir = a.font_dir;
  gongwen::Engine engine(eo);
  const int runs = std::clamp(a.iterations, 1, 20);
  for (const std::string& path : paths) {
    const std::string xml = slurp(path);
    gongwen::RenderOptions ro;
    ro.base_dir = fs::path(path).parent_path().string();
    gongwen::RenderResult r = engine.render(xml, path, ro);
    std::vector<double> ms;
    for (int i = 0; i < runs && r.ok; ++i) {
      const auto t0 = std::chrono::steady_clock::now();
      r = engine.render(xml, path, ro);
      ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
    }
    const std::string name = fs::path(path).stem().string();
    report.add({"sample_ms:" + name,
                fmt::format("sample {} ({} pages, {:.0f} KB), warm", name, r.pages,
                            static_cast<double>(r.pdf.size()) / 1024.0),
                median(ms), "ms", "", r.ok});
  }
}

// /proc/loadavg's 1, 5 and 15-minute figures: the machine is shared, and the wall times
// mean little without them.
std::string load_average() {
  std::string text = slurp("/proc/loadavg");
  std::size_t end = 0;
  for (int fields = 0; end < text.size() && fields < 3; ++end) {
    if (text[end] == ' ') ++fields;
  }
  return text.substr(0, end > 0 ? end - 1 : 0);
}

bool parse_args(int argc, char** argv, Args& a) {
  for (int i = 1; i < argc; ++i) {
    const std::string s = argv[i];
    auto value = [&]() -> std::string { return i + 1 < argc ? argv[++i] : ""; };
    if (s == "--iterations") a.iterations = std::max(1, std::atoi(value().c_str()));
    else if (s == "--batch") a.batch_docs = std::max(1, std::atoi(value().c_str()));
    else if (s == "--cli") a.cli = value();
    else if (s == "--font-dir") a.font_dir = value();
    else if (s == "--samples") a.samples = value();
    else if (s == "--typst") a.typst = value();
    else if (s == "--json") a.json = true;
    else if (s == "--roster") a.roster = true;
    else if (s == "--fast-subsetting") a.fast = true;
    else if (s == "--long") {
      a.long_renders = 10000;
      if (i + 1 < argc && std::atoi(argv[i + 1]) > 0) a.long_renders = std::atoi(argv[++i]);
    } else {
      fmt::print(stderr, "unknown argument {}\n", s);
      return false;
    }
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  Args a;
  if (!parse_args(argc, argv, a)) return 2;
  if (a.roster) return roster_bench(a);

  const std::string seed_path = a.samples + "/seed-002-tongzhi.xml";
  std::vector<std::string> samples, pool;
  for (const auto& e : fs::directory_iterator(a.samples)) {
    if (e.path().extension() == ".xml") samples.push_back(e.path().string());
  }
  std::sort(samples.begin(), samples.end());
  for (const std::string& p : samples) {
    if (p != seed_path) pool.push_back(slurp(p));
  }
  const Corpus corpus(slurp(seed_path), pool);
  if (corpus.seed().empty()) {
    fmt::print(stderr, "cannot read {}: run from the source folder or give --samples\n", seed_path);
    return 2;
  }
  std::string scratch = (fs::temp_directory_path() / "gongwen-bench-XXXXXX").string();
  if (!mkdtemp(scratch.data())) {
    fmt::print(stderr, "cannot create a temporary folder\n");
    return 2;
  }

  Report report;
  report.note("variants", Corpus::variant_rule());
  report.note("machine", fmt::format("{} cores online; load average at the start {}",
                                     std::thread::hardware_concurrency(), load_average()));
  // Child processes first, while this process is small (see bench_processes.hpp).
  ProcessSetup ps{&corpus, a.cli, seed_path, a.font_dir, scratch, std::min(a.iterations, 20),
                  std::max(a.batch_docs, 1)};
  measure_cold_cli(ps, report);
  measure_batch(ps, report);
  if (!a.typst.empty()) {
    measure_typst(ps, a.typst, report);
  } else {
    report.note("typst", "not measured (give --typst DIR, an npm-installed ../shared/peer-typst)");
  }
  const InProcessSetup in{&corpus, a.font_dir, a.iterations};
  // The long run's RSS is the whole process's: run it before the warm figures, whose
  // fast_subsetting engines leave freed-but-kept heap behind (measured: 154 MB after them
  // against 47 MB for the same batch in a fresh process).
  if (a.long_renders > 0) measure_soak(in, a.long_renders, report);
  measure_warm(in, report);
  measure_long_documents(in, report);
  measure_samples(a, samples, report);
  if (!a.typst.empty()) add_typst_ratios(report);
  std::error_code ec;
  fs::remove_all(scratch, ec);
  report.note("load", fmt::format("load average at the end {} (wall times grow with it; CPU "
                                  "times much less)",
                                  load_average()));
  fmt::print("{}", a.json ? report.json() : report.table());
  return 0;
}
