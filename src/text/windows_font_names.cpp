#include "text/windows_font_names.hpp"

#include <string_view>

namespace gongwen::detail {

namespace {

// The names 公文 templates use (GB/T 9704 §5.1 names the faces; Windows ships them as these).
constexpr std::string_view kWindowsNames[] = {
    "仿宋_GB2312", "方正小标宋简体", "方正仿宋_GBK", "楷体_GB2312", "黑体",   "宋体",
    "仿宋",        "楷体",           "FangSong",     "SimSun",      "SimHei", "KaiTi",
    "FangSong_GB2312", "KaiTi_GB2312", "方正小标宋_GBK", "方正黑体_GBK", "方正楷体_GBK"};

}  // namespace

bool windows_font_name(const std::string& entry, std::string& family) {
  std::string_view name = entry;
  if (name.substr(0, 3) == "fc:") name.remove_prefix(3);
  for (std::string_view w : kWindowsNames) {
    if (name == w) {
      family = std::string(name);
      return true;
    }
  }
  return false;
}

}  // namespace gongwen::detail
