#include "parse/seal_element.hpp"

#include <fmt/format.h>

#include "parse/seal_file.hpp"

namespace gongwen::detail {

void read_seal(ElementReader& r, pugi::xml_node c, Signature& sig) {
  r.check_attributes(c, {"src"});
  r.expect_empty(c);
  pugi::xml_attribute src = c.attribute("src");
  if (!src || blank(src.value())) {
    r.error("GW-E-MISSING-ATTRIBUTE", "<seal> needs src=\"file.png\"", c);
    return;
  }
  std::string why = check_png_file(src.value(), r.options().base_dir);
  if (!why.empty()) {
    r.error("GW-E-SEAL-UNREADABLE",
            fmt::format("the seal image {}; give a PNG (with transparency), its path relative "
                        "to the XML file",
                        why),
            c);
    return;
  }
  sig.seals.push_back(Seal{src.value(), r.at(c)});
}

}  // namespace gongwen::detail
