#include "cli/batch.hpp"

#include "cli/cli_language.hpp"

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
#include "cli/signals.hpp"
#include "common/json_text.hpp"

namespace gongwen::cli {

namespace fs = std::filesystem;

using detail::json_string;

namespace {

// A folder's inputs: notice XML, and text or Word files to import (.txt, .docx) unless the
// same folder has the XML of the same name, which is that file already imported (and
// reviewed): both would render to one PDF.
bool is_input(const fs::path& p) {
  if (p.extension() == ".xml") return true;
  std::error_code ec;
  return (p.extension() == ".txt" || p.extension() == ".docx") &&
         !fs::exists(fs::path(p).replace_extension(".xml"), ec);
}

// The library's messages name its API (Limits::max_input_bytes); the CLI adds its flag.
std::string cli_hint(const Diagnostic& d) {
  if (d.code == "GW-E-INPUT-TOO-LARGE") return cli_text(detail::msg("cli", "flag-hint-input"));
  if (d.code == "GW-E-TOO-MANY-PAGES") return cli_text(detail::msg("cli", "flag-hint-pages"));
  return {};
}

// Temporary files a killed earlier run left in the output folders (SIGKILL cannot be
// handled); only our exact pattern, only of dead processes (remove_stale_temps).
void remove_stale_temp_files(const std::vector<Job>& jobs) {
  std::set<std::string> folders;
  for (const Job& j : jobs) {
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

int shard_of(const std::string& relative, int shards) {
  std::uint64_t h = 1469598103934665603ull;  // FNV-1a, stable across machines and runs
  for (unsigned char c : relative) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return static_cast<int>(h % static_cast<std::uint64_t>(shards)) + 1;
}

bool make_jobs(const BatchOptions& o, std::vector<Job>& jobs, std::string& error) {
  std::error_code ec;
  const bool single_file = o.inputs.size() == 1 && !fs::is_directory(o.inputs[0], ec);
  const bool output_is_file = single_file && !o.output.empty() && !fs::is_directory(o.output, ec);
  for (const std::string& in : o.inputs) {
    if (fs::is_directory(in, ec)) {
      std::vector<fs::path> found;
      for (auto it = fs::recursive_directory_iterator(in, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (it->is_regular_file(ec) && is_input(it->path())) found.push_back(it->path());
      }
      if (ec) {
        error = fmt::format("cannot read folder {}: {}", in, ec.message());
        return false;
      }
      std::sort(found.begin(), found.end());
      for (const fs::path& p : found) {
        Job j;
        j.input = p.string();
        j.relative = fs::relative(p, in).string();
        fs::path out = o.output.empty() ? p : fs::path(o.output) / j.relative;
        j.output = out.replace_extension(".pdf").string();
        jobs.push_back(std::move(j));
      }
    } else {
      Job j;
      j.input = in;
      j.relative = fs::path(in).filename().string();
      if (output_is_file) {
        j.output = o.output;
      } else {
        fs::path out = o.output.empty() ? fs::path(in) : fs::path(o.output) / fs::path(in).filename();
        j.output = out.replace_extension(".pdf").string();
      }
      jobs.push_back(std::move(j));
    }
  }
  if (o.shards > 1) {
    std::erase_if(jobs, [&](const Job& j) { return shard_of(j.relative, o.shards) != o.shard; });
  }
  return true;
}

std::string report_line(const Job& job, const RenderResult& r, double ms) {
  return fmt::format(
      "{{\"input\":{},\"output\":{},\"status\":\"{}\",\"pages\":{},\"ms\":{:.3f},"
      "\"diagnostics\":{}}}",
      json_string(job.input), r.ok ? json_string(job.output) : "null", r.ok ? "ok" : "failed",
      r.pages, ms, detail::json_diagnostics(r.diagnostics));
}

int run_batch(const Engine& engine, const RenderOptions& ro, const BatchOptions& o,
              const std::vector<Job>& jobs) {
  std::ofstream report;
  if (!o.report.empty()) {
    report.open(o.report, std::ios::binary | std::ios::trunc);
    if (!report) {
      write_or_stop(stderr, cli_text(detail::msg("cli", "report-unwritable", {{"path", o.report}})) + "\n");
      return 2;
    }
  }
  remove_stale_temp_files(jobs);
  std::mutex mutex;  // guards stderr, stdout and the report
  std::atomic<std::size_t> next{0};
  std::size_t done = 0, failed = 0;
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
      std::error_code ec;
      auto parent = fs::path(job.output).parent_path();
      if (!parent.empty()) fs::create_directories(parent, ec);
      auto start = std::chrono::steady_clock::now();
      RenderResult r = engine.render_file(job.input, job.output, ro);
      double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() -
                                                            start).count();
      std::lock_guard lock(mutex);
      ++done;
      if (!r.ok) ++failed;
      std::string text = o.progress ? "\r\033[K" : "";
      for (const Diagnostic& d : r.diagnostics) text += format_diagnostic(d) + cli_hint(d) + "\n";
      if (!o.progress) {
        if (r.ok) {
          text += cli_text(detail::msg("cli", r.pages == 1 ? "ok-one" : "ok",
                                       {{"input", job.input}, {"output", job.output},
                                        {"pages", r.pages}, {"ms", ms}})) + "\n";
        } else {
          text += cli_text(detail::msg("cli", "failed", {{"input", job.input}})) + "\n";
        }
      }
      write_or_stop(stderr, text);
      if (o.dump_layout && !r.layout_dump.empty()) write_or_stop(stdout, r.layout_dump);
      if (report) report << report_line(job, r, ms) << '\n' << std::flush;
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
  if (jobs.size() > 1 || failed > 0) {
    write_or_stop(stderr, cli_text(detail::msg(
                              "cli", "summary",
                              {{"rendered", done - failed}, {"failed", failed}, {"seconds", secs},
                               {"rate", secs > 0 ? static_cast<double>(done) / secs : 0.0}})) +
                              "\n");
  }
  return failed == 0 ? 0 : 1;
}

}  // namespace gongwen::cli
