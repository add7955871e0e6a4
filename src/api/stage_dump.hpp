// `gongwen dump model|runs|lines|pages NOTICE.xml`: runs the pipeline as far as the stage
// and prints that stage's output with the printer of the stage that owns it
// (model/model_dump, prepare/prepared_dump, layout/pages_dump).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "gongwen/diagnostic.hpp"
#include "gongwen/engine.hpp"

namespace gongwen::detail {

enum class DumpStage { model, runs, lines, pages };

// "model", "runs", "lines", "pages".
bool dump_stage_from_name(std::string_view name, DumpStage& out);

struct StageDump {
  bool ok = false;
  std::string text;  // the dump; empty unless ok
  std::vector<Diagnostic> diagnostics;
};

// Reads `input_path` (seal paths resolve against its folder unless options.base_dir is
// set) and dumps `stage`, under options.limits or else engine.limits. Never throws.
StageDump dump_stage(DumpStage stage, const std::string& input_path, const EngineOptions& engine,
                     const RenderOptions& options);

}  // namespace gongwen::detail
