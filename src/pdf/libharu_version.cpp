#include "pdf/libharu_version.hpp"

#include <hpdf.h>

namespace gongwen::detail {

std::string libharu_version() {
  const char* v = HPDF_GetVersion();
  return v ? v : "unknown";
}

}  // namespace gongwen::detail
