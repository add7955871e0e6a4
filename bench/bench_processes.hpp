// Figures measured as separate processes: the CLI cold and in a -j 2 batch, the Typst peer.
// Measure these before rendering in this process: a spawned child's peak RSS (ru_maxrss)
// counts this process's resident memory at the exec, so it must still be small then.
#pragma once

#include <string>

#include "bench_corpus.hpp"
#include "bench_report.hpp"

namespace gongwen::bench {

struct ProcessSetup {
  const Corpus* corpus = nullptr;
  std::string cli;       // the gongwen executable
  std::string seed_path; // seed 002's file
  std::string font_dir;
  std::string scratch;   // a temporary folder of our own
  int iterations = 20;
  int batch_docs = 300;
};

// Median wall time of `gongwen render seed -o scratch/…` over the runs.
void measure_cold_cli(const ProcessSetup& s, Report& report);
// `gongwen render folder -o out -j 2` over batch_docs distinct variants: documents per
// second of the whole process's wall time, and its peak RSS.
void measure_batch(const ProcessSetup& s, Report& report);
// The Typst peer installed in `typst_dir` (../shared/peer-typst after npm install): cold,
// warm cached, warm evicted, PDF size.
void measure_typst(const ProcessSetup& s, const std::string& typst_dir, Report& report);
// Typst's figures ÷ ours (or ours ÷ Typst's for the PDF size), once both are in `report`.
void add_typst_ratios(Report& report);

}  // namespace gongwen::bench
