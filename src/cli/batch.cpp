#include "cli/batch.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <set>
#include <thread>

#include "api/temp_files.hpp"
#include "cli/cli_text.hpp"
#include "cli/signals.hpp"
#include "common/json_text.hpp"

namespace gongwen::cli {

namespace fs = std::filesystem;

using detail::json_string;

namespace {

// The library's messages name its API (Limits::max_input_bytes); the CLI adds its flag.
std::string cli_hint(const Diagnostic& d) {
  if (d.code == "GW-E-INPUT-TOO-LARGE") return " (gongwen render: --max-input-bytes N)";
  if (d.code == "GW-E-TOO-MANY-PAGES") return " (gongwen render: --max-pages N)";
  return {};
}

// Temporary files a killed earlier run left in the output folders (SIGKILL cannot be
// handled); only our exact pattern, only of dead processes (remove_stale_temps).
void remove_stale_temp_files(const std::vector<Job>& jobs) {
  std::set<std::string> folders;
  for (const Job& j : jobs) {
    if (j.output.empty() || j.to_stdout()) continue;  // validating, or standard output
    std::string dir = fs::path(j.output).parent_path().string();
    folders.insert(dir.empty() ? "." : dir);
  }
  for (const std::string& dir : folders) {
    if (std::size_t n = detail::remove_stale_temps(dir); n > 0) {
      write_or_stop(stderr, fmt::format("removed {} stale temporary file{} in {}\n", n,
                                        n == 1 ? "" : "s", dir));
    }
  }
}

}  // namespace

std::string report_line(const Job& job, const JobOutcome& outcome, double ms) {
  const RenderResult& r = outcome.result;
  const char* status = outcome.status == JobStatus::skipped ? "skipped"
                       : r.ok                               ? "ok"
                                                            : "failed";
  const bool wrote = r.ok && !job.output.empty();
  return fmt::format(
      "{{\"input\":{},\"output\":{},\"status\":\"{}\",\"pages\":{},\"ms\":{:.3f},"
      "\"diagnostics\":{}}}",
      json_string(job.display_input()), wrote ? json_string(job.output) : "null", status,
      r.pages, ms, detail::json_diagnostics(r.diagnostics));
}

namespace {

// What one finished job prints on stderr: its diagnostics (--no-warn codes already left
// out; with --quiet only errors) and a status line (not with a progress bar or --quiet).
std::string job_messages(const BatchOptions& o, const Job& job, const JobOutcome& out, double ms) {
  const RenderResult& r = out.result;
  std::string text = o.progress ? "\r\033[K" : "";
  for (const Diagnostic& d : r.diagnostics) {
    if (o.quiet && d.severity != Severity::error) continue;
    text += format_diagnostic(d) + cli_hint(d) + "\n";
  }
  const std::string plural = r.pages == 1 ? "" : "s";
  if (out.status == JobStatus::failed) {
    text += say(Text::line_failed, job.display_input()) + "\n";
  } else if (o.progress || o.quiet) {
  } else if (out.status == JobStatus::skipped) {
    text += say(Text::line_skipped, job.display_input(), job.output) + "\n";
  } else if (o.job.validate) {
    text += say(Text::line_valid, job.display_input(), r.pages, ms, plural) + "\n";
  } else {
    text += say(Text::line_ok, job.display_input(), job.to_stdout() ? "<stdout>" : job.output,
                r.pages, ms, plural) + "\n";
  }
  return text;
}

// Where the JSON Lines go: a file, or standard output for "--report -".
class ReportSink {
 public:
  bool open(const std::string& path) {
    to_stdout_ = path == "-";
    if (path.empty() || to_stdout_) return true;
    file_.open(path, std::ios::binary | std::ios::trunc);
    return static_cast<bool>(file_);
  }
  void write(const std::string& line) {
    if (to_stdout_) {
      write_or_stop(stdout, line + "\n");
    } else if (file_) {
      file_ << line << '\n' << std::flush;
    }
  }

 private:
  bool to_stdout_ = false;
  std::ofstream file_;
};

}  // namespace

int run_batch(const Engine& engine, const RenderOptions& ro, const BatchOptions& o,
              const std::vector<Job>& jobs) {
  ReportSink report;
  if (!report.open(o.report)) {
    write_or_stop(stderr, say(Text::report_unwritable, o.report) + "\n");
    return 2;
  }
  remove_stale_temp_files(jobs);
  std::mutex mutex;  // guards stderr, stdout and the report
  std::atomic<std::size_t> next{0};
  std::size_t done = 0, failed = 0, skipped = 0;
  const auto t0 = std::chrono::steady_clock::now();

  auto draw_progress = [&] {
    const std::size_t width = 30;
    std::size_t filled = jobs.empty() ? width : done * width / jobs.size();
    write_or_stop(stderr, fmt::format("\r[{}{}] {}/{}  failed {}", std::string(filled, '#'),
                                      std::string(width - filled, '.'), done, jobs.size(),
                                      failed));
  };

  auto worker = [&] {
    for (std::size_t i = next++; i < jobs.size(); i = next++) {
      const Job& job = jobs[i];
      auto start = std::chrono::steady_clock::now();
      JobOutcome out = run_job(engine, ro, o.job, job);
      double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() -
                                                            start).count();
      std::erase_if(out.result.diagnostics,
                    [&](const Diagnostic& d) { return o.no_warn.count(d.code) > 0; });
      std::lock_guard lock(mutex);
      ++done;
      if (out.status == JobStatus::failed) ++failed;
      if (out.status == JobStatus::skipped) ++skipped;
      write_or_stop(stderr, job_messages(o, job, out, ms));
      const RenderResult& r = out.result;
      if (o.dump_layout && !r.layout_dump.empty()) write_or_stop(stdout, r.layout_dump);
      report.write(report_line(job, out, ms));
      if (o.progress) draw_progress();
    }
  };
  int n = std::max(1, std::min<int>(o.threads, static_cast<int>(std::max<std::size_t>(1, jobs.size()))));
  std::vector<std::thread> threads;
  for (int t = 1; t < n; ++t) threads.emplace_back(worker);
  worker();
  for (auto& t : threads) t.join();
  double secs =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  if (o.progress) write_or_stop(stderr, "\n");
  if (jobs.size() > 1 || failed > 0 || skipped > 0) {
    const std::size_t made = done - failed - skipped;
    const double rate = secs > 0 ? static_cast<double>(done - skipped) / secs : 0.0;
    std::string summary = say(o.job.validate ? Text::summary_validate : Text::summary_render,
                              made, failed, secs, rate);
    if (o.job.skip_up_to_date) summary += say(Text::summary_skipped, skipped);
    write_or_stop(stderr, summary + "\n");
  }
  return failed == 0 ? 0 : 1;
}

}  // namespace gongwen::cli
