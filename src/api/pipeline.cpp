#include "api/pipeline.hpp"

#include <fmt/format.h>

#include <new>

#include "api/shaping_diagnostics.hpp"
#include "parse/parse_notice.hpp"
#include "text/han_variant.hpp"

namespace gongwen::detail {

bool run_pipeline(std::string_view xml, const PipelineSetup& setup, StopAfter stop,
                  PipelineRun& run, Diagnostics& diags) {
  const Limits& limits = setup.limits;
  const RenderOptions& ro = setup.render;
  if (xml.size() > limits.max_input_bytes) {
    diags.error_at(msg("GW-E-INPUT-TOO-LARGE", "render",
                       {{"bytes", xml.size()}, {"limit", limits.max_input_bytes}}),
                   diags.locate(0));
    return false;
  }
  ParseOptions po;
  po.fullwidth_punctuation = ro.fullwidth_punctuation;
  po.seals.base_dir = ro.base_dir;
  po.seals.seal_dirs = ro.seal_dirs;
  po.seals.bytes = &ro.seal_bytes;
  po.seals.limits.max_file_bytes = ro.seal_limits.max_file_bytes;
  po.seals.limits.max_side_px = ro.seal_limits.max_side_px;
  po.seals.limits.max_pixels = ro.seal_limits.max_pixels;
  po.max_input_bytes = limits.max_input_bytes;
  po.max_depth = limits.max_depth;
  if (!parse_notice(xml, po, run.doc, diags)) return false;
  if (stop == StopAfter::parse) return true;

  if (!load_style(ro.style_path, ro.fonts, run.style, diags)) return false;
  // The document's characters choose a font collection's face (SC or TC), once.
  if (!run.fonts.load(run.style, setup.font_dir, setup.fonts, diags, han_variant_of(xml))) {
    return false;
  }

  LayoutOptions lo;
  lo.max_pages = limits.max_pages;
  lo.record_prepared = setup.record_prepared;
  if (!layout_document(run.doc, run.style, run.fonts, lo, run.layout, diags)) return false;
  report_shaping(run.layout.shaping, diags);
  return true;
}

void run_guarded(Diagnostics& diags, const std::string& name, const std::function<void()>& work) {
  try {
    work();
  } catch (const std::bad_alloc&) {
    diags.error_at(msg("GW-E-OUT-OF-MEMORY", "render"), {name, 0, 0, ""});
  } catch (const std::exception& e) {
    diags.error_at(msg("GW-E-INTERNAL", "render", {{"what", e.what()}}), {name, 0, 0, ""});
  } catch (...) {
    diags.error_at(msg("GW-E-INTERNAL", "render-unknown"), {name, 0, 0, ""});
  }
}

}  // namespace gongwen::detail
