#include "model/shaped_text.hpp"

namespace gongwen::detail {

std::uint8_t StyledText::style_index(const TextStyle& st) {
  for (std::size_t i = 0; i < styles.size(); ++i) {
    if (styles[i] == st) return static_cast<std::uint8_t>(i);
  }
  styles.push_back(st);
  return static_cast<std::uint8_t>(styles.size() - 1);
}

void StyledText::append(std::u32string_view s, const TextStyle& st, SourceOffset at) {
  std::uint8_t idx = style_index(st);
  text.append(s);
  src.insert(src.end(), s.size(), at);
  style.insert(style.end(), s.size(), idx);
}

void StyledText::append(std::u32string_view s, const std::vector<SourceOffset>& offsets,
                        const TextStyle& st) {
  std::uint8_t idx = style_index(st);
  text.append(s);
  for (std::size_t i = 0; i < s.size(); ++i) src.push_back(i < offsets.size() ? offsets[i] : 0);
  style.insert(style.end(), s.size(), idx);
}

}  // namespace gongwen::detail
