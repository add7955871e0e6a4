#include "api/style_font_files.hpp"

#include <set>

#include "api/font_dir.hpp"
#include "common/diagnostics.hpp"
#include "style/style.hpp"
#include "text/font_provider.hpp"

namespace gongwen::detail {

bool style_font_files(const RenderOptions& render, const EngineOptions& engine,
                      std::vector<std::string>& files, std::vector<Diagnostic>& diagnostics) {
  Diagnostics diags(nullptr);
  Style style;
  if (!load_style(render.style_path, render.fonts, style, diags)) {
    diagnostics = diags.take();
    return false;
  }
  const std::string font_dir = find_font_dir(engine.font_dir);
  FontCache cache;
  std::set<std::string> seen;
  if (!render.style_path.empty()) seen.insert(render.style_path);
  for (const auto& chain : style.fonts) {
    for (const std::string& entry : chain) {
      std::string path, error;
      unsigned index = 0;
      if (locate_font_entry(entry, font_dir, cache, path, index, error) && !path.empty()) {
        seen.insert(path);
      }
    }
  }
  files.assign(seen.begin(), seen.end());
  diagnostics = diags.take();
  return true;
}

}  // namespace gongwen::detail
