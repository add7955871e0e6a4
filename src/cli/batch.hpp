// Batch rendering for the CLI: a job list from files and folders, N worker threads
// sharing one Engine, a JSON Lines report, progress, a summary.
#pragma once

#include <string>
#include <vector>

#include "gongwen/gongwen.hpp"

namespace gongwen::cli {

struct Job {
  std::string input;
  std::string output;
  std::string relative;  // path used for sharding and in the report
};

struct BatchOptions {
  std::vector<std::string> inputs;
  std::string output;       // a file (one input) or a folder
  int threads = 1;
  int shard = 1, shards = 1;
  std::string report;       // JSON Lines file, or empty
  bool dump_layout = false;
  bool progress = false;    // a progress bar (stderr is a terminal)
};

// Builds the job list. Folders are walked recursively for *.xml, *.txt and *.docx (a .txt
// or .docx beside the .xml of its name is left out: that XML is its import), sorted, with relative
// paths kept under the output folder. Returns false with `error` set on bad usage.
bool make_jobs(const BatchOptions& options, std::vector<Job>& jobs, std::string& error);

// Which of `shards` deterministic slices a job falls in (1-based): a hash of its relative
// path, so every machine given the same tree agrees without coordination.
int shard_of(const std::string& relative, int shards);

// Renders every job; returns the process exit status (0 all ok, 1 any failed).
int run_batch(const Engine& engine, const RenderOptions& render_options,
              const BatchOptions& options, const std::vector<Job>& jobs);

// One report line: {"input":…,"output":…,"status":"ok"|"failed","pages":N,"ms":…,
// "diagnostics":[{"severity":…,"code":…,"message":…,"file":…,"line":…,"column":…}]}
std::string report_line(const Job& job, const RenderResult& result, double ms);

}  // namespace gongwen::cli
