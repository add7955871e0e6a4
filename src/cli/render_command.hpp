// gongwen render and gongwen validate: the same inputs, options, diagnostics, exit codes
// and report; validate runs every check of render (Engine::validate) and writes no PDF.
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

#include "cli/batch.hpp"
#include "cli/pipeline_args.hpp"

namespace gongwen::cli {

struct RenderArgs {
  BatchOptions batch;
  PipelineArgs pipeline;
  std::string shard;
  std::vector<std::string> no_warn;
};

CLI::App* add_render_command(CLI::App& app, RenderArgs& a);
CLI::App* add_validate_command(CLI::App& app, RenderArgs& a);

// Runs either command (a.batch.job.validate tells which); returns the exit status.
int run_render(RenderArgs& a);

}  // namespace gongwen::cli
