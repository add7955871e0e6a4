// Where an installed copy keeps its data (fonts, the title word table): share/gongwen of
// the installation this code was loaded from, so an installed copy finds its files
// wherever the prefix was moved. Only relative paths are compiled in (issue 14 point 7).
#pragma once

#include <string>
#include <vector>

namespace gongwen::detail {

// share/gongwen for the shared library's own path (dladdr; by the relative path from the
// library folder, then from the program folder, for a library linked into a program) and
// for the running program's path, then <build>/share/gongwen beside the library and the
// program of an uninstalled build, in that order; an entry is empty when unknown.
std::vector<std::string> installed_data_dirs();

}  // namespace gongwen::detail
