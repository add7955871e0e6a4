#include "parse/seal_element.hpp"

#include "parse/seal_file.hpp"

namespace gongwen::detail {

void read_seal(ElementReader& r, pugi::xml_node c, Signature& sig) {
  r.check_attributes(c, {"src"});
  r.expect_empty(c);
  pugi::xml_attribute src = c.attribute("src");
  if (!src || blank(src.value())) {
    r.error(msg("GW-E-MISSING-ATTRIBUTE", "seal-src"), c);
    return;
  }
  Message problem;
  std::shared_ptr<const SealImage> image = r.seals().load(src.value(), problem);
  if (!image) {
    r.error(problem, c);
    return;
  }
  sig.seals.push_back(Seal{src.value(), r.at(c), std::move(image)});
}

}  // namespace gongwen::detail
