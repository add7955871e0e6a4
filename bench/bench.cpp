// Benchmark: renders the sample notices in-process many times (warm: fonts parsed once
// and cached in the Engine) and prints ms per document and pages per second; then times
// the CLI as a cold process. Figures only: no pass/fail.
//
//   build/gongwen_bench [--iterations N] [--cli build/gongwen] [samples...]
//   build/gongwen_bench --roster [--fast-subsetting]   (a 名单 table of 400 and of 2,000
//       rows: warm ms, and the ratio, which is at most 5 when the cost is linear in rows)
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

// A notice whose attachment is a four-column 名单 of `rows` rows (about 20 a page).
std::string roster_notice(int rows) {
  const char* const units[] = {"青溪市第一中学", "青溪市实验小学", "青溪市职业技术学校",
                               "青溪市教育科学研究院"};
  const char* const names[] = {"王建国", "李娜", "张晨欣", "刘洋", "陈思远", "杨静"};
  std::string xml =
      "<gongwen><title>关于公布先进个人名单的通知</title><body><p>现将名单予以公布。</p></body>"
      "<attachment title=\"先进个人名单\"><table><colgroup><col width=\"16mm\" "
      "align=\"center\"/><col width=\"1*\"/><col width=\"2*\"/><col width=\"1*\"/>"
      "</colgroup><thead><tr><th>序号</th><th>姓名</th><th>单位</th><th>职务</th></tr></thead>"
      "<tbody>";
  for (int i = 0; i < rows; ++i) {
    xml += fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td><td>教师</td></tr>", i + 1,
                       names[i % 6], units[i % 4]);
  }
  return xml + "</tbody></table></attachment></gongwen>";
}

// Warm ms of one render of `xml`, the fastest of `iterations` (after renders that load the
// fonts): the machine is shared, and the minimum is the figure least disturbed by others.
double warm_ms(const gongwen::Engine& engine, const std::string& xml, int iterations, int& pages) {
  gongwen::RenderOptions ro;
  gongwen::RenderResult first = engine.render(xml, "roster.xml", ro);
  pages = first.pages;
  if (!first.ok) return -1;
  for (int i = 0; i < 3; ++i) engine.render(xml, "roster.xml", ro);  // past preprocessing
  double best = 1e300;
  for (int i = 0; i < iterations; ++i) {
    auto t0 = Clock::now();
    engine.render(xml, "roster.xml", ro);
    best = std::min(best, ms_since(t0));
  }
  return best;
}

int roster_bench(int iterations, bool fast) {
  gongwen::EngineOptions eo;
  eo.fast_subsetting = fast;
  gongwen::Engine engine(eo);
  fmt::print("fast subsetting: {}\n", fast ? "on" : "off");
  int pages_small = 0, pages_large = 0;
  const double small = warm_ms(engine, roster_notice(400), iterations, pages_small);
  const double large = warm_ms(engine, roster_notice(2000), iterations, pages_large);
  if (small < 0 || large < 0) return 1;
  fmt::print("roster  400 rows: {:>4} pages {:>8.2f} ms warm (best of {})\n", pages_small, small,
             iterations);
  fmt::print("roster 2000 rows: {:>4} pages {:>8.2f} ms warm ({:.2f} × the 400-row time)\n",
             pages_large, large, large / small);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  int iterations = 200;
  int soak = 0;
  bool fast = false;
  bool roster = false;
  std::string cli = "build/gongwen";
  std::vector<std::string> inputs;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--iterations" && i + 1 < argc) {
      iterations = std::atoi(argv[++i]);
    } else if (a == "--soak" && i + 1 < argc) {
      soak = std::atoi(argv[++i]);
    } else if (a == "--roster") {
      roster = true;
    } else if (a == "--fast-subsetting") {
      fast = true;
    } else if (a == "--cli" && i + 1 < argc) {
      cli = argv[++i];
    } else {
      inputs.push_back(a);
    }
  }
  if (roster) return roster_bench(std::min(iterations, 20), fast);
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
