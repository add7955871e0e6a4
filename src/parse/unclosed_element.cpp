#include "parse/unclosed_element.hpp"

#include <algorithm>
#include <vector>

namespace gongwen::detail {
namespace {

struct OpenTag {
  std::string name;
  std::size_t at;
};

bool name_end(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '>' || c == '/';
}

std::string tag_name(std::string_view xml, std::size_t from) {
  std::size_t e = from;
  while (e < xml.size() && !name_end(xml[e])) ++e;
  return std::string(xml.substr(from, e - from));
}

// Past `end` from `from`, or the end of the text.
std::size_t skip_past(std::string_view xml, std::size_t from, std::string_view end) {
  std::size_t e = xml.find(end, from);
  return e == std::string_view::npos ? xml.size() : e + end.size();
}

// Past the '>' of the start tag at `lt`; `empty` tells whether it ended "/>".
std::size_t skip_start_tag(std::string_view xml, std::size_t lt, bool& empty) {
  std::size_t i = lt + 1;
  while (i < xml.size() && xml[i] != '>') {
    if (xml[i] == '"' || xml[i] == '\'') {
      i = std::min(xml.find(xml[i], i + 1), xml.size());
    }
    ++i;
  }
  empty = i < xml.size() && i > lt + 1 && xml[i - 1] == '/';
  return std::min(i + 1, xml.size());
}

}  // namespace

std::optional<TagMismatch> find_tag_mismatch(std::string_view xml) {
  std::vector<OpenTag> open;
  std::size_t i = 0;
  while ((i = xml.find('<', i)) != std::string_view::npos) {
    std::string_view rest = xml.substr(i);
    if (rest.starts_with("<!--")) {
      i = skip_past(xml, i + 4, "-->");
    } else if (rest.starts_with("<![CDATA[")) {
      i = skip_past(xml, i + 9, "]]>");
    } else if (rest.starts_with("<?")) {
      i = skip_past(xml, i + 2, "?>");
    } else if (rest.starts_with("<!")) {
      i = skip_past(xml, i + 2, ">");
    } else if (rest.starts_with("</")) {
      std::string name = tag_name(xml, i + 2);
      if (open.empty() || open.back().name != name) {
        if (open.empty()) return std::nullopt;  // nothing open: pugixml's place is right
        TagMismatch m{open.back().name, open.back().at, name, i, false};
        m.close_is_ancestor = std::any_of(open.begin(), open.end(),
                                          [&](const OpenTag& t) { return t.name == name; });
        return m;
      }
      open.pop_back();
      i = skip_past(xml, i + 2, ">");
    } else {
      bool empty = false;
      const std::size_t at = i;
      std::string name = tag_name(xml, i + 1);
      i = skip_start_tag(xml, i, empty);
      if (!empty) open.push_back({std::move(name), at});
    }
  }
  if (open.empty()) return std::nullopt;
  return TagMismatch{open.back().name, open.back().at, "", xml.size(), true};
}

}  // namespace gongwen::detail
