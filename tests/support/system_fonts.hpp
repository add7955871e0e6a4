// Fonts of the Debian packages scripts/setup.sh installs, which tests open directly. They
// are part of set-up, so a test that needs one fails (never skips) when it is absent.
#pragma once

namespace gongwen::test {

// AR PL UMing, a TrueType collection (fonts-arphic-uming): the fallback with 喆.
inline constexpr char kUming[] = "/usr/share/fonts/truetype/arphic/uming.ttc";
inline constexpr char kSetupHint[] = " is missing: run scripts/setup.sh";

}  // namespace gongwen::test
