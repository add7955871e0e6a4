// The pipeline's front half, parse → style → fonts → layout, shared by Engine::render and
// `gongwen dump` so both see the same document, style and lines.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "common/diagnostics.hpp"
#include "gongwen/engine.hpp"
#include "layout/layout.hpp"
#include "model/document.hpp"
#include "style/style.hpp"
#include "text/font_provider.hpp"

namespace gongwen::detail {

// Everything a run produced; not movable once fonts are loaded (RoleFonts points at style).
struct PipelineRun {
  Document doc;
  Style style;
  RoleFonts fonts;
  LayoutResult layout;
};

enum class StopAfter { parse, layout };

struct PipelineSetup {
  const RenderOptions& render;
  const Limits& limits;
  const std::string& font_dir;
  FontCache& fonts;
  bool record_prepared = false;  // keep every prepared paragraph (dump runs|lines)
};

// Runs the stages up to `stop` (layout includes the shaping diagnostics). Returns false,
// with diagnostics, when a stage failed.
bool run_pipeline(std::string_view xml, const PipelineSetup& setup, StopAfter stop,
                  PipelineRun& run, Diagnostics& diags);

// Calls `work`, turning any exception into a GW-E-OUT-OF-MEMORY / GW-E-INTERNAL diagnostic
// at `name`: nothing escapes the library's API.
void run_guarded(Diagnostics& diags, const std::string& name, const std::function<void()>& work);

}  // namespace gongwen::detail
