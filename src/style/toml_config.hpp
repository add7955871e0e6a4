// toml++ is compiled in header-only with exceptions off (errors are data here); Debian's
// shared build has exceptions on, so linking it would not match these declarations.
// Every style source includes toml++ through this header so the settings never differ.
#pragma once

#undef TOML_HEADER_ONLY
#undef TOML_SHARED_LIB
#define TOML_HEADER_ONLY 1
#define TOML_EXCEPTIONS 0
#include <toml++/toml.h>
