// Figures measured inside this process, through gongwen::Engine (warm: fonts parsed once).
#pragma once

#include <string>

#include "bench_corpus.hpp"
#include "bench_report.hpp"
#include "gongwen/gongwen.hpp"

namespace gongwen::bench {

struct InProcessSetup {
  const Corpus* corpus = nullptr;
  std::string font_dir;
  int iterations = 200;
};

// Warm distinct documents and warm same document, with the default engine and with
// EngineOptions::fast_subsetting (what the CLI uses for a batch of 20 or more).
void measure_warm(const InProcessSetup& s, Report& report);
// 100, 500 and 1,000-page documents built from seed 002's paragraphs.
void measure_long_documents(const InProcessSetup& s, Report& report);
// `renders` distinct documents in this process by two threads sharing one engine, as a
// batch runs; prints RSS at tenths, records the first tenth's and the last RSS.
void measure_soak(const InProcessSetup& s, int renders, Report& report);

}  // namespace gongwen::bench
