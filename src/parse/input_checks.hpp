// Checks on the raw bytes before any XML parsing: the contract's encoding (UTF-8 only) and
// its ban on DOCTYPE (so no entity is ever declared, let alone expanded).
#pragma once

#include <string_view>

#include "common/diagnostics.hpp"

namespace gongwen::detail {

// XML 1.0 §2.3 S: space, tab, CR, LF.
inline bool xml_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// Where the document proper starts: after a UTF-8 byte-order mark, if any.
std::size_t after_bom(std::string_view xml);

// Rejects (GW-E-ENCODING) a UTF-16/UTF-32 byte-order mark or NUL bytes, bytes that are not
// UTF-8, and an XML declaration naming another encoding; rejects (GW-E-XML-MALFORMED)
// control characters XML 1.0 forbids. Returns false after the first problem.
bool check_encoding(std::string_view xml, Diagnostics& diags);

// Byte offset of a DOCTYPE in the prolog (after the BOM, XML declaration, comments and
// processing instructions, before the root element), or npos.
std::size_t find_prolog_doctype(std::string_view xml);

// Byte offset of text outside the root element (before or after it), which pugixml would
// drop without a word, or npos. Meaningful only for input pugixml parsed.
std::size_t find_stray_text(std::string_view xml);

}  // namespace gongwen::detail
