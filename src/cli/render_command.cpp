#include "cli/render_command.hpp"

#include <algorithm>

#include <unistd.h>

#include <cstdio>

#include "api/style_font_files.hpp"
#include "cli/cli_text.hpp"
#include "cli/signals.hpp"

namespace gongwen::cli {

namespace {

bool parse_shard(const std::string& s, int& k, int& n) {
  auto slash = s.find('/');
  if (slash == std::string::npos) return false;
  try {
    k = std::stoi(s.substr(0, slash));
    n = std::stoi(s.substr(slash + 1));
  } catch (...) {
    return false;
  }
  return n >= 1 && k >= 1 && k <= n;
}

// The options render and validate share.
void add_batch_options(CLI::App& cmd, RenderArgs& a) {
  cmd.add_option("inputs", a.batch.inputs,
                 "Notice XML, .docx or .txt files, folders (searched for *.xml, *.docx, *.txt), "
                 "or - for notice XML on standard input")
      ->required();
  cmd.add_option("-j,--jobs", a.batch.threads, "Worker threads sharing one engine")
      ->check(CLI::Range(1, 256));
  cmd.add_option("--shard", a.shard,
                 "K/N: only the K-th of N slices of the inputs (by a hash of each path below "
                 "the inputs' common folder)");
  cmd.add_option("--report", a.batch.report,
                 "Write one JSON line per input to this file (- for standard output)");
  cmd.add_flag("-q,--quiet", a.batch.quiet,
               "Print only errors (and the FAILED lines) and the summary: no warnings, notes, "
               "ok lines or progress bar");
  cmd.add_option("--no-warn", a.no_warn,
                 "Leave this warning or note code (GW-W-…, GW-N-…) out of the output and the "
                 "report; repeatable")
      ->allow_extra_args(false);  // one code per --no-warn: what follows is an input again
  add_pipeline_options(cmd, a.pipeline);
}

bool usage_error(const std::string& message) {
  write_or_stop(stderr, message + "\n");
  return false;
}

// Standard output carries one thing: a PDF, the report, or the layout dump. A PDF is
// never written to a terminal.
bool check_stdout_users(const RenderArgs& a, const std::vector<Job>& jobs) {
  bool pdf = false;
  for (const Job& j : jobs) pdf = pdf || j.to_stdout();
  const bool report = a.batch.report == "-";
  if (pdf && report) return usage_error(say(Text::stdout_conflict, "--report -"));
  if ((pdf || report) && a.batch.dump_layout) {
    return usage_error(say(Text::stdout_conflict, "--dump-layout"));
  }
  if (pdf && isatty(STDOUT_FILENO) != 0) return usage_error(say(Text::stdout_terminal));
  return true;
}

bool check_no_warn(const std::vector<std::string>& codes) {
  for (const std::string& c : codes) {
    if (c.rfind("GW-W-", 0) != 0 && c.rfind("GW-N-", 0) != 0) {
      return usage_error(say(Text::no_warn_not_warning, c));
    }
  }
  return true;
}

}  // namespace

CLI::App* add_render_command(CLI::App& app, RenderArgs& a) {
  CLI::App* cmd = app.add_subcommand("render", "Render notice XML files (or folders of them) to PDF");
  add_batch_options(*cmd, a);
  cmd->add_option("-o,--output", a.batch.output,
                  "Output PDF for one input; an output folder (a name ending in /, an existing "
                  "folder, or several inputs: paths below the inputs' common folder kept); - "
                  "for standard output; default: beside each input");
  cmd->add_flag("--skip-up-to-date", a.batch.job.skip_up_to_date,
                "Do not render an input whose PDF is newer than it, the style file and the "
                "font files");
  cmd->add_flag("--dump-layout", a.batch.dump_layout,
                "Print every laid-out line and rule (page, position, font) to stdout");
  return cmd;
}

CLI::App* add_validate_command(CLI::App& app, RenderArgs& a) {
  CLI::App* cmd = app.add_subcommand(
      "validate",
      "Check notices as render does (contract, dates, seals, fonts and glyphs, layout "
      "limits) without writing a PDF");
  add_batch_options(*cmd, a);
  return cmd;
}

int run_render(RenderArgs& a) {
  BatchOptions& b = a.batch;
  if (!a.shard.empty() && !parse_shard(a.shard, b.shard, b.shards)) {
    usage_error(say(Text::shard_usage, a.shard));
    return 2;
  }
  if (!check_no_warn(a.no_warn)) return 2;
  b.no_warn.insert(a.no_warn.begin(), a.no_warn.end());
  gongwen::EngineOptions eo;
  gongwen::RenderOptions ro;
  if (!to_options(a.pipeline, ro, eo)) return 2;
  std::vector<Job> jobs;
  std::string error;
  const JobRequest request{b.inputs, b.output, b.shard, b.shards, b.job.validate};
  if (!make_jobs(request, jobs, error)) {
    usage_error(error);
    return 2;
  }
  if (!check_stdout_users(a, jobs)) return 2;
  if (b.job.skip_up_to_date) {
    std::vector<Diagnostic> problems;  // a style that cannot load was refused by to_options
    detail::style_font_files(ro, eo, b.job.dependencies, problems);
  }
  ro.dump_layout = b.dump_layout;
  // Preprocessed faces stay off, also for batches: measured (gongwen_bench, 300 distinct
  // notices, -j 2) they took the process to 208 MB for no gain in rate, and issue 13 bounds
  // a batch at 80 MB. A batch of distinct notices reuses mostly the 版头 and title programs,
  // so a small program cache holds what repeats (8 MiB instead of the library's 32 MiB).
  eo.fast_subsetting = false;
  if (jobs.size() > 1) eo.font_program_cache_bytes = std::min<std::size_t>(eo.font_program_cache_bytes, 8u << 20);
  gongwen::Engine engine(eo);
  // A progress bar only when a person watches a batch; plain lines for logs and scripts.
  b.progress = isatty(STDERR_FILENO) != 0 && jobs.size() > 1 && !b.quiet;
  return run_batch(engine, ro, b, jobs);
}

}  // namespace gongwen::cli
