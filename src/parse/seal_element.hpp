// One <seal src="…"/> of a <signature>: the image it names is read and decoded here, at
// parse time (src/parse/seal_file.hpp), so a missing or broken seal is reported with its
// line:column and later stages only see pixels.
#pragma once

#include "parse/element_reader.hpp"

namespace gongwen::detail {

// Appends the seal to `sig`, or reports GW-E-MISSING-ATTRIBUTE / GW-E-SEAL-UNREADABLE.
void read_seal(ElementReader& r, pugi::xml_node c, Signature& sig);

}  // namespace gongwen::detail
