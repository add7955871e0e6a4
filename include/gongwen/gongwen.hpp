// Umbrella header of the C++ API.
#pragma once

#include "gongwen/diagnostic.hpp"
#include "gongwen/engine.hpp"
#include "gongwen/import.hpp"
