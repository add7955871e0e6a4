#include "cli/dump_command.hpp"

#include <cstdio>

#include "api/stage_dump.hpp"
#include "cli/signals.hpp"

namespace gongwen::cli {

CLI::App* add_dump_command(CLI::App& app, DumpArgs& a) {
  CLI::App* cmd = app.add_subcommand(
      "dump",
      "Print one stage's output as text: model, runs (shaped glyphs), lines (broken "
      "lines), pages (placed lines and rules)");
  cmd->add_option("stage", a.stage, "model | runs | lines | pages")
      ->required()
      ->check(CLI::IsMember({"model", "runs", "lines", "pages"}));
  cmd->add_option("input", a.input, "Notice XML file")->required();
  add_pipeline_options(*cmd, a.pipeline);
  return cmd;
}

int run_dump(const DumpArgs& a) {
  detail::DumpStage stage{};
  if (!detail::dump_stage_from_name(a.stage, stage)) return 2;  // CLI11 checked it already
  RenderOptions ro;
  EngineOptions eo;
  if (!to_options(a.pipeline, ro, eo)) return 2;
  const detail::StageDump d = detail::dump_stage(stage, a.input, eo, ro);
  for (const Diagnostic& diag : d.diagnostics) {
    write_or_stop(stderr, format_diagnostic(diag) + "\n");
  }
  if (!d.ok) return 1;
  write_or_stop(stdout, d.text);
  return 0;
}

}  // namespace gongwen::cli
