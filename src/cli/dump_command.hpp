// `gongwen dump model|runs|lines|pages NOTICE.xml [--style … --font …]`: prints one
// stage's output as stable text to stdout (see src/api/stage_dump.hpp); diagnostics go to
// stderr. Exit 0 when the dump was printed, 1 when the notice failed, 2 on bad usage.
#pragma once

#include <CLI/CLI.hpp>

#include <string>

#include "cli/pipeline_args.hpp"

namespace gongwen::cli {

struct DumpArgs {
  std::string stage;
  std::string input;
  PipelineArgs pipeline;
};

CLI::App* add_dump_command(CLI::App& app, DumpArgs& args);
int run_dump(const DumpArgs& args);

}  // namespace gongwen::cli
