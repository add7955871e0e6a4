#include "model/role.hpp"

#include <array>

namespace gongwen::detail {

namespace {
// The names style files, --font and dumps use; in enum order.
constexpr std::array<const char*, kRoleCount> kRoleNames = {"xiaobiaosong", "fangsong", "heiti",
                                                            "kaiti", "songti"};
}  // namespace

const char* role_name(Role r) { return kRoleNames[static_cast<int>(r)]; }

bool role_from_name(std::string_view name, Role& out) {
  for (int r = 0; r < kRoleCount; ++r) {
    if (name == kRoleNames[r]) {
      out = static_cast<Role>(r);
      return true;
    }
  }
  return false;
}

}  // namespace gongwen::detail
