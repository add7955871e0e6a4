// Child processes the benchmark times: the CLI cold and in batch, and the Typst peer.
#pragma once

#include <string>
#include <vector>

namespace gongwen::bench {

struct ChildRun {
  bool ok = false;        // started and exited with status 0
  double wall_ms = 0;     // from fork to exit, as a user waits for it
  double cpu_ms = 0;      // user + system CPU of the child (steadier on a shared machine)
  double peak_rss_mb = 0; // the child's own peak resident set (wait4's ru_maxrss)
  std::string out;        // its standard output
};

// Runs argv[0] (found on PATH when it has no slash) with `argv`, standard error discarded,
// standard output captured; `env` entries ("NAME=value") are added to the environment.
ChildRun run_child(const std::vector<std::string>& argv, const std::vector<std::string>& env = {});

double median(std::vector<double> v);

// Resident memory of this process now (VmRSS), in MB.
double rss_now_mb();
// Peak resident memory of this process so far (getrusage), in MB.
double rss_peak_mb();

}  // namespace gongwen::bench
