// Benchmark: renders the sample notices in-process many times (warm: fonts parsed once
// and cached in the Engine) and prints ms per document and pages per second; then times
// the CLI as a cold process. Figures only: no pass/fail.
//
//   build/gongwen_bench [--iterations N] [--cli build/gongwen] [samples...]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <sys/resource.h>
#include <unistd.h>

#include "gongwen/gongwen.hpp"

namespace {

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point t0) {
  return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

int main(int argc, char** argv) {
  int iterations = 200;
  int soak = 0;
  bool fast = false;
  std::string cli = "build/gongwen";
  std::vector<std::string> inputs;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--iterations" && i + 1 < argc) {
      iterations = std::atoi(argv[++i]);
    } else if (a == "--soak" && i + 1 < argc) {
      soak = std::atoi(argv[++i]);
    } else if (a == "--fast-subsetting") {
      fast = true;
    } else if (a == "--cli" && i + 1 < argc) {
      cli = argv[++i];
    } else {
      inputs.push_back(a);
    }
  }
  if (inputs.empty()) {
    for (const auto& e : std::filesystem::directory_iterator("samples")) {
      if (e.path().extension() == ".xml") inputs.push_back(e.path().string());
    }
    std::sort(inputs.begin(), inputs.end());
  }

  gongwen::EngineOptions eo;
  eo.fast_subsetting = fast;
  gongwen::Engine engine(eo);
  // Preprocessing (with --fast-subsetting) happens on the third render: warm up past it.
  const int warmup = fast ? 3 : 0;
  fmt::print("fast subsetting: {}\n", fast ? "on" : "off");
  fmt::print("{:<40} {:>6} {:>10} {:>10} {:>10} {:>9}\n", "document", "pages", "first ms",
             "warm ms", "pages/s", "PDF KB");
  for (const std::string& path : inputs) {
    std::string xml = slurp(path);
    gongwen::RenderOptions ro;
    ro.base_dir = std::filesystem::path(path).parent_path().string();
    auto t0 = Clock::now();
    gongwen::RenderResult first = engine.render(xml, path, ro);
    double first_ms = ms_since(t0);
    if (!first.ok) {
      fmt::print("{:<40} failed\n", path);
      continue;
    }
    for (int i = 0; i < warmup; ++i) engine.render(xml, path, ro);
    t0 = Clock::now();
    for (int i = 0; i < iterations; ++i) {
      gongwen::RenderResult r = engine.render(xml, path, ro);
      if (!r.ok) return 1;
    }
    double warm_ms = ms_since(t0) / iterations;
    fmt::print("{:<40} {:>6} {:>10.2f} {:>10.2f} {:>10.1f} {:>9.1f}\n",
               std::filesystem::path(path).filename().string(), first.pages, first_ms, warm_ms,
               first.pages * 1000.0 / warm_ms, static_cast<double>(first.pdf.size()) / 1024.0);
  }
  // Soak: the same engine renders the first document many times; resident memory must
  // stay flat (no growth per render).
  if (soak > 0 && !inputs.empty()) {
    std::string xml = slurp(inputs.front());
    gongwen::RenderOptions ro;
    ro.base_dir = std::filesystem::path(inputs.front()).parent_path().string();
    auto rss_mb = [] {
      long pages = 0, resident = 0;
      if (FILE* f = std::fopen("/proc/self/statm", "r")) {
        if (std::fscanf(f, "%ld %ld", &pages, &resident) != 2) resident = 0;
        std::fclose(f);
      }
      return static_cast<double>(resident) * static_cast<double>(sysconf(_SC_PAGESIZE)) / 1048576.0;
    };
    fmt::print("soak: {} renders of {}\n", soak, inputs.front());
    for (int i = 1; i <= soak; ++i) {
      if (!engine.render(xml, inputs.front(), ro).ok) return 1;
      if (i % std::max(1, soak / 10) == 0) fmt::print("  after {:>6} renders: RSS {:.1f} MB\n", i, rss_mb());
    }
  }
  struct rusage ru {};
  getrusage(RUSAGE_SELF, &ru);
  fmt::print("peak memory (in-process, all documents): {:.1f} MB\n", static_cast<double>(ru.ru_maxrss) / 1024.0);

  // Cold CLI: a new process each time (fonts parsed from scratch).
  if (std::filesystem::exists(cli)) {
    for (const std::string& path : inputs) {
      const int runs = 10;
      std::string out = (std::filesystem::temp_directory_path() / "gongwen-bench.pdf").string();
      std::string cmd = fmt::format("'{}' render '{}' -o '{}' 2>/dev/null", cli, path, out);
      auto t0 = Clock::now();
      for (int i = 0; i < runs; ++i) {
        if (std::system(cmd.c_str()) != 0) break;
      }
      fmt::print("cold CLI {:<31} {:>10.2f} ms\n", std::filesystem::path(path).filename().string(),
                 ms_since(t0) / runs);
      std::filesystem::remove(out);
    }
  }
  return 0;
}
