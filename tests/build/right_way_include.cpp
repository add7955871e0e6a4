// The control for wrong_way_include.cpp: the same stage reaching back to the model (which
// comes before it) must build, so a failure of the probe means the direction, not the setup.
#include "model/document.hpp"

int gongwen_right_way_probe() { return 0; }
