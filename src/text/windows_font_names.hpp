// Font names users copy from Windows and Word templates into styles (issue 12 §5).
#pragma once

#include <string>

namespace gongwen::detail {

// True when `entry` ("仿宋_GB2312" or "fc:仿宋_GB2312") names a Windows font; `family`
// is then the name to ask fontconfig for.
bool windows_font_name(const std::string& entry, std::string& family);

}  // namespace gongwen::detail
