// Compiled as part of the parse stage by tests/build/stage_direction_test.sh, which expects
// it NOT to build: parse comes before layout, so layout's headers must be out of its reach.
#include "layout/layout.hpp"

int gongwen_wrong_way_probe() { return 0; }
