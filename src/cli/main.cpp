// gongwen: the command line, a thin layer over the library (gongwen::Engine).
#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <unistd.h>

#include <cstdio>
#include <string>
#include <vector>

#include "cli/batch.hpp"
#include "cli/cli_language.hpp"
#include "cli/dump_command.hpp"
#include "cli/pipeline_args.hpp"
#include "cli/signals.hpp"
#include "cli/import_command.hpp"
#include "gongwen/gongwen.hpp"

namespace {

struct Args {
  gongwen::cli::BatchOptions batch;
  gongwen::cli::PipelineArgs pipeline;
  std::string shard;
};

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

int render(Args& a) {
  if (!a.shard.empty() && !parse_shard(a.shard, a.batch.shard, a.batch.shards)) {
    gongwen::cli::write_or_stop(
        stderr, gongwen::cli::cli_text(gongwen::detail::msg("cli", "bad-shard", {{"value", a.shard}})) +
                    "\n");
    return 2;
  }
  std::vector<gongwen::cli::Job> jobs;
  std::string error;
  if (!gongwen::cli::make_jobs(a.batch, jobs, error)) {
    // make_jobs says what is wrong with the paths in English (src/cli/batch.cpp).
    gongwen::cli::write_or_stop(
        stderr, gongwen::cli::cli_text(gongwen::detail::msg("cli", "usage-error", {{"what", error}})) +
                    "\n");
    return 2;
  }
  gongwen::EngineOptions eo;
  gongwen::RenderOptions ro;
  if (!gongwen::cli::to_options(a.pipeline, ro, eo)) return 2;
  ro.dump_layout = a.batch.dump_layout;
  // A large batch wins back the one-off cost of preparing fonts for fast subsetting.
  eo.fast_subsetting = jobs.size() >= 20;
  gongwen::Engine engine(eo);
  // A progress bar only when a person watches a batch; plain lines for logs and scripts.
  a.batch.progress = isatty(STDERR_FILENO) != 0;
  if (jobs.size() <= 1) a.batch.progress = false;
  return gongwen::cli::run_batch(engine, ro, a.batch, jobs);
}

}  // namespace

int main(int argc, char** argv) {
  gongwen::cli::watch_signals();  // before any thread: they inherit the blocked signals
  CLI::App app{"gongwen: typesets Chinese official documents (公文) to PDF per GB/T 9704-2012"};
  app.set_version_flag("--version", std::string(gongwen::version()));
  app.require_subcommand(1);

  Args a;
  CLI::App* cmd = app.add_subcommand("render", "Render notice XML files (or folders of them) to PDF");
  cmd->add_option("inputs", a.batch.inputs, "Notice XML, .docx or .txt files, or folders (searched for *.xml, *.docx, *.txt)")
      ->required();
  cmd->add_option("-o,--output", a.batch.output,
                  "Output PDF for one input, else an output folder (relative paths kept); "
                  "default: beside each input");
  cmd->add_option("-j,--jobs", a.batch.threads, "Worker threads sharing one engine")
      ->check(CLI::Range(1, 256));
  cmd->add_option("--shard", a.shard,
                  "K/N: render only the K-th of N deterministic slices of the inputs");
  cmd->add_option("--report", a.batch.report, "Write one JSON line per input to this file");
  gongwen::cli::add_pipeline_options(*cmd, a.pipeline);
  cmd->add_flag("--dump-layout", a.batch.dump_layout,
                "Print every laid-out line and rule (page, position, font) to stdout");

  gongwen::cli::DumpArgs dump_args;
  CLI::App* dump = gongwen::cli::add_dump_command(app, dump_args);

  gongwen::cli::ImportArgs import_args;
  CLI::App* import_cmd = gongwen::cli::add_import_command(app, import_args);

  std::string lang;
  for (CLI::App* sub : {cmd, dump, import_cmd}) gongwen::cli::add_language_option(*sub, lang);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? 0 : 2;  // help/version: 0; bad usage: 2
  }
  if (!gongwen::cli::choose_language(lang)) return 2;
  import_args.options.language = gongwen::cli::cli_language();
  if (cmd->parsed()) return render(a);
  if (dump->parsed()) return gongwen::cli::run_dump(dump_args);
  if (import_cmd->parsed()) return gongwen::cli::run_import(import_args);
  return 2;
}
