#include "api/stage_dump.hpp"

#include <array>
#include <filesystem>
#include <utility>

#include "api/atomic_file.hpp"
#include "api/font_dir.hpp"
#include "api/pipeline.hpp"
#include "layout/pages_dump.hpp"
#include "model/model_dump.hpp"
#include "prepare/prepared_dump.hpp"

namespace gongwen::detail {

bool dump_stage_from_name(std::string_view name, DumpStage& out) {
  static constexpr std::array<std::pair<std::string_view, DumpStage>, 4> kNames = {{
      {"model", DumpStage::model},
      {"runs", DumpStage::runs},
      {"lines", DumpStage::lines},
      {"pages", DumpStage::pages},
  }};
  for (const auto& [n, stage] : kNames) {
    if (n == name) {
      out = stage;
      return true;
    }
  }
  return false;
}

StageDump dump_stage(DumpStage stage, const std::string& input_path, const EngineOptions& engine,
                     const RenderOptions& options) {
  StageDump result;
  const Limits& limits = options.limits ? *options.limits : engine.limits;
  std::string xml;
  FileProblem problem;
  if (!read_file_limited(input_path, limits.max_input_bytes, xml, problem)) {
    result.diagnostics.push_back(make_diagnostic(Severity::error, problem.message,
                                                 options.language, {input_path, 0, 0, ""}));
    return result;
  }
  RenderOptions ro = options;
  if (ro.base_dir.empty()) {
    ro.base_dir = std::filesystem::path(input_path).parent_path().string();
    if (ro.base_dir.empty()) ro.base_dir = ".";
  }
  SourceMap map(input_path, xml);
  Diagnostics diags(&map, options.language);
  run_guarded(diags, input_path, [&] {
    const std::string font_dir = find_font_dir(engine.font_dir);
    FontCache fonts;
    PipelineSetup setup{ro, limits, font_dir, fonts};
    setup.record_prepared = stage == DumpStage::runs || stage == DumpStage::lines;
    PipelineRun run;
    const StopAfter stop = stage == DumpStage::model ? StopAfter::parse : StopAfter::layout;
    if (!run_pipeline(xml, setup, stop, run, diags)) return;
    switch (stage) {
      case DumpStage::model:
        result.text = dump_model(run.doc, map);
        break;
      case DumpStage::runs:
        result.text = dump_runs(run.layout.prepared);
        break;
      case DumpStage::lines:
        result.text = dump_lines(run.layout.prepared);
        break;
      case DumpStage::pages:
        result.text = dump_pages(run.layout);
        break;
    }
  });
  result.diagnostics = diags.take();
  result.ok = !has_errors(result.diagnostics);
  if (!result.ok) result.text.clear();
  return result;
}

}  // namespace gongwen::detail
