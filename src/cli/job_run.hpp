// One job of a batch: render (to a file or standard output) or validate, from a file or
// standard input, or skip it when its PDF is up to date (--skip-up-to-date).
#pragma once

#include <string>
#include <vector>

#include "cli/job_list.hpp"
#include "gongwen/gongwen.hpp"

namespace gongwen::cli {

enum class JobStatus { ok, failed, skipped };

struct JobOutcome {
  JobStatus status = JobStatus::failed;
  RenderResult result;
};

// What every job of a run shares.
struct JobSettings {
  bool validate = false;         // run every check, write no PDF
  bool skip_up_to_date = false;  // leave a PDF newer than its input and `dependencies`
  std::vector<std::string> dependencies;  // the style file and font files (style_font_files)
};

JobOutcome run_job(const Engine& engine, const RenderOptions& options,
                   const JobSettings& settings, const Job& job);

// True when `output` exists and is newer than `input` and every file of `dependencies`
// (one that cannot be read counts as newer: the PDF is made again).
bool is_up_to_date(const std::string& input, const std::string& output,
                   const std::vector<std::string>& dependencies);

}  // namespace gongwen::cli
