#include "bench_inprocess.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <ctime>
#include <cmath>
#include <mutex>
#include <thread>
#include <vector>

#include "bench_child.hpp"

namespace gongwen::bench {

namespace {

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point t0) {
  return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

// This thread's CPU time in ms: a render runs on the calling thread, and unlike wall time
// this does not grow when other processes take the cores.
double thread_cpu_ms() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

// Median ms of one render over `runs` renders of make(i); -1 when one fails. `cpu_ms`,
// when given, gets the median CPU time.
template <typename Make>
double median_render_ms(const Engine& engine, int runs, Make make, int* pages = nullptr,
                        double* cpu_ms = nullptr) {
  std::vector<double> ms, cpu;
  for (int i = 0; i < runs; ++i) {
    const std::string xml = make(i);
    const double c0 = thread_cpu_ms();
    const auto t0 = Clock::now();
    RenderResult r = engine.render(xml, "bench.xml");
    ms.push_back(ms_since(t0));
    cpu.push_back(thread_cpu_ms() - c0);
    if (!r.ok) return -1;
    if (pages) *pages = r.pages;
  }
  if (cpu_ms) *cpu_ms = median(cpu);
  return median(ms);
}

// Variants numbered from here are never among the measured ones: warm-up renders.
constexpr unsigned kWarmupVariants = 1'000'000;

void warm_figures(const InProcessSetup& s, bool fast, Report& report) {
  EngineOptions eo;
  eo.font_dir = s.font_dir;
  eo.fast_subsetting = fast;
  Engine engine(eo);
  const Corpus& c = *s.corpus;
  // Past font loading and (fast subsetting) the preprocessing on a font's third subset.
  for (unsigned i = 0; i < 4; ++i) engine.render(c.variant(kWarmupVariants + i), "warmup.xml");
  const char* how = fast ? " (fast_subsetting)" : "";
  double distinct_cpu = 0, same_cpu = 0;
  const double distinct = median_render_ms(
      engine, s.iterations, [&](int i) { return c.variant(static_cast<unsigned>(i) + 1); },
      nullptr, &distinct_cpu);
  const double same =
      median_render_ms(engine, s.iterations, [&](int) { return c.seed(); }, nullptr, &same_cpu);
  const std::string suffix = fast ? "_fast" : "";
  report.add({"warm_distinct_ms" + suffix,
              fmt::format("warm, a new seed-002 variant each render{}", how), distinct, "ms",
              fast ? "<= 6" : "", distinct >= 0});
  report.add({"warm_distinct_cpu_ms" + suffix, fmt::format("  the same, CPU time{}", how),
              distinct_cpu, "ms", "", distinct >= 0});
  report.add({"warm_same_ms" + suffix, fmt::format("warm, seed-002 again{}", how), same, "ms",
              fast ? "<= 2" : "", same >= 0});
  report.add({"warm_same_cpu_ms" + suffix, fmt::format("  the same, CPU time{}", how), same_cpu,
              "ms", "", same >= 0});
}

}  // namespace

void measure_warm(const InProcessSetup& s, Report& report) {
  warm_figures(s, false, report);
  warm_figures(s, true, report);
  // The seed's PDF, for the size comparison with Typst.
  EngineOptions eo;
  eo.font_dir = s.font_dir;
  Engine engine(eo);
  RenderResult r = engine.render(s.corpus->seed(), "seed-002-tongzhi.xml");
  report.add({"pdf_kb", "PDF of seed-002", static_cast<double>(r.pdf.size()) / 1024.0, "KB", "",
              r.ok});
  report.add({"seed_pages", "pages of seed-002", static_cast<double>(r.pages), "pages", "", r.ok});
}

void measure_long_documents(const InProcessSetup& s, Report& report) {
  EngineOptions eo;
  eo.font_dir = s.font_dir;
  Engine engine(eo);
  const Corpus& c = *s.corpus;
  // Paragraphs per page, from a document long enough to average the seed's paragraphs.
  const int probe_paragraphs = 60;
  RenderResult probe = engine.render(c.long_document(probe_paragraphs), "probe.xml");
  if (!probe.ok || probe.pages <= 0) {
    report.add({"pages_1000_ms", "1,000 pages: the long document did not render", 0, "ms",
                "<= 1000", false});
    return;
  }
  const double per_page = static_cast<double>(probe_paragraphs) / probe.pages;
  const int runs = std::clamp(s.iterations, 1, 3);
  double first_per_page = 0;
  for (int target : {100, 500, 1000}) {
    const int paragraphs = static_cast<int>(std::lround(per_page * target));
    const std::string xml = c.long_document(paragraphs);
    int pages = 0;
    const double ms = median_render_ms(engine, runs, [&](int) { return xml; }, &pages);
    report.add({fmt::format("pages_{}_ms", target),
                fmt::format("{}-page document ({} pages, warm)", target, pages), ms, "ms",
                target == 1000 ? "<= 1000" : "", ms >= 0});
    if (ms < 0 || pages <= 0) return;
    const double this_per_page = ms / pages;
    if (target == 100) first_per_page = this_per_page;
    if (target == 1000 && first_per_page > 0) {
      report.add({"pages_linearity", "ms per page at 1,000 pages ÷ at 100 pages",
                  this_per_page / first_per_page, "×", "<= 1.2", true});
    }
  }
}

void measure_soak(const InProcessSetup& s, int renders, Report& report) {
  EngineOptions eo;
  eo.font_dir = s.font_dir;
  // As the CLI runs a batch (src/cli/render_command.cpp): no preprocessed faces, an 8 MiB
  // program cache.
  eo.fast_subsetting = false;
  eo.font_program_cache_bytes = 8u << 20;
  Engine engine(eo);
  const Corpus& c = *s.corpus;
  std::atomic<int> next{0};
  std::atomic<bool> failed{false};
  std::mutex print;
  const int tenth = std::max(1, renders / 10);
  const int sample = std::max(1, renders / 100);
  double first_tenth_rss = 0, last_rss = 0, peak_rss = 0;
  fmt::print(stderr,
             "long run: {} distinct renders, 2 threads sharing one engine (as the CLI batch)\n",
             renders);
  auto worker = [&] {
    for (int i = next++; i < renders; i = next++) {
      if (!engine.render(c.variant(static_cast<unsigned>(i) + 1), "soak.xml").ok) failed = true;
      if ((i + 1) % sample != 0) continue;
      std::lock_guard lock(print);
      const double rss = rss_now_mb();
      peak_rss = std::max(peak_rss, rss);
      if ((i + 1) % tenth != 0) continue;
      if (i + 1 == tenth) first_tenth_rss = rss;
      last_rss = rss;
      fmt::print(stderr, "  after {:>6} renders: RSS {:6.1f} MB\n", i + 1, rss);
    }
  };
  const auto t0 = Clock::now();
  std::thread other(worker);
  worker();
  other.join();
  const double secs = ms_since(t0) / 1000.0;
  report.add({"long_rate", fmt::format("long run: {} renders, 2 threads", renders),
              renders / secs, "docs/s", "", !failed});
  report.add({"long_rss_first_tenth_mb", "long run: RSS after the first tenth", first_tenth_rss,
              "MB", "", !failed});
  report.add({"long_rss_end_mb", "long run: RSS at the end", last_rss, "MB", "<= 80", !failed});
  // The highest of 100 samples: getrusage's peak would include the figures measured before.
  report.add({"long_peak_rss_mb", "long run: highest RSS sampled (every 1%)", peak_rss, "MB",
              "<= 80", !failed});
}

}  // namespace gongwen::bench
