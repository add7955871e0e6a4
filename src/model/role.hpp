// Font roles: the five typefaces GB/T 9704 names (小标宋 title, 仿宋 body, 黑体 and 楷体
// headings, 宋体 fallback). A contract type: the style maps roles to fonts, the text stage
// shapes by role, layout picks roles per element.
#pragma once

#include <string_view>

namespace gongwen::detail {

enum class Role { xiaobiaosong, fangsong, heiti, kaiti, songti };
inline constexpr int kRoleCount = 5;
const char* role_name(Role r);
bool role_from_name(std::string_view name, Role& out);

}  // namespace gongwen::detail
