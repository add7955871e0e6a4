// What every reader of a notice element needs: places and messages for its diagnostics,
// and the contract's checks on what an element may hold (README "The XML format": an
// element or attribute the contract does not have at that place is an error with its
// line:column, never silently dropped).
#pragma once

#include <pugixml.hpp>

#include <initializer_list>
#include <string>

#include "common/diagnostics.hpp"
#include "parse/parse_notice.hpp"
#include "parse/seal_file.hpp"
#include "parse/xml_source.hpp"

namespace gongwen::detail {

bool is(pugi::xml_node n, const char* name);
// Element text: parsed character data or CDATA.
bool is_text(pugi::xml_node n);
// Only XML whitespace (or nothing).
bool blank(const char* s);
// Without leading and trailing XML whitespace, decoded.
std::u32string trimmed(const char* s);

class ElementReader {
 public:
  ElementReader(const XmlSource& source, const ParseOptions& options, Diagnostics& diags)
      : source_(source), options_(options), diags_(diags), seals_(options.seals) {}

  const ParseOptions& options() const { return options_; }
  Diagnostics& diags() { return diags_; }
  // Seal images, each file read and decoded once per notice (issue 8).
  SealLoader& seals() { return seals_; }
  const XmlSource& source() const { return source_; }
  SourceOffset at(pugi::xml_node n) const { return source_.at(n); }
  SourceOffset at(pugi::xml_attribute a, pugi::xml_node owner) const {
    return source_.at(a, owner);
  }

  void error(const Message& m, pugi::xml_node n);
  void warning(const Message& m, pugi::xml_node n);

  // Unknown attributes are errors, like unknown elements: a misspelt runin= or label=
  // would otherwise change the layout without a word.
  void check_attributes(pugi::xml_node n, std::initializer_list<const char*> allowed);
  // GW-E-UNKNOWN-ELEMENT for `n` inside `parent`.
  void unknown(pugi::xml_node n, pugi::xml_node parent);
  // For children of a container element: reports text that is not whitespace (e.g. text
  // directly in <body>) and returns true for anything that is not an element (text,
  // comments, processing instructions), which the caller then skips.
  bool skip_non_element(pugi::xml_node child, pugi::xml_node parent);
  // An element that holds nothing (<seal/>, <br/>).
  void expect_empty(pugi::xml_node n);
  // False (with GW-E-DUPLICATE-ELEMENT) if an element that may appear once was `seen`.
  bool once(pugi::xml_node n, bool& seen);

 private:
  const XmlSource& source_;
  const ParseOptions& options_;
  Diagnostics& diags_;
  SealLoader seals_;
};

}  // namespace gongwen::detail
