// Batch rendering for the CLI: N worker threads sharing one Engine over a job list
// (job_list.hpp), a JSON Lines report, progress, a summary.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "cli/job_list.hpp"
#include "cli/job_run.hpp"
#include "gongwen/gongwen.hpp"

namespace gongwen::cli {

struct BatchOptions {
  std::vector<std::string> inputs;
  std::string output;       // a file (one input), a folder, "-" (stdout), or empty
  int threads = 1;
  int shard = 1, shards = 1;
  std::string report;       // JSON Lines file, "-" for standard output, or empty
  bool dump_layout = false;
  bool progress = false;    // a progress bar (stderr is a terminal)
  bool quiet = false;       // only errors and the summary
  std::set<std::string> no_warn;  // warning and note codes left out of output and report
  JobSettings job;          // validate, --skip-up-to-date
};

// Renders (or validates) every job; returns the process exit status (0 all ok, 1 any
// failed, 2 when the report cannot be written).
int run_batch(const Engine& engine, const RenderOptions& render_options,
              const BatchOptions& options, const std::vector<Job>& jobs);

// One report line: {"input":…,"output":…,"status":"ok"|"failed"|"skipped","pages":N,
// "ms":…,"diagnostics":[{"severity":…,"code":…,"message":…,"file":…,"line":…,"column":…}]}
// ("output" is null when no PDF was written: failed, validated).
std::string report_line(const Job& job, const JobOutcome& outcome, double ms);

}  // namespace gongwen::cli
