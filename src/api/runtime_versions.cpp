// gongwen::runtime_versions: what the stages report about the libraries they run with.
#include "gongwen/engine.hpp"
#include "pdf/libharu_version.hpp"
#include "text/library_versions.hpp"

namespace gongwen {

std::vector<ComponentVersion> runtime_versions() {
  // Nothing here throws but allocation; the API never lets an exception out.
  try {
    return {{"HarfBuzz", detail::harfbuzz_version()},
            {"ICU", detail::icu_version()},
            {"libharu", detail::libharu_version()},
            {"FreeType", detail::freetype_version()}};
  } catch (...) {
    return {};
  }
}

}  // namespace gongwen
