// The files a render reads besides its input: the style file and every font file its
// roles' chains name (primary and fallbacks, fontconfig names resolved). For the CLI's
// --skip-up-to-date: a PDF older than any of them is out of date.
#pragma once

#include <string>
#include <vector>

#include "gongwen/engine.hpp"

namespace gongwen::detail {

// False with `diagnostics` when the style cannot be loaded (the render would fail too).
// Entries fontconfig cannot find are left out: the render does not read them either.
bool style_font_files(const RenderOptions& render, const EngineOptions& engine,
                      std::vector<std::string>& files, std::vector<Diagnostic>& diagnostics);

}  // namespace gongwen::detail
