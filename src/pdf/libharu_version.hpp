// libharu's run-time version (HPDF_GetVersion), for gongwen --version.
#pragma once

#include <string>

namespace gongwen::detail {

std::string libharu_version();

}  // namespace gongwen::detail
