// Benchmark for import (issue 11 "Targets"): the time to import each text, and
// Engine::render_text (import + render) against Engine::render of the imported XML, warm
// (fonts parsed once). Figures only: no pass/fail.
//
//   build/gongwen_bench_import [--iterations N] texts...
#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "gongwen/gongwen.hpp"

namespace {

using Clock = std::chrono::steady_clock;

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The median of `n` runs of f, in milliseconds.
template <typename F>
double median_ms(int n, F&& f) {
  std::vector<double> t;
  for (int i = 0; i < n; ++i) {
    auto t0 = Clock::now();
    f();
    t.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
  }
  std::sort(t.begin(), t.end());
  return t[t.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
  int iterations = 50;
  std::vector<std::string> inputs;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--iterations" && i + 1 < argc) iterations = std::max(1, std::atoi(argv[++i]));
    else inputs.push_back(a);
  }
  gongwen::Engine engine;
  fmt::print("{:<40} {:>8} {:>12} {:>12} {:>12} {:>8}\n", "input", "bytes", "import ms",
             "render(txt)", "render(xml)", "delta");
  for (const std::string& path : inputs) {
    std::string text = slurp(path);
    gongwen::ImportResult imported = gongwen::import_text(text, path);
    if (!imported.ok) {
      fmt::print("{}: import failed\n", path);
      continue;
    }
    engine.render(imported.xml, path);  // warm the fonts
    double import_ms = median_ms(iterations * 10, [&] { (void)gongwen::import_text(text, path); });
    double txt_ms = median_ms(iterations, [&] { (void)engine.render_text(text, path); });
    double xml_ms = median_ms(iterations, [&] { (void)engine.render(imported.xml, path); });
    fmt::print("{:<40} {:>8} {:>12.3f} {:>12.2f} {:>12.2f} {:>+8.2f}\n",
               path.substr(path.size() > 40 ? path.size() - 40 : 0), text.size(), import_ms, txt_ms,
               xml_ms, txt_ms - xml_ms);
  }
  return 0;
}
